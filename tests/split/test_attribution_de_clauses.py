"""German cue verbs after a conjunction or a sentence adverb, and requests and classifications
as cues, on sentences written for these tests."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_subject_after_a_joining_conjunction() -> None:
    """ "…, und das Hilfswerk rief die Regierung auf": the conjunction opens a main clause whose
    subject comes before the verb, not the object after it."""
    got = speakers(
        "Das Parlament verabschiedete den Plan am Freitag, und das Kinderhilfswerk der Stadt rief die "
        "Regierung auf, das Gesetz nicht zu beschließen."
    )
    assert got[-1] == ("Kinderhilfswerk der Stadt", "rief")


def test_request_with_its_content_after_it() -> None:
    """ "bat X, … zu": a request names its speaker; "bat X um Hilfe" after a clause reports
    nothing (the clause before the comma is no request)."""
    assert speakers(
        "Die Bürgermeisterin Jana Klee bat die Anwohner, die Fenster zu schließen."
    ) == [("Jana Klee", "bat")]
    got = speakers("Weil er den Weg nicht kannte, bat der Fahrer einen Passanten um Hilfe.")
    assert got == [(None, None)]


def test_sentence_adverb_before_two_verbs() -> None:
    """ "Offenbar gab X … nach und bat": the adverb is no subject, the name after the first verb
    is."""
    got = speakers(
        "Offenbar gab Jonas Falk nun dem Druck der Partei nach und bat den Vorstand, ihn von "
        "seinem Amt zu entbinden."
    )
    assert got == [("Jonas Falk", "bat")]


def test_classifying_verbs_are_cues() -> None:
    """ "stufte … als … ein", "beurteilte … als …": a judgement in words."""
    got = speakers("Der Ethikrat stufte das neue Gesetz als verfassungswidrig ein.")
    assert got == [("Ethikrat", "stufte")]
    got = speakers("Die Landesvorsitzende Mia Kron beurteilte den Beschluss als großen Fehler.")
    assert got == [("Mia Kron", "beurteilte")]


def test_konjunktiv_goes_on_past_one_sentence_of_the_outlet() -> None:
    """Reported speech in the Konjunktiv I goes on after one indicative sentence without a
    speaker ("Auch seien …" is still the union's)."""
    got = speakers(
        "Die Gewerkschaft Verdi sagte, die Löhne im Handel seien seit Jahren zu niedrig. Im "
        "vergangenen Jahr stiegen die Preise um drei Prozent. Auch seien die Mieten in der "
        "Stadt kaum noch zu bezahlen."
    )
    assert got[-1] == ("Gewerkschaft Verdi", "sagte")


def test_konjunktiv_after_a_new_actor_is_not_carried_on() -> None:
    """A sentence between whose subject is a new actor (a body, a role) ends the speech before
    it; and a first-person "habe" is no Konjunktiv."""
    got = speakers(
        "Die Gewerkschaft Verdi sagte, die Löhne im Handel seien seit Jahren zu niedrig. Die "
        "Stadtverwaltung veröffentlichte am Montag neue Zahlen zum Haushalt. Auch seien die "
        "Mieten in der Stadt gestiegen."
    )
    assert got[-1][0] != "Gewerkschaft Verdi"
    got = speakers(
        "Die Gewerkschaft Verdi sagte, die Löhne im Handel seien seit Jahren zu niedrig. Im "
        "vergangenen Jahr stiegen die Preise um drei Prozent. Ich habe sie selbst gesehen, es "
        "seien lange Schlangen gewesen."
    )
    assert got[-1] == (None, None)
