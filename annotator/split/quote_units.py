"""Where a quote sentence's claim unit starts and ends: '“We will win,” said Jane Doe, a
pollster who has run campaigns in three states.' states only the quoted words, so the claim is
the quote ("We will win") and the frame after it (speaker, cue, apposition) stays in the
context; the speaker and cue are kept. A frame that reports more than who spoke ('…, Doe said,
adding that …', '…, Doe said, citing …', '…, Doe said that …') keeps the whole sentence."""

from __future__ import annotations

import re

from annotator.split.tracker import Attribution

_MARKS = "\"'“”‘’«»„‚‹› "  # quote marks of every style and spaces
# the words end at a closing quote mark ('“I do well,” said …'), a comma or stop before it
_CLOSES = re.compile(r"[,.!?]?[\"”’']")
# a frame that goes on into a report of its own: a participle after a comma ("…, Doe said,
# citing the polls", "…, he said, speaking of Clinton"), "that", "adding", "saying"
_REPORTS_MORE = re.compile(r",\s+(?:\w+\s+)?\w+ing\b|\b(?:that|adding|saying)\b")


def quote_unit(text: str, s: int, e: int, attr: Attribution) -> tuple[int, int]:
    """The claim span of the sentence text[s:e] with attribution `attr`: the quoted words when
    the sentence is a quote that opens it and a frame that only names its speaker, else (s, e).
    A short quote before a long frame is not `attr.quote` (the frame is most of the sentence):
    its words count when quote marks open the sentence and close right after them."""
    if not (attr.speaker and attr.content_span):
        return s, e
    a, b = attr.content_span
    if not s <= a < b <= e or text[s:a].strip(_MARKS):
        return s, e  # 'Doe said: “…”', 'Doe called it “a disgrace”': the frame comes first
    if not attr.quote and not (text[s:a].strip() and _CLOSES.match(text, b)):
        return s, e  # reported speech without quote marks around the words it reports
    span = attr.speaker_span
    if span is not None and a <= span[0] < b:
        return s, e  # the speaker is named inside the words the claim would keep
    tail = text[b:e]
    if not tail.strip(_MARKS + ".,") or _REPORTS_MORE.search(tail):
        return s, e
    return a, b
