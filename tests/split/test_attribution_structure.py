"""English attribution where the cue is found but the structure around it was misread: quote
marks mixed in one quote, and subjects the rules cut short (sentences written for these tests)."""

from __future__ import annotations

import pytest
from attribution_cases import claim

from annotator.split.quotes import quote_spans


@pytest.mark.parametrize(
    "body",
    [
        "“The ferry will run again in spring,\" Ann Liddell said. \"We ordered the parts.”",
        "\"The ferry will run again in spring,” Ann Liddell said. “We ordered the parts.\"",
    ],
)
def test_straight_and_typographic_marks_mixed_in_one_quote(body: str) -> None:
    assert claim(body, "run again in spring")["speaker"] == "Ann Liddell"
    assert claim(body, "ordered the parts")["speaker"] == "Ann Liddell"


def test_a_straight_quote_inside_a_typographic_one_stays_inside() -> None:
    text = "“Nobody said \"never\" to the ferry crew,” she said."
    assert [text[s:e] for s, e in quote_spans(text, 0, len(text))] == [
        "“Nobody said \"never\" to the ferry crew,”"
    ]
