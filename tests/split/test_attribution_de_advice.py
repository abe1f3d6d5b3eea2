"""German advice and complaints whose object is what was said ("empfahl den Pendlern das Rad",
"klagten über …"), on sentences written for these tests."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_advice_with_a_plain_object_is_said() -> None:
    """ "empfahl der Minister den Pendlern das Fahrrad": the advice named is what he said."""
    got = speakers(
        "Zugleich empfahl der frühere Verkehrsminister Karl Weber den Pendlern das Fahrrad."
    )
    assert got == [("Karl Weber", "empfahl")]
    got = speakers("Die Ärztekammer empfiehlt allen Urlaubern einen Impfschutz gegen Tetanus.")
    assert got == [("Ärztekammer", "empfiehlt")]


def test_advice_verb_closing_its_clause_gives_no_advice() -> None:
    """ "…, dass Verkäufer ihren Kunden teure Geräte empfahlen.": a habit told, not advice."""
    got = speakers(
        "Das lag auch daran, dass Verkäufer ihren Kunden immer teurere Geräte empfahlen."
    )
    assert got == [(None, None)]


def test_complaint_about_something_is_said() -> None:
    """ "klagten über zu große Klassen" is said; "klagte vor dem Landgericht" is a lawsuit."""
    got = speakers("Die Lehrer klagten über zu große Klassen und zu wenig Personal.")
    assert got == [("Lehrer", "klagten über")]
    got = speakers("Die Firma klagte vor dem Landgericht gegen den Bescheid.")
    assert got == [(None, None)]
