"""Numbered and lettered lists in running text ("1. … 2. …", "a) … b) …"): `list_cuts` gives
the sentence splitter (`sentences`) a boundary before each marker of a run of at least two
consecutive markers."""

from __future__ import annotations

import re
from typing import Final

LIST_MARKER: Final = re.compile(
    r"(?:(?<=\s)|^)([•⁃\-*]\s?)?(\d{1,3}|[a-z])(\.\)|\)|\.)(?=\s+\S)", re.MULTILINE
)
# A necessary condition for a list marker, fast to scan for: its `.` or `)` after a 1-3 digit or
# one-letter token that starts a word. Fewer than two of these: fewer than two markers.
HINT_TAIL: Final = r"(?=\)?\s+\S)(?:(?<=\b[\da-z].)|(?<=\b\d\d.)|(?<=\b\d\d\d.))"
# (`[.)]` + the tail, one pattern per mark: each opens with its literal, and a scan for one
# character is 4x faster than one for a class of two, so finding the hints costs two fast scans)
DOT_HINT, PAREN_HINT = re.compile(r"\." + HINT_TAIL), re.compile(r"\)" + HINT_TAIL)


def list_cuts(seg: str, base: int, cuts: set[int], months: frozenset[str]) -> None:
    """Split before each marker of a list of at least two consecutive markers; not before a
    day and its period before one of `months` ("am 2. Dezember … am 3. Dezember": dates)."""
    dots = len(DOT_HINT.findall(seg)) if "." in seg else 0
    if dots < 2 and (")" not in seg or dots + len(PAREN_HINT.findall(seg)) < 2):
        return
    markers = _list_markers(seg)
    if months:
        markers = [m for m in markers if not _before_month(seg, m, months)]
    if len(markers) < 2:
        return
    keys = [_marker_key(m.group(2)) for m in markers]
    for i, m in enumerate(markers):
        prev_ok = i > 0 and keys[i] == keys[i - 1] + 1
        next_ok = i + 1 < len(markers) and keys[i + 1] == keys[i] + 1
        if not (prev_ok or next_ok):
            continue
        if m.group(2).isalpha() and not (prev_ok or keys[i] == 0):
            continue
        pos = m.start()
        if pos > 0:
            cuts.add(base + pos)
        # no boundary right after the marker itself
        after = m.end()
        cuts.discard(base + after)


def _list_markers(seg: str) -> list[re.Match[str]]:
    """`LIST_MARKER.finditer(seg)`, tried only a few characters before each hint (the pattern
    starts with a lookbehind, so a scan of the whole text tries it at every position)."""
    markers: list[re.Match[str]] = []
    done = 0
    hints = [h.start() for h in DOT_HINT.finditer(seg)]
    hints += [h.start() for h in PAREN_HINT.finditer(seg)]
    for p in sorted(hints):  # `[.)]` + the tail's matches, in order
        for s in range(max(done, p - 5), p):
            m = LIST_MARKER.match(seg, s)
            if m and m.start(3) == p:
                markers.append(m)
                done = m.end()
                break
    return markers


_WORD_AFTER: Final = re.compile(r"\s+(\w+)")


def _before_month(seg: str, m: re.Match[str], months: frozenset[str]) -> bool:
    word = _WORD_AFTER.match(seg, m.end()) if m.group(3) == "." else None
    return word is not None and word.group(1).lower() in months


def _marker_key(token: str) -> int:
    return int(token) if token.isdigit() else ord(token) - ord("a")
