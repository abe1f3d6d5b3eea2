"""Interview transcripts: a paragraph that opens with an upper-case speaker label ("TAPPER: …",
"JANE DOE: …") is that speaker's turn, every sentence of it included, when the document reads
as a transcript (two or more paragraphs open with a person's label)."""

from __future__ import annotations

import re
from typing import Final

# "TAPPER: …", "JAKE TAPPER: …", '"CLINTON: …': up to three words, then a colon
_LABEL: Final = re.compile(r"[\"“]?((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*):\s+(?=[\"“‘'A-Z(\[])")
# the same at a line start: `^…` (MULTILINE) as the first line's match and the matches of "\n…"
# (a pattern opened by `^` is tried at every position, one opened by "\n" jumps to newlines)
_LINE_LABEL: Final = r"[\"“]?((?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’.-]*):[ \t]+(?=[\"“‘'A-Z(\[])"
_FIRST_LINE_LABEL: Final = re.compile(_LINE_LABEL)
_NEXT_LINE_LABEL: Final = re.compile("\n" + _LINE_LABEL)
# labels that head a note, a section or a form field, not a speaker's turn
_NOT_SPEAKERS: Final = frozenset(
    """update updated correction note editor editor's editor’s video watch photo photos source
    sources read see related breaking exclusive latest live name age city job pay title subject
    date time from to cc bcc re fact answer question q a transcript clip audio warning disclosure
    disclaimer summary bottom line background""".split()
)


def _person(text: str, label: str, labels: list[str]) -> bool:
    """An upper-case label that names a person ("TAPPER", "JAKE TAPPER"): two or more words,
    or opening two or more paragraphs, or written elsewhere after a capitalised word ("… Mary
    Fallin"). Mixed-case labels ("Jane Doe: Student loans") head an op-ed's sections too."""
    words = label.split()
    if not label.isupper() or any(w.lower().strip(".") in _NOT_SPEAKERS for w in words):
        return False
    last = words[-1].capitalize()
    if len(last) < 2:
        return False
    named = re.search(rf"\b[A-Z][\w'’.-]*\s+{re.escape(last)}\b", text) is not None
    longer = any(lab.endswith(" " + label) for lab in labels)  # "TAPPER" after "JAKE TAPPER"
    return named or longer or len(words) > 1 or labels.count(label) >= 2


def line_labels(text: str) -> list[str]:
    """The labels that open a line of `text` ("TAPPER: …"), in order."""
    first = _FIRST_LINE_LABEL.match(text)
    # no match runs over a line end and each holds a colon: only the lines that hold one are
    # tried (what `_NEXT_LINE_LABEL.finditer(text)` finds, without a scan of every line)
    labels: list[str] = []
    colon = text.find(":")
    while colon >= 0:
        start = text.rfind("\n", 0, colon)
        m = _NEXT_LINE_LABEL.match(text, start) if start >= 0 else None
        if m is not None:
            labels.append(m.group(1))
        end = text.find("\n", colon)
        colon = text.find(":", end) if end >= 0 else -1
    return [first.group(1), *labels] if first else labels


def turn_labels(text: str) -> frozenset[str]:
    """The speaker labels of a transcript: labels that name a person and open two or more
    paragraphs of the text (once each is enough when two or more people take turns)."""
    labels = line_labels(text)
    people = {lab for lab in set(labels) if _person(text, lab, labels)}
    turns = sum(1 for lab in labels if lab in people)
    return frozenset(people) if turns >= 2 else frozenset()


def turn_speaker(
    text: str, bstart: int, bend: int, labels: frozenset[str]
) -> tuple[int, int] | None:
    """The span of the speaker label that opens the block text[bstart:bend], if it is a turn."""
    if not labels:
        return None
    m = _LABEL.match(text, bstart, bend)
    if m is None or m.group(1) not in labels or len(text[m.end() : bend].split()) < 3:
        return None
    return m.span(1)


_PROMOTION: Final = re.compile(r"[\W]*(?:Follow|Share|Subscribe|Sign\s+up)\b|.*@\w")


def promotion(text: str, s: int, e: int) -> bool:
    """A promotion line, not speech: "Follow Jane Doe on Twitter @jdoe", "Share and comment"."""
    return _PROMOTION.match(text, s, e) is not None
