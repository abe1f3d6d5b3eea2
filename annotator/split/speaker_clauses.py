"""Speaker strings that are pieces of a clause, not a noun phrase (a last look after
`speaker_sanity`):

- a speaker that starts inside a bracket ("R-Va.) both", "then deputy mayor) heaps"): the name
  right before the bracket ("Tom Greer (R-Va.) both said" -> Tom Greer), else none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from annotator.split import lexicon
from annotator.split.tracker import Attribution


@cache
def _name_end() -> re.Pattern[str]:
    """Capitalised words that end right before a bracket ("Chairman Tom Greer (")."""
    return re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*$")


# words before a name that are no part of it ("Chairman", "Sen.", "Chief of Staff")
_TITLES = lexicon.TITLES | lexicon.ROLE_WORDS | {"staff"}


def _before_bracket(text: str, attr: Attribution) -> Attribution:
    """ "Tom Greer (R-Va.) both said": the name before the bracket the speaker starts in, its
    titles cut ("Chairman Tom Greer"); none when no capitalised word stands there."""
    lo = (attr.speaker_span or (0, 0))[0]
    bracket = text.rfind("(", max(0, lo - 80), lo)
    name = _name_end().search(text, max(0, bracket - 80), bracket) if bracket > 0 else None
    if name is None:
        return Attribution()
    words = list(re.finditer(r"\S+", name.group()))[-3:]  # "… Committee Chairman Tom Greer"
    while len(words) > 1 and words[0].group().lower().rstrip(".") in _TITLES:
        words = words[1:]
    a, b = name.start() + words[0].start(), name.start() + words[-1].end()
    return replace(attr, speaker=text[a:b], speaker_span=(a, b))


def checked(text: str, attr: Attribution) -> Attribution:
    """`attr` with a speaker that is a clause piece made a name, or dropped."""
    speaker = attr.speaker or ""
    if ")" in speaker and "(" not in speaker:
        return _before_bracket(text, attr)
    return attr
