"""What before an -ing cue makes it no report of its own ("Doe began criticizing", "Doe spent
the week attacking", "with …", "by …") or a second -ing form joined to another ("X are crying
foul … and threatening", "…, calling them liars and vowing to …")."""

from __future__ import annotations

import re
from typing import Final

# a second -ing form joined to a progressive: "X are crying foul over the vote and threatening"
PROGRESSIVE_AND: Final = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b[^.;:!?,]{0,100}\sand\s+$"
)
# a second -ing form after one set off by a comma: "…, calling them liars and vowing to …"
ING_AND: Final = re.compile(r"[,—–]\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b[^.;:!?,—–]{0,120}\sand\s+$")


def ends_in_and(text: str, lo: int, end: int) -> bool:
    r"""Whether `\sand\s+$` can match in text[lo:end]: "and" after a space, then only spaces
    (`\s` takes what `str.isspace` takes): a test of its last characters instead of a search."""
    j = end
    while j > lo and text[j - 1].isspace():
        j -= 1
    return j < end and j - 4 >= lo and text.startswith("and", j - 3) and text[j - 4].isspace()


def ing_and_before(text: str, lo: int, end: int) -> bool:
    """`PROGRESSIVE_AND` or `ING_AND` matches in text[lo:end]; both end in `\\sand\\s+$`, so
    most texts are settled by `ends_in_and` without a search."""
    if not ends_in_and(text, lo, end):
        return False
    return bool(PROGRESSIVE_AND.search(text, lo, end) or ING_AND.search(text, lo, end))


# a verb of beginning, going on or stopping before an -ing cue: "Doe began criticizing", "Doe
# and Roe took turns urging"
ASPECT_ING: Final = re.compile(
    r"\b(?:begin|begins|began|begun|start|starts|started|keep|keeps|kept|continue|continues|"
    r"continued|resumed|(?:take|takes|took|taken|turned|pivoted)\s+to|"
    r"(?:take|takes|took|taken|taking)\s+turns)\s+$"
)
# time spent or words given to an act before its -ing cue ("Doe spent the week attacking"), or
# the act heard or seen ("Doe was heard telling", "Roe can be heard asking"), or joined in
# ("Doe joined Roe in calling for")
SPENT_ING: Final = re.compile(
    r"\b(?:(?:spent|spends|spend|devoted|devotes|devote|wasted)\s+"
    r"(?:(?!without\s|before\s|after\s|by\s|while\s)[\w'’-]+\s+){1,8}?(?:to\s+)?|"
    r"(?:(?:can|could|may|might|will|would)\s+)?(?:is|are|was|were|be|been)\s+(?:[a-z]+ly\s+)?"
    r"(?:heard|seen|caught|overheard)\s+(?:(?!without\s|before\s|after\s|by\s|while\s)"
    r"[\w'’-]+\s+){0,6}?|(?:join|joins|joined|joining)\s+(?:[\w'’.-]+\s+){1,6}?in\s+)"
    r"(?:[a-z]+ly\s+)?$"
)
# a phrase before an -ing cue that makes it no speech verb of its own: "with …", "by/while/after/
# before/when …", "in ", "After/Before/By/In/Since/Upon/While/When (adverb) ", i.e. `\b(?:with\s+
# (?:[^\s,;:]+\s+){0,9}|(?:by|while|after|before|when)\s+(?:[^\s,;:]+\s+){0,7}|in\s+|(?:After|
# …|When)\s+(?:[a-z]+ly\s+)?)$`, each branch written to open with its letter (the `\b` as a
# lookbehind after it): a search jumps from one of those letters to the next instead of trying
# every position of the 100 characters before the cue
_SEVEN, _ADVERB = r"\s+(?:[^\s,;:]+\s+){0,7}", r"\s+(?:[a-z]+ly\s+)?"
WITH_ING: Final = re.compile(
    r"(?:w(?<!\ww)(?:ith\s+(?:[^\s,;:]+\s+){0,9}|h(?:ile|en)" + _SEVEN + ")"
    rf"|b(?<!\wb)(?:y|efore){_SEVEN}|a(?<!\wa)fter{_SEVEN}|i(?<!\wi)n\s+"
    rf"|A(?<!\wA)fter{_ADVERB}|B(?<!\wB)(?:efore|y){_ADVERB}|I(?<!\wI)n{_ADVERB}"
    rf"|S(?<!\wS)ince{_ADVERB}|U(?<!\wU)pon{_ADVERB}|W(?<!\wW)h(?:ile|en){_ADVERB})$"
)
