"""A law or rule as the source of what it lays down: "The harbour law requires …"."""

from __future__ import annotations

import pytest
from attribution_cases import claim


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("The harbour law requires ferry owners to post their fares.", "post their", "law"),
        ("The port ordinance would prohibit pilots from raising fares.", "raising", "ordinance"),
        (
            "The island constitution mandates a vote on every new toll.",
            "every new toll",
            "constitution",
        ),
        (
            "The revised version also requires two pilots on each night crossing.",
            "night crossing",
            "version",
        ),
    ],
)
def test_a_law_is_the_source_of_what_it_requires(body: str, fragment: str, speaker: str) -> None:
    assert speaker in (claim(body, fragment)["speaker"] or "")


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("Mara Quill required her crew to sign the ferry log.", "ferry log"),
        ("The night crossing requires patience and a warm coat.", "warm coat"),
        ("The ferry now carries fewer cars than the law requires.", "fewer cars"),
    ],
)
def test_other_subjects_or_no_object_are_no_source(body: str, fragment: str) -> None:
    assert claim(body, fragment)["speaker"] is None
