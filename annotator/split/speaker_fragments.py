"""Phrases that cannot be a speaker at all (`is_speaker_phrase`): a fragment with a preposition or
clause word at either end ("with supporters", "his campaign by"), a contraction ("Don't"), a
possessor cut from its noun, a time, an order ("Check out the website"), a correction notice, a
lone adverb ("Ultimately")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from annotator.split import lexicon
from annotator.split.speaker_words import _INNER, _PREPOSITIONS, CLAUSE_WORDS, _clean_word

_CONTRACTION: Final = re.compile(
    r"(?i)\w+n['’]t$|(?:it|he|she|they|that|there|what|here|we|you|i)['’]\w+$"
)


# German time nouns heading a phrase: "das neue Jahr begrüßten", "dieser Tage … behauptet"
_GERMAN_TIMES = frozenset("tage tagen woche wochen monat monate monaten jahr jahre jahren".split())


@lru_cache(maxsize=16384)  # a span is checked where it is found and again when resolved
def is_speaker_phrase(phrase: str) -> bool:
    """Not a fragment: no preposition or clause word at either end ("with supporters", "his
    campaign by"), not a lone adverb ("Ultimately")."""
    words = phrase.split()
    if not words:
        return False
    first, last = _clean_word(words[0]), _clean_word(words[-1])
    if _CONTRACTION.match(words[0]):
        return False  # "Don't", "It's", "He's predicting": a verb inside the first word
    if words[0][:1].islower() and (first in _INNER or first in CLAUSE_WORDS or first == "if"):
        return False
    if len(words) > 1 and (last in _INNER or last in ("and", "or", "by", "the", "a")):
        return False
    if (
        len(words) > 1
        and last in _SUBJECT_PRONOUNS
        and (words[-1].islower() or words[-1] == "I")
        and words[-2].islower()
        and _clean_word(words[-2]) not in ("and", "or", "of")
    ):
        return False  # "the three letters I wrote": an object relative clause, no speaker
    if words[-1].endswith(("'s", "’s")):
        return False  # "Oz's show proved": the possessor of the subject, cut from its noun
    if last in _GERMAN_TIMES and words[-1][:1].isupper():
        return False  # "das neue Jahr", "dieser Tage": a time, no one
    if len(words) == 1 and (first in _PREPOSITIONS or first in _OPENERS):
        return False  # "Back in 1999, Doe …", "Like them or not, …": an opener, no one
    if _order(words):
        return False  # "Check out the website, and …", "Get those jokes off": no one
    if _RETRACTED.search(phrase):
        return False  # "A previous version of this piece gave the wrong …": a correction, no one
    if len(words) > 1 and (last in _NO_HEADS or words[0] in _AMOUNTS) or "!!" in phrase:
        return False  # "its own", "the tone often", "million into those contests", "well!!"
    return not (len(words) == 1 and words[0][:1].isupper() and _adverb(first))


# the subject of a correction notice: the retracted text of the piece itself
_RETRACTED: Final = re.compile(
    r"(?i)\b(?:earlier|previous|original|prior) versions? of th(?:is|e) "
    r"(?:article|story|report|post|piece|column|item)\b"
)


# words that end no noun phrase, and amounts cut from their number: no one
_NO_HEADS: Final = frozenset("own often together very well too also even ever never always".split())
_AMOUNTS: Final = frozenset(("million", "billion", "trillion"))


# words that open a sentence and name no one when they stand alone
_OPENERS: Final = frozenset(
    """like absent alongside throughout back so more just then now still also even yet thus
    hence instead meanwhile indeed perhaps maybe again already publicly""".split()
)


# verbs that open an English order
_IMPERATIVES: Final = frozenset(
    """get see check click watch sign follow tune take let find look join listen visit
    subscribe keep go give tell stay remember imagine consider try ask send write compare""".split()
)


def _order(words: list[str]) -> bool:
    """An English order: "See live results here", "Check out the website", "Get" (a name
    may follow the verb: "Tell Jane Doe")."""
    return (
        _clean_word(words[0]) in _IMPERATIVES
        and words[0][:1].isupper()
        and (len(words) == 1 or words[1][:1].islower())
    )


_SUBJECT_PRONOUNS: Final = frozenset("i we you he she they".split())
_ADVERB_ENDS: Final = (
    "ately ally ively ently antly ously ily fully lessly edly ingly ctly stly tly bly rly ply sly "
    "dly nly"
).split()


def _adverb(word: str) -> bool:
    """An -ly adverb ("ultimately", "hastily"), not a name ("Kelly", "Emily")."""
    return (
        word.endswith(tuple(_ADVERB_ENDS))
        and word not in lexicon.FEMALE_NAMES
        and word not in lexicon.MALE_NAMES
    )
