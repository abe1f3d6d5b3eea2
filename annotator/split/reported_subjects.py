"""Subjects before a cue that do not report: a name after "saying that" is what is reported
("Analysts noted that Doe may …"), a thing with a participle after it is what the participle
describes ("the laws proposed during his term"), and so is a thing cited or mentioned before
its own verb ("The fund cited in the report does not exist")."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon
from annotator.split.cues import _VERB

# a verb of saying and "that" right before a phrase (at most two lower-case words between:
# "saying that rival Jane Doe"): the phrase opens what is reported
_SAID_THAT: Final = re.compile(r"\b([a-z]+)\s+that\s+(?:[a-z]+\s+){0,2}$")
_SAYING: Final = frozenset("adding noting saying arguing clarifying".split())
# what is known, shown or claimed before "that": "the fact that X", "emails showing that X"
_KNOWN: Final = frozenset(
    """fact claim claims news note notes message evidence notion word sign signs assertion
    allegation allegations realized realizes learned knew noticed heard showing shows showed
    show suggesting suggests indicating indicates indicated betting bets""".split()
)
_HOW: Final = re.compile(r"\bhow\s+$")


def reported_subject(text: str, s: int, span: tuple[int, int]) -> bool:
    """ "Analysts noted that Doe may have meant …": the named subject after a
    verb of saying and "that" is what is reported, not who reports it (a pronoun there is
    most often the reporter again: "she wrote that she agreed")."""
    if text[span[0] : span[1]].lower() in lexicon.PRONOUNS:
        return False
    if _HOW.search(text, (span[0] - 5 if span[0] - 5 > s else s), span[0]):
        return True  # "questions about how the councillors would vote": asked about
    b = _SAID_THAT.search(text, (span[0] - 50 if span[0] - 50 > s else s), span[0])
    if b is None:
        return False
    verb = b.group(1)
    return verb in _SAYING or verb in _KNOWN or _VERB.fullmatch(verb) is not None


# a participle that modifies the noun before it: "the plan proposed during …", "a map
# published two days after …"
_PARTICIPLE_AFTER: Final = re.compile(
    r"\s*(?:[a-z]+ly\s+)?[a-z]+\s+(?:in|by|during|for|to|as|on|at|from|over|under|into|shortly|"
    r"earlier|last|this|next)\b"
)
_IRREGULAR_PARTICIPLES = frozenset("found known seen shown written given held made thought".split())
# the word right before a phrase (an article skipped): a verb or preposition it is the object of
_WORD_BEFORE: Final = re.compile(r"([a-z]+)\s+(?:(?:the|a|an)\s+)?$")
_OBJECT_BOUNDS = (lexicon.CLAUSE_WORDS - {"to"}) | frozenset("and or as if even just only".split())


def reduced_relative(text: str, s: int, span: tuple[int, int], verb: str) -> bool:
    """ "… credited to the tough laws proposed during his term": a thing named as the object of
    a verb or preposition, with a participle after it, is what the participle describes; the
    participle reports nothing."""
    if not (verb.endswith("ed") or verb in _IRREGULAR_PARTICIPLES):
        return False
    head = text[span[0] : span[1]].rsplit(None, 1)[-1]
    if not head.islower() or head in lexicon.PRONOUNS or head.strip("'’s") in lexicon.PEOPLE:
        return False
    if not _PARTICIPLE_AFTER.match(text, span[1]):
        return False
    before = _WORD_BEFORE.search(text, (span[0] - 30 if span[0] - 30 > s else s), span[0])
    return before is not None and before.group(1) not in _OBJECT_BOUNDS


# a participle of citing after its noun, a place or role, then the noun's own verb before any
# comma or clause word: "The fund cited in the mayor's post does not exist", "Two names
# mentioned as candidates are …"
_CITED_THEN_VERB: Final = re.compile(
    r"(?:cited|mentioned|quoted|listed|named|described|referenced)\s+(?:in|as|by)\s+"
    r"(?:(?!that\b|which\b|who\b|and\b)[^\s,;:.!?\"“”]+\s+){1,6}"
    r"(?:is|are|was|were|does|do|did|has|have|had)\b"
)
_AUX_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:[a-z]+ly\s+)?$")


def cited_thing(text: str, m: re.Match[str]) -> bool:
    """A cue form `m` of citing that is a participle after its noun, the noun's own verb
    coming after ("The fund cited in the post does not exist"): no one reports."""
    if not _CITED_THEN_VERB.match(text, m.start(1)):
        return False
    return (
        _AUX_BEFORE.search(text, (m.start(1) - 30 if m.start(1) - 30 > 0 else 0), m.start(1))
        is None
    )
