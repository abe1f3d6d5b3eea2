"""Wire datelines at the start of a paragraph, in Latin, Cyrillic and Arabic script. Pure.

`dateline_end(line)` is the length of the dateline prefix of a trimmed paragraph (0 when there is
none); the prefix becomes boilerplate `dateline` and the claim starts after it, so claim offsets
still slice the source. Shapes covered (a city, an optional date, an optional agency, a dash):

    SANTIAGO, Feb 5 (AFP) -          WASHINGTON (Reuters) -        LONDON —
    KABUL, Aug 27 (AP) —             PARIS, 5 février (AFP) -       MADRID, 5 feb (EFE).-
    Berlin (dpa) -                   (mixed-case city only with a known agency in brackets)
    КАБУЛ, 27 августа.               МОСКВА, 27 августа. /ТАСС/.    МОСКВА, 27 авг — РИА Новости.
    كابول (رويترز) -                 القاهرة، 5 فبراير (أ ف ب) -     بغداد -   (a known city, or
    one word with the article, when there is neither agency nor date)

A capitalised city alone (no date, no agency, no dash) is never a dateline, and the rest of the
paragraph must hold at least three words.
"""

from __future__ import annotations

import re
from typing import Final

_UP: Final = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐЎ"  # upper-case letters of Latin and Cyrillic (incl. Ukrainian)
_LOW: Final = "a-zß-öø-ÿā-žа-яёіїєґў"
# words are bounded and possessive, separated by one space: no backtracking on long lines
_CITY_UP: Final = rf"[{_UP}][{_UP}'’.\-]{{1,24}}+(?: [{_UP}][{_UP}'’.\-]{{1,24}}+){{0,3}}"
_CITY_MIXED = rf"[{_UP}][{_LOW}{_UP}'’.\-]{{1,24}}+(?: [{_UP}][{_LOW}{_UP}'’.\-]{{1,24}}+){{0,2}}"
_ARABIC: Final = r"[\u0621-\u064A\u0671-\u06D3]{1,20}+"
_CITY_AR: Final = rf"{_ARABIC}(?: {_ARABIC}){{0,2}}"
# Without an agency or a date, an Arabic dateline is a city alone: a known capital or one word
# with the article ("القاهرة - "); "قال الوزير - ..." (a dash aside) is not one.
_AR_CITY: Final = (
    r"(?:ال[\u0621-\u064A]{3,12}|كابول|بغداد|دمشق|بيروت|عمان|غزة|طهران|موسكو|واشنطن|لندن|"
    r"باريس|برلين|أنقرة|إسطنبول|طرابلس|تونس|صنعاء|القدس|رام الله|جنيف|نيويورك|بكين)"
)
_DASH: Final = r"[–—-]{1,2}"
_AGENCIES: Final = (
    "AFP|AP|Reuters|REUTERS|dpa|DPA|EFE|ANSA|Lusa|LUSA|AA|DHA|IHA|KNA|epd|APA|SDA|Xinhua|"
    "XINHUA|TASS|ТАСС|Sputnik|Interfax|Интерфакс|UNIAN|УНІАН|Укрінформ|УНН|РИА Новости|"
    "PTI|IANS|Anadolu|Agence France-Presse|Associated Press|KUNA|WAM|SPA|MENA|QNA|IRNA|"
    "رويترز|أ ف ب|ا ف ب|فرانس برس|أسوشيتد برس|د ب أ|الأناضول|سانا|واس|وام|قنا|كونا|إرنا"
)
_DATE: Final = r"[^\W_][^()\n—–]{0,30}?"  # "Feb 5", "27 августа", "5 février 2025"
_AGENCY_ANY: Final = r"\([^()\n]{1,40}\)"
_AGENCY_KNOWN: Final = rf"\((?:{_AGENCIES})\)"

_PATTERNS: Final = [
    # Russian/Ukrainian wire: "КАБУЛ, 27 августа. /ТАСС/. ", "МОСКВА, 27 авг — РИА Новости. "
    re.compile(
        rf"{_CITY_UP},\s*\d{{1,2}}\s+[{_LOW}]{{3,10}}\.?(?:\s+\d{{4}})?"
        rf"(?:\s*\.\s*(?:/[^/\n]{{2,30}}/\.?)?|\s*{_DASH}\s*(?:{_AGENCIES})\.)\s+"
    ),
    # CITY[, date] [(agency)] - / —  (also EFE's ".-")
    re.compile(rf"{_CITY_UP}(?:,\s*{_DATE})?\s*,?\s*(?:{_AGENCY_ANY})?\s*(?:{_DASH}|\.-)\s+"),
    # Mixed-case city only with a known agency: "Berlin (dpa) - "
    re.compile(rf"{_CITY_MIXED}(?:,\s*{_DATE})?\s*{_AGENCY_KNOWN}\s*(?:{_DASH}|\.-|:)\s+"),
    # Arabic: "كابول (رويترز) - ", "القاهرة، 5 فبراير (أ ف ب) - ", "بغداد - "
    re.compile(
        rf"(?:{_CITY_AR}\s*(?:[،,]\s*[^()\n—–\-]{{1,30}}?)?\s*\((?:{_AGENCIES})\)"
        rf"|{_CITY_AR}\s*[،,]\s*\d{{1,2}}\s+{_ARABIC}|{_AR_CITY})\s*{_DASH}\s+"
    ),
]
_WORD: Final = re.compile(r"[^\W_]+")
PREFIX_MAX: Final = 160  # a dateline is looked for in the first characters of a paragraph only


def _class_chars(spec: str) -> list[str]:
    """The characters of a character class's ranges and single characters ("A-ZЁ")."""
    out: list[str] = []
    i = 0
    while i < len(spec):
        if spec[i + 1 : i + 2] == "-":
            out += map(chr, range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            out.append(spec[i])
            i += 1
    return out


# What a line starting with a capital needs for each Latin/Cyrillic pattern: the first two
# (an upper-case city) a second character of `_CITY_UP`'s; the third (a mixed-case city) a
# known agency in brackets. A line with neither (most paragraphs: "The ...") is not matched.
# The second character is looked up in the set of the class's characters (`match` of a one
# character class costs more than the whole test).
_CITY_UP_SECOND: Final = frozenset([*_class_chars(_UP), "'", "’", ".", "-"])
_UP_PATTERNS: Final = _PATTERNS[:3], _PATTERNS[:2]  # with and without "(" in the prefix


def dateline_end(line: str) -> int:
    """End of the dateline prefix of `line` (trailing spaces excluded), or 0."""
    if len(line) < 8:
        return 0
    first = line[0]
    if first.isupper():
        if line[1] in _CITY_UP_SECOND:
            head = line[:PREFIX_MAX]
            patterns = _UP_PATTERNS[0] if "(" in head else _UP_PATTERNS[1]
        elif "(" not in line:
            return 0
        else:
            head = line[:PREFIX_MAX]
            if "(" not in head:
                return 0
            patterns = _PATTERNS[2:3]
    elif "\u0621" <= first <= "\u06d3":
        head = line[:PREFIX_MAX]
        patterns = _PATTERNS[3:]
    else:
        return 0
    for pattern in patterns:
        m = pattern.match(head)
        if m and len(_WORD.findall(line[m.end() : m.end() + 200])) >= 3:
            end = m.end()
            while end > 0 and line[end - 1].isspace():
                end -= 1
            return end
    return 0
