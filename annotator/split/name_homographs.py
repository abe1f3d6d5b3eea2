"""Names that read as a modal or a month: "Will described the plan", "Theresa May said", "Li
Jun wrote".

A capitalised "Will", "May", "Jun" or "Jan" names someone right before the verb of a subject (a
modal never comes before "described" or "said") and after a name word or title ("Theresa May",
"Mrs. May"); after "last", "in" or a weekday it stays a date, and so does "Jun." with its dot.
"""

from __future__ import annotations

import re
from typing import Final

_NAME_HOMOGRAPHS: Final = frozenset(("will", "may", "jun", "jan"))
# words before a month that make it a date: "last May", "Since May", "Monday, Jan"
_BEFORE_DATE: Final = frozenset(
    """last this next early late mid since until by in on monday tuesday wednesday thursday
    friday saturday sunday""".split()
)
_LAST_WORD: Final = re.compile(r"(\S+)\s*$")


def name_homograph(word: str, before: str) -> bool:
    """`word` is a capitalised "Will", "May", "Jun" or "Jan" that names someone: after a capitalised word
    (`before`) that is no date word, or alone (`before` empty: a verb follows it)."""
    if word[:1] not in ("W", "M", "J") or word.strip(".,").lower() not in _NAME_HOMOGRAPHS:
        return False
    if word[:1] == "J" and word.rstrip(",").endswith("."):
        return False  # "Jun.", "Jan.": the month's abbreviation
    return not before or before[:1].isupper() and before.strip(".,").lower() not in _BEFORE_DATE


def homograph_at(text: str, words: list[tuple[int, int]], k: int) -> bool:
    """The word span words[k] is a "Will" or "May" that names someone: the last word, right
    before the verb ("Will described"), or after a capitalised word ("Theresa May")."""
    last = k == len(words) - 1
    if not last and k == 0:
        return False
    before = "" if last else text[slice(*words[k - 1])]
    return name_homograph(text[slice(*words[k])], before)


def named_month(text: str, lo: int, start: int, end: int) -> bool:
    """The time tail text[start:end] (not before `lo`) is a name's last word: "Theresa May"."""
    before = _LAST_WORD.search(text, max(lo, start - 40), start)
    return before is not None and name_homograph(text[start:end].strip(), before.group(1))
