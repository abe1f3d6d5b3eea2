"""The marks that cut a text into clause parts (`PARTS`), found once per text, read by window.

The speaker rules read the marks of many overlapping windows of one document (the words before
and after each cue, up to `speakers.SUBJECT_WINDOW` characters). `PARTS` opens one branch with a
space, so a scan of a window tries the pattern at every character; `PartMarks` finds the marks
of the whole text once instead (`str.find` for each mark character, ~6x faster than one scan),
in the order `PARTS.finditer` takes them, and answers each window from them exactly as
`PARTS.finditer(text, a, b)` would. A window whose edge cuts a spaced dash is scanned.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

_SINGLE: Final = ',;:(["“”«»„،؛'  # marks of one character (so are the dashes "–", "—" and "―")
_DASHES: Final = "-–—―"
_MARK_DASHES: Final = "–—―"  # "―" (horizontal bar) is a dash in some outlets' news text
# a comma, semicolon, colon, bracket, quote mark or dash; a hyphen or dash set off by spaces
PARTS: Final = re.compile(rf"[{re.escape(_SINGLE)}{_MARK_DASHES}]|\s[{_DASHES}]{{1,2}}\s")


def positions(text: str, chars: str) -> list[int]:
    """Where the characters of `chars` stand in `text`, in order."""
    found: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            found.append(i)
            i = text.find(ch, i + 1)
    found.sort()
    return found


def _marks(text: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of the matches of `PARTS.finditer(text)`, in order. A character of
    `_SINGLE` is always a mark of its own (a spaced dash holds only spaces and dashes); each
    dash is read as the scan reads it: after a space no mark has taken, the start of " - " or
    " -- " (two dashes first: the pattern is greedy), else "–" or "—" alone."""
    starts = positions(text, _SINGLE)
    ends = [s + 1 for s in starts]
    n = len(text)
    taken = 0  # where the last mark around a dash ends
    for q in positions(text, _DASHES):
        if q < taken:
            continue  # the second dash of a spaced "--"
        a, b = q, q + 1
        if q > taken and text[q - 1].isspace():
            if q + 2 < n and text[q + 1] in _DASHES and text[q + 2].isspace():
                a, b = q - 1, q + 3
            elif q + 1 < n and text[q + 1].isspace():
                a, b = q - 1, q + 2
            elif text[q] not in _MARK_DASHES:
                continue
        elif text[q] not in _MARK_DASHES:
            continue  # a hyphen inside a word
        taken = b
        i = bisect_left(starts, a)
        starts.insert(i, a)
        ends.insert(i, b)
    return starts, ends


class PartMarks:
    """The `PARTS` marks of the last text asked about (a document is read sentence by sentence,
    cue by cue: it stays the same text for many windows)."""

    def __init__(self) -> None:
        self.text = ""
        self.starts: list[int] = []
        self.ends: list[int] = []

    def _window(self, text: str, a: int, b: int) -> tuple[int, int] | None:
        """The indexes of the marks inside text[a:b], or None when a mark crosses its edge."""
        if text is not self.text:
            self.text = text
            self.starts, self.ends = _marks(text)
        i = bisect_right(self.ends, a)  # the first mark that ends after `a`
        j = bisect_left(self.starts, b)  # the first mark that starts at `b` or later
        if (i < len(self.starts) and self.starts[i] < a) or (j and self.ends[j - 1] > b):
            return None
        return i, j

    def ends_in(self, text: str, a: int, b: int) -> list[int]:
        """`[m.end() for m in PARTS.finditer(text, a, b)]`."""
        window = self._window(text, a, b)
        if window is None:
            return [m.end() for m in PARTS.finditer(text, a, b)]
        return self.ends[window[0] : window[1]]

    def first_in(self, text: str, a: int, b: int) -> int | None:
        """The start of `PARTS.search(text, a, b)`, None when it finds nothing."""
        window = self._window(text, a, b)
        if window is None:
            m = PARTS.search(text, a, b)
            return m.start() if m else None
        i, j = window
        return self.starts[i] if i < j else None


PART_MARKS: Final = PartMarks()
