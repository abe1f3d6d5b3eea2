"""German Konjunktiv forms that carry a report on to the next sentence, on sentences written for
these tests: "rechne" after a noun subject ("Der Vorstand rechne mit …"); the author's own
guess in "dürften" carries nothing."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers

from annotator.split import lexicon_de


def test_rechne_after_a_noun_subject_carries_the_report_on() -> None:
    got = speakers(
        "Die Reederei Nordwind teilte am Montag mit, die Fähre falle aus. "
        "Der Vorstand rechne mit Verlusten im Winter."
    )
    assert got == [("Reederei Nordwind", "teilte")] * 2
    assert lexicon_de.SUBJUNCTIVE.search("Der Vorstand rechne mit Verlusten.")
    assert lexicon_de.may_be_subjunctive("Der Vorstand rechne mit Verlusten.", 0, 33)


def test_the_authors_durften_guess_carries_nothing() -> None:
    got = speakers(
        "Die Reederei Nordwind teilte am Montag mit, die Fähre falle aus. "
        "Die übrigen Linien dürften im Winter kaum Gewinn machen."
    )
    assert got[1] == (None, None)
