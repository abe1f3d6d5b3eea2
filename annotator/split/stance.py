"""Stances held rather than said: "X is confident that …", "X remains wary of …", "X was eager
to …", "X is convinced the …", "X are split on whether …". The adjective and its complement are
the cue; the subject before the verb holds it, or the clause's subject before ", confident that …".
Also a view ascribed by an opening "To X, …" ("To Ms. Doe, the bridge is a folly") or by a
possessed view or count ("in Ms. Doe's view", "by the Trust's own tally")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from annotator.split.cues import _trie
from annotator.split.speakers import is_speaker_phrase, main_subject, subject_before
from annotator.split.word_gates import WordGate

_ADJECTIVES: Final = (
    "confident|eager|unwilling|reluctant|concerned|worried|wary|skeptical|sceptical|"
    "hopeful|optimistic|pessimistic|convinced|adamant|critical|supportive|opposed|sure|certain|"
    "doubtful|angry|upset|furious|frustrated|fearful|afraid|keen|determined|insistent|"
    "unconvinced|unsure|alarmed|troubled|disappointed|pleased|happy|unhappy|"
    "open|dismissive|vocal|clear|explicit|emphatic|blunt|candid|shocked|surprised|"
    "interested|divided|split|upbeat|enthusiastic|bullish|sympathetic|receptive|"
    "thrilled|excited|anxious|nervous|comfortable|uncomfortable|grateful|hesitant|"
    "satisfied|dissatisfied|enthused|impatient"
)
# a feeling stirred by what follows: "X was troubled by the ruling" (not "opposed by", a passive;
# not "shaken by", often a blow)
_FELT_BY: Final = (
    "troubled|disappointed|pleased|alarmed|frustrated|shocked|surprised|delighted|"
    "startled|impressed|unimpressed|heartened|dismayed|disturbed|bothered|outraged|offended|"
    "angered|saddened|stunned|thrilled|intrigued|unfazed|worried|concerned"
)
# knowledge held, with its clause only: "X was acutely aware that …" (not "aware of the risk")
_KNOWING: Final = "aware|unaware"
# a held belief reads its clause with no "that": "X is convinced the bridge will fail"
_BELIEF: Final = "convinced|confident|sure|certain|hopeful|optimistic"
_CLAUSE_START: Final = r"(?:the|a|an|he|she|they|it|we|i|his|her|their|its|this|there)\s"
_STANCE: Final = re.compile(
    r"\b(?:is|was|are|were|remains|remained|remain|seemed|seems|appeared|appears|became|"
    r"has\s+been|have\s+been|had\s+been|become|becomes|grew|grown|’s|'s|’re|'re)\s+"
    r"(?:(?:both|all|not|so|very|more|less|increasingly|deeply|highly|particularly|especially|"
    r"also|still|now|quite|too|equally|already|openly|publicly|[a-z]+ly)\s+)*"
    rf"(({_ADJECTIVES})\s+(?:that|about|of|to|in|with|on|toward|towards|over)\b|"
    rf"({_FELT_BY})\s+by\b|((?:{_BELIEF})(?=\s+{_CLAUSE_START})|(?:{_KNOWING})(?=\s+that\b)))"
)
# a stance set off by a comma after its clause: "Aides spent the day there, confident that …"
_COMMA_STANCE: Final = re.compile(
    r",\s+(?:(?:still|increasingly|now|quietly|ever|more|so)\s+)?((confident|convinced|eager|"
    r"determined|hopeful|worried|concerned|afraid|fearful|keen|unwilling|reluctant|insistent|sure|"
    r"certain)\s+(?:that|to)\b)"
)


# the same matches as `\b(?:{_KEYS})\s`, factored by common prefixes (one branch per
# first letter instead of every adjective at each position)
_KEYS: Final = "|".join(sorted(set(f"{_ADJECTIVES}|{_FELT_BY}|{_KNOWING}".split("|"))))
_KEY: Final = re.compile(rf"\b(?:{_trie(sorted(_KEYS.split('|')))})\s")
STANCE_GATE: Final = WordGate(_KEYS.replace("|", " "))  # a match holds one (`word_gates`)


def stance_frame(text: str, s: int, e: int, inside) -> tuple[tuple[int, int], str, int] | None:
    """(subject span, cue, cue end) of the first stance adjective in text[s:e] outside quotes."""
    key = _KEY.search(text, s, e)  # the rare adjective first: most sentences stop here
    if key is None:
        return None
    for m in _STANCE.finditer(text, max(s, key.start() - 120), e):
        if inside(m.start()) or m.group(2) == "critical" and m.group(1).endswith(" to"):
            continue  # "is critical to …": needed, no view held
        span = subject_before(text, s, m.start())
        if span and is_speaker_phrase(text[span[0] : span[1]]):
            return span, m.group(2) or m.group(3) or m.group(4), m.end(1)
    for m in _COMMA_STANCE.finditer(text, max(s, key.start() - 30), e):
        if inside(m.start()):
            continue
        span = main_subject(text, s, m.start())
        if span and is_speaker_phrase(text[span[0] : span[1]]):
            return span, m.group(2), m.end(1)
    return None


# "To Ms. Doe, …", "But to many, …": a name in capitals (or "many", "others") and a comma
_VIEWER: Final = re.compile(
    r"(?:(?:But|And|Yet|Still)\s+)?[Tt]o\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*|many|others),\s"
)


# "Under Brill law, …", "Under the new regulation that …, …": what follows is what the law says
# (not "Under the agreement", "Under the Doe plan", "Under Mayor Doe": the gold rarely marks them)
_UNDER_LAW: Final = re.compile(
    r"(?:(?:But|And|Yet|Still)\s+)?Under\s+((?:the\s+|a\s+)?(?:[\w.'’-]+\s+){0,5}?"
    r"(?:law|Act|regulation|statute|Constitution))\b[^,;:“”\"]{0,80},\s"
)


def viewer_frame(text: str, s: int, e: int) -> tuple[tuple[int, int], str, int] | None:
    """(viewer span, "to", end of the opener) of a sentence text[s:e] that opens with "To X,":
    what follows is how X sees it; ("under" for "Under X law, …": what the law says)."""
    if text[s : s + 1] not in "BAYSTtU":  # "But", "And", "Yet", "Still", "To"/"to", "Under"
        return None
    m = _VIEWER.match(text, s, e)
    if m:
        return m.span(1), "to", m.end()
    m = _UNDER_LAW.match(text, s, e)
    return (m.span(1), "under", m.end()) if m else None


# "in Ms. Doe's view, …", "…, in the mayor's words, …", "By the Harbour Trust's tally, …": a
# view, an account or a count owned by a named possessor ("the" and capitals allowed)
_POSSESSED: Final = re.compile(
    r"\b(?:(?:[Ii]n)\s+((?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s?\s+(?:own\s+)?"
    r"(view|words|eyes|mind|opinion|estimation|telling|account)|[Bb]y\s+((?:the\s+)?"
    r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s?\s+(?:own\s+)?(tally|count|estimate|"
    r"estimates|reckoning|calculations?|account|argument|logic))\b"
)
POSSESSED_GATE: Final = WordGate(  # a match holds "in" or "by" and one of the nouns (`word_gates`)
    "in In by By",
    """view words eyes mind opinion estimation telling account tally count estimate estimates
    reckoning calculation calculations argument logic""",
)


def possessed_view(
    text: str, s: int, e: int, inside: Callable[[int], bool]
) -> tuple[tuple[int, int], str, int, int] | None:
    """(possessor span, cue, phrase start, phrase end) of "in X's view" or "by X's tally" in
    text[s:e] outside quotes: the rest of the sentence is how X sees or counts it."""
    for m in _POSSESSED.finditer(text, s, e):
        if inside(m.start()):
            continue
        g = 1 if m.group(1) else 3
        if is_speaker_phrase(m.group(g)):
            return m.span(g), m.group(g + 1).lower(), m.start(), m.end()
    return None
