"""English that-clauses held by the subject of a verb outside the cue lexicon ("The board
calculates that …", "Doe noticed that …"), and the nouns, objects and demonstratives before
"that" that must stay without a speaker."""

from __future__ import annotations

import pytest
from attribution_cases import claim

from annotator.split.complements import that_frame


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("The Harbour Board calculates that the toll will raise $4 million.", "raise", "Board"),
        ("Ann Liddell noticed that none of the ferries left on time.", "ferries", "Liddell"),
        ("Ferry captains quickly learned that the channel was too shallow.", "shallow", "captains"),
        (
            "Tom Fairley, the harbour master, anticipated that the bridge would open late.",
            "open late",
            "Tom Fairley",
        ),
        ("The pilots' union has calculated that 40 jobs would go.", "40 jobs", "union"),
        ("After the vote, Ann Liddell intimated that the council had lied.", "lied", "Liddell"),
    ],
)
def test_a_verb_before_that_names_its_subject(body: str, fragment: str, speaker: str) -> None:
    c = claim(body, fragment)
    assert speaker in (c["speaker"] or ""), c["speaker"]
    assert c["cue"].endswith(" that")


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("The council could not register the harbour workers that came late.", "came late"),
        ("He recalled the false accusations that the ferry was unsafe in May.", "unsafe"),
        ("Last week proved that the old bridge can carry heavy lorries.", "lorries"),
        ("As the chance grows that the ferry stops, the town is worried.", "worried"),
        ("The pilots needed that money to repair the old harbour boats.", "repair"),
        ("Ann Liddell has not endorsed that plan for the old bridge yet.", "endorsed"),
        ("The new toll so annoyed harbour officials that they left the meeting.", "left"),
    ],
)
def test_nouns_objects_and_demonstratives_name_nobody(body: str, fragment: str) -> None:
    cue = claim(body, fragment)["cue"] or ""
    assert not cue.endswith(" that"), cue


def test_the_frame_spans_subject_and_cue() -> None:
    text = "The Harbour Board calculates that the toll will raise money."
    span, cue, end = that_frame(text, 0, len(text), lambda i: False) or ((0, 0), "", 0)
    assert text[span[0] : span[1]] == "The Harbour Board"
    assert cue == "calculates that"
    assert text[end:].startswith("the toll")


def test_inside_a_quote_the_frame_is_not_read() -> None:
    text = "The Harbour Board calculates that the toll will raise money."
    assert that_frame(text, 0, len(text), lambda i: True) is None


def test_a_quoted_label_after_as_is_the_subjects() -> None:
    body = "Ann Liddell heralded the new ferry deal as a “breakthrough” for the town."
    c = claim(body, "breakthrough")
    assert (c["speaker"], c["cue"]) == ("Ann Liddell", "heralded as")


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("The harbour guide is described on the website as a “riveting book” for all.", "guide"),
        ("The pilots searched their logs for words such as “storm” and “fog” all week.", "logs"),
        ("The old pier is known to sailors as “the widowmaker” in the harbour.", "pier"),
    ],
)
def test_passives_and_examples_before_a_quoted_label_name_nobody(body: str, fragment: str) -> None:
    assert claim(body, fragment)["speaker"] is None
