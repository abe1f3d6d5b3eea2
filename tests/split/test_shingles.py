"""Character 5-gram sets as integer codes: the same Jaccard similarity as the string sets."""

from __future__ import annotations

import random

import pytest

from annotator.split import shingles as shingles_module
from annotator.split.shingles import (
    LexicalSimilarity,
    gram_codes,
    jaccard,
    normalise,
    shingles,
)

ALPHABET = "abcdeé .,’“”—€Жß日\udc80"


def test_coded_similarity_equals_the_string_sets_jaccard(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(11)
    base = "The council approved 1,200 new homes on Tuesday after a long debate."
    texts = ["", "abcd", "abcde", "ab cd", "  Abcde  ", "日本語です", "Müller’s “view” — €5 more"]
    for _ in range(300):
        words = base.split()
        for _ in range(rng.randint(0, 4)):
            k = rng.randrange(len(words))
            words[k] = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 6)))
        texts.append(" ".join(words))
    one_by_one = LexicalSimilarity(texts)
    together = LexicalSimilarity(texts)  # texts coded in batches, as the clustering does
    monkeypatch.setattr(shingles_module, "BATCH", 50)
    together.prepare({k: normalise(t) for k, t in enumerate(texts) if k % 3})
    for _ in range(2000):
        i, j = rng.randrange(len(texts)), rng.randrange(len(texts))
        expected = jaccard(shingles(texts[i]), shingles(texts[j]))
        assert one_by_one(i, j) == together(i, j) == expected


def test_codes_cover_latin_and_typographic_punctuation_only() -> None:
    codes = gram_codes("Müller’s “view” — €5")
    assert codes is not None and len(codes) == len(shingles("Müller’s “view” — €5"))
    assert gram_codes("日本語のテキスト") is None  # compared as string sets
    assert gram_codes("abcd") is None  # shorter than one 5-gram
