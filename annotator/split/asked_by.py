"""An opening question and its asker: "Asked by Jo Ray whether the toll would rise, Doe said it
would not." gives two claim units, the question ("Asked by Jo Ray whether …", Jo Ray asking)
and the answer (the sentence's own speaker). English only; the asker must be a speaker phrase
right after "by" and the sentence's speaker must sit after the comma that closes the question.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from annotator.split.mentions import resolve
from annotator.split.reported_spans import _content
from annotator.split.reports import (
    Part,
    mark_quoted,
    opening_comma,
    trim_part,
)
from annotator.split.speakers import is_speaker_phrase, subject_after
from annotator.split.tracker import Attribution, Tracker

OPENINGS: Final = ("Asked by ", "When asked by ")  # a `str.startswith` gate before anything else
_ASKED: Final = re.compile(r"(?:When\s+)?(?P<cue>[Aa]sked)\s+by\s+")


def split_asked(
    text: str,
    s: int,
    e: int,
    attr: Attribution,
    tracker: Tracker,
    quotes: list[tuple[int, int]],
) -> list[Part] | None:
    """The question and the answer of sentence [s, e) opening with `OPENINGS`, else None."""
    if tracker.lang not in (None, "en"):
        return None
    m = _ASKED.match(text, s, e)
    comma = opening_comma(text, m.end(), e, quotes) if m else None
    if m is None or comma is None:
        return None
    if attr.speaker and (attr.speaker_span is None or attr.speaker_span[0] < comma):
        return None  # the sentence's speaker is not the answer's ("Asked by X, Y and Z …")
    span = subject_after(text, m.end(), comma)
    if span is None or not is_speaker_phrase(text[span[0] : span[1]]):
        return None
    who = resolve(text[span[0] : span[1]], tracker, text, span[0])
    a1, b1 = trim_part(text, s, comma)
    a2, b2 = trim_part(text, comma + 1, e)
    if not who or span[1] >= b1 or a2 >= b2:
        return None  # no question after the asker, or nothing after the comma
    c = span[1]
    while text[c].isspace():
        c += 1  # the question starts after the asker
    asked = Attribution(who, m.group("cue"), False, span, (c, b1))
    if attr.speaker:  # the answer's reported words: around its frame, inside the answer
        assert attr.speaker_span is not None
        sa, sb = attr.speaker_span
        cue = text.find(attr.cue, a2, b2) if attr.cue else -1
        if cue < 0:
            return None
        ce = cue + len(attr.cue or "")
        content = _content(a2, b2, sa if sa < cue else cue, sb if sb > ce else ce, text)
        attr = replace(attr, content_span=content)
        mark_quoted(text, a2, b2, attr, quotes)
        if attr.content_span is None:
            return None
    return [(a1, b1, asked), (a2, b2, attr)]
