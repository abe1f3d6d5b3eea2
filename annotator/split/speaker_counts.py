"""A speaker phrase cut inside the number that counts its people, made whole:

- a share cut before "in" or "out of" ("Six", read from "Six in 10 say …"): the whole share;
- a share cut after "in" or "out of" ("10 Harbour voters", read from "Seven in 10 Harbour
  voters say …"): the share and a hedge before it ("Nearly seven in 10 Harbour voters");
- a number cut at its thousands comma ("000 people", read from "21,000 people supported …"):
  the whole number;
- a share cut from its number ("percent of skippers in the latest poll", read from "64 percent of
  voters …"): with the number;
- "those over" or "those under" cut before an age ("most of those over", read from "with most
  of those over 50 supporting …"): with the age.

A phrase whose span is not its own words (a speaker carried on from before) is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Final

from annotator.split.tracker import Attribution

_NUMBERS: Final = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred""".split()
)
_AGE_ENDS: Final = (" over", " under")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled at the first speaker that needs them."""
    hedge = (
        r"(?:(?:about|nearly|almost|roughly|around|only|just|some|(?:more|fewer|less) than)\s+)?"
    )
    # "Seven in ", "nearly 4 out of " right before the speaker
    share = re.compile(rf"(?<![\w,.-])({hedge}([A-Za-z]+|\d+)\s+(?:in|out\s+of)\s+)$", re.I)
    # "21," glued to the speaker's "000"
    thousands = re.compile(r"(?<![\w,.])\d{1,3}(?:,\d{3})*,$")
    # the number before "percent": digits or a number word ("Seventy-four")
    number = re.compile(r"(?<![\w,.-])(\d[\d.,]*|[A-Za-z]+(?:-[A-Za-z]+)?)\s+$")
    age = re.compile(r" (\d{2})\b(?![,.]?\d)")
    # " in 10", " out of four" right after a lone number word
    whole = re.compile(r" (?:in|out of) (?:\d+|[a-z]+)\b(?![,.]?\d)")
    return share, thousands, number, age, whole


def _number_word(word: str) -> bool:
    return word.isdigit() or all(part in _NUMBERS for part in word.lower().split("-"))


def checked(text: str, attr: Attribution) -> Attribution:
    """`attr` with its speaker made whole when a number was cut from it (see the module doc);
    else `attr` as it is."""
    speaker = attr.speaker or ""
    first = speaker[:1]
    alone = " " not in speaker and speaker.lower() in _NUMBERS
    if not (first.isdigit() or alone or speaker.startswith("percent")):
        if not speaker.endswith(_AGE_ENDS):
            return attr
    lo, hi = attr.speaker_span or (0, 0)
    if hi <= lo or not text.startswith(speaker.split(" ", 1)[0], lo):
        return attr  # a speaker read from elsewhere: its span is not these words
    share, thousands, number, age, of_ten = _patterns()
    before = text[max(0, lo - 40) : lo]
    if alone or speaker.endswith(_AGE_ENDS):
        found = (of_ten if alone else age).match(text, hi)
        if found is None or alone and not _number_word(found.group().rsplit(" ", 1)[1]):
            return attr
        return replace(attr, speaker=speaker + found.group(), speaker_span=(lo, found.end()))
    if first.isdigit():
        found = thousands.search(before)
        if found is None:
            found = share.search(before)
            if found is None or not _number_word(found.group(2)):
                return attr
    else:
        found = number.search(before)
        if found is None or not _number_word(found.group(1).rstrip(".,").replace(",", "")):
            return attr
    head = found.group().rstrip()
    glued = found.group().endswith(",")
    start = lo - len(before) + found.start()
    whole = head + ("" if glued else " ") + speaker
    return replace(attr, speaker=whole, speaker_span=(start, hi))
