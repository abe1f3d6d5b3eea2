"""English attribution where the cue is found but the structure around it was misread: quote
marks mixed in one quote, and subjects the rules cut short (sentences written for these tests)."""

from __future__ import annotations

import pytest
from attribution_cases import claim

from annotator.split.quotes import quote_spans


@pytest.mark.parametrize(
    "body",
    [
        '“The ferry will run again in spring," Ann Liddell said. "We ordered the parts.”',
        '"The ferry will run again in spring,” Ann Liddell said. “We ordered the parts."',
    ],
)
def test_straight_and_typographic_marks_mixed_in_one_quote(body: str) -> None:
    assert claim(body, "run again in spring")["speaker"] == "Ann Liddell"
    assert claim(body, "ordered the parts")["speaker"] == "Ann Liddell"


def test_a_straight_quote_inside_a_typographic_one_stays_inside() -> None:
    text = '“Nobody said "never" to the ferry crew,” she said.'
    assert [text[s:e] for s, e in quote_spans(text, 0, len(text))] == [
        '“Nobody said "never" to the ferry crew,”'
    ]


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "Gov. Ann Liddell of Brill, a Democrat who has refused to back the plan, said the "
            "Oakley ferry deserved more money.",
            "ferry deserved",
            "Ann Liddell",  # the person: her title and her state are not the speaker
        ),
        (
            "The ferry will not run again this winter, said the port authority on Tuesday.",
            "ferry will not run",
            "port authority",
        ),
        (
            "In nearby Oakley, the old quay is holding up, but it floods at every spring tide, "
            "said the town's chief engineer, Tom Hale.",
            "floods at every spring tide",
            "town's chief engineer",
        ),
    ],
)
def test_subjects_around_a_comma_before_the_cue(body: str, fragment: str, speaker: str) -> None:
    assert claim(body, fragment)["speaker"] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "The harbour master, a Democrat, said the new quay would flood.",
        "Several skippers, including Ann Liddell, criticized the fees.",
    ],
)
def test_an_object_after_the_cue_is_no_inverted_speaker(body: str) -> None:
    c = claim(body, body[:20])
    assert c["speaker"] in ("harbour master", "Several skippers")


def test_a_cue_inside_a_relative_clause_gives_way_to_the_main_verb() -> None:
    body = (
        "A skipper who has accused the harbour board of neglect said on Monday that the cranes "
        "were rusting."
    )
    c = claim(body, "cranes were rusting")
    assert (c["speaker"], c["cue"]) == ("skipper", "said")


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "Ann Liddell and Senator Tom Hale have both argued that the ferry fees are too high.",
            "Ann Liddell and Tom Hale",  # both sides of "and" (split/joined_names.py)
        ),
        (
            "Harbour officials — whose board once met weekly — both suggested the engineer be fired.",
            "Harbour officials",
        ),
    ],
)
def test_a_floating_quantifier_gives_way_to_the_subject(body: str, speaker: str) -> None:
    assert claim(body, body[-30:-1])["speaker"] == speaker


def test_a_quantifier_after_a_relative_pronoun_names_nobody() -> None:
    body = (
        "The new charge hit the towns of Brill and Oakley, which both oppose any toll on the river."
    )
    assert claim(body, "toll on the river")["speaker"] is None
