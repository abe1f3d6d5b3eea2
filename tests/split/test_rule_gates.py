"""The cheap tests before English rule patterns (speakers, cues, clauses) skip no match: each
gated call is checked against the bare pattern on random invented texts."""

from __future__ import annotations

import random
import re
from functools import partial

from random_texts import random_texts

from annotator.split import clauses, cues, speakers

_texts = partial(random_texts, n=6000, most=8)


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a and a.span()) == (b and b.span())


def test_preposition_end_gate_agrees_with_the_search() -> None:
    pieces = ["from", "in", "of", "In", "ſ", "2011", " ", "  ", "\n", "\t", "x", "A study", ","]
    rng = random.Random(81)
    hits = 0
    for text in _texts(81, pieces):
        a = rng.randint(0, len(text))
        for lo, hi in ((a, rng.randint(a, len(text))), (0, len(text))):
            want = speakers._PREP_END.search(text, lo, hi)
            assert _same(speakers.prep_end(text, lo, hi), want), (text, lo, hi)
            hits += want is not None
    assert hits > 200
    assert speakers.prep_end("A poll of\n", 0, 10)  # `$` before a closing newline
    assert not speakers.prep_end("A poll of voters", 0, 16)


def test_open_apposition_gate_agrees_with_the_match() -> None:
    pieces = [
        "a ",
        "an ",
        "the ",
        "The ",
        "A ",
        " ",
        "\t",
        "aide ",
        "for ",
        "to ",
        "of",
        "who",
        "x",
    ]
    hits = 0
    for part in _texts(82, pieces, most=5):
        want = speakers._OPEN_APPOSITION.match(part)
        assert _same(speakers.open_apposition(part), want), part
        hits += want is not None
    assert hits > 100
    assert speakers.open_apposition("a spokeswoman for the harbour board")
    assert not speakers.open_apposition("A spokeswoman for the harbour board")


def test_by_agent_gate_agrees_with_the_match() -> None:
    pieces = [" ", "  ", "\n", "by", "By", "b", "y", "phone", "a wide margin", "12%", "x", ","]
    rng = random.Random(83)
    hits = 0
    for text in _texts(83, pieces):
        for end in {0, rng.randint(0, len(text)), len(text)}:
            want = cues._BY_AGENT.match(text, end) is not None
            assert cues.by_agent(text, end) == want, (text, end)
            hits += want
    assert hits > 50
    assert cues.by_agent("was praised by the council", 11)
    assert not cues.by_agent("was praised by phone", 11)


def test_subordinator_gate_agrees_with_the_search() -> None:
    pieces = ["when", "WHEN", "as", "hAs", "unleſs", "İf", "if", ", ", "(", "”", " ", "  ", "\n"]
    pieces += ["than", "x", "though", "asked", "once", "e", "s"]
    hits = 0
    for before in _texts(84, pieces):
        want = clauses._SUBORDINATOR_BEFORE.search(before) is not None
        assert clauses.subordinator_before(before) == want, repr(before)
        hits += want
    assert hits > 50
    assert clauses.subordinator_before(", when ")
    assert not clauses.subordinator_before(", whence ")


def test_few_gate_agrees_with_the_fullmatch() -> None:
    pieces = ["few ", "Few ", "ſome ", "none ", "of ", "in ", "the ", "growers ", "But ", ", ", " "]
    pieces += ["\n", "x", "others ", "among ", "have ", "Still ", "A ", "fall "]
    rng = random.Random(85)
    hits = 0
    for text in _texts(85, pieces, most=6):
        a = rng.randint(0, len(text))
        for lo, hi in ((a, len(text)), (0, len(text)), (a, rng.randint(a, len(text)))):
            want = clauses._FEW.fullmatch(text, lo, hi)
            assert _same(clauses.few_of(text, lo, hi), want), (text, lo, hi)
            hits += want is not None
    assert hits > 100
    assert clauses.few_of("But few among the growers ", 0, 26)
    assert not clauses.few_of("Ten among the growers ", 0, 22)
