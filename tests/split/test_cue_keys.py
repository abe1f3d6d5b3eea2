"""The "according to" pre-filter: substring tests give what the case-insensitive regex gives."""

from __future__ import annotations

import random
import re._casefix as casefix  # the letters re.IGNORECASE folds beyond str.lower()

from annotator.split.attribution import Tracker, attribute_sentence
from annotator.split.cues import (
    _ACCORDING_KEY_LIST,
    _ACCORDING_KEYS,
    CASE_ODD,
    has_according_key,
)


def test_case_odd_lists_every_letter_ignorecase_folds_otherwise() -> None:
    extra = {chr(k) for k in casefix._EXTRA_CASES}
    extra |= {chr(v) for vs in casefix._EXTRA_CASES.values() for v in vs}
    odd = {"İ"} | {c for c in extra if c.upper().lower() != c}
    assert odd <= CASE_ODD


def test_keys_match_as_the_regex_does() -> None:
    cases = [
        "According to the police, 12 died.",
        "ACCORDING TO THE POLICE",
        "Laut Polizei starben zwölf.",
        "GEMÄSS dem Bericht",  # "SS" is no "ß": neither matches
        "Gemäß dem Bericht",
        "GEMÄẞ DEM BERICHT",  # capital sharp s folds to ß
        "Selon la police",
        "SEGÚN la policía",
        "По словам министра",
        "ПО СЛОВАМ министра",
        "По ᲃловам министра",  # a Cyrillic variant letter that IGNORECASE folds to "с"
        "Dİres le ministre",  # "İ" lower-cases to two characters
        "dıres",  # dotless i folds to "i" under IGNORECASE only
        "ſelon la police",  # long s
        "وفق الشرطة",
        "The vote went on.",
        "",
    ]
    rng = random.Random(7)
    letters = "acdgijlmnorsuteéèüäßÄÜẞİıſᲃсолвамASCII ,.“”’"
    for _ in range(3000):
        word = rng.choice(_ACCORDING_KEY_LIST)
        noise = "".join(rng.choice(letters) for _ in range(rng.randint(0, 6)))
        mixed = "".join(c.upper() if rng.random() < 0.3 else c for c in word)
        cases.append(noise + mixed[: rng.randint(0, len(mixed))] + noise[::-1])
    for text in cases:
        padded = "x " + text + " y"
        expected = _ACCORDING_KEYS.search(padded, 2, 2 + len(text)) is not None
        assert has_according_key(padded, 2, 2 + len(text)) is expected, text


def test_according_to_still_attributes() -> None:
    text = "According to the Pentagon, 13 soldiers died."
    attr = attribute_sentence(text, 0, len(text), Tracker(lang="en"))
    assert attr is not None and (attr.speaker, attr.cue) == ("Pentagon", "according to")
    text = "Laut Polizei starben zwölf Menschen."
    attr = attribute_sentence(text, 0, len(text), Tracker(lang="de"))
    assert attr is not None and (attr.speaker, attr.cue) == ("Polizei", "laut")
