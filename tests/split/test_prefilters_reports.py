"""The "and" without a comma of `reports`: the scan that stands for its look-behind-first
pattern, and the part of the sentence it is looked for in, give what the pattern gives."""

from __future__ import annotations

import random

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
            assert no_comma and not reports._holds(attr, *reports._trim(text, a1, b1)), repr(text)
