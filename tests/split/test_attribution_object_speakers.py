"""A preposition's object is no speaker ("the toll rules in Norway guaranteed …", "credited to
the rules proposed during …"), the noun phrase before it may be ("ferry captains in Bergen say"); a title's or an initial's period
ends no sentence before a quote's cue ("… under Mr. Roe, had said, “…”"); an auxiliary is no
part of a subject ("The mayor has fired back: “…”"); a verb outside the lexicon frames a quote
after an opening clause ("At the pier, Mr. Doe yelled, “…”"); an object pronoun ("those
close to him say") is no speaker; "he" finds the man named right after another sentence's full stop;
a possessive thing after a cue ("…, and Y, tweeted their approval of …") is its object."""

from __future__ import annotations

import pytest
from attribution_cases import claim


def test_a_capitalised_object_of_through_is_no_speaker() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "The news that the smugglers came through Norway is also pushing the board to act."
    )
    assert claim(body, "pushing the board")["speaker"] is None


def test_the_noun_phrase_before_the_place_speaks() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "But ferry captains in Bergen say that the new toll will drive passengers away."
    )
    assert claim(body, "drive passengers away")["speaker"] == "ferry captains in Bergen"


def test_a_name_with_a_preposition_inside_still_speaks() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "The Commission on Harbour Tolls says the new toll is fair to every ferry line."
    )
    assert claim(body, "fair to every ferry line")["speaker"] is not None


def test_a_titles_period_ends_no_sentence_before_the_cue() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "The dispute began after Ms. Hale, asked about the toll set by Mr. Roe, had said, "
        "“I think the board charges far too much for a short crossing.”"
    )
    assert claim(body, "far too much")["speaker"] == "Hale"


def test_an_auxiliary_is_no_part_of_the_subject() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "The mayor has fired back at the harbour board: “We will not pay this toll at all.”"
    )
    assert claim(body, "not pay this toll")["speaker"] == "mayor"


def test_a_verb_outside_the_lexicon_after_an_opening_clause() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "When the ferry finally left the pier an hour late, Mr. Doe yelled, "
        "“Never again on this boat, never again!”"
    )
    assert claim(body, "Never again on this boat")["speaker"] == "Doe"


def test_an_object_pronoun_is_no_speaker() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "The mayor has named no one yet. Those close to him now say the toll will stay."
    )
    assert claim(body, "the toll will stay")["speaker"] in (None, "Those close to him")


def test_he_goes_to_the_man_named_after_a_full_stop() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "George Pell (a captain) was the face of the old ferry line, and he fought the toll for "
        "years. In a 1999 speech, he declared: “The toll will sink every small ferry line.”"
    )
    assert claim(body, "sink every small ferry", pronoun_mentions=True)["speaker"] == "George Pell"


def test_a_participle_after_an_object_reports_nothing() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "Much of the drop in crime can be credited to the tough laws proposed during the "
        "governor's first term. The city has some of the harshest rules toward a migrant "
        "population found in the region."
    )
    assert claim(body, "tough laws")["speaker"] is None
    assert claim(body, "harshest rules")["speaker"] is None


@pytest.mark.parametrize(
    "body",
    [
        "The Harbour Safety Bureau cited in Greer's post does not exist.",
        "Two names prominently mentioned as possible chiefs are Tom Ames and Ann Liddell.",
    ],
)
def test_a_thing_cited_before_its_own_verb_reports_nothing(body: str) -> None:
    assert claim(body, body[:12])["speaker"] is None


@pytest.mark.parametrize(
    "body",
    [
        "Greer cited in his post a report that the quay is unsafe.",
        "The board has cited in its report the fact that the pier is old.",
    ],
)
def test_a_subject_that_cites_still_speaks(body: str) -> None:
    assert claim(body, "that the")["speaker"] in ("Greer", "board")


def test_a_subject_before_the_same_verb_still_speaks() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "Critics of the toll reported on Tuesday that the fares had doubled since spring."
    )
    assert claim(body, "fares had doubled")["speaker"] == "Critics of the toll"


def test_a_possessive_thing_after_a_cue_is_its_object() -> None:
    body = (
        "Democratic presidential contenders Jan Roe and Ann Hale, and Democratic Gov. Tom Lund, "
        "tweeted their approval of the toll.\n\n"
        '"The ferry will run all winter," said their spokesman on Monday.'
    )
    assert claim(body, "their approval")["speaker"] in (None, "Jan Roe", "Ann Hale", "Tom Lund")
    assert claim(body, "run all winter")["speaker"] == "their spokesman"
