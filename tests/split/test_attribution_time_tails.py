"""English subjects before a time phrase and their cue (`split/time_tails.py`), on sentences
written for these tests: "this past week" and a span of time back from now ("less than two
weeks ago") end the subject; the time itself never speaks, nor a bracketed party label before it."""

from __future__ import annotations

import pytest

from tests.split.attribution_cases import claim


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "The harbour board less than ten days ago said that the ferry would stop in May.",
            "ferry would stop",
            "harbour board",
        ),
        ("The harbour board two weeks ago said the ferry would stop.", "ferry", "harbour board"),
        (
            "Tom Doe, the council chairman, this past week announced a toll on the new bridge.",
            "toll on the new bridge",
            "Tom Doe",
        ),
        ("Two years ago, the mayor said the ferry would stop.", "ferry", "mayor"),
    ],
)
def test_a_time_phrase_before_the_cue_ends_the_subject(
    body: str, fragment: str, speaker: str
) -> None:
    assert claim(body, fragment)["speaker"] == speaker


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "Sen. Ann Liddell (D-Maine) on Monday said the harbour toll would rise by 4 percent.",
            "harbour toll",
            "Ann Liddell",
        ),
        (
            "Rep. Tom Greer (R-Iowa) on Friday said that the ferry budget was cut by 7 million.",
            "ferry budget",
            "Tom Greer",
        ),
        ("Sen. Ann Liddell (D) last week said the ferry would stop.", "ferry", "Ann Liddell"),
        (
            "Rep. Tom Greer (D-N.M.) on Monday told reporters the bridge would open in June.",
            "bridge would open",
            "Tom Greer",
        ),
        (
            "Sen. Ann Liddell (I-Vt.) on Monday also said the ferry would stop in May.",
            "ferry",
            "Ann Liddell",
        ),
        # an organisation's acronym in brackets is left as it was
        (
            "The Island Dockers Guild (IDG) on Monday said the ferry would stop in May.",
            "ferry",
            "IDG",
        ),
    ],
)
def test_a_bracketed_party_label_before_a_time_phrase_is_no_speaker(
    body: str, fragment: str, speaker: str
) -> None:
    assert claim(body, fragment)["speaker"] == speaker
