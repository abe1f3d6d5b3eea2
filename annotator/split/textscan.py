"""Cheap, exact stand-ins for case-insensitive regular-expression scans on hot paths.

`re.IGNORECASE` compares characters by their simple lower case, plus a few letters it folds to
another one ("ı" ~ "i", "ſ" ~ "s", "ᲂ" ~ "о", "ς" ~ "σ"; Python's `re._casefix` lists them);
"İ" lower-cases to two characters. Text holding none of `CASE_ODD` matches a literal
case-insensitively exactly when its `str.lower()` contains the lower-cased literal; with one of
them the callers run the regular expression itself.

`KeyIndex` answers many substring tests on windows of one text (a document's sentences) at once.
"""

from __future__ import annotations

from bisect import bisect_left

from annotator.split.lexicon import WEEKDAYS

CASE_ODD = frozenset(
    "µİıſ\u0345\u0390\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
    "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ufb05\ufb06"
)
_TIME_WORDS = tuple(sorted(w.lower() for w in WEEKDAYS))
_TIME_WORD_MAX = max(map(len, _TIME_WORDS))
_ORDINALS = ("st", "nd", "rd", "th")


def may_end_with_time(text: str, end: int) -> bool:
    """False only when text[:end] cannot end with a time word of `lexicon.WEEKDAYS` (any case),
    a digit or a digit with "st", "nd", "rd", "th": then `speakers._TIME_TAIL`, which must end
    with one of those, finds nothing ending at `end`."""
    if end and text[end - 1] == "\n":
        end -= 1  # `$` matches before a final newline too
    tail = text[max(0, end - _TIME_WORD_MAX) : end]
    if not tail:
        return False
    if tail[-1].isdecimal():  # `\d` is a Unicode decimal digit
        return True
    if len(tail) >= 3 and tail[-2:] in _ORDINALS and tail[-3].isdecimal():
        return True
    return not CASE_ODD.isdisjoint(tail) or tail.lower().endswith(_TIME_WORDS)


class KeyIndex:
    """Does text[a:b].lower() hold one of `keys` (lower case)? For many windows of one long
    text, answered from where the keys occur in the lower-cased text, found once. A text
    holding one of `CASE_ODD` gets None (the caller tests the window itself): in any other
    text every character lower-cases to one, so the windows of `text.lower()` are the
    lower-cased windows (a final sigma aside, which no key holds)."""

    def __init__(self, keys: tuple[str, ...], min_text: int = 1000) -> None:
        if any("σ" in k or "ς" in k for k in keys):
            raise ValueError("a key holds a sigma, whose lower case depends on the context")
        self.keys = keys
        self.min_text = min_text
        self._text: str | None = None
        self._spans: list[tuple[int, int]] | None = None

    def holds(self, text: str, a: int, b: int) -> bool | None:
        if len(text) < self.min_text or a < 0:
            return None
        if text is not self._text:
            self._text = text
            self._spans = self._occurrences(text) if CASE_ODD.isdisjoint(text) else None
        spans = self._spans
        if spans is None:
            return None
        i = bisect_left(spans, (a, 0))
        while i < len(spans) and spans[i][0] < b:
            if spans[i][1] <= b:
                return True
            i += 1
        return False

    def _occurrences(self, text: str) -> list[tuple[int, int]]:
        low = text.lower()
        spans = []
        for key in self.keys:
            i = low.find(key)
            while i >= 0:
                spans.append((i, i + len(key)))
                i = low.find(key, i + 1)
        spans.sort()
        return spans
