"""German wrong speakers: phrases that look like a cue's subject but are not, on sentences
written for these tests."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_singular_noun_is_no_subject_of_a_plural_cue() -> None:
    """ "Bund und Länder verlangen eine breite Zustimmung": the singular object does not speak."""
    got = speakers(
        "Vor allem Bund und Länder verlangen eine breite Zustimmung zu dem Plan, um die Reform "
        "rasch umzusetzen."
    )
    assert all(who != "Zustimmung" for who, _ in got)


def test_singular_subject_of_a_singular_or_joined_cue_speaks() -> None:
    """ "Die Gewerkschaft fordert …", "Die Stiftung und der Verein fordern …" keep theirs."""
    got = speakers("Die Gewerkschaft fordert eine rasche Zustimmung zu dem neuen Tarifvertrag.")
    assert got[0][0] == "Gewerkschaft"
    got = speakers("Die Stiftung und der Verein fordern eine rasche Zustimmung zu dem Vertrag.")
    assert got[0][0] == "Stiftung"
