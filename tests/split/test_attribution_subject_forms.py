"""English attribution: a subject whose form hid it from the cue ("Fleming reminisced … and said",
"Doe also called …", "the union called Doe's plan …" but not "a group called the “X”", "X -- a
pilot -- said", "with four in 10 saying", "with officials underlining X and vowing", "Unions
that backed him say"), on sentences written for these tests."""

from __future__ import annotations

import attribution_cases


def test_a_surname_ending_in_ing_is_no_opening_participle() -> None:
    body = (
        "Walking to the pier, Fleming reminisced about the old ferry, and said the new "
        "bridge will empty the harbour town."
    )
    c = attribution_cases.claim(body, "empty the harbour town")
    assert c["speaker"] == "Fleming"


def test_an_adverb_before_called_is_no_noun_naming_a_thing() -> None:
    body = (
        "In a long speech, Ann Liddell also called Tom Fairley “a fairy tale teller” on the bridge."
    )
    c = attribution_cases.claim(body, "fairy tale")
    assert c["speaker"] == "Ann Liddell"
    named = attribution_cases.claim(
        "She founded a group called The Harbour Friends in 2010.", "group"
    )
    assert named["speaker"] is None


def test_a_noun_called_a_possessive_calls_what_it_owns_something() -> None:
    body = "The pilots' union called Greer's toll plan a “rush to judgment” on Monday."
    assert attribution_cases.claim(body, "rush to judgment")["speaker"] == "pilots' union"


def test_called_the_quoted_name_names_a_thing() -> None:
    body = (
        "One banner read “savethepier.org,” a website run by a group called the “Harbour "
        "Friends Trust.”"
    )
    assert attribution_cases.claim(body, "banner")["speaker"] is None


def test_a_double_hyphen_apposition_keeps_the_subject_before_it() -> None:
    body = (
        "The harbour pilots -- including Tom Fairley -- quickly accused the council of hiding "
        "the true cost of the bridge."
    )
    c = attribution_cases.claim(body, "true cost")
    assert c["speaker"] == "harbour pilots"


def test_a_body_that_calls_something_names_it() -> None:
    body = "The harbour council calls the bridge plan a folly that will empty the town."
    assert attribution_cases.claim(body, "folly")["speaker"] == "harbour council"
    phone = "The ferry office takes phone calls from the islands every morning before nine."
    assert attribution_cases.claim(phone, "phone calls")["speaker"] is None


def test_in_the_past_between_the_auxiliary_and_the_cue_keeps_the_subject() -> None:
    body = "The harbour pilots have in the past said the ferry should stop in the winter storms."
    assert attribution_cases.claim(body, "winter storms")["speaker"] == "harbour pilots"


def test_a_quantifier_alone_is_the_subject_of_its_cue() -> None:
    body = "The pilots met the council in May, but few believe the bridge will ever be built."
    assert attribution_cases.claim(body, "ever be built")["speaker"] == "few"
    body = "Most pilots back the toll, even though several oppose the new ferry timetable."
    assert attribution_cases.claim(body, "timetable")["speaker"] == "several"
    body = "Someone called the bridge plan a folly at the harbour meeting on Monday."
    assert attribution_cases.claim(body, "folly")["speaker"] == "Someone"
    body = "Nobody opposed the toll, and the harbour council passed it in May."
    assert attribution_cases.claim(body, "harbour council")["speaker"] is None


def test_a_note_after_its_article_is_a_noun_that_speaks() -> None:
    body = "Tom Fairley sent a letter. ''And your bridge (and your toll) stinks!'' the note says."
    assert attribution_cases.claim(body, "your toll")["speaker"] == "note"


def test_a_quantity_after_with_speaks_for_the_ing_cue() -> None:
    body = (
        "Most harbour traders shrugged at the toll, with four in 10 saying the fee would not "
        "change their trade."
    )
    c = attribution_cases.claim(body, "change their trade")
    assert c["speaker"] == "four in 10"


def test_a_long_subject_after_with_speaks_for_the_ing_cue() -> None:
    body = (
        "The mayor's attacks rippled through the town, with other skippers and even a "
        "well-known harbour columnist suggesting that the toll is unfair."
    )
    c = attribution_cases.claim(body, "toll is unfair")
    assert c["speaker"] == "well-known harbour columnist"


def test_the_subject_after_with_speaks_for_a_second_ing_cue() -> None:
    body = (
        "The town pressed the ferry firm on Saturday, with top harbour officials underlining "
        "the deadline and vowing to cancel the contract."
    )
    c = attribution_cases.claim(body, "cancel the contract")
    assert c["speaker"] == "top harbour officials"


def test_a_group_before_a_that_relative_clause_speaks() -> None:
    body = "Harbour unions that have backed the mayor say the bridge should never be built."
    c = attribution_cases.claim(body, "never be built")
    assert c["speaker"] == "Harbour unions"
    obj = attribution_cases.claim(
        "The council cut the ferry, a move that the pilots say will empty the town.", "empty"
    )
    assert obj["speaker"] != "move"


def test_a_day_between_and_and_the_cue_keeps_the_first_subject() -> None:
    body = (
        "The harbour mayor freed up funds for the pier and on Monday announced that the ferry "
        "would run again."
    )
    c = attribution_cases.claim(body, "ferry would run")
    assert c["speaker"] == "harbour mayor"


def test_a_year_after_from_ends_the_subject_before_it() -> None:
    body = "As another harbour study from 2009 noted, the mean age of the pilots was 58."
    assert attribution_cases.claim(body, "mean age")["speaker"] == "another harbour study"


def test_a_share_after_and_speaks_without_as_many_as() -> None:
    body = (
        "Pilots make up most of the harbour crews, and as many as two-thirds of them tell "
        "reporters they oppose the new toll."
    )
    assert attribution_cases.claim(body, "oppose the new toll")["speaker"] == "two-thirds of them"


def test_an_s_form_after_a_name_with_an_object_or_a_frequency_adverb_is_the_verb() -> None:
    body = (
        "Tom Greer often takes the praise for the quay, and has promised to cut the toll.\n\n"
        "Harbour Trust keeps its own books a secret but says its income has tripled.\n\n"
        "Liddell supporters in Dover rallied and said the toll is unfair."
    )
    assert attribution_cases.claim(body, "cut the toll")["speaker"] == "Tom Greer"
    assert attribution_cases.claim(body, "income has tripled")["speaker"] == "Harbour Trust"
    assert attribution_cases.claim(body, "toll is unfair")["speaker"] == "Liddell supporters"


def test_a_name_before_an_ing_cue_is_its_subject() -> None:
    body = (
        "Both mayors left the talks early, Greer saying the toll deal was dead and Liddell "
        "calling it a waste of a summer."
    )
    assert attribution_cases.claim(body, "toll deal was dead")["speaker"] == "Greer"
    clip = "The film ends with footage of Fairley talking about the ferry fares he plans to cut."
    assert attribution_cases.claim(clip, "ferry fares")["speaker"] == "Fairley"


def test_a_name_before_an_ing_noun_or_after_a_cue_is_no_subject_of_it() -> None:
    memo = "The council kept a Harbour Trust briefing paper on the ferry fares from the press."
    assert attribution_cases.claim(memo, "ferry fares")["speaker"] is None
    body = "Ann Liddell recalled Fairley talking about the ferry fares at a dinner in June."
    assert attribution_cases.claim(body, "ferry fares")["speaker"] == "Ann Liddell"


def test_one_in_a_share_of_respondents_stays_in_the_speaker() -> None:
    body = "About one in four said the ferry fares were far too high for a family of five."
    c = attribution_cases.claim(body, "ferry fares were far too high")
    assert c["speaker"] == "About one in four"


def test_one_before_a_noun_still_gives_way_to_the_noun() -> None:
    body = "One harbour official said the ferry fares were far too high for a family of five."
    c = attribution_cases.claim(body, "ferry fares were far too high")
    assert c["speaker"] == "harbour official"
