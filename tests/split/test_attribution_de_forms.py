"""German cue forms the split stage used to miss, on sentences written for these tests: advice
with its object ("riet zu"), admissions ("gestand ein"), insistence ("bestehen darauf"),
reasons given ("begründete … mit"), demands with a plain object ("verlangte einen Stopp"),
pointers ("verwies auf") and a reason opening the sentence ("Als Grund gab … an"); an ordinal's dot
inside a frame."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_advice_with_zu_names_what_was_said() -> None:
    """ "riet den Pendlern zu mehr Geduld": the advice is what the doctor said."""
    got = speakers("Die Ärztin Lea Kurz riet den Pendlern zu mehr Geduld auf der Fähre.")
    assert got == [("Ärztin Lea Kurz", "riet")]


def test_guessing_is_no_advice() -> None:
    """ "riet beim Quiz falsch": a guess, no frame of advice, so no speaker."""
    assert speakers("Die Ärztin Lea Kurz riet beim Quiz am Abend falsch.") == [(None, None)]


def test_admission_with_its_particle_is_a_cue() -> None:
    """ "gestanden ein, dass …": eingestehen, an admission of what follows."""
    got = speakers(
        "Die Veranstalter gestanden ein, dass ihnen der Pier nicht sicher genug gewesen war."
    )
    assert got == [("Veranstalter", "gestanden ein")]


def test_admission_of_a_plain_object_reports_nothing() -> None:
    """ "gestanden einen Fehler": the particle is an article, the object no words said."""
    assert speakers("Die Männer gestanden einen Fehler beim Anlegen.") == [(None, None)]


def test_insisting_on_a_zu_infinitive_is_a_cue() -> None:
    """ "bestehen jedoch darauf, … zu machen": the demand insisted on is what was said."""
    got = speakers("Die Fährleute bestehen jedoch darauf, den Fahrplan selbst zu machen.")
    assert got == [("Fährleute", "bestehen")]


def test_consisting_of_is_no_cue() -> None:
    """ "besteht aus": what something is made of, no words said."""
    assert speakers("Die Gruppe besteht aus vier Fährleuten vom Hafen.") == [(None, None)]


def test_reason_given_with_mit_is_what_was_said() -> None:
    """ "begründete die höheren Preise mit den Kosten": the reason named is what was said."""
    got = speakers("Die Reederei begründete die höheren Preise mit den Kosten für Diesel.")
    assert got == [("Reederei", "begründete")]


def test_founding_something_reports_nothing() -> None:
    """ "begründete eine Fährlinie": founding, no reason given, so no speaker."""
    got = speakers("Die Reederei begründete im Jahr 1950 eine Fährlinie nach Lindau.")
    assert got == [(None, None)]


def test_demand_with_a_plain_object_is_what_was_said() -> None:
    """ "verlangte einen sofortigen Stopp": like "forderte", the object is the demand."""
    got = speakers("Der Hafenrat verlangte einen sofortigen Stopp der Bauarbeiten am Pier.")
    assert got == [("Hafenrat", "verlangte")]


def test_taking_it_out_of_someone_is_no_demand() -> None:
    """ "verlangte/forderte den Tauchern viel Kraft ab": abverlangen, no words said."""
    for verb in ("verlangte", "forderte"):
        got = speakers(f"Die Arbeit am Pier {verb} den Tauchern viel Kraft ab.")
        assert got == [(None, None)]


def test_pointing_to_something_is_what_was_said() -> None:
    """ "verwies auf das schlechte Wetter": what the spokesman points to is what he said."""
    got = speakers("Ein Sprecher der Reederei verwies auf das schlechte Wetter am Hafen.")
    assert got == [("Sprecher der Reederei", "verwies")]


def test_a_ranking_with_auf_reports_nothing() -> None:
    """ "verwies die Gäste auf den zweiten Platz": a race result, no words said."""
    got = speakers("Die Läuferin Mia Roth verwies die Gäste aus Lindau auf den zweiten Platz.")
    assert got == [(None, None)]


def test_an_ordinal_dot_closes_no_frame() -> None:
    """ "warnte am 4. März vor …": the date's dot is no clause end, the danger is named."""
    got = speakers("Die Küstenwache warnte am 4. März vor starkem Sturm an der Mole.")
    assert got == [("Küstenwache", "warnte")]


def test_a_number_ending_a_sentence_still_closes_the_frame() -> None:
    """ "den Versuch 3. Die Gruppe sah ihn als …": the frame's "als" is the next sentence's."""
    got = speakers(
        "Die Forscherin Eva Roth bezeichnete den Versuch 3. Die Gruppe sah ihn als Erfolg."
    )
    assert got[0] == (None, None)


def test_reason_opening_the_sentence_is_what_was_given() -> None:
    """ "Als Grund gab X … an": the reason named first is what the port authority said."""
    got = speakers("Als Grund gab die Hafenbehörde den starken Seegang vor der Mole an.")
    assert got == [("Hafenbehörde", "gab")]


def test_giving_a_reason_later_in_the_sentence_reports_nothing() -> None:
    """ "gibt … als Ursache an" without the reason opening the sentence stays without speaker."""
    got = speakers("Die Hafenbehörde gibt den Seegang als Ursache an und schließt die Mole.")
    assert got == [(None, None)]
