"""English speakers that looked wrong to a reader, on sentences written for these tests: a date
before "and" is no conjunct of the speaker ("late in Jun and the mayor said"), a body named
with "on" stays whole ("the Commission on Ferry Safety"), a counted span of time before the
cue is no part of the speaker ("X two summers ago said", "X two years later said"), and people
close to someone are the speaker, not the someone ("Friends close to Ann Reed said")."""

from __future__ import annotations

import pytest

from tests.split.attribution_cases import claim


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "The pier reopened late in Jun and the mayor said the repairs held.",
            "mayor",
        ),
        ("Tolls fell on Friday and the ferry board said the repairs held.", "ferry board"),
        (
            "The dock flooded in 2021 and the port authority said the repairs held.",
            "port authority",
        ),
        (
            "The dock flooded last winter and the port authority said the repairs held.",
            "port authority",
        ),
        # a month word with no opener before it may be a given name: both stay
        ("Jun and the mayor said the repairs held.", "Jun and the mayor"),
    ],
)
def test_a_date_before_and_is_no_conjunct_of_the_speaker(body: str, speaker: str) -> None:
    assert claim(body, "repairs held")["speaker"] == speaker


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "The Commission on Lighthouse Upkeep said the lamps were dim.",
            "Commission on Lighthouse Upkeep",
        ),
        (
            "The Island Senate Committee on Pier Tolls said the lamps were dim.",
            "Island Senate Committee on Pier Tolls",
        ),
        ("The lamps were dim, said the Council on Coastal Lights.", "Council on Coastal Lights"),
        # a time after "on", a person on a channel, a role before a name: as before
        ("The Harbour Council on Tuesday said the lamps were dim.", "Harbour Council"),
        (
            "The Council on Coastal Lights Executive Director Oona Fisk said the lamps were dim.",
            "Oona Fisk",
        ),
    ],
)
def test_a_body_named_with_on_stays_whole(body: str, speaker: str) -> None:
    assert claim(body, "lamps were dim")["speaker"] == speaker


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "Sailing Club members two summers ago said the slipway was cracked.",
            "Sailing Club members",
        ),
        ("The Sailing Club three Sundays ago said the slipway was cracked.", "Sailing Club"),
        (
            "Sailing Club members two years later said the slipway was cracked.",
            "Sailing Club members",
        ),
        # a year is no count: "the 2024 election" is the phrase's own
        (
            "The race officer for the 2024 election later said the slipway was cracked.",
            "race officer for the 2024 election",
        ),
    ],
)
def test_a_counted_span_of_time_is_no_part_of_the_speaker(body: str, speaker: str) -> None:
    assert claim(body, "slipway was cracked")["speaker"] == speaker


@pytest.mark.parametrize(
    "body,speaker",
    [
        ("Friends close to Oona Fisk said she would not sail again.", "Friends close to Oona Fisk"),
        (
            "Aides loyal to Governor Varga said she would not sail again.",
            "Aides loyal to Governor Varga",
        ),
        # a plain name keeps its resolution
        ("Governor Ines Varga said she would not sail again.", "Ines Varga"),
    ],
)
def test_people_close_to_someone_are_the_speaker(body: str, speaker: str) -> None:
    assert claim(body, "not sail again")["speaker"] == speaker
