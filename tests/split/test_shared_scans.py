"""Work done once and shared by the speaker rules gives what working it out each time gives."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from annotator.split import pronouns, speaker_fragments, speaker_words
from annotator.split.complements import labelled_frame
from annotator.split.part_marks import PART_MARKS, PARTS, _marks
from annotator.split.pronouns import _ends_backward


def test_the_shared_end_scan_answers_each_text_and_window() -> None:
    first = "The ferry left at noon. Its captain waved. He said the sea was calm."
    second = "Rain fell all the week! The mayor stayed. She said the roads were shut."
    at = first.index("He said")
    assert second.index("She said") < at  # the same window over two texts
    expected = {
        first: [first.index(". He"), first.index(". Its")],
        second: [second.index(". She"), second.index("! The")],
    }
    for text in (first, second, first, second):
        assert [m.start() for m in _ends_backward(text, 0, at)] == expected[text]
    # a later window start drops the ends before it
    assert [m.start() for m in _ends_backward(first, 30, at)] == [first.index(". He")]
    # an equal text that is another object is scanned again, with the same result
    copy = "".join(list(first))
    assert copy is not first
    assert [m.start() for m in _ends_backward(copy, 0, at)] == expected[first]


def test_the_end_scan_is_not_read_past_the_window() -> None:
    text = "Mr. Hale spoke. Then he left. Later she said it was over."
    at = text.index("she")
    ends = [m.start() for m in _ends_backward(text, 0, at)]
    assert ends == [text.index(". Later"), text.index(". Then")]  # not "Mr."
    short = text.index("he left")
    assert [m.start() for m in _ends_backward(text, 0, short)] == [text.index(". Then")]
    assert pronouns._LAST_SCAN.at == short


def test_speaker_phrase_checks_give_the_same_answer_from_lists_and_tuples() -> None:
    runs = [
        ["the", "union"],
        ["a", "senior", "official"],
        ["Jane", "Doe"],
        ["the", "idea"],
        ["Tuesday"],
        ["protest", "organizers"],
        ["those", "surveyed"],
        ["in", "Ohio"],
    ]
    answers = [speaker_words._valid(words) for words in runs]
    assert answers == [True, True, True, False, False, True, True, False]
    assert answers == [speaker_words._valid(tuple(words)) for words in runs]
    assert [speaker_words._valid(list(words)) for words in runs] == answers
    assert speaker_words._valid([]) is False


@pytest.mark.parametrize(
    ("check", "phrases"),
    [
        (
            speaker_fragments.is_speaker_phrase,
            {
                "the harbour master": True,
                "with supporters": False,
                "his campaign by": False,
                "Don't": False,
                "Oz's": False,
                "Jane Doe": True,
            },
        ),
        (
            speaker_words.is_named,
            {
                "Jane Doe": True,
                "the Harbour Board": True,
                "the mayor": False,
                "Mayor": False,
                "Sen.": False,
            },
        ),
    ],
    ids=["is_speaker_phrase", "is_named"],
)
def test_a_memoised_speaker_check_answers_again_as_before(
    check: Callable[[str], bool], phrases: dict[str, bool]
) -> None:
    for _ in range(2):
        assert {p: check(p) for p in phrases} == phrases


# as `speakers` wrote it, with the horizontal bar "―" a dash too
_OLD_PARTS = re.compile(r"[,;:(\[\"“”«»„،؛–—―]|\s[-–—―]{1,2}\s")


def test_part_marks_are_the_marks_the_pattern_finds() -> None:
    assert all(
        bool(PARTS.fullmatch(ch)) == bool(_OLD_PARTS.fullmatch(ch))
        for ch in map(chr, range(0x3000))
    )
    texts = [
        "Jane Doe, a pilot (retired) - and a teacher -- said: “no”; fine.",
        "X — a teacher from Ohio — says it; Y –– and Z \u2014\u2014 agree",
        "a - b -- c --- d — — e\u00a0-\u00a0f pro-Trump, well-known",
        "ends with a spaced dash -",
        " -- opens with one",
        "",
    ]
    rng = random.Random(11)
    letters = "ab ,;:([\"“”«»„،؛–—―-\u00a0\u2009\n\t.'"
    texts += ["".join(rng.choice(letters) for _ in range(rng.randrange(40))) for _ in range(3000)]
    for text in texts:
        starts, ends = _marks(text)
        assert list(zip(starts, ends, strict=True)) == [m.span() for m in _OLD_PARTS.finditer(text)]
        for _ in range(6):  # windows, some cutting a spaced dash in two
            a = rng.randrange(-1, len(text) + 2)
            b = rng.randrange(a - 1, len(text) + 3)
            assert PART_MARKS.ends_in(text, a, b) == [
                m.end() for m in _OLD_PARTS.finditer(text, a, b)
            ]
            first = _OLD_PARTS.search(text, a, b)
            assert PART_MARKS.first_in(text, a, b) == (first.start() if first else None)


def test_part_marks_follow_the_text_asked_about() -> None:
    one = "Doe, the mayor, said – as ever – that the ferry runs."
    two = "Roe said the ferry runs; it does, she said, on time."
    assert PART_MARKS.ends_in(one, 0, len(one)) == [4, 15, 23, 33]
    assert PART_MARKS.ends_in(two, 0, len(two)) == [24, 33, 43]
    assert PART_MARKS.ends_in(one, 5, 30) == [15, 23]
    assert PART_MARKS.ends_in(one, 21, 40) == [22, 33]  # inside " – ": the dash alone
    assert PART_MARKS.first_in(two, 25, len(two)) == 32
    assert PART_MARKS.first_in(two, 43, len(two)) is None


def test_a_quoted_label_needs_its_quote_mark() -> None:
    def frame(text: str) -> tuple[tuple[int, int], str, int] | None:
        return labelled_frame(text, 0, len(text), lambda i: False)

    for mark, close in (("“", "”"), ('"', '"'), ("‘", "’")):
        text = f"The mayor heralded the deal as a {mark}breakthrough{close} on Monday."
        found = frame(text)
        assert found is not None and text[found[0][0] : found[0][1]] == "The mayor"
    assert frame("The mayor heralded the deal as a breakthrough on Monday.") is None


def test_a_cue_answer_kept_for_its_text_and_window_is_the_one_worked_out() -> None:
    from annotator.split import cues

    rng = random.Random(31)
    words = ["Doe", "said", "the", "report", "says", "was", "told", "saw", "him", "as", "a"]
    words += ["threat", "calls", "for", "Report:", "Officials", "warned", ",", ".", "not"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(2, 16))) for _ in range(300)]
    asked = 0
    for text in texts + texts:  # each text asked about again after the others
        matches = cues.cue_matches(text, 0, len(text))
        for m in matches:
            for lo in (0, m.start() // 2, m.start()):
                assert cues._is_cue(text, m, lo) == cues._verb_use(text, m, lo), (text, lo)
                asked += 1
        assert cues._ANSWERS.text is text or not matches
    assert asked > 1000


def _every_end(text: str, lo: int, at: int) -> list[int]:
    """`_ends_backward` as one scan of the whole window gives it."""
    out = []
    for m in reversed(list(pronouns._SENTENCE_END.finditer(text, lo, at + 3))):
        word = pronouns._ABBREVIATION.search(text, max(lo, m.start() - 12), m.start())
        if (
            m.end() > at
            or text[m.start()] == "."
            and word
            and (len(word.group()) == 1 or word.group().lower() in pronouns.lexicon.TITLES)
        ):
            continue
        out.append(m.start())
    return out


def test_the_end_scan_by_parts_finds_what_one_scan_finds() -> None:
    rng = random.Random(7)
    pieces = ["The ferry", " left", ".", "!", "?", " ", "  ", "\n", "\n\n", "”", "’", '"', "'",
              "“", "Mr", " He", "A", "x", " said", "\t", ". ", ".” ", "?\n"]  # fmt: skip
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(50, 900)))
        for _ in range(5):
            at = rng.randint(0, len(text))
            lo = rng.choice([0, max(0, at - 1500), rng.randint(0, at)])
            mine = _ends_backward(text, lo, at)
            first = next(mine, None)  # another window read between two reads of this one
            assert list(_ends_backward(text, 0, len(text))) is not None
            got = ([first.start()] if first else []) + [m.start() for m in mine]
            assert got == _every_end(text, lo, at), (text, lo, at)
            assert [m.start() for m in _ends_backward(text, lo, at)] == got
