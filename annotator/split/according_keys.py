"""The cheap test run before the "according to" patterns (`cues._ACCORDING`): does a sentence
hold one of the keys every such phrase holds, in any case (`_ACCORDING_KEYS.search`)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.textscan import _CODECS, _DECODING, CASE_ODD_CHAR

# every "according to" phrase holds one of these (a cheap test before the regex)
_ACCORDING_KEY_LIST: Final = (
    "ccording",
    "dires",
    "juicio",
    "мнению",
    "информации",
    "оценкам",
    "сведениям",
    "حد قول",
    "laut",
    "gemäß",
    "nach",
    "selon",
    "après",
    "según",
    "acuerdo",
    "secondo",
    "segundo",
    "stando",
    "acordo",
    "словами",
    "думку",
    "даними",
    "інформацією",
    "згідно",
    "словам",
    "данным",
    "огласно",
    "حسب",
    "وفق",
    "نقلا",
)
_ACCORDING_KEYS: Final = re.compile("|".join(map(re.escape, _ACCORDING_KEY_LIST)), re.I)
_LOWER_KEYS: Final = tuple(k.lower() for k in _ACCORDING_KEY_LIST)
_ASCII_KEYS: Final = tuple(k for k in _LOWER_KEYS if k.isascii())  # all an ASCII text can hold


# the letters of CASE_ODD that `re.IGNORECASE` takes for a key's letter ("ı" -> "i", "ſ" -> "s",
# "ᲂ" -> "о"); the others match none (NUL; tests/split/test_prefilters.py checks every letter)
_ODD_AS_KEY: Final = {"İ": "i", "ı": "i", "ſ": "s", "ᲀ": "в", "ᲁ": "д", "ᲂ": "о", "ᲃ": "с"}


def _odd_as_key(sentence: str) -> str:
    """`sentence` with each letter of CASE_ODD replaced by `_ODD_AS_KEY`'s: its `str.lower()`
    then holds a lower-cased key where `_ACCORDING_KEYS` matches (same length, same offsets)."""
    m = CASE_ODD_CHAR.search(sentence)
    while m is not None:
        sentence = sentence.replace(m.group(), _ODD_AS_KEY.get(m.group(), "\0"))
        m = CASE_ODD_CHAR.search(sentence, m.start())
    return sentence


def _lower_table(codec: str) -> bytes:
    """A `bytes.translate` table: each byte of `codec` becomes the byte of its character after
    `_odd_as_key` and `str.lower` (one character of `codec` each: checked here)."""
    table = bytearray(range(256))
    for value, ch in enumerate(_DECODING[codec]):
        if ch != "\ufffe":  # a byte the codec leaves undefined
            low = _odd_as_key(ch).lower()
            assert len(low) == 1
            table[value] = low.encode(codec)[0]
    return bytes(table)


# letters a few texts of a codec hold: the keys holding one are tested only when the text
# holds it too (a one-character test is a `memchr`, far cheaper than a key's scan); a Cyrillic
# or Arabic text mostly holds no Latin letter, and every Latin key holds "a", "o" or "e"
_RARE: Final = "jßèúф"
_GATES: Final = {"ascii": _RARE, "cp1251": _RARE + "aoe", "cp1256": _RARE + "aoe"}


def _gated(codec: str, keys: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`keys` (lower case, as `codec` writes them, read as Latin-1) as (letter, keys holding
    it) groups, the keys holding no letter of the codec's gates first (letter ""); a key that
    holds another key is left out (the other is found wherever it is)."""
    keys = tuple(k for k in keys if not any(o != k and o in k for o in keys))
    letters = [
        g.encode(codec).decode("latin-1")
        for g in _GATES.get(codec, _RARE)
        if len(g.encode(codec, "ignore")) == 1
    ]
    groups: dict[str, list[str]] = {"": []}
    for key in keys:
        groups.setdefault(next((g for g in letters if g in key), ""), []).append(key)
    return tuple((g, tuple(ks)) for g, ks in groups.items() if ks)


# per codec of `textscan._CODECS`: its lower-casing table and the keys it can encode (a text
# encoded by it holds no other key), their bytes read as Latin-1 (one character a byte), in
# `_gated` groups
_CODEC_KEYS = {"ascii": (b"", _gated("ascii", _ASCII_KEYS))}
for _codec in _CODECS:
    _CODEC_KEYS[_codec] = (
        _lower_table(_codec),
        _gated(
            _codec,
            tuple(
                k.encode(_codec).decode("latin-1")
                for k in _LOWER_KEYS
                if len(k.encode(_codec, "ignore")) == len(k)
            ),
        ),
    )


def has_according_key(text: str, a: int, b: int, encoded: tuple[str, bytes] | None) -> bool:
    """`_ACCORDING_KEYS.search(text, a, b)` found something, given text[a:b] as
    `textscan.encode_part` gives it: its bytes are lower-cased by a table (`_odd_as_key`
    included: a letter of CASE_ODD, as Turkish "ı") and tested for the keys their codec can
    encode; a text that fits no codec is tested after `_odd_as_key` and `str.lower` (substring
    tests: 5x faster than the search)."""
    if encoded is not None:
        codec, data = encoded
        table, groups = _CODEC_KEYS[codec]
        # a byte a character (str tests are faster than bytes'); an ASCII text as it was cut
        low = text[a:b].lower() if codec == "ascii" else data.translate(table).decode("latin-1")
        for letter, keys in groups:  # "" is in every text: the keys with no gate
            if letter in low:
                for key in keys:  # a loop, not `any` over a generator: a third cheaper
                    if key in low:
                        return True
        return False
    low = _odd_as_key(text[a:b]).lower()
    for lower_key in _LOWER_KEYS:
        if lower_key in low:
            return True
    return False
