"""Words that open an English clause part before its subject: leading conjunctions and focus
words ("And then Doe …", "Even the critics …"), adverbs and participles that name nobody
("Ultimately, …", "Walking to the car, Doe …"). `speakers.main_subject` reads past them."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.lexicon import WEEKDAYS
from annotator.split.speaker_fragments import _adverb
from annotator.split.speaker_words import (
    _DETERMINERS,
    _INNER,
    _LEADING,
    _PREPOSITIONS,
    CLAUSE_WORDS,
    _clean_word,
)

# a word of a speaker phrase; `X+` written `XX*`: a pattern that starts with a class scans fast
# from one candidate to the next
WORD: Final = re.compile(r"[^\s,;:()\[\]\"“”«»„‟‹›،؛][^\s,;:()\[\]\"“”«»„‟‹›،؛]*")
# focus words before a lower-case subject: "Even the critics, like Doe, say"
FOCUS: Final = re.compile(r"\s*(?:(?:And|As|Yet|So|Even|Only|Now|and|even|only)\s+)+(?=[a-z])")


_BY_NEXT: Final = re.compile(r"\s+(?:by|about|with|for)\b")
# a count after an -ing word makes it a participle with its object: "Rallying hundreds of …"
_COUNTS: Final = frozenset("hundreds thousands dozens millions scores tens".split())


def opens_no_subject(text: str, word: str, end: int, hi: int) -> bool:
    """A clause part that opens with an adverb or a participle names nobody ("Ultimately",
    "Walking to the car", "Hastily politicizing the news")."""
    w = _clean_word(word)
    if w in _LEADING or w in CLAUSE_WORDS or _adverb(w):
        return True
    if w.endswith("ed") and (
        _BY_NEXT.match(text, end) or len(w) >= 9 and text[end : end + 1] == ","
    ):
        return True  # "Chastened by the analyses, Doe …", "Disillusioned, Doe …"
    if not w.endswith("ing") or len(w) < 6:
        return False
    nxt = WORD.search(text, end, hi)
    if nxt is None:
        return True
    n = _clean_word(nxt.group())
    if n.endswith("ed") and w not in ("having", "being"):
        return False  # "Ebeling reminisced": a surname, then its verb ("Having voted": opener)
    if n in _COUNTS or n[:1].isdigit():
        return True  # "Rallying hundreds of workers, Doe …", "Addressing 2,000 people, Doe …"
    return n in _PREPOSITIONS or n in _DETERMINERS or n in _INNER or n.endswith(("ing", "ed"))


def past_leading(text: str, first: re.Match[str] | None, end: int) -> re.Match[str] | None:
    """The name after the words that lead into a clause ("And then Trump went …", "But Doe"),
    or `first` when another word follows them ("But the plan …") or a comma ("Still, …")."""
    word = first
    while word and _clean_word(word.group()) in _LEADING and text[word.end()] != ",":
        word = WORD.search(text, word.end(), end)
        if word is None or _clean_word(word.group()) in WEEKDAYS:
            return first
        if word.group()[0].isupper():
            return word
    return first


# a day or a month opening a clause with no comma before its subject: "On Sunday morning Doe
# made …", "In March Doe wrote …" (the words before the name)
_TIME_OPENER: Final = re.compile(
    r"(?:On|In|Early|Late|By)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+(?:morning|afternoon|evening|night))?\s+(?=[A-Z])"
)


def past_time_opener(text: str, first: re.Match[str], end: int) -> re.Match[str] | None:
    """The name after "On Sunday morning" when no comma follows the time, else `first`."""
    opener = _TIME_OPENER.match(text, first.start(), end)
    return WORD.search(text, opener.end(), end) if opener else first
