"""Pronouns inside their own sentence: "he"/"she"/"they" opening a clause within a main clause
is that clause's subject (`bound_subject`: "X backs Y because he …"), and "he"/"she" in an
opening subordinate clause is the named subject after its comma (`cataphor`: "Even as he …,
Doe …")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from annotator.split import lexicon
from annotator.split.pronouns import _gender, _pronoun

if TYPE_CHECKING:
    from annotator.split.tracker import Tracker


_BOUND: Final = frozenset(("he", "she", "they"))
# heads that make a subject one person even after a capitalised modifier, so "he"/"she" stands
# for it ("The Christian speaker shared … that he believes …", "The last man to … says he …")
_PERSONS: Final = (
    lexicon.ROLE_WORDS
    | lexicon.PERSON_NOUNS
    | frozenset("man woman speaker preacher pastor priest rabbi veteran voter owner".split())
)
# the word right before a pronoun that opens a clause inside the main one ("because he …")
_SUBORDINATE: Final = re.compile(
    r"\b(?:because|that|since|while|although|though|and|but|so|as|if|when|whether|after|"
    r"before|until|unless|what|which)\s+$"
    # an object relative clause: "the book she wrote", "the reforms they proposed"
    r"|\b(?:the|a|an|his|her|their|its)\s+(?:[a-z]+\s+)?[a-z]{3,}\s+$"
)


def bound_subject(
    text: str, s: int, span: tuple[int, int], tracker: Tracker
) -> tuple[int, int] | None:
    """ "X is backing Y because he worries …", "Investors see …, implying that they expect …":
    an English subject pronoun that opens a clause inside a sentence whose main clause has a
    subject of its own refers to that subject when it fits (he/she: one person or role of no
    other gender; they: a group, not one named person) and, for a named subject, nothing else
    resolves it. Not a parenthetical ("The risk, he said, is …"). The main subject's span, or
    None."""
    from annotator.split.speakers import is_named, is_speaker_phrase, main_subject

    word = text[span[0] : span[1]].lower()
    if word not in _BOUND or span[0] <= s:
        return None
    if not _SUBORDINATE.search(text, (span[0] - 12 if span[0] - 12 > s else s), span[0]):
        return None
    main = main_subject(text, s, span[0])
    if main is None or main[1] > span[0] or main[0] == span[0]:
        return None
    phrase = text[main[0] : main[1]]
    words = phrase.split()
    head = words[-1].lower().strip(".,")
    if not is_speaker_phrase(phrase) or head in lexicon.PRONOUNS or re.search(r"['’]", phrase):
        return None  # "Mr. Cruz's success … he": a possessive is no subject of its own
    person = words[-1].islower() and head in _PERSONS  # "The Christian speaker": no name
    if is_named(phrase) and not person and _pronoun(word, tracker, text, span[0], False) != word:
        return None  # the person named before it (a role subject wins: "The senator … he")
    plural = head.endswith(("s", "people", "men")) and not head.endswith("ss")
    if word == "they":  # "Investors", "immigration officials", "His campaign"
        group = plural and (len(words) == 1 or not is_named(phrase))
        return main if group or head in lexicon.SPEAKER_NOUNS and words[-1].islower() else None
    if " and " in phrase or plural:
        return None
    gender = _gender(phrase.split()[-2] if len(words) > 1 else phrase, phrase)
    if gender == lexicon.PRONOUNS[word]:
        return main  # "Marvin Teske", "Rabbi Marvin Hier", "Ms. Doe"
    role = words[-1].islower() and head in lexicon.ROLE_WORDS | lexicon.SPEAKER_NOUNS
    return main if gender is None and (person or role and not is_named(phrase)) else None


# a sentence that opens with a subordinate clause: "As he …,", "Even as she …,", "In what he …,"
_OPENING_CLAUSE: Final = re.compile(
    r"(?:even\s+|just\s+)?(?:as|while|when|although|though|after|before|since|once|in\s+what)\s+$",
    re.I,
)


def cataphor(
    text: str, s: int, e: int, span: tuple[int, int], tracker: Tracker
) -> tuple[int, int] | None:
    """ "Even as he faulted the board for …, Doe would not guess": 'he'/'she' in a
    subordinate clause that opens the sentence is the main clause's named subject after the
    comma, when that subject is a person of the pronoun's gender. Its span, or None."""
    word = text[span[0] : span[1]].lower()
    if word not in ("he", "she") or not _OPENING_CLAUSE.fullmatch(text, s, span[0]):
        return None
    from annotator.split.speakers import is_named, subject_after  # speakers imports this module

    comma = text.find(", ", span[1], e)
    if comma < 0 or "“" in text[span[1] : comma] or '"' in text[span[1] : comma]:
        return None
    main = subject_after(text, comma + 1, e)
    if main is None or text[comma + 1 : main[0]].strip():
        return None
    phrase = text[main[0] : main[1]]
    if not is_named(phrase) or not re.match(r"\s+[a-z]", text[main[1] : e]):
        return None  # the subject goes on into its verb: "…, Doe would not …"
    words = phrase.split()
    full = tracker.names.get(words[-1].strip(".,")) or phrase  # "Giuliani" -> "Rudy Giuliani"
    gender = _gender(phrase, phrase) or _gender(full) or tracker.genders.get(full)
    return main if gender == lexicon.PRONOUNS[word] else None
