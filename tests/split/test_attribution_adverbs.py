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
    body = "Nearly eight in 10 harbour pilots overall said they are done with the old toll."
    assert "pilots" in (claim(body, "done with")["speaker"] or "")


def test_a_negation_before_the_cue_keeps_the_subject() -> None:
    body = (
        "The harbour authority has not yet responded to questions about the ferry schedule.\n\n"
        "Mayor Ann Liddell didn’t say whether the new quay would open before the winter.\n\n"
        "The ferry owners would only say that the bridge tolls were a matter for the council."
    )
    assert claim(body, "ferry schedule")["speaker"] == "harbour authority"
    assert claim(body, "new quay")["speaker"] == "Ann Liddell"
    assert claim(body, "bridge tolls")["speaker"] == "ferry owners"


def test_a_modal_before_the_cue_still_names_no_subject() -> None:
    body = "Anyone crossing the bridge should remember that the tolls rise again in the spring."
    assert claim(body, "tolls rise")["speaker"] is None


def test_adverbs_inside_a_progressive_keep_its_cue() -> None:
    body = (
        "The harbour board is also urging residents to keep off the old pier.\n\n"
        "Ferry captains are increasingly warning that the channel silts up too fast."
    )
    assert claim(body, "keep off the old pier")["speaker"] == "harbour board"
    assert claim(body, "channel silts up")["speaker"] == "Ferry captains"


def test_an_adverb_between_a_comma_and_an_ing_cue_keeps_the_main_subject() -> None:
    body = (
        "Mayor Ann Liddell had her answer ready, quickly reminding the council that the "
        "ferry tolls had doubled in two years."
    )
    assert claim(body, "ferry tolls")["speaker"] == "Ann Liddell"


def test_perhaps_or_still_between_a_comma_and_an_ing_cue_keeps_the_main_subject() -> None:
    body = (
        "The harbour aides were upbeat after the vote, perhaps recognizing that the ferry "
        "plan had won over the council.\n\n"
        "Mayor Ann Liddell took a softer tone, still calling on the board to cut the tolls "
        "before the summer."
    )
    assert claim(body, "won over")["speaker"] == "harbour aides"
    assert claim(body, "cut the tolls")["speaker"] == "Ann Liddell"


def test_have_since_and_alike_stand_between_a_subject_and_its_cue() -> None:
    body = (
        "Harbour skippers have since said the toll is a tax on the poor.\n\n"
        "Pilots and ferry owners alike denounced the toll as a tax on the port."
    )
    assert claim(body, "tax on the poor")["speaker"] == "Harbour skippers"
    assert claim(body, "tax on the port")["speaker"] == "ferry owners"


def test_a_long_adverb_or_later_before_an_ing_cue_keeps_the_main_subject() -> None:
    body = (
        "Tom Greer stuck to the timetable at first but grew sharper with the board, "
        "eventually saying the new toll would ruin the island ferries.\n\n"
        "Ann Liddell, later claiming that the pier was safe, reopened the quay in May."
    )
    assert claim(body, "ruin the island")["speaker"] == "Tom Greer"
    assert claim(body, "pier was safe")["speaker"] == "Ann Liddell"


def test_even_before_an_ing_form_is_no_comma_adverb() -> None:
    body = (
        "But Tom Greer, who runs the harbour cafe, has joined the fun, even offering "
        "a special regatta cake called the Lundby Gale."
    )
    assert claim(body, "regatta cake")["speaker"] is None
