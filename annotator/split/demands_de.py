"""German nouns of a demand, warning or plan named with their author before the "zu" clause
they word: "die Forderung des Vorsitzenden Jan Roth, auf die SPD zuzugehen", "trotz einer
Bitte der Lotsen, im Hafen zu bleiben". The noun and its author speak that clause,
and so does where words come from: "Von der Polizei kam die Information, …", "die von Jan
Roth geäußerte Hoffnung, …"; a criticism voiced ("Vorwürfe wurden laut, dass …") speaks its
clause too."""

from __future__ import annotations

import re
from typing import Final

# the stems after their capital; "Plan", "Pläne", "Vorwurf", "Bitte", …
_NOUNS: Final = (
    "Forderung Ankündigung Warnung Appell Aufforderung Vorwurf Plan Pläne Vorschlag Bitte "
    "Angebot Drohung Versprechen Zusage Empfehlung Hoffnung Absicht Weigerung"
).split()
# lower-cased nouns, the cue of such a source
DEMAND_NOUNS: Final = frozenset(n.lower() for n in _NOUNS)
_INFINITIVE = r"(?:[^,.;]*?\bzu\s+[a-zäöüß]+(?:en|ern|eln)\b|[^,.;]*?\b[a-zäöüß]+zu[a-zäöüß]+en\b)"
# one character class first (no word boundary before it: the look-behind after it checks that)
_DEMAND: Final = re.compile(
    rf"[{''.join(sorted({n[0] for n in _NOUNS}))}](?<![\w-].)"
    rf"(?:{'|'.join(sorted((n[1:] for n in _NOUNS), key=len, reverse=True))})(?:en|es|s|e)?"
    r"\s+(?:des|der|von|vom|seines|seiner|ihres|ihrer)\s+[^,.;:„“\"»«()]{1,60}?"
    r"(?:,\s+((?:[A-ZÄÖÜ][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*))?"  # "ihres Trainers, Greg Poss"
    rf"(?=,\s+{_INFINITIVE})"
)


# "Von der Polizei kam die Information, …", "Aus der Partei kommen Aufrufe, … zu …": where the
# words come from speaks the clause after the noun (not a relative clause: "kamen Stimmen, die")
_COMING_FROM: Final = re.compile(
    r"[VvAa](?<![\w-].)(?:on|om|us)\s+([^,.;:]{2,60}?)\s+(?:kam|kamen|kommt|kommen)\s+"
    r"(?:(?:die|der|das|eine|ein|erneut|auch|nun|jetzt|bereits)\s+)*[A-ZÄÖÜ][\w-]*"
    rf",\s+(?=dass\b|{_INFINITIVE}|[^,.;]*\b(?:sei|seien|habe|handele|werde|könne|müsse)\b)"
)


# "Die von Jan Roth nach dem Urteil geäußerte Hoffnung, sein Leben werde …": the author after
# "von" before a participle and a noun of saying
_SAID_NOUNS = (*_NOUNS, "Ziel", "Kritik", "Einschätzung", "Behauptung", "Befürchtung", "Vermutung")
_AUTHORED: Final = re.compile(
    r"[Vv](?<![\w-].)on\s+((?:(?:der|dem|den)\s+(?:[a-zäöüß]+\s+){0,2})?"
    r"(?:[A-ZÄÖÜ][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*)[^,;:„“\"]{0,80}?\s+[a-zäöüß]+(?:te|ene)\s+"
    rf"(?:{'|'.join(_SAID_NOUNS)})"
    rf",\s+(?={_INFINITIVE}|[^,.;]*\b(?:sei|seien|habe|werde|könne|müsse)\b)"
)
# fast tests before the slower patterns: a noun of saying before a comma, "kam"/"komm…"
_SAID_COMMA: Final = re.compile(
    rf"[{''.join(sorted({n[0] for n in _SAID_NOUNS}))}]"
    rf"(?:{'|'.join(sorted(sorted({n[1:] for n in _SAID_NOUNS}), key=len, reverse=True))}),"
)
_COMING: Final = re.compile(r" k(?:am|omm)")
# "Vorwürfe werden laut, dass …", "Erneut wurde Kritik laut, die Firma habe …": the noun voiced
# speaks the clause after "laut," (not "Kritik wurde laut." nor "…laut, die … zu machen")
_VOICED: Final = re.compile(
    r"\b(?:Vorwürfe|Vorwurf|Kritik|Forderungen|Stimmen|Zweifel|Rufe|Bedenken|Befürchtungen|"
    r"Warnungen|Gerüchte|Spekulationen|Klagen|Beschwerden)\b"
    r"(?=[^,.;:]{0,60}?\blaut,\s+(?:dass\b|[^.;]*\b(?:sei|seien|habe|hätte|hätten|wäre|wären|"
    r"werde|würde|würden|könne|müsse)\b))"
)
_BECOMING: Final = re.compile(r"\b(?:wird|werden|wurde|wurden|ist|sind|war|waren)\b")


def demand_source(text: str, s: int, e: int) -> tuple[tuple[int, int], str] | None:
    """The noun of a demand and its author ("Forderung des Vorsitzenden Jan Roth") before a
    comma and the "zu" clause that words it, in text[s:e], and the noun (the cue); a name set
    off after the author is the speaker ("Ankündigung ihres Trainers, Jan Roth" -> Jan Roth)."""
    if text.find("zu", s, e) < 0:
        return None
    m = _DEMAND.search(text, s, e)
    if m is None:
        return None
    return (m.span(1) if m.group(1) else m.span()), m.group().split()[0].lower()


def coming_from(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Where the words come from in "Von der Polizei kam die Information, …" or "die von
    Jan Roth geäußerte Hoffnung, …" (text[s:e])."""
    m = _COMING_FROM.search(text, s, e) if _COMING.search(text, s, e) else None
    if m is None and _SAID_COMMA.search(text, s, e):
        m = _AUTHORED.search(text, s, e)
    return m.span(1) if m else None


def voiced(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The criticism or demand voiced in "Vorwürfe werden laut, dass …" (text[s:e]), when
    a form of "werden"/"sein" makes "laut" no preposition."""
    at = text.find("laut,", s, e)
    if at < 0 or not _BECOMING.search(text, s, at):
        return None
    m = _VOICED.search(text, s, e)
    return m.span() if m else None
