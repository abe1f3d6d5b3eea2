"""German words heard from a body that is not a person, and rumour with no source at all.

"Aus der Partei ist zu hören, der Vorsitzende habe …", "Wie aus Kreisen der Firma zu hören
war, …": the body the words come out of speaks (`heard_from`). "Dem Vernehmen nach soll Roth
…" is a rumour: no one is named, and the speaker of the sentence before does not go on in it
(`rumour`)."""

from __future__ import annotations

import re

# "Aus der Partei ist zu hören, …", "aus Regierungskreisen war am Abend zu hören: …" (the body:
# no comma, no clause of its own in it; words follow, not "Aus der Halle war Jubel zu hören.")
_HEARD = re.compile(
    r"[Aa](?<![\w-].)us\s+([^,.;:„“\"]{2,60}?)\s+(?:ist|war|sei|waren|sind)\s+"
    r"(?:[\wäöüß.]+\s+){0,3}?zu\s+hören\s*[,:]"
)
# "Wie aus der Partei zu hören war, …"
_HEARD_AS = re.compile(
    r"[Ww](?<![\w-].)ie\s+aus\s+([^,.;:„“\"]{2,60}?)\s+zu\s+hören\s+(?:ist|war)\b"
)
_RUMOUR = re.compile(r"[Dd](?<![\w-].)em\s+Vernehmen\s+nach\b")


def heard_from(text: str, s: int, e: int) -> tuple[tuple[int, int], str] | None:
    """The body in "Aus der Partei ist zu hören, …" (text[s:e]) and the cue."""
    if text.find("zu hören", s, e) < 0:
        return None
    m = _HEARD.search(text, s, e) or _HEARD_AS.search(text, s, e)
    return (m.span(1), "zu hören") if m else None


def rumour(text: str, s: int, e: int) -> bool:
    """Text[s:e] tells a rumour of no one named: "Dem Vernehmen nach soll …"."""
    return text.find("Vernehmen", s, e) >= 0 and _RUMOUR.search(text, s, e) is not None
