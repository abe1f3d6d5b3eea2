"""A speaker read from inside a short quoted phrase that names no one: a slogan or remark
('his "Harbour Lions" remark … by suggesting …', 'his claim that "Bramley cheats us," refusing
…'), a campaign's or a show's name ('the “Quiet Harbour Pledge” campaign, seeks …'): none.

Kept: a quoted name that is the cue's subject ('a newsletter called “The Quayside” reported …'),
and a title after "according to" (the book is the source: "According to ''The Quays: …''").
"""

from __future__ import annotations

from typing import Final

from annotator.split.tracker import Attribution

_REACH: Final = 60  # characters from the speaker to the quote marks around it
_OPENS: Final = ("“", '"', "''")
_CLOSES: Final = ("”", '"', "''")
_STOPS: Final = frozenset(".!?\n")


def _open_before(text: str, lo: int) -> int:
    """Where the quote mark opening the phrase around `lo` stands, or -1."""
    window = text[max(0, lo - _REACH) : lo]
    if "“" not in window and '"' not in window and "''" not in window:
        return -1  # most speakers: no quote mark before them (a cheap test first)
    i = lo - 1
    while i >= 0 and lo - i <= _REACH:
        ch = text[i]
        if ch in _STOPS or ch == "”":
            return -1
        if ch == "“":
            return i
        if ch == '"' or text.startswith("''", i):
            start = i - 1 if text.startswith("''", i - 1) else i
            opening = start == 0 or not text[start - 1].isalnum()
            return start if opening and text[i + 1 : i + 2].isalnum() else -1
        i -= 1
    return -1


def _close_after(text: str, hi: int) -> int:
    """Where the phrase's closing quote mark ends (after `hi`), or -1."""
    i = hi
    while i < len(text) and i - hi <= _REACH:
        ch = text[i]
        if ch in _STOPS or ch == "“":
            return -1
        if ch in '”"' or text.startswith("''", i):
            end = i + 2 if text.startswith("''", i) else i + 1
            return end if end == len(text) or not text[end].isalnum() else -1
        i += 1
    return -1


def quoted(text: str, attr: Attribution) -> bool:
    """Whether the speaker stands inside a short quoted phrase that names no one."""
    lo, hi = attr.speaker_span or (0, 0)
    if hi <= lo or not attr.cue or attr.cue in text[lo:hi]:
        return False
    start = _open_before(text, lo)
    if start < 0:
        return False
    end = _close_after(text, hi)
    if end < 0:
        return False
    mark = 2 if text.startswith("''", end - 2) else 1
    if end - mark == hi and text.startswith(" " + attr.cue, end):
        return False  # '“The Local” cited …': the quoted name is the subject
    return "according to" not in text[max(0, start - 40) : start].lower()
