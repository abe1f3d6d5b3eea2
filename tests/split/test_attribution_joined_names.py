"""Two speakers joined by "and" in one mention are both the speaker, each without its roles,
titles and articles ("Mr. Ames and Senator Ann Reed" -> "Ames and Ann Reed"), not the last
name alone; a body's name that holds "for" stays whole; roles joined before one name, and a
side with no name, keep the one-name reading (`split/joined_names.py`); German names joined
by "und" too."""

from __future__ import annotations

import pytest

from tests.split.attribution_cases import claim, german_speakers

_SAID = " said the ferry polls failed to predict the winner this time."


@pytest.mark.parametrize(
    "subject,speaker",
    [
        ("Tom Ames and Ann Reed", "Tom Ames and Ann Reed"),
        ("Mr. Ames and Senator Ann Reed", "Ames and Ann Reed"),
        ("Both Reed and the Harbour Board", "Reed and Harbour Board"),
        ("The Centers for Harbour Control and Safety", "Centers for Harbour Control and Safety"),
    ],
)
def test_both_sides_of_and_are_the_speaker(subject: str, speaker: str) -> None:
    assert claim(subject + _SAID, "ferry polls failed")["speaker"] == speaker


def test_a_surname_on_a_side_takes_the_full_name_given_before() -> None:
    body = "Tom Ames runs the ferry.\n\nMr. Ames and Senator Ann Reed" + _SAID
    assert claim(body, "ferry polls failed")["speaker"] == "Tom Ames and Ann Reed"


@pytest.mark.parametrize(
    "subject,speaker",
    [
        # roles joined by "and" before one name: one person
        ("Former Bramley Gov. and Party Chairman Tom Ames", "Tom Ames"),
        # a side with no name
        ("A harbour town and Tom Ames", "Tom Ames"),
    ],
)
def test_one_person_or_a_side_with_no_name_keeps_the_name(subject: str, speaker: str) -> None:
    assert claim(subject + _SAID, "ferry polls failed")["speaker"] == speaker


def test_german_names_joined_by_und_are_both_the_speaker() -> None:
    """ "Lena Vogt und Paul Ries kritisierten" gives both; the tail of a list ("…, Lena Vogt und
    Paul Ries") keeps the one-name reading."""
    got = german_speakers("Lena Vogt und Paul Ries kritisierten, der Zeitplan sei zu knapp.")
    assert got == [("Lena Vogt und Paul Ries", "kritisierten")]
    got = german_speakers(
        "Die Vereine Nordlicht, Lena Vogt und Paul Ries kritisierten, der Zeitplan sei knapp."
    )
    assert got[0][0] != "Lena Vogt und Paul Ries"
