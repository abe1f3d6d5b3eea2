"""'according to' followed by a noun phrase the speaker rules do not take apart (a long
description, two nouns joined by 'and') ascribes the sentence to the whole phrase; a sentence
opening with 'According to X,' is X's even when a quote of another speaker follows; 'according
to' a wish or a taste ('according to their instinctive preference') names no source."""

from __future__ import annotations

from attribution_cases import claim


def test_the_whole_phrase_after_according_to_is_the_source() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "According to the recently leaked harbour board playbook, the staff were told to "
        "smile at every passenger.\n\n"
        "According to the timetable and the fare list, the night boat leaves at ten."
    )
    assert claim(body, "smile at every")["speaker"] == "recently leaked harbour board playbook"
    assert claim(body, "leaves at ten")["speaker"] == "timetable and the fare list"


def test_a_name_in_a_relative_clause_after_the_record_is_the_source() -> None:
    body = (
        "The toll was meant to curb speculators, according to a speech Mrs. Ann Liddell "
        "delivered at the harbour in July.\n\n"
        "Fairley was on the night ferry, according to an interview his sister Ann Fairley gave "
        "to the Gazette.\n\n"
        "The council spent $4 million, according to a report by the Harbour Trust."
    )
    assert claim(body, "curb speculators")["speaker"] == "Ann Liddell"
    assert claim(body, "night ferry")["speaker"] == "Ann Fairley"
    assert claim(body, "$4 million")["speaker"] == "Harbour Trust"


def test_a_quoted_title_stays_inside_the_according_to_phrase() -> None:
    body = 'The bridge would cost $2 billion, according to the "Harbour First" plan she released.'
    assert claim(body, "bridge would cost")["speaker"] == '"Harbour First" plan she released'


def test_a_month_and_year_inside_the_record_keep_its_author() -> None:
    body = (
        "According to a March 2019 study by the Harbour Institute based on port data from "
        "2017, ferry pilots earn less in Dover than anywhere else on the coast."
    )
    assert claim(body, "ferry pilots")["speaker"] == "Harbour Institute"


def test_a_sentence_opening_with_according_to_is_its_sources_despite_a_quote() -> None:
    body = (
        "The harbour council met on Tuesday to vote on the new ferry timetable.\n\n"
        "According to harbour pool reports, Ruiz said “there is hope” in Dover after the storm, "
        "which she called “a hard, cruel night.”\n\n"
        "Ruiz said “there is hope” for the ferry after the long storm."
    )
    assert claim(body, "pool reports")["speaker"] == "harbour pool reports"
    assert claim(body, "for the ferry")["speaker"] == "Ruiz"


def test_according_to_a_wish_or_a_taste_names_no_source() -> None:
    body = (
        "At the ferry vote the pilots simply pick a side, according to their instinctive "
        "preference.\n\n"
        "The toll will rise in May, according to the harbour board."
    )
    assert claim(body, "pick a side")["speaker"] is None
    assert claim(body, "toll will rise")["speaker"] == "harbour board"
