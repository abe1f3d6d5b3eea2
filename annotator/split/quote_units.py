"""Where a quote sentence's claim unit starts and ends: '“We will win,” said Jane Doe, a
pollster who has run campaigns in three states.' states only the quoted words, so the claim is
the quote ("We will win") and the frame after it (speaker, cue, apposition) stays in the
context; the speaker and cue are kept. A frame that reports more than who spoke ('…, Doe said,
adding that …', '…, Doe said, citing …', '…, Doe said that …') keeps the whole sentence.

A frame before the quote ('Doe said: “We will win.”') keeps the whole sentence too, unless the
quote runs on past the sentence ('Doe said: “We will win. Nobody can stop us.”'): the quote's
later sentences are claims of the quoted words alone, and so is its first."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.quotes import quote_spans
from annotator.split.tracker import Attribution

_MARKS: Final = "\"'“”‘’«»„‚‹› "  # quote marks of every style and spaces
# the words end at a closing quote mark ('“I do well,” said …'), a comma or stop before it
_CLOSES: Final = re.compile(r"[,.!?]?[\"”’']")
# a frame that goes on into a report of its own: a participle after a comma ("…, Doe said,
# citing the polls", "…, he said, speaking of Clinton"), "that", "adding", "saying"
# ("…, he said, speaking to reporters" only sets the scene: narration, not a report)
_NARRATION: Final = (
    r"(?:speaking(?!\s+(?:of|about|on)\b)|looking|introducing|becoming|using|standing|sitting|"
    r"walking|smiling|laughing|holding|wearing|gesturing)\b"
)
_REPORTS_MORE = re.compile(rf",\s+(?!{_NARRATION})(?:\w+\s+)?\w+ing\b|\b(?:that|adding|saying)\b")


def quote_unit(text: str, s: int, e: int, attr: Attribution) -> tuple[int, int]:
    """The claim span of the sentence text[s:e] with attribution `attr`: the quoted words when
    the sentence is a quote that opens it and a frame that only names its speaker, else (s, e).
    A short quote before a long frame is not `attr.quote` (the frame is most of the sentence):
    its words count when quote marks open the sentence and close right after them."""
    if not (attr.speaker and attr.content_span):
        return s, e
    a, b = attr.content_span
    if not s <= a < b <= e:
        return s, e
    if text[s:a].strip(_MARKS):  # 'Doe said: “…”', 'Doe called it “a disgrace”': frame first
        opened = _runs_on(text, s, e, attr)
        return (s, e) if opened is None else (opened, e)
    if not attr.quote and not (text[s:a].strip() and _CLOSES.match(text, b)):
        return s, e  # reported speech without quote marks around the words it reports
    span = attr.speaker_span
    if span is not None and a <= span[0] < b:
        return s, e  # the speaker is named inside the words the claim would keep
    tail = text[b:e]
    if not tail.strip(_MARKS + ".,") or _REPORTS_MORE.search(tail):
        return s, e
    return a, b


_ENDS: Final = ".!?…"
_DASHES: Final = (" - ", " – ", " — ", " -- ")
# a participle phrase opening the frame, or a clause in it, reports something of its own
# ("Watching the vote, Doe said:", "Doe was leaving when she told reporters, …")
_PARTICIPLE: Final = re.compile(r"\W*(?!During\b)[A-Z][a-z]+ing\s")
_CLAUSE: Final = re.compile(r"\b(?:when|while|because|but|although|though|whereas|if)\b")


def _runs_on(text: str, s: int, e: int, attr: Attribution) -> int | None:
    """Where the quoted words start in 'Doe said: “We will win.' when the quote goes on in the
    next sentence: a frame that only names the speaker and cue (not 'Watching the vote, Doe
    said:', 'HEADLINE - Doe:' or a frame with a quote of its own) opens the quote after a comma
    or colon, the words start with a capital and no mark closes them in the sentence."""
    if text[e - 1 : e] not in _ENDS:
        return None  # closed in the sentence ('….”')
    spans = quote_spans(text, s, e)
    if len(spans) != 1 or spans[0][1] != e:
        return None  # no quote running on, or one that the frame quotes too ('called it “…”')
    q = spans[0][0]
    a = q + (2 if text.startswith(("''", "``"), q) else 1)
    frame = text[s:q].rstrip()
    if frame[-1:] not in (",", ":") or not text[a : a + 1].isupper():
        return None  # a partial quote ('called it “a …')
    span = attr.speaker_span
    if span is None or not s <= span[0] < span[1] <= q:
        return None
    says_more = _PARTICIPLE.match(frame) or _REPORTS_MORE.search(frame) or _CLAUSE.search(frame)
    return None if says_more or any(d in frame for d in _DASHES) else a
