"""English attribution: a subject and its apposition before the cue ("Jane Doe, the city's
harbour master, said …", "Jane Doe ― a pilot ― said …", "Jane Doe, director of X - which … - said"), on sentences
written for these tests."""

from __future__ import annotations

import attribution_cases


def test_an_apposition_then_that_keeps_the_subject_before_the_cue() -> None:
    body = (
        "Ann Liddell, facing a hard race against the harbour master Tom Fairley, noted that "
        "Fairley's deputy, Jim Boyle, lives across the bay."
    )
    c = attribution_cases.claim(body, "lives across the bay")
    assert c["speaker"] == "Ann Liddell"


def test_an_apposition_with_an_owner_names_the_subject_not_the_owner() -> None:
    body = (
        "Ann Liddell, Norway's consul in the harbour town since 2009, said the ferry must "
        "run through the winter."
    )
    c = attribution_cases.claim(body, "run through the winter")
    assert c["speaker"] == "Ann Liddell"


def test_an_opening_place_before_an_apposition_is_no_subject() -> None:
    body = "In Tromso, the council's treasurer, Jim Boyle, said the ferry costs too much to run."
    c = attribution_cases.claim(body, "costs too much")
    assert c["speaker"] == "Jim Boyle"


def test_a_name_a_preposition_opens_with_is_no_subject() -> None:
    body = (
        "Besides Mrs. Hagen, two ferry pilots from Bodo, Kari Moen and Lars Vik, have said "
        "the night crossing is unsafe."
    )
    c = attribution_cases.claim(body, "night crossing is unsafe")
    assert c["speaker"] == "Kari Moen and Lars Vik"


def test_a_name_after_an_opening_word_that_is_no_preposition_speaks() -> None:
    body = "Hagen, a ferry pilot, Lars Vik, said the night crossing is unsafe."
    c = attribution_cases.claim(body, "night crossing is unsafe")
    assert c["speaker"] == "Hagen"


def test_a_place_after_an_opening_adverb_and_preposition_is_no_subject() -> None:
    body = (
        "Back in Tromso, higher ferry fares are the last thing harbour master Ann Liddell, a "
        "Labour member, wants to hear about."
    )
    c = attribution_cases.claim(body, "higher ferry fares")
    assert c["speaker"] == "Ann Liddell"


def test_a_comma_inside_closing_quotes_ends_the_apposition() -> None:
    body = (
        "Ann Liddell, who calls the bridge plan a “fairy tale,” said the council has no money "
        "for the piers."
    )
    c = attribution_cases.claim(body, "no money for the piers")
    assert c["speaker"] == "Ann Liddell"


def test_an_inserted_phrase_before_the_cue_keeps_the_subject_that_opens_the_sentence() -> None:
    body = (
        "Ferry captains interviewed at the harbour this week, including Tom Fairley, said "
        "they did not mind the toll."
    )
    assert attribution_cases.claim(body, "did not mind")["speaker"] == "Ferry captains"
    body = "A harbour survey of the pilots has, however, revealed that the channel is too shallow."
    assert "survey" in (attribution_cases.claim(body, "shallow")["speaker"] or "")


def test_a_negated_clause_before_an_inserted_phrase_names_nobody() -> None:
    body = "Ann Liddell did not, however, personally found the harbour trust in May."
    assert attribution_cases.claim(body, "harbour trust")["speaker"] is None


def test_an_ally_is_a_speaker_noun_not_an_adverb() -> None:
    body = "A harbour ally suggested she would back the bridge once she was elected."
    assert attribution_cases.claim(body, "back the bridge")["speaker"] == "harbour ally"


def test_a_role_before_the_name_and_an_apposition_lets_a_noun_like_form_be_the_verb() -> None:
    body = "Her chief harbour adviser, Tom Fairley, calls the bridge a folly for the whole town."
    assert attribution_cases.claim(body, "folly")["speaker"] == "Tom Fairley"
    body = "Harbour Gazette columnist Tom Fairley, a pilot in the old port, calls the mayor a liar."
    assert attribution_cases.claim(body, "liar")["speaker"] == "Tom Fairley"
    body = "After the vote the mayor met Tom Fairley, a pilot, and calls came in all night."
    assert attribution_cases.claim(body, "all night")["speaker"] is None


def test_a_role_word_before_the_name_keeps_it_the_subject_before_an_apposition() -> None:
    body = (
        "But the harbourmaster Tom Fairley, a pilot for thirty years, recalled that the old "
        "ferry sank in the winter storms."
    )
    assert attribution_cases.claim(body, "old ferry")["speaker"] == "Tom Fairley"
    body = "Later state Rep. Ann Liddell, a member of the harbour board, recalled the ferry strike."
    assert attribution_cases.claim(body, "ferry strike")["speaker"] == "Ann Liddell"
    body = (
        "She bristled when her old rivals Ann Liddell and Tom Fairley, playing the mayor and "
        "the pilot, attacked her harshly in a rehearsal."
    )
    assert attribution_cases.claim(body, "rehearsal")["speaker"] is None


def test_a_name_after_a_preposition_behind_the_cue_leaves_the_subject_before_an_apposition() -> (
    None
):
    body = "Ann Liddell, a harbour pilot, vouched for both Tom Fairley and Jim Boyle, who sail."
    assert attribution_cases.claim(body, "vouched")["speaker"] == "Ann Liddell"


def test_a_focus_word_before_a_subject_with_an_inserted_example_names_the_subject() -> None:
    body = "Even the harbour's fiercest critics, like Tom Fairley, say the toll must be paid."
    assert (
        attribution_cases.claim(body, "toll must be paid")["speaker"]
        == "harbour's fiercest critics"
    )
    body = "As many pilots, including Tom Fairley, have pointed out, the toll hurts the harbour."
    assert attribution_cases.claim(body, "toll hurts")["speaker"] == "many pilots"


def test_a_horizontal_bar_sets_off_an_apposition_and_an_opening_clause_as_a_dash_does() -> None:
    body = "Tom Fairley ― a former harbour master ― said the bridge is far too low."
    assert attribution_cases.claim(body, "too low")["speaker"] == "Tom Fairley"
    body = (
        "Hastily seizing on the storm ― much as she did after the flood last year ― Ann "
        "Liddell blamed the council for the closed ferry."
    )
    assert attribution_cases.claim(body, "closed ferry")["speaker"] == "Ann Liddell"


def test_a_party_and_state_apposition_leaves_the_name_before_it_the_speaker() -> None:
    body = "Senator Ann Liddell, Republican of Nebraska, said the ferry toll must go."
    assert attribution_cases.claim(body, "toll must go")["speaker"] == "Ann Liddell"
    body = "Representative Tom Fairley, Democrat from Oregon, said the bridge is too low."
    assert attribution_cases.claim(body, "too low")["speaker"] == "Tom Fairley"


def test_a_name_of_a_us_state_is_the_person_not_the_state() -> None:
    body = "Gov. Ann Liddell of Nebraska said the ferry toll must go."
    assert attribution_cases.claim(body, "toll must go")["speaker"] == "Ann Liddell"
    body = "Mr. Fairley of Oregon said the bridge is too low."
    assert attribution_cases.claim(body, "too low")["speaker"] == "Fairley"
    body = "A dean at the University of Oregon said the bridge is too low."
    assert attribution_cases.claim(body, "too low")["speaker"] != "dean at the University"
    body = "The Harbour Policy Institute of Oregon said the bridge is too low."
    assert attribution_cases.claim(body, "too low")["speaker"] != "Harbour Policy Institute"


def test_a_state_before_a_role_keeps_the_role() -> None:
    body = "The Oregon senator said the bridge is too low."
    assert attribution_cases.claim(body, "too low")["speaker"] == "Oregon senator"


def test_an_apposition_with_no_closing_comma_leaves_the_name_before_it_the_speaker() -> None:
    body = (
        '"The ferry will run again," Tom Fairley, a spokesman for Mayor Ann Liddell told reporters.'
    )
    assert attribution_cases.claim(body, "ferry will run")["speaker"] == "Tom Fairley"
    body = "Tom Fairley, an aide to Mayor Ann Liddell said the bridge is too low."
    assert attribution_cases.claim(body, "too low")["speaker"] == "Tom Fairley"
    body = "Nonetheless, a spokesman for Mayor Ann Liddell said the bridge is too low."
    assert attribution_cases.claim(body, "too low")["speaker"] == "Ann Liddell"
    body = "Like Tom Fairley, a spokesman for Mayor Ann Liddell said the bridge is too low."
    assert attribution_cases.claim(body, "too low")["speaker"] == "Ann Liddell"


def test_a_definite_apposition_with_no_closing_comma_after_an_opening_name() -> None:
    body = "Tom Fairley, the harbour master of the port of Brill said the bridge is too low."
    assert attribution_cases.claim(body, "bridge is too low")["speaker"] == "Tom Fairley"
    body = (
        'On Monday\'s episode of "The Harbour Hour," the chair of the port board said the bridge '
        "is too low."
    )
    assert (
        attribution_cases.claim(body, "bridge is too low")["speaker"] == "chair of the port board"
    )


def test_a_name_before_an_epithet_with_no_commas_speaks() -> None:
    body = (
        "Liddell the realist knows that the toll will not pass this year.\n\n"
        "Tom Greer the harbour master said the quay would close all winter.\n\n"
        "Monday the harbour board said the ferry would sail again on Monday.\n\n"
        "Critics of Liddell and friends of Tom Greer met at the quay."
    )
    assert attribution_cases.claim(body, "toll will not pass")["speaker"] == "Liddell"
    assert attribution_cases.claim(body, "quay would close")["speaker"] == "Tom Greer"
    assert attribution_cases.claim(body, "ferry would sail")["speaker"] != "Monday"


def test_a_soft_hyphen_inside_a_name_keeps_the_name_before_an_open_apposition() -> None:
    body = "“We have not been told,” Tom \u00adGreer, a spokesman for Mayor Ann Liddell told the Herald."
    assert attribution_cases.claim(body, "not been told")["speaker"] == "Tom Greer"


def test_a_us_state_after_of_place_belongs_to_the_place_not_the_speaker() -> None:
    cases = {
        "Jane Roe of Dover, N.H., said the harbour tax would double next spring.": "Jane Roe",
        "Tom Pike of Wilmington, Del., said the ferry fares would rise in May.": "Tom Pike",
        "Tom Pike of Springfield, Illinois, a retired pilot, said the bridge was unsafe.": (
            "Tom Pike"
        ),
    }
    for body, speaker in cases.items():
        c = attribution_cases.claim(body, "said")
        assert c["speaker"].startswith(speaker), body


def test_an_apposition_before_a_dashed_aside_keeps_the_name_before_it() -> None:
    body = (
        "Ann Liddell, director of the harbour group Ferry Friends, or FF - which was founded "
        "by the mayor after the storm - said the port has several options.\n\n"
        "The pilots' union - which was founded by Tom Fairley - said the toll is too high."
    )
    assert attribution_cases.claim(body, "several options")["speaker"] == "Ann Liddell"
    assert attribution_cases.claim(body, "toll is too high")["speaker"] == "pilots' union"


def test_a_named_body_after_the_and_an_opener_keeps_its_apposition() -> None:
    body = (
        "Last month, the Island Courier, a local weekly, revealed that most ferry tickets "
        "were sold abroad.\n\n"
        "On the quay, the harbour board, a local body, revealed that the toll would rise."
    )
    c = attribution_cases.claim(body, "tickets were sold abroad")
    assert c["speaker"] == "Island Courier"
    assert attribution_cases.claim(body, "toll would rise")["speaker"] is None
