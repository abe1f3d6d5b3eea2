"""German subjects the split stage used to miss, on sentences written for these tests: a plural
body noun is no abstract head, and a subject after a later verb opens the topic."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_plural_body_noun_is_no_abstract_head() -> None:
    """ "Organisationen" names bodies that speak, like "Organisation": not the object."""
    got = speakers(
        "Sprecher der beiden Organisationen erwarten keine rasche Einigung im Tarifstreit, "
        "weil die Arbeitgeber kein Angebot vorgelegt hätten."
    )
    assert got == [("Organisationen", "erwarten")]


def test_topic_after_a_preposition_and_article() -> None:
    """ "durch die Explosion" is no verb and subject; "bezifferte die Polizei" is, and the
    Konjunktiv sentence after it is the police's."""
    got = speakers(
        "Die Zahl der Verletzten, die durch die Explosion am Hafen verletzt wurden, bezifferte "
        "die örtliche Polizei am Abend mit zwölf. Die meisten seien inzwischen aus dem "
        "Krankenhaus entlassen."
    )
    assert got == [(None, None), ("Polizei", None)]
