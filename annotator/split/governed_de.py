"""German speakers that a preposition governs: the noun after "zu", "zur", "zum", "unter",
"über", "gegen", "mit", "um", "durch", "hinter", "neben", "zwischen" or "für" (an article and
up to two adjectives between) is an object, a topic or a place of the verb, never its subject
("sie wolle sich morgen zur Frage der Gebühren äußern", "hatte zu einer Kundgebung vor dem
Rathaus aufgerufen", "das unter der Aufsicht des Amtes gestanden hatte", "begrüßte die
Zulassung für die neue Rübe"), so it names no speaker (`attribution`). Not read here:
prepositions that do name a source ("laut", "nach", "von", "seitens", "in einer Erklärung",
"auf der Webseite") and cues of that kind ("für die Ideen, laut denen …"), a noun that a
relative clause holding the cue hangs on ("mit der Ministerin X, die erklärt hat, …"), a
sentence's opening "Für X sei …" (a view), "ohne" (a name: "Ärzte ohne Grenzen") and a body's
name ending "für Luft- und Raumfahrt"."""

from __future__ import annotations

from typing import Final

_GOVERNING = frozenset("zu zur zum unter über gegen mit um durch hinter neben zwischen für".split())
_ARTICLES: Final = frozenset(
    """der die das dem den des ein eine einer einem eines einen dieser diese dieses diesem
    diesen sein seine seiner seinem seinen ihr ihre ihrer ihrem ihren""".split()
)

# cues whose speaker is a noun after a preposition of their own ("laut denen", "X zufolge")
_SOURCE_CUES: Final = frozenset(("laut", "zufolge", "nach", "gemäß", "wonach"))
_RELATIVE: Final = ("der ", "die ", "das ", "welche")
_ENDINGS: Final = ("e", "en", "er", "es", "em")
_GENITIVE: Final = frozenset(("der", "des"))


def _adjective(word: str) -> bool:
    """A lower-case word ending as an inflected adjective does ("zentrale", "neuen")."""
    return word[:1].islower() and word.replace("-", "").isalpha() and word.endswith(_ENDINGS)


def governed(text: str, s: int, span: tuple[int, int] | None, cue: str | None = None) -> bool:
    """The speaker mention text[span] follows one of `_GOVERNING` in the sentence starting at
    s, with at most an article and two lower-case adjectives between."""
    if span is None or span[0] <= s or text[span[0]].isdigit() or cue in _SOURCE_CUES:
        return False  # "Bis zu 500 Anwohner", "Über 80 Ärzte": a count, not a place
    if text[span[1] : span[1] + 10].lstrip(" ,").startswith(_RELATIVE):
        return False  # "für die Ministerin X, die erklärt hat, …": the relative clause speaks
    words = text[max(s, span[0] - 60) : span[0]].split()
    head = text[span[0] : span[1]].split()
    if head and head[0].endswith("-"):
        return False  # "für Luft- und Raumfahrt": the end of a body's name
    if not words or text[span[0] - 1 : span[0]] not in (" ", "\n"):
        return False
    i = len(words) - 1
    if _after_preposition(words, i):
        return True
    # "gegen die Sparmaßnahmen der Regierung": a genitive hanging on a governed noun
    i = _skip_modifiers(words, i)
    joined = " und " in text[span[0] : span[1]]  # "der Gruppen und das Amt": a subject of its own
    if i >= 2 and words[i] in _GENITIVE and words[i - 1][:1].isupper() and not joined:
        return _after_preposition(words, i - 2)
    return False


def _skip_modifiers(words: list[str], i: int) -> int:
    """The index before up to two lower-case adjectives ending at words[i] (-1 if not all are)."""
    adjectives = 0
    while i >= 0 and adjectives < 2 and words[i] not in _ARTICLES and _adjective(words[i]):
        i -= 1
        adjectives += 1
    return i


def _after_preposition(words: list[str], i: int) -> bool:
    """words[:i + 1] ends in one of `_GOVERNING`, an article and up to two adjectives."""
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
