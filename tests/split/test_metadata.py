"""Dates and header metadata of the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.split.document import RawDocument, StructuredDocument
from annotator.split.ingest import read_documents
from annotator.split.metadata import is_date_line, parse_date
from annotator.split.structure import structure

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed(prefix: str) -> StructuredDocument:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    docs, _ = read_documents(path)
    return structure(docs[0])


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("11:13 GMT28 February 2021", "2021-02-28T11:13Z"),
        ("Friday, Apr 26, 2024", "2024-04-26"),
        ("Sep 26, 2018", "2018-09-26"),
        ("2021-08-28T09:30:00+00:00", "2021-08-28T09:30Z"),
        ("2021-08-28T09:30:00+02:00", "2021-08-28"),  # a non-UTC time is dropped, not converted
        ("3:45 pm GMT 5 May 2020", "2020-05-05T15:45Z"),
        ("By Kim Lee | October 12, 2021", "2021-10-12"),
        ("Dec 32, 2018", None),
        ("9,312", None),
        (None, None),
    ],
)
def test_parse_date(text: str | None, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_date_lines() -> None:
    assert is_date_line("Friday, Apr 26, 2024")
    assert not is_date_line("On Sep 26, 2018 the talks failed.")


@given(st.text())
def test_parse_date_never_raises(text: str) -> None:
    parse_date(text)
    is_date_line(text)


@pytest.mark.parametrize(
    ("prefix", "title", "source", "published", "kind"),
    [
        (
            "000",
            "New allies: US and Taliban together against ISIS, while Britain abstains",
            None,
            None,
            "news",
        ),
        (
            "001",
            "Once Enemies, US And Taliban Find Common Ground Against ISIS",
            "Arab Press",
            None,
            "news",
        ),
        (
            "002",
            "‘Desperate’ Taliban leaders beg for US help as ISIS militants plot Afghanistan takeover",
            None,
            None,
            "news",
        ),
        (
            "003",
            "The Taliban Blames the U.S. for Afghanistan's Growing ISIS Problem",
            None,
            None,
            "forum",
        ),
        ("004", None, None, "2021-02-28T11:13Z", "news"),
    ],
)
def test_seed_metadata(
    prefix: str, title: str | None, source: str | None, published: str | None, kind: str
) -> None:
    doc = seed(prefix)
    assert (doc.title, doc.source, doc.published, doc.source_kind) == (
        title,
        source,
        published,
        kind,
    )


def test_banner_date_over_title_is_page_date_not_published() -> None:
    doc = seed("001")
    assert doc.published is None
    assert any(
        k == "page-date" and doc.text[s:e] == "Friday, Apr 26, 2024" for s, e, k in doc.boilerplate
    )


def test_outlet_named_only_in_text_is_not_the_source() -> None:
    assert seed("004").source is None  # "In an interview with Sputnik" is not a masthead


def test_file_metadata_wins_and_is_normalised() -> None:
    raw = RawDocument(
        path="a.jsonl:1",
        format="jsonl",
        text="Some Headline Here Today\n\nA claim was made here today.",
        title="Given title",
        source="Wire",
        published="28 February 2021",
        author="Ann",
    )
    doc = structure(raw)
    assert (doc.title, doc.source, doc.published, doc.author) == (
        "Given title",
        "Wire",
        "2021-02-28",
        "Ann",
    )


def test_a_title_closed_by_a_semicolon_is_the_title_and_kept_as_a_block() -> None:
    text = (
        "Harbour board doubles the ferry toll; \n"
        "Commuters face higher fares from May.\n\n"
        "The harbour board voted on Monday to double the toll on the winter ferry."
    )
    doc = structure(RawDocument(path="t.txt", format="txt", text=text))
    first = doc.blocks[0]
    assert doc.title == "Harbour board doubles the ferry toll"
    assert (doc.text[first.start : first.end], first.headline) == (doc.title, True)
    assert not any(b.headline for b in doc.blocks[1:])


def test_a_headline_without_a_semicolon_stays_a_title_line() -> None:
    text = "Harbour board doubles the ferry toll\n\nThe harbour board voted on Monday to double it."
    doc = structure(RawDocument(path="t.txt", format="txt", text=text))
    assert doc.title == "Harbour board doubles the ferry toll"
    assert not any(b.headline for b in doc.blocks)
    assert doc.text[doc.blocks[0].start : doc.blocks[0].end].startswith("The harbour board")


@pytest.mark.parametrize(
    "first", ["border-top: 1px solid #cccccc;", "Ferry;", "div.ad { margin: 0 auto;"]
)
def test_a_style_rule_or_a_short_line_closed_by_a_semicolon_is_no_title(first: str) -> None:
    text = first + "\n\nThe harbour board voted on Monday to double the toll on the winter ferry."
    doc = structure(RawDocument(path="t.txt", format="txt", text=text))
    assert doc.title is None
    assert not any(b.headline for b in doc.blocks)
