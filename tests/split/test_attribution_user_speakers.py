"""English speakers a reader would see as wrong: an interview marker glued to a word, a company's
first verb read into its name, a place in the subject read as the speaker (sentences written
for these tests)."""

from __future__ import annotations

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
