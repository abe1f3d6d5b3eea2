"""Passive cues and their agents: "was criticized by X", "was sharply criticized on Friday by
X", "was attacked on the toll by X", "as reported by X"; a reduced passive that modifies a noun
names its agent only for a stand taken ("a measure, opposed by unions, …"), not for other verbs
("a plan announced by X"). "drew criticism from X" names its critic the same way."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.cue_auxiliaries import passive_before
from annotator.split.cues import _AS_LATER, _VIEW_AS
from annotator.split.speakers import is_speaker_phrase, subject_after

# "as reported by X", "…, first reported by X,", "was first reported by X": a report's source
_AS_REPORTED: Final = re.compile(
    r"(?:\b[Aa]s|,|\b(?:was|were|is|been))\s+(?:(?:first|originally|initially)\s+)?$"
)

# "by" right after the participle, or after an adverb, a day or a short phrase of "on/about/over/
# for/to/in" ("criticized on Friday by X", "attacked on the toll by X", "described to him by X")
_BY_WHOM: Final = re.compile(
    r"\s+(?:(?:publicly|sharply|widely|strongly|roundly|repeatedly|also)\s+)?"
    r"(?:(?P<prep>on|about|over|for|to|in)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"(?:[\w'’-]+\s+){1,4}?(?=by\s))?"
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|"
    r"(?:last|this)\s+(?:week|month|year)\s+|(?:earlier|today|yesterday)\s+)?by\s+"
)


# participles whose "by" phrase is a cause or a maker rather than a speaker
_NOT_BY_A_SPEAKER: Final = frozenset(
    """continued decided maintained explained claimed offered identified published nominated
    determined considered expected followed""".split()
)


# participles of a stand taken on the noun they modify: "a bill, opposed by the unions, …"
_STANDS: Final = frozenset(
    """opposed denounced accused encouraged criticized criticised condemned praised endorsed
    rejected disputed questioned supported backed favored favoured urged demanded proposed
    decried""".split()
)
# a noun and a comma or an adverb right before the participle
_REDUCED: Final = re.compile(r"[a-z]\s*,\s+(?:[a-z]+ly\s+)?$|\b[a-z]{3,}\s+(?:[a-z]+ly\s+)?$")


def passive_agent(text: str, m: re.Match[str], hi: int) -> int | None:
    """Where the agent starts in "was criticized by X", "a measure opposed by unions"."""
    verb = m.group(1).lower()
    if not (verb.endswith("ed") or verb in ("told", "seen")) or verb in _NOT_BY_A_SPEAKER:
        return None
    if verb in _VIEW_AS and not _AS_LATER.match(text, m.end(), hi):
        return None  # "was seen by millions", not "was seen by critics as a setback"
    lo = max(0, m.start() - 40)
    if (
        not passive_before(text, lo, m.start())
        and not (verb == "reported" and _AS_REPORTED.search(text, lo, m.start()))
        and not (verb in _STANDS and _REDUCED.search(text, lo, m.start()))
    ):
        return None  # "a plan announced by X" modifies a noun; "was rebuked by X" reports
    by = _BY_WHOM.match(text, m.end(), hi)
    if by is None or re.match(r"\w+ing\b", text[by.end() : by.end() + 30]):
        return None  # "responded by sidestepping"
    if by.group("prep") and verb == "called":
        return None  # "was called on it by X", "called to testify by": a phrasal verb
    return by.end()


# "has drawn criticism from X", "faces criticism from X that …": X criticises
_CRITICISM_FROM: Final = re.compile(r"criticism\s+(?:from|by)\s+")


def critic(text: str, s: int, e: int) -> tuple[int, int, int] | None:
    """The span of X in "… criticism from X …" and where "criticism" starts, else None."""
    if text.find("criticism", s, e) < 0:
        return None  # every match holds the word (a `str.find`): most sentences have none
    m = _CRITICISM_FROM.search(text, s, e)
    span = subject_after(text, m.end(), e) if m else None
    if m is None or span is None or not is_speaker_phrase(text[span[0] : span[1]]):
        return None
    return span[0], span[1], m.start()
