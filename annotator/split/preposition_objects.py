"""A lower-case preposition inside a speaker span that only capitalised words follow ("laws in
San Bernardino, California", "attacks on Mr. Clinton"): the words after it are its object, no
speaker."""

from __future__ import annotations

from annotator.split.speaker_words import _clean_word

# prepositions whose capitalised object never speaks for the verb after it (not "by", "of")
_PLACE_PREPOSITIONS = frozenset(
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
            k and text[sel[k - 1][0]].isupper()
        ):
            return k  # not inside a name: "the Commission on Presidential Debates"
        break
    return len(sel)
