"""English pronoun speakers: which person "he"/"she" stands for, on sentences written for these
tests; a person head after a capitalised modifier ("The Methodist preacher … that he") is
the role the pronoun stands for, an organisation is not (nor is an institution that spoke
before, "The Harbour Department said …"); the "they" of a saying ("You know what
they say", "As they say") stands for no one, nor does a pronoun and its verb ("He keeps
quiet and hopes …")."""

from __future__ import annotations

from typing import Any

import attribution_cases


def claim(body: str, fragment: str) -> dict[str, Any]:
    return attribution_cases.claim(body, fragment, pronoun_mentions=True)


def test_a_pronoun_opening_a_sentence_is_the_subject_of_the_sentence_before() -> None:
    body = (
        "Dalton Pruitt chairs the ferry board.\n\n"
        "Pruitt, meanwhile, told the Harbour Gazette on Monday that he backs the bridge plan "
        "because Walter Ames asked him to. He also said he had “never doubted the vote.”"
    )
    assert claim(body, "never doubted")["speaker"] == "Dalton Pruitt"


def test_a_pronoun_after_its_sentences_subject_is_that_subject() -> None:
    body = (
        "Peter Hale runs the bakery on the quay. Rolf Brandtner runs the ferry company.\n\n"
        "Brandtner, who has lost money for three years, described the toll as “a disaster "
        "for the whole quay and for Mr. Hale's bakery,” he said."
    )
    assert claim(body, "disaster for the whole quay")["speaker"] == "Rolf Brandtner"


def test_a_sentence_inside_a_quote_is_not_the_sentence_before_the_pronoun() -> None:
    body = (
        "Walter Ames chairs the harbour board. Dalton Pruitt runs the ferry.\n\n"
        "Pruitt told the Harbour Gazette that Mr. Ames had “waited far too long. We cannot "
        "wait another winter.” He also said the toll “should go.”"
    )
    assert claim(body, "should go")["speaker"] == "Dalton Pruitt"


def test_they_is_the_plural_group_its_sentence_opens_with() -> None:
    body = (
        "Ferry captains largely agree on the bridge: By nearly 3-1, they say the "
        "new bridge will cost them their jobs within two years."
    )
    assert claim(body, "cost them their jobs")["speaker"] == "Ferry captains"


def test_they_stays_when_the_subject_is_one_thing() -> None:
    body = (
        "The share of ferry captains who voted was low: By nearly 3-1, they say the new bridge "
        "will cost them their jobs within two years."
    )
    assert claim(body, "cost them their jobs")["speaker"] in (None, "they")


def test_a_pronoun_in_an_opening_clause_is_the_named_subject_after_it() -> None:
    body = (
        "Mayor Peter Hale spoke about the ferry on Monday.\n\n"
        "Even as he accused the board of wasting the harbour money, Tom Fairley would not "
        "say who should pay for the new engines."
    )
    assert claim(body, "wasting the harbour")["speaker"] == "Tom Fairley"


def test_a_pronoun_in_a_clause_of_its_sentence_is_the_role_that_opens_it() -> None:
    body = (
        "Walter Ames spoke first at the harbour meeting.\n\n"
        "The visiting senator gave no date for the repairs, though he said the old pier will "
        "not last another winter."
    )
    assert claim(body, "old pier will not last")["speaker"] == "visiting senator"


def test_a_person_after_a_capitalised_modifier_is_the_role_a_pronoun_stands_for() -> None:
    body = (
        "Walter Ames spoke first at the harbour meeting.\n\n"
        "The Methodist preacher shared with the crowd that he believes the old pier is a gift."
    )
    assert claim(body, "old pier is a gift")["speaker"] == "Methodist preacher"


def test_an_organisation_after_a_name_leaves_the_pronoun_to_the_person() -> None:
    body = (
        "Walter Ames spoke first at the harbour meeting.\n\n"
        "The Ames campaign is worried because he thinks the old pier will fall."
    )
    assert claim(body, "old pier will fall")["speaker"] == "Walter Ames"


def test_a_pronoun_after_a_quote_is_the_subject_of_the_sentence_before_the_quote() -> None:
    body = (
        "Harold Venn told the board in March that the ferry would close.\n\n"
        "In May 2001, Quell ended her meeting with the harbour board on a cheerful note. "
        "“I knew the harbour town would come to us. It has happened at last,” she said."
    )
    names = "Marta Quell runs the ferry company.\n\n"
    assert claim(names + body, "harbour town would come")["speaker"] == "Marta Quell"


def test_a_pronoun_after_a_report_naming_another_person_is_the_reporter() -> None:
    body = (
        "Peter Hale runs the ferry company. Rolf Brandtner chairs the harbour board.\n\n"
        "In a memo sent on Tuesday, Brandtner acknowledged that Hale had won the first two "
        "votes, which is a result, he said, “we saw coming for months.”"
    )
    assert claim(body, "saw coming")["speaker"] == "Rolf Brandtner"


def test_a_verb_read_into_the_subject_before_leaves_the_name() -> None:
    body = (
        "Harbour Secretary Tom Lane runs the ferry office.\n\n"
        "On the ferry, Jim Lund said he had never met the man behind him.\n\n"
        "In port after port, Lane lobbies for safer decks: “No crew that sails at night "
        "should go unpaid.” He says cutting the ferry service would be “reckless.”"
    )
    assert claim(body, "cutting the ferry")["speaker"] == "Tom Lane"


def test_a_name_only_a_quote_says_leaves_the_pronoun_to_the_speaker() -> None:
    body = (
        "Harbour master Tom Greer spoke at the quay on Friday.\n\n"
        "Greer said, “We asked for a bridge and got a toll.”\n\n"
        "He went on, “I think Walter Ames is wrong about the ferry and the whole quay knows it.”"
        "\n\nHe added, “Nobody here will pay that toll twice.”"
    )
    assert claim(body, "pay that toll twice")["speaker"] == "Tom Greer"


def test_a_name_the_report_says_outside_a_quote_still_counts() -> None:
    body = (
        "Harbour master Tom Greer spoke at the quay on Friday.\n\n"
        "Greer said, “We asked for a bridge and got a toll.”\n\n"
        "The ferry board, led by Walter Ames, voted for the toll.\n\n"
        "He added, “Nobody here will pay that toll twice.”"
    )
    assert claim(body, "pay that toll twice")["speaker"] in (None, "He", "he")


def test_the_they_of_a_saying_names_no_speaker() -> None:
    body = (
        "The skippers were angry. You know what they say: calm seas never made a good sailor.\n\n"
        "The pilots want a new quay. As they say, a harbour is only as good as its pier.\n\n"
        "Island fishermen blame the toll for what they say was a bad season."
    )
    assert claim(body, "You know what")["speaker"] is None
    assert claim(body, "As they say")["speaker"] is None
    assert claim(body, "Island fishermen")["speaker"] == "Island fishermen"


def test_a_pronoun_and_its_verb_are_no_speaker() -> None:
    body = "Tom Ames came to the pier at noon. He keeps quiet and hopes the toll will fall."
    assert claim(body, "toll will fall")["speaker"] is None
    body = (
        "The report came out on Friday. It goes on to fault the board for the toll, saying "
        "the money was never used for the pier."
    )
    assert claim(body, "fault the board")["speaker"] is None


def test_a_pronoun_and_a_second_subject_stay_the_speaker() -> None:
    body = "Tom Ames came to the pier at noon. He and his staff said the toll would fall."
    assert claim(body, "toll would fall")["speaker"] == "He and his staff"


def test_an_institution_before_is_no_he_or_she() -> None:
    office = (
        "The Harbour Department said on Monday that the pier would close for repairs.\n\n"
        "Busy from dawn to dusk, he talks to the welders, the pilots and the bakers."
    )
    person = (
        "Harbour master Ilse Varga said on Monday that the pier would close for repairs.\n\n"
        "Busy from dawn to dusk, she talks to the welders, the pilots and the bakers."
    )
    assert claim(office, "dawn to dusk")["speaker"] is None
    assert claim(person, "dawn to dusk")["speaker"] == "Ilse Varga"
