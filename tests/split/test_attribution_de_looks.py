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
