"""German subjects the cue verb's frame decides: none for a slogan's verb, a passive without
its agent or naming ("nennt sich X"); the one quoted ("X wird … zitiert", "wie X zitiert
wird"), a passive's agent, "wie X mitteilte" or a quoted title ("Die „Zeit“ schrieb").

Each step returns `GO_ON` when the frame decides nothing and `speakers_de.german_subject`
reads the clause's word order.
"""

from __future__ import annotations

import re
from typing import Final

from annotator.split import passive_agents_de
from annotator.split.speaker_phrases import _phrase
from annotator.split.speakers import _clean_word, subject_after, subject_before
from annotator.split.subject_words_de import _NOT_SUBJECT
from annotator.split.verb_clause_de import Clause
from annotator.split.verb_final_de import _VERB_FINAL, _WIE, _wie_subject

# a step that decides nothing: the next one looks (compare with ==: compiled code rebuilds tuples)
GO_ON: Final[tuple[int, int]] = (-1, -1)

_PASSIVE: Final = re.compile(r"\s+(?:worden|werden|wird|wurde|wurden)\b")
_FRONT_AGENT: Final = re.compile(
    r"\s*(?:Von|Vom|Seitens)\s+((?:(?:der|dem|den|des)\s+)?(?:(?!k?ein)[a-zäöüß][\w-]*(?:e|en|er)\s+){0,2}"
    r"[A-ZÄÖÜ][\w-]*(?:\s+(?:der|des)\s+(?:[a-zäöüß][\w-]*(?:e|en|er)\s+){0,2}[A-ZÄÖÜ][\w-]*)?)"
    r"\s+(?:wird|wurde|wurden|werden|war|ist)\b"
)
_NENNEN: Final = frozenset("nannte nennt nannten nennen".split())
_NAMING_AFTER: Final = re.compile(r"\s+(?:(?:sie|er|es)\s+)?(?:sich|man)\b")  # "nennt (sie) sich"
# a quoted title opening the clause: "„Spiegel Online“ berichtet", "Die „Zeit“ schrieb"
_TITLE_SUBJECT: Final = re.compile(
    r"\s*(?:[Dd](?:er|ie|as)\s+)?[„»“\"]((?:(?:[A-ZÄÖÜ0-9][^\s„“”\"»«,.!?:;]*|der|die|das|de|la|"
    r"le|el|the|of|und|for) ?){1,4})[“”\"«](?:-[A-ZÄÖÜ][\w-]*)?\s*"
)
# after an article, any words: "Die „Aktion für saubere Luft“ berichtete"
_NAMED_SUBJECT: Final = re.compile(
    r"\s*[Dd](?:er|ie|as)\s+[„»“\"]([A-ZÄÖÜ][^„“”\"»«,.!?:;]{1,60}?)[“”\"«]\s*"
)
_PASSIVE_AUX: Final = re.compile(r"\b(?:wurden?|wird|werden|worden)\b")
# the last "von" in reach: "wird die Gefahr von Bränden vom Amt als hoch eingestuft"
_AGENT: Final = re.compile(r"\b(?:wurden?|wird|werden|worden)\s+(?:[\w-]+\s+){0,5}(?:von|vom)\s+")
_QUOTED: Final = re.compile(r"\b(?:wird|wurde|werden|wurden)\b(?!.*\b(?:wird|wurde)\b)")
_QUOTED_BY: Final = re.compile(r"\s(?:von|vom|in|im|gegenüber)\s")
_STOPS: Final = re.compile(r"[.;:!?](?:\s|$)")


def framed_apart(
    text: str, lo: int, verb_start: int, verb_end: int, hi: int
) -> tuple[int, int] | None:
    """The verb frames no one (a slogan's, a passive without its agent, naming) or the one
    quoted ("wie X zitiert wird"); else `GO_ON`."""
    if text.find("„", lo, verb_start) >= 0 and _in_quoted_phrase(text, lo, verb_start):
        return None  # "mit dem Ruf „Wir fordern Ruhe“": the slogan's verb frames nothing
    if text[verb_start:verb_end] == "zitiert" and _PASSIVE.match(text, verb_end):
        # "…, wie X (von der Zeitung) zitiert wird": the one quoted speaks, not the quoting paper
        wie = next(reversed(list(_WIE.finditer(text, lo, verb_start))), None)
        if wie and not _STOPS.search(text, wie.end(), verb_start):
            by = _QUOTED_BY.search(text, wie.end(), verb_start)
            return _wie_subject(text, wie.end(), by.start() if by else verb_start)
    if _PASSIVE.match(text, verb_end) and not passive_agents_de.agent_passive(
        text, lo, verb_start, verb_end, hi
    ):
        return None  # "war … gefordert worden", unless its agent is named
    if text[verb_start:verb_end] in _NENNEN and (
        _NAMING_AFTER.match(text, verb_end)
        or " sich " in text[_clause_start(text, lo, verb_start) : verb_start]
    ):
        return None  # "nennt sich X", "nannte man Y", "wie er sich nannte": naming, not saying
    return GO_ON


def marked_subject(c: Clause) -> tuple[int, int] | None:
    """A subject the verb's frame marks: the one quoted ("X wird … zitiert"), a passive's agent,
    none for a passive without one, "wie X mitteilte", a quoted title; else `GO_ON`."""
    text, clause, verb_start, verb_end, prefix = (
        c.text, c.clause, c.verb_start, c.verb_end, c.prefix
    )  # fmt: skip
    quoted = _QUOTED.search(text, clause, verb_start) if text[verb_start] == "z" else None
    if quoted:  # "X wird (von Y) mit den Worten zitiert", "…, wird X zitiert": X speaks
        if not text[clause : quoted.start()].strip():
            if c.apposed:
                return subject_before(text, c.lo, quoted.start())
            return subject_after(text, quoted.end(), verb_start)
        if _clean_word(prefix[0]) in _NOT_SUBJECT:  # "Zur Lage wird X so zitiert"
            return subject_after(text, quoted.end(), verb_start)
        return _phrase(text, clause, quoted.start(), backward=False)
    agent = _AGENT.search(text, clause, verb_start)
    if agent:  # "X wurde von der Ministerin als unrealistisch bezeichnet"
        return _phrase(text, agent.end(), verb_start, backward=False)
    fronted = _FRONT_AGENT.match(text, clause, verb_start)
    if fronted:  # "Von der Opposition wurde der Besuch als unangemessen kritisiert"
        return fronted.span(1)
    if _PASSIVE_AUX.search(text, clause, verb_start):
        return None  # "Bis Montag wurden keine Schäden berichtet": nobody speaks
    wie = None
    if _VERB_FINAL.match(text, verb_end) and "ie" in text[c.lo : verb_start]:
        wie = next(reversed(list(_WIE.finditer(text, c.lo, verb_start))), None)
    if wie and not _STOPS.search(
        text, wie.end(), verb_start
    ):  # "Wie X, Sprecher der Y, in Z mitteilte"
        return _wie_subject(text, wie.end(), verb_start)
    title = (
        _TITLE_SUBJECT.fullmatch(text, clause, verb_start)
        or _NAMED_SUBJECT.fullmatch(text, clause, verb_start)
        if prefix
        else None
    )
    if title and text[title.start(1)].isupper():
        return title.start(1), title.start(1) + len(title.group(1).rstrip())
    return GO_ON


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the clause of text[at] starts: after the last comma in 80 characters, else 30
    characters back ("das sich selbst „Allianz für X“ (AfX) nennt")."""
    comma = text.rfind(",", max(lo, at - 80), at)
    return comma + 1 if comma >= 0 else max(lo, at - 30)


def _in_quoted_phrase(text: str, lo: int, at: int) -> bool:
    """text[at] lies inside a German „…“ phrase opened after lo and not closed before at (a
    short one, a slogan or a title: `quotes` takes no such phrase for a quotation)."""
    opened = text.rfind("„", lo, at)
    return opened >= 0 and "“" not in text[opened:at]
