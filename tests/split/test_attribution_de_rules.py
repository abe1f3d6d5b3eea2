"""German attribution rules learned from news errors, on sentences written for these tests."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_sentence_glued_on_without_a_space_is_not_the_speaker() -> None:
    """ "…“, sagte der Bürgermeister.Der Rat …": the speaker ends at the full stop."""
    got = speakers(
        "„Wir bauen die Brücke im Mai“, sagte der Bürgermeister.Der Rat stimmt am Montag ab."
    )
    assert got[0] == ("Bürgermeister", "sagte")
