"""Writing scripts of letters, lines and documents (the first word of a letter's Unicode name).

`structure.py` asks for a document's dominant script once and `metadata.py` drops short lines
in another script (page furniture in a second language)."""

from __future__ import annotations

import re
import unicodedata
from codecs import charmap_encode
from collections import Counter
from functools import cache
from importlib import import_module
from typing import Final

from annotator.ids import utf8


def dominant_script(text: str) -> str | None:
    """The script most letters of `text` are in (first word of the Unicode name), or None."""
    sample = text[:20000]
    # Fast path: ASCII letters are all LATIN; count them in C (`bytes.translate` deletes the
    # other bytes of the UTF-8 text), then each distinct other character once (deleting the
    # ASCII bytes leaves the other characters' whole UTF-8 sequences). A tie between scripts
    # depends on first-appearance order: take the slow path.
    counts: dict[str, int] = {}
    try:  # a text of up to 20,000 characters is the sample: its id hashes these bytes again
        data = utf8(sample)
    except UnicodeEncodeError:  # a lone surrogate
        data = sample.encode("utf-8", "surrogatepass")
    latin = len(data.translate(None, _NOT_ASCII_LETTERS))
    if latin > len(data) - len(sample):
        # more ASCII letters than the text has other characters (each takes 2 or more bytes,
        # so there are at most `len(data) - len(sample)`): no other script can reach LATIN
        return "LATIN"
    if latin:
        counts["LATIN"] = latin
    if not sample.isascii():
        others = data.translate(None, _ASCII).decode("utf-8", "surrogatepass")
        for script, n in _other_scripts(others):
            counts[script] = counts.get(script, 0) + n
    if not counts:
        return None
    best = max(counts.values())
    top = [k for k, v in counts.items() if v == best]
    if len(top) == 1:
        return top[0]
    ordered: dict[str, int] = {}
    # dict order = first appearance, so scripts are met in the same order as a walk over the
    # characters and `max` breaks ties the same way
    for ch, n in Counter(sample).items():
        if ch.isalpha():
            script = script_of(ch)
            ordered[script] = ordered.get(script, 0) + n
    return max(ordered, key=lambda k: ordered[k])


def _other_scripts(others: str) -> list[tuple[str, int]]:
    """The scripts of the letters of `others` (a text without ASCII) and how many of its letters
    each holds (no zero counts, in no set order): `script_of` of each letter counted in one pass.

    A text that mostly fits a single-byte encoding of `_SCRIPT_ORDER` (the last one that fitted
    first) is encoded, its characters outside it written `&#N;` (`others` holds no ASCII, so no
    other `&`), and each script's bytes are counted by `bytes.count` after one `bytes.translate`
    (`_script_bytes`): a `Counter` of a `str` makes a string of each character outside Latin-1
    (Cyrillic, Turkish letters), ~8x the instructions. Other texts are counted so."""
    head = others[:_HEAD]
    for i, codec in enumerate(_SCRIPT_ORDER):
        table = _SCRIPT_TABLES[codec]
        if len(charmap_encode(head, "xmlcharrefreplace", table)[0]) >= 2 * len(head):
            continue  # mostly characters the codec lacks
        raw = charmap_encode(others, "xmlcharrefreplace", table)[0]
        if len(raw) >= 2 * len(others):
            continue
        if i:
            _SCRIPT_ORDER.insert(0, _SCRIPT_ORDER.pop(i))
        marks, scripts = _script_bytes(codec)
        marked = raw.translate(marks)
        found = [(script, n) for mark, script in scripts if (n := marked.count(mark))]
        if b"&#" in raw:
            for ref, n in Counter(_CHAR_REF.findall(raw)).items():
                ch = chr(int(ref))
                if ch.isalpha():
                    found.append((script_of(ch), n))
        return found
    return [(script_of(ch), n) for ch, n in Counter(others).items() if ch.isalpha()]


# single-byte encodings (Western, Cyrillic, Turkish, Central European, Greek, Arabic): ASCII
# stays ASCII, each other character they hold is one byte of 0x80-0xFF
_SCRIPT_ORDER: Final = ["cp1252", "cp1251", "cp1254", "cp1250", "cp1253", "cp1256"]
_SCRIPT_TABLES: Final = {c: import_module(f"encodings.{c}").encoding_table for c in _SCRIPT_ORDER}
_HEAD: Final = 64  # characters encoded first: a text mostly outside the codec is given up on early
_CHAR_REF: Final = re.compile(rb"&#([0-9]+);")


@cache
def _script_bytes(codec: str) -> tuple[bytes, list[tuple[bytes, str]]]:
    """A `bytes.translate` table of `codec` that makes each byte of a letter (`str.isalpha`) a
    mark of its script, every other byte 0, and each mark with its script."""
    decoded = import_module(f"encodings.{codec}").decoding_table
    table = bytearray(256)
    scripts: list[str] = []
    for value in range(128, 256):
        ch = decoded[value]
        if ch != "\ufffe" and ch.isalpha():
            script = script_of(ch)
            if script not in scripts:
                scripts.append(script)
            table[value] = scripts.index(script) + 1
    return bytes(table), [(bytes([k + 1]), script) for k, script in enumerate(scripts)]


_ASCII_NON_LETTERS: Final = bytes(c for c in range(128) if not chr(c).isalpha())
_NOT_ASCII_LETTERS: Final = _ASCII_NON_LETTERS + bytes(range(128, 256))
_ASCII: Final = bytes(range(128))
_CACHE: dict[str, str] = {}


def script_of(ch: str) -> str:
    """The script of a letter: the first word of its Unicode name (LATIN, CYRILLIC…)."""
    script = _CACHE.get(ch)
    if script is None:
        name = unicodedata.name(ch, "")
        script = name.split(" ")[0] if name else "UNKNOWN"
        if len(_CACHE) < 100_000:
            _CACHE[ch] = script
    return script


def is_foreign_script(line: str, script: str | None) -> bool:
    """Most letters of the line are in another script than the document's."""
    if line.isascii():  # every letter is LATIN
        n = len(line.encode("ascii").translate(None, _ASCII_NON_LETTERS))
        return bool(n) and script is not None and script != "LATIN"
    letters = [c for c in line if c.isalpha()]
    if not letters or script is None:
        return False
    other = sum(1 for c in letters if script_of(c) != script)
    return other / len(letters) > 0.5
