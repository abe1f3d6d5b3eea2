"""A three-word speaker name whose first word is a descriptor glued to a given name and a
surname ("Billionaire Tom Greer", "Speaker Ann Reed", "CNN's Tom Greer", "Texas-based Ann
Reed", "Theologe Hans Berg"): the given name and the surname are the speaker, as a role before
a name is cut elsewhere ("Army Major Tom Greer" -> Tom Greer).

The first word is a descriptor when it is possessive or hyphenated, or ends like a role noun, a
plural or a verb form ("-er", "-or", "-ist", "-an", "-aire", "-in", "-en", "-ed", "-ing", "-s");
it is no given name the name lists know ("Anne Marie Hale" stays), and the middle word is a
given name that is seldom a second one ("Carl Maria Weber", "Billie Jean Hale" stay). Any
other first word is glued on when the text also gives the given name and the surname without it
("Real Tom Greer", a headline's word, beside "Tom Greer" -> Tom Greer).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from annotator.split.names import given_name
from annotator.split.tracker import Attribution

# given names that are often a second given name
_MIDDLE: Final = frozenset("maria marie anne ann lee mae jo jean louise".split())
_ENDS: Final = ("er", "or", "ist", "an", "aire", "in", "en", "ed", "ing", "s")
_OWNED: Final = ("'s", "’s", "'", "’")


def _descriptor(word: str) -> bool:
    """`word` before a given name describes the person (see the module doc)."""
    if not word[:1].isupper() or given_name(word):
        return False
    if word.endswith(_OWNED) or "-" in word:
        return True
    return len(word) > 4 and word.lower().endswith(_ENDS)


def _given_alone(text: str, first: str, name: str) -> bool:
    """The text gives `name` without `first` before it: `first` is a word glued on ("Real Tom
    Greer" beside "Tom Greer"), not a name's own first word (no initial "J.", no given name)."""
    if "." in first or given_name(first):
        return False
    glued = first + " "
    i = text.find(name)
    while i >= 0:
        if not text.endswith(glued, 0, i):
            return True
        i = text.find(name, i + len(name))
    return False


def checked(text: str, attr: Attribution) -> Attribution:
    """`attr` with a descriptor cut from a three-word name (see the module doc); else `attr`."""
    speaker = attr.speaker or ""
    if speaker.count(" ") != 2:
        return attr
    first, given, surname = speaker.split(" ")
    if not given_name(given) or given.lower() in _MIDDLE or not surname[:1].isupper():
        return attr
    if not _descriptor(first) and not _given_alone(text, first, f"{given} {surname}"):
        return attr
    span = attr.speaker_span
    if span and text[span[0] : span[1]] == speaker:
        span = (span[1] - len(given) - 1 - len(surname), span[1])
    return replace(attr, speaker=f"{given} {surname}", speaker_span=span)
