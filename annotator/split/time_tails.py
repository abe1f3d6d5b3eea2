"""A time phrase between a subject and its cue ("Doe on Tuesday said", "The council last
March announced", "X this past week announced", "X less than three days ago said"): where it
starts, so that the subject ends before it."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.lexicon import WEEKDAYS
from annotator.split.name_homographs import named_month
from annotator.split.textscan import may_end_with_time

_TIME_TAIL: Final = re.compile(
    r"(?:\s+(?:on|last|this\s+past|the\s+past|this|next|early|late|earlier|in|am|au|le|el|в)?\s*"
    r"(?:(?i:"
    + "|".join(sorted(sorted(WEEKDAYS), key=len, reverse=True))
    + r")|\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{4}))+$"
)

# a span of time: "less than three days ago", "a few days ago", "two summers ago", "two
# elections ago"; counted (`_SPAN_TAIL`) before "later"/"earlier", which `ADVERB_BEFORE_VERB`
# has cut already ("X two years later said"; not "the 2024 election later said": no digits)
_COUNT: Final = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|several|a\s+few|few|a\s+couple\s+of|a\s+dozen)\s+"
)
_UNIT: Final = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|"
    r"centur(?:y|ies)|summers?|winters?|springs?|autumns?|seasons?|terms?|elections?|"
    r"(?i:mon|tues|wednes|thurs|fri|satur|sun)days?)"
)
_ABOUT: Final = r"\s+(?:(?:less|more)\s+than\s+|nearly\s+|almost\s+|about\s+|just\s+|only\s+)?"
_AGO_TAIL: Final = re.compile(_ABOUT + "(?:" + _COUNT + r"|\d+\s+)?" + _UNIT + r"\s+ago$")
_SPAN_TAIL: Final = re.compile(_ABOUT + _COUNT + _UNIT + "$")


def time_start(text: str, lo: int, end: int) -> int | None:
    """Where a time phrase that ends text[lo:end] starts, when it is not all of it and no month
    that is part of a name ("Theresa May"); else None."""
    t = _TIME_TAIL.search(text, max(lo, end - 60), end) if may_end_with_time(text, end) else None
    if t is None and text.endswith("ago", lo, end):
        t = _AGO_TAIL.search(text, max(lo, end - 60), end)  # "X less than three days ago said"
    elif t is None and text.startswith((" later", " earlier"), end):
        t = _SPAN_TAIL.search(text, max(lo, end - 60), end)  # "X two years later said"
    if t and t.start() > lo and not named_month(text, lo, t.start(), end):
        return t.start()
    return None
