"""Precision rules: a pronoun goes to the one person of its gender its own sentence names
before it (the pronoun stays when two fit), a quote's own words never name its speaker, and a
pronoun opening an object relative clause ("the book she wrote") is no speaker."""

from __future__ import annotations

from attribution_cases import claim

_BEFORE = (
    "John Reed said the harbour budget was sound and the bridge would open in May.\n\n"
    "Peter Becker spoke at the town hall in Dover on Monday evening.\n\n"
)


def test_pronoun_goes_to_the_person_its_own_sentence_names() -> None:
    body = _BEFORE + "Becker has made it plain that he wants the council to vote on Friday."
    c = claim(body, "council to vote", pronoun_mentions=True)
    assert c["speaker"] == "Peter Becker"  # not John Reed, the speaker before


def test_pronoun_stays_when_its_sentence_names_two_people_of_its_gender() -> None:
    body = _BEFORE + "Reed met Becker at the pier, and he said the ferry vote would fail."
    assert claim(body, "ferry vote", pronoun_mentions=True)["speaker"] == "he"


def test_words_inside_a_quote_do_not_speak_for_it() -> None:
    body = (
        "The harbour town held a dinner for its new neighbours on Friday.\n\n"
        '"Thank you, Dover, for housing these sailors," said evening host Ana Ruiz.'
    )
    assert "sailors" not in (claim(body, "housing these sailors")["speaker"] or "")


def test_a_pronoun_opening_an_object_relative_clause_reports_nothing() -> None:
    body = (
        "The harbour council counted the ballots late on Tuesday night.\n\n"
        "Greer and Hale didn't know back then that the rowing crews they were backing "
        "would win by a wide margin.\n\n"
        "Few here had read the book she wrote about the harbour, a long history of the ferry."
    )
    assert claim(body, "wide margin")["speaker"] != "they"
    assert claim(body, "the book she wrote")["speaker"] != "she"
