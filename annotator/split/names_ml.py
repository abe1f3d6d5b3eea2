"""A name after a genitive, in languages that put the genitive between a role and the name.

Russian and Ukrainian: "Президент России Владимир Путин", "Министр ... России Сергей Лавров":
a person is named by two words (three with a patronymic: "Владимир Владимирович Путин"), so a
capitalised genitive before them is the role's ("of Russia"). Romance languages: "il ministro
degli Esteri Antonio Tajani", "el ministro de Asuntos Exteriores José Manuel Albares": the
capitalised words after a genitive link name the ministry until a given name opens the
person's name (else the last two words are the name). Arabic: "الرئيس الروسي فلاديمير بوتين":
titles and adjectives carry the article "ال", a name does not (but for its last word, "بشار الأسد",
and a word after "عبد"/"أبو": "عبد الفتاح السيسي").
"""

from __future__ import annotations

from typing import Final

from annotator.split.lexicon import FEMALE_NAMES, MALE_NAMES
from annotator.split.lexicon import ROMANCE_OF as LINKS  # not German "der"/"von": bodies, names

_GIVEN = MALE_NAMES | FEMALE_NAMES
_ARTICLES_AFTER_LINK: Final = frozenset("la las los le les l'".split())  # "de la Generalitat"
_PATRONYMIC: Final = ("вич", "вна", "ична", "інична")
# genitive endings of place and body names ("России", "України", "Москвы"): no first name
# in the nominative ends so
_GENITIVE: Final = ("ии", "ії", "ы", "и")


def _cyrillic(word: str) -> bool:
    return "\u0400" <= word[:1] <= "\u04ff"


def name_after_genitive(tokens: list[str], before: str) -> list[str]:
    """`tokens` (a run of name tokens, roles stripped) without the genitive that opens it;
    `before`: the word before the run ("" when none)."""
    if len(tokens) >= 2 and all(_cyrillic(t) for t in tokens):
        if len(tokens) >= 3:
            keep = 3 if tokens[-2].lower().endswith(_PATRONYMIC) else 2
            return tokens[-keep:]
        if tokens[0].lower().endswith(_GENITIVE) and not tokens[1].lower().endswith(_GENITIVE):
            return tokens[1:]  # "президент России Путин"
        return tokens
    lead = 0
    while lead < len(tokens) and tokens[lead] in LINKS:
        lead += 1  # "de la Generalitat Pere Aragonès"
    if lead and lead < len(tokens) and tokens[lead] in _ARTICLES_AFTER_LINK:
        lead += 1
    if not lead and before not in LINKS:
        return tokens
    run = tokens[lead:]
    if len(run) < 3 or any(t in LINKS for t in run):
        return tokens  # "del Ministerio de Defensa": a body
    given = next((i for i, t in enumerate(run) if i and t.lower() in _GIVEN), None)
    return run[given:] if given is not None else run[-2:]


# words of a title or a body that carry no article ("وزير الخارجية", "المتحدث باسم الحكومة")
_AR_TITLE = frozenset("وزير وزيرة رئيس رئيسة نائب سفير قائد ولي باسم عن لدى في مدير أمين".split())
_AR_COMPOUND: Final = frozenset(("عبد", "أبو", "أبي"))


def _arabic(word: str) -> bool:
    return "\u0600" <= word[:1] <= "\u06ff"


def arabic_name(words: list[str]) -> list[str]:
    """The person's name at the end of an Arabic speaker phrase (`words` when none is there)."""
    if len(words) < 2 or not all(_arabic(w) for w in words):
        return words
    i = len(words)
    while i > 0:
        w = words[i - 1]
        if w in _AR_TITLE:
            break
        article = w.startswith("ال")
        if article and i < len(words) and (i < 2 or words[i - 2] not in _AR_COMPOUND):
            break  # "الروسي" before the name; not "عبد الفتاح"
        i -= 1
    name = words[i:]
    if not name or len(name) == len(words):
        return words
    if len(name) == 1 and name[0].startswith("ال"):
        return words  # "المتحدث باسم الخارجية", "الشرطة المحلية": no name
    return name
