"""English headlines: "Name on Topic: …" is the name's ("Liddell on the Ferry: …"), a Title
Case "Calls" or "Tweets" is a cue ("Liddell Calls On Council To Resign"), an organisation
ending in "Watch" speaks ("Harbour Watch: …", but not "Watch: …"), and "Surname: …" speaks
over a body that names a title before the given name ("Harbour Master Ann Liddell"); a document's
title "Name: X wants …" is the name's, not X's ("Harbour camp: …", "Historians: …" too, not a
question "Name: …?"); a title closed by ';' (news database exports) is a claim of its own; a
plural subject speaks with a base form ("New Polls Show …", "Some Say …"); a capitalised verb of
action after a comma takes an object ("Doe Says …, Calls Toll Plan ‘Reckless’"), no subject;
the words before a title-case "Who" speak, not the relative clause ("Pilot Who Backed Doe …")."""

from __future__ import annotations

import pytest
from attribution_cases import claim

from annotator.split.document import RawDocument
from annotator.split.document_rows import split_document

BODY = (
    "\n\nHarbour Master Ann Liddell told the council on Monday that the ferry would keep running"
    " through the winter months."
)


@pytest.mark.parametrize(
    "headline,speaker",
    [
        ("Liddell on the Ferry Vote: The Boats Will Keep Running.", "Liddell"),
        ("Liddell Calls On Council To Keep The Ferry Running.", "Liddell"),
        ("Liddell Calls for Inquiry after Report Shows Ferry Losses.", "Liddell"),
        ("Liddell Tweets A Photo Of The Ferry Running In The Storm.", "Liddell"),
        ("Harbour Watch: Council Hid The Ferry Report For Years.", "Harbour Watch"),
        ("Liddell: Ferry will keep running through the winter.", "Liddell"),
    ],
)
def test_a_headline_names_its_speaker(headline: str, speaker: str) -> None:
    assert (claim(headline + BODY, headline[:20])["speaker"] or "").endswith(speaker)


@pytest.mark.parametrize(
    "headline",
    [
        "Watch: Council Hid The Ferry Report For Years.",
        "Limited Tools to Fight Storms: The harbour has only two boats left.",
        "Stealth Over Wealth: Mayor Was Headed To Court But Turned Back.",
        "Storm After Storm: The Ferry Lost Money Every Winter Since The Bridge.",
    ],
)
def test_a_heading_names_nobody(headline: str) -> None:
    assert claim(headline + BODY, headline[:20])["speaker"] is None


def test_a_name_between_a_dash_and_a_quote_speaks() -> None:
    body = (
        "FERRY LOSSES ARE NOT NEW - Ann Liddell: “The boats have lost money every winter since "
        "the bridge plan was first put to the council.” [Harbour Gazette.]"
    )
    assert claim(body, "lost money")["speaker"] == "Ann Liddell"


@pytest.mark.parametrize(
    "lead",
    ["Skippers agree - Ann Liddell", "Traders share blame for the ferry losses - Ann Liddell"],
)
def test_a_name_between_a_dash_and_a_quote_speaks_over_a_cue_before_the_dash(lead: str) -> None:
    body = (
        f"{lead}: “The boats have lost money every winter since the bridge plan was first put "
        "to the council.”"
    )
    got = claim(body, "lost money")
    assert (got["speaker"], got["cue"]) == ("Ann Liddell", ":")


def test_a_name_with_a_party_label_before_a_colon_and_a_quote_speaks() -> None:
    body = 'Rep. Ann Liddell (D-Maine):"Nobody on the council has ever seen that ferry report."'
    assert claim(body, "ferry report")["speaker"] == "Ann Liddell"


def test_a_document_title_name_speaks_over_a_subject_after_the_colon() -> None:
    text = (
        "Harbour Trust: Mayor wants the ferry toll doubled.\n\n"
        "The harbour board met on Monday to discuss the toll for the winter."
    )
    claims = split_document(RawDocument(path="t.txt", format="txt", text=text)).claims
    title = next(c for c in claims if "toll doubled" in c["text"])
    assert title["speaker"] == "Harbour Trust"


@pytest.mark.parametrize(
    "title,speaker",
    [
        ("Liddell says ferry will run all winter; ", "Liddell"),
        ("Ferry losses grow; ", None),
    ],
)
def test_a_title_closed_by_a_semicolon_is_a_claim(title: str, speaker: str | None) -> None:
    text = title + "\nSubsidy talks go on.\n" + BODY
    claims = split_document(RawDocument(path="t.txt", format="txt", text=text)).claims
    assert (claims[0]["text"], claims[0]["speaker"]) == (title.rstrip("; "), speaker)


def _title_speaker(title: str) -> str | None:
    text = title + BODY
    claims = split_document(RawDocument(path="t.txt", format="txt", text=text)).claims
    return next(c for c in claims if c["text"].startswith(title[:12]))["speaker"]


@pytest.mark.parametrize(
    "title,speaker",
    [
        ("Liddell camp: Mayor Doe's toll plan hurts the islands.", "Liddell camp"),
        ("Gazette editorial: Mayor wants the ferry toll doubled.", "Gazette editorial"),
        ("Skippers' new warning: Ferry toll could sink the islands.", "Skippers' new warning"),
        ("Historians: Ferry and bridge tied no matter what; ", "Historians"),
        ("Liddell: I oppose the new toll.", "Liddell"),
    ],
)
def test_a_title_name_with_a_voice_noun_speaks(title: str, speaker: str) -> None:
    assert (_title_speaker(title) or "").endswith(speaker)


@pytest.mark.parametrize(
    "title",
    [
        "Ann Liddell: Reformer or another career politician?",
        "Ferry is back: Mayor Doe's boats run again.",
        "Liddell on the ferry: No more fights?",
    ],
)
def test_a_title_question_or_clause_before_a_colon_names_nobody(title: str) -> None:
    assert _title_speaker(title) is None


def test_a_plural_subject_of_a_title_case_headline_speaks_with_a_base_form() -> None:
    body = (
        "New Polls Show Big Gaps in the Harbour Race.\n\n"
        "The Ferry Show Returns to the Harbour in May.\n\n"
        "Some Say the New Quay Proves the Plan Failed."
    )
    assert claim(body, "Big Gaps")["speaker"] == "New Polls"
    assert claim(body, "Ferry Show")["speaker"] is None
    assert claim(body, "Proves the Plan")["speaker"] == "Some"


def test_a_title_case_verb_of_action_after_a_comma_takes_an_object_not_a_subject() -> None:
    body = (
        "Greer Says Pilots Ignored Storm, Calls Harbour Board’s Toll Plan ‘Reckless.’\n\n"
        "The Toll Is Too High for Skippers, Warns Tom Greer.\n\n"
        "The quay will stay shut all winter, said Tom Greer."
    )
    assert claim(body, "Greer Says")["speaker"] == "Tom Greer"  # the name the document ends on
    assert claim(body, "The Toll Is")["speaker"] == "Tom Greer"
    assert claim(body, "The quay")["speaker"] == "Tom Greer"


def test_the_words_before_a_title_case_who_speak_not_its_relative_clause() -> None:
    body = (
        "A Harbour Pilot Who Praised Tom Greer Just Called The Mayor A Coward.\n\n"
        "The pilot who praised Tom Greer called the mayor a coward."
    )
    assert claim(body, "A Harbour Pilot")["speaker"] == "Harbour Pilot"
    assert claim(body, "The pilot who")["speaker"] == "pilot"
