"""The quote marks of a text (`QUOTE_CHARS`), found once per text, read by window.

`quotes.quote_spans` reads the marks of each block of a document and again of each quoted
sentence (`quote_units`). `QuoteMarks` finds the marks of the whole text once (`str.find` for
each mark character, ~4x faster than one scan of the pattern) in the order
`QUOTE_CHARS.finditer` takes them, and answers each window from them exactly as
`QUOTE_CHARS.finditer(text, a, b)` would. A window whose edge cuts a run of '' or `` is scanned.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from annotator.split.part_marks import positions

# `''|``|["“”„«»‹›‘’‚']`, written to start with one character class (the scan jumps from mark
# to mark instead of trying three alternatives at every position): '' or ', `` or nothing
QUOTE_CHARS: Final = re.compile(r"[\"“”„«»‹›‘’‚'`](?:(?<=')'?|(?<=`)`|(?<=[\"“”„«»‹›‘’‚]))")
_CHARS: Final = "\"“”„«»‹›‘’‚'`"
_DOUBLED: Final = "'`"  # marks read two at a time: '' (or ' alone) and `` (` alone is no mark)


def _marks(text: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of the matches of `QUOTE_CHARS.finditer(text)`, in order: a run of
    apostrophes or backquotes is read in pairs from its start, as the scan reads it."""
    starts: list[int] = []
    ends: list[int] = []
    n = len(text)
    taken = 0  # where the last mark ends
    for q in positions(text, _CHARS):
        if q < taken:
            continue  # the second mark of a pair
        ch = text[q]
        if ch in _DOUBLED and q + 1 < n and text[q + 1] == ch:
            starts.append(q)
            ends.append(q + 2)
            taken = q + 2
        elif ch != "`":
            starts.append(q)
            ends.append(q + 1)
            taken = q + 1
    return starts, ends


class QuoteMarks:
    """The `QUOTE_CHARS` marks of the last text asked about (a document is read block by
    block, sentence by sentence: it stays the same text for many windows)."""

    def __init__(self) -> None:
        self.text = ""
        self.starts: list[int] = []
        self.ends: list[int] = []

    def spans_in(self, text: str, a: int, b: int) -> list[tuple[int, int]]:
        """`[m.span() for m in QUOTE_CHARS.finditer(text, a, b)]`."""
        if 0 < a < len(text) and text[a] in _DOUBLED and text[a - 1] == text[a]:
            return [m.span() for m in QUOTE_CHARS.finditer(text, a, b)]  # a run cut at `a`
        if text is not self.text:
            self.text = text
            self.starts, self.ends = _marks(text)
        i = bisect_left(self.starts, a)
        j = bisect_left(self.starts, b)
        if j and self.ends[j - 1] > b:  # a pair cut at `b`
            return [m.span() for m in QUOTE_CHARS.finditer(text, a, b)]
        return list(zip(self.starts[i:j], self.ends[i:j], strict=True))


QUOTE_MARKS: Final = QuoteMarks()
