"""The per-text quote-mark index answers every window as a scan of the window would."""

from __future__ import annotations

import random

from annotator.split.quote_marks import QUOTE_CHARS, QuoteMarks


def scan(text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTE_CHARS.finditer(text, a, b)]


def test_windows_of_random_texts_match_the_scan() -> None:
    rng = random.Random(5)
    pieces = [
        "a",
        "b",
        " ",
        "'",
        "''",
        "`",
        "``",
        '"',
        "“",
        "”",
        "„",
        "«",
        "»",
        "‘",
        "’",
        "‚",
        "\n",
    ]
    marks = QuoteMarks()
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        for _ in range(20):  # many windows of one text: the index is built once
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            assert marks.spans_in(text, a, b) == scan(text, a, b), (text, a, b)


def test_pairs_cut_by_a_window_edge() -> None:
    marks = QuoteMarks()
    text = "He wrote ''Go home'' and ``left''' now."
    assert marks.spans_in(text, 0, len(text)) == [(9, 11), (18, 20), (25, 27), (31, 33), (33, 34)]
    assert marks.spans_in(text, 10, 19) == [(10, 11), (18, 19)]  # a ' of each pair alone
    assert marks.spans_in(text, 26, 32) == [(31, 32)]  # half a `` is no mark; a cut ''
    assert marks.spans_in(text, 0, 26) == [(9, 11), (18, 20)]
