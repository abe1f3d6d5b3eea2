"""English rules on who speaks around a clause: a time phrase that opens the sentence names
nobody ("Hours later, X …, telling Y", also with no comma: "On Sunday morning X …, saying"),
and the source that reports a quoted speaker's words speaks ('"…," X said, according to the
Post.'); a speaker run never opens with a
preposition ("the city of Nice", not "of Nice"); "In a poll, 40 percent said …" is the
poll's finding; an opening phrase of "Throughout", "Alongside", "Across", "Among" names
nobody either; a name after "And then", "But" is its clause's subject."""

from __future__ import annotations

import pytest
from attribution_cases import claim


@pytest.mark.parametrize(
    "body",
    [
        "Hours later, Ann Liddell answered the critics, telling a local paper the pier was safe.",
        "Two days later, Ann Liddell wrote back, saying the pier was safe for boats.",
        "Last Tuesday, Ann Liddell met the traders, telling them the pier was safe for boats.",
        "Minutes later, Ann Liddell issued a statement saying the pier was safe for boats.",
        "On Sunday morning Ann Liddell wrote back, saying the pier was safe for boats.",
        "In March Ann Liddell met the traders, telling them the pier was safe for boats.",
    ],
)
def test_a_time_opener_is_no_speaker(body: str) -> None:
    assert claim(body, "pier was safe")["speaker"] == "Ann Liddell"


def test_a_place_after_a_comma_less_opener_is_no_speaker() -> None:
    body = "In the harbour the pier was shut for a week, saying nothing about the boats."
    assert claim(body, "pier was shut")["speaker"] is None


def test_the_source_that_reports_a_quote_speaks() -> None:
    body = (
        "The harbour board met on Monday evening behind closed doors.\n\n"
        "“I ask you as a courtesy not to protest on the pier,” Liddell said, according to the "
        "Island Courier. “The traders need the space.”\n\n"
        "“We will not sell the ferry,” Tom Hale told the board, according to a board "
        "transcript of the meeting."
    )
    got = claim(body, "courtesy")
    assert (got["speaker"], got["cue"], got["quote"]) == ("Island Courier", "according to", True)
    assert claim(body, "traders need")["speaker"] == "Island Courier"
    assert "transcript" in claim(body, "sell the ferry")["speaker"]


def test_a_quote_without_according_to_keeps_its_speaker() -> None:
    body = "“I ask you as a courtesy not to protest on the pier,” Liddell said of the traders."
    assert claim(body, "courtesy")["speaker"] == "Liddell"


@pytest.mark.parametrize(
    "body,speaker",
    [
        ("In a tweet, the port city of Brill urged residents to keep off the pier.", "Brill"),
        ("The town of Oakley said residents should keep off the pier.", "Oakley"),
        ("Nine in 10 harbour traders say residents should keep off the pier.", "traders"),
    ],
)
def test_a_speaker_run_never_opens_with_its_preposition(body: str, speaker: str) -> None:
    got = claim(body, "keep off the pier")["speaker"] or ""
    assert speaker in got and not got.startswith(("of ", "in "))


def test_a_poll_that_opens_the_sentence_speaks_for_its_figures() -> None:
    body = (
        "In a Harbour Gazette poll released Monday, 40 percent of residents said the bridge "
        "should wait a year.\n\n"
        "In the latest county survey, the ferry led the bridge by ten points among commuters.\n\n"
        "In an interview, Ann Liddell said the bridge should wait for the spring tides."
    )
    got = claim(body, "should wait a year")
    assert (got["speaker"], got["cue"]) == ("Harbour Gazette poll", "in")
    assert "survey" in claim(body, "ferry led")["speaker"]
    assert claim(body, "spring tides")["speaker"] == "Ann Liddell"


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "Throughout the 1990s, harbour pilots in the union, fearing a backlash, refused to "
            "back the toll.",
            "backlash",
            "harbour pilots",
        ),
        (
            "Alongside the ferry protests, even a harbour pilot said the bridge would fail.",
            "bridge would fail",
            "harbour pilot",
        ),
    ],
)
def test_an_opening_phrase_of_throughout_or_alongside_names_nobody(
    body: str, fragment: str, speaker: str
) -> None:
    assert claim(body, fragment)["speaker"] == speaker


def test_a_name_after_leading_words_is_the_subject_of_an_ing_cue() -> None:
    body = (
        "And then Ann Liddell went on the attack, saying the council had wasted millions "
        "on the ferry.\n\n"
        "But the new quay stayed closed all winter, showing how little the plan had changed."
    )
    assert claim(body, "wasted millions")["speaker"] == "Ann Liddell"
    assert claim(body, "how little")["speaker"] is None


def test_an_opening_ing_word_before_a_count_is_a_participle_not_the_subject() -> None:
    body = (
        "Rallying hundreds of ferry workers who can barely pay their rent, Ann Liddell tried "
        "here last week to ease their fears and promised to cut the toll.\n\n"
        "Greeting dozens of skippers who had waited all day, Tom Greer stood up and vowed to "
        "keep the quay open."
    )
    assert claim(body, "cut the toll")["speaker"] == "Ann Liddell"
    assert claim(body, "keep the quay open")["speaker"] == "Tom Greer"
