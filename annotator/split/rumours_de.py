"""German words heard from a body that is not a person, and rumour with no source at all.

"Aus der Partei ist zu hören, der Vorsitzende habe …", "Wie aus Kreisen der Firma zu hören
war, …": the body the words come out of speaks (`heard_from`). "Dem Vernehmen nach soll Roth
…" is a rumour: no one is named, and the speaker of the sentence before does not go on in it
(`rumour`)."""

from __future__ import annotations

import re
from functools import cache


@cache
def _heard() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Aus der Partei ist zu hören, …", "aus Regierungskreisen war am Abend zu hören: …" (the
    body: no comma, no clause of its own in it; words follow, not "Aus der Halle war Jubel zu
    hören."); "Wie aus der Partei zu hören war, …". Compiled at the first "zu hören"."""
    return re.compile(
        r"[Aa](?<![\w-].)us\s+([^,.;:„“\"]{2,60}?)\s+(?:ist|war|sei|waren|sind)\s+"
        r"(?:[\wäöüß.]+\s+){0,3}?zu\s+hören\s*[,:]"
    ), re.compile(r"[Ww](?<![\w-].)ie\s+aus\s+([^,.;:„“\"]{2,60}?)\s+zu\s+hören\s+(?:ist|war)\b")


def heard_from(text: str, s: int, e: int) -> tuple[tuple[int, int], str] | None:
    """The body in "Aus der Partei ist zu hören, …" (text[s:e]) and the cue."""
    if text.find("zu hören", s, e) < 0:
        return None
    heard, heard_as = _heard()
    m = heard.search(text, s, e) or heard_as.search(text, s, e)
    return (m.span(1), "zu hören") if m else None


def rumour(text: str, s: int, e: int) -> bool:
    """Text[s:e] tells a rumour of no one named: "Dem Vernehmen nach soll …"."""
    return rumour_span(text, s, e) is not None


def rumour_span(text: str, s: int, e: int) -> tuple[int, int] | None:
    """ "Dem Vernehmen" of "Dem Vernehmen nach soll …" in text[s:e], the source as the text
    names it (no one)."""
    at = text.find("Vernehmen", s, e)
    if at >= s + 4 and text[at - 4 : at] in ("dem ", "Dem ") and text.startswith(" nach", at + 9):
        return at - 4, at + 9
    return None
