"""An opening "Asked by X whether …," gives the question to its asker, the rest to the speaker."""

from __future__ import annotations

from typing import Any

from annotator.split.document import RawDocument
from annotator.split.document_rows import split_document

HEAD = "Orchard growers weigh the new water fees\n\n"


def units(body: str) -> list[dict[str, Any]]:
    """The claim units of `body` (the heading left out), checked to slice back from the text."""
    text = HEAD + body
    claims = [
        c
        for c in split_document(RawDocument(path="case.txt", format="txt", text=text)).claims
        if c["start"] >= len(HEAD)
    ]
    for c in claims:
        assert text[c["start"] : c["end"]] == c["text"]
        if c["speaker"]:
            assert c["start"] <= c["content_start"] < c["content_end"] <= c["end"]
    return claims


def test_asked_by_opening_gives_the_question_to_its_asker() -> None:
    claims = units(
        "Asked by Hal Brenner whether the fees would rise again next spring, council chair "
        "Ines Moravec said the board had not decided yet."
    )
    assert [(c["speaker"], c["cue"], c["text"]) for c in claims] == [
        (
            "Hal Brenner",
            "Asked",
            "Asked by Hal Brenner whether the fees would rise again next spring",
        ),
        ("Ines Moravec", "said", "council chair Ines Moravec said the board had not decided yet."),
    ]


def test_when_asked_by_a_host_splits_the_same_way() -> None:
    claims = units(
        "When asked by a radio host about the delays at the pumping station, the chair said, "
        '"We are fixing it every single day."'
    )
    assert [(c["speaker"], c["cue"]) for c in claims] == [
        ("radio host", "asked"),
        ("chair", "said"),
    ]


def test_asked_by_without_a_question_stays_one_unit() -> None:
    claims = units("Asked by the Orchard Weekly, Moravec and her deputy declined to comment on it.")
    assert len(claims) == 1
    assert claims[0]["text"].startswith("Asked by the Orchard Weekly,")


def test_asked_by_inside_a_sentence_stays_one_unit() -> None:
    claims = units(
        "Ines Moravec, asked by Hal Brenner whether the fees would rise, said the board had "
        "not decided yet."
    )
    assert [(c["speaker"], c["cue"]) for c in claims] == [("Ines Moravec", "said")]
