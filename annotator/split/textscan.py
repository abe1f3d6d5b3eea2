"""Cheap, exact stand-ins for case-insensitive regular-expression scans on hot paths.

`re.IGNORECASE` compares characters by their simple lower case, plus a few letters it folds to
another one ("ı" ~ "i", "ſ" ~ "s", "ᲂ" ~ "о", "ς" ~ "σ"; Python's `re._casefix` lists them);
"İ" lower-cases to two characters. Text holding none of `CASE_ODD` matches a literal
case-insensitively exactly when its `str.lower()` contains the lower-cased literal; with one of
them the callers run the regular expression itself.
"""

from __future__ import annotations

import codecs
import importlib
import re
from collections.abc import Iterable
from typing import Any, Final

from annotator.split.lexicon import WEEKDAYS

CASE_ODD: Final = frozenset(
    "µİıſ\u0345\u0390\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
    "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ufb05\ufb06"
)
# one character of CASE_ODD: a class scan, 2x cheaper than `CASE_ODD.isdisjoint(text)` on a
# non-ASCII text (which makes a one-character string of each character)
CASE_ODD_CHAR: Final = re.compile("[" + re.escape("".join(sorted(CASE_ODD))) + "]")
_TIME_WORDS: Final = tuple(sorted(w.lower() for w in WEEKDAYS))
_TIME_WORD_MAX: Final = max(map(len, _TIME_WORDS))
_TIME_END: Final = min(map(len, _TIME_WORDS))
# the time words by their last `_TIME_END` characters: a tail is tested against the few that
# end as it does (one `endswith` of the whole tuple tests each of ~200 words in turn)
_TIME_WORDS_BY_END: Final[dict[str, tuple[str, ...]]] = {
    end: tuple(w for w in _TIME_WORDS if w.endswith(end))
    for end in {w[-_TIME_END:] for w in _TIME_WORDS}
}
_ORDINALS: Final = ("st", "nd", "rd", "th")
_WORD_RUN: Final = re.compile(r"[\w'’]+")
# ASCII bytes outside `[\w']` (in ASCII text `\w` is `[A-Za-z0-9_]`) become spaces
_ASCII_WORD_BYTES = bytes(c if chr(c).isalnum() or chr(c) in "_'" else 32 for c in range(256))
# the same with capitals made small: an ASCII text's translation is `word_runs(text.lower())`
# joined by spaces
ASCII_LOWER_RUNS: Final = _ASCII_WORD_BYTES.lower()


def word_runs(text: str) -> list[str]:
    r"""`re.findall(r"[\w'’]+", text)`; an ASCII text is cut by `bytes.translate` and `split`
    (C loops instead of a regular-expression match per word: half the instructions), and so
    is a text that fits a single-byte encoding of `_CODECS` (the last one that fitted first)."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()
    encoded = single_byte(text, _RUN_ORDER)
    if encoded is None:
        return _WORD_RUN.findall(text)
    codec, data = encoded
    runs = data.translate(_WORD_BYTES[codec])
    return codecs.charmap_decode(runs, "strict", _DECODING[codec])[0].split()


def has_ascii_digit(text: str) -> bool:
    """Whether `text` holds a digit 0-9: ten substring tests (a `memchr` each), a fifth of the
    instructions of a regular-expression scan (~45 a character), which most sentences, holding
    no figure, would run to the end."""
    return (
        "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
        or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text
    )  # fmt: skip


def single_byte(text: str, order: list[str]) -> tuple[str, bytes] | None:
    """text encoded by the first codec of `order` that fits it, or None; that codec moves to
    the front of `order` (the next text is likely in the same script)."""
    for i, codec in enumerate(order):
        table = _ENCODING.get(codec)  # "ascii" is encoded by `str.encode` itself
        try:
            data = (
                text.encode(codec)
                if table is None
                else codecs.charmap_encode(text, "strict", table)[0]
            )
        except UnicodeEncodeError:
            continue
        if i:
            order.insert(0, order.pop(i))
        return codec, data
    return None


def _word_bytes(codec: str, keep: str = "_'’") -> bytes:
    r"""A `bytes.translate` table: a byte that `codec` decodes to a letter, a digit or a
    character of `keep` stays, every other byte becomes a space (`[\w'’]` by default)."""
    table = bytearray(b" " * 256)
    for value in range(256):
        try:
            ch = bytes([value]).decode(codec)
        except UnicodeDecodeError:
            continue
        if ch.isalnum() or ch in keep:
            table[value] = value
    return bytes(table)


def may_end_with_time(text: str, end: int) -> bool:
    """False only when text[:end] cannot end with a time word of `lexicon.WEEKDAYS` (any case),
    a digit or a digit with "st", "nd", "rd", "th": then `speakers._TIME_TAIL`, which must end
    with one of those, finds nothing ending at `end`."""
    if end and text[end - 1] == "\n":
        end -= 1  # `$` matches before a final newline too
    tail = text[(end - _TIME_WORD_MAX if end - _TIME_WORD_MAX > 0 else 0) : end]
    if not tail:
        return False
    if tail[-1].isdecimal():  # `\d` is a Unicode decimal digit
        return True
    if len(tail) >= 3 and tail[-2:] in _ORDINALS and tail[-3].isdecimal():
        return True
    if not CASE_ODD.isdisjoint(tail):
        return True
    low = tail.lower()  # as long as `tail`: no character of CASE_ODD in it
    words = _TIME_WORDS_BY_END.get(low[-_TIME_END:])
    return words is not None and low.endswith(words)


_RUN: Final = re.compile(r"[\w-]+")
# single-byte encodings tried for a non-ASCII text (Western, Cyrillic, Turkish, Central
# European, Arabic), the last one that fitted first
_CODECS: Final = ("cp1252", "cp1251", "cp1254", "cp1250", "cp1256")
# each codec's own tables: `codecs.charmap_encode(text, "strict", _ENCODING[codec])[0]` is
# `text.encode(codec)` without the codec look-up and the Python call it makes for each text
_DECODING: Final[dict[str, str]] = {
    codec: importlib.import_module(f"encodings.{codec}").decoding_table for codec in _CODECS
}
_ENCODING: dict[str, Any] = {codec: codecs.charmap_build(_DECODING[codec]) for codec in _CODECS}
_RUN_ORDER: Final = list(_CODECS)  # word_runs' own order
_WORD_BYTES: Final = {codec: _word_bytes(codec) for codec in _CODECS}


_PART_ORDER: Final = list(_CODECS)  # encode_part's own order


def _lower_word_bytes(codec: str) -> tuple[bytes, tuple[int, ...]]:
    """`_word_bytes(codec)` of each byte's character lower-cased (a byte becomes the byte of
    its lower case, or a space), and the bytes whose lower case `codec` cannot write as one byte
    (Turkish "İ" -> "i̇")."""
    table, odd = bytearray(b" " * 256), []
    for value, ch in enumerate(_DECODING[codec]):
        if ch == "\ufffe":  # a byte the codec leaves undefined
            continue
        low = ch.lower()
        encoded = low.encode(codec, "ignore")
        if len(low) != 1 or len(encoded) != 1:
            odd.append(value)
        elif low.isalnum() or low in "_'’":
            table[value] = encoded[0]
    return bytes(table), tuple(odd)


_LOWER_WORD_BYTES: Final = {codec: _lower_word_bytes(codec) for codec in _CODECS}
_LOWER_ORDER: Final = list(_CODECS)  # lower_word_runs' own order


def lower_word_runs(
    text: str, encoded: tuple[str, bytes] | None = None
) -> tuple[list[str], str | None]:
    """`word_runs(text.lower())` and the encoding `text` fits ("ascii", a codec of `_CODECS`,
    or None: then it may hold decimal digits of other scripts); a text that fits one is lower-cased
    and cut in the same `bytes.translate` (no lower-cased copy encoded again). `encoded`: the
    text as `encode_part` or `single_byte` gave it (any fitting codec cuts the same runs)."""
    if text.isascii():
        return text.encode("ascii").translate(ASCII_LOWER_RUNS).decode("ascii").split(), "ascii"
    if encoded is None:
        encoded = single_byte(text, _LOWER_ORDER)
    if encoded is None:
        return word_runs(text.lower()), None
    codec, data = encoded
    table, odd = _LOWER_WORD_BYTES[codec]
    for value in odd:
        if value in data:
            return word_runs(text.lower()), codec
    runs = data.translate(table)
    return codecs.charmap_decode(runs, "strict", _DECODING[codec])[0].split(), codec


def encode_part(text: str, a: int, b: int) -> tuple[str, bytes] | None:
    """text[a:b] as ASCII bytes or encoded by `single_byte` ("ascii" or the codec, and the bytes),
    or None: one encoding of a sentence that several scans share."""
    part = text[a:b]
    if part.isascii():
        return "ascii", part.encode("ascii")
    return single_byte(part, _PART_ORDER)


class WordScan:
    """`pattern.finditer(text, a, b)` for a pattern `(?<![\\w-])(form|form|…)(?![\\w-])` whose
    forms start with a `[\\w-]` character, without running it over the whole range.

    A match starts a maximal run of `[\\w-]` characters equal to the first run of its form. A
    text that fits a single-byte encoding is encoded, its bytes outside `[\\w-]` become spaces
    (`bytes.translate`: offsets stay character offsets) and its runs are looked up in the forms'
    first runs; the pattern is only tried where one of them starts (`pattern.match`, so the
    matches are the pattern's own). Other texts are scanned with the pattern.
    """

    def __init__(self, pattern: re.Pattern[str], forms: Iterable[str]) -> None:
        self.pattern = pattern
        firsts = [_RUN.match(form) for form in forms]
        self.keys: dict[str, tuple[bytes, frozenset[bytes]]] = {}
        self.order = list(_CODECS)
        if None in firsts:  # a form starting with another character: always scan
            return
        runs = {m.group() for m in firsts if m is not None}
        for codec in ("ascii", *_CODECS):
            keys = set()
            for run in runs:
                try:
                    keys.add(run.encode(codec))
                except UnicodeEncodeError:
                    continue
            self.keys[codec] = (_word_bytes(codec, "_-"), frozenset(keys))

    def matches(self, text: str, a: int, b: int) -> list[re.Match[str]]:
        """The matches of `pattern.finditer(text, a, b)`."""
        if not self.keys:
            return list(self.pattern.finditer(text, a, b))
        part = text[a:b]
        encoded = (
            ("ascii", part.encode("ascii")) if part.isascii() else single_byte(part, self.order)
        )
        return self.scan_encoded(text, a, b, encoded)[0]

    def scan_encoded(
        self, text: str, a: int, b: int, encoded: tuple[str, bytes] | None
    ) -> tuple[list[re.Match[str]], list[bytes] | None]:
        """`matches`, given text[a:b] as `encode_part` gives it, and the `[\\w-]` runs of
        text[a:b] it cut (bytes of `encoded`'s codec, in order; None when it cut none), for
        `word_gates.words_of` to read again."""
        if encoded is None or not self.keys:
            return list(self.pattern.finditer(text, a, b)), None
        codec, data = encoded
        table, keys = self.keys[codec]
        runs = data.translate(table)
        words = runs.split()
        hits = keys.intersection(words)
        if not hits:
            return [], words
        padded = b" " + runs + b" "
        starts = []
        for key in hits:  # every run equal to a key (padded[i] is the space before it)
            probe = b" " + key + b" "
            i = padded.find(probe)
            while i >= 0:
                starts.append(i)
                i = padded.find(probe, i + 1)
        starts.sort()
        out: list[re.Match[str]] = []
        end = a
        for start in starts:
            if a + start >= end:  # not inside the match before (a form of several words)
                m = self.pattern.match(text, a + start, b)
                if m is not None:
                    out.append(m)
                    end = m.end()
        return out, words


def literal_first(alternation: str) -> str:
    """`alternation` ("[Aa]ccording to|[Ss]elon|بحسب") with each top-level alternative that
    opens with a class of two letters written as two alternatives, each opened by one letter
    ("According to|according to|…"): a pattern whose alternatives all open with a literal starts
    with a character set, which the regular-expression engine scans for instead of trying every
    position, and skips the alternatives whose letter is not there. The order is kept, so the
    matches are the same."""
    out: list[str] = []
    for alt in _top_level(alternation):
        pair = re.match(r"\[(\w)(\w)\]", alt)
        out += [c + alt[4:] for c in pair.groups()] if pair else [alt]
    return "|".join(out)


def _top_level(alternation: str) -> list[str]:
    """The alternatives of `alternation` outside groups and classes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            parts.append(alternation[start:i])
            start = i + 1
        i += 1
    return [*parts, alternation[start:]]
