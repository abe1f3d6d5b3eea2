"""A poll or study that opens a sentence speaks for the figures after it: "In a CBS News poll
released Monday, 40 percent of voters said …" is the poll's finding (not the 40 percent's), the
way "according to a CBS News poll" is; so does a named poll later in a sentence with a figure
("Doe led by 6 points in a new Harbour Gazette poll")."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.word_gates import WordGate

# "In a new Post-ABC poll, …", "In the 2014 census, …", "In exit polls, …": the opener up to
# its comma; the noun phrase has at most eight words before the source noun
_IN_SOURCE: Final = re.compile(
    r"(?:(?:But|And|Yet|Still)\s+)?[Ii]n\s+((?:(?:the|a|an|this|that|its|their|[\w'’.&/-]+['’]s)\s+)?"
    r"(?:[^\s,;:()“”\"]+\s+){0,8}?"
    r"(?:[Pp]olls?|[Ss]urveys?|study|studies|census|exit\s+polls|analysis|report))"
    r"(?:\s+(?:released|conducted|published|taken|carried\s+out|out)\b[^,;:]{0,50})?,\s+"
)
_IN_FIRST: Final = "BAYSIi"  # the letters `_IN_SOURCE` can open with ("" passes: the match decides)
_QUANTITY: Final = re.compile(
    r"(?i)(?:(?:just|only|about|nearly|almost|roughly|some|more\s+than|fewer\s+than|less\s+than)\s+)?"
    r"(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|half\b|most\b|"
    r"a\s+(?:majority|third|quarter|fifth|plurality)\b|majorities\b|"
    r"(?:respondents|voters|americans|democrats|republicans|independents|those)\b)"
)


def survey_opener(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The poll of a sentence that opens "In <a poll …>, …" (its span), else None."""
    if text[s : s + 1] not in _IN_FIRST:
        return None  # "But", "And", "Yet", "Still", "In", "in": no other letter opens the match
    m = _IN_SOURCE.match(text, s, e)
    if m is None or len(text[m.end() : e].split()) < 4:
        return None  # "In the polls, anyway.": no finding follows
    return m.span(1)


def counted(text: str, span: tuple[int, int]) -> bool:
    """A subject that counts respondents ("40 percent of voters", "most Democrats")."""
    return bool(_QUANTITY.match(text, span[0], span[1]))


# "in a CNN national poll", "in the latest Harbour Gazette/Coast Radio Poll", "in the
# PollHub average of Maine ferry polls": a determiner, then a pollster's name
_IN_NAMED: Final = re.compile(
    r"\b[Ii]n\s+((?:a|an|the)\s+(?:(?:new|latest|recent|most\s+recent|national|statewide)\s+)*"
    r"(?:[A-Z][\w.&'’/-]*\s+)+(?:(?:national|statewide|tracking|online|exit)\s+)?"
    r"(?:[Pp]oll|[Ss]urvey|average\s+of\s+(?:[^\s,;:.]+\s+){0,4}?polls))\b"
)
NAMED_POLL_GATE = WordGate("In in", "a an the", "poll survey polls Poll Survey")  # (`word_gates`)
_FIGURE: Final = re.compile(r"\d|\b(?:percent|points?|lead|leads|led|ahead|trails?|trailed)\b")


def named_poll(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of a named poll in a sentence with a figure ("… by 6 points in a new Harbour Gazette
    poll"), else None; a place before "polls" names no pollster ("in the Iowa polls")."""
    m = _IN_NAMED.search(text, s, e)
    if m is None or not _FIGURE.search(text, s, e):
        return None
    return m.span(1)
