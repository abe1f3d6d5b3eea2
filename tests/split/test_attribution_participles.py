"""A noun phrase headed by a speaker noun, a group or a text speaks for an -ing cue right after
it ("a harbour group supporting the quay", "polls showing …", "a sign saying …"); a noun that is
no speaker ("a poor showing") and a group that is given to ("gave $5,000 to a group supporting
…") do not. A text speaks for "that/which" and a finite cue ("a paper that found …")."""

from __future__ import annotations

from attribution_cases import claim


def test_a_group_or_a_text_before_an_ing_cue_speaks() -> None:
    body = (
        "A harbour group supporting the new quay paid for the survey last spring.\n\n"
        "Despite polls showing the mayor well behind, she campaigned hard in the north.\n\n"
        "Ferry owners held up a sign saying the crossing must stay open all winter."
    )
    assert claim(body, "paid for the survey")["speaker"] == "harbour group"
    assert claim(body, "campaigned hard")["speaker"] == "polls"
    assert claim(body, "crossing must stay")["speaker"] == "sign"


def test_a_group_backing_defending_blasting_or_pushing_speaks() -> None:
    body = (
        "A harbour group backing the new quay paid for the survey last spring.\n\n"
        "The rhetoric of harbour critics blasting the toll hides a deep split.\n\n"
        "Go back ten years to see a harbour board defending the idea that tolls pay.\n\n"
        "The harbour board sent out an email pushing the idea of a lower winter fare."
    )
    assert claim(body, "paid for the survey")["speaker"] == "harbour group"
    assert claim(body, "deep split")["speaker"] == "harbour critics"
    assert claim(body, "tolls pay")["speaker"] == "harbour board"
    assert claim(body, "winter fare")["speaker"] == "email"
    other = "One of the groups advocating a second ferry paid for the harbour survey."
    assert claim(other, "harbour survey")["speaker"] == "groups"


def test_a_noun_that_is_no_speaker_or_a_recipient_names_no_one() -> None:
    body = (
        "The harbour team had a poor showing at the regatta this year.\n\n"
        "The trader gave $5,000 to a harbour group supporting the new quay last spring."
    )
    assert claim(body, "poor showing")["speaker"] is None
    assert claim(body, "gave $5,000")["speaker"] is None


def test_an_ing_cue_joined_to_a_progressive_by_and_is_its_subjects() -> None:
    body = (
        'Harbour skippers are shouting "theft" over the count and threatening to skip the regatta.\n\n'
        "Ann Liddell was expecting a loss in the port and hoping to keep the margin narrow.\n\n"
        "Letters are piled on the table, where Tom Greer is reading and replying to them.\n\n"
        "Ferry owners gave money to the quay and its members hoping for a fast vote."
    )
    assert claim(body, "skip the regatta")["speaker"] == "Harbour skippers"
    assert claim(body, "margin narrow")["speaker"] == "Ann Liddell"
    assert claim(body, "replying to them")["speaker"] == "Tom Greer"
    assert claim(body, "fast vote")["speaker"] is None  # no progressive before 'and'


def test_a_second_ing_cue_after_one_set_off_by_a_comma_is_the_main_subjects() -> None:
    body = (
        "The mayor entered the race with harsh words about the skippers, calling them pirates "
        "and vowing to make the board pay.\n\n"
        "Ann Liddell toured the quay on Monday, waving at the crowd and promising a new pier.\n\n"
        "Ferry owners toured the quay and its members hoping for a fast vote."
    )
    assert claim(body, "vowing")["speaker"] == "mayor"
    assert claim(body, "new pier")["speaker"] == "Ann Liddell"
    assert claim(body, "fast vote")["speaker"] is None  # no comma before the first -ing form


def test_an_ing_cue_after_a_when_clause_is_that_clauses_subjects() -> None:
    body = (
        "The first clash came at a rally in Dover, when harbour pilots interrupted the mayor, "
        "shouting that the toll was unfair.\n\n"
        "The second clash came at the quay, when ferry skippers blocked the road, "
        "shouting “no toll, no vote!”\n\n"
        "Ann Liddell defended the toll on Monday, when the board met, saying it would help the "
        "port.\n\n"
        "Tom Greer spoke to the crowd, as other skippers had done before, urging a fair vote."
    )
    assert claim(body, "toll was unfair")["speaker"] == "harbour pilots"
    assert claim(body, "no toll, no vote")["speaker"] == "ferry skippers"
    assert claim(body, "help the port")["speaker"] == "Ann Liddell"
    assert claim(body, "urging a fair vote")["speaker"] == "Tom Greer"


def test_a_named_subject_speaks_for_an_ing_cue_after_in() -> None:
    body = (
        "Ann Liddell erred in saying that most of the new berths went to foreign ferries.\n\n"
        "Tom Greer has been the loudest in denouncing the harbour board as a closed shop.\n\n"
        "The spring vote matters most in deciding the next chair of the harbour board."
    )
    assert claim(body, "new berths")["speaker"] == "Ann Liddell"
    assert claim(body, "closed shop")["speaker"] == "Tom Greer"
    assert claim(body, "next chair")["speaker"] is None  # a thing, no one named


def test_the_author_of_an_article_or_petition_speaks_for_its_ing_cue() -> None:
    body = (
        "The Gazette replied in an article stating that the port was the busiest in the land.\n\n"
        "Ann Liddell drew up a petition last Friday calling on the board to drop the toll.\n\n"
        "The harbour board sent the skippers a letter last week alleging that fees were unpaid.\n\n"
        "Tom Greer crossed the quay a week after the Gazette’s editorial telling him to stay away."
    )
    assert claim(body, "busiest in the land")["speaker"] == "Gazette"
    assert claim(body, "drop the toll")["speaker"] == "Ann Liddell"
    assert claim(body, "fees were unpaid")["speaker"] == "harbour board"
    assert claim(body, "stay away")["speaker"] != "Tom Greer"  # the Gazette's, not his


def test_a_text_before_that_or_which_and_a_finite_cue_speaks() -> None:
    body = (
        "Tom Greer walked the skippers through a short slide show that predicted a rise in ferry traffic.\n\n"
        "One exception was a 2014 harbour paper that found toll hikes caused job losses.\n\n"
        "The polls that show Ann Liddell ahead have a margin of error of four points.\n\n"
        "The skippers that showed up at the quay were soaked by the rain."
    )
    assert claim(body, "rise in ferry traffic")["speaker"] == "short slide show"
    assert claim(body, "toll hikes caused")["speaker"] == "2014 harbour paper"
    assert claim(body, "margin of error")["speaker"] == "polls"
    assert claim(body, "soaked by the rain")["speaker"] is None  # no text, no cue


def test_an_opening_preposition_and_ing_cue_is_the_subjects_after_the_comma() -> None:
    body = (
        "Since announcing the new toll, Ann Liddell has risen in the harbour polls.\n\n"
        "In declaring the pier unsafe, Tom Greer again showed his knack for a fight.\n\n"
        "In addition to saying the toll was fair, the board cut the mooring fees."
    )
    assert claim(body, "risen in the harbour")["speaker"] == "Ann Liddell"
    assert claim(body, "knack for a fight")["speaker"] == "Tom Greer"
    assert claim(body, "mooring fees")["speaker"] is None  # "In addition to": no opener


def test_the_body_passing_a_resolution_speaks_for_its_ing_cue() -> None:
    body = (
        "The Port Board on Monday approved a resolution condemning the plan to sell the old pier.\n\n"
        "Tom Greer read out a resolution of the board and sailed home."
    )
    assert claim(body, "sell the old pier")["speaker"] == "Port Board"
    assert claim(body, "sailed home")["speaker"] is None


def test_an_email_or_appeal_sent_out_is_an_act_of_its_sender_unless_negated() -> None:
    body = (
        "The harbour board sent out an email to skippers on Monday asking them to stay in port.\n\n"
        "The pilots' union put out an email and a membership appeal that spoke of a long summer.\n\n"
        "The island ferry board has not issued an appeal to the skippers since the winter storm."
    )
    got = claim(body, "stay in port")
    assert (got["speaker"], got["cue"]) == ("harbour board", "sent out an email")
    assert claim(body, "long summer")["speaker"] == "pilots' union"
    assert claim(body, "winter storm")["speaker"] is None
