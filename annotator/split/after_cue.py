"""The English phrase right after a cue that follows a comma: an inverted role or group that
speaks ("The ferry will not run, said the mayor on Tuesday.": `_role_after`), or a thing that is
the cue's object ("…, criticized their approval of the plan": `_thing_after`)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import clauses, lexicon
from annotator.split.cues import _VERB
from annotator.split.frames import apposed_subject

_DETERMINED = re.compile(r"(?:the|a|an|his|her|its|their|one|two|three|several|many)\s", re.I)
_ENDS_CLAUSE: Final = re.compile(
    r"\s*(?:[,.;:!?]|(?:on|in|at|by|during|after|before|from|last|late|early|this)\b|$)"
)
_WHO_NEXT: Final = re.compile(r"\s+who\b")
# a counted group: "…, said a handful of captains who …", "…, said several skippers"
_COUNTED: Final = re.compile(
    r"(?:a\s+(?:handful|number|group|majority|couple|few|dozen)\s+of|several|many|some|most|"
    r"two|three|four|five|dozens\s+of)\s+[a-z]+s\b",
    re.I,
)


def _role_after(text: str, s: int, m: re.Match[str], e: int) -> tuple[int, int] | None:
    """ "The ferry will not run, said the mayor on Tuesday.": a noun phrase right after a cue
    that follows a comma, when the clause ends there (not "X, a Democrat, said the plan …")."""
    if not _VERB.fullmatch(m.group(1)):
        return None  # "…, criticized the trade": no inversion after a verb of action
    span = clauses.inverted_subject(text, m.end(), e)
    if span is None or text[m.end() : span[0]].strip() or not _DETERMINED.match(text, span[0]):
        return None
    counted = _COUNTED.match(text, span[0])
    if counted and counted.end() > span[1]:
        span = (span[0], counted.end())  # "a handful | of captains": the group speaks
    words = text[span[0] : span[1]].split()
    if lexicon.PEOPLE.isdisjoint(w.strip("'’s").lower() for w in words) and not counted:
        return None  # "…, said their stump speeches, …": a role or body speaks, not a thing
    ends = _ENDS_CLAUSE.match(text, span[1]) or counted and _WHO_NEXT.match(text, span[1])
    if not ends or apposed_subject(text, s, m.start()):
        return None
    return span


def _thing_after(text: str, span: tuple[int, int]) -> bool:
    """A phrase after a cue that opens with a possessive and names no person or body ("their
    approval of the plan"): the object, not an inverted subject ("said their spokesman")."""
    words = text[span[0] : span[1]].split()
    return (
        words[0] in ("his", "her", "its", "their", "our", "my")
        and all(w[:1].islower() for w in words)
        and lexicon.PEOPLE.isdisjoint(w.strip("'’s,").lower() for w in words)
    )
