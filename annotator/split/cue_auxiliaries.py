"""What stands right before a cue and makes it no report: a passive auxiliary ("was told",
"they're expected", "has been widely condemned") or a negation ("did not say", "to say"). Each
pattern's search is worked out from the last words of the text before the cue (`passive_before`)
or run only when those words can end a match (`negated_before`): most cues follow a name or a
noun, and the searches tried the pattern at every letter of the window."""

from __future__ import annotations

import re
from typing import Final

# a passive ("was (not) told", "they're expected"), a letter opening each branch (a fast scan)
_NOT_NEVER: Final = r"\s+(?:not\s+|never\s+)?"
PASSIVE: Final = re.compile(
    rf"(?:w(?<!\ww)(?:as|ere){_NOT_NEVER}|i(?<!\wi)s{_NOT_NEVER}|a(?<!\wa)re{_NOT_NEVER}"
    rf"|b(?<!\wb)e(?:en|ing)?{_NOT_NEVER}|g(?<!\wg)[eo]t{_NOT_NEVER}"
    r"|w(?<!\ww)(?:asn|eren)['’]t\s+|i(?<!\wi)sn['’]t\s+|a(?<!\wa)ren['’]t\s+|['’]re\s+)"
    r"(?:[a-z]+ly\s+){0,2}$"
)
# `PASSIVE`'s auxiliaries: opening a word (not "this"), then "not"/"never" may follow; the
# contracted ones take neither, and "'re" opens no word
_AUX: Final = ("was", "were", "is", "are", "be", "been", "being", "get", "got")
_AUX_NOT: Final = tuple(f"{w}n{q}t" for w in ("was", "were", "is", "are") for q in "'’")
_AUX_RE: Final = ("'re", "’re")
_LAST: Final = ("ly", "not", "never", *_AUX, *_AUX_NOT, *_AUX_RE)  # how a match's last word ends


def passive_before(text: str, lo: int, end: int) -> bool:
    """`PASSIVE.search(text, lo, end)` found something, worked out from the last words (the
    search tries its branches at every letter of up to 40 characters before each cue): up to
    two "-ly" adverbs, "not"/"never", then an auxiliary ending a word that it opens."""
    if end <= lo or not text[end - 1].isspace():
        return False  # a match ends in spaces
    words = text[lo:end].split()
    if not words or not words[-1].endswith(_LAST):
        return False  # most cues: a name or a noun before them
    k = len(words)
    while k and len(words) - k < 3 and _ly_word(words[k - 1]):
        k -= 1
    if not k or len(words) - k > 2:
        return False
    negated = words[k - 1] in ("not", "never")
    if negated:
        k -= 1
        if not k:
            return False
    aux = words[k - 1]
    if not negated and aux.endswith(_AUX_RE):
        return True
    for form in _AUX if negated else _AUX + _AUX_NOT:
        if aux.endswith(form):
            if len(aux) > len(form):
                before = aux[-len(form) - 1]
            elif k > 1 or text[lo].isspace() or not lo:
                return True  # after a space or at the text's start
            else:
                before = text[lo - 1]
            if not (before.isalnum() or before == "_"):
                return True
    return False


NEGATED: Final = re.compile(r"\b(?:not|never|n't|to|didn't|won't)\s+$")
_NEGATED_WORDS: Final = ("not", "never", "n't", "to")  # how a match's last word ends


def negated_before(before: str) -> bool:
    """`NEGATED.search(before)`, its search run only when `before` ends in one of its words and
    spaces (most cues do not)."""
    if not before[-1:].isspace() or not before.rstrip().endswith(_NEGATED_WORDS):
        return False
    return NEGATED.search(before) is not None


def _ly_word(word: str) -> bool:
    """`[a-z]+ly` as a whole word."""
    return (
        len(word) > 2
        and word.endswith("ly")
        and word.isascii()
        and word.isalpha()
        and word.islower()
    )
