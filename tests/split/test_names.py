"""The document's name index, given-name genders and groups no "he"/"she" stands for, on
sentences written for these tests."""

from __future__ import annotations

from typing import Any

import attribution_cases
import pytest

from annotator.split import lexicon
from annotator.split.names import NameIndex, _name_runs, build_name_index
from annotator.split.pronouns import _gender


def claim(body: str, fragment: str) -> dict[str, Any]:
    return attribution_cases.claim(body, fragment, pronoun_mentions=True)


def test_a_sentence_opening_adverb_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Certainly Harold Brackwater never doubted the toll. Privately Mildred Ossing agreed. "
        "Kelly Fenwright said so too."
    )
    index = build_name_index(text)
    assert index["Brackwater"] == "Harold Brackwater"
    assert index["Ossing"] == "Mildred Ossing"
    assert index["Fenwright"] == "Kelly Fenwright"  # a given name ending in "ly" stays
    assert NameIndex(text).get("Brackwater") == "Harold Brackwater"


def test_a_sentence_opening_to_is_no_part_of_the_name_after_it() -> None:
    text = "To Harold Brackwater, the toll is a scandal. Brackwater said so twice."
    assert "To" not in build_name_index(text).get("Brackwater", "")
    assert NameIndex(text).get("Brackwater") != "To Harold Brackwater"


@pytest.mark.parametrize("opener", ["From", "Here", "Perhaps", "Maybe", "Even", "What", "Like"])
def test_a_sentence_opening_word_is_no_part_of_the_name_after_it(opener: str) -> None:
    text = f"{opener} Harold Brackwater at the Island Courier: the toll is a scandal."
    assert NameIndex(text).get("Brackwater") != f"{opener} Harold Brackwater"


@pytest.mark.parametrize("aux", ["Is", "Did", "Had", "Could"])
def test_a_question_opening_auxiliary_is_no_part_of_the_name_after_it(aux: str) -> None:
    text = f"{aux} Harold Brackwater see the toll coming? Brackwater said no."
    assert NameIndex(text).get("Brackwater") != f"{aux} Harold Brackwater"


def test_will_and_may_stay_given_names() -> None:
    text = "Will Brackwater and May Tollund run the ferry. Brackwater said so; Tollund agreed."
    index = NameIndex(text)
    assert (index.get("Brackwater"), index.get("Tollund")) == ("Will Brackwater", "May Tollund")


def test_a_given_name_wins_a_tie_with_a_headline_word() -> None:
    text = (
        "Unflappable Brackwater keeps the toll\n\n"
        "Harold Brackwater, the harbour master, said the toll would stay."
    )
    assert build_name_index(text)["Brackwater"] == "Harold Brackwater"
    assert NameIndex(text).get("Brackwater") == "Harold Brackwater"


def test_given_names_tell_one_gender_each() -> None:
    assert not lexicon.MALE_NAMES & lexicon.FEMALE_NAMES
    assert _gender("Kellyanne Pardoe") == "f"
    assert _gender("Dianne Loft") == "f"
    assert _gender("Marvin Teske") == "m"
    assert _gender("Duncan Vail") == "m"


def test_a_group_that_spoke_before_is_no_she() -> None:
    body = (
        "The ferry toll will double next spring, harbour board sources said on Monday.\n\n"
        "After all, she added, the quay has lost money for three years."
    )
    assert claim(body, "lost money")["speaker"] != "harbour board sources"


def test_what_an_office_is_of_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Former Secretary of State Ann Liddell met the pilots. White House Chief of Staff Tom "
        "Fairley came too. The Homeland Security Department stayed away."
    )
    index = build_name_index(text)
    assert index["Liddell"] == "Ann Liddell"
    assert index["Fairley"] == "Tom Fairley"
    assert index["Department"] == "Homeland Security Department"  # a body, no given name
    body = "Former Secretary of State Ann Liddell said the toll must go."
    assert claim(body, "toll must go")["speaker"] == "Ann Liddell"


def test_a_quantifier_before_a_name_is_no_given_name() -> None:
    text = (
        "Several Hale associates have named the quay. Some Democrats came too. Whether Hale "
        "will run is unclear. Hale said the quay would stay."
    )
    index = build_name_index(text)
    assert index["Hale"] == "Hale"  # not "Several Hale", not "Whether Hale"
    assert "Democrats" not in index  # "Some Democrats" is no name
    assert claim(text, "quay would stay")["speaker"] == "Hale"


def test_a_sentence_opener_or_an_inverted_said_is_no_given_name() -> None:
    text = (
        "Said Hale: the quay stays. Because Tom Roe objected, the toll stayed. More Reed "
        "supporters came. Reed said the quay would stay."
    )
    index = build_name_index(text)
    assert "Hale" not in index  # "Said Hale" is no name
    assert "Roe" not in index  # nor "Because Tom Roe"
    assert index["Reed"] == "Reed"  # not "More Reed"


def test_a_name_with_a_given_name_beats_a_longer_run_that_opens_with_a_us_state() -> None:
    text = (
        "Ann Liddell spoke at the quay. Tom Greer, a fellow New Hampshire Liddell voter, "
        "cheered. Later Liddell left. The New York Times covered it."
    )
    assert build_name_index(text)["Liddell"] == "Ann Liddell"
    assert NameIndex(text).get("Liddell") == "Ann Liddell"
    assert build_name_index(text)["Times"] == "New York Times"


def test_a_newspaper_name_glued_to_a_surname_gives_only_the_person() -> None:
    text = (
        "Tom Greer spoke first. At a meeting with the board of the Dover Herald Greer said the "
        "quay would close. Dover Times Editor-in-Chief Ann Liddell agreed, and Liddell left. "
        "The Dover Times Magazine and the Dover Times covered it."
    )
    index = build_name_index(text)
    assert index["Greer"] == "Tom Greer"
    assert index["Liddell"] == "Ann Liddell"
    assert index["Times"] == "Dover Times"


def test_runs_holding_a_surname_are_those_a_run_by_run_test_finds() -> None:
    text = (
        "Harbour Master Ilse Varga met Varga Holdings. Ferry Line Vargas wrote to Ilse Varga. "
        "Coast Radio asked Tom Lund and Lund Brothers. Nobody answered."
    )
    index = NameIndex(text)
    runs = _name_runs(text)
    for surname in ("Varga", "Vargas", "Lund", "Radio", "Nobody", "Absent", "a", "", "\n"):
        assert index._holding(surname) == [run for run in runs if surname in run], surname


def test_a_full_stop_after_a_name_is_no_part_of_it() -> None:
    text = "The ferry union has endorsed Mara Quill.\n\nThe deal went to Lundia Inc.\n"
    assert NameIndex(text).get("Quill") == "Mara Quill"
    assert build_name_index(text)["Quill"] == "Mara Quill"
    assert NameIndex(text).get("Inc") == "Lundia Inc."  # the abbreviation's own period stays
    body = (
        "The ferry union has endorsed Mara Quill.\n\n"
        "Quill says the toll is “unfair to skippers.” She says the board is “unfit to run a "
        "harbour.”"
    )
    assert claim(body, "unfit to run")["speaker"] == "Mara Quill"


def test_the_runs_around_a_surname_are_those_of_the_whole_text() -> None:
    # `NameIndex` scans only the text between the commas and line breaks around each
    # occurrence: the runs holding a surname, in order, are those the scan of all the text finds
    import random

    rnd = random.Random(7)
    pieces = ["Ossing", "Mildred", "Ё", "Brackwater", "ville", " ", "  ", ".", ",", "\n", "'", "’"]
    pieces += ["-", "Jr.", "Dr.", "B.", "the", "Ż", "é", "(", "1", "\t", "Ossing."]
    texts = ["Dr. Mildred Ossing, who runs Ossing Farms.\nOssing agreed, Mildred Ossing Jr. said."]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        index = NameIndex(text)
        for surname in ("Ossing", "Mildred Ossing", "Jr", "B", "e", "Ossing.", " ", "", "a,b"):
            assert index._holding(surname) == [r for r in _name_runs(text) if surname in r]
