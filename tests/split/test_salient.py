"""The salient-token rule of the clustering: two claims are one when they share enough salient
tokens with a figure or event concepts."""

from __future__ import annotations

import random

from annotator.split.salient import EVENT_CONCEPTS, _figures_in, _salient_rule


def test_the_salient_rule_with_known_figures_decides_as_without() -> None:
    rng = random.Random(17)
    pool = ["#casualty", "#attack", "#injured", "#troops", "us", "13", "170", "1,5", "2024",
            "1999", "harbour", "ferry", "council", "mayor", "vote", "bridge", "x"]  # fmt: skip
    passed = 0
    for _ in range(4000):
        shared = set(rng.sample(pool, rng.randint(0, 8)))
        sa = shared | set(rng.sample(pool, rng.randint(0, 5)))
        sb = shared | set(rng.sample(pool, rng.randint(0, 5)))
        expected = _salient_rule(sa, sb)
        assert _salient_rule(sa, sb, _figures_in(sa)) == expected
        passed += expected
    assert 100 < passed < 3900  # both outcomes are exercised


def test_the_salient_rule_passes_only_with_an_event_concept_on_both_sides() -> None:
    # the clustering asks the rule only for pairs of claims that both hold one (`eventful`)
    rng = random.Random(23)
    pool = ["#casualty", "#attack", "#injured", "#troops", "12", "340", "ferry", "harbour",
            "council", "mayor", "vote", "bridge", "storm", "pier"]  # fmt: skip
    passed = 0
    for _ in range(4000):
        shared = set(rng.sample(pool, rng.randint(0, 9)))
        sa = shared | set(rng.sample(pool, rng.randint(0, 4)))
        sb = shared | set(rng.sample(pool, rng.randint(0, 4)))
        if _salient_rule(sa, sb):
            passed += 1
            assert not sa.isdisjoint(EVENT_CONCEPTS) and not sb.isdisjoint(EVENT_CONCEPTS)
    assert passed > 100  # the rule passes often enough for the check to mean something
