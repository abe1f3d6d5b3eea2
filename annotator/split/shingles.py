"""Character 5-gram sets of claim texts and their Jaccard similarity (`clusters`' lexical rule).

A set of 5-gram strings costs ~45 us per claim to build. `gram_codes` gives the same set as
sorted integers, one per 5-gram, built in numpy (~20 us): 12 bits per character, code points
below U+0F00 as they are and the general punctuation block U+2000-U+20FF ('’', '“', '—', '€')
after them. The coding is injective, so the Jaccard of two coded texts is that of their sets;
a text with another character (or under 5 characters) has no codes and is compared as sets.
"""

from __future__ import annotations

from typing import Final

import numpy as np

_PUNCT, _PUNCT_END, _BASE = 0x2000, 0x2100, 0xF00
_SHIFTS: Final = [np.uint64(s) for s in (48, 36, 24, 12)]
BATCH = 1024  # texts coded together by `LexicalSimilarity.prepare`


def normalise(text: str) -> str:
    """Lower case, runs of white space as one space."""
    return " ".join(text.lower().split())


def shingles(text: str, n: int = 5) -> set[str]:
    """The character n-grams of a text's normalised form (a shorter form: itself)."""
    norm = normalise(text)
    if len(norm) <= n:
        return {norm}
    return {norm[i : i + n] for i in range(len(norm) - n + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def gram_codes(text: str) -> np.ndarray | None:
    """`shingles(text)` as sorted unique uint64 codes, or None (see the module docstring)."""
    return gram_codes_of([normalise(text)])[0]


def gram_codes_of(norms: list[str]) -> list[np.ndarray | None]:
    """`gram_codes` of normalised texts, coded together (one encoding, one array of grams)."""
    if not norms:
        return []
    lengths = np.array([len(n) + 1 for n in norms], dtype=np.int64)  # with a separator each
    starts = np.cumsum(lengths) - lengths
    joined = "\x00".join(norms) + "\x00"
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), np.uint32)
    high = points >= _BASE
    uncoded = np.add.reduceat(high & ((points < _PUNCT) | (points >= _PUNCT_END)), starts)
    c = np.where(high, points - (_PUNCT - _BASE), points).astype(np.uint64)
    c = np.r_[c, np.zeros(4, np.uint64)]  # grams from every position (the last ones unused)
    s48, s36, s24, s12 = _SHIFTS
    grams = (c[:-4] << s48) | (c[1:-3] << s36) | (c[2:-2] << s24) | (c[3:-1] << s12) | c[4:]
    out: list[np.ndarray | None] = []
    for start, length, bad in zip(starts.tolist(), lengths.tolist(), uncoded.tolist(), strict=True):
        if bad or length < 6:  # a character without a code, or under 5 characters
            out.append(None)
        else:
            out.append(np.unique(grams[start : start + length - 5]))
    return out


class LexicalSimilarity:
    """`jaccard(shingles(a), shingles(b))` of texts by index, each text's codes (or set) built
    once, on first use."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.codes: dict[int, np.ndarray | None] = {}
        self.sets: dict[int, set[str]] = {}

    def prepare(self, norms: dict[int, str]) -> None:
        """Code these texts (index -> normalised text) ahead of their comparisons, `BATCH` at
        a time (the arrays of a batch stay small)."""
        items = list(norms.items())
        for k in range(0, len(items), BATCH):
            part = items[k : k + BATCH]
            codes = gram_codes_of([norm for _, norm in part])
            self.codes.update(zip([i for i, _ in part], codes, strict=True))

    def __call__(self, i: int, j: int) -> float:
        codes = self.codes
        a = codes[i] if i in codes else self._codes(i)
        b = codes[j] if j in codes else self._codes(j)
        if a is None or b is None:
            return jaccard(self._set(i), self._set(j))
        # the shared codes: each of b's found at its place in a (both sorted and unique; a
        # code past a's last one is compared with that last one, smaller)
        inter = int(np.count_nonzero(a.take(a.searchsorted(b), mode="clip") == b))
        return inter / (len(a) + len(b) - inter)

    def _codes(self, i: int) -> np.ndarray | None:
        if i not in self.codes:
            self.codes[i] = gram_codes(self.texts[i])
        return self.codes[i]

    def _set(self, i: int) -> set[str]:
        if i not in self.sets:
            self.sets[i] = shingles(self.texts[i])
        return self.sets[i]
