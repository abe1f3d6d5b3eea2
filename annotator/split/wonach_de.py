"""The German report a "wonach" clause gives the words of ("Berichte, wonach …", "Ein Bericht
der Agentur „Nord“, wonach …"): the noun of what was said and its attachment; and the object
of a cue verb before ", wonach", ", nach denen" or ", denen zufolge" (`object_source`)."""

from __future__ import annotations

import re
from typing import Final

# a noun of what was said or found, then ", wonach …" (what it says): "Berichte, wonach …"
_WONACH: Final = re.compile(
    r"\b(?=[A-ZÄÖÜ])[\w-]*?(?:[Bb]erichte?n?|[Mm]eldung(?:en)?|[Ss]chätzung(?:en)?|"
    r"[Ss]pekulationen|[Gg]erüchte?n?|[Aa]ngaben|[Dd]arstellung(?:en)?|[Aa]ussagen?|[Ss]tudie|"
    r"[Uu]mfrage|[Ii]nformationen|[Ee]rkenntnisse|[Vv]ersion|[Ss]ichtweise|[Bb]efunde?|"
    r"[Bb]ehauptung(?:en)?)\b"
    r"(?:\s+(?:der|des|von|vom)\s+(?:[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+){0,3}"
    r"[„»\"]?[A-ZÄÖÜ][^\s,;:]*(?:\s+[„»\"]?[A-ZÄÖÜ(][^\s,;:]*){0,4})?(?=,\s+wonach\b)"
)


def wonach_source(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The report a "wonach" clause gives the words of: "Spekulationen, wonach …", "Ein Bericht
    der Agentur „Nord“, wonach …" (the noun and its attachment, up to the comma)."""
    if "wonach" not in text[s:e]:
        return None
    m = _WONACH.search(text, s, e)
    return m.span() if m else None


# an object noun phrase (up to three adjectives, quoted or capitalised words, a genitive or
# "von" attachment) ending right before a clause of what it says: ", wonach …", ", nach denen
# …", ", denen zufolge …" ("bestätigte die Befunde des Labors Nord, wonach …")
_WORDS: Final = r"[„»\"]?[A-ZÄÖÜ][^\s,;:]*(?:\s+[„»\"]?[A-ZÄÖÜ(][^\s,;:]*){0,4}"
_ADJECTIVES = r"(?:(?!(?:der|die|das|den|dem|des)\s)[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+){0,3}"
_OBJECT: Final = re.compile(
    rf"(?<![\w-]){_ADJECTIVES}{_WORDS}(?:\s+(?:der|des|von|vom)\s+{_ADJECTIVES}{_WORDS})?\Z"
)
_SAYS: Final = re.compile(r",\s+(?:wonach|nach\s+denen|(?:denen|dem|der)\s+zufolge)\b")
_NO_VERB: Final = frozenset(("laut", "nach", "zufolge", "gemäß", "wonach", "so", ":"))


def object_source(
    text: str, s: int, e: int, cue: str | None, speaker: tuple[int, int] | None
) -> tuple[tuple[int, int], str] | None:
    """The object of the sentence's cue verb whose words its clause after ", wonach", ", nach
    denen" or ", denen zufolge" gives ("X bestätigte die Befunde des Labors, wonach …": the
    Befunde's claim, not X's), and the source word; None when a comma comes between the cue
    and the object ("X sagte, es gebe Berichte, wonach …" is X's)."""
    if cue is None or cue in _NO_VERB or speaker is None:
        return None
    m = _SAYS.search(text, s, e)
    if m is None:
        return None
    obj = _OBJECT.search(text, speaker[1], m.start())
    if obj is None:
        return None
    at = text[s : obj.start()].lower().rfind(cue.split()[0])
    if at < 0 or "," in text[max(s + at, speaker[1]) : obj.start()]:
        return None
    word = m.group().split()[-1]
    return obj.span(), "nach" if word == "denen" else word  # source cues keep their noun
