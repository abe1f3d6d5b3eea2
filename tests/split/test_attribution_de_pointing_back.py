"""German sentences that point back to the report before them ("Demnach …") or to hearsay
("Dem Vernehmen nach …"), on sentences written for these tests."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_demnach_names_the_report_before() -> None:
    """ "Demnach …" opening a sentence gives the words of the report just told: the source is
    named "Demnach", and a Konjunktiv sentence after it goes on as before (no one here)."""
    got = speakers(
        "Der Stadtrat von Kleinfelden hat am Dienstag seinen Prüfbericht über die Bäder vorgelegt. "
        "Demnach muss das Hallenbad am Marktplatz noch vor dem Winter schließen."
    )
    assert got == [(None, None), ("Demnach", "demnach")]


def test_demnach_as_inference_and_danach_name_no_source() -> None:
    """ "Demnach wäre …" is the writer's own inference, "Danach …" mostly a time ("after
    that"): neither names a source."""
    got = speakers(
        "Im Jahr zuvor hatte der Verein drei Spiele verloren. Demnach wäre der Aufstieg erst in "
        "zwei Jahren möglich gewesen. Danach fuhren die Spieler mit dem Bus zurück in die Stadt."
    )
    assert got == [(None, None), (None, None), (None, None)]


def test_demnach_is_not_the_one_a_pronoun_stands_for() -> None:
    """After "Demnach …", "Sie erklärte" is still the speaker named before it."""
    got = speakers(
        "Die Bürgermeisterin Vera Lindqvist sagte, der Haushalt sei knapp. Demnach fehlen der "
        "Stadt mehrere Millionen Euro. Sie erklärte, sie wolle keine Schule schließen."
    )
    assert got == [
        ("Vera Lindqvist", "sagte"),
        ("Demnach", "demnach"),
        ("Vera Lindqvist", "erklärte"),
    ]


def test_hearsay_names_its_source_and_vernehmen_the_verb_does_not() -> None:
    """ "Im Hafen liegen dem Vernehmen nach …": hearsay, its source "dem Vernehmen"; the verb
    "vernehmen" (to question) names no source."""
    got = speakers(
        "Im Hafen von Nordstrand liegen dem Vernehmen nach schon drei beschädigte Fähren. "
        "Die Polizei will die Kapitäne am Montag vernehmen."
    )
    assert got == [("dem Vernehmen", "nach"), (None, None)]


def test_demnach_in_the_konjunktiv_names_the_report_before() -> None:
    """ "Demnach seien …" names "Demnach" as "Demnach sind …" does, not the speaker whose
    Konjunktiv would go on; a Konjunktiv sentence with no "Demnach" goes on as the speaker's."""
    got = speakers(
        "Die Sprecherin der Feuerwehr, Ilka Brandner, berichtete von einem Großbrand am Kanal. "
        "Demnach seien drei Lagerhallen vollständig ausgebrannt. "
        "Verletzt worden sei niemand."
    )
    assert got == [
        ("Ilka Brandner", "berichtete"),
        ("Demnach", "demnach"),
        ("Ilka Brandner", "berichtete"),
    ]
    got = speakers(
        "Die Sprecherin der Feuerwehr, Ilka Brandner, berichtete von einem Großbrand am Kanal. "
        "Drei Lagerhallen seien vollständig ausgebrannt."
    )
    assert got == [("Ilka Brandner", "berichtete"), ("Ilka Brandner", "berichtete")]


def test_demnach_after_a_planned_or_future_verb_names_the_report_before() -> None:
    """ "Die Fähre soll demnach …", "Der Kapitän wird sich demnach …": after "soll/sollen/wird/
    werden" a "demnach" inside the sentence points back as an opening "Demnach" does."""
    got = speakers(
        "Die Reederei Kolbeck hat am Freitag ihren Fahrplan für den Winter veröffentlicht. "
        "Die kleine Fähre nach Sandholm soll demnach nur noch zweimal am Tag fahren. "
        "Der Kapitän wird sich demnach einen neuen Liegeplatz suchen."
    )
    assert got == [(None, None), ("demnach", "demnach"), ("demnach", "demnach")]


def test_demnach_after_a_plain_past_or_being_verb_names_nothing() -> None:
    """ "Die Reederei hat demnach …", "Geplant ist demnach …": the outlet's own conclusion or
    narration, no source."""
    got = speakers(
        "Die Reederei Kolbeck hat am Freitag ihren Fahrplan für den Winter veröffentlicht. "
        "Die Werft hat demnach zwei neue Boote bestellt. "
        "Geplant ist demnach der erste Dezember."
    )
    assert got == [(None, None), (None, None), (None, None)]
