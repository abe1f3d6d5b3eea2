"""English attribution: which of several possible speakers a sentence gets (the one whose cue
governs the content), on sentences written for these tests."""

from __future__ import annotations

from typing import Any

from annotator.split.document import RawDocument
from annotator.split.pipeline import split_document

HEAD = "Harbour town votes on the new bridge plan\n\n"


def claim(body: str, fragment: str) -> dict[str, Any]:
    text = HEAD + body
    out = split_document(RawDocument(path="case.txt", format="txt", text=text)).claims
    hits = [c for c in out if fragment in c["text"]]
    assert hits, fragment
    c = hits[0]
    if c["speaker_start"] is not None:
        assert c["speaker"].split()[-1] in text[c["speaker_start"] : c["speaker_end"]]
    return c


def test_saying_before_a_quote_is_the_main_subjects() -> None:
    body = (
        "On Thursday, Ann Liddell appeared with the harbour master and endorsed Fairley, "
        "saying, “He is the one who can finish the bridge before the winter storms.”\n\n"
        'Tom Fairley opposed the effort, saying in court files that the vote "has never been '
        'legal in this harbour town."'
    )
    assert claim(body, "finish the bridge")["speaker"] == "Ann Liddell"
    assert claim(body, "court files")["speaker"] == "Tom Fairley"


def test_a_partial_quote_with_its_own_speaker_is_not_carried_over() -> None:
    body = (
        "“We will vote against the plan on Monday,” Tom Fairley said at the meeting. "
        "Ann Liddell called the council's delay “a waste of everybody's time.”"
    )
    assert claim(body, "called the council")["speaker"] == "Ann Liddell"
    assert claim(body, "vote against")["speaker"] == "Tom Fairley"


def test_a_closing_reporting_clause_frames_the_sentence() -> None:
    body = (
        "Ann Liddell told investigators in July that she was advised by the harbour master to "
        "sign the contract, the Harbour Gazette reported late Thursday.\n\n"
        "The bridge will cost twice what the council said in March, engineers say."
    )
    assert claim(body, "told investigators")["speaker"] == "Harbour Gazette"
    assert claim(body, "twice what")["speaker"] == "engineers"


def test_a_closing_clause_with_its_own_that_clause_does_not_frame() -> None:
    body = "Ann Liddell said the vote was fair, and the harbour master said that it was not."
    assert claim(body, "vote was fair")["speaker"] == "Ann Liddell"
