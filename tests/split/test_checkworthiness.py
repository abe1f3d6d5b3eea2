"""Check-worthiness: figures, entities and attribution raise it; stance, hedges, questions lower it."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.split.checkworthiness import score


def test_figures_entities_and_attribution_rank_above_opinion() -> None:
    fact, f = score("The bombing killed 13 U.S. soldiers and up to 170 Afghan civilians.")
    opinion, g = score("I think they should be ashamed of themselves, honestly.")
    assert fact > 0.7 > opinion
    assert f["numbers"] == ["13", "170"] and f["factual_verb"]
    assert "U.S." in f["entities"]
    assert g["opinion"]


def test_stance_reply_is_low() -> None:
    s, f = score("Agree 100%", "Clutch", "posted")
    assert f["short"] and s < 0.5


def test_question_and_hedge_lower_the_score() -> None:
    plain, _ = score("The Taliban and ISIS agreed on a ceasefire in Nangarhar.")
    hedged, h = score("The Taliban and ISIS may have agreed on a ceasefire in Nangarhar.")
    question, q = score("Did the Taliban and ISIS agree on a ceasefire in Nangarhar?")
    assert plain > hedged > question
    assert h["hedges"] == ["may"] and q["question"]


def test_attribution_adds_weight_and_bounds_hold() -> None:
    a, fa = score(
        "ISIS returned and grew with American help.", "Qari Saeed Khosty", "told Newsweek"
    )
    b, fb = score("ISIS returned and grew with American help.")
    assert a > b and fa["attribution"] and not fb["attribution"]
    for text in ["", "?", "1 2 3 4 5 6 7 8 9 10 killed Kabul Airport NATO UN EU 2021 May"]:
        s, _ = score(text)
        assert 0.0 <= s <= 1.0


# a capitalised word, or a dotted abbreviation kept whole ("The U.S.", "A A.A.")
_PLAIN_WORD = r"(?:(?:\.[A-Z])+\.|[\w'’-]*)"
_PLAIN_ENTITY = re.compile(
    rf"\b[A-Z]{_PLAIN_WORD}(?:\s+(?:of\s+|the\s+|al-)?[A-Z]{_PLAIN_WORD})+"
    r"|\b(?:[A-Z]\.){2,}|\b[A-Z]{2,6}\b"
)
_PLAIN_DIGITS = re.compile(r"(?<![\w.])[$€£]?\d[\d,.]*(?:%)?")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbUS. -'’of the al-$€£1,%٣\n", max_size=80))
def test_fast_regexes_agree_with_plain_ones(text: str) -> None:
    from annotator.split import checkworthiness as cw

    assert cw._ENTITY.findall(text) == _PLAIN_ENTITY.findall(text)
    assert cw._DIGITS.findall(text) == _PLAIN_DIGITS.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="adelÉЯé ,.-'’1٣$€%\n", max_size=60))
def test_other_languages_fast_regexes_agree_with_plain_ones(text: str) -> None:
    from annotator.split import checkworthiness_ml as ml

    plain = ml._ENTITY.pattern.replace("*+", "*").replace(r"\s++", r"\s+")
    assert re.findall(plain, text) == ml._ENTITY.findall(text)
    if not any(ch.isdecimal() and not ch.isascii() for ch in text):
        assert ml._DIGITS_0_9.findall(text) == ml._DIGITS.findall(text)


def test_other_languages_figures_in_any_script_and_in_latin_1() -> None:
    assert score("Il y a 1 200 morts et ٣١٢ blessés à Paris.", lang="fr")[1]["numbers"] == [
        "1 200",
        "٣١٢",
    ]
    assert score("Das GESETZ kostet 1.200 € für Öl.", lang="de")[1]["numbers"] == ["1.200"]


def test_dotted_abbreviations_stay_whole_inside_an_entity() -> None:
    assert score("The U.S. responded with airstrikes.")[1]["entities"] == ["The U.S."]
    assert score("He met U.S. President Joe Biden.")[1]["entities"] == ["U.S. President Joe Biden"]


def test_figures_in_every_script_and_years_as_dates() -> None:
    _, f = score(
        "قال الرئيس بايدن إن ١٣ جنديا قتلوا في كابول عام ٢٠٢١ وأكد حلف NATO ذلك.", lang="ar"
    )
    assert f["numbers"] == ["١٣"] and f["dates"]
    assert "NATO" in f["entities"] and "الرئيس بايدن" in f["entities"]
    assert f["cue_verb"] and f["factual_verb"]
    _, g = score("Selon le ministère, 1 200 personnes ont été blessées à Paris.", lang="fr")
    assert g["numbers"] == ["1 200"]


def test_entities_by_capitalisation_in_cyrillic_and_latin_with_diacritics() -> None:
    _, f = score("Министр обороны Сергей Шойгу заявил, что 13 военных погибли.", lang="ru")
    assert f["entities"] == ["Сергей Шойгу"] and f["numbers"] == ["13"] and f["cue_verb"]
    _, g = score("Le président Émile Loubet a été élu par le Sénat en 1905.", lang="fr")
    assert g["entities"] == ["Émile Loubet"] and g["dates"]


def test_opinion_hedge_question_and_cue_per_language() -> None:
    fact, f = score(
        "Bundeskanzler Olaf Scholz sagte, am 3. Oktober seien Tausende betroffen.", lang="de"
    )
    opinion, g = score("Ich glaube, wir sollten vielleicht noch warten.", lang="de")
    question, q = score("هل قتل ١٣ جنديا في الهجوم؟", lang="ar")
    assert fact > 0.7 > opinion
    assert f["cue_verb"] and "Oktober" not in f["entities"] and f["dates"]
    assert g["opinion"] and g["hedges"] == ["vielleicht"]
    assert q["question"] and question < fact
    said, _ = score("Der Minister sagte, die Preise seien gestiegen.", lang="de")
    spoken, _ = score(
        "Der Minister sagte, die Preise seien gestiegen.", "Der Minister", "sagte", "de"
    )
    assert spoken > said > score("Die Preise seien gestiegen, das ist klar.", lang="de")[0]


def test_word_features_read_the_listed_words_of_the_sentence() -> None:
    # the lists are looked up through their union: each feature still sees only its own words
    from annotator.split import checkworthiness as cw

    rng = random.Random(7)
    listed = ["two", "dozens", "monday", "yesterday", "may", "seems", "i", "we", "us", "should"]
    listed += ["killed", "evidence", "said", "told", "wrote"]
    other = ["the", "council", "Harbour", "vote", "US", "on", "budget", "it", "is", "believed"]
    for _ in range(3000):
        words = [rng.choice(listed if rng.random() < 0.3 else other) for _ in range(9)]
        sentence = " ".join(words) + "."
        vocab = set(cw.word_runs(sentence.lower()))
        _, f = score(sentence)
        assert f["cue_verb"] == (not vocab.isdisjoint(cw.EN_CUES)), sentence
        assert f["factual_verb"] == (not vocab.isdisjoint(cw.FACTUAL_WORDS)), sentence
        opinion = not vocab.isdisjoint(cw.OPINION_WORDS)
        if opinion and "us" in vocab and "US" in sentence:
            opinion = not vocab.isdisjoint(cw.OPINION_WORDS - {"us"})
        assert f["opinion"] == opinion, sentence
        hedges = [w for w in words if w in cw.HEDGES]
        assert [h for h in f["hedges"] if " " not in h] == hedges, sentence
        assert [n for n in f["numbers"] if n in cw.NUMBER_WORDS] == [
            w for w in words if w in cw.NUMBER_WORDS
        ], sentence


def test_scores_are_rounded_sums_of_the_weights() -> None:
    for sentence, speaker in [
        ("The council voted 7 to 2 on Monday, the Harbour Board said.", "Harbour Board"),
        ("I think we should wait.", None),
        ("Did the mayor sign the budget?", None),
    ]:
        s, f = score(sentence, speaker)
        again, _ = score(sentence, speaker)
        assert s == again and s == round(s, 4) and 0.0 <= s <= 1.0
        assert bool(f["attribution"]) == bool(speaker)


def test_weighted_adds_the_weights_in_their_order_clamped_and_rounded() -> None:
    from annotator.split.checkworthiness import BASE, WEIGHTS, _weighted

    rng = random.Random(5)
    keys = ["dates", "attribution", "cue_verb", "factual_verb", "hedges", "opinion", "question"]
    for _ in range(3000):
        f = {k: rng.random() < 0.5 for k in [*keys, "short"]}
        f["numbers"] = ["1"] * rng.randint(0, 4)
        f["entities"] = ["A B"] * rng.randint(0, 4)
        plain = BASE
        if f["numbers"]:
            plain += WEIGHTS["numbers"] + WEIGHTS["extra_number"] * min(2, len(f["numbers"]) - 1)
        if f["dates"]:
            plain += WEIGHTS["dates"]
        if f["entities"]:
            plain += WEIGHTS["entities"] + WEIGHTS["extra_entity"] * min(2, len(f["entities"]) - 1)
        if f["attribution"]:
            plain += WEIGHTS["attribution"]
        elif f["cue_verb"]:
            plain += WEIGHTS["cue_verb"]
        for key, weight in [("factual_verb", "factual_verb"), ("hedges", "hedge")] + [
            (k, k) for k in ("opinion", "question", "short")
        ]:
            if f[key]:
                plain += WEIGHTS[weight]
        assert _weighted(f) == round(max(0.0, min(1.0, plain)), 4), f


def test_ascii_sentence_scores_as_its_non_ascii_twin() -> None:
    # an ASCII sentence's word runs come from one lower-casing translation: the same features
    # as a sentence that differs only by a non-ASCII character the features do not read
    for sentence in [
        "It SEEMS the Harbour Board's fees rose by 40% last week, Doe said.",
        "We SHOULD ask why Two ferries were BELIEVED lost on Monday.",
        "Dozens of residents met the council's O'Neill in 2019.",
    ]:
        twin = sentence + "\u00a0"
        assert score(sentence)[1] == score(twin)[1], sentence
        assert score(sentence) == score(sentence, words=sentence.split())
    _, f = score("It SEEMS fees are believed high.")
    assert f["hedges"] == ["seems", "it seems", "are believed"]


def test_other_languages_score_the_same_with_the_words_given() -> None:
    for sentence, lang in [
        ("Der Minister sagte am 3. Mai, 2.000 Menschen seien betroffen.", "de"),
        ("Selon le maire, trois écoles fermeront en 2025.", "fr"),
        ("По словам министра, погибли пять человек.", "ru"),
    ]:
        expected = score(sentence, "X", "sagte", lang)
        assert score(sentence, "X", "sagte", lang, sentence.split()) == expected


def test_other_languages_look_their_listed_words_up_through_the_union() -> None:
    from annotator.split import checkworthiness_ml as ml
    from annotator.split.abbreviations import lexicon
    from annotator.split.textscan import word_runs

    rng = random.Random(11)
    listed = ["zwei", "ich", "vielleicht", "getötet", "sagte", "januar", "märz", "dos", "dijo"]
    other = ["der", "Rat", "stimmte", "über", "den", "Haushalt", "ab", "el", "consejo", "1999"]
    for lang in ("de", "es"):
        for _ in range(1500):
            words = [rng.choice(listed if rng.random() < 0.3 else other) for _ in range(8)]
            sentence = " ".join(words) + "."
            vocab = set(word_runs(sentence.lower()))
            f = ml.features_ml(sentence, lang)
            assert f["cue_verb"] == (not vocab.isdisjoint(ml._cues())), sentence
            assert f["factual_verb"] == (not vocab.isdisjoint(ml.FACTUAL)), sentence
            assert f["opinion"] == (not vocab.isdisjoint(ml.FIRST_PERSON)), sentence
            months = not vocab.isdisjoint(lexicon(lang).months)
            assert f["dates"] == (months or "1999" in words), sentence


def test_other_languages_features_come_in_the_english_order_with_speaker_and_cue() -> None:
    from annotator.split import checkworthiness_ml as ml

    _, english = score("Jane Doe said the council met on Monday.", "Jane Doe", "said", "en")
    for sentence, lang in (("Laut Doe tagte der Rat am Montag.", "de"), ("Doe dijo que sí.", "es")):
        _, f = score(sentence, "Doe", "dijo", lang)
        assert list(f) == list(english)
        assert f["attribution"] is True and f["cue"] == "dijo"
        assert ml.features_ml(sentence, lang, None, "Doe", "dijo") == f
        assert ml.features_ml(sentence, lang)["attribution"] is False


def test_other_languages_sentence_without_a_listed_word_gets_plain_features() -> None:
    from annotator.split import checkworthiness_ml as ml

    f = ml.features_ml("Die Fähre fuhr am Abend über den Fluss.", "de")  # no listed word
    assert f["cue_verb"] is False and f["factual_verb"] is False and f["opinion"] is False
    assert f["hedges"] == [] and f["numbers"] == [] and f["dates"] is False
    listed = ml.features_ml("Vielleicht fuhr ich zwei Fähren im März.", "de")
    assert listed["hedges"] == ["vielleicht"] and listed["numbers"] == ["zwei"]
    assert listed["opinion"] is True and listed["dates"] is True
