"""English attribution: the word after a subject that reads as its verb ("Clinton issued",
"Doe often takes", "Doe needs to"), not a word inside the subject."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.lexicon import EN_CUES, NOUN_LIKE
from annotator.split.speaker_words import _DETERMINERS, _QUANTIFIERS, SPEAKER_NOUNS, _clean_word

# "-s" and "to" after a name: a verb ("Doe needs to", "Doe wants to"), no part of the subject
S_TO: Final = re.compile(r"[a-z]+[^s\W]s to ")
# what follows an "-s" form that is a verb, not a plural noun: an object's determiner
_OBJECT_OPENERS = frozenset("the a an its his her their our my this that these those".split())
_COUNTS: Final = frozenset("two three four five six seven eight nine ten dozens".split())
_OFTEN: Final = frozenset("often also usually still never always rarely sometimes now".split())


def s_verb(text: str, word: tuple[int, int], nxt: tuple[int, int] | None) -> bool:
    """An "-s" form after a name with an object after it ("Byrne gives an account"), or an
    adverb of frequency with an "-s" form after it ("Doe often takes"): the verb."""
    w, n = text[word[0] : word[1]], text[nxt[0] : nxt[1]] if nxt else ""
    if w in _OFTEN:
        return s_form(n)
    return s_form(w) and n in _OBJECT_OPENERS


def noun_s_verb(before: str, word: str, nxt: str) -> bool:
    """An "-s" form after a lower-case noun with an object, an "-ly" adverb or "that" after it
    ("the company runs a ferry", "the toll reflects badly"): the verb, not a plural noun."""
    b = _clean_word(before)
    if not before[:1].islower() or b in _DETERMINERS or b in _QUANTIFIERS or not s_form(word):
        return False
    return nxt in _OBJECT_OPENERS or nxt.endswith("ly") and nxt.islower()


def before_s_verb(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A clause's leading phrase cut before its "-s" verb: an "-s" form after a lower-case noun
    with a plural ending the phrase ("The company | runs ferries", "The union | represents dock
    workers"), or after a name with a count or an object's determiner after it ("The Doe Paper
    Company | runs two mills"); the phrase itself when it has none ("The state teachers union")."""
    words = list(_LOWER_WORD.finditer(text, span[0], span[1]))
    if len(words) < 3:
        return span
    if not s_form(words[-1].group()):
        for k in range(2, len(words) - 1):  # "The Doe Paper Company | runs two mills"
            w = words[k].group()
            if s_form(w) and words[k - 1].group()[:1].isupper() and w not in SPEAKER_NOUNS:
                if words[k + 1].group() in _OBJECT_OPENERS or words[k + 1].group() in _COUNTS:
                    return span[0], words[k - 1].end()
        return span
    for k in range(2, len(words) - 1):
        before = _clean_word(words[k - 1].group())
        if before in _DETERMINERS or before in _QUANTIFIERS or not before.isalpha():
            continue
        if words[k - 1].group().islower() and s_form(words[k].group()):
            return span[0], words[k - 1].end()
    return span


_LOWER_WORD: Final = re.compile(r"[\w'’-]+")


def s_form(w: str) -> bool:
    return w.islower() and w.endswith("s") and not w.endswith(("ss", "'s", "’s")) and len(w) > 3


_VERBS_AFTER_SUBJECT: Final = frozenset(
    """put issued released sent gave made took held posted launched delivered offered wrote
    told said says tweeted went came got kept bought brought built chose drew drove fell felt
    found fought gave grew heard held knew led left lost met paid ran rose saw sent sold spent
    spoke stood struck swore taught thought threw took won wore became began""".split()
)


def is_verb(word: str, before: str) -> bool:
    """A lower-case word that reads as the verb after a subject ("Clinton issued", "the group
    sent"), not an adjective inside it ("the unsigned opinion")."""
    w = _clean_word(word)
    if not word[:1].islower() or _clean_word(before) in _DETERMINERS | _QUANTIFIERS:
        return False
    if w in _VERBS_AFTER_SUBJECT or w in EN_CUES and w not in NOUN_LIKE:
        return True
    return w.endswith("ed") and not _clean_word(before).endswith("ly")
