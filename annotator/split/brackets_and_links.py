"""Where a candidate sentence end stands in a link, an e-mail or an open bracket: a period glued
to the next word ("world.Today", not "www.x.org" nor a day's "20.April"), a URL line after a
sentence, a mark inside a bracket that closes later, and a bracket that holds a whole sentence
("(Laughter.) The")."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

_LETTERS: Final = re.compile(r"[A-Za-z]*")
_DOMAINS: Final = frozenset("com net org gov edu info biz".split())
_MONTH: Final = re.compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)\b"
)


def glued_ok(seg: str, dot: int) -> bool:
    """A period glued to the next word ("world.Today") ends a sentence unless in a URL/e-mail."""
    lo = dot - 200 if dot > 200 else 0  # a token over 200 characters is cut there (linear time)
    ws = seg.rfind(" ", lo, dot) + 1
    ws = ws if ws > lo else lo
    we = seg.find(" ", dot, dot + 200)
    token = seg[ws : we if we >= 0 else dot + 200]  # a slice stops at the end anyway
    if "@" in token or "/" in token or "www" in token.lower():
        return False
    if _LETTERS.match(seg, dot + 1, dot + 8).group().lower() in _DOMAINS:  # type: ignore[union-attr]
        return False  # "Newsfeed.Com"
    before = seg[ws:dot]
    if before.isdigit() and len(before) <= 2 and _MONTH.match(seg, dot + 1):
        return False  # "am 20.April": an ordinal day glued to its month
    return len(before) >= 2 and (before[-1].islower() or before[-1].isdigit())


def link_line(seg: str, j: int) -> bool:
    """A URL starts at j and does not end with a period: a line of its own, not the citation
    that closes the sentence before it ('… a close." http://nyti.ms/1U0Xvbm.')."""
    if not seg.startswith(("http://", "https://", "www."), j):
        return False
    k = j
    while k < len(seg) and not seg[k].isspace():
        k += 1
    return seg[k - 1] != "."


def inside_brackets(seg: str, i: int, openers: list[int]) -> bool:
    """True when position i sits inside a ( or [ opened on this line and closed later;
    `openers`: the offsets of the '(' and '[' of `seg` (`part_marks.positions`), looked up
    instead of scanned back for."""
    k = bisect_left(openers, i)
    opened = openers[k - 1] if k else -1  # the last '(' or '[' before i
    lo = i - 300 if i > 300 else 0  # `max(i - 300, 0)` without a call (every candidate)
    if opened < lo:
        return False
    newline = seg.rfind("\n", lo, i)
    if newline >= 0:
        lo = newline + 1
    if opened < lo or seg.find(")", opened, i) >= 0 or seg.find("]", opened, i) >= 0:
        return False
    if seg[opened] == "(" and opened > lo and seg[opened - 1] in ":;-":
        return False  # a frowning face ":(", ":-(", not a bracket
    close = ")" if seg[opened] == "(" else "]"
    return seg.find(close, i, i + 300) >= 0


def bracketed_sentence(seg: str, ms: int) -> bool:
    """The bracket closing after position ms holds a sentence ("(Laughter.)", "(He was not.)"),
    not a cut mark ("(...)") or an abbreviation ("(R-Fla.)", "(Calif.)")."""
    opened = max(seg.rfind("(", max(0, ms - 300), ms), seg.rfind("[", max(0, ms - 300), ms))
    inner = seg[opened + 1 : ms] if opened >= 0 else ""
    return " " in inner.strip() or (len(inner) >= 6 and inner.isalpha())
