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
