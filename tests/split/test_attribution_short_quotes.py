"""A quote of fewer than five words is speech when a frame follows it right away ('"I would say
this," Fairley answered.'), and a frame may put its verb first ('"…!" beamed Lee Harmon');
a short quoted title ("The Night Boat,") or a scare quote stays no speech."""

from __future__ import annotations

from attribution_cases import claim

from annotator.split.quotes import direct_quotes


def test_a_short_quote_with_a_cue_frame_after_it_is_its_speakers() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        '"I would say this," Tom Fairley answered. The board meets again in March.\n\n'
        '"Keep the boat," Ann Liddell said, and the crowd cheered.'
    )
    got = claim(body, "I would say this")
    assert (got["speaker"], got["cue"]) == ("Tom Fairley", "answered")
    assert claim(body, "Keep the boat")["speaker"] == "Ann Liddell"
    assert claim(body, "meets again")["speaker"] is None


def test_a_short_quoted_title_or_scare_quote_stays_no_speech() -> None:
    body = (
        "The drama “Night Boat Home,” Alba Television aired in the spring, drew few viewers.\n\n"
        "The board called the toll “a fair price,” the ferrymen claimed the fares rose."
    )
    assert claim(body, "drew few viewers")["speaker"] is None


def test_a_verb_before_its_subject_after_the_quote_names_the_speaker() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "“This is the best news the island has had in years!” beamed Lee Harmon of Portree, "
        "who had waited at the pier since dawn.\n\n"
        "“Nobody asked the fishermen what they think,” grumbled the harbour master."
    )
    got = claim(body, "best news")
    assert (got["speaker"], got["cue"]) == ("Lee Harmon", "beamed")
    assert claim(body, "Nobody asked")["speaker"] == "harbour master"


def test_a_short_partial_quote_inside_a_sentence_is_not_the_frames() -> None:
    body = (
        "Her neighbours have mocked the plan, calling the toll “a fisherman's tax,” Ann "
        "Liddell said as she left the hall."
    )
    assert claim(body, "mocked the plan")["quote"] is False


def test_a_present_tense_verb_after_a_quote_that_opens_its_sentence_names_the_speaker() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "“Keep the lamps lit for the boats coming home tonight,” Ann Liddell sings to the crowd "
        "at the pier.\n\n"
        "The crowd joined in a loud chant of “Save the night boat now!” Their voices drowned "
        "out the horns of the cars on the pier.\n\n"
        "While the mayor called the toll “a fair price for a modern ferry,” Tom Fairley "
        "fixates on the timetable."
    )
    got = claim(body, "Keep the lamps lit")
    assert (got["speaker"], got["cue"]) == ("Ann Liddell", "sings")
    assert claim(body, "loud chant")["speaker"] != "Their"
    assert claim(body, "fixates on")["cue"] != "fixates"


def test_a_quote_closing_on_a_nested_quote_takes_the_frame_after_it() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "“The islanders cheered the new boat yesterday, calling it ‘the pride of the west "
        "coast,'” the article read."
    )
    got = claim(body, "cheered the new boat")
    assert (got["speaker"], got["cue"]) == ("article", "read")


def test_a_document_verb_before_its_subject_after_the_quote_names_the_source() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "“The harbour board has shown less spine than a jellyfish,” reads a Monday editorial "
        "in the Island Gazette.\n\n"
        "“We will run the night boat again as soon as the weather allows,” read the statement "
        "from the ferry company."
    )
    got = claim(body, "less spine")
    assert (got["speaker"], got["cue"]) == ("Monday editorial", "reads")
    assert claim(body, "night boat again")["speaker"] == "statement"


def test_a_short_quote_in_guillemets_with_the_comma_after_it_is_speech() -> None:
    said = "«Le pont est fermé», a déclaré le maire Paul Martin."
    assert direct_quotes(said, 0, len(said)) == [(0, 19)]
    asked = "«Нет, не сейчас», — заявил мэр Иван Петров."
    assert direct_quotes(asked, 0, len(asked)) == [(0, 16)]
    title = "«Les Misérables», le film, sort en mai."  # no cue after the comma: a title
    assert direct_quotes(title, 0, len(title)) == []
    got = claim(said, "Le pont est fermé")
    assert (got["speaker"], got["quote"]) == ("Paul Martin", True)
