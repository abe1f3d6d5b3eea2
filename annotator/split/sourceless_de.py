"""German "nach"/"laut" phrases that name no source of the sentence: a time ("Zwei Monate
nach dem Urteil", "Nach der Meldung vom Tod des Sängers"), a legal basis ("nach Artikel 5 der
Satzung", like "gemäß § 5"), or a second figure that one phrase qualifies ("eine Länge von 40,
nach anderen Angaben 45 Metern", "30 der nach Polizeiangaben 90 Gäste"). The figure's source
says nothing of the rest; the sentence is the outlet's narration.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from annotator.split.sources_de import temporal

_NUMBER: Final = r"(?:\d|(?:ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b)"
# a count or a number word, after an optional "bis zu", "rund", "mehr als" …
_FIGURE: Final = r"(?:(?:bis\s+zu|rund|etwa|mehr\s+als|über|mindestens|knapp|ca\.)\s+)?" + _NUMBER
_ARTICLES: Final = frozenset("der die das den dem des".split())
_LEGAL: Final = ("Artikel ", "Art. ", "§", "Paragraf ", "Paragraph ", "Absatz ", "Abs. ")
_NEWS: Final = ("der Nachricht ", "der Meldung ", "der Bekanntgabe ")


# compiled at the first phrase that needs one, not at import
_SOURCES: Final = (
    # the first figure, before the comma: "von 40, ", "acht, ", "400 Gäste, "
    r"(?:^|\s)" + _NUMBER + r"[\d.,]*(?:\s+[\w-]+)?,\s$",
    # ", nach anderen Angaben 45 Metern.": the source noun, a figure, up to three words, an end
    r"(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*\s+"
    + _FIGURE
    + r"[\d.,]*(?:\s+[\w-]+){0,3}\s*(?:[.,;)]|$)",
    # "der nach Polizeiangaben 90 Gäste": one source word between an article and a figure
    r"[A-ZÄÖÜ][\w-]*\s+" + _FIGURE,
    # "nach Artikel 5", "nach § 12 Abs. 2": the rule an act follows
    r"(?:Artikel|Art\.|§|Paragraf|Paragraph|Absatz|Abs\.)\s*\d",
    # "Nach der Meldung vom Tod des Sängers": the news of an event, not of a day ("vom Montag")
    r"der\s+(?:Nachricht|Meldung|Bekanntgabe)\s+(?:vom|von\s+der|über\s+den|über\s+die)\s+"
    r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|"
    r"Vortag)\b)[A-ZÄÖÜ][a-zäöüß]",
)
_FIRST, _SECOND, _IN_PHRASE, _LEGAL_NUMBER, _NEWS_OF = range(5)


@cache
def _pattern(which: int) -> re.Pattern[str]:
    return re.compile(_SOURCES[which])


def no_source(text: str, s: int, acc: re.Match[str]) -> bool:
    """The German "nach"/"laut" at `acc` (its words in group 1) gives a time or a legal basis
    or qualifies a single figure, not the sentence's source."""
    word, at = acc.group(1), acc.end()
    if word in ("nach", "Nach"):
        if temporal(text, s, acc.start()):
            return True
        if text.startswith(_LEGAL, at):
            return _pattern(_LEGAL_NUMBER).match(text, at) is not None
        if text.startswith(_NEWS, at) and _pattern(_NEWS_OF).match(text, at):
            return True
    if word[:1] not in "LlNn":
        return False
    before = text[max(s, acc.start() - 30) : acc.start()]
    if before.endswith(", "):  # a first figure, the source, a second one
        return bool(_pattern(_FIRST).search(before)) and bool(_pattern(_SECOND).match(text, at))
    last = before.rsplit(None, 1)[-1] if before[-1:].isspace() and before.strip() else ""
    return last in _ARTICLES and _pattern(_IN_PHRASE).match(text, at) is not None
