"""An adverb on its own ("sometimes", "Just", "Likewise") is never a speaker; a speaker after
one keeps its cue."""

from __future__ import annotations

from attribution_cases import claim


def test_an_adverb_alone_is_no_speaker() -> None:
    body = (
        "It can sometimes feel like the harbour council has already made up its mind.\n\n"
        "Just ask the ferry owners who waited three years for the new quay to open.\n\n"
        "Likewise, the mayor called for a second vote on the bridge plan in the spring."
    )
    assert claim(body, "made up its mind")["speaker"] is None
    assert claim(body, "ferry owners who waited")["speaker"] is None
    assert claim(body, "second vote")["speaker"] != "Likewise"


def test_a_speaker_after_an_adverb_keeps_its_cue() -> None:
    body = "Even Mayor Ann Liddell said that the bridge would cost twice as much as planned."
    assert claim(body, "twice as much")["speaker"] == "Ann Liddell"


def test_overall_after_the_subject_is_skipped_before_the_cue() -> None:
    body = "Nearly eight in 10 harbour voters overall said they have made up their minds."
    assert "voters" in (claim(body, "made up")["speaker"] or "")
