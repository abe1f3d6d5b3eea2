"""German speakers that a preposition governs: the noun after "zu", "zur", "zum", "unter",
"über", "gegen", "mit", "um", "durch", "hinter", "neben" or "zwischen" (an article and up to
two adjectives between) is an object, a topic or a place of the verb, never its subject ("sie
wolle sich morgen zur Frage der Gebühren äußern", "hatte zu einer Kundgebung vor dem Rathaus
aufgerufen", "das unter der Aufsicht des Amtes gestanden hatte"), so it names no speaker
(`attribution`). Prepositions that do name a source ("laut", "nach", "von", "seitens",
"in einer Erklärung", "auf der Webseite") and "ohne" (a name: "Ärzte ohne Grenzen") are not
read here."""

from __future__ import annotations

_GOVERNING = frozenset("zu zur zum unter über gegen mit um durch hinter neben zwischen".split())
_ARTICLES = frozenset(
    """der die das dem den des ein eine einer einem eines einen dieser diese dieses diesem
    diesen sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren""".split()
)

_ENDINGS = ("e", "en", "er", "es", "em")


def _adjective(word: str) -> bool:
    """A lower-case word ending as an inflected adjective does ("zentrale", "neuen")."""
    return word[:1].islower() and word.replace("-", "").isalpha() and word.endswith(_ENDINGS)


def governed(text: str, s: int, span: tuple[int, int] | None) -> bool:
    """The speaker mention text[span] follows one of `_GOVERNING` in the sentence starting at
    s, with at most an article and two lower-case adjectives between."""
    if span is None or span[0] <= s or text[span[0]].isdigit():
        return False  # "Bis zu 500 Anwohner", "Über 80 Ärzte": a count, not a place
    words = text[max(s, span[0] - 60) : span[0]].split()
    if not words or text[span[0] - 1 : span[0]] not in (" ", "\n"):
        return False
    i = len(words) - 1
    adjectives = 0
    while i >= 0 and adjectives < 2 and words[i] not in _ARTICLES:
        if words[i] in _GOVERNING:
            return True
        if not _adjective(words[i]):
            return False
        i -= 1
        adjectives += 1
    if i >= 0 and words[i] in _ARTICLES:
        i -= 1
    return i >= 0 and words[i] in _GOVERNING
