"""Check-worthiness: a transparent, feature-weighted score in [0, 1] for a claim unit.

Not a trained model: a documented heuristic that ranks what a fact-checker should look at first
(published reference points: CheckThat! 2019 best MAP 0.166, Full Fact's classifier F1 0.83).

score = clamp(BASE + sum of weights of the features present), with the weights in `WEIGHTS`:

| feature      | how it is found                                                      | weight |
|--------------|----------------------------------------------------------------------|--------|
| numbers      | digits, number words ("dozens", "thousands"), money, percentages     | +0.25, +0.05 per extra figure (max +0.10) |
| dates        | years (1900-2099), month names, weekdays, "last week"                | +0.05  |
| entities     | capitalised multi-word names and acronyms (not the first word)       | +0.15, +0.05 per extra (max +0.10) |
| attribution  | a speaker was found (someone claimed it)                              | +0.10  |
| cue verb     | no speaker, but a verb of saying of the language (said, sagte, заявил, قال) | +0.05  |
| causal/fact verbs | killed, caused, funded, created, blamed, increased ...          | +0.10  |
| hedges       | may, might, could, reportedly, allegedly, it seems, likely           | -0.05  |
| opinion      | first person (I, we, my), "I think", "should", evaluative adjectives | -0.15  |
| question     | ends with "?"                                                         | -0.25  |
| short        | fewer than 6 words ("Agree 100%": stance, not a checkable claim)     | -0.30  |

BASE is 0.25. Entities are a capitalisation heuristic: a run of capitalised words not at the
start of the sentence, or an all-capitals token of 2-6 letters (ISIS, NATO, U.S.).

Other languages (`lang`, ISO 639-1, from `annotator.split.language`): figures in any script
(Arabic-Indic ٣١٢, Devanagari, full-width; `٪`, `₽`, `₴`, `₺`, `₹`; years such as ٢٠٢١),
number words and first-person pronouns per language, month names from the splitter's lexicon
(`annotator.split.abbreviations`), cue verbs from the attribution lexicons
(`annotator.split.lexicon`, `lexicon_ml`). Entities: in a cased script, runs of capitalised
words in any cased alphabet (Latin with diacritics, Cyrillic, Greek); a single capitalised word
does not count in German, where every noun is capitalised. In a caseless script (Arabic,
Hebrew, Devanagari, CJK) words in another script ("NATO" in Arabic text) and the word after a
title ("الرئيس", "وزير") are entities. English (or no language) keeps the rules above.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import itemgetter
from typing import Any, Final

from annotator.split.lexicon import EN_CUES
from annotator.split.textscan import ASCII_LOWER_RUNS, has_ascii_digit, word_runs

BASE: Final = 0.25
WEIGHTS: Final[dict[str, float]] = {
    "numbers": 0.25,
    "extra_number": 0.05,
    "dates": 0.05,
    "entities": 0.15,
    "extra_entity": 0.05,
    "attribution": 0.10,
    "cue_verb": 0.05,
    "factual_verb": 0.10,
    "hedge": -0.05,
    "opinion": -0.15,
    "question": -0.25,
    "short": -0.30,
}

# `(?<![\w.])[$€£]?\d[\d,.]*(?:%)?`, written to start with a character class (the scan jumps
# to digits and currency signs): the first character, then the lookbehind on the one before it.
_DIGITS: Final = re.compile(r"[$€£\d](?<![\w.][$€£\d])(?:(?<=[$€£])\d|(?<=\d))[\d,.]*(?:%)?")
# The same on an ASCII sentence (most English text), with ASCII classes spelled out: a class of
# ranges is a bitmap, a class holding \d or \w calls a category test for each character.
_DIGITS_ASCII: Final = re.compile(
    r"[$0-9](?<![A-Za-z0-9_.][$0-9])(?:(?<=[$])[0-9]|(?<=[0-9]))[0-9,.]*+%?", re.ASCII
)
NUMBER_WORDS: Final = frozenset(
    """dozens hundreds thousands millions billions two three four five six seven eight nine ten
    eleven twelve twenty thirty forty fifty hundred thousand million billion""".split()
)
_YEAR: Final = re.compile(r"(?:19|20)\d\d$")
DATE_WORDS: Final = frozenset(
    """january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday yesterday""".split()
)
_RELATIVE_DATE: Final = re.compile(r"\b(?:last|next) (?:week|month|year)\b")
# A run of capitalised words, a dotted acronym (U.S.) or a 2-6 capital token, each starting at a
# word boundary: `\b[A-Z]...(?:...)+|\b(?:[A-Z]\.){2,}|\b[A-Z]{2,6}\b`, written with the common
# first capital up front (and the \b as a lookbehind after it) so the scan jumps from capital to
# capital instead of trying every position.
# The word and space runs are possessive: what follows them cannot start inside them.
_CAP_WORD: Final = r"(?:(?:\.[A-Z])+\.|[\w'’-]*+)"  # the rest of a capitalised word, or of "U.S."
_ENTITY: Final = re.compile(
    r"[A-Z](?<!\w[A-Z])"
    rf"(?:{_CAP_WORD}(?:\s++(?:of\s++|the\s++|al-)?[A-Z]{_CAP_WORD})+|\.(?:[A-Z]\.)+|[A-Z]{{1,5}}\b)"
)
# The same on an ASCII sentence, with ASCII classes (`\s` spelled out: `str.isspace` also
# counts \x1c-\x1f, `re.ASCII`'s `\s` does not; `\w` as ranges, a bitmap test).
_ASCII_SPACE: Final = r"[\t-\r\x1c-\x1f ]"
_ENTITY_ASCII: Final = re.compile(
    _ENTITY.pattern.replace("’", "")
    .replace(r"\s", _ASCII_SPACE)
    .replace(r"(?<!\w", "(?<![A-Za-z0-9_]")
    .replace(r"[\w", "[A-Za-z0-9_"),
    re.ASCII,
)
HEDGES: Final = frozenset(
    """may might could reportedly allegedly apparently possibly perhaps likely unlikely seems
    appears suggest suggests rumored rumoured""".split()
)
_HEDGE_PHRASE: Final = re.compile(r"\bit seems\b|\b(?:is|are) believed\b")
OPINION_WORDS: Final = frozenset(
    """i i'm i’m me my we we're we’re our us think believe feel should must foolish stupid
    terrible awful great disgusting shameful agree disagree""".split()
)
_OPINION_NOT_US = OPINION_WORDS - {"us"}
FACTUAL_WORDS: Final = frozenset(
    """killed died dead death deaths injured wounded attack attacked bomb bombing bombed funded
    financed financing created caused blamed increased decreased rose fell doubled won lost
    signed banned arrested launched formed withdrew invaded responsible evidence""".split()
)
# every word a feature looks up: a sentence's words are intersected with it once, and the
# (few) words found are tested against each list
_LISTED: Final[frozenset[str]] = (
    NUMBER_WORDS | DATE_WORDS | HEDGES | OPINION_WORDS | FACTUAL_WORDS | EN_CUES
)
_ROUNDED: dict[float, float] = {}  # round(s, 4) of each sum of weights met so far


def score(
    sentence: str,
    speaker: str | None = None,
    cue: str | None = None,
    lang: str | None = None,
    words: list[str] | None = None,
    encoded: tuple[str, bytes] | None = None,
) -> tuple[float, dict[str, Any]]:
    """Check-worthiness of one sentence in [0, 1] and the features that produced it; `words`:
    `sentence.split()`, `encoded`: `textscan.encode_part` of it, when the caller has them."""
    if words is None:
        words = sentence.split()
    if lang and lang != "en":
        found = (_ML[0] if _ML else _features_ml())(sentence, lang, words, speaker, cue, encoded)
        return _weighted(found), found
    is_ascii = sentence.isascii()
    if is_ascii:  # `word_runs(sentence.lower())` in one `bytes.translate`
        runs = sentence.encode("ascii").translate(ASCII_LOWER_RUNS).decode("ascii")
        lower_words = runs.split()
    else:
        runs = sentence.lower()
        lower_words = word_runs(runs)
    vocab = _LISTED.intersection(lower_words)  # what `set(lower_words)` shares with the lists
    # cheap pre-checks (a word of the list, a literal) skip scans that cannot match
    figures: list[str] = []
    year = False
    # an ASCII figure holds a digit 0-9: most sentences have none, and no scan
    digits = _DIGITS if not is_ascii else _DIGITS_ASCII if has_ascii_digit(sentence) else None
    for n in digits.findall(sentence) if digits else ():
        n = n.rstrip(".,")
        if _YEAR.match(n):
            year = True
        elif n:
            figures.append(n)
    if not vocab.isdisjoint(NUMBER_WORDS):
        figures += [w for w in lower_words if w in NUMBER_WORDS]
    dates = (
        year
        or not vocab.isdisjoint(DATE_WORDS)
        or (("last " in sentence or "next " in sentence) and bool(_RELATIVE_DATE.search(sentence)))
    )
    entities = [
        e
        for e in (_ENTITY_ASCII if is_ascii else _ENTITY).findall(sentence)
        if not sentence.startswith(e) or " " in e or e.isupper()
    ]
    hedges = [w for w in lower_words if w in HEDGES] if not vocab.isdisjoint(HEDGES) else []
    if "seems" in runs or "believed" in runs:  # letters only: in `runs` as in the lower case
        hedges += _HEDGE_PHRASE.findall(sentence.lower())
    opinion = not vocab.isdisjoint(OPINION_WORDS)
    if opinion and "us" in vocab and "US" in sentence:
        opinion = not vocab.isdisjoint(_OPINION_NOT_US)  # "US" the country
    question = sentence.rstrip(" \"'”’»“‘«›‹)").endswith("?")
    features: dict[str, Any] = {  # in the order `features_ml` gives other languages' features
        "numbers": figures,
        "dates": dates,
        "entities": entities,
        "attribution": bool(speaker),
        "cue": cue,
        "cue_verb": not vocab.isdisjoint(EN_CUES),
        "factual_verb": not vocab.isdisjoint(FACTUAL_WORDS),
        "hedges": hedges,
        "opinion": opinion,
        "question": question,
        "short": len(words) < 6,
        "words": len(words),
    }
    return _weighted(features), features


_ML: Final[list[Callable[..., dict[str, Any]]]] = []  # `_features_ml()` once it was called


def _features_ml() -> Callable[..., dict[str, Any]]:
    """`checkworthiness_ml.features_ml`, imported on the first sentence of another language
    (an import statement per sentence cost ~0.6 µs) and kept in `_ML` (read without a call)."""
    from annotator.split.checkworthiness_ml import features_ml

    if not _ML:
        _ML.append(features_ml)
    return features_ml


_READ: Final = itemgetter(
    "numbers", "dates", "entities", "attribution", "cue_verb", "factual_verb", "hedges",
    "opinion", "question", "short",
)  # fmt: skip
_NUMBERS, _EXTRA_NUMBER, _DATES, _ENTITIES, _EXTRA_ENTITY, _ATTRIBUTION = (
    WEIGHTS[k] for k in "numbers extra_number dates entities extra_entity attribution".split()
)
_CUE_VERB, _FACTUAL, _HEDGE, _OPINION, _QUESTION, _SHORT = (
    WEIGHTS[k] for k in "cue_verb factual_verb hedge opinion question short".split()
)


def _weighted(f: dict[str, Any]) -> float:
    """The score from a sentence's features (the same weights for every language), added in
    the order of `WEIGHTS` (read once into constants), clamped to [0, 1] and rounded."""
    figures, dates, entities, attribution, cue_verb, factual, hedges, opinion, question, short = (
        _READ(f)
    )
    s = BASE
    if figures:
        extra = len(figures) - 1  # `min(2, extra)` below without a call (~1,000 instructions)
        s += _NUMBERS + _EXTRA_NUMBER * (extra if extra < 2 else 2)
    if dates:
        s += _DATES
    if entities:
        extra = len(entities) - 1
        s += _ENTITIES + _EXTRA_ENTITY * (extra if extra < 2 else 2)
    if attribution:
        s += _ATTRIBUTION
    elif cue_verb:
        s += _CUE_VERB
    if factual:
        s += _FACTUAL
    if hedges:
        s += _HEDGE
    if opinion:
        s += _OPINION
    if question:
        s += _QUESTION
    if short:
        s += _SHORT
    if s > 1.0:  # `max(0.0, min(1.0, s))` without two calls
        s = 1.0
    elif s < 0.0:
        s = 0.0
    rounded = _ROUNDED.get(s)
    if rounded is None:
        rounded = _ROUNDED[s] = round(s, 4)
    return rounded
