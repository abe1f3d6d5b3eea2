"""Prepositions inside a speaker span: a lower-case one that only capitalised words follow
("laws in San Bernardino, California", "attacks on Mr. Clinton") opens its object, no speaker;
one that opens an adverbial phrase after the subject ("Roe at the time said", "the harbour
master in a statement said") ends the subject."""

from __future__ import annotations

from typing import Final

from annotator.split.lexicon import WEEKDAYS
from annotator.split.speaker_words import _INNER, _clean_word, _valid, opening_plural

# prepositions whose capitalised object never speaks for the verb after it (not "by", "of")
_PLACE_PREPOSITIONS: Final = frozenset(
    "in on at from through among with into toward towards against between across".split()
)


def object_start(text: str, sel: list[tuple[int, int]]) -> int:
    """The index of a lower-case preposition in `sel` that only capitalised words follow ("laws
    in San Bernardino, California", "attacks on Mr. Clinton"): runs after it are its object;
    len(sel) when there is none."""
    if not sel or not text[sel[-1][0]].isupper():
        return len(sel)
    for k in range(len(sel) - 2, -1, -1):
        a, b = sel[k]
        if text[a].isupper():
            continue
        if _clean_word(text[a:b]) in _PLACE_PREPOSITIONS and not (
            k and text[sel[k - 1][0]].isupper() and not (k == 1 and opening_plural(text, *sel[0]))
        ):
            return k  # not inside a name: "the Commission on Presidential Debates"
        break
    return len(sel)


# what opens an adverbial phrase after a subject: "at the time", "in a statement", "on Monday"
_PP_OPENERS: Final = frozenset("the a an his her their its".split())
_AT_IN_ON: Final = frozenset(("at", "in", "on"))  # after a lower-case subject: not "views of the …"


def subject_before_pp(words: list[str], before: str) -> int:
    """How many leading words of a run of words before a cue are its subject, when an adverbial
    phrase of at most five words follows it ("Roe at the time", "the harbour master in a
    statement"); 0 when none. A lower-case subject needs "at/in/on" after it, no preposition
    before the run (not "made by | a critic at the rally") and no -ed form inside it (not "Roe
    gathered staff for a talk")."""
    cut = next((k for k, w in enumerate(words) if k and _clean_word(w) in _INNER), 0)
    if not cut or len(words) - cut > 5:
        return 0
    after = _clean_word(words[cut + 1]) if cut + 1 < len(words) else ""
    if after not in _PP_OPENERS and after not in WEEKDAYS:
        return 0
    if not words[cut - 1][:1].isupper():
        if _clean_word(words[cut]) not in _AT_IN_ON or _clean_word(before) in _INNER:
            return 0  # "Voters' views of the council …", "made by | a critic at the rally"
        if any(w.endswith("ed") for w in words[:cut]):
            return 0
    return cut if _valid(words[:cut]) else 0
