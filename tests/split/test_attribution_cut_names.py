"""English attribution: a speaker's name that reads as another word ("Will", "May", "State")
is kept whole, not cut short or dropped, on sentences written for these tests."""

from __future__ import annotations

import attribution_cases


def test_will_right_before_the_cue_is_a_name() -> None:
    body = "After the rally, Will described the bridge plan as a folly that would empty the town."
    assert attribution_cases.claim(body, "empty the town")["speaker"] == "Will"
    body = "The columnist was unmoved. Will wrote that the ferry toll was a tax on the islands."
    assert attribution_cases.claim(body, "tax on the islands")["speaker"] == "Will"


def test_may_after_a_given_name_or_title_is_no_month() -> None:
    body = "Prime Minister Ann May said on Tuesday that the ferry would run through the winter."
    assert attribution_cases.claim(body, "through the winter")["speaker"] == "Ann May"
    body = "Mrs. May told the harbour council that the new toll would pay for the bridge."
    assert attribution_cases.claim(body, "pay for the bridge")["speaker"] == "May"


def test_a_month_after_a_body_or_preposition_stays_a_date() -> None:
    body = "The harbour union in May said it would strike if the ferry timetable was cut."
    assert attribution_cases.claim(body, "strike")["speaker"] == "harbour union"
    body = "The pilots met in the spring. Last May, the council said the toll would rise."
    assert attribution_cases.claim(body, "toll would rise")["speaker"] == "council"


def test_a_capitalised_noun_alone_before_its_verb_speaks() -> None:
    body = "State initially said it needed six weeks to publish the ferry records."
    assert attribution_cases.claim(body, "six weeks")["speaker"] == "State"
    body = "Reports indicate the harbour council will vote against the toll next week."
    assert attribution_cases.claim(body, "vote against the toll")["speaker"] == "Reports"


def test_a_capitalised_noun_before_a_noun_like_cue_is_no_speaker() -> None:
    body = "Talk show host Ann Reed said the ferry toll would empty the harbour town."
    assert attribution_cases.claim(body, "empty the harbour")["speaker"] == "Ann Reed"


def test_a_participle_of_speaking_modifies_the_subject_before_it() -> None:
    body = "Another harbour source speaking to the Gazette said the pilots were reading the logs."
    assert attribution_cases.claim(body, "reading the logs")["speaker"] == "Another harbour source"
    body = "Critics writing in The Harbour Times said the toll would empty the island towns."
    assert attribution_cases.claim(body, "island towns")["speaker"] == "Critics"
    body = "The mayor said speaking to voters was the best part of the job in the town."
    assert attribution_cases.claim(body, "best part")["speaker"] == "mayor"


def test_a_role_phrase_keeps_the_name_it_introduces() -> None:
    body = (
        "Democratic presidential candidate Ann Reed, who spoke in Leeds on Monday, issued a "
        "statement saying the toll would hurt harbour workers."
    )
    assert attribution_cases.claim(body, "harbour workers")["speaker"] == "Ann Reed"
    body = "This is the kind of campaign Reed hoped to avoid in the harbour towns this year."
    assert attribution_cases.claim(body, "harbour towns")["speaker"] != "kind of campaign Reed"


def test_a_statement_and_a_day_before_saying_and_a_quote_name_the_main_subject() -> None:
    body = (
        "Mr. Roe, who said last week that the ferry judge was biased, issued a statement "
        "Friday saying, “I no longer think the judge is unfit to hear the case.”"
    )
    assert attribution_cases.claim(body, "unfit to hear")["speaker"] == "Roe"
