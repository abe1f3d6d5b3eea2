"""English speech acts of making something public (`acts`, class "made_public"): an ad, data, a
list, an excerpt or a poll released by its maker speaks for the maker; footage of an event, a
plain release of people or things and a video "of" something do not. A claim someone stands by
("stood by his comment that …", class "stood_by") is theirs."""

from __future__ import annotations

import pytest
from attribution_cases import claim


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "The Harbour Trust released a digital ad in Brill mocking the toll.",
            "mocking",
            "Harbour Trust",
        ),
        (
            "The pilots' union released data on Monday on the ferry's late runs.",
            "late runs",
            "pilots' union",
        ),
        (
            "The Brill Ferry Club has released its list of 12 favoured skippers.",
            "favoured",
            "Brill Ferry Club",
        ),
        ("Tom Greer released a video on Sunday urging skippers to vote.", "urging", "Tom Greer"),
        (
            "Quay Radio released two excerpts from the harbour master's memoir.",
            "memoir",
            "Quay Radio",
        ),
    ],
)
def test_what_a_maker_releases_speaks_for_it(body: str, fragment: str, speaker: str) -> None:
    assert claim(body, fragment)["speaker"] == speaker


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("The coast guard released drone video from Sunday's crash at the pier.", "crash"),
        ("Brill police released a video of the crash at the pier.", "crash"),
        ("The Harbour Trust released the two skippers after a day.", "two skippers"),
        ("A ferry memo got released as voting ended on the isle.", "voting ended"),
    ],
)
def test_footage_and_plain_releases_say_nothing(body: str, fragment: str) -> None:
    assert claim(body, fragment)["speaker"] is None


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "Ann Reed is standing by an accusation she made at the pier that the board lied.",
            "board lied",
            "Ann Reed",
        ),
        ("Tom Greer stood by his comment that the toll is a scam.", "scam", "Tom Greer"),
        ("Tom Greer stood by the old pier for an hour.", "old pier", None),  # a place
        ("Tom Greer stood by his wife during the trial.", "trial", None),  # a person
    ],
)
def test_a_claim_stood_by_is_its_speakers(body: str, fragment: str, speaker: str | None) -> None:
    assert claim(body, fragment)["speaker"] == speaker
