"""Attribution on short English news sentences written for these tests (issue 10's cases)."""

from __future__ import annotations

from typing import Any

import pytest

from annotator.split.document import RawDocument
from annotator.split.document_rows import split_document

HEAD = "Harbour town votes on the new bridge plan\n\n"


def claims(body: str) -> list[dict[str, Any]]:
    text = HEAD + body
    out = split_document(RawDocument(path="case.txt", format="txt", text=text)).claims
    for c in out:  # every span slices back into the document
        assert text[c["start"] : c["end"]] == c["text"]
        if c["speaker_start"] is not None:
            assert 0 <= c["speaker_start"] < c["speaker_end"] <= len(text)
        if c["content_start"] is not None:  # the reported words lie inside the claim
            assert c["start"] <= c["content_start"] < c["content_end"] <= c["end"]
    return out


def claim(body: str, fragment: str) -> dict[str, Any]:
    hits = [c for c in claims(body) if fragment in c["text"]]
    assert hits, fragment
    return hits[0]


def attr(body: str, fragment: str) -> tuple[Any, Any, Any]:
    c = claim(body, fragment)
    return c["speaker"], c["cue"], c["quote"]


@pytest.mark.parametrize(
    "body",
    [
        "“The bridge will open in May next year,” said Mayor Ann Liddell.",
        '"The bridge will open in May next year," said Mayor Ann Liddell.',
        "‘The bridge will open in May next year,’ said Mayor Ann Liddell.",
        "'The bridge will open in May next year,' said Mayor Ann Liddell.",
        "«The bridge will open in May next year», said Mayor Ann Liddell.",
        "„The bridge will open in May next year“, said Mayor Ann Liddell.",
        "‚The bridge will open in May next year‘, said Mayor Ann Liddell.",
        "Mayor Ann Liddell said: “The bridge will open in May next year.”",
    ],
)
def test_every_quote_style_gives_the_speaker(body: str) -> None:
    c = claim(body, "bridge will open")
    assert (c["speaker"], c["quote"]) == ("Ann Liddell", True)
    text = HEAD + body
    assert text[c["speaker_start"] : c["speaker_end"]].endswith("Ann Liddell")
    assert text[c["content_start"] : c["content_end"]].startswith("The bridge will open")


def test_british_single_quotes_keep_apostrophes_inside() -> None:
    body = "‘We don’t expect the council’s money before June,’ said Tom Fairley, the treasurer."
    assert attr(body, "expect the council") == ("Tom Fairley", "said", True)


@pytest.mark.parametrize(
    "body,fragment,speaker,cue",
    [
        (
            "Harbour master Ruth Okafor said that the tide tables had been wrong for weeks.",
            "tide tables",
            "Ruth Okafor",
            "said",
        ),
        (
            "Ruth Okafor told the Gazette the tide tables had been wrong for weeks.",
            "tide tables",
            "Ruth Okafor",
            "told the Gazette",
        ),
        (
            "The tide tables had been wrong for weeks, according to Ruth Okafor.",
            "tide tables",
            "Ruth Okafor",
            "according to",
        ),
        (
            "Ruth Okafor, who has run the harbour since 2009, said the tide tables were wrong.",
            "tide tables",
            "Ruth Okafor",
            "said",
        ),
        (
            "In a statement, the harbour authority said the tide tables were wrong for weeks.",
            "tide tables",
            "harbour authority",
            "said",
        ),
        (
            "Ruth Okafor said in an interview with the Gazette that the tables were wrong.",
            "tables were wrong",
            "Ruth Okafor",
            "said",
        ),
        (
            "The coastguard said the ferry had drifted for three hours before help came.",
            "ferry had drifted",
            "coastguard",
            "said",
        ),
        (
            "A senior official said the ferry had drifted for three hours before help came.",
            "ferry had drifted",
            "senior official",
            "said",
        ),
    ],
)
def test_indirect_speech_and_bodies(body: str, fragment: str, speaker: str, cue: str) -> None:
    c = claim(body, fragment)
    assert (c["speaker"], c["cue"], c["quote"]) == (speaker, cue, False)
    text = HEAD + body
    content = text[c["content_start"] : c["content_end"]]
    assert fragment in content and speaker.split()[-1] not in content


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "“Funding ends in March for the ferry,” said Rep. Joan Whitby, a Democrat from Maine.",
            "Joan Whitby",
        ),
        ("“Funding ends in March for the ferry,” said Sen. Mark Dale of Ohio.", "Mark Dale"),
        ("“Funding ends in March for the ferry,” Gen. Paul Rourke said.", "Paul Rourke"),
        ("“Funding ends in March for the ferry,” said Dr. Lena Moss.", "Lena Moss"),
        ("Union leader Carla Brandt said funding ends in March for the ferry.", "Carla Brandt"),
        ("“Funding ends in March for the ferry,” the union said on Thursday.", "union"),
        ("“Funding ends in March for the ferry,” the union said Thursday.", "union"),
        ("The union on Thursday said funding ends in March for the ferry.", "union"),
    ],
)
def test_names_whole_and_weekdays_never_speak(body: str, speaker: str) -> None:
    c = claim(body, "Funding ends in March" if "“" in body else "funding ends")
    assert c["speaker"] == speaker
    text = HEAD + body
    mention = text[c["speaker_start"] : c["speaker_end"]]
    assert speaker.split()[-1] in mention and "Thursday" not in mention


def test_continuation_paragraph_keeps_the_speaker() -> None:
    body = (
        "Ferry captain Ivan Petrov said the engines were old. “We asked for new engines in 2019."
        "\n\n“Nobody answered our letters for two years after that.”"
    )
    c = claim(body, "Nobody answered our letters")
    assert (c["speaker"], c["quote"]) == ("Ivan Petrov", True)


def test_a_heading_in_single_quotes_continues_no_quote() -> None:
    body = (
        "Ferry captain Ivan Petrov said the engines were old. ''We asked for new engines in "
        "2019,'' he said. ''Nobody answered our letters.''\n\n"
        "'A winter without ferries.'\n\n"
        "The harbour board meets again on Monday."
    )
    assert claim(body, "winter without ferries")["speaker"] is None
    assert claim(body, "Nobody answered")["speaker"] == "Ivan Petrov"


def test_pronoun_resolved_only_when_unambiguous() -> None:
    one = (
        "Ferry captain Ivan Petrov spoke to reporters at the pier. “The engines are forty years"
        " old and they fail every winter,” he said."
    )
    assert attr(one, "engines are forty")[0] == "Ivan Petrov"
    two = (
        "Ferry captain Ivan Petrov spoke after his deputy John Ames had left the pier. “The "
        "engines are forty years old and they fail every winter,” he said."
    )
    assert attr(two, "engines are forty")[0] == "he"
    other = (
        "Ferry captain Ivan Petrov spoke to reporters at the pier. “The engines are forty years"
        " old and they fail every winter,” she said."
    )
    assert attr(other, "engines are forty")[0] == "she"


def test_outlet_voice_and_scare_quotes_have_no_speaker() -> None:
    body = "The council approved the “bridge tax” in a late vote on Tuesday after a long debate."
    assert attr(body, "approved the")[0] is None
    body = "A new report on the ferry shows the costs rose by 40 percent in one year."
    c = claim(body, "costs rose")
    assert c["speaker"] is None or "report" in c["speaker"]  # never "ferry"


def test_an_article_alone_names_nobody() -> None:
    from annotator.split.attribution import Tracker, resolve

    assert [resolve(p, Tracker()) for p in ("The", "Die", "la", "a")] == [None] * 4
    body = "“The bridge will open in May next year and not before,” said The."
    assert claim(body, "bridge will open")["speaker"] is None


def test_a_signed_quotation_names_its_speaker() -> None:
    body = "“The ferry must run all winter, not only in the summer months.” ― Carla Mendes."
    assert attr(body, "ferry must run") == ("Carla Mendes", "―", True)
