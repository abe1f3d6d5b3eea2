"""English attribution: a subject whose form hid it from the cue ("Fleming reminisced … and
said", "Doe also called …", "X -- a pilot -- said"), on sentences written for these tests."""

from __future__ import annotations

import attribution_cases


def test_a_surname_ending_in_ing_is_no_opening_participle() -> None:
    body = (
        "Walking to the pier, Fleming reminisced about the old ferry, and said the new "
        "bridge will empty the harbour town."
    )
    c = attribution_cases.claim(body, "empty the harbour town")
    assert c["speaker"] == "Fleming"
