"""German noun phrase patterns: an article, adjectives (an adverb or a phrase before a
participle among them: "das finanziell angeschlagene Land", "die in Köln erscheinende
Zeitung"), a capitalised head run and a genitive or "von" attachment after it; the head
nouns in -ung/-ion that name a body ("Regierung"), not an act."""

from __future__ import annotations

import re
from typing import Final

_ADJS: Final = r"(?:\d+-)?[a-zäöüß][\w-]*(?:e|en|er|es|em)"  # "saudi-arabischen", "64-jährige"
_CAP: Final = r"(?:[a-z]{1,3}-)?[A-ZÄÖÜ][\w&’'-]*"  # "Jan", "al-Omair"
# a hyphenated first part joins its head: "Land- und Forstwirte", "Obst- oder Gemüsebauern"
_CAPW: Final = rf"{_CAP}(?:(?<=-)\s+(?:und|oder|sowie)\s+{_CAP})?"
CAPS: Final = rf"{_CAPW}(?:\s+{_CAPW}){{0,3}}"
# a phrase before a participle inside a noun phrase: "die [in New York] geborene Sängerin",
# "der [für die Region] zuständige Minister", "der [2004] verstorbene Präsident", "der [unter
# dem Namen „Rotfuchs“] auftretende Tüftler"
_PRE: Final = (
    r"(?:(?:(?:in|im|zur|zum|für|vom|von|aus|am|bei|mit|seit|nach|über|unter|an|auf)\s+"
    rf"(?:[^\s,.;:!?„“\"»«()]+\s+){{0,4}}?(?:[A-ZÄÖÜ\d][^\s,.;:!?„“\"»«()]*|„[^„“]{{1,40}}“)"
    rf"|\d{{4}})\s+(?={_ADJS}\s))?"
)
_AND_ADJ: Final = rf"(?:und\s+(?={_ADJS}\s))?"  # "die afghanischen und ausländischen Soldaten"
# an adverb before the adjectives: "das finanziell angeschlagene Land", "die sehr kleine Partei"
_ADV_ADJ = rf"(?:(?:sehr|besonders|äußerst|[a-zäöüß]{{3,}}(?:lich|ell|isch))\s+(?={_ADJS}\s))?"
SUBJECT_NP: Final = re.compile(
    rf"\s*((?:[Dd](?:er|ie|as)|[Ee]ine?)\s+{_PRE}{_ADV_ADJ}(?:{_ADJS}\s+{_AND_ADJ}){{0,3}}{CAPS}"
    rf"(?:\s+(?:der|des|von|vom|für)\s+(?:(?!ein){_ADJS}\s+){{0,2}}{CAPS})?)(?![\w&’'-])"
)
# adjectives before a quoted title: "…, berichtete die in Köln erscheinende „Abendpost“"
ADJ_TITLE: Final = re.compile(
    rf"\s*[Dd](?:er|ie|as)\s+{_PRE}(?:{_ADJS}\s+){{1,3}}[„»“\"]([^„“”\"»«]{{1,60}})[“”\"«]"
)
# no article, a phrase before a present participle: "Im Exil lebende Uiguren", "In Berlin
# ansässige Firmen" open the clause as its subject, not as an adverbial
PARTICIPLE_NP: Final = re.compile(
    r"\s*((?:In|Im|Aus|Am|Auf|Bei|Für|Mit|Nach|Seit|Unter|Über|Vom|Von|Zur|Zum)\s+"
    r"(?:[^\s,.;:!?„“\"»«()]+\s+){0,3}?[A-ZÄÖÜ\d][^\s,.;:!?„“\"»«()]*\s+"
    rf"[a-zäöüß]+(?:ende|enden|ige|igen)\s+{CAPS})(?![\w&’'-])"
)
# head nouns in -ung/-ion that name a body, not an act ("Die Regierung", "Die Kommission")
BODY_END: Final = (
    "regierung",
    "zeitung",
    "stiftung",
    "leitung",
    "führung",
    "verwaltung",
    "vereinigung",
    "bewegung",
    "versammlung",
    "vertretung",
    "organisation",
    "opposition",
    "koalition",
    "delegation",
    "kommission",
    "fraktion",
    "redaktion",
    "union",
    "nation",
    "nationen",
    "institution",
    "gewerkschaft",
    "direktion",
    "administration",
    "agentur",
    "schätzung",  # an estimate or a survey names a figure ("Eine Schätzung beziffert …")
    "hochrechnung",
    "untersuchung",
    "erhebung",
)
BODIES_END: Final = tuple(b + "en" for b in BODY_END if not b.endswith("en"))  # the plurals


# "der Präsident des Unternehmens", "die Sprecherin der Polizei": a role and the body it serves
_DESCRIPTION: Final = re.compile(
    rf"[Dd](?:er|ie)\s+([A-ZÄÖÜ][a-zäöüß-]+)(?:\s+(?:des|der)\s+(?:{_ADJS}\s+)?[A-ZÄÖÜ][a-zäöüß-]+)?"
)


def role_description(text: str, span: tuple[int, int], roles: frozenset[str]) -> bool:
    """text[span] (after its article) names a person by a role in `roles` and the body it
    serves, with no name: "der Präsident des Unternehmens", not "der Präsident Jan Roth"."""
    a, b = span
    m = _DESCRIPTION.fullmatch(text, a, b) or _DESCRIPTION.fullmatch(text, a - 4 if a > 3 else 0, b)
    return m is not None and m.group(1).lower() in roles
