"""Cheap, exact stand-ins for case-insensitive regular-expression scans on hot paths.

`re.IGNORECASE` compares characters by their simple lower case, plus a few letters it folds to
another one ("ı" ~ "i", "ſ" ~ "s", "ᲂ" ~ "о", "ς" ~ "σ"; Python's `re._casefix` lists them);
"İ" lower-cases to two characters. Text holding none of `CASE_ODD` matches a literal
case-insensitively exactly when its `str.lower()` contains the lower-cased literal; with one of
them the callers run the regular expression itself.
"""

from __future__ import annotations

import re

from annotator.split.lexicon import WEEKDAYS

CASE_ODD = frozenset(
    "µİıſ\u0345\u0390\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
    "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ufb05\ufb06"
)
_TIME_WORDS = tuple(sorted(w.lower() for w in WEEKDAYS))
_TIME_WORD_MAX = max(map(len, _TIME_WORDS))
_ORDINALS = ("st", "nd", "rd", "th")
_WORD_RUN = re.compile(r"[\w'’]+")
# ASCII bytes outside `[\w']` (in ASCII text `\w` is `[A-Za-z0-9_]`) become spaces
_ASCII_WORD_BYTES = bytes(c if chr(c).isalnum() or chr(c) in "_'" else 32 for c in range(256))


def word_runs(text: str) -> list[str]:
    r"""`re.findall(r"[\w'’]+", text)`; an ASCII text is cut by `bytes.translate` and `split`
    (C loops instead of a regular-expression match per word: half the instructions)."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()
    return _WORD_RUN.findall(text)


def may_end_with_time(text: str, end: int) -> bool:
    """False only when text[:end] cannot end with a time word of `lexicon.WEEKDAYS` (any case),
    a digit or a digit with "st", "nd", "rd", "th": then `speakers._TIME_TAIL`, which must end
    with one of those, finds nothing ending at `end`."""
    if end and text[end - 1] == "\n":
        end -= 1  # `$` matches before a final newline too
    tail = text[max(0, end - _TIME_WORD_MAX) : end]
    if not tail:
        return False
    if tail[-1].isdecimal():  # `\d` is a Unicode decimal digit
        return True
    if len(tail) >= 3 and tail[-2:] in _ORDINALS and tail[-3].isdecimal():
        return True
    return not CASE_ODD.isdisjoint(tail) or tail.lower().endswith(_TIME_WORDS)
