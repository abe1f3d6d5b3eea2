"""A pronoun that opens the reported clause of an earlier cue ('Trump said he wants "…"',
'The mayor told reporters that she plans "…"') is no speaker of its own: the earlier cue's
named subject speaks the quote."""

from __future__ import annotations

import re

from annotator.split import lexicon
from annotator.split.speakers import is_speaker_phrase, subject_before

_BOUND = frozenset(("he", "she", "they"))
# what may stand between the earlier cue and the pronoun: "that", an addressee ("told Fox")
_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:(?:[A-Z][\w.'’-]*\s+){0,3}|reporters\s+)?(?:that\s+)?$")


def outer_speaker(
    text: str, lo: int, cues: list[re.Match[str]], span: tuple[int, int] | None
) -> tuple[tuple[int, int], re.Match[str]] | None:
    """The named subject and cue of the cue right before the pronoun `span` opens its
    reported clause, or None (`cues`: the cue forms before the pronoun's own, in order)."""
    if span is None or text[span[0] : span[1]].lower() not in _BOUND:
        return None
    for m in reversed(cues):
        if m.end() > span[0]:
            continue
        if not _BETWEEN.fullmatch(text, m.end(), span[0]):
            return None
        outer = subject_before(text, lo, m.start())
        if outer is None:
            return None
        phrase = text[outer[0] : outer[1]]
        if phrase.lower() in lexicon.PRONOUNS or not is_speaker_phrase(phrase):
            return None
        return outer, m
    return None
