"""Cue forms that a thing or a doing around them shows to report nothing (`other_use`): a
thing that goes on ("But the borrowing continued."), a thing a participle describes ("The
bridge toll planned for next spring would …"), an activity in a row of doings ("clapping,
singing, chanting and waving") or the object of a relative clause ("the fees, which Greer
denies, rose")."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon

# the forms of "continue" (`other_senses` reads them too)
GOES_ON: Final = frozenset(("continued", "continues", "continue"))
_CLAUSE_ENDS: Final = re.compile(r"\s*(?:[.!?;]|,\s+(?:and|but|as|while)\b)")
_THING_BEFORE: Final = re.compile(r"\b(?i:the|this|that|its|their|his|her)\s+([a-z]+)\s+$")


def thing_goes_on(verb: str, text: str, lo: int, start: int, end: int) -> bool:
    """A "continued" ending its clause after a thing ("But the borrowing continued.")."""
    if verb not in GOES_ON or not _CLAUSE_ENDS.match(text, end):
        return False
    thing = _THING_BEFORE.search(text, (start - 40 if start - 40 > lo else lo), start)
    return thing is not None and thing.group(1) not in lexicon.PEOPLE


# a participle that describes the thing before it, with a phrase after it and then the
# clause's own verb: "The bridge toll planned for next spring would have …", "refugees
# admitted to the country last year were …"
_THING_HEAD: Final = re.compile(r"\b([a-z]{3,})\s+$")
_PHRASE_THEN_VERB: Final = re.compile(
    r"\s+(?:to|in|into|for|from|on|at|during|by)\s+"
    r"(?:(?!(?:that|whether|what|who|which|if|how|and|but|or)\b)[\w'’$-]+\s+){1,8}?"
    r"(?:were|was|are|is|have\s+been|has\s+been|would|will)\b"
)
_PARTICIPLES: Final = frozenset("found known seen shown written given held made told".split())
_NOT_HEADS: Final = lexicon.CLAUSE_WORDS | frozenset("has have had also are were was been".split())


def thing_described(verb: str, text: str, lo: int, start: int, end: int) -> bool:
    """A participle right after a thing (no person) that a phrase and the clause's own verb
    follow: it describes the thing and reports nothing."""
    if not (verb.endswith("ed") or verb in _PARTICIPLES):
        return False
    head = _THING_HEAD.search(text, (start - 30 if start - 30 > lo else lo), start)
    if head is None or head.group(1) in lexicon.PEOPLE or head.group(1) in _NOT_HEADS:
        return False
    return head.group(1) not in lexicon.PRONOUNS and _PHRASE_THEN_VERB.match(text, end) is not None


# an "-ing" cue form in a row of doings with an "-ing" word that is no cue form: an activity
# seen, nothing reported ("began clapping, shouting, waving", "sat sorting and answering them";
# not "is reading and replying to them", a progressive and its subject),
# unless words follow it in its clause ("chanting and waving flags: '…'"; "tweeting and
# emailing clips" has two cue forms)
_ING_BEFORE: Final = re.compile(r"\b(?:(is|are|was|were)\s+)?([a-z]+ing)(?:,\s+|\s+(?:and|or)\s+)$")
_ING_AFTER: Final = re.compile(r"(?:,\s+|\s+(?:and|or)\s+)([a-z]+ing)\b")
_ING_NOUNS: Final = frozenset(
    """evening morning hearing meeting briefing building spending funding training being
    something nothing anything everything during ceiling spring""".split()
)
_WORDS_NEXT: Final = re.compile(r"[^.;!?]{0,40}?(?:[:\"“‘]|\sthat\b)")


def _doing(word: str | None) -> bool:
    return word is not None and word not in _ING_NOUNS and word not in lexicon.EN_CUES


def listed_activity(verb: str, text: str, lo: int, start: int, end: int) -> bool:
    """An "-ing" cue form next to an "-ing" word that is no cue form, no words quoted after it."""
    if not verb.endswith("ing") or _WORDS_NEXT.match(text, end):
        return False
    before = _ING_BEFORE.search(text, (start - 30 if start - 30 > lo else lo), start)
    if before and before.group(1):
        return False  # "is reading and replying to them": a progressive's subject replies
    after = _ING_AFTER.match(text, end)
    return _doing(before and before.group(2)) or _doing(after and after.group(1))


# a relative clause whose pronoun is the cue's object, nothing after the cue in it: the thing
# named is what was denied or backed, no words are reported ("the charges, which Doe denies,
# …", "a plan (which his rival defended).", "with whom Doe was sparring."); not "which Doe
# said was …", "which Doe called ''a disgrace''", "in which Doe said: …"
_WHICH_SUBJECT: Final = re.compile(r"\b(?:which|whom)\s+(?:[\w.’'-]+\s+){1,5}$")
_RELATIVE_ENDS: Final = re.compile(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:last|this)\s+[A-Za-z]+))?\s*(?:[,.;)—–]|\s-\s|$)"
)


def relative_object(text: str, lo: int, start: int, end: int) -> bool:
    """A cue form ending a relative clause whose "which"/"whom" is its object."""
    window = max(lo, start - 50)
    if text.find("wh", window, start) < 0 or not _RELATIVE_ENDS.match(text, end):
        return False
    return _WHICH_SUBJECT.search(text, window, start) is not None


def other_use(verb: str, text: str, lo: int, start: int, end: int) -> bool:
    """The cue form names a thing going on, a thing described, an activity seen or the
    object of a relative clause."""
    return (
        thing_goes_on(verb, text, lo, start, end)
        or thing_described(verb, text, lo, start, end)
        or listed_activity(verb, text, lo, start, end)
        or relative_object(text, lo, start, end)
    )
