"""Gates that spare work find what the full work finds: `textscan.may_end_with_time` tests a
tail only against the time words that end as it does, `transcripts.line_labels` tries only the
lines that hold a colon."""

from __future__ import annotations

import random

from annotator.split import transcripts
from annotator.split.lexicon import WEEKDAYS
from annotator.split.textscan import _TIME_WORD_MAX, _TIME_WORDS, CASE_ODD, may_end_with_time
from annotator.split.transcripts import line_labels


def _every_word(text: str, end: int) -> bool:
    """The test as it was: the tail against the whole tuple of time words."""
    if end and text[end - 1] == "\n":
        end -= 1
    tail = text[max(0, end - _TIME_WORD_MAX) : end]
    if not tail:
        return False
    if tail[-1].isdecimal():
        return True
    if len(tail) >= 3 and tail[-2:] in ("st", "nd", "rd", "th") and tail[-3].isdecimal():
        return True
    return not CASE_ODD.isdisjoint(tail) or tail.lower().endswith(_TIME_WORDS)


def test_the_grouped_words_answer_as_every_word_does() -> None:
    rng = random.Random(11)
    words = [*sorted(WEEKDAYS), "the ferry", "harbour", "ay", "on", "x", "İ", "ſ", "3rd", "\n"]
    cases = ["", "a", "on", "The pier master on Friday", "The pier masters", "Sunday\n"]
    for _ in range(20000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
        cut = rng.randint(0, 3)  # a word cut short: "Thursd", "yesterda"
        text = text[: len(text) - cut] if cut < len(text) else text
        cases.append("".join(c.upper() if rng.random() < 0.2 else c for c in text))
    hits = 0
    for text in cases:
        for end in range(max(0, len(text) - 2), len(text) + 1):
            assert may_end_with_time(text, end) is _every_word(text, end), repr(text[:end])
            hits += may_end_with_time(text, end)
    assert 0 < hits < 3 * len(cases)


def test_line_labels_are_the_ones_a_scan_of_every_line_finds() -> None:
    rng = random.Random(13)
    pieces = ["HALE", "MAY REED", "Ann", "x", ":", ": ", ":\t", " ", "\n", "\n\n", "“", '"']
    pieces += ["The ferry", "A", "(", "[", "ok.", "’s", "-", "\t"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        every = [m.group(1) for m in transcripts._NEXT_LINE_LABEL.finditer(text)]
        first = transcripts._FIRST_LINE_LABEL.match(text)
        assert line_labels(text) == ([first.group(1)] if first else []) + every, repr(text)
