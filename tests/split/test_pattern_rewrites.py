"""Patterns rewritten to scan faster find what the patterns they replace found."""

from __future__ import annotations

import random
import re
from functools import partial

from random_texts import random_texts

from annotator.split import (
    boilerplate,
    checkworthiness,
    cue_auxiliaries,
    cues,
    datelines,
    forum_cards,
    ing_cues,
    language,
    lexicon_ml,
    list_markers,
    mail,
    metadata,
    pronouns,
    reported_spans,
    reports,
    sentences,
    speakers,
    structure,
    textscan,
    transcripts,
    webtext,
)
from annotator.split.abbreviations import ENGLISH, WEB_CONTENT_OPENERS, WEB_OPENERS
from annotator.split.textscan import literal_first

_texts = partial(random_texts, n=4000, most=14)


def _same_search(new: re.Pattern[str], old: re.Pattern[str], pieces: list[str], seed: int) -> int:
    """Check `new.search` gives `old.search`'s span in random windows of random texts; the
    number of windows where the old pattern found something."""
    rng = random.Random(seed)
    hits = 0
    for text in _texts(seed, pieces, n=6000, most=12):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        for lo, hi in ((a, b), (0, b), (a, len(text))):
            got = new.search(text, lo, hi)
            want = old.search(text, lo, hi)
            assert (got and got.span()) == (want and want.span()), repr(text[lo:hi])
            hits += want is not None
    return hits


def test_ascii_check_worthiness_patterns_find_what_the_unicode_ones_find() -> None:
    cap_word = r"(?:(?:\.[A-Z])+\.|[\w'’-]*)"
    entity = re.compile(
        r"[A-Z](?<!\w[A-Z])"
        rf"(?:{cap_word}(?:\s+(?:of\s+|the\s+|al-)?[A-Z]{cap_word})+|\.(?:[A-Z]\.)+|[A-Z]{{1,5}}\b)"
    )
    digits = re.compile(r"[$€£\d](?<![\w.][$€£\d])(?:(?<=[$€£])\d|(?<=\d))[\d,.]*(?:%)?")
    pieces = ["Jane", " ", " ", "Doe", "U.S.", "NATO", "of ", "the ", "al-", "Bank", "x", "-"]
    pieces += ["'", "’", "\t", "\x1c", "\n", "3", "12.5", ",", ".", "$", "€", "%", "A.", "é"]
    found = 0
    for text in _texts(41, pieces):
        expected = entity.findall(text)
        assert checkworthiness._ENTITY.findall(text) == expected, repr(text)
        if text.isascii():
            assert checkworthiness._ENTITY_ASCII.findall(text) == expected, repr(text)
            assert checkworthiness._DIGITS_ASCII.findall(text) == digits.findall(text), repr(text)
        found += len(expected)
    assert found > 1000
    figures = ["7", "12.5", "1,200", "$", "%", "_", "x", "Q", ".", " ", "é", "٣", "-", "$3"]
    for text in _texts(42, figures):
        if text.isascii():  # the ASCII twin spells its classes out: [0-9], [A-Za-z0-9_]
            assert checkworthiness._DIGITS_ASCII.findall(text) == digits.findall(text), repr(text)
    words = checkworthiness.score("Jane Doe of Acme Bank said 12.5% of U.S. firms fell.")[1]
    assert words["entities"] == ["Jane Doe of Acme Bank", "U.S."]
    assert words["numbers"] == ["12.5%"]


def test_person_pattern_starting_with_a_capital_finds_what_the_boundary_one_found() -> None:
    person = re.compile(r"\b([A-Z][a-z]+)\.?\s+((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)")
    pieces = ["Mr", "John", "Smith", "Doe", " ", " ", ". ", "x", "aJohn", "_", "’", "\n", "é"]
    rng = random.Random(43)
    for text in _texts(43, pieces):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        got = pronouns._PERSON.search(text, a, b)
        want = person.search(text, a, b)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def test_line_start_patterns_find_what_the_multiline_ones_found() -> None:
    key_line = re.compile(rf"^[ \t]*(?:{forum_cards._KEY.pattern})", re.I | re.M)
    label = re.compile(
        r"^[\"“]?((?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’.-]*):[ \t]+(?=[\"“‘'A-Z(\[])", re.M
    )
    pieces = ["Joined", "POSTS", "Registriert", " ", "\t", "\n", "\n", "x", ": ", "TAPPER"]
    pieces += ["JAKE", "Doe", ":", "“", '"', "We", "\r", "Messages", "\nDOE: ", "TAPPER: We"]
    hits = 0
    for text in _texts(47, pieces):
        assert forum_cards.has_key_line(text) is bool(key_line.search(text)), repr(text)
        expected = [m.group(1) for m in label.finditer(text)]
        assert transcripts.line_labels(text) == expected, repr(text)
        hits += len(expected)
    assert hits > 1000
    # letters that fold to a key's first letter, keys in Cyrillic, a space the pattern skips not
    pieces = ["İnscrit le", "ıscritto", "Регистрация", "ᲃообщения", "\u00a0posts", "joineD"]
    pieces += ["\n", "\n", " ", "\t", "x", "“", "Mensajes", "JOIN DATE"]
    keys = 0
    for text in _texts(83, pieces, most=6):
        keys += forum_cards.has_key_line(text)
        assert forum_cards.has_key_line(text) is bool(key_line.search(text)), repr(text)
    assert keys > 1000


def test_nav_hint_and_credit_prefilters_never_hide_a_match() -> None:
    nav_hint = re.compile(r"[|•·›»>/\t]|\s{3}")
    pieces = ["Home", " ", "  ", "\t", "|", "›", "/", ">", "x", "\n", "\u00a0", "World"]
    for text in _texts(53, pieces):
        assert bool(boilerplate._NAV_HINT.search(text)) is bool(nav_hint.search(text)), text
    pieces = ["A flood.", "AFP", "AP", "Getty Images", "REUTERS", " ", "/", " / ", "x", "Doe"]
    pieces += ["\n", ".", "”", "SHUTTERSTOCK", "PA"]
    credits = 0
    for text in _texts(59, pieces):
        if boilerplate.CREDIT.search(text):
            credits += 1
            assert boilerplate._may_have_credit(text), repr(text)
    assert credits > 300
    assert not boilerplate._may_have_credit("An AP photo of the flood in the town")
    assert boilerplate._may_have_credit("The pier flooded at dawn.AFP  ")
    assert not boilerplate._may_have_credit("The pier flooded, AFP said.")


def test_dateline_second_letter_set_is_the_class_it_replaces() -> None:
    second = re.compile(rf"[{datelines._UP}'’.\-]")
    found = {chr(c) for c in range(0x110000) if second.match(chr(c))}
    assert found == datelines._CITY_UP_SECOND
    line = "PORT VALE (Reuters) - The ferry to Nobbin left at nine."
    assert datelines.dateline_end(line) == line.index(" The")
    line = "Kleinhafen (dpa) - Die Fähre nach Nobbin fuhr um neun."
    assert datelines.dateline_end(line) == line.index(" Die")
    assert datelines.dateline_end("The ferry (the old one) left Nobbin at nine.") == 0


def test_date_line_digit_gate_never_hides_a_date() -> None:
    pieces = ["Friday, ", "Apr ", "26 ", "26, ", "2024", " 12:30 GMT", "x", "-", "٢٠٢٤", " "]
    dates = 0
    for text in _texts(61, pieces, n=20000, most=6):
        if metadata.parse_date(text.strip()) is not None:
            dates += 1
            assert not text.isascii() or textscan.has_ascii_digit(text), repr(text)
    assert dates > 100
    assert metadata.is_date_line("Friday, Apr 26, 2024")
    assert not metadata.is_date_line("Ferry news from Nobbin")


def test_a_line_without_junk_is_one_text_piece() -> None:
    assert structure._cut_line("The ferry left Nobbin at nine.") == [(0, 30, None)]
    line = "The toll rose 3% ($1 = 0.9 euros) on Friday."
    assert structure._cut_line(line) == [(0, 16, None), (17, 33, "junk"), (34, 44, None)]


def test_patterns_opening_with_one_class_find_what_the_repeats_found() -> None:
    pairs = [
        (speakers._WORD, r"[^\s,;:()\[\]\"“”«»„‟‹›،؛]+"),
        (boilerplate._WORD, r"[^\W_]+(?:['’.\-][^\W_]+)*"),
        (reports._WORD, r"[a-z]+"),
        (metadata._FOUR_DIGITS, r"\d{4}"),
        (language._ASCII_WORD, r"[A-Za-z']+"),
    ]
    pieces = ["Doe", "said", " ", ",", "2024", "12", "'", "’", ".", "-", "_", "«", "é", "(", "x"]
    for text in _texts(61, pieces):
        for new, old in pairs:
            assert new.findall(text) == re.findall(old, text), (old, text)


def test_ascii_word_counts_are_the_unicode_ones() -> None:
    pieces = ["Doe", " ", "  ", "it's", "U.S.", "x-y", "--", "'", ".", "_", "3", "\t", ",", "a"]
    for text in _texts(67, pieces, most=40):
        for k, pattern in boilerplate._AT_LEAST.items():
            expected = pattern.match(text) is not None
            assert (boilerplate._AT_LEAST_ASCII[k].match(text) is not None) is expected, (k, text)


def test_boundary_and_quote_stop_starting_with_a_class_find_what_they_found() -> None:
    boundary = re.compile(
        reports._PUNCT_SEP + r"|(?:\s[—–]|\s--)?\s(?P<bare>while|whereas)\s+(?=[A-Z])"
    )
    pieces = ["Doe said", " ", " ", ",", ";", "”", "'", " while ", "while", " whereas ", " but "]
    pieces += [" — ", " – ", " -- ", "—", "and", " though ", "Roe", "\n", "x"]
    found = 0
    for text in _texts(71, pieces):
        got = [(m.span(), m.groups()) for m in reports._BOUNDARY.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in boundary.finditer(text)], repr(text)
        found += len(got)
    assert found > 800
    stop = re.compile(r"(?<!\.[A-Z])(?<!\b[A-Z])[.!?](?:\s|$)|[“\"„«»]")
    pieces = ["Rep", "U", ".", "S", "!", "?", " ", "\n", "“", '"', "»", "a", "A", "_", "Doe"]
    rng = random.Random(73)
    for text in _texts(73, pieces):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        got = [m.span() for m in reported_spans._QUOTE_STOP.finditer(text, a, b)]
        assert got == [m.span() for m in stop.finditer(text, a, b)], repr(text)


def test_according_to_with_literal_first_alternatives_finds_what_it_found() -> None:
    according = re.compile(rf"({lexicon_ml.ACCORDING_BEFORE})\s*")
    assert literal_first("[Aa]b|(c|[Dd])|[xy]|[Ee]f") == "Ab|ab|(c|[Dd])|x|y|Ef|ef"
    pieces = ["According to", "according to", "Laut", "laut", " wurde", "Gemäß", "Nach", "nach"]
    pieces += [" Angaben", " neuen Angaben", "Selon", "D'après", "Según", "aux dires du", "По"]
    pieces += [" словам", "Согласно", "بحسب", "حسب", "وفقا", " ل", "x", " ", "\n", "-", "A", "s"]
    found = 0
    for text in _texts(79, pieces):
        got = [(m.span(), m.group(1)) for m in cues._ACCORDING.finditer(text)]
        assert got == [(m.span(), m.group(1)) for m in according.finditer(text)], repr(text)
        found += len(got)
    assert found > 5000


def test_scans_opened_by_one_literal_per_mark_find_what_the_class_scans_found() -> None:
    hint = re.compile(r"[.)](?=\)?\s+\S)(?:(?<=\b[\da-z].)|(?<=\b\d\d.)|(?<=\b\d\d\d.))")
    sentence_break = re.compile(r"[.!?][\"'”’)]?\s+[\"'“‘(]?[A-Z]")
    punct = re.compile(reports._PUNCT_SEP)
    pieces = ["1", "12", "123", "a", "b", "Doe", ".", ")", " ", "  ", "\n", "!", "?", "”", "(", "x"]
    pieces += [",", ";", " while ", " but ", "'", "The", "é", "_"]
    hints = breaks = bounds = 0
    for text in _texts(83, pieces, most=24):
        count = len(hint.findall(text))
        assert (
            len(list_markers.DOT_HINT.findall(text)) + len(list_markers.PAREN_HINT.findall(text))
            == count
        ), repr(text)
        expected = bool(sentence_break.search(text.strip()))
        assert boilerplate.has_sentence_break(text) is expected, repr(text)
        found = any(p.search(text) for p in reports._PUNCT_BOUNDARIES)
        assert found is bool(punct.search(text)), repr(text)
        hints, breaks, bounds = hints + count, breaks + expected, bounds + found
    assert min(hints, breaks, bounds) > 50


def test_web_openers_after_a_space_are_the_ones_the_opener_scan_found() -> None:
    words = sorted(WEB_OPENERS | WEB_CONTENT_OPENERS, key=len, reverse=True)
    opener = re.compile("(?:" + "|".join(words) + r")(?= ([a-z]+))")
    pieces = [" The food", " These are", "This", " Their cat", "xPlease help", " Great", " ", "x"]
    pieces += ["ThePlease", "\n", ",", " It", " is", "é", "Doe", "the", " food", "  "]
    found = 0
    for text in _texts(89, pieces, most=20):
        expected = [
            (m.start(), m.group(), m.group(1))
            for m in opener.finditer(text)
            if m.start() > 0 and text[m.start() - 1] == " "
        ]
        got = [(m.start(1), m.group(1), m.group(2)) for m in webtext._WEB_OPENER.finditer(text)]
        assert got == expected, repr(text)
        found += len(got)
    assert found > 500


def test_gendered_scan_finds_the_people_the_person_scan_found() -> None:
    person = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+)\.?\s+((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)")

    def people(text: str, start: int, at: int) -> list[tuple[tuple[int, int], tuple[str, ...]]]:
        found = []
        m = person.search(text, start, at)
        while m:
            if pronouns._person_gender(m.group(1)) is not None:
                found.append((m.span(), m.groups()))
                m = person.search(text, m.end(), at)
            else:
                m = person.search(text, m.start(2), at)
        return found

    pieces = ["John Smith", " Mary Doe", "Mr. Lee", " Mrs Hale", "Ms", "Monday", " Smith", " "]
    pieces += ["Johnson Li", "McJohn Roe", "Al", "Paris", "\n", ",", "Lee", "-", "'", "é", ".", "x"]
    rng = random.Random(97)
    found = 0
    for text in _texts(97, pieces, most=20):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        got = [(m.span(), m.groups()) for m in pronouns._people(text, a, b)]
        assert got == people(text, a, b), repr(text)
        found += len(got)
    assert found > 500


def test_full_stop_scan_finds_the_candidates_of_the_mark_class_scan() -> None:
    pieces = ["Doe", "said", ".", ". ", "...", "!", "?", "…", "”", "'", ")", " ", "A", "U.S.", "x"]
    pieces += ["。", "؟", "\n", "Now", "e.g."]
    for text in _texts(101, pieces, most=20):
        if not sentences._other_marks(text):
            got = [m.span() for m in sentences._CANDIDATE_DOT.finditer(text)]
            assert got == [m.span() for m in sentences._CANDIDATE.finditer(text)], repr(text)
        assert sentences._other_marks(text) is any(c in text for c in "!?…؟。！？।۔")


def test_candidates_matched_at_the_marks_are_the_class_scan_matches() -> None:
    pieces = ["Doe", "said", ".", ". ", "...", "!", "?", "…", "”", "'", ")", " ", "A", "U.S.", "x"]
    pieces += ["。", "؟", "\n", "Now", "e.g.", "b.Co", "?!", "।", "۔", "！", "？", "Ab"]
    for text in _texts(103, pieces, most=25):
        got = [(m.span(), m.group()) for m in sentences._candidates(text)]
        assert got == [(m.span(), m.group()) for m in sentences._CANDIDATE.finditer(text)], text


def test_next_start_and_word_are_the_word_a_branch_per_character_matched() -> None:
    per_character = re.compile(r"\s*[" + re.escape(sentences._OPENING) + r"]*((?:[^\W_]|['’\-])*)")
    pieces = ["Doe", " ", "  ", "“", "(", "¿", "'", "’", "-", "_", "é", "x1", ".", "\t", "Ölz"]
    pieces += ["\u00a0", "\u2009", "\n", "«", "[", "”"]
    for text in _texts(103, pieces, most=16):
        for at in range(len(text) + 1):
            expected = per_character.match(text, at)
            start = sentences._NEXT_START.match(text, at)
            assert expected and start and start.end() == expected.start(1), repr(text)
            assert sentences._word_at(text, start.end()) == expected.group(1), repr(text)
            # `_punctuation_cuts` takes the character after one space without the scan
            if at + 1 < len(text) and text[at].isspace():
                if not (text[at + 1].isspace() or text[at + 1] in sentences._OPENING):
                    assert expected.start(1) == at + 1, repr(text)


def test_gendered_words_read_once_are_the_lower_case_ascii_ones() -> None:
    """The capitalised-word scan of `pronouns._GENDERED` is built from the words `[a-z]+` takes
    (read once, in the set's order), so the pattern is the one built by a regex per word."""
    words = pronouns._GENDERED_WORDS
    assert pronouns._LOWER_GENDERED == [w for w in words if re.fullmatch("[a-z]+", w)]
    for word in ("jane", "Jane", "mrs", "ångström", "o'neil", "x2"):
        kept = word.isascii() and word.isalpha() and word.islower()
        assert kept == bool(re.fullmatch("[a-z]+", word))
    assert pronouns._GENDERED.match("Mrs. Doe") and not pronouns._GENDERED.match("Mrsx Doe")


def test_a_token_of_letters_and_digits_before_its_period_holds_no_delimiter() -> None:
    pieces = [
        "ferry",
        "U",
        ".",
        "S",
        "(",
        "[",
        '"',
        "'",
        "“",
        "’",
        "«",
        "»",
        " ",
        "\n",
        "9",
        "é",
        "ж",
    ]
    for token in _texts(107, pieces, most=6):
        if token[:-1].isalnum():  # `_period_ends_sentence` skips the scan
            assert not sentences._TOKEN_DELIMITER.search(token[:-1]), token


def test_passive_pattern_opening_with_letters_finds_what_the_boundary_one_found() -> None:
    passive = re.compile(
        r"(?:\b(?:was|were|is|are|be|been|being|get|got)\s+(?:not\s+|never\s+)?|"
        r"\b(?:wasn|weren|isn|aren)['’]t\s+|['’]re\s+)(?:[a-z]+ly\s+){0,2}$"
    )
    pieces = ["was", "were", "is", "are", "be", "been", "being", "get", "got", "wasn't", "isn’t"]
    pieces += ["aren't", "weren’t", "'re", "’re", "not", "never", "widely", "x", "a", "w", "b"]
    pieces += [" ", " ", "  ", "\t", "\n", "_", "é", "Was", "bwas", "1", "g", "i"]
    assert _same_search(cue_auxiliaries.PASSIVE, passive, pieces, 61) > 100
    assert cue_auxiliaries.PASSIVE.search("The ferry was not widely ") is not None
    assert cue_auxiliaries.PASSIVE.search("The ferry bwas ") is None  # no word starts at the "w"


def test_and_ending_test_agrees_with_the_pattern_end() -> None:
    and_end = re.compile(r"\sand\s+$")
    pieces = ["and", " ", "\n", "\t", "x", "band", "ands", "\u00a0", "is ", "saying ", ", ", "a"]
    rng = random.Random(62)
    hits = 0
    for text in _texts(62, pieces, n=6000, most=8):
        lo = rng.randint(0, len(text))
        for end in (rng.randint(lo, len(text)), len(text)):
            want = and_end.search(text, lo, end) is not None
            assert ing_cues.ends_in_and(text, lo, end) == want, repr(text[lo:end])
            hits += want
    assert hits > 50
    assert ing_cues.ends_in_and("Doe is praising the pier and  ", 0, 30)
    assert not ing_cues.ends_in_and("Doe is praising the pier, ", 0, 26)  # no "and": no search


def test_with_ing_pattern_opening_with_letters_finds_what_the_boundary_one_found() -> None:
    with_ing = re.compile(
        r"\b(?:with\s+(?:[^\s,;:]+\s+){0,9}|(?:by|while|after|before|when)\s+(?:[^\s,;:]+\s+){0,7}|"
        r"in\s+|(?:After|Before|By|In|Since|Upon|While|When)\s+(?:[a-z]+ly\s+)?)$"
    )
    pieces = ["with", "by", "while", "after", "before", "when", "in", "After", "Before", "By"]
    pieces += ["In", "Since", "Upon", "While", "When", "gently", "ferry", "w", "b", "a", "i", "W"]
    pieces += [" ", " ", "  ", "\t", "\n", ",", ";", ":", "_", "é", "7", "bwith", "Within", "hen"]
    assert _same_search(ing_cues.WITH_ING, with_ing, pieces, 67) > 100
    assert cues._WITH_ING is ing_cues.WITH_ING
    assert ing_cues.WITH_ING.search("The pier closed, with two harbour clerks ") is not None
    assert ing_cues.WITH_ING.search("The pier closed, bwith ") is None  # no word starts at the "w"


def test_closing_pattern_opening_with_capitals_finds_what_the_lookbehind_one_found() -> None:
    closing = re.compile(
        r"(?<![\w\"'“‘«])(?:(?:Best|Kind|Kindest|Warm|Warmest|With best) regards|Regards|Thanks|"
        r"Thank you|Many thanks|Sincerely|Yours sincerely|Yours truly|Yours|Cheers|Best wishes|"
        r"Take care|Keep in touch|Cordially|"
        r"(?:Dear|Hi|Hello|Hey|Good [Mm]orning|Good [Aa]fternoon|Good [Ee]vening)"
        r"(?: [A-Z][\w'.-]*| and| or| all){1,3}|(?:Dear|Hi|Hello|Hey)(?: [a-z]+){1,3}|"
        r"Hi|Hello|Hey|Greetings|Good (?:[Mm]orning|[Aa]fternoon|[Ee]vening))$"
    )
    pieces = ["Best", "Kind", "Kindest", "Warmest", "With best", " regards", "Regards", "Thanks"]
    pieces += ["Thank you", "Many thanks", "Yours", " truly", "Cheers", "Take care", "Dear", "Hi"]
    pieces += ["Hello", "Hey", "Good", " morning", " Evening", "Greetings", " Nina", " and", " all"]
    pieces += [" x", "H", "D", " ", "\n", ",", '"', "“", "«", "_", "é", "7", "a", "Keep in touch"]
    assert _same_search(webtext._CLOSING_BEFORE, closing, pieces, 71) > 100
    assert webtext._CLOSING_BEFORE.search("Lunch was fine. Kind regards") is not None
    assert webtext._CLOSING_BEFORE.search("the Kind regards") is not None
    assert webtext._CLOSING_BEFORE.search("«Kind regards") is None  # a quote mark before it


def test_mail_literal_gates_test_a_character_every_literal_holds() -> None:
    for char, literals, pattern in mail._PS_AND_HEADERS:
        assert all(char in literal for literal in literals)
        assert all(char in m.group() for m in pattern.finditer("PS: x P.S. E-mail: Groups: "))
    assert [(c, lit) for c, lit, _ in mail._SEPARATOR] == [(c, c * 3) for c in "-=_*~"]
    cuts: set[int] = set()
    mail.mail_cuts("See you at the pier Nina P.S. Bring the ferry map.", 0, cuts, ENGLISH)
    assert cuts == {24}  # a cut before "P.S."
    cuts = set()
    mail.mail_cuts("The PSA ferry runs at noon and stops at Elm Pier.", 0, cuts, ENGLISH)
    assert not cuts
