"""Cue forms naming a deed, no words (`split/other_senses.py`): people hired or money raised
("seek workers who can weld", "seeking investors"), appointees approved ("confirmed three
judges") and a testimony given with nothing reported in the sentence ("After Reed testified,
…"); "testified that …", "confirmed that …" and "sought to calm …" still report."""

from __future__ import annotations

from attribution_cases import claim

BODY = (
    "Most boatyards on the coast seek workers who can weld.\n\n"
    "The ferry line is seeking investors to pay for two new boats.\n\n"
    "The island senate confirmed three judges for the port court in March.\n\n"
    "After Reed testified, the panel broke for lunch.\n\n"
    "Reed, who had fought the summons for months, finally testified voluntarily in 2004.\n\n"
    "Reed testified, in effect, that the pier was unsafe.\n\n"
    "The port office confirmed that the ferry would run on Sunday.\n\n"
    "Voss sought to calm the crews before the vote."
)


def test_people_hired_or_money_raised_report_nothing() -> None:
    assert claim(BODY, "who can weld")["speaker"] is None
    assert claim(BODY, "two new boats")["speaker"] is None


def test_appointees_confirmed_report_nothing() -> None:
    assert claim(BODY, "three judges")["speaker"] is None


def test_a_testimony_with_nothing_reported_is_no_report() -> None:
    assert claim(BODY, "broke for lunch")["speaker"] is None
    assert claim(BODY, "fought the summons")["speaker"] is None


def test_what_is_testified_confirmed_or_sought_still_reports() -> None:
    assert claim(BODY, "in effect")["speaker"] == "Reed"
    assert claim(BODY, "ferry would run")["speaker"] == "port office"
    assert claim(BODY, "calm the crews")["speaker"] == "Voss"
