"""Check-worthiness features for languages other than English (see `checkworthiness`).

Pure functions over one sentence; the word lists are small and general (number words,
first-person pronouns, hedges, titles before names), written from knowledge of each language.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any, Final

from annotator.split.abbreviations import lexicon
from annotator.split.textscan import has_ascii_digit, lower_word_runs

# Capital letters of the cased alphabets (Latin, Greek, Cyrillic, Armenian, Georgian, ...).
_CASED_RANGES: Final = (
    (0x41, 0x590),
    (0x10A0, 0x1100),
    (0x1E00, 0x2000),
    (0x2C00, 0x2E00),
    (0xA640, 0xA800),
)
_UPPER: Final = "".join(
    chr(c) for a, b in _CASED_RANGES for c in range(a, b) if unicodedata.category(chr(c)) == "Lu"
)
_U: Final = "[" + re.escape(_UPPER) + "]"
_LINK: Final = r"(?:de|del|da|do|dos|der|von|van|den|du|des|la|le|di|al-|el-|bin|ibn)\s++"
# A run of capitalised words, a dotted acronym or a 2-6 capital token, each not after a word
# character: `(?<!\w)U(?:…)+|(?<!\w)(?:U\.){2,}|(?<!\w)U{2,6}(?!\w)`, written with the common
# first capital up front and the lookbehind after it, so the scan jumps from capital to capital
# (4x faster) instead of trying every position. The word and space runs are possessive: what
# follows them cannot start inside them.
_ENTITY: Final = re.compile(
    rf"{_U}(?<!\w{_U})(?:(?:(?:\.{_U})+\.|[\w'’-]*+)"
    rf"(?:\s++(?:{_LINK})?{_U}(?:(?:\.{_U})+\.|[\w'’-]*+))+"
    rf"|\.(?:{_U}\.)+|{_U}{{1,5}}(?!\w))"
)
# Figures in any script: \d is every Unicode decimal digit (Arabic-Indic, Devanagari, ...).
# `(?<![\w.])C?\d[\d,.٫٬]*…` (C: a currency sign), written to start with a character class
# (the scan jumps to digits and currency signs, 2x faster), the lookbehind after it.
_DIGITS_OF: Final = (  # D: the class of decimal digits
    r"[$€£₽₴₺₹¥D](?<![\w.][$€£₽₴₺₹¥D])(?:(?<=[$€£₽₴₺₹¥])[D]|(?<=[D]))"
    r"[D,.٫٬]*(?:[ \u00a0\u202f][D]{3}(?![D]))*(?:\s?[%٪])?"
)
_DIGITS: Final = re.compile(_DIGITS_OF.replace("D", r"\d"))
# The same on a text that fits a single-byte encoding of `textscan` (its only decimal digits are
# 0-9): a class of ranges is a table look-up, `\d` a Unicode category test for each character.
_DIGITS_0_9: Final = re.compile(_DIGITS_OF.replace("D", "0-9"))
_LATIN_WORD: Final = re.compile(r"[A-Za-z][A-Za-z.\-]+")
_QUESTION: Final = re.compile(r"[?؟？][\"'”’»“‘«›‹)\s]*$")

NUMBER_WORDS: Final = frozenset(
    """dutzende hunderte tausende millionen milliarden zwei drei vier fünf zehn hundert tausend
    million milliarde dizaines centaines milliers millions milliards deux trois quatre cinq dix
    cent mille docenas cientos miles millones dos tres cuatro cinco diez cien mil decine
    centinaia migliaia milioni miliardi due tre quattro cinque dieci cento dezenas centenas
    milhares milhões bilhões dois três quatro tientallen honderden duizenden miljoenen miljard
    twee drie vier vijf tien honderd duizend десятки сотни тысячи тысяч миллион миллиона
    миллионов миллиард два три четыре пять десять сто тысяча тисячі тисяч мільйонів мільярдів
    дві setki tysiące tysięcy milionów miliardów dwa trzy cztery pięć dziesięć sto tysiąc
    onlarca yüzlerce binlerce milyon milyar iki üç dört beş on yüz bin عشرات مئات آلاف ألف
    مليون ملايين مليار اثنان ثلاثة أربعة خمسة عشرة مائة""".split()
)
FIRST_PERSON: Final = frozenset(
    """ich wir mein meine unser unsere je nous moi mon ma mes notre nos yo nosotros mi mis
    nuestro nuestra io noi mio mia nostro nostra eu nós meu minha nosso nossa ik wij mijn ons
    onze я мы мой моя наш наша я ми мій моя наш ja my mój moja nasz nasza ben biz benim bizim
    أنا نحن رأيي أعتقد""".split()
)
HEDGES: Final = frozenset(
    """vielleicht möglicherweise angeblich offenbar wahrscheinlich peut-être probablement
    apparemment prétendument quizás quizá tal probablemente presuntamente supuestamente forse
    probabilmente presumibilmente talvez provavelmente supostamente misschien waarschijnlijk
    vermoedelijk возможно вероятно якобы кажется можливо ймовірно нібито może
    prawdopodobnie rzekomo belki muhtemelen galiba ربما يبدو يُعتقد""".split()
)
FACTUAL: Final = frozenset(
    """getötet tot tote verletzt angriff anschlag tués morts blessés attaque attentat muertos
    heridos ataque atentado morti feriti attacco mortos feridos doden gewonden aanval убиты
    погибли погибших ранены атака теракт загинули поранені напад zginęło zabici ranni atak
    öldü yaralandı saldırı قتل قتلوا قتلى مقتل جرحى هجوم انفجار""".split()
)
# Titles and roles before a name in a caseless script (Arabic)
TITLE_BEFORE_NAME: Final = frozenset(
    "الرئيس رئيس وزير الوزير المتحدث الشيخ الجنرال اللواء العميد الدكتور السيد الملك الأمير".split()
)
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
CASELESS: Final = frozenset("ar fa ps ur he yi hi bn ta te th zh ja ko km lo my ka am".split())


@cache
def _cues() -> frozenset[str]:
    from annotator.split.lexicon import EN_CUES
    from annotator.split.lexicon_ml import CUES

    return frozenset(CUES) | EN_CUES


@cache
def _listed(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Every word a feature of `lang` looks up (a sentence's words are intersected with it once,
    no set of all its words, and the few found are tested against each list), its months and
    the cues: one cached look-up per sentence."""
    months, cues = lexicon(lang).months, _cues()
    return NUMBER_WORDS.union(FIRST_PERSON, HEDGES, FACTUAL, months, cues), months, cues


def ascii_digits(number: str) -> str:
    """`٢٠٢١` -> `2021`: any script's decimal digits as ASCII (other characters kept); an ASCII
    number comes back as it is (its digits are ASCII already: no per-character look-up)."""
    if number.isascii():
        return number
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in number)


def features_ml(
    sentence: str,
    lang: str,
    words: list[str] | None = None,
    speaker: str | None = None,
    cue: str | None = None,
    encoded: tuple[str, bytes] | None = None,
) -> dict[str, Any]:
    """The features of `checkworthiness.score` for a sentence in `lang` (not English), in its
    order, with its speaker and cue; `words`: `sentence.split()`, `encoded`: the sentence as
    `textscan.encode_part` gives it, when the caller has them already."""
    if words is None:
        words = sentence.split()
    lower_words, encoding = lower_word_runs(sentence, encoded)
    listed, months, cues = _listed(lang)
    vocab = listed.intersection(lower_words)  # the words the features below look up
    figures: list[str] = []
    dates = False
    # a figure of `_DIGITS_0_9` holds a digit 0-9: most sentences have none, and no scan
    digits = _DIGITS if encoding is None else _DIGITS_0_9 if has_ascii_digit(sentence) else None
    for n in digits.findall(sentence) if digits else ():
        n = n.rstrip(".,٫٬ ")
        if not n:
            continue
        plain = ascii_digits(n)
        if _YEAR.fullmatch(plain):
            dates = True
        else:
            figures.append(n)
    hedges: list[str] = []
    if vocab:  # most sentences (3 in 4) hold no listed word: no list is tested
        if not vocab.isdisjoint(NUMBER_WORDS):  # a set test first: most sentences hold none
            figures += [w for w in lower_words if w in NUMBER_WORDS]
        dates = dates or not vocab.isdisjoint(months)
        cue_verb = not vocab.isdisjoint(cues)
        factual = not vocab.isdisjoint(FACTUAL)
        if not vocab.isdisjoint(HEDGES):
            hedges = [w for w in lower_words if w in HEDGES]
        opinion = not vocab.isdisjoint(FIRST_PERSON)
    else:
        cue_verb = factual = opinion = False
    return {
        "numbers": figures,
        "dates": dates,
        "entities": entities(sentence, lang),
        "attribution": bool(speaker),
        "cue": cue,
        "cue_verb": cue_verb,
        "factual_verb": factual,
        "hedges": hedges,
        "opinion": opinion,
        # `_QUESTION.search` after substring tests: most sentences hold no question mark
        "question": ("?" in sentence or "؟" in sentence or "？" in sentence)
        and _QUESTION.search(sentence) is not None,
        "short": len(words) < 6,
        "words": len(words),
    }


def entities(sentence: str, lang: str) -> list[str]:
    """Named-entity candidates by script: capitalised runs, or in caseless scripts words in
    another script and words after a title."""
    if lang in CASELESS or not (sentence[:1].isupper() or any(ch.isupper() for ch in sentence)):
        found = [w for w in _LATIN_WORD.findall(sentence) if w[:1].isupper()]
        tokens = sentence.split()
        for i, tok in enumerate(tokens[:-1]):
            if tok.lstrip("و") in TITLE_BEFORE_NAME:
                found.append(f"{tok} {tokens[i + 1]}")
        return found
    out = []
    for e in _ENTITY.findall(sentence):
        if sentence.startswith(e) and " " not in e and not e.isupper():
            continue
        out.append(e)
    return out
