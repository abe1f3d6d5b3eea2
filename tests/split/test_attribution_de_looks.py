"""German speakers that looked wrong to a reader (a hyphenated compound part, a pronoun's
antecedent, a phrase cue after a fronted adverb, a place after a bare plural), on sentences
written for these tests."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_hyphenated_first_part_stays_with_its_head() -> None:
    """ "Die Obst- und Gemüsebauern warnten": the coordinated compound speaks whole, wherever
    it stands; "Die Bauern und Winzer" (two nouns, no hyphen) keeps its first noun."""
    got = speakers("Die Obst- und Gemüsebauern warnten am Dienstag vor einem nassen Sommer.")
    assert got == [("Obst- und Gemüsebauern", "warnten")]
    got = speakers("Am Dienstag warnten die Berliner Bus- oder Bahnfahrer vor neuen Tarifen.")
    assert got == [("Berliner Bus- oder Bahnfahrer", "warnten")]
    got = speakers("Die Tarife seien zu hoch, sagten die Bus- und Bahnfahrer am Bahnhof.")
    assert got == [("Bus- und Bahnfahrer", "sagten")]
    got = speakers("Die Bauern und Winzer warnten am Dienstag vor einem nassen Sommer.")
    assert got == [("Bauern", "warnten")]


def test_bare_plural_keeps_its_place() -> None:
    """ "Bauern im Allgäu sagten": a noun with no article keeps the place before its plural
    verb; a singular verb after a name ("Roth in Kiel sagte") keeps the name alone."""
    got = speakers("Bauern im Allgäu sagten, die Ernte sei viel zu klein ausgefallen.")
    assert got == [("Bauern im Allgäu", "sagten")]
    got = speakers("Roth in Kiel sagte, die Ernte sei viel zu klein ausgefallen.")
    assert got == [("Roth", "sagte")]


def test_pronoun_subject_before_keeps_the_object_out() -> None:
    """ "Später besuchte er Lukas Brandt.": "er" is that sentence's subject, so a later "Er"
    does not resolve to the object after it; a name that is the subject still resolves."""
    said = "Jan Weber sagte, die Fabrik sei sicher. "
    got = speakers(
        said + "Später besuchte er Lukas Brandt im Rathaus. Er fürchtet, dass die Kosten steigen."
    )
    assert got[-1] == ("Jan Weber", "fürchtet")
    got = speakers(
        said + "Lukas Brandt besuchte später das Rathaus. Er fürchtet, dass die Kosten steigen."
    )
    assert got[-1] == ("Lukas Brandt", "fürchtet")


def test_phrase_cue_split_by_its_subject_after_a_fronted_phrase() -> None:
    """ "Zudem hegt die Opposition den Verdacht, dass …": the phrase cue's subject stands
    between its verb and its object and speaks; an object that makes no phrase cue ("hegt …
    großes Misstrauen") is no cue of its own."""
    said = "Der Minister sagte, alles sei in Ordnung. "
    got = speakers(said + "Zudem hegt die Opposition den Verdacht, dass die Zahlen geschönt sind.")
    assert got[-1] == ("Opposition", "hegt den verdacht")
    got = speakers(said + "Dagegen vertritt Jan Roth die Ansicht, dass die Zahlen geschönt seien.")
    assert got[-1] == ("Jan Roth", "vertritt die ansicht")
    got = speakers(said + "Zudem hegt die Opposition großes Misstrauen, die Zahlen seien geschönt.")
    assert got[-1][0] != "Opposition"


def test_split_phrase_gate_names_every_object_noun() -> None:
    """`german_frame` tests the sentence for each object noun of a split phrase cue before its
    pattern runs: the nouns it spells out are all the phrase cues' nouns."""
    from pathlib import Path

    from annotator.split.frames_de import SPLIT_NOUNS

    root = Path(__file__).resolve().parents[2]
    source = (root / "annotator" / "split" / "frames_de.py").read_text(encoding="utf-8")
    assert all(f'"{noun}" in sentence' in source for noun in SPLIT_NOUNS)
