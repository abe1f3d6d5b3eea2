"""A speaker read from inside a short quoted phrase that names no one (a slogan, a remark, a
campaign's name) is none; a quoted name that is the cue's subject, and a title after "according
to", keep theirs (`split/quoted_phrases.py`)."""

from __future__ import annotations

from attribution_cases import claim


def test_a_quoted_slogan_before_its_noun_is_no_speaker() -> None:
    body = (
        'When Ames stirs anger with his "Harbour Lions" remark and weakens trust in the ferry '
        "vote by suggesting the count was rigged, the captains lose patience.\n\n"
        "The town's “Quiet Harbour Pledge” campaign, seeks to ban night ferries and is aimed "
        "at noisy pubs."
    )
    assert claim(body, "the captains lose patience")["speaker"] is None
    assert claim(body, "ban night ferries")["speaker"] is None


def test_a_quoted_remark_that_runs_on_is_no_speaker() -> None:
    body = (
        'As the hearing dragged on and Ames stood by his claim Friday that "Bramley cheats '
        'us," refusing to admit that the board had kept its promises, Voss left the room.'
    )
    assert claim(body, "refusing to admit")["speaker"] is None


def test_a_quoted_name_before_its_cue_is_the_speaker() -> None:
    body = "A harbour newsletter called “The Quayside” reported that the ferry toll would rise."
    assert claim(body, "ferry toll would rise")["speaker"] == "Quayside"


def test_a_title_after_according_to_is_the_source() -> None:
    body = (
        "According to ''The Quays: Three Families That Built a Harbour,'' by Tom Ames, Voss "
        "told her brother that the ferry would never pay."
    )
    assert claim(body, "the ferry would never pay")["speaker"] == "Quays"
