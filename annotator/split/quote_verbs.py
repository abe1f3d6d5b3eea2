"""A direct quote framed by a verb outside the cue lexicon: '"Out!" Mr. Doe yelled.',
'"…," the crowd chanted on Tuesday', 'And Mr. Doe gloated: "…"', 'Doe boomed, "…"', '"…?" Doe went on'.

Right after a quote that closes with "," "!" or "?", or right before one after ":" or ",", a
subject and one verb in the past tense frame the quote as that subject's
words whatever the verb is ("fumed", "barked", "gloated"); after the quote the verb may come
first ('"…!" beamed Doe'). The subject is a name (capitalised
words, titles kept), "he"/"she"/"they", or "the" and a lower-case noun ("the crowd"); a quote
of fewer than three words ("The Apprentice,") is a title, not speech. Before a colon, the
verb may take a short phrase ('Doe fired a parting shot at Roe: "…"'), then the subject is a
name or "the" noun phrase, not a pronoun, and not a passive ('The gap is shown by this: "…"').
"""

from __future__ import annotations

import re
from typing import Final

from annotator.split.quotes import opens_sentence

_TITLE: Final = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St)\.\s+)?"
_NAME: Final = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al|bin))*"
_SUBJECT: Final = rf"(?P<s>[Tt]he\s+[a-z]+|he|she|they|{_TITLE}{_NAME})"
# a document's verbs: '"…," the statement read', 'The letter continues: "…"', 'The memo goes
# on to say: "…"'
_DOC_VERB: Final = r"reads?|states|notes|continues|(?:goes|went)\s+on\s+to\s+(?:say|add|note)"
_VERB: Final = rf"(?P<v>[a-z]{{2,}}ed|shot|sang|spat|swore|{_DOC_VERB}|(?:went|goes)\s+on)"
_ADVERB: Final = r"(?:(?:then|also|later|once|again|[a-z]{3,}ly)\s+)?"
# '"…," Doe fumed', '"…!" the crowd chanted'
# or in the present after a quote that opens its sentence and ends on a comma ('"…," Doe sings
# to the crowd'; not '"…!" Their voices drowned …', '… a “piece,” Doe fixates on …')
_AFTER = re.compile(rf"\s+{_SUBJECT}\s+{_ADVERB}(?:{_VERB}|(?P<p>[a-z]{{2,}}[a-rt-z]s))\b(?![’'-])")
# '"…!" beamed Doe', '"…," grumbled the harbour master', '"…," reads a Monday editorial': the
# verb first, then a name, "the" and up to three lower-case words, or "a" and up to three words
_INVERTED: Final = re.compile(
    rf"\s+(?P<v>[a-z]{{2,}}ed|reads?)\s+(?P<s>{_TITLE}{_NAME}|[Tt]he(?:\s+[a-z][\w'’-]*){{1,3}}?"
    r"|an?(?:\s+[\w'’-]+){1,3}?)"
    r"(?=\s*(?:[,.;!?]|$)|\s(?:of|from|at|in|on|who|as|after|before)\b)"
)
# 'And Doe gloated: "', 'Doe yelled, "', 'In a fit of anger, Mr. Doe yelled, "' (the whole
# stretch before the quote)
_BEFORE: Final = re.compile(
    rf"\s*(?:[^.!?:;“”\"]{{1,240}},\s+)?(?:(?:And|But|Then|So|Later|Finally),?\s+)?"
    rf"{_SUBJECT}\s+{_ADVERB}{_VERB}\s*[:,]\s*"
)
# 'Doe fired a parting shot at Roe: "', 'The senator summed up his view: "': a verb phrase
# (an object, a particle, a prepositional phrase) between the verb and a colon
_LEAD = r"(?:(?:And|But|Then|So|Later|Finally|(?:On|In|At)\s+[\w .'’-]{1,30}|\d{4}),?\s+){0,2}"
_BE = r"(?:is|was|are|were|be|been|being)"  # not a passive: 'The gap is exemplified by this:'
# not in a subject: a form of "be", an auxiliary ('The mayor has warned:' is "the mayor")
_NOT_NP: Final = r"(?:is|was|are|were|be|been|being|has|have|had|could|would|did)\s"
# a name (not a capitalised pronoun) or "the" and up to four lower-case words ("the senator")
_SUBJECT_NP: Final = (
    rf"(?P<s>[Tt]he\s+(?:(?!{_NOT_NP})[a-z][\w'’-]*\s+){{0,3}}(?!{_NOT_NP})[a-z][\w'’-]*"
    rf"|(?!(?:He|She|They|It|We|I|You|This|That|As)\b){_TITLE}{_NAME})"
)
_AUX: Final = r"(?:(?:has|have|had|could|would|did)\s+(?:only\s+|also\s+|then\s+)?)?"
_PAST: Final = rf"(?P<v>[a-z]{{2,}}ed|shot|made|had|took|gave|put|struck|threw|{_DOC_VERB})"
_PHRASE: Final = re.compile(
    rf"\s*{_LEAD}{_SUBJECT_NP}\s+{_ADVERB}{_AUX}{_PAST}"
    r"(?:\s+[\w'’-]+){1,8}\s*:\s*"
)
# not words: "…," the crowd applauded (loudly)
_NOT_VERBS: Final = frozenset(
    """need used based related aged does goes seems means applauded clapped""".split()
)


def _speech(quote: str) -> bool:
    """Three words or more: the quote cut twice at most, not into all its words."""
    return len(quote.split(None, 2)) >= 3


def verb_after(text: str, qs: int, qe: int, hi: int) -> tuple[tuple[int, int], str] | None:
    """(speaker span, verb) from the words right after the quote text[qs:qe] (marks included)
    up to `hi`."""
    inner = text[qs + 1 : qe - 1].rstrip().rstrip("'’")  # '“… ‘the comeback,'” the Post read'
    if not inner or inner[-1] not in ",!?" or not _speech(inner):
        return None
    m = _AFTER.match(text, qe, hi) or _INVERTED.match(text, qe, hi)
    verb = m.group("v") or m.groupdict().get("p") if m else None
    if m is None or verb is None or verb in _NOT_VERBS:
        return None
    if verb == m.groupdict().get("p") and not (inner[-1] == "," and opens_sentence(text, qs)):
        return None
    return (m.start("s"), m.end("s")), verb


def verb_before(text: str, lo: int, qs: int, qe: int) -> tuple[tuple[int, int], str] | None:
    """(speaker span, verb) when text[lo:qs] is just 'Subject verbed:' before the
    quote text[qs:qe]."""
    if not _speech(text[qs + 1 : qe - 1]):
        return None
    m = _BEFORE.fullmatch(text, lo, qs) or _PHRASE.fullmatch(text, lo, qs)
    if m is None or m.group("v") in _NOT_VERBS:
        return None
    return (m.start("s"), m.end("s")), m.group("v")
