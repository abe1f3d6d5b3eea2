"""A credit line ("Jane Doe reported from Washington.") names no speaker; "reported from
<place> that …" still reports."""

from __future__ import annotations

from attribution_cases import claim


def test_reported_from_a_place_ending_the_line_is_a_credit() -> None:
    body = (
        "The harbour council will vote on the bridge plan next Tuesday after a long debate.\n\n"
        "Ann Liddell reported from Dover Harbour, and Tom Fairley from the town hall.\n\n"
        "Jane Roe reported from Washington."
    )
    assert claim(body, "Dover Harbour")["speaker"] is None
    assert claim(body, "Jane Roe")["speaker"] is None


def test_reported_from_a_place_with_a_that_clause_reports() -> None:
    body = (
        "Ann Liddell reported from Dover Harbour that the council had run out of money for "
        "the bridge.\n\n"
        "Tom Fairley reported that the ferry owners would sue the council in the spring."
    )
    assert claim(body, "run out of money")["speaker"] == "Ann Liddell"
    assert claim(body, "ferry owners would sue")["speaker"] == "Tom Fairley"
