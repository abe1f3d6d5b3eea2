"""Cue forms in a sense that reports nothing (`split/other_senses.py`): people let in ("admitting
more pupils", "migrants admitted to this country"), a matter handed to a court ("by
referring the matter to the Harbour Tribunal") and courses offered; "admitted that …",
"admits to misleading", "admitted more mistakes" and "referred to … as" still report."""

from __future__ import annotations

from attribution_cases import claim


def test_people_let_in_admit_nothing() -> None:
    body = (
        "Harbour schools make up that gap by raising fees, shifting places by admitting more "
        "pupils from out of town, and offering some courses less often.\n\n"
        "A large number of migrants from Bramley admitted to this country in 2015 became "
        "fishermen."
    )
    assert claim(body, "shifting places")["speaker"] is None
    assert claim(body, "became fishermen")["speaker"] is None


def test_a_matter_referred_to_a_court_reports_nothing() -> None:
    body = (
        "The port board received the audit on Monday, prompting members to draft a motion to "
        "punish the ferry firm, either with fines or by referring the matter to the Harbour "
        "Tribunal."
    )
    assert claim(body, "draft a motion")["speaker"] is None


def test_admissions_and_references_still_report() -> None:
    body = (
        "Ames admitted that the toll was too high.\n\n"
        "Ames admitted more mistakes on Friday than the board had expected.\n\n"
        "Voss admits to misleading the harbour board about the fees.\n\n"
        "Reed referred to the old pier as a relic of better days."
    )
    assert claim(body, "toll was too high")["speaker"] == "Ames"
    assert claim(body, "more mistakes")["speaker"] == "Ames"
    assert claim(body, "misleading the harbour")["speaker"] == "Voss"
    assert claim(body, "relic of better days")["speaker"] == "Reed"
