"""English speakers a reader would see as wrong: an interview marker glued to a word, a company's
first verb read into its name, a place in the subject read as the speaker (sentences written
for these tests)."""

from __future__ import annotations

import attribution_cases
from attribution_cases import claim


def test_a_glued_interview_marker_is_no_name() -> None:
    body = (
        "Q: Why did the harbour need a second pier?\n\n"
        "QLast June, Governor Ada Pell changed her mind and decided to keep the night ferry.\n\n"
        "QAnon posters in Brantwick spread the rumour and said the pier was a decoy."
    )
    assert claim(body, "night ferry")["speaker"] == "Ada Pell"
    # a name that opens with the letters stays whole
    assert claim(body, "a decoy")["speaker"].startswith("QAnon")


def test_a_company_verb_ends_its_name() -> None:
    body = (
        "The Harwick Paper Company runs two mills by the canal and says the levy will close one "
        "of them by spring.\n\n"
        "The Harwick Rowers Club members two years ago voted and said the boathouse was unsafe."
    )
    assert claim(body, "levy will close")["speaker"] == "Harwick Paper Company"
    # a plural speaker noun after the name is part of the subject
    assert "members" in claim(body, "boathouse")["speaker"]


def test_a_place_in_the_subject_is_not_the_speaker() -> None:
    body = (
        "Teachers in Dunmore, Ohio, said the new timetable left pupils waiting in the rain.\n\n"
        "Voters in Dunmore said the toll bridge should stay free on market days.\n\n"
        "Jane Roe of Dunmore, Ohio, said the market should open an hour earlier.\n\n"
        "The Commission on Canal Safety said the locks must be inspected twice a year."
    )
    assert claim(body, "pupils waiting")["speaker"] == "Teachers in Dunmore"
    assert claim(body, "toll bridge")["speaker"] == "Voters in Dunmore"
    assert claim(body, "an hour earlier")["speaker"] == "Jane Roe"
    # a capitalised name's own preposition is not cut as a place
    assert claim(body, "locks must")["speaker"] != "Commission"


def test_jun_before_a_verb_names_someone() -> None:
    body = (
        "Wei Jun wrote in a letter that the night ferry was always late.\n\n"
        "The harbour master said on Monday, Jun. 5, that the night ferry would be late again."
    )
    assert claim(body, "always late")["speaker"] == "Wei Jun"
    # the month's abbreviation with its dot stays a date
    assert claim(body, "late again")["speaker"] == "harbour master"


def test_those_close_to_someone_speak_for_themselves() -> None:
    body = (
        "Those close to her said the skipper would not sail again this year.\n\n"
        "Those familiar with the harbour talks said a deal on the moorings was near.\n\n"
        "The ferry came close to the pier, the harbour master said."
    )
    assert claim(body, "sail again")["speaker"] == "Those close to her"
    assert claim(body, "moorings")["speaker"] == "Those familiar with the harbour talks"
    # a place close to something is no speaker
    assert claim(body, "came close")["speaker"] == "harbour master"


def test_he_after_a_county_label_is_the_titled_name() -> None:
    body = (
        "Harlow County (Ohio) Sheriff Dan Pruitt told reporters the canal was safe. He said the "
        "towpath would reopen next week.\n\n"
        "Ada Reed (Dunmore) told reporters the locks were old. She said the repairs would take "
        "a month."
    )
    assert claim(body, "towpath", pronoun_mentions=True)["speaker"] == "Sheriff Dan Pruitt"
    # a bracketed label after a full name changes nothing
    assert claim(body, "repairs", pronoun_mentions=True)["speaker"] == "Ada Reed"


def test_the_answer_to_an_opening_question_is_the_reported_words() -> None:
    body = (
        "Asked whether the council would pay for the repairs to the old pier and the canal wall, "
        "Ada Reed said she did not know.\n\n"
        "The council would pay for the repairs to the old lock gates and the towpath, Tom Hale said."
    )
    text = attribution_cases.HEAD + body
    asked = claim(body, "did not know")
    assert text[asked["content_start"] : asked["content_end"]] == "she did not know"
    # no question before the frame: the longer side is still the reported words
    plain = claim(body, "lock gates")
    assert text[plain["content_start"] : plain["content_end"]].startswith("The council would pay")


def test_a_closing_mark_that_opens_a_sentence_opens_a_quote() -> None:
    body = (
        "Ada Reed walked the towpath on Monday. ”The council says the lock is safe, but it is "
        "not,” she said.\n\n"
        "The canal vote is set. ”Final results come after the count in the town hall."
    )
    assert claim(body, "lock is safe", pronoun_mentions=True)["speaker"] == "Ada Reed"
    # a lone closing mark with none after it opens no quote
    assert claim(body, "Final results")["speaker"] is None


def test_an_all_caps_heading_glued_to_a_sentence_is_no_speaker() -> None:
    body = (
        "CANAL NEWS TODAY Lock keepers said the water level would drop by a metre this week.\n\n"
        "NTSB inspectors said the barge inspections would start in March."
    )
    assert claim(body, "water level")["speaker"] == "Lock keepers"
    # one acronym opening the subject stays
    assert claim(body, "barge inspections")["speaker"] == "NTSB inspectors"


def test_another_before_a_noun_like_cue_makes_it_a_noun() -> None:
    body = (
        "Canal boat owners vote to back another plan to widen the towpath.\n\n"
        "One lock keeper said the gates were sound. Another said they leaked badly."
    )
    assert claim(body, "widen the towpath")["speaker"] is None
    # "another" as the subject of a past-tense cue still speaks
    assert claim(body, "leaked badly")["speaker"] == "Another"
