"""Subjects inside relative clauses: a pronoun opening an object relative clause ("the book
she wrote") and a name inside a "who" clause ("Officials who spoke with the Post said …")
speak for no cue of the main clause."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon

# a pronoun right after a noun phrase opens an object relative clause ("the book she wrote")
_NOUN_BEFORE: Final = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our)\s+(?:[a-z]+\s+)?(?!(?:that|which|who)\s)[a-z]{3,}\s+$"
)


def object_relative(text: str, s: int, span: tuple[int, int]) -> bool:
    """The cue's subject is a pronoun that opens an object relative clause: "the teams
    they were backing", "the club they side with"."""
    if text[span[0] : span[1]].lower() not in ("he", "she", "they"):
        return False
    return bool(_NOUN_BEFORE.search(text, (span[0] - 40 if span[0] - 40 > s else s), span[0]))


# "who" (no comma after it) before a phrase: the phrase sits inside a relative clause
_WHO_BEFORE: Final = re.compile(r"\b(?:who|whose)(?:['’](?:d|s|ve|ll|re))?\s(?=[^,;:()“”\"]*$)")


def in_relative(text: str, s: int, span: tuple[int, int]) -> bool:
    """ "Officials who spoke with the Post said …": the name before the cue ("the Post") is
    inside a relative clause; the clause's subject ("Officials") speaks."""
    who = _WHO_BEFORE.search(text, (span[0] - 100 if span[0] - 100 > s else s), span[0])
    between = text[who.end() if who else span[0] : span[0]].split()
    # "a trader who EU officials say …": the phrase is the relative clause's own subject
    return any(w.islower() and w not in lexicon.ARTICLES for w in between)
