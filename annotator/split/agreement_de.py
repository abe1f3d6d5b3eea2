"""German subject-verb agreement for a cue's subject: a singular noun cannot be the subject of
a plural finite verb. "Zustimmung verlangten die Gewerkschaften" fronts the object (its subject
follows the verb), "…, die gegen die Pläne der Regierung protestieren" has its subject in the
relative pronoun; neither names who speaks."""

from __future__ import annotations

import re

# the head before a genitive or prepositional attribute: "Die Leitung der Klinik" -> "Leitung"
_ATTRIBUTE = re.compile(r"\s(?:der|des|von|vom|aus|im|in|am|bei|für|zur|zum)\s|\s*\(")
# nouns that are singular with these endings ("Leitung", "Mehrheit", "Kommission", "Universität")
_SINGULAR = re.compile(r"[a-zäöüß](?:ung|heit|keit|schaft|ion|tät)$")
# two subjects: "Die Leitung und der Rat", "Die Stiftung sowie die Partei"
_JOINED = re.compile(r"\s*(?:,|\bund\b|\bsowie\b|\boder\b|\bwie\b|\bals\s+auch\b)")
# a verb in -en that is finite: not after an auxiliary or modal ("will … fordern") and not
# a participle ("hat … gesprochen", "hatte … zurückgewiesen")
_AUXILIARY = re.compile(
    r"\b(?:hat|hatte|habe|hätte|ist|war|sei|wäre|wird|wurde|werde|würde|will|wollte|wolle|kann|"
    r"konnte|könne|könnte|soll|sollte|solle|muss|musste|müsse|müsste|darf|durfte|möchte|mag)\b"
)
_PLURAL_VERB = re.compile(r"[a-zäöüß]{2,}en$")
# the span is the genitive of a noun before it: "Vertreter der neuen Regierung | forderten"
_GENITIVE_BEFORE = re.compile(r"[A-ZÄÖÜ][\w-]*\s+(?:der|des)\s+(?:[a-zäöüß][\w-]*\s+){0,3}$")


def disagrees(text: str, a: int, b: int, verb: re.Match[str]) -> bool:
    """The subject text[a:b] is one singular noun and the cue verb is a plural finite verb."""
    word = verb.group(1)
    if " " in word or not _PLURAL_VERB.search(word) or word.startswith("ge"):
        return False
    if _JOINED.match(text, b) or _JOINED.search(text, a, b):
        return False
    lo, hi = (b, verb.start()) if b <= verb.start() else (verb.end(), a)
    if _AUXILIARY.search(text, lo, hi) or _AUXILIARY.search(text, verb.end(), verb.end() + 12):
        return False
    if _GENITIVE_BEFORE.search(text, max(0, a - 60), a):
        return False
    cut = _ATTRIBUTE.search(text, a, b)
    head = text[a : cut.start() if cut else b].split()
    return bool(head) and _SINGULAR.search(head[-1]) is not None
