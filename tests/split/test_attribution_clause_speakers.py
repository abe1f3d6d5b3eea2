"""Speaker strings that are pieces of a clause (`speaker_clauses`, `relative_heads`): a speaker
that starts inside a bracket gives way to the name before the bracket, a contracted verb ("Don’t",
"can't") is cut from a speaker or drops it, the head noun of a relative clause without "that" is
cut from its subject; on sentences written for these tests."""

from __future__ import annotations

from attribution_cases import claim


def test_a_speaker_starting_inside_a_bracket_is_the_name_before_it() -> None:
    body = (
        "Harbour master Tom Greer and Ferry Board Chairman Walter Ames (R-Va.) both condemned "
        "the new toll on the quay in statements on Friday."
    )
    assert claim(body, "condemned the new toll")["speaker"] == "Walter Ames"


def test_a_bracket_after_the_whole_speaker_leaves_it() -> None:
    body = "Walter Ames (R-Va.) said the new toll on the quay would cost the ferry its passengers."
    assert claim(body, "cost the ferry its passengers")["speaker"] == "Walter Ames"


def test_a_contracted_verb_is_cut_from_a_name_a_question_gave() -> None:
    body = (
        "The vote came late on Monday. Don’t Fishermen run the risk of losing the ferry?\n\n"
        "Fishermen said the harbour board had ignored their letters about the toll for years."
    )
    assert claim(body, "ignored their letters")["speaker"] == "Fishermen"


def test_a_clause_with_a_contracted_verb_gives_way_to_the_name_after_it() -> None:
    body = (
        "The timing of Ames’ surge doesn’t surprise Harbour pollster Tom Greer: “Historically, "
        "the board always votes in winter, before the storms come in.”"
    )
    assert claim(body, "Historically")["speaker"] == "Tom Greer"


def test_a_clause_with_a_contracted_verb_and_no_name_is_no_speaker() -> None:
    body = "The ferry crossed the bay with all the speed you'd expect of a boat that old."
    assert claim(body, "speed you'd expect")["speaker"] is None


def test_a_subject_before_a_contracted_verb_stays() -> None:
    body = "On the quay, several skippers can't help but fear the toll will rise again."
    assert claim(body, "toll will rise again")["speaker"] == "several skippers"


def test_the_head_noun_of_a_relative_clause_without_that_is_cut_from_the_speaker() -> None:
    body = (
        "The harbour board now leans on ferry fares for a third of its income, an arrangement "
        "the fishermen's union has criticized."
    )
    assert claim(body, "an arrangement")["speaker"] == "fishermen's union"
    body = "A second vote is due next week, a probe the port authority said was still open."
    assert claim(body, "second vote")["speaker"] == "port authority"


def test_a_determiner_after_a_preposition_or_a_verb_leaves_the_speaker() -> None:
    body = "Members of the harbour board said the toll would rise again in the spring."
    assert claim(body, "toll would rise")["speaker"] == "Members of the harbour board"
    body = "Those who back her rivals say the toll on the quay will hurt the ferry."
    assert claim(body, "toll on the quay")["speaker"] == "back her rivals"
