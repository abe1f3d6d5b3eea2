"""English interview transcripts: a paragraph that opens with an upper-case speaker label
("HALE: …") is that speaker's turn, every sentence of it (pronoun subjects included), once two
or more paragraphs open with a person's label; a lone label or a note ("UPDATE: …") is none."""

from __future__ import annotations

from attribution_cases import claim

TRANSCRIPT = (
    "The radio host spoke with Mayor Tom Hale about the ferry on Sunday morning.\n\n"
    "ROSS: The harbour board wants to sell the ferry. You have opposed that plan for years.\n\n"
    "HALE: The island needs the boat. They want to cut the service in winter. "
    "I will not let that happen while I am mayor.\n\n"
    "ROSS: Thank you for joining us this morning, mayor."
)


def test_every_sentence_of_a_turn_is_the_label_s() -> None:
    assert claim(TRANSCRIPT, "opposed that plan")["speaker"] == "ROSS"
    assert claim(TRANSCRIPT, "needs the boat")["speaker"] == "HALE"
    assert claim(TRANSCRIPT, "They want to cut")["speaker"] == "HALE"
    assert claim(TRANSCRIPT, "while I am mayor")["speaker"] == "HALE"


def test_a_note_label_is_no_turn() -> None:
    body = (
        "UPDATE: The harbour board met again on Monday. The vote on the ferry was put off.\n\n"
        "UPDATE: The board will vote on the sale of the ferry next week."
    )
    assert claim(body, "vote on the ferry was put off")["speaker"] is None


def test_a_single_label_is_no_transcript() -> None:
    body = "ROSS: The harbour board met on Monday. The vote on the ferry was put off again."
    assert claim(body, "vote on the ferry was put off")["speaker"] is None


def test_a_surname_label_after_the_full_one_is_the_same_speaker() -> None:
    body = (
        "The radio host spoke with the mayor about the ferry on Sunday morning.\n\n"
        "JANE ROSS: The harbour board wants to sell the ferry this spring.\n\n"
        "HALE: The island needs the boat, and the board knows it.\n\n"
        "ROSS: The board says the boat loses money every winter."
    )
    assert claim(body, "loses money")["speaker"] == "ROSS"


def test_a_quoted_turn_goes_on_in_the_next_quoted_paragraph() -> None:
    body = (
        "Jane Ross spoke with Mayor Tom Hale about the ferry on Sunday morning.\n\n"
        '"ROSS: The harbour board wants to sell the ferry this spring.\n\n'
        '"HALE: The island needs the boat, and the board knows it.\n\n'
        '"The winter service is the only link to the mainland for the school.\n\n'
        '"Follow Ann Liddell on Twitter @liddell."\n\n'
        "The board will vote on the sale next week."
    )
    assert claim(body, "only link")["speaker"] == "HALE"
    assert claim(body, "Follow Ann")["speaker"] is None
    assert claim(body, "vote on the sale")["speaker"] is None
