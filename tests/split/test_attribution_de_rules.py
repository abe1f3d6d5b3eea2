"""German attribution rules learned from news errors, on sentences written for these tests."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_sentence_glued_on_without_a_space_is_not_the_speaker() -> None:
    """ "…“, sagte der Bürgermeister.Der Rat …": the speaker ends at the full stop."""
    got = speakers(
        "„Wir bauen die Brücke im Mai“, sagte der Bürgermeister.Der Rat stimmt am Montag ab."
    )
    assert got[0] == ("Bürgermeister", "sagte")


def test_source_in_the_cues_own_clause_speaks() -> None:
    """ "bestätigte X laut Y, dass …": Y reports what X said; "X sagte, laut Y …" stays X's."""
    got = speakers(
        "Am Montag bestätigte der Bürgermeister laut der Lokalpost, dass die Brücke gesperrt wird."
    )
    assert got == [("Lokalpost", "laut")]
    got = speakers("Der Bürgermeister sagte, laut dem Gutachten sei die Brücke nicht mehr sicher.")
    assert got == [("Bürgermeister", "sagte")]


def test_date_after_the_source_is_not_the_source() -> None:
    """ "nach Angaben der Polizei vom Dienstag": the police, not Tuesday."""
    got = speakers("Zwölf Menschen wurden nach Angaben der Polizei vom Dienstag leicht verletzt.")
    assert got == [("Polizei", "nach angaben")]


def test_unclosed_single_quote_is_an_apostrophe() -> None:
    """ "in ‘Adi, …" (a transliterated place name) opens no quote that swallows the paragraph."""
    body = (
        "Seiner Darstellung zufolge ereignete sich der Angriff in ‘Adi, östlich der Stadt. "
        "Laut der Polizei gab es dort zuvor keine Kämpfe. Der Präfekt sprach von einem "
        "„entsetzlichen Angriff auf die Stadt und ihre Bewohner“."
    )
    assert speakers(body)[1] == ("Polizei", "laut")
