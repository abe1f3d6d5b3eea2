"""Signed quotes: a paragraph that is wholly a quote and a dash line with a name below it."""

from __future__ import annotations

import pytest
from attribution_cases import claim


@pytest.mark.parametrize(
    "sign,speaker",
    [
        ("- Tom Fairley.", "Tom Fairley"),
        ("—Anna Berg, Dover.", "Anna Berg"),
        ("– Harbour master Tom Fairley.", "Tom Fairley"),
    ],
)
def test_a_dash_line_signs_the_quote_paragraph_above(sign: str, speaker: str) -> None:
    body = (
        "The board met on Monday.\n\n"
        '"The ferries will run every ten minutes. Fares will stay the same."\n\n'
        f"{sign}\n\nThe board will vote next week."
    )
    for fragment in ("ten minutes", "Fares will"):
        got = claim(body, fragment)
        assert (got["speaker"], got["cue"]) == (speaker, "—")


@pytest.mark.parametrize(
    "body",
    [
        # a byline under a paragraph of the outlet's own words
        "The ferries will run every ten minutes from May.\n\n- Tom Fairley.",
        # the line under the quote says more than a name
        '"The ferries will run every ten minutes."\n\n- Tom Fairley said it twice, and left.',
    ],
)
def test_a_dash_line_under_other_words_signs_nothing(body: str) -> None:
    assert claim(body, "ten minutes")["speaker"] is None


def test_a_quote_with_a_speaker_of_its_own_keeps_it() -> None:
    body = '"The ferries will run every ten minutes," Anna Berg said.\n\n- Tom Fairley.'
    assert claim(body, "ten minutes")["speaker"] == "Anna Berg"
