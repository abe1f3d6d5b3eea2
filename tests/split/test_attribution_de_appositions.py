"""German attribution: a subject and the apposition between it and the cue ("Jan Roth, Chef der
Liga (FL), sagte …"), on sentences written for these tests."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_an_abbreviation_closing_the_apposition_keeps_the_name_before_it() -> None:
    """ "Jan Roth, Chef der Allianz für Wandel (AfW), behauptete": Jan Roth speaks, not the
    last word before the parenthesis."""
    got = speakers(
        "Mira Lenk, Chefin der Allianz für Wandel (AfW), behauptete am Abend, dass viele Helfer "
        "in Kollberg verhaftet worden seien."
    )
    assert got == [("Mira Lenk", "behauptete")]


def test_an_abbreviation_closing_a_noun_apposition_keeps_the_noun_before_it() -> None:
    """ "Der größte Verband, die Allianz für Wandel (AfW), behauptete": the opening noun
    phrase speaks, as it does without the abbreviation."""
    body = "Der größte Verband des Landes, die Allianz für Wandel{}, behauptete am Abend, dass viele Helfer in Kollberg verhaftet worden seien."
    assert speakers(body.format(" (AfW)")) == [("Verband des Landes", "behauptete")]
    assert speakers(body.format("")) == [("Verband des Landes", "behauptete")]


def test_a_party_after_the_name_or_a_bare_abbreviation_is_left_as_it_was() -> None:
    """ "Jan Roth (SPD), der Chef, sagte" and "Die Allianz (AfW) sagte" keep their subject."""
    got = speakers(
        "Mira Lenk (AfW), die Chefin der Allianz, behauptete am Abend, dass viele Helfer in "
        "Kollberg verhaftet worden seien."
    )
    assert got == [("Mira Lenk", "behauptete")]
    got = speakers(
        "Die Allianz für Wandel (AfW) behauptete am Abend, dass viele Helfer in Kollberg "
        "verhaftet worden seien."
    )
    assert got == [("Allianz für Wandel", "behauptete")]
