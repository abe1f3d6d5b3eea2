"""`passive_before` and `negated_before` give what the searches they stand for give."""

from __future__ import annotations

import random

from annotator.split.cue_auxiliaries import NEGATED, PASSIVE, negated_before, passive_before
from annotator.split.cues import _is_cue, cue_matches

_WORDS = ["was", "were", "is", "are", "be", "been", "being", "get", "got", "wasn't", "weren’t"]
_WORDS += ["isn't", "aren’t", "'re", "they're", "we’re", "this", "(was", "-is", "_is", "élis"]
_WORDS += ["1is", "not", "never", "sadly", "only", "July", "ly", "nearly1", "told", "Reed", ","]
_WORDS += ['"', ".", "forget", "isn", "nots", "to", "n't", "didn't", "won't", "into", "Not"]
_SPACES = [" ", "  ", "\n", "\t", "\u00a0", "\u2003", "", ",", "\x1c"]


def _texts(seed: int, n: int = 20000) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_WORDS) + rng.choice(_SPACES) for _ in range(rng.randint(0, 7)))
        for _ in range(n)
    ]


def test_passive_before_agrees_with_the_search_in_random_windows() -> None:
    rng = random.Random(5)
    found = 0
    for text in _texts(4):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        for lo, end in ((a, b), (0, b), (a, len(text)), (b, a)):
            want = PASSIVE.search(text, lo, end) is not None
            assert passive_before(text, lo, end) == want, (text, lo, end)
            found += want
    assert found > 1000


def test_negated_before_agrees_with_the_search() -> None:
    texts = _texts(6)
    assert all(negated_before(t) == (NEGATED.search(t) is not None) for t in texts)
    assert sum(negated_before(t) for t in texts) > 1000


def test_passive_read_from_the_last_words() -> None:
    assert passive_before("The harbour fee was never openly ", 0, 33)
    assert passive_before("Tolls they're ", 0, 14)
    assert passive_before("x is ", 2, 5)  # the word opens at the window's start
    assert not passive_before("this ", 2, 5)  # "is" inside "this": no auxiliary
    assert not passive_before("The fee was quickly sadly fully ", 0, 32)  # three adverbs
    assert not passive_before("Tolls they're not ", 0, 18)  # no "not" after "'re"


def _cue(text: str, form: str) -> bool:
    """Whether the cue form `form` in `text` reports (`_is_cue`)."""
    (m,) = [m for m in cue_matches(text, 0, len(text)) if m.group(1) == form]
    return _is_cue(text, m, 0)


def test_cues_after_a_passive_or_a_negation_stay_no_reports() -> None:
    text = "The ferry toll was widely criticized by the pilots."
    assert not _cue(text, "criticized")
    text = "Mayor Tom Vance criticized the ferry toll on Monday."
    assert _cue(text, "criticized")
    text = "The pilots did not say when the ferry would sail."
    assert not _cue(text, "say")
