"""A speaker that ends in an adjective right before its cue ("Mr. Ames's original", read from
"… Mr. Ames's original pledge to …"): the cue is a noun there; the possessive's owner speaks,
or the subject of a verb before the adjective, else no one (`split/cue_modifiers.py`)."""

from __future__ import annotations

import pytest

from tests.split.attribution_cases import claim


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "The new toll runs counter to Tom Ames's original pledge to keep the old pier open.",
            "new toll runs counter",
            "Tom Ames",
        ),
        (
            "Both skippers will be targets for Greer's false claims that he is a friend of pilots.",
            "skippers will be targets",
            "Greer",
        ),
        (
            "The row raised serious doubts about whether the night ferry will run in May.",
            "row raised serious doubts",
            "row",
        ),
        (
            "Ferry crews suffer this kind of storm-level stress daily as they wait at the quay.",
            "Ferry crews suffer",
            None,
        ),
    ],
)
def test_an_adjective_before_a_cue_noun_is_no_speaker(
    body: str, fragment: str, speaker: str | None
) -> None:
    assert claim(body, fragment)["speaker"] == speaker


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "Several ferry pilots hope the toll will fall by May.",
            "toll will fall",
            "Several ferry pilots",
        ),
        (
            "The harbour's new commercial claims the toll will fall by May.",
            "toll will fall",
            "harbour's new commercial",
        ),
    ],
)
def test_a_noun_before_its_cue_verb_stays_the_speaker(
    body: str, fragment: str, speaker: str
) -> None:
    assert claim(body, fragment)["speaker"] == speaker
