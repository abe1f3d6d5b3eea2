"""Stances held rather than said: "X is confident that …", "X remains wary of …", "X was eager
to …". The adjective and its complement are the cue; the subject before the verb holds it.
Also a view ascribed by an opening "To X, …" ("To Ms. Doe, the bridge is a folly")."""

from __future__ import annotations

import re

from annotator.split.cues import _trie
from annotator.split.speakers import is_speaker_phrase, subject_before
from annotator.split.word_gates import WordGate

_ADJECTIVES = (
    "confident|eager|unwilling|reluctant|concerned|worried|wary|skeptical|sceptical|"
    "hopeful|optimistic|pessimistic|convinced|adamant|critical|supportive|opposed|sure|certain|"
    "doubtful|angry|upset|furious|frustrated|fearful|afraid|keen|determined|insistent|"
    "unconvinced|unsure|alarmed|troubled|disappointed|pleased|happy|unhappy|"
    "open|dismissive|vocal|clear|explicit|emphatic|blunt|candid"
)
_STANCE = re.compile(
    r"\b(?:is|was|are|were|remains|remained|remain|seemed|seems|appeared|appears|became|"
    r"has\s+been|have\s+been|had\s+been|’s|'s|’re|'re)\s+"
    r"(?:(?:not|so|very|more|less|increasingly|deeply|highly|particularly|especially|also|"
    r"still|now|quite|too|equally|already|openly|publicly|[a-z]+ly)\s+)*"
    rf"(({_ADJECTIVES})\s+(?:that|about|of|to|in|with|on|toward|towards|over)\b)"
)


# the same matches as `\b(?:{_ADJECTIVES})\s`, factored by common prefixes (one branch per
# first letter instead of every adjective at each position)
_KEY = re.compile(rf"\b(?:{_trie(sorted(_ADJECTIVES.split('|')))})\s")
STANCE_GATE = WordGate(_ADJECTIVES.replace("|", " "))  # a match holds one (`word_gates`)


def stance_frame(text: str, s: int, e: int, inside) -> tuple[tuple[int, int], str, int] | None:
    """(subject span, cue, cue end) of the first stance adjective in text[s:e] outside quotes."""
    key = _KEY.search(text, s, e)  # the rare adjective first: most sentences stop here
    if key is None:
        return None
    for m in _STANCE.finditer(text, max(s, key.start() - 120), e):
        if inside(m.start()):
            continue
        span = subject_before(text, s, m.start())
        if span and is_speaker_phrase(text[span[0] : span[1]]):
            return span, m.group(2), m.end(1)
    return None


# "To Ms. Doe, …", "But to many, …": a name in capitals (or "many", "others") and a comma
_VIEWER = re.compile(
    r"(?:(?:But|And|Yet|Still)\s+)?[Tt]o\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*|many|others),\s"
)


def viewer_frame(text: str, s: int, e: int) -> tuple[tuple[int, int], str, int] | None:
    """(viewer span, "to", end of the opener) of a sentence text[s:e] that opens with "To X,":
    what follows is how X sees it."""
    m = _VIEWER.match(text, s, e)
    return (m.span(1), "to", m.end()) if m else None
