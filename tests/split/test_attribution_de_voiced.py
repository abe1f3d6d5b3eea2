"""German criticism voiced with no one named ("Vorwürfe werden laut, dass …"), on sentences
written for these tests."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_criticism_voiced_speaks_its_clause() -> None:
    """ "Kritik wurde laut, dass …" and "Erneut wurden Zweifel laut, die Zahlen seien …": the
    voiced noun speaks the clause after "laut,"."""
    got = speakers(
        "In der Gemeinde Birkental wurde Kritik laut, dass der neue Radweg viel zu schmal geplant "
        "sei. Erneut wurden Zweifel laut, die Kosten für die Brücke seien zu niedrig angesetzt."
    )
    assert got == [("Kritik", "werden laut"), ("Zweifel", "werden laut")]


def test_criticism_voiced_without_a_clause_speaks_nothing() -> None:
    """ "Kritik wurde laut." reports no words, nor does "laut" before a name ("laut Roth"), and
    the unnamed voices do not go on in a "soll" sentence after them."""
    got = speakers(
        "Im Stadtrat wurde schon früh Kritik an dem Vorhaben laut. "
        "Wer den Auftrag erteilt haben soll, dazu sagt niemand etwas."
    )
    assert got == [(None, None), (None, None)]
    got = speakers(
        "Zweifel wurden laut, die Brücke werde zu teuer. "
        "Wer den Auftrag erteilt haben soll, dazu sagt niemand etwas."
    )
    assert got == [("Zweifel", "werden laut"), (None, None)]
