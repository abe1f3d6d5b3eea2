"""A speaker cut short after an adjective that asks for its complement ("a pilot close",
read from "said a pilot close to the mayor"): the complement is the speaker's too, or the
adjective is cut when no end of the phrase comes soon; the participle of a document's issue
("a survey released on Monday found") is cut from the speaker (`split/speaker_tails.py`)."""

from __future__ import annotations

import pytest

from tests.split.attribution_cases import claim


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "“The toll will go up twice this year,” said a pilot close to the harbour board.",
            "toll will go up",
            "pilot close to the harbour board",
        ),
        (
            "The ferry will stop in May, according to one skipper familiar with the talks.",
            "ferry will stop",
            "skipper familiar with the talks",
        ),
    ],
)
def test_a_cut_complement_is_the_speakers_too(body: str, fragment: str, speaker: str) -> None:
    assert claim(body, fragment)["speaker"] == speaker


def test_a_speaker_without_such_an_adjective_is_left_alone() -> None:
    body = "“The toll will go up twice this year,” said a skipper who knows the harbour board."
    assert claim(body, "toll will go up")["speaker"] == "skipper"


def test_the_adjective_is_cut_when_its_complement_runs_on() -> None:
    body = (
        "“The toll will go up twice this year,” said a pilot close to nearly every single "
        "skipper working the long northern ferry routes across the whole wide bay."
    )
    assert claim(body, "toll will go up")["speaker"] == "pilot"


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "A survey of ten ports released on Monday found that tolls were rising.",
            "tolls were rising",
            "survey of ten ports",
        ),
        (
            "A court paper filed on Friday says that the pier will close.",
            "pier will",
            "court paper",
        ),
    ],
)
def test_the_participle_of_a_documents_issue_is_cut(body: str, fragment: str, speaker: str) -> None:
    assert claim(body, fragment)["speaker"] == speaker


def test_a_lone_participle_after_those_is_left_alone() -> None:
    assert claim("Those surveyed said tolls were too high.", "tolls")["speaker"] == "Those surveyed"


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "The ferry plan is sound, said former secretary of state Ann Reed, who praised it.",
            "Ann Reed",
        ),
        (
            "But the other candidate, former Secretary of State Tom J. Ames, drew a contrast, "
            "saying the ferry plan is sound.",
            "Tom J. Ames",
        ),
        ("The ferry plan is sound, said a former secretary of Labor.", "former secretary of Labor"),
    ],
)
def test_a_secretary_cut_from_the_office_is_whole_again(body: str, speaker: str) -> None:
    assert claim(body, "ferry plan is sound")["speaker"] == speaker


@pytest.mark.parametrize(
    "body",
    [
        # a department of several words: no name is read from its last word
        "The ferry plan is sound, said former Secretary of Homeland Security Ann Reed.",
        # the office owns the speaker ("the former secretary of state's aide"): not the office
        "The ferry plan is sound, said one former secretary of state's aide.",
    ],
)
def test_a_longer_department_or_a_possessive_office_is_not_read_in(body: str) -> None:
    speaker = claim(body, "ferry plan is sound")["speaker"]
    assert speaker not in ("Security Ann Reed", "former secretary of state")
    assert speaker == "former Secretary" or speaker == "former secretary"
