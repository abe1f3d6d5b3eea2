"""MinHash signatures of `clusters`' word-bigram sets (K=48 permutations, crc32-based hashing
with a fixed seed: the same signatures on every machine)."""

from __future__ import annotations

import zlib
from itertools import chain
from typing import Final

import numpy as np

K: Final = 48
_PRIME: Final = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20240601)  # fixed seed: signatures are the same on every machine
_A: Final = _rng.integers(1, 1 << 31, size=K, dtype=np.uint64)
_B: Final = _rng.integers(0, 1 << 31, size=K, dtype=np.uint64)


def bigrams(text: str) -> set[str]:
    """The lower-cased word bigrams of a text."""
    words = text.lower().split()
    return {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def signature(tokens: set[str]) -> np.ndarray:
    """The K minimum hashes of a set (one row of `signatures`)."""
    hashes = np.fromiter(
        (zlib.crc32(t.encode("utf-8")) for t in tokens), dtype=np.uint64, count=len(tokens)
    )
    return ((np.outer(hashes, _A) + _B) % _PRIME).min(axis=0)


def signatures(sets: list[set[str]], chunk: int = 512) -> np.ndarray:
    """`signature` of every set at once (one row each): hashes of all sets in one array, the
    minimum over each set's rows by `np.minimum.reduceat`. Same values (crc32 < 2**32 and
    A, B < 2**31, so nothing overflows uint64 either way); `chunk` (hashes per step) keeps the
    intermediate arrays in cache. The remainder by the Mersenne prime 2**61 - 1 is taken with
    shifts and masks instead of a division (`mod_prime`)."""
    out = np.empty((len(sets), K), dtype=np.uint64)
    i = 0
    while i < len(sets):
        j, size = i, 0
        while j < len(sets) and (size == 0 or size + len(sets[j]) <= chunk):
            size += len(sets[j])
            j += 1
        group = sets[i:j]
        grams = map(str.encode, chain.from_iterable(group))  # UTF-8, no generator frame
        hashes = np.fromiter(map(zlib.crc32, grams), dtype=np.uint64, count=size)
        lengths = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        offsets = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lengths[:-1], out=offsets[1:])
        values = hashes[:, None] * _A
        values += _B
        out[i:j] = np.minimum.reduceat(mod_prime(values), offsets, axis=0)
        i = j
    return out


_SHIFT: Final = np.uint64(61)


def mod_prime(x: np.ndarray) -> np.ndarray:
    """`x % _PRIME` for uint64 values below 2**64 - 2**61 (in place): x = 2**61 * h + l is
    h + l modulo 2**61 - 1, and h + l < 2 * _PRIME + 8 here, so one more subtraction is needed at
    most -- taken as the smaller of y and y - _PRIME, as y - _PRIME wraps past 2**64 when y is
    below it."""
    high = x >> _SHIFT
    x &= _PRIME
    x += high
    np.subtract(x, _PRIME, out=high)
    np.minimum(x, high, out=x)
    return x
