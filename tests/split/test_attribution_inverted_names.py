"""English inverted cues of saying with a name after them, on sentences written for these tests:
a place, body or medium after the name that ends the sentence ("…, says Jane Doe in Ottawa.")
leaves the name the speaker, not a noun before the comma; a clause after the name ("said Doe
in Ottawa was wrong") is reported, so the subject before the cue speaks; the name a speaker
calls himself ("…, wrote a man calling himself Jan Roe") speaks."""

from __future__ import annotations

import pytest

from tests.split.attribution_cases import claim


@pytest.mark.parametrize(
    "body",
    [
        "The harbour has more pull through its ferries, says Tom Doe in Ottawa.",
        "The harbour has more pull through its ferries, said Tom Doe in a statement.",
        "The harbour has more pull through the port, says Tom Doe of the university.",
        "The harbour has more pull through the port, says economist Tom Doe at the bank.",
    ],
)
def test_a_place_after_an_inverted_name(body: str) -> None:
    assert claim(body, "more pull")["speaker"] == "Tom Doe"


def test_a_clause_after_the_name_is_reported() -> None:
    c = claim("Jane Roe, the mayor, said Tom Doe in Ottawa was wrong.", "wrong")
    assert c["speaker"] == "Jane Roe"


def test_the_name_a_speaker_calls_himself_speaks() -> None:
    body = (
        "The replies online came fast.\n\n"
        "''Whoever shuts the quay has no business pretending to care!'' wrote a man "
        "calling himself Jan Roe.\n\n"
        '"The toll is too high," said a pilot in Dover.'
    )
    assert claim(body, "no business pretending")["speaker"] == "Jan Roe"
    assert claim(body, "toll is too high")["speaker"] == "pilot"


def test_a_name_and_others_after_an_inverted_cue_speaks() -> None:
    body = "The gap with Greer, said Ames and others, would be wide since Greer has no mayors."
    assert claim(body, "gap with Greer")["speaker"] == "Ames and others"


def test_a_name_and_others_as_an_object_do_not_speak() -> None:
    c = claim("Greer praised Ames and others for the new quay.", "new quay")
    assert c["speaker"] == "Greer"


def test_a_name_before_a_modal_after_an_opening_says_is_reported() -> None:
    body = "Tom Greer spoke at the quay on Monday. Says Ames would stack the board against pilots."
    assert claim(body, "stack the board")["speaker"] is None


def test_a_name_and_a_comma_after_an_opening_said_speaks() -> None:
    c = claim('Said Ames, "We all loved the old pier."', "loved the old pier")
    assert c["speaker"] == "Ames"
