"""A pronoun that opens the reported clause of an earlier cue ('Trump said he wants "…"',
'The mayor told reporters that she plans "…"') is no speaker of its own: the earlier cue's
named subject speaks the quote. So is a name that opens the clause reported by a verb of
saying ('Rep. Doe said Smith called the bill "a disgrace"': Doe reports Smith's words), also
through cues of another kind in that clause ('Doe said the marks suggested the thieves sought
"copper"', 'Doe said, noting that donors feel "…"': Doe)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon
from annotator.split.speakers import is_speaker_phrase, subject_before

_BOUND: Final = frozenset(("he", "she", "they"))
# what may stand between the earlier cue and the pronoun: "that", an addressee ("told Fox")
_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:(?:[A-Z][\w.'’-]*\s+){0,3}|reporters\s+)?(?:that\s+)?$")
# verbs of saying whose reported clause may open with a name that has a cue of its own
_REPORTING: Final = frozenset(
    "said says say added argued insisted noted stated explained wrote told tells".split()
)
_THAT: Final = re.compile(r"\s*(?:that\s+)?$")
_INSIDE: Final = re.compile(r"[^;:.!?“\"”]*")


def outer_speaker(
    text: str, lo: int, cues: list[re.Match[str]], span: tuple[int, int] | None
) -> tuple[tuple[int, int], re.Match[str]] | None:
    """The named subject and cue of the cue right before the pronoun `span` opens its
    reported clause, or None (`cues`: the cue forms before the pronoun's own, in order)."""
    if span is None:
        return None
    bound = text[span[0] : span[1]].lower() in _BOUND
    for m in reversed(cues):
        if m.end() > span[0]:
            continue
        if bound and not _BETWEEN.fullmatch(text, m.end(), span[0]):
            return None
        if not bound and not _INSIDE.fullmatch(text, m.end(), span[0]):
            return None
        if not bound and m.group(1) not in _REPORTING:
            continue  # "the marks suggested": a verb of saying before it may report it all
        outer = subject_before(text, lo, m.start())
        if outer is None:
            return None
        phrase = text[outer[0] : outer[1]]
        if phrase.lower() in lexicon.PRONOUNS or not is_speaker_phrase(phrase):
            return None
        return outer, m
    return None
