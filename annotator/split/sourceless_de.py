"""German "nach"/"laut" phrases that name no source of the sentence: a time ("Zwei Monate
nach dem Urteil", "Nach der Meldung vom Tod des Sängers"), a legal basis ("nach Artikel 5 der
Satzung", like "gemäß § 5"), or a second figure that one phrase qualifies ("eine Länge von 40,
nach anderen Angaben 45 Metern", "30 der nach Polizeiangaben 90 Gäste"). The figure's source
says nothing of the rest; the sentence is the outlet's narration.
"""

from __future__ import annotations

import re

from annotator.split.sources_de import temporal

_NUMBER = r"(?:\d|(?:ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b)"
# a count or a number word, after an optional "bis zu", "rund", "mehr als" …
_FIGURE = r"(?:(?:bis\s+zu|rund|etwa|mehr\s+als|über|mindestens|knapp|ca\.)\s+)?" + _NUMBER
# the first figure, before the comma: "von 40, ", "acht, ", "400 Gäste, "
_FIRST = re.compile(r"(?:^|\s)" + _NUMBER + r"[\d.,]*(?:\s+[\w-]+)?,\s$")
# ", nach anderen Angaben 45 Metern.": the source noun, a figure, at most three words, an end
_AFTER_COMMA = re.compile(
    r"(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*\s+"
    + _FIGURE
    + r"[\d.,]*(?:\s+[\w-]+){0,3}\s*(?:[.,;)]|$)"
)
# "der nach Polizeiangaben 90 Gäste": one source word between an article and a figure
_AFTER_ARTICLE = re.compile(r"[A-ZÄÖÜ][\w-]*\s+" + _FIGURE)
_ARTICLE = re.compile(r"\b(?:der|die|das|den|dem|des)\s+$")
# "nach Artikel 5", "nach § 12 Abs. 2": the rule an act follows
_LEGAL = re.compile(r"\s*(?:Artikel|Art\.|§|Paragraf|Paragraph|Absatz|Abs\.)\s*\d")
# "Nach der Meldung vom Tod des Sängers": the news of an event, not of a day ("vom Montag")
_NEWS_OF = re.compile(
    r"\s*der\s+(?:Nachricht|Meldung|Bekanntgabe)\s+(?:vom|von\s+der|über\s+den|über\s+die)\s+"
    r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Vortag)\b)"
    r"[A-ZÄÖÜ][a-zäöüß]"
)


def no_source(text: str, s: int, acc: re.Match[str]) -> bool:
    """The German "nach"/"laut" at `acc` (its words in group 1) gives a time or a legal basis
    or qualifies a single figure, not the sentence's source."""
    word = acc.group(1)
    if word in ("nach", "Nach") and (
        temporal(text, s, acc.start())
        or _LEGAL.match(text, acc.end())
        or _NEWS_OF.match(text, acc.end())
    ):
        return True
    if word[:1] not in "LlNn":
        return False
    before = text[max(s, acc.start() - 30) : acc.start()]
    if before.endswith(", "):  # a first figure, the source, a second one
        return bool(_FIRST.search(before)) and _AFTER_COMMA.match(text, acc.end()) is not None
    return bool(_ARTICLE.search(before)) and _AFTER_ARTICLE.match(text, acc.end()) is not None
