"""A speaker cut short after an adjective that needs its complement ("a pilot close", "one
skipper familiar", read from "said a pilot close to the mayor."): the complement is the
speaker's too ("pilot close to the mayor"), up to the punctuation, "who" or verb that ends it;
when none comes within a few words, the adjective is cut ("pilot").

A speaker that ends in the participle of a document's issue ("a survey of ten ports released",
read from "A survey of ten ports released on Monday found …"): the participle is cut ("survey
of ten ports"); a lone one ("those surveyed", "the release") is not of that kind.

A secretary cut from the department that is the office ("former secretary", read from "said
former Secretary of State Ann Reed, who …"): the name after the office when one follows ("Ann
Reed"), else the whole office ("former secretary of state"); not a possessive ("the former
secretary of state's plan").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Final

from annotator.split.tracker import Attribution

# an adjective that asks for its complement, and the preposition that opens it
_NEEDS: Final = {"close": "to", "familiar": "with", "knowledgeable": "about", "aware": "of"}
_ENDS: Final = tuple(" " + word for word in _NEEDS)
# the participle of a document's issue after its noun ("a poll released Monday")
_ISSUED = frozenset("released filed published issued conducted commissioned unveiled".split())
_ISSUED_ENDS: Final = tuple(" " + word for word in _ISSUED)
_NOT_NOUNS: Final = frozenset("and or who which that those these they he she it we".split())


@cache
def _complement() -> re.Pattern[str]:
    """The words of a complement after its preposition, up to what ends the phrase."""
    return re.compile(
        r" ([^,.;:!?\"“”()\[\]\n]{1,60}?)"
        r"(?=[,.;:!?\"“”()\[\]\n]| (?:who|which|that|said|says|told|and|but|is|was|has|had)\b)"
    )


# a department that is one word, the office of its secretary
# a word of a name: an initial ("J.") or a capitalised word
_NAME_WORD: Final = r"(?:[A-Z]\.|[A-Z][\w'’-]*)"
_DEPARTMENTS = "state|defense|labor|commerce|energy|education|agriculture|transportation|interior"


@cache
def _office() -> re.Pattern[str]:
    """ " of State" after a secretary, and the capitalised name after it ("Ann Reed", "Tom
    J. Ames")."""
    return re.compile(
        rf" of ((?i:{_DEPARTMENTS}))\b(?![-'’])"
        rf"(?: ({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})(?=[,:;.“\"]|\s+[a-z(]|$))?"
    )


def _secretary(text: str, attr: Attribution, speaker: str) -> Attribution:
    """`attr` with the office of a secretary cut before it made whole (see the module doc)."""
    lo, hi = attr.speaker_span or (0, 0)
    if hi <= lo or not text.endswith(("ecretary", "ECRETARY"), lo, hi):
        return attr  # a speaker read from elsewhere: its span is not these words
    found = _office().match(text, hi)
    if found is None:
        return attr
    if found.group(2):  # "former Secretary of State Ann Reed": the name
        return replace(attr, speaker=found.group(2), speaker_span=found.span(2))
    whole = f"{speaker} of {found.group(1)}"
    return replace(attr, speaker=whole, speaker_span=(lo, found.end(1)))


def checked(text: str, attr: Attribution) -> Attribution:
    """`attr` with a speaker that ends in such an adjective made whole or cut, or with a
    secretary's office (see the module doc); else `attr` as it is."""
    speaker = attr.speaker or ""
    if speaker.endswith(_ISSUED_ENDS):
        return _issued(text, attr, speaker)
    if speaker.endswith(("secretary", "Secretary")):
        return _secretary(text, attr, speaker)
    if not speaker.endswith(_ENDS):
        return attr
    lo, hi = attr.speaker_span or (0, 0)
    last = speaker.rsplit(" ", 1)[1]
    if hi <= lo or not text.endswith(last, lo, hi):
        return attr  # a speaker read from elsewhere: its span is not these words
    prep = " " + _NEEDS[last]
    if text.startswith(prep, hi):
        found = _complement().match(text, hi + len(prep))
        if found:
            whole = f"{speaker}{prep} {found.group(1)}"
            return replace(attr, speaker=whole, speaker_span=(lo, found.end(1)))
    head = speaker[: -len(last) - 1]
    return replace(attr, speaker=head, speaker_span=(lo, hi - len(last) - 1))


def _issued(text: str, attr: Attribution, speaker: str) -> Attribution:
    """`attr` without the participle that ends its speaker when a noun comes before it."""
    head, last = speaker.rsplit(" ", 1)
    lo, hi = attr.speaker_span or (0, 0)
    if last not in _ISSUED or head.rsplit(" ", 1)[-1].lower() in _NOT_NOUNS:
        return attr
    if hi <= lo or not text.endswith(last, lo, hi):
        return attr  # a speaker read from elsewhere: its span is not these words
    end = len(text[lo : hi - len(last)].rstrip()) + lo
    return replace(attr, speaker=head, speaker_span=(lo, end))
