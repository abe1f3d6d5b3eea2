"""The German report a "wonach" clause gives the words of ("Berichte, wonach …", "Ein Bericht
der Agentur „Nord“, wonach …"): the noun of what was said and its attachment."""

from __future__ import annotations

import re

# a noun of what was said or found, then ", wonach …" (what it says): "Berichte, wonach …"
_WONACH = re.compile(
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
