"""Pronoun speakers: "he"/"she" become the one person of that gender named just before, else
they stay pronouns (issue 10: resolve only when unambiguous)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotator.split import lexicon

if TYPE_CHECKING:
    from annotator.split.attribution import Tracker


def _gender(name: str, mention: str = "") -> str | None:
    first = (mention.split() or [""])[0].lower().rstrip(".")
    if first in lexicon.MALE_TITLES:
        return "m"
    if first in lexicon.FEMALE_TITLES:
        return "f"
    given = name.split()[0].lower() if name.split() else ""
    if given in lexicon.MALE_NAMES:
        return "m"
    if given in lexicon.FEMALE_NAMES:
        return "f"
    return None


_PERSON = re.compile(r"\b([A-Z][a-z]+)\.?\s+((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)")
PRONOUN_REACH = 1500


def _person_gender(word: str) -> str | None:
    w = word.lower()
    if w in lexicon.MALE_NAMES or w in lexicon.MALE_TITLES:
        return "m"
    if w in lexicon.FEMALE_NAMES or w in lexicon.FEMALE_TITLES:
        return "f"
    return None


def _pronoun(phrase: str, tracker: Tracker, text: str = "", at: int = 0) -> str:
    """The one person of the pronoun's gender named before it (since the last named speaker,
    within PRONOUN_REACH characters; given names and titles tell gender), else the pronoun."""
    gender = lexicon.PRONOUNS[phrase.lower()]
    if gender == "p" or not text:
        return phrase
    lo = max(0, at - PRONOUN_REACH)
    people: dict[str, tuple[str, str | None]] = {}  # surname -> (name, gender)
    last = tracker.last_named
    start = lo
    if last and tracker.last_at >= lo:
        start = tracker.last_at
        people[last.split()[-1]] = (last, tracker.genders.get(last))
    for m in _PERSON.finditer(text, start, at):
        g = _person_gender(m.group(1))
        if g is None:
            continue
        given = m.group(1).lower() in lexicon.MALE_NAMES | lexicon.FEMALE_NAMES
        name = f"{m.group(1)} {m.group(2)}" if given else m.group(2)
        surname = name.split()[-1]
        people[surname] = (tracker.names.get(surname) or name, g)
    fits = [n for n, g in people.values() if g == gender]
    unknown = [n for n, g in people.values() if g is None]
    if len(fits) == 1 and not unknown:
        return fits[0]
    if not fits and len(unknown) == 1 and len(people) == 1:
        return unknown[0]
    return phrase
