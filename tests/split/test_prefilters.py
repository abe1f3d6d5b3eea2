"""Cheap tests that stand for regular expressions give what the expressions give."""

from __future__ import annotations

import random
import re
import re._casefix as casefix  # the letters re.IGNORECASE folds beyond str.lower()
import types
from pathlib import Path
from typing import Any

import annotator.split as split_package
from annotator.split import (
    checkworthiness,
    checkworthiness_ml,
    compounds,
    frames,
    frames_de,
    lexicon_de,
    passives,
    pronouns,
    quote_speakers,
    reports,
    sources_de,
    speakers,
)
from annotator.split.according_keys import (
    _ACCORDING_KEY_LIST,
    _ACCORDING_KEYS,
    _ASCII_KEYS,
    _CODEC_KEYS,
    _LOWER_KEYS,
    _odd_as_key,
    has_according_key,
)
from annotator.split.attribution import Tracker, attribute_sentence
from annotator.split.claims import _ends_sentence
from annotator.split.cues import _CUE_FORMS, _CUE_SCAN, _SO, cue_matches
from annotator.split.lexicon import ADVERB_BEFORE_VERB, WEEKDAYS
from annotator.split.textscan import (
    _CODECS,
    _DECODING,
    CASE_ODD,
    CASE_ODD_CHAR,
    encode_part,
    has_ascii_digit,
    lower_word_runs,
    may_end_with_time,
    single_byte,
    word_runs,
)
from annotator.split.time_tails import _TIME_TAIL


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
    latin1 = "acdgijlmnorsuteéèüäßÄÜÿµÉ ,.«»"  # a Latin-1 text is tested for its script's keys
    latin1_keys = [k for k in _ACCORDING_KEY_LIST if max(k) < "\u0100"]
    for _ in range(2000):
        word = "".join(c.upper() if rng.random() < 0.3 else c for c in rng.choice(latin1_keys))
        noise = "".join(rng.choice(latin1) for _ in range(rng.randint(1, 6)))
        cases.append(noise + word[: rng.randint(0, len(word))] + noise[::-1])
    for codec in _CODECS:  # a text of one codec's letters is tested on its bytes
        letters = "".join(c for c in _DECODING[codec] if c.isalpha()) + " ,.“”’"
        for _ in range(400):
            word = "".join(c.upper() if rng.random() < 0.3 else c for c in rng.choice(_LOWER_KEYS))
            noise = "".join(rng.choice(letters) for _ in range(rng.randint(1, 6)))
            cases.append(noise + word[: rng.randint(0, len(word))] + noise[::-1])
    for text in cases:
        padded = "x " + text + " y"
        expected = _ACCORDING_KEYS.search(padded, 2, 2 + len(text)) is not None
        encoded = encode_part(padded, 2, 2 + len(text))
        assert has_according_key(padded, 2, 2 + len(text), encoded) is expected, text


def test_odd_letters_become_the_key_letter_ignorecase_takes_them_for() -> None:
    # every code point: IGNORECASE matches it to a key letter exactly when `_odd_as_key` and
    # `str.lower` make it that letter (one character each: offsets stay)
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    letters = sorted(set("".join(k.lower() for k in _ACCORDING_KEY_LIST)))
    assert len(every.lower()) == len(every) + 1  # "İ" alone lower-cases to two characters
    folded = _odd_as_key(every).lower()
    assert len(folded) == len(every)
    assert not any(re.fullmatch(re.escape(a), b, re.I) for a in letters for b in letters if a != b)
    one_of = "[" + re.escape("".join(letters)) + "]"
    by_regex = [m.start() for m in re.finditer(one_of, every, re.I)]
    assert by_regex == [m.start() for m in re.finditer(one_of, folded)]
    assert all(re.fullmatch(re.escape(folded[i]), every[i], re.I) for i in by_regex)


def test_according_to_still_attributes() -> None:
    text = "According to the Pentagon, 13 soldiers died."
    attr = attribute_sentence(text, 0, len(text), Tracker(lang="en"))
    assert attr is not None and (attr.speaker, attr.cue) == ("Pentagon", "according to")
    text = "Laut Polizei starben zwölf Menschen."
    attr = attribute_sentence(text, 0, len(text), Tracker(lang="de"))
    assert attr is not None and (attr.speaker, attr.cue) == ("Polizei", "laut")


def test_sentence_end_as_the_regex_finds_it() -> None:
    end = re.compile(r"[.!?…][\"'”’»)\]“‘«›‹]*$")
    rng = random.Random(3)
    chars = ".!?…\"'”’»)]“‘«›‹ab \t\n"
    cases = ["He left.", "He said “no.”", "(Laughter.)", "No end", "", "x.\n", "x.\n\n", "”"]
    cases += ["".join(rng.choice(chars) for _ in range(rng.randint(0, 6))) for _ in range(20000)]
    for text in cases:
        assert _ends_sentence(text) is bool(end.search(text)), repr(text)


def test_time_tail_prefilter_never_hides_a_match() -> None:
    rng = random.Random(5)
    words = [*sorted(WEEKDAYS), "MONDAY", "ſunday", "İ", "3rd", "12th", "٣", "2024", "on", "\n"]
    other = ["x", "said", ",", "ST", "1", "1st", "\n", "Tuesday’s"]
    found = 0
    for _ in range(20000):
        n = rng.randint(1, 5)
        text = " ".join(rng.choice(words if rng.random() < 0.7 else other) for _ in range(n))
        text = "".join(c.upper() if rng.random() < 0.2 else c for c in text)
        for end in (len(text), len(text) - 1):
            if _TIME_TAIL.search(text, max(0, end - 60), end):
                found += 1
                assert may_end_with_time(text, end), repr(text[:end])

    assert not may_end_with_time("the minister said", 17)


def test_ml_entities_and_figures_as_the_lookbehind_first_patterns_find_them() -> None:
    u = checkworthiness_ml._U
    link = checkworthiness_ml._LINK
    word = rf"{u}(?:(?:\.{u})+\.|[\w'’-]*)"
    entity = re.compile(
        rf"(?<!\w){word}(?:\s+(?:{link})?{word})+|(?<!\w)(?:{u}\.){{2,}}|(?<!\w){u}{{2,6}}(?!\w)"
    )
    digits = re.compile(
        r"(?<![\w.])[$€£₽₴₺₹¥]?\d[\d,.٫٬]*(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:\s?[%٪])?"
    )
    cases = [
        "Die Bundesregierung in Berlin und die U.S.A. sowie die NATO und aNATO xU.S. Angela Merkel",
        "Le président de la République Emmanuel Macron à Paris; ЕС и Владимир Путин; Ab de Cd",
        "US$5, €10, 5.3, .5, a1 2, ٢٠٢١ ١٠٪, $ 5, ¥5, x5, 5% und 5 %, 1 000 000 Euro, _1, 1_2",
        "İstanbul İzmir ŞAHİN; A. B. Xa; the U.N. said; ABCDEFG; AB-CD; O'Neil O’Brien-Smith",
    ]
    for case in cases:
        assert checkworthiness_ml._ENTITY.findall(case) == entity.findall(case)
        assert checkworthiness_ml._DIGITS.findall(case) == digits.findall(case)


def test_word_runs_as_the_regex_finds_them() -> None:
    rng = random.Random(11)
    ascii_chars = "ab Z09_'-.,;:!?\"\t\n\x1c\x1f\x7f"  # the translate path
    chars = ascii_chars + "’éü“”…"
    cases = ["it's a dog's life", "don’t", "3.5% __x__", "", "  ", "".join(map(chr, range(128)))]
    for _ in range(20000):
        pool = ascii_chars if rng.random() < 0.5 else chars
        cases.append("".join(rng.choice(pool) for _ in range(rng.randint(0, 12))))
    for text in cases:
        assert word_runs(text) == re.findall(r"[\w'’]+", text), repr(text)


def test_lower_word_runs_are_the_word_runs_of_the_lower_case() -> None:
    rng = random.Random(17)
    cases = ["İSTANBUL'DA İki", "ẞTRASSE Groß", "L'ARMÉE ’S 45%", "МОСКВА Київ", "قال ١٣", "Ω"]
    for codec in _CODECS:
        chars = [ch for ch in _DECODING[codec] if ch != "\ufffe"] + [" "] * 8
        cases += ["".join(rng.choices(chars, k=rng.randint(1, 16))) for _ in range(3000)]
    for text in cases:
        runs, encoding = lower_word_runs(text)
        assert runs == word_runs(text.lower()), repr(text)
        fits = text.isascii() and "ascii" or single_byte(text, list(_CODECS))
        assert (encoding is None) == (fits is None), repr(text)
        for codec in _CODECS:  # encoded by the caller (`encode_part`): any codec that fits
            given = single_byte(text, [codec])
            if given is not None:
                used = "ascii" if text.isascii() else codec
                assert lower_word_runs(text, given) == (runs, used), repr(text)


def test_has_ascii_digit_finds_a_digit_exactly_when_the_class_does() -> None:
    rng = random.Random(5)
    chars = "ab 09x5٢٣$€.%²"
    cases = ["", "no figure", "١٠", "²", *("".join(rng.choices(chars, k=6)) for _ in range(3000))]
    for text in cases:
        assert has_ascii_digit(text) == bool(re.search("[0-9]", text)), repr(text)


def test_figures_need_a_digit_0_9_on_single_byte_and_ascii_text() -> None:
    """The scans skipped without a digit 0-9 find nothing on such a text."""
    cases = ["$ €, £ and ¥ alone", "Seit Jahren. 5 Mal.", "twelve percent", "$.5, €.", "x5 and 5x"]
    for text in cases:
        has = has_ascii_digit(text)
        assert has or not checkworthiness_ml._DIGITS_0_9.findall(text), text
        assert has or not checkworthiness._DIGITS_ASCII.findall(
            text.encode("ascii", "ignore").decode()
        )
    assert checkworthiness_ml.features_ml("Seit Jahren 5 Mal, 12%.", "de")["numbers"] == [
        "5",
        "12%",
    ]
    assert checkworthiness.score("It cost $5 and 12% more.")[1]["numbers"] == ["$5", "12%"]


def test_single_byte_codecs_write_no_other_decimal_digits() -> None:
    """`checkworthiness_ml` scans a text that fits one for 0-9 only."""
    for codec in _CODECS:
        assert not [ch for ch in _DECODING[codec] if ch.isdecimal() and not ch.isascii()]


def test_cue_matches_as_the_scan_finds_them() -> None:
    rng = random.Random(13)
    forms = sorted(_CUE_FORMS)
    glue = [" ", " ", ", ", "-", "_", "—", "“", "”", "’", "«", "\n", "x", "é", "ş", "д", "ق", "1"]
    words = ["Die", "Minister", "the", "ist", "der", "Ansicht", "bekannt", "gab", "Müller", "ПО"]
    found = 0
    for _ in range(4000):
        parts = [
            rng.choice(forms if rng.random() < 0.4 else words) for _ in range(rng.randint(1, 8))
        ]
        text = "".join(p + rng.choice(glue) for p in parts)
        for _ in range(3):
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            expected = [(m.span(), m.group(1)) for m in _CUE_SCAN.finditer(text, a, b)]
            assert [(m.span(), m.group(1)) for m in cue_matches(text, a, b)] == expected, text
            found += len(expected)
    assert found > 800


def _random_texts(seed: int, pieces: list[str], n: int = 6000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_sentence_marks_as_the_lookbehind_first_patterns_find_them() -> None:
    start = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\b[A-Z])[.!?][\"”’']?\s+")
    end = re.compile(r"[.!?][\"”’']{0,2}\s+(?=[\"“‘'`]{0,2}[A-Z])|\n")
    pieces = ["Mr", "Mrs", "Dr", "Ms", "A", "x", "Doe", ".", "!", "?", "”", "’", "'", '"', "“"]
    pieces += [" ", " ", "\n", "\t", "`", "b"]
    for text in _random_texts(29, pieces):
        for a in (0, min(2, len(text))):
            assert [m.span() for m in quote_speakers._SENTENCE_START.finditer(text, a)] == [
                m.span() for m in start.finditer(text, a)
            ], repr(text)
            assert [m.span() for m in pronouns._SENTENCE_END.finditer(text, a)] == [
                m.span() for m in end.finditer(text, a)
            ], repr(text)


def test_may_split_as_the_boundary_pattern_finds_it() -> None:
    pieces = ["Doe said", " ", ",", ";", "”", " while ", " whereas ", "While ", " but ", "Roe"]
    pieces += [" — ", " -- ", "and", "though", "\n", "x"]
    found = 0
    for text in _random_texts(31, pieces):
        expected = bool(reports._OPENER.match(text) or reports._BOUNDARY.search(text))
        expected = expected or bool(reports._ands(text, 0, len(text), 0))  # "… x and Doe said"
        assert reports.may_split(text, 0, len(text), (0, 0)) is expected, repr(text)
        found += expected


def test_adverb_tail_prefilter_never_hides_a_match() -> None:
    pieces = ["Doe", " ", " ", "also", "has", "long", "since", "in the past", "gingerly", "family"]
    pieces += ["ly", "Still", "\n", ",", "said", "in fact", "reportedly", "x"]
    found = 0
    for text in _random_texts(37, pieces):
        window = text.rstrip()
        if ADVERB_BEFORE_VERB.search(window):
            found += 1
            assert speakers._may_end_in_adverb(window), repr(window)


def test_single_byte_encodes_as_the_codec_does_and_keeps_the_last_fit_first() -> None:
    order = ["ascii", "cp1252", "cp1251"]
    texts = ["plain words", "the “harbour” board’s vote…", "Совет проголосовал", "中文"]
    for text in texts:
        got = single_byte(text, order)
        fits = [c for c in ["ascii", "cp1252", "cp1251"] if _fits(text, c)]
        if not fits:
            assert got is None
            continue
        assert got is not None and got[1] == text.encode(got[0]) and got[0] in fits
        assert order[0] == got[0]


def _fits(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def test_case_odd_char_finds_a_letter_of_case_odd_exactly_when_the_set_does() -> None:
    rng = random.Random(17)
    pool = "ab İıſµ“”’é-\\]^[" + "".join(sorted(CASE_ODD))
    for _ in range(5000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 10)))
        assert (CASE_ODD_CHAR.search(text) is None) == CASE_ODD.isdisjoint(text), repr(text)


def test_the_konjunktiv_prefilter_never_hides_a_match() -> None:
    rng = random.Random(3)
    words = [
        *sorted(lexicon_de.SUBJUNCTIVE_WORDS),
        *"Er Sie Es Man Dies Das sagte rate plane studiere the a_b x9 rateé ruhe sich die".split(),
    ]
    glue = [" ", " ", ". ", "! ", ", ", "-", "_", "’", "\n", "é", "ü", ""]
    hits = 0
    for _ in range(6000):
        n = rng.randint(0, 6)
        text = "".join(rng.choice(words) + rng.choice(glue) for _ in range(n))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        if lexicon_de.SUBJUNCTIVE.search(text, a, b):
            hits += 1
            assert lexicon_de.may_be_subjunctive(text, a, b), (text, a, b)
    assert hits > 600
    plain = "The board said the plan would fail, and the mayor agreed."
    assert not lexicon_de.may_be_subjunctive(plain, 0, len(plain))
    assert lexicon_de.may_be_subjunctive("Der Plan sei gut.", 0, 17)


def test_a_closing_tail_holds_no_more_words_than_its_count() -> None:
    rng = random.Random(29)
    words = ["late", "Thursday", "in", "a", "statement", "Doe,", "U.S.", "x" * 30, "(", ":", "“"]
    glue = [" ", "  ", "\n", "\t", "", ","]
    ends = ["", ".", ".”", " .", '?"', ")", " ", ".’ "]
    hits = [0, 0]
    for _ in range(20000):
        n = rng.randint(0, 24)
        tail = "".join(rng.choice(glue) + rng.choice(words) for _ in range(n)) + rng.choice(ends)
        for k, (pattern, most) in enumerate(
            ((frames._TAIL, frames._TAIL_WORDS), (frames._APPOSED_TAIL, frames._APPOSED_WORDS))
        ):
            if pattern.fullmatch(tail):
                hits[k] += 1
                assert len(tail.split()) <= most, (pattern.pattern, tail)
    assert min(hits) > 50
    longest = " in a statement on Twitter late Thursday ."
    assert frames._TAIL.fullmatch(longest) and len(longest.split()) == frames._TAIL_WORDS


def test_the_adjective_ending_test_never_hides_a_noun_use() -> None:
    rng = random.Random(31)
    words = ["the", "Her", "of", "Doe's", "more", "effusive", "Effusive", "mere", "top", "plans"]
    words += ["five", "executive", "famous", "usable", "x", "tops", "topical", "dive", "a"]
    glue = [" ", "  ", "\n", "\t", "", ",", " \u00a0"]
    hits = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(0, 8)))
        start = rng.randint(0, len(text))
        lo = rng.randint(0, start)
        m = compounds._ADJECTIVE_BEFORE.search(text, max(lo, start - 40), start)
        expected = m is not None and m.group(1) not in compounds._NOUNS_LIKE_ADJECTIVES
        hits += expected
        assert compounds.after_adjective(text, start, lo) is expected, (text, start, lo)
    assert hits > 40


def test_the_title_rule_reads_only_a_text_that_opens_with_the_sentence() -> None:
    line = "Mara Lind: a reformer or a career politician?"
    for before in ("", "  \n"):  # the title: nothing but spaces before it, no speaker
        text = before + line
        attr = attribute_sentence(text, len(before), len(text), Tracker(lang="en"))
        assert attr is not None and attr.speaker is None
    text = "The ferry left. " + line  # a headline inside the text: the name speaks
    attr = attribute_sentence(text, 16, len(text), Tracker(lang="en"))
    assert attr is not None and attr.speaker == "Mara Lind"


def test_a_german_frame_subject_needs_a_comma_clause() -> None:
    text = "Der Verband reagiert auf die Vorwürfe mit dem Hinweis, die Preise seien stabil."
    assert sources_de.frame_subject(text, 0, len(text)) == (0, 11)
    bare = text.replace(",", "")
    assert sources_de.frame_subject(bare, 0, len(bare)) is None
    assert sources_de.frame_subject(bare, 0, len(bare), indicative=True) is None


def test_the_finding_frame_is_searched_only_with_one_of_its_verbs() -> None:
    verbs = re.search(r"\(\?P<verb>([^)]*)\)", frames_de._WIE_SHOWS.pattern)
    assert verbs is not None  # each verb the pattern can match holds a key of the pre-test
    assert all(any(k in v for k in ("erg", "zeig", "beleg")) for v in verbs.group(1).split("|"))
    text = "Wie eine Umfrage der Handelskammer ergab, sinken die Mieten in der Altstadt."
    assert frames_de.german_frame(text, 0, len(text)) == ((4, 34), "ergab", 0, 40)
    other = text.replace("ergab", "meldet")  # "ie " but no verb of a finding: no frame
    assert frames_de.german_frame(other, 0, len(other)) is None


def _source_code(function: Any) -> types.CodeType:
    """`function`'s code object as Python compiles its module's source (a compiled build's
    function has none)."""
    module = function.__module__.rsplit(".", 1)[1]  # as the pure and the compiled module say
    path = Path(split_package.__file__ or "").parent / f"{module}.py"
    top = compile(path.read_text(encoding="utf-8"), str(path), "exec")
    return next(
        c for c in top.co_consts if isinstance(c, types.CodeType) and c.co_name == function.__name__
    )


def test_the_sentence_rules_read_their_names_as_plain_locals() -> None:
    code = _source_code(attribute_sentence)
    assert code.co_cellvars == ()  # no cell made at each call
    text = "He said the toll would rise, Mara Lind said."
    found = [((0, 2), m) for m in cue_matches(text, 0, 8)]  # 'He said'
    later = [((29, 38), m) for m in cue_matches(text, 39, len(text))]
    assert frames.names_first(text, [*found, *later]) == [*later, *found]  # names, then pronouns
    assert frames.verb_after(cue_matches(text, 0, len(text)), 3)
    assert not frames.verb_after(cue_matches(text, 0, len(text)), 40)
    assert frames.masked_parts([(0, 5), (20, 60)], 10, 30) == [(20, 30)]
    assert frames.masked_at([(20, 30)], 25) and not frames.masked_at([(20, 30)], 21)


def test_the_so_and_role_who_rules_are_tried_only_with_their_words() -> None:
    assert ",\\s+so\\s+" in _SO.pattern and "\\s+who\\s" in frames._ROLE_WHO.pattern
    text = "Der Hafen bleibt im Winter geschlossen, so Hafenmeister Udo Brandt."
    attr = attribute_sentence(text, 0, len(text), Tracker(lang="de"))
    assert attr is not None and (attr.speaker, attr.cue) == ("Hafenmeister Udo Brandt", "so")
    plain = text.replace(", so", ", nun")  # no "so": no speaker of the inversion
    assert attribute_sentence(plain, 0, len(plain), Tracker(lang="de")) is None
    text = "The ferry will stop in May, said an aide who was told about the merger."
    found = frames.closing_frame(
        text, 0, len(text), lambda i: False, cue_matches(text, 0, len(text))
    )
    assert found is not None and found[0] == (33, 40) and found[1].group(1) == "said"
    other = text.replace("who was", "whom the board")  # no role and relative clause
    matches = cue_matches(other, 0, len(other))
    assert frames.closing_frame(other, 0, len(other), lambda i: False, matches) is None


def test_a_gated_key_holds_its_letter_and_every_key_is_still_tested() -> None:
    for codec, (_, groups) in _CODEC_KEYS.items():
        tested = [k for _, keys in groups for k in keys]
        assert all(letter in k for letter, keys in groups for k in keys)
        assert groups[0][0] == "" and len(tested) == len(set(tested))
        every = (
            _ASCII_KEYS
            if codec == "ascii"
            else [
                k.encode(codec).decode("latin-1")
                for k in _LOWER_KEYS
                if len(k.encode(codec, "ignore")) == len(k)
            ]
        )
        assert all(any(t in k for t in tested) for k in every), codec
    for text, found in (
        ("Según el capitán, el ferry sale a las nueve.", True),  # behind its "ú"
        ("По словам капитана, паром уйдёт в девять.", True),
        ("Паром уйдёт в девять, according to Ана Ветрова.", True),  # a Latin key, Cyrillic text
        ("Паром уйдёт в девять.", False),  # no Latin letter: no Latin key is tried
        ("El ferry sale a las nueve.", False),
    ):
        padded = "x " + text + " y"
        encoded = encode_part(padded, 2, 2 + len(text))
        assert has_according_key(padded, 2, 2 + len(text), encoded) is found, text


def test_the_criticism_rule_is_tried_only_with_its_word() -> None:
    assert passives._CRITICISM_FROM.pattern.startswith("criticism")  # every match holds it
    text = "The toll plan drew sharp criticism from ferry captains on the east quay."
    found = passives.critic(text, 0, len(text))
    assert found is not None and text[found[0] : found[1]] == "ferry captains"
    other = text.replace("criticism", "praise")  # no "criticism": no critic
    assert passives.critic(other, 0, len(other)) is None
