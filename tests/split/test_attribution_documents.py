"""English documents and polls as sources: a named poll later in a sentence with a figure
speaks for it ("Doe led by 8 points in a new Island Courier poll"); an unnamed or place-named
poll ("in the Brill polls") and a poll without a figure do not."""

from __future__ import annotations

import pytest
from attribution_cases import claim


def test_a_named_poll_speaks_for_its_figure() -> None:
    body = "Ann Liddell led Tom Hale by 8 points in a new Island Courier poll released Friday."
    got = claim(body, "led Tom Hale")
    assert (got["speaker"], got["cue"]) == ("new Island Courier poll", "in")


def test_a_title_case_poll_speaks_like_a_lower_case_one() -> None:
    body = (
        "In a new Island Courier Poll, three of four harbour traders disapproved of the toll.\n\n"
        "Ann Liddell's approval rating in the latest Island Courier Poll stands at 53 percent."
    )
    assert claim(body, "three of four")["speaker"] == "Island Courier Poll"
    assert claim(body, "approval rating")["speaker"] == "Island Courier Poll"


@pytest.mark.parametrize(
    "body",
    [
        "Ann Liddell has held a steady lead in the polls since the ferry vote in May.",
        "Ann Liddell's ferry plan came up in a new Island Courier poll of harbour traders.",
    ],
)
def test_an_unnamed_poll_or_one_without_a_figure_is_none(body: str) -> None:
    assert claim(body, "Liddell")["speaker"] is None


@pytest.mark.parametrize(
    "body,speaker",
    [
        ("For example, the paper notes the harbour lost two boats in the storm.", "paper"),
        ("“The harbour lost two boats in the storm,” the ad states.", "ad"),
        ("The harbour lost two boats in the storm, the message continues.", "message"),
        (
            "“The harbour lost two boats in the storm,” the banner on the website reads.",
            "banner on the website",
        ),
        ("The harbour agency lists the two boats lost in the storm as wrecks.", "harbour agency"),
        (
            "Tom Greer's ferry website lists two boats lost in the storm.",
            "Tom Greer's ferry website",
        ),
    ],
)
def test_a_document_with_a_noun_like_cue_speaks(body: str, speaker: str) -> None:
    assert claim(body, "two boats")["speaker"] == speaker


def test_a_named_document_with_a_noun_like_cue_frames_the_quote_below() -> None:
    body = (
        "Tom Hale told the council he would fight on. The ferry has a long history, as the "
        "Harbour Trust website notes:\n\n"
        "“The first boat crossed the sound in 1890 and carried the mail for sixty years.”"
    )
    got = claim(body, "first boat")
    assert (got["speaker"], got["cue"]) == ("Harbour Trust website", "notes")


def test_a_noun_like_cue_after_a_plain_noun_is_none() -> None:
    assert (
        claim("The harbour notes were lost in the storm last winter.", "storm")["speaker"] is None
    )
    assert claim("Tom Greer reads the harbour log before the boats sail.", "log")["speaker"] is None
    assert claim("The old ferry lists to one side in the storm.", "one side")["speaker"] is None


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "The Island Courier reports that the ferry will stop running in May.",
            "ferry",
            "Island Courier",
        ),
        (
            "The ferry will stop running in May, the Island Courier reports.",
            "ferry",
            "Island Courier",
        ),
        ("“The ferry will stop running in May,” the statement read.", "ferry", "statement"),
        ("“The ferry will stop running in May,” the document states.", "ferry", "document"),
        ("The letter continues: “The ferry will stop running in May.”", "ferry", "letter"),
        ("The email then goes on to say: “The ferry will stop running in May.”", "ferry", "email"),
    ],
)
def test_an_outlet_or_a_document_speaks(body: str, fragment: str, speaker: str) -> None:
    assert claim(body, fragment)["speaker"] == speaker


def test_reports_before_an_excerpt_is_no_cue() -> None:
    body = "Ann Liddell reports:\n\nThe ferry will stop running in May, and the harbour will close."
    assert claim(body, "ferry will stop")["speaker"] is None


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "An Island Courier average of harbour polls shows Ann Liddell ahead by 4 points.",
            "average",
        ),
        ("A May 2, 2015 email shows the harbour board sold two boats that spring.", "email"),
        ("News footage from the harbour showed two boats sinking at the pier.", "footage"),
        ("The new Island Courier poll has Ann Liddell ahead of Tom Greer by 4 points.", "poll"),
    ],
)
def test_a_document_opening_the_sentence_shows(body: str, speaker: str) -> None:
    assert speaker in (claim(body, "boats" if "boats" in body else "ahead")["speaker"] or "")


@pytest.mark.parametrize(
    "body",
    [
        "The full harbour report can be found on the council's website.",
        "They checked the harbour records and found two boats had sunk at the pier.",
        "The harbour poll has Ann Liddell's name spelled wrong on its front page.",
    ],
)
def test_a_passive_or_a_pronoun_subject_is_no_document(body: str) -> None:
    assert claim(body, "harbour")["speaker"] is None
