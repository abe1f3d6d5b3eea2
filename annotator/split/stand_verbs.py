"""'voted', 'passed', 'focused on' and 'campaigned against' right after their subject: a stand
taken or what the subject turns to ("Roe voted against the toll", "The island assembly passed a
bill", "Roe focused on the cost"), not "voted in May", "passed three checks", "a talk in Lundby
focused on"; 'addressed'/'addresses' before a matter ("Roe addressed the fact that …"), not
before listeners ("addressed the crowd").

These forms are rare in most text, so their patterns are compiled when one is first read
(`_pattern`), not when the module is imported."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from annotator.split import lexicon

FORMS: Final = frozenset("voted vote passed focuses focused campaigned campaigns".split())
ADDRESS_FORMS: Final = frozenset(("addressed", "addresses"))

_SOURCES: Final = {
    # what follows a vote cast as a stand: "voted against the toll", "voted 6 to 3 to close"
    "voted_next": r"\s+(?:[a-z]+ly\s+|twice\s+)?(?:for|against|to|in\s+favou?r|\d|down\b)",
    # a vote the subject would cast for a side: "would vote for Roe" (not "will vote to confirm")
    "vote_next": r"\s+(?:[a-z]+ly\s+)?(?:for|against|in\s+favou?r)\b",
    # a state's result, not a stand: "Ohio voted twice for Roe"
    "state_before": rf"\b{lexicon.US_STATE.pattern}\s+(?:[a-z]+ly\s+)?$",
    # what a body passes: "passed a resolution", "passed laws barring …", "passed a set of
    # measures"
    "passed_next": r"\s+(?:(?:a|an|the|its|their|his|her|more|two|three|several|a\s+set\s+of|"
    r"[\w-]+ly)\s+)?(?:[\w-]+\s+){0,2}?(?:laws?|legislation|bills?|resolutions?|measures?|"
    r"amendments?|referend(?:um|ums|a)|ordinances?|budgets?|motions?)\b",
    # a body that votes on laws, the subject: "the harbour board passed", "lawmakers this week
    # passed"
    "body_before": r"\b(?:legislatures?|legislators|lawmakers|board|council|committee|assembly|"
    r"parliament|senate|house|congress|Senate|House|Congress|Parliament)(?:\s+(?:this|last)\s+"
    r"(?:week|month|year))?\s+(?:(?:also|[a-z]+ly)\s+)?$",
    # a campaign waged as a stand: "Roe campaigned hard against the toll" (not "campaigned in
    # Lundby", "campaigned for a seat")
    "campaign_next": r"\s+(?:[a-z]+ly\s+|hard\s+)?against\b",
    # what a speaker's remarks turn to: "Roe focused on the toll", "Roe mainly focuses upon"
    "focus_next": r"\s+(?:[a-z]+ly\s+)?(?:on|upon)\b",
    # a matter taken up, not listeners spoken to: "Roe addressed the concerns of the pilots"
    # (not "addressed the crowd", "addressed a letter")
    "matter_next": r"\s+(?:the|a|an|his|her|their|its|this|that|these|those)\s+(?:[\w-]+\s+)?"
    r"(?:fact|issues?|questions?|controvers(?:y|ies)|concerns?|topics?|matters?|subject|"
    r"criticisms?|allegations?|reports?|claims?|rumou?rs?|hypothetical|comments?|remarks?|"
    r"dispute|accusations?)\b",
    # a negation before the form: "has not yet addressed", "never directly addresses"
    "not_before": r"(?:\bnot|\bnever|n't|n’t)\s+(?:(?:[a-z]+ly|yet|even|ever)\s+)?$",
    # a name that is the object of a preposition or participle, no subject: "in Hale", "and Roe"
    "object_before": r"\b(?:in|at|of|with|from|between|and|surrounding|about|over|on|for|to|"
    r"by)\s+(?:[A-Z][\w'’.-]*\s+){0,3}$",
}


@cache
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(_SOURCES[name])


def verdict(text: str, m: re.Match[str], lo: int, prev: re.Match[str] | None) -> bool | None:
    """For a form of FORMS at m.group(1): False when it is no cue, True when it is one whatever
    its subject ("lawmakers this week passed a bill"), None when the subject before it decides.
    `prev` is the word before the form (and its auxiliary or adverb), if any."""
    verb, end = m.group(1), m.end()
    if verb == "vote":  # "Doe would vote for the toll", not "the vote", "cannot vote"
        if prev is None or prev.group(1).lower() not in ("would", "will"):
            return False
        return None if _pattern("vote_next").match(text, end) else False
    if verb == "voted":
        if not _pattern("voted_next").match(text, end):
            return False  # "voted in the school hall"
        if _pattern("state_before").search(text, max(lo, m.start() - 30), m.start()):
            return False  # "Nevada voted for …": a state's result
        if _pattern("body_before").search(text, max(lo, m.start() - 40), m.start()):
            return True  # "The harbour council voted to close the pier"
        return None
    if verb == "passed":
        if not _pattern("passed_next").match(text, end):
            return False  # "passed three safety checks", "passed on a chance"
        if _pattern("body_before").search(text, max(lo, m.start() - 40), m.start()):
            return True  # "The island assembly passed a bill"
        return None
    if verb.startswith("campaign"):
        return None if against(text, end) else False
    if not _pattern("focus_next").match(text, end):
        return False  # "a focused plan"
    if prev and _pattern("object_before").search(text, max(lo, prev.start() - 40), prev.start()):
        return False  # "a talk in Lundby focused on", "debates between Roe and Hale have focused"
    return None


def against(text: str, end: int) -> bool:
    """'against' (an adverb before it) after a form of 'campaign' ending at `end`."""
    return bool(_pattern("campaign_next").match(text, end))


def matter_addressed(text: str, start: int, end: int, lo: int) -> bool:
    """A form of ADDRESS_FORMS at text[start:end] takes up a matter the subject speaks to
    ("Roe also addressed the fact that …", "The survey addresses a question …"), not listeners
    ("addressed the crowd") nor after a negation ("has not yet addressed the concerns")."""
    if not _pattern("matter_next").match(text, end):
        return False
    return not _pattern("not_before").search(text, max(lo, start - 24), start)
