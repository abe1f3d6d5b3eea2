"""English attribution: a subject and its apposition before the cue ("Jane Doe, the city's
harbour master, said …"), on sentences written for these tests."""

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


def test_a_comma_inside_closing_quotes_ends_the_apposition() -> None:
    body = (
        "Ann Liddell, who calls the bridge plan a “fairy tale,” said the council has no money "
        "for the piers."
    )
    c = attribution_cases.claim(body, "no money for the piers")
    assert c["speaker"] == "Ann Liddell"
