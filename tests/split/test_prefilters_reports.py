"""The "and" without a comma of `reports`: the scan that stands for its look-behind-first
pattern, and the part of the sentence it is looked for in, give what the pattern gives; the
scan for the comma that closes an opening clause finds what a walk over every character finds;
`headline_speakers._named_in_full` gives what its pattern over the whole window gives."""

from __future__ import annotations

import random
import re

from annotator.split import reports
from annotator.split.tracker import Attribution
from tests.split.test_prefilters import _random_texts


def test_bare_ands_as_the_lookbehind_first_pattern_finds_them() -> None:
    pieces = ["and", "and", " ", " ", "\n", "\t", "x", "X", "7", "%", "”", "'", ",", "band", "s"]
    found = 0
    for text in _random_texts(37, pieces):
        for a, b in ((0, len(text)), (min(3, len(text)), max(0, len(text) - 2))):
            spans = [m.span() for m in reports._bare_ands(text, a, b)]
            assert spans == [m.span() for m in reports._BARE_AND.finditer(text, a, b)], repr(text)
            found += len(spans)
    assert found > 100


def test_a_bare_and_is_looked_for_after_the_speaker_as_a_scan_from_the_start_finds_it() -> None:
    pieces = ["and", "and", " ", " ", "\n", "x", "said", "Doe", "%", ",", "band", "s"]
    rng = random.Random(41)
    skipped = 0
    for text in _random_texts(43, pieces):
        s = rng.randint(0, min(3, len(text)))
        at = rng.randint(0, len(text))
        span = (rng.randint(0, at), at)
        start = reports._and_start(text, s, span)
        ands = [m.span() for m in reports._BARE_AND.finditer(text, s) if m.start() >= at]
        if start is None:  # the part before any "and" cannot hold the speaker
            assert span[0] < s
            continue
        skipped += start > s
        assert [m.span() for m in reports._bare_ands(text, start, len(text))] == [
            m.span() for m in reports._bare_ands(text, s, len(text)) if m.start() >= start
        ], repr(text)
        got = [m.span() for m in reports._bare_ands(text, start, len(text)) if m.start() >= at]
        assert got == ands, repr(text)
    assert skipped > 1000


def test_may_split_leaves_out_only_the_bare_ands_before_the_speaker() -> None:
    pieces = ["Doe said", " ", ",", " and ", "x", "told", "Roe", "and", " while ", "\n"]
    rng = random.Random(47)
    for text in _random_texts(53, pieces):
        at = rng.randint(0, len(text))
        span = (rng.randint(0, at), at)
        if reports.may_split(text, 0, len(text), span):
            continue
        attr = Attribution(speaker="Doe", cue="said", speaker_span=span)
        for a1, b1, _, _, no_comma in reports._boundaries(text, 0, len(text), [], 0):
            assert no_comma and not reports._holds(attr, *reports.trim_part(text, a1, b1)), repr(
                text
            )


def _opener_comma(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> int | None:
    """The comma closing an opening clause, read character by character (as it was)."""
    opener = reports._OPENER.match(text, s, e)
    if not opener:
        return None
    depth = 0
    for i in range(opener.end(), e):
        ch = text[i]
        depth += ch in "([" and 1 or ch in ")]" and -1 or 0
        digits = text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()
        if ch == "," and depth == 0 and not any(qs <= i < qe for qs, qe in quotes) and not digits:
            return i
    return None


def test_the_opener_comma_scan_finds_what_a_character_walk_finds() -> None:
    pieces = ["While ", "When ", "as ", ",", ",", "(", ")", "[", "]", "2", " ", "x", "Doe", "“"]
    rng = random.Random(59)
    found = 0
    for text in _random_texts(61, pieces):
        e = rng.randint(0, len(text))
        qs = rng.randint(0, len(text))
        quotes = [(qs, qs + rng.randint(1, 9))] if rng.random() < 0.3 else []
        want = _opener_comma(text, 0, e, quotes)
        got = [
            b
            for _, b, _, _, kind in reports._boundaries(text, 0, e, quotes, None)
            if kind == "opener"
        ]
        assert got == ([] if want is None else [want]), repr(text)
        found += want is not None
    assert found > 100


def test_a_headline_surname_is_named_in_full_as_a_scan_of_all_the_window_finds() -> None:
    # the pattern runs only between the commas, colons and semicolons around the surname
    from annotator.split.headline_speakers import _FIRST_WORDS, _TITLE_OR_ROLE, _named_in_full

    pieces = ["Liddell", "Liddell", "Ann ", "Harbour ", "Master ", "Dr. ", "Mr.", "ann", "the "]
    pieces += [" ", " ", "\n", ",", ":", ";", ".", "-", "'", "Ё", "é", "_", "XLiddell", "Liddells"]
    found = 0
    for text in _random_texts(53, pieces, 20000):
        for name in ("Liddell", "Ann", "L"):
            full = re.finditer(rf"(?:([A-Z][\w'’.-]*)\s+)?([A-Z][\w'’.-]*)\s+{name}\b", text)
            bare = any(
                f.group(2).lower().rstrip(".") in _FIRST_WORDS
                or (f.group(1) or "").lower().rstrip(".") in _TITLE_OR_ROLE
                for f in full
            )
            assert _named_in_full(text, name) == bare, (text, name)
            found += bare
    assert found > 500
