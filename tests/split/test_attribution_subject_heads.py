"""English attribution: subject heads `_valid` used to refuse, on sentences written for these
tests: a noun ending like an adverb ("the family"), one member of a group named by a modifier
("Brill lawmaker", "DNC chair"), and a longer noun phrase whose modifiers hold a name."""

from __future__ import annotations

from attribution_cases import claim

from annotator.split.speaker_words import _valid


def test_a_noun_ending_in_ly_speaks() -> None:
    body = "The family said in a statement that the ferry should never have left the harbour."
    assert claim(body, "ferry should never")["speaker"] == "family"
    assert _valid(["the", "assembly"])
    assert not _valid(["the", "rally"])
    assert not _valid(["quickly"])


def test_one_member_named_by_a_modifier_speaks() -> None:
    body = "Brill lawmaker dismisses the mayor's claims about the new bridge tolls."
    assert claim(body, "bridge tolls")["speaker"] == "Brill lawmaker"
    assert _valid(["Brill", "lawmaker"])
    assert _valid(["a", "Liddell", "rival"])
    assert not _valid(["stoke", "voter"])  # no name: a verb and its object
    assert not _valid(["new", "lawmaker"])
    assert not _valid(["Very", "good", "reporter"])  # a capital that opens a sentence


def test_a_longer_phrase_with_a_name_inside_speaks() -> None:
    body = "The tiny Brill Harbour Trust newsletter noted in May that the ferry runs at a loss."
    assert claim(body, "ferry runs at a loss")["speaker"] == "tiny Brill Harbour Trust newsletter"
    assert _valid(["the", "old", "Brill", "Harbour", "board"])
    assert not _valid(["the", "old", "Brill", "family", "deserved"])  # a verb inside
    assert not _valid(["a", "threat", "and", "Brill", "leadership"])  # two phrases
    assert not _valid(["the", "most", "expensive", "private", "health", "plans"])  # no name
