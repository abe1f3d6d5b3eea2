"""Subjects set apart from their cue verb by a relative clause or a participle phrase:
"Supporters who have heard from the campaign say", "Unions that have backed him say", "People
I spoke with say", "a survey released last month showed", "A campaign ad released Thursday
accuses", "A person familiar with the talks said", "Skippers living near the quay say"."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon
from annotator.split.part_marks import PART_MARKS
from annotator.split.speaker_phrases import _phrase
from annotator.split.speakers import _WORD, _clean_word, is_speaker_phrase

_OPENERS: Final = frozenset("and but so yet while although though as when because since if".split())
# a focus adverb or quantifier before the subject: "Even economists who …", "Yet other
# Republicans who …"
_LEADING: Final = frozenset("even only just also other many most some several few both all".split())
WINDOW: Final = 160  # characters before the cue searched for the clause
_RELATIVE: Final = re.compile(r"\s(?:who|whose)(?:['’](?:d|s|ve|ll|re))?\s")
# "that" opening a subject relative clause: a verb follows, not a subject ("a step that the
# guild hopes …" is an object relative clause, whose subject speaks)
_THAT: Final = re.compile(
    r"\sthat\s(?!(?:the|a|an|this|these|those|his|her|its|their|our|my|your|he|she|it|they|we|"
    r"i|you|there|several|many|some|most|all|few|both|each|every|no|one|two|three)\b)(?=[a-z])"
)
# a relative clause with no "that" after a people noun: "People I spoke with say", "the
# officials we asked said"
_CONTACT: Final = re.compile(r"\s(?:I|we|you|he|she|they)(?:['’]ve|['’]d)?\s(?=[a-z])")
# words that leave the cue the relative clause's own verb: "people who have openly endorsed"
_AUX: Final = frozenset("has have had would will could also once later long never".split())
# a post-modifier after the subject: "a person familiar with the matter said"
_POSTMODIFIER: Final = re.compile(
    r"\s(?:familiar\s+with|close\s+to|knowledgeable\s+about|aware\s+of|"
    r"with\s+(?:direct\s+|first-?hand\s+)?knowledge\s+of)\s"
)
_PARTICIPLE: Final = re.compile(
    r"\s(?:[a-z]+ed|taken|shown|done|made|held|written|given|run|seen|known|sent|built)"
    r"\s+(?:(?:last|this|on|in|by|at|earlier|late|early|the|a|an|of)\s+|[A-Z0-9][\w.'’-]*\s+){0,6}"
    r"[\w.'’-]+\s*$"
)

# an -ing participle right after the subject's noun, its phrase running up to the cue
_ING_PHRASE: Final = re.compile(
    r"(?<=[a-z])\s(?!(?:including|according|during|regarding|following|concerning|"
    r"notwithstanding|excluding|pending)\b)[a-z]{2,}ing\s(?=[a-z])"
)

# what ends the participle's phrase before the cue: a clause of its own ("… where my father
# referred", "… as officials praised") or a mark
_ING_STOP: Final = re.compile(
    r"[,;:()—–\"“”]|\b(?:that|which|who|whom|whose|where|when|as|while|because|if|and|but|or|"
    r"could|would|should|might|may|must|can|will)\b"
)

# a double genitive ending the phrase: "friends of Mr. Doe's", "a cousin of Jane Roe's"
_OF_OWNER: Final = re.compile(r"\bof\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*['’]s$")


def _named(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The subject phrase of text[lo:end] when it opens the clause (after "But", "And while")."""
    head = text[lo:end].rstrip()
    if head.endswith(("'s", "’s")) and _OF_OWNER.search(
        text, (end - 60 if end - 60 > lo else lo), lo + len(head)
    ):
        end = lo + len(head) - 2  # "Friends of Mr. Doe's who …": "Friends of Mr. Doe"
    span = _phrase(text, lo, end, backward=True)
    if span is None or not is_speaker_phrase(text[span[0] : span[1]]):
        return None
    if any(
        _clean_word(w) not in _OPENERS and _clean_word(w) not in _LEADING
        for w in text[lo : span[0]].split()
    ):
        return None
    first = text[span[0] : span[1]].split()[0]
    if first.islower() and first.endswith("ing"):
        return None  # "uniting liberals who decried": a participle's object  # "… issued a report | released Monday": an object, not the subject
    return span


# a phrase set off by commas between the clause and its cue: ", on television or at rallies,",
# ", for instance,"
_SET_OFF: Final = re.compile(
    r",\s+(?:in|on|at|by|for|over|from|during|after|before|like|including|however|too|though|"
    r"in\s+fact|of\s+course)\b[^,;:()\[\]\"“”—–]{0,60},\s*$"
)


def subject_behind_clause(text: str, lo: int, verb_start: int) -> tuple[int, int] | None:
    """The clause's subject before "who …" or a participle phrase that ends at the cue, also
    past a phrase set off by commas ("Voters who heard him, on TV or at rallies, say")."""
    span = _behind_clause(text, lo, verb_start)
    if span is None:
        off = _SET_OFF.search(text, (verb_start - 80 if verb_start - 80 > lo else lo), verb_start)
        if off and off.start() > lo:
            span = _behind_clause(text, lo, off.start())
    return span


def _behind_clause(text: str, lo: int, verb_start: int) -> tuple[int, int] | None:
    lo = verb_start - WINDOW if verb_start - WINDOW > lo else lo
    parts = PART_MARKS.ends_in(text, lo, verb_start)  # the document's marks, found once
    a = parts[-1] if parts else lo
    if not text[a:verb_start].strip():
        return None
    post = list(_POSTMODIFIER.finditer(text, a, verb_start))
    tail = text[post[-1].end() : verb_start] if post else ""
    if post and 1 <= len(tail.split()) <= 8 and not _RELATIVE.search(tail):
        return _named(text, a, post[-1].start())  # "People familiar with the talks said"
    found = list(_RELATIVE.finditer(text, a, verb_start))
    between = text[found[-1].end() : verb_start].split() if found else []
    if 1 <= len(between) <= 16 and not all(w in _AUX or w.endswith("ly") for w in between):
        return _named(text, a, found[-1].start())  # "Supporters who have heard … say"
    that = list(_THAT.finditer(text, a, verb_start))
    between = text[that[-1].end() : verb_start].split() if that else []
    if 1 <= len(between) <= 12 and not all(w in _AUX or w.endswith("ly") for w in between):
        span = _named(text, a, that[-1].start())  # "Unions that have backed him say"
        if span and text[span[0] : span[1]].split()[-1].lower() in lexicon.PEOPLE:
            return span
    contact = list(_CONTACT.finditer(text, a, verb_start))
    between = text[contact[-1].end() : verb_start].split() if contact else []
    if 1 <= len(between) <= 12:
        span = _named(text, a, contact[-1].start())  # "People I have spoken with said"
        if span and text[span[0] : span[1]].split()[-1].lower() in lexicon.PEOPLE:
            return span
    part = _PARTICIPLE.search(text, a, verb_start)
    if part and part.start() > a:
        word = _WORD.search(text, part.start(), verb_start)
        if word and _clean_word(word.group()) not in ("said", "told", "asked", "added"):
            span = _named(text, a, part.start())  # "a survey released last month showed"
            if not (span and _got(text, span, _clean_word(word.group()), verb_start)):
                return span
    # the participle holds "ing": a `memchr` spares the search (a lookbehind opens it)
    ing = _ING_PHRASE.search(text, a, verb_start) if text.find("ing", a, verb_start) >= 0 else None
    rest = text[ing.end() : verb_start].split() if ing else []
    if ing and ing.start() > a and 1 <= len(rest) <= 10 and not _ING_STOP.search(" ".join(rest)):
        if rest[-1].lower() not in lexicon.PRONOUNS and not all(w in _AUX for w in rest):
            return _named(text, a, ing.start())  # "Skippers living near the quay say"
    return None


# verbs of getting: their object is what the subject got ("earned loud praise")
_GOT: Final = frozenset("earned received garnered gained attracted".split())


def _got(text: str, subject: tuple[int, int], participle: str, verb_start: int) -> bool:
    """A singular subject, a verb of getting and a base form: the form is no verb of the
    subject but what it got ("Ms. Doe earned loud praise"), unlike "Polls released Monday
    show"."""
    cue = _WORD.match(text, verb_start)
    return (
        participle in _GOT
        and cue is not None
        and _clean_word(cue.group()) in lexicon.EN_CUE_LEMMAS_SET
        and not text[subject[0] : subject[1]].endswith("s")
    )
