"""A speaker phrase cut inside the number that counts its people is made whole: a share ("Six
in 10", "Seven in 10 Harbour voters"), a number cut at its thousands comma, "percent" cut from
its number, an age cut from "those over"; and "one of" keeps its "one"
(`split/speaker_counts.py`, `split/mentions.py`)."""

from __future__ import annotations

import pytest

from annotator.split import speaker_counts
from annotator.split.tracker import Attribution
from tests.split.attribution_cases import claim


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("Six in 10 say the ferry is too slow for the island.", "ferry is too slow", "Six in 10"),
        (
            "Seven in 10 Harbour voters say the ferry is too slow for the island.",
            "ferry is too slow",
            "Seven in 10 Harbour voters",
        ),
        (
            "Nearly eight in 10 Harbour voters said the toll was too high for them.",
            "toll was too high",
            "Nearly eight in 10 Harbour voters",
        ),
        (
            "In the Bramley caucuses, 21,000 people supported the new mayor in the last race.",
            "supported the new mayor",
            "21,000 people",
        ),
        (
            "Luckily for Ames, 64 percent of skippers in the latest Harbour Echo poll said they "
            "like the ferry.",
            "like the ferry",
            "64 percent of skippers in the latest Harbour Echo poll",
        ),
        (
            "The ferry vote divides the island, with most of those over 50 supporting Ames and "
            "those under 30 backing Reed.",
            "supporting Ames",
            "most of those over 50",
        ),
        (
            "The ferry plan would cost little, according to one of her two deputies at the port.",
            "ferry plan would cost",
            "one of her two deputies at the port",
        ),
    ],
)
def test_a_count_cut_from_the_speaker_is_put_back(body: str, fragment: str, speaker: str) -> None:
    assert claim(body, fragment)["speaker"] == speaker


def test_a_lone_number_with_no_share_after_it_stays() -> None:
    body = "Nine said the toll was too high for the skippers."
    assert claim(body, "toll was too high")["speaker"] == "Nine"


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Skippers in 10 towns said so.", "10 towns"),  # "in" after a noun: no share
        ("By 2019,000 ships had come.", "000 ships"),  # a year before the comma
        ("Since March, percent gains said nothing.", "percent gains"),  # no number before
        ("Those over there said so.", "Those over"),  # no age after "over"
        ("Nine in Bramley said so.", "Nine"),  # a place after "in"
    ],
)
def test_a_speaker_with_no_cut_count_is_left_alone(text: str, speaker: str) -> None:
    at = text.index(speaker)
    attr = Attribution(speaker=speaker, cue="said", speaker_span=(at, at + len(speaker)))
    assert speaker_counts.checked(text, attr) == attr
