"""A speaker cut short after an adjective that needs its complement ("a pilot close", "one
skipper familiar", read from "said a pilot close to the mayor."): the complement is the
speaker's too ("pilot close to the mayor"), up to the punctuation, "who" or verb that ends it;
when none comes within a few words, the adjective is cut ("pilot").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from annotator.split.tracker import Attribution

# an adjective that asks for its complement, and the preposition that opens it
_NEEDS = {"close": "to", "familiar": "with", "knowledgeable": "about", "aware": "of"}
_ENDS = tuple(" " + word for word in _NEEDS)


@cache
def _complement() -> re.Pattern[str]:
    """The words of a complement after its preposition, up to what ends the phrase."""
    return re.compile(
        r" ([^,.;:!?\"“”()\[\]\n]{1,60}?)"
        r"(?=[,.;:!?\"“”()\[\]\n]| (?:who|which|that|said|says|told|and|but|is|was|has|had)\b)"
    )


def checked(text: str, attr: Attribution) -> Attribution:
    """`attr` with a speaker that ends in such an adjective made whole or cut (see the module
    doc); else `attr` as it is."""
    speaker = attr.speaker or ""
    if not speaker.endswith(_ENDS):
        return attr
    lo, hi = attr.speaker_span or (0, 0)
    last = speaker.rsplit(" ", 1)[1]
    if hi <= lo or not text.endswith(last, lo, hi):
        return attr  # a speaker read from elsewhere: its span is not these words
    prep = " " + _NEEDS[last]
    if text.startswith(prep, hi):
        found = _complement().match(text, hi + len(prep))
        if found:
            whole = f"{speaker}{prep} {found.group(1)}"
            return replace(attr, speaker=whole, speaker_span=(lo, found.end(1)))
    head = speaker[: -len(last) - 1]
    return replace(attr, speaker=head, speaker_span=(lo, hi - len(last) - 1))
