"""A cue verb of saying or holding a view after "can", "should" or "must" names its subject
when no other cue of the sentence does (issue 10 recall); verbs of doing, subjects inside a
clause and sentences with a report of their own keep what they had."""

from __future__ import annotations

import random

import pytest
from attribution_cases import claim

from annotator.split.modal_cues import _MODAL_CUE, MODAL_GATE
from annotator.split.word_gates import word_set


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("The ferry board should formally ask the auditor to check the fares.", "fares", "board"),
        ("Ann Liddell can barely believe the pier is finally open.", "pier", "Ann Liddell"),
        ("The island council must also acknowledge the damage to the old quay.", "quay", "council"),
    ],
)
def test_a_modal_before_a_verb_of_saying_names_its_subject(
    body: str, fragment: str, speaker: str
) -> None:
    assert speaker in (claim(body, fragment)["speaker"] or "")


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("Ann Liddell can offer the pilots a new berth by June.", "berth"),  # an ability
        ("The toll is the one thing that most skippers can accept without a fight.", "fight"),
        ("The rain should favor the home side in the regatta.", "regatta"),
    ],
)
def test_verbs_of_doing_and_clause_subjects_name_nobody(body: str, fragment: str) -> None:
    assert claim(body, fragment)["speaker"] is None


def test_a_report_in_the_sentence_keeps_its_speaker() -> None:
    body = "Tom Greer argued that skippers should consider a winter timetable."
    assert claim(body, "winter timetable")["speaker"] == "Tom Greer"


def test_the_gate_is_open_wherever_the_pattern_matches() -> None:
    rng = random.Random(7)
    parts = ["can ", "should ", "must ", "Can ", "can't ", "also ", "ask ", "barely ", " ", "x"]
    hits = 0
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 8)))
        if _MODAL_CUE.search(text) is not None:
            assert MODAL_GATE.open(word_set(text, 0, len(text))), repr(text)
            hits += 1
    assert hits > 100
