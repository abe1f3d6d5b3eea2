"""A time phrase between a subject and its cue ("Doe on Tuesday said", "The council last
March announced"): where it starts, so that the subject ends before it."""

from __future__ import annotations

import re

from annotator.split.lexicon import WEEKDAYS
from annotator.split.name_homographs import named_month
from annotator.split.textscan import may_end_with_time

_TIME_TAIL = re.compile(
    r"(?:\s+(?:on|last|this|next|early|late|earlier|in|am|au|le|el|в)?\s*"
    r"(?:(?i:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")|\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{4}))+$"
)


def time_start(text: str, lo: int, end: int) -> int | None:
    """Where a time phrase that ends text[lo:end] starts, when it is not all of it and no month
    that is part of a name ("Theresa May"); else None."""
    t = _TIME_TAIL.search(text, max(lo, end - 60), end) if may_end_with_time(text, end) else None
    if t and t.start() > lo and not named_month(text, lo, t.start(), end):
        return t.start()
    return None
