"""Sentences that are the outlet's narration around a quote, not reports of their own.

A quote that ends with "?" or "!" (or a stray full stop) ends its sentence, so its frame becomes
a sentence of its own: '"Can she stay?" | Mrs. Clinton asked.', '"…!" | Trump said on Twitter.'.
The quote already carries the speaker; the frame sentence reports nothing but who spoke, when,
where and how ("said in response", "wrote on Twitter on Monday", "asked, looking displeased",
"asked the real estate mogul"), so it gets no speaker of its own. So does a frame that closes its
block with a colon before what the next block holds ("In a speech last July, Doe said:").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from annotator.split.tracker import Attribution

_DAYS: Final = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|"
    r"earlier|later|recently|last\s+\w+|this\s+(?:week|month|year|morning|afternoon|evening))"
)
# a preposition that opens a circumstance ("in response", "to a crowd", "on Twitter"), not an
# infinitive ("to comment")
_PREP: Final = (
    r"(?:in|on|at|during|after|before|from|via|into|with|about|of|over|through|as|"
    r"to\s+(?=[A-Z]|(?:the|a|an|his|her|their|its|reporters|me|us|him|them)\b))"
)
_ADVERB: Final = r"(?:\w+ly|again|later|then|back|too|also|once|afterwards?)"
# no quote mark; an apostrophe inside a word ("Monday’s") is none
_NO_QUOTE: Final = r"(?:[^\"“”‘’:;]|(?<=\w)’(?=\w))*"
# what may follow the cue of a bare frame: adverbs, a circumstance, a participle phrase
_TAIL: Final = re.compile(
    rf"(?:{_ADVERB}\s+)*(?:(?:{_PREP}|{_DAYS})\b{_NO_QUOTE})?(?:,\s+\w+ing\b{_NO_QUOTE})?"
    r"[.!]?\s*"
)
# a reported clause or a quote after the cue: the sentence reports something itself
_REPORTS = re.compile(r"\b(?:that|whether|if|how|why|what|who|which)\b|[\"“”‘]|(?<!\w)’|’(?!\w)")
# "asked the real estate mogul", "told reporters": the addressee of the quote before
_ADDRESSEE: Final = re.compile(r"(?:[\w’'.-]+\s+){0,5}[\w’'.-]+[.!]?\s*")
_ASKED: Final = frozenset(("asked", "asks", "told", "tells"))
# what an addressed cue reports itself: a colon, a quote or a clause right after its addressee
_ADDRESSED_REPORT = re.compile(r"\s*(?::|,?\s*[“\"‘']|(?:[\w’'.-]+\s+){0,5}(?:that|whether|if)\b)")
# what may open the frame before its speaker: a conjunction, titles and roles ("State Senator",
# "Post reporter")
_OPENER: Final = re.compile(r"\s*(?:(?:but|and|so|then)\s+)?(?:[\w.’'-]+\s+){0,4}", re.IGNORECASE)
# the sentence before ends with a quote closed after its end mark: '"…?"', '"…!"', '"….”'
_QUOTE_BEFORE: Final = re.compile(r"[?!.…,—-]\s*[\"”'’]+\s*$")
_MAX_TAIL_WORDS: Final = 8
# what the quote was about may take more words: 'Doe said of the visit he paid to the port …'
_ABOUT: Final = re.compile(r"(?:of|about)\s")
# the addressee, then a manner or a circumstance: 'Doe asked reporters angrily during …'
_ADDRESSEE_TAIL: Final = re.compile(rf"(?:[\w’'.-]+\s+){{0,2}}[\w’'.-]+,?\s+{_TAIL.pattern}")
_MAX_ABOUT_WORDS: Final = 16
_FINITE: Final = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|do|does|did)\b"
)
# what opens a report of its own right after a cue: a colon or a quote ('He added: “…”'), an
# object ('Doe called the plan “…”', 'Doe cited it as …', 'Doe accuses Trump of …'), a clause
_OWN_REPORT: Final = re.compile(
    r"\s*(?::|,?\s*[“\"‘']|(?:the|a|an|his|her|its|their|it|him|her|them|this|these|those|"
    r"that|to\s+(?:him|her|them))\b|[A-Z][\w’'.-]*|\w+ing\b)"
)


def bare_frame(text: str, s: int, e: int, attr: Attribution, quote_speaker: str | None) -> bool:
    """Sentence text[s:e] is only the frame "X said …" of the quote that closes right before it,
    a quote whose speaker is the same X."""
    span = attr.speaker_span
    if span is None or not attr.speaker or attr.speaker != quote_speaker or not attr.cue:
        return False
    if not _QUOTE_BEFORE.search(text, max(0, s - 6), s):
        return False
    if not _OPENER.fullmatch(text, s, span[0]):
        return False  # the frame opens the sentence
    tail = text[attr.content_span[0] : attr.content_span[1]] if attr.content_span else ""
    if attr.content_span and attr.content_span[0] < span[0]:
        return False  # the reported words come before the speaker
    about = _ABOUT.match(tail)
    asked = attr.cue.split()[0] in _ASKED
    most = _MAX_ABOUT_WORDS if about or asked else _MAX_TAIL_WORDS
    n = len(tail.split())
    if _REPORTS.search(tail) or n > most or n > _MAX_TAIL_WORDS and _FINITE.search(tail):
        return False  # 'Doe said of the plan it was dead': a clause of its own
    if _TAIL.fullmatch(tail):
        return True
    if not asked:
        return False
    return bool(_ADDRESSEE.fullmatch(tail) or _ADDRESSEE_TAIL.fullmatch(tail))


def own_report(text: str, cue_end: int, wend: int, verb: str) -> bool:
    """The cue ending at `cue_end` (its subject before it) opens a report of its own in
    text[cue_end:wend] ('Doe called the plan “…”', 'He added: “…”') rather than closing the
    quote before it with a bare frame ('Doe said on Monday.', 'Doe asked the mayor.')."""
    tail = text[cue_end:wend].strip()
    if _TAIL.fullmatch(tail) and not _REPORTS.search(tail):
        return False  # 'Doe said on Monday.'
    if verb.lower() in _ASKED:  # 'Doe asked the mayor.', 'Doe told ITV when asked how …'
        return bool(_ADDRESSED_REPORT.match(text, cue_end, wend))
    return bool(_OWN_REPORT.match(text, cue_end, wend))


# what may open a frame ending in a colon before its speaker: a circumstance ("In a speech last
# July, "), then a conjunction or titles
_INTRO: Final = re.compile(
    r"\s*(?:(?:In|At|During|On|After|Before|Later|Earlier)\b[^,“”\"‘’:;]{0,80},\s*)?"
    + _OPENER.pattern,
    re.IGNORECASE,
)
_INTRO_VERBS: Final = frozenset(
    """said says say wrote writes declared declares told tells added adds stated states
    explained explains tweeted reported replied responded asked""".split()
)


def colon_frame(text: str, s: int, e: int, attr: Attribution) -> bool:
    """Sentence text[s:e] closes its block with a colon and is only the frame of what the next
    block holds ("In a speech last July, Doe said:"): it reports nothing itself."""
    span = attr.speaker_span
    end = len(text[s:e].rstrip()) + s - 1
    if span is None or not attr.cue or end <= s or text[end] != ":":
        return False
    if attr.cue.split()[0].lower() not in _INTRO_VERBS or not _INTRO.fullmatch(text, s, span[0]):
        return False
    cue = text.find(attr.cue, span[1], end)
    tail = text[cue + len(attr.cue) : end].strip() if cue >= 0 else ":"
    if _REPORTS.search(tail) or len(tail.split()) > _MAX_ABOUT_WORDS:
        return False
    if _TAIL.fullmatch(tail):
        return True
    return attr.cue.split()[0] in _ASKED and bool(_ADDRESSEE.fullmatch(tail))
