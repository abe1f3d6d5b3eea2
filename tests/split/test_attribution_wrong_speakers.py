"""Wrong speakers: the object after a verb of action is no inverted subject, "according to a
tally by X" names X, a noun-like cue that ends a sentence reporting nothing or that a modal
follows is a noun, and "she" with no woman named before goes to the speaker before."""

from __future__ import annotations

from attribution_cases import claim


def test_the_object_after_a_verb_of_action_is_no_inverted_speaker() -> None:
    body = (
        "The council met on Monday.\n\n"
        "Ms. Roe, who has called the new toll ''plainly unfair,'' portrayed the harbour "
        "council as a temporary nuisance."
    )
    assert claim(body, "temporary nuisance")["speaker"] != "harbour council"


def test_according_to_a_record_names_its_author() -> None:
    body = (
        "Ferry traffic rose by a third last year, according to a tally by the Harbour Trust.\n\n"
        "Ferry traffic fell in spring, according to a survey of the pier shops."
    )
    assert claim(body, "rose by a third")["speaker"] == "Harbour Trust"
    assert claim(body, "fell in spring")["speaker"] == "survey of pier shops"  # no author


def test_a_noun_like_cue_ending_a_bare_sentence_reports_nothing() -> None:
    body = "Mixed signals on the harbour toll plan.\n\nThe ferry ran late on Monday again."
    assert claim(body, "Mixed signals")["speaker"] is None


def test_a_noun_like_cue_before_a_modal_is_a_noun() -> None:
    body = (
        "The council's bridge plans would cost twice as much as the ferry.\n\n"
        "It was a move that the council hopes will calm the ferry captains."
    )
    assert claim(body, "cost twice")["speaker"] is None
    assert claim(body, "calm the ferry")["speaker"] == "council"  # a relative clause: a verb


def test_she_with_no_woman_named_goes_to_the_speaker_before() -> None:
    body = (
        "The harbour master said the pier needed repairs before the winter.\n\n"
        "After all, she added, the storms had grown worse every year."
    )
    c = claim(body, "storms had grown", pronoun_mentions=True)
    assert c["speaker"] == "harbour master"
