"""The cheap tests run before a pattern's search (a letter, a literal, an ending) never skip a
search that would have found something: checked on random texts against the bare search."""

from __future__ import annotations

import random
import re
from functools import partial

from random_texts import random_texts

from annotator.split import (
    antecedents,
    cues,
    indirect,
    mentions,
    speaker_phrases,
    stance,
    surveys,
    tracker,
)

_texts = partial(random_texts, n=5000, most=10)


def _windows(seed: int, pieces: list[str]) -> list[tuple[str, int, int]]:
    rng = random.Random(seed + 1)
    out = []
    for text in _texts(seed, pieces):
        a = rng.randint(0, len(text))
        out += [(text, a, rng.randint(a, len(text))), (text, 0, len(text))]
    return out


def test_article_ending_test_agrees_with_the_article_search() -> None:
    pieces = ["the", "The", "THE", "a", "An", "his", "hİs", "ıts", "hiſ", "their", "your", "our"]
    pieces += [" ", " ", "\u00a0", "\t", "x", "other", "-", "’", "(", "my", "e", "s"]
    hits = 0
    for before in _texts(71, pieces):
        want = cues._ARTICLE_BEFORE.search(before) is not None
        assert cues._article_before(before) == want, repr(before)
        hits += want
    assert hits > 100
    assert cues._article_before("which the ")
    assert not cues._article_before("whose mother ")  # "her" inside a word: no article


def test_survey_viewer_and_law_openers_keep_their_first_letter_gates() -> None:
    rng = random.Random(72)
    lead = ["", "", "But ", "And ", "Yet ", "Still ", "x", " ", "Bu ", "\n"]
    opens = ["In ", "in ", "To ", "to ", "Into ", "Ix ", "T", "", "Under ", "under "]
    words = ["a", "new", "Jane", "Doe", "poll", "survey", "many", "released", "x", "study", "law"]
    rest = ["said", "40", "percent", "of", "skippers", "agree", "x", "."]
    windows = []
    for _ in range(12000):
        text = rng.choice(lead) + rng.choice(opens)
        text += " ".join(rng.choice(words) for _ in range(rng.randint(0, 4)))
        text += rng.choice((", ", ",", " ", ",\n"))
        text += " ".join(rng.choice(rest) for _ in range(rng.randint(0, 7)))
        s = rng.choice((0, 0, rng.randint(0, len(text))))
        windows.append((text, s, rng.choice((len(text), rng.randint(s, len(text))))))
    polls = viewers = laws = 0
    for text, s, e in windows:
        m = surveys._IN_SOURCE.match(text, s, e)
        want = None if m is None or len(text[m.end() : e].split()) < 4 else m.span(1)
        assert surveys.survey_opener(text, s, e) == want, repr(text[s:e])
        v = stance._VIEWER.match(text, s, e)
        u = stance._UNDER_LAW.match(text, s, e)
        seen = (v and (v.span(1), "to", v.end())) or (u and (u.span(1), "under", u.end()))
        assert stance.viewer_frame(text, s, e) == seen, repr(text)
        polls, viewers, laws = polls + (want is not None), viewers + (v is not None), laws + bool(u)
    assert polls > 20 and viewers > 20 and laws > 8
    opener = "In a new Harbour Gazette poll, most skippers said the pier should stay open."
    assert surveys.survey_opener(opener, 0, len(opener)) == (3, 29)
    assert surveys.survey_opener("Skippers in a poll, most said so.", 0, 33) is None


def _literal_needed(pattern: re.Pattern[str], literal: str, seed: int, pieces: list[str]) -> int:
    """Every match of `pattern` in a window holds `literal` in that window; the number found."""
    hits = 0
    for text, a, b in _windows(seed, pieces):
        if pattern.search(text, a, b) is not None:
            assert text.find(literal, a, b) >= 0, repr(text[a:b])
            hits += 1
    return hits


def test_literal_gates_hold_a_literal_every_match_holds() -> None:
    relative = ["who ", "which ", "has ", "also ", "Who ", "wh", "o", " ", "x", "\n", "long "]
    assert _literal_needed(indirect._RELATIVE, "wh", 73, relative) > 100
    ing = ["skippers ", "living ", "ing ", "near ", "ding ", "including ", "the ", "X ", " ", "ng"]
    assert _literal_needed(antecedents._ING_PHRASE, "ing", 74, ing) > 100
    glued = ["Ministerin", ".", "Die", "ab", "Ä", "neue", " ", "x", ".D", "ß"]
    assert _literal_needed(tracker._GLUED, ".", 75, glued) > 100
    share = ["38", " ", "percent", "PERCENT", "%", "Sixty-seven", "of", "voters", "4.5", "x"]
    hits = 0
    for phrase in _texts(76, share):
        if mentions._SHARE.match(phrase):
            assert "%" in phrase or "percent" in phrase.lower(), repr(phrase)
            hits += 1
    assert hits > 30


def test_poll_of_a_share_found_only_for_a_share() -> None:
    text = "In a new Harbour Gazette poll, 38 percent of skippers said the pier must stay."
    at = text.index("38")
    assert mentions._poll_of_share("38 percent of skippers", text, at) == "new Harbour Gazette poll"
    assert mentions._poll_of_share("most skippers", text, at) is None  # no share: no poll


def test_short_spans_give_the_words_the_reversed_scan_gives() -> None:
    pieces = [
        "Ferry",
        "pier",
        "Ada",
        "Vale",
        "dock",
        " ",
        " ",
        " ",
        ",",
        ";",
        ":",
        "(",
        ")",
        "“",
        "”",
        "«",
        "\t",
        "-",
        ".",
    ]
    long_words = 0
    rng = random.Random(75)
    for text in _texts(74, pieces, most=80):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        rev = text[a:b][::-1]
        spans = [(b - m.end(), b - m.start()) for m in speaker_phrases._WORD.finditer(rev)]
        want = spans[: speaker_phrases._WORDS_NEEDED][::-1]
        assert speaker_phrases._words(text, a, b, True) == want, (text, a, b)
        long_words += len(spans) > speaker_phrases._WORDS_NEEDED
    assert long_words > 10
    assert speaker_phrases._words("Ada Vale, pier chief", 0, 20, True) == [
        (0, 3),
        (4, 8),
        (10, 14),
        (15, 20),
    ]
