"""Speaker strings that are pieces of a clause (`speaker_clauses`): a speaker that starts inside
a bracket gives way to the name before the bracket; on sentences written for these tests."""

from __future__ import annotations

from attribution_cases import claim


def test_a_speaker_starting_inside_a_bracket_is_the_name_before_it() -> None:
    body = (
        "Harbour master Tom Greer and Ferry Board Chairman Walter Ames (R-Va.) both condemned "
        "the new toll on the quay in statements on Friday."
    )
    assert claim(body, "condemned the new toll")["speaker"] == "Walter Ames"


def test_a_bracket_after_the_whole_speaker_leaves_it() -> None:
    body = "Walter Ames (R-Va.) said the new toll on the quay would cost the ferry its passengers."
    assert claim(body, "cost the ferry its passengers")["speaker"] == "Walter Ames"
