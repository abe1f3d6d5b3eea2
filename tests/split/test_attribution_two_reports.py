"""A sentence with two reports of different speakers gives one claim unit per report."""

from __future__ import annotations

from typing import Any

from annotator.split.document import RawDocument
from annotator.split.document_rows import claim_id, split_document

HEAD = "Harbour town votes on the new bridge plan\n\n"


def units(body: str) -> tuple[str, str, list[dict[str, Any]]]:
    """The document text, its id and the claim units of `body` (the heading left out)."""
    text = HEAD + body
    doc = split_document(RawDocument(path="case.txt", format="txt", text=text))
    return text, doc.document["id"], [c for c in doc.claims if c["start"] >= len(HEAD)]


def check_spans(text: str, claims: list[dict[str, Any]]) -> None:
    """Every unit slices back from the document; its speaker and content lie inside it, and
    it sits inside its context paragraph."""
    for c in claims:
        assert text[c["start"] : c["end"]] == c["text"]
        if c["speaker"]:
            assert c["start"] <= c["speaker_start"] < c["speaker_end"] <= c["end"]
            assert c["start"] <= c["content_start"] < c["content_end"] <= c["end"]
        offset = c["start"] - c["context_start"]
        assert c["context"][offset : offset + len(c["text"])] == c["text"]


def test_while_between_two_reports_gives_two_units() -> None:
    text, _, claims = units(
        "Mayor Ellen Varga said the bridge would be finished by June, while deputy mayor "
        "Tom Quist said the works would run into the autumn."
    )
    assert [(c["speaker"], c["cue"]) for c in claims] == [
        ("Ellen Varga", "said"),
        ("Tom Quist", "said"),
    ]
    assert claims[0]["text"] == "Mayor Ellen Varga said the bridge would be finished by June"
    assert claims[1]["text"] == "deputy mayor Tom Quist said the works would run into the autumn."
    assert "autumn" in text[claims[1]["content_start"] : claims[1]["content_end"]]
    check_spans(text, claims)


def test_opening_while_clause_is_a_report_of_its_own() -> None:
    text, _, claims = units(
        "While council member Ada Brink argued that the tolls were too high, the ferry "
        "company insisted the crossing could not pay for itself."
    )
    assert [c["speaker"] for c in claims] == ["Ada Brink", "ferry company"]
    assert claims[0]["text"].startswith("While council member Ada Brink argued")
    assert claims[1]["text"].startswith("the ferry company insisted")
    check_spans(text, claims)


def test_a_quote_with_its_own_cue_then_a_second_source() -> None:
    text, _, claims = units(
        "“We will open the bridge on time,” Varga said, but engineer Rolf Ness told reporters "
        "the steel had not yet arrived."
    )
    assert [c["speaker"] for c in claims] == ["Varga", "Rolf Ness"]
    assert claims[0]["quote"] and not claims[1]["quote"]
    assert text[claims[0]["content_start"] : claims[0]["content_end"]] == (
        "We will open the bridge on time,"
    )
    check_spans(text, claims)


def test_counted_groups_of_a_survey_are_two_speakers() -> None:
    text, _, claims = units(
        "About four in 10 residents said the tolls were fair, and six in 10 said the old ferry "
        "had been good enough."
    )
    assert len(claims) == 2
    assert "residents" in claims[0]["speaker"]
    assert "six in 10" in claims[1]["speaker"]
    check_spans(text, claims)


def test_the_sentence_speaker_keeps_its_part_whatever_its_cue() -> None:
    # the first report's cue ("has long opposed") is the sentence's; only the new part needs a
    # verb of saying and a named speaker at its head
    text, _, claims = units(
        "The ferry company has long opposed a crossing without tolls, and deputy mayor "
        "Tom Quist said the town would not cover the losses."
    )
    assert [c["speaker"] for c in claims] == ["ferry company", "Tom Quist"]
    check_spans(text, claims)


def test_one_speaker_keeps_the_whole_sentence_and_its_id() -> None:
    for body in (
        # the same speaker goes on, named again
        "Varga said the bridge would open in June, but Varga said the date could slip.",
        # a pronoun names no second source
        "Varga said the bridge would open in June, and she said the tolls would stay low.",
        # a verb phrase without a subject of its own
        "Varga said the bridge would open in June, and told reporters the tolls would stay low.",
        # a clause inside a noun phrase ("everything Quist says") is no report of its own
        "While not everything Quist says is wrong, Varga said the tolls would stay low.",
        # no speech cue after the boundary
        "Varga said the bridge would open in June, but the steel works closed in May.",
    ):
        text, doc_id, claims = units(body)
        assert len(claims) == 1, body
        c = claims[0]
        assert c["text"] == body and c["start"] == len(HEAD)
        assert c["id"] == claim_id(doc_id, len(HEAD), len(text), body)


def test_a_frame_over_the_whole_sentence_is_not_split() -> None:
    for body in (
        # "according to" opening the sentence speaks for all of it
        "According to the harbour board, the tolls will rise, and the mayor told the "
        "council the rise was needed.",
        # a poll's findings may go on after the boundary
        "The survey showed that most residents back the bridge, and 40 percent said the "
        "tolls were too high.",
        # a closing frame may speak for the whole sentence
        "Varga told the council the tolls would stay, but the board overruled her, "
        "an aide to the mayor said.",
        # the last item of a list is no clause of its own
        "Varga thanked Quist, Ness, and the harbour board said the works were on time.",
    ):
        _, _, claims = units(body)
        assert len(claims) == 1, body


def test_a_closing_frame_of_the_first_report_and_a_progressive_cue_split() -> None:
    text, _, claims = units(
        "The ferry was sold for far too little in 2011, the mayor said, but harbour experts "
        "say it is now worth about a million.\n\n"
        "Mayor Ann Lee has vowed to finish the bridge by May, and Tom Wells is promising to "
        "stop it in court."
    )
    assert [(c["speaker"], c["cue"]) for c in claims] == [
        ("mayor", "said"),
        ("harbour experts", "say"),
        ("Ann Lee", "vowed"),
        ("Tom Wells", "promising"),
    ]
    assert claims[0]["text"] == "The ferry was sold for far too little in 2011, the mayor said"
    assert claims[3]["text"] == "Tom Wells is promising to stop it in court."
    check_spans(text, claims)


def test_two_shares_of_voters_are_two_speakers() -> None:
    text, _, claims = units(
        "More than seven in 10 said the bridge debate bored them; 46 percent said "
        "they were unhappy with the plan."
    )
    assert [c["speaker"] for c in claims] == ["More than seven in 10", "46 percent"]
    assert claims[1]["text"] == "46 percent said they were unhappy with the plan."
    check_spans(text, claims)


def test_a_closing_frame_of_the_last_report_still_keeps_one_unit() -> None:
    _, _, claims = units(
        "The ferry will run until May, but the bridge opens in June, the mayor said on Monday."
    )
    assert len(claims) == 1 and claims[0]["speaker"] == "mayor"


def test_another_after_one_source_is_the_second_speaker() -> None:
    text, _, claims = units(
        "One survey says Valdor has the most lighthouses in the north, while another says "
        "Tallin has twice as many."
    )
    assert [c["speaker"] for c in claims] == ["survey", "another"]
    check_spans(text, claims)


def test_and_without_a_comma_before_a_new_speaker_and_cue_gives_two_units() -> None:
    text, _, claims = units(
        "One in three said the ferry fares were too high and one in five said the new "
        "bridge would be a waste of money."
    )
    assert [c["speaker"] for c in claims] == ["One in three", "one in five"]
    assert claims[1]["text"] == "one in five said the new bridge would be a waste of money."
    check_spans(text, claims)


def test_and_before_a_speaker_far_from_its_cue_keeps_one_unit() -> None:
    _, _, claims = units(
        "Mayor Ellen Varga praised the talks between fishermen and engineers and said the "
        "bridge would open in June."
    )
    assert len(claims) == 1 and claims[0]["speaker"] == "Ellen Varga"


def test_opening_when_clause_is_a_report_of_its_own() -> None:
    text, _, claims = units(
        "But even as harbour master Lena Okafor claimed the pier was safe, the ferry "
        "company said its boats would stay away until spring."
    )
    assert [c["speaker"] for c in claims] == ["Lena Okafor", "ferry company"]
    assert claims[0]["text"].startswith("But even as harbour master Lena Okafor claimed")
    assert claims[1]["text"].startswith("the ferry company said")
    check_spans(text, claims)


def test_opening_when_clause_before_a_closing_frame_stays_one_unit() -> None:
    _, _, claims = units(
        "When Okafor said at the meeting that the pier was safe, he “lost every fisherman in "
        "the room,” said Piet Landvik, a ferry captain who has sailed the strait for decades."
    )
    assert [c["speaker"] for c in claims] == ["Piet Landvik"]


def test_probe_attributions_leave_the_gender_table_alone_unless_split() -> None:
    """The parts' probe attributions learn the speakers' genders on a copy of the tracker's
    table: kept when the sentence is split, dropped when it is not."""
    from annotator.split.indirect import attribute_sentence
    from annotator.split.reports import split_reports
    from annotator.split.tracker import Tracker

    split = (
        "Mayor Ellen Varga said the bridge would be finished by June, while Mrs. Dale Quist "
        "said the works would run late."
    )
    # a finding first: never split off, so what the parts' probes learnt is dropped
    kept = (
        "The survey showed that ferry fares rose sharply, but Mrs. Dale Quist said the "
        "crossing was still cheaper."
    )
    for text, parts, genders in ((split, 2, {"Dale Quist": "f"}), (kept, 0, {})):
        tracker = Tracker(lang="en")
        attr = attribute_sentence(text, 0, len(text), tracker, [])
        assert attr is not None
        before = dict(tracker.genders)
        found = split_reports(text, 0, len(text), attr, tracker, [])
        assert len(found or []) == parts
        assert tracker.genders == before | genders


def test_a_stand_taken_or_an_expectation_is_a_report_of_its_own() -> None:
    _, _, claims = units(
        "After the pilots unanimously opposed a rise in the harbour toll, Ada Brink reminded "
        "the board that she had voted for it."
    )
    assert [(c["speaker"], c["cue"]) for c in claims] == [
        ("pilots", "opposed"),
        ("Ada Brink", "reminded"),
    ]
    _, _, claims = units(
        "Islanders close to the board don't expect a vote before the summer, but the mayor's "
        "friends expect the council to approve the bridge in May."
    )
    assert [c["speaker"] for c in claims] == ["Islanders", "mayor's friends"]


def test_an_opening_clause_with_no_report_stays_in_one_unit() -> None:
    _, _, claims = units(
        "After the pilots walked out of the harbour meeting, Ada Brink reminded the board that "
        "she had voted for the toll."
    )
    assert [(c["speaker"], c["cue"]) for c in claims] == [("Ada Brink", "reminded")]
