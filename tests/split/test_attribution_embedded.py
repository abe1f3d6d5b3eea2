"""A quote introduced by a pronoun that opens an earlier cue's reported clause ('X said he
wants "…"') belongs to that cue's named subject; other pronouns keep their own cue."""

from __future__ import annotations

from attribution_cases import claim


def test_the_named_subject_of_the_cue_before_the_pronoun_speaks() -> None:
    body = (
        'Mayor Ann Liddell said she wants "a bridge that the whole harbour town can pay for '
        'by March."\n\n'
        'Tom Fairley told reporters that he plans "to close the old ferry line before the '
        'winter storms."'
    )
    assert claim(body, "whole harbour town")["speaker"] == "Ann Liddell"
    assert claim(body, "old ferry line")["speaker"] == "Tom Fairley"


def test_a_pronoun_without_a_named_cue_before_it_keeps_its_cue() -> None:
    body = (
        "Tom Fairley met the harbour board on Monday.\n\n"
        'He said he wants "a bridge that the whole harbour town can pay for by March."\n\n'
        "Ann Liddell and Jane Roe spoke at the harbour.\n\n"
        'The vote was close, and she wants "a second count of the ballots before the winter."'
    )
    c = claim(body, "whole harbour town", pronoun_mentions=True)
    assert c["speaker"] in ("Tom Fairley", "he") and c["cue"] == "wants"
    assert claim(body, "second count", pronoun_mentions=True)["speaker"] == "she"


def test_a_name_reported_by_a_verb_of_saying_gives_the_quote_to_the_reporter() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        'Rep. Ann Liddell said Tom Fairley called on the board to be "more careful with '
        'the harbour money."'
    )
    assert claim(body, "harbour money")["speaker"] == "Ann Liddell"


def test_a_name_after_a_verb_of_action_keeps_its_own_cue() -> None:
    body = 'Ann Liddell met Tom Fairley, who called the toll "a tax on every fisherman in the bay."'
    assert claim(body, "every fisherman")["speaker"] != "Ann Liddell"


def test_a_subject_further_inside_the_reported_clause_gives_the_quote_to_the_reporter() -> None:
    # the quote's own cue ("referred") has a subject deeper in what Liddell said
    body = (
        "The harbour board met on Monday.\n\n"
        "At the harbour office, Ms. Liddell said she and her fellow captains jokingly "
        "referred to their crew as ''the night shift.''"
    )
    assert claim(body, "night shift")["speaker"] == "Liddell"


def test_a_reporter_behind_a_cue_of_another_kind_speaks_the_quote() -> None:
    # "suggested" and "noting" report no words of their own subject here: the reporter before
    body = (
        "The harbour board met on Monday.\n\n"
        "A clerk close to the board's review said the parts of the pier that were broken "
        "suggested the vandals were after “copper and brass fittings.”\n\n"
        'Tom Fairley said on Tuesday, noting that pilots feel "we need a second pier before '
        'the winter storms."'
    )
    assert claim(body, "copper and brass")["speaker"] == "clerk"
    assert claim(body, "second pier")["speaker"] == "Tom Fairley"


def test_a_cue_of_another_kind_alone_keeps_its_quote() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "The broken parts of the pier suggested the vandals were after “copper and brass "
        "fittings.”"
    )
    assert claim(body, "copper and brass")["speaker"] != "board"


def test_a_name_in_the_clause_of_told_gives_the_quote_to_the_teller() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "Tom Fairley told a meeting in Lundby he will keep the ferry running while his rival, "
        "Ann Liddell, wants to “close the old pier for good.”\n\n"
        "Tom Fairley told the board about the ferry. His rival, Ann Liddell, wants to “sell "
        "the night boats by May.”"
    )
    assert claim(body, "old pier for good")["speaker"] == "Tom Fairley"
    assert claim(body, "night boats")["speaker"] == "Ann Liddell"
