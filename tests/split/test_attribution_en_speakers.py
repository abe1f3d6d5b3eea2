"""English attribution: which of several possible speakers a sentence gets (the one whose cue
governs the content), on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import attribution_cases


def claim(body: str, fragment: str) -> dict[str, Any]:
    return attribution_cases.claim(body, fragment, pronoun_mentions=True)


def test_saying_before_a_quote_is_the_main_subjects() -> None:
    body = (
        "On Thursday, Ann Liddell appeared with the harbour master and endorsed Fairley, "
        "saying, “He is the one who can finish the bridge before the winter storms.”\n\n"
        'Tom Fairley fought the plan, saying in his court papers that the vote "has never been '
        'legal in this harbour town."'
    )
    assert claim(body, "finish the bridge")["speaker"] == "Ann Liddell"
    assert claim(body, "court papers")["speaker"] == "Tom Fairley"


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


def test_a_closing_clause_of_evidence_does_not_frame_what_a_named_subject_said() -> None:
    body = (
        "Ann Liddell said the tapes do not show whether the clerk signed the lease, which she "
        "said was never filed, the footage showed.\n\n"
        "The bridge will cost twice what the council said in March, the harbour audit found."
    )
    assert claim(body, "tapes do not show")["speaker"] == "Ann Liddell"
    assert claim(body, "twice what")["speaker"] == "harbour audit"


def test_a_closing_clause_with_its_own_that_clause_does_not_frame() -> None:
    body = "Ann Liddell said the vote was fair, and the harbour master said that it was not."
    assert claim(body, "vote was fair")["speaker"] == "Ann Liddell"


def test_the_addressee_of_told_is_not_the_speaker() -> None:
    body = (
        "“The council feels squeezed from every side and is running out of time,” a harbour "
        "official, who asked that her name be kept out of print, told the Harbour Gazette.\n\n"
        "Ann Liddell - the mayor's sister and co-owner of the ferry company - told the Harbour "
        "Gazette that the bridge would ruin the ferry trade within a year."
    )
    assert claim(body, "running out of time")["speaker"] == "harbour official"
    c = claim(body, "ruin the ferry")
    assert c["speaker"] == "Ann Liddell"


def test_a_subject_before_a_dash_apposition_speaks() -> None:
    body = (
        "Tom Fairley — a teacher from the old town who opposed the first plan — says the "
        "bridge will cost twice what the council promised."
    )
    assert claim(body, "cost twice")["speaker"] == "Tom Fairley"


def test_a_pronoun_opening_a_clause_refers_to_the_main_subject() -> None:
    body = (
        "Peter Fairley met Ann Liddell and John Kemp on Monday, a week before he announced that "
        "the ferry company would close.\n\n"
        "Local investors bought shares in the ferry company last week, implying that they "
        "expect the bridge to be delayed again."
    )
    assert claim(body, "met Ann Liddell")["speaker"] == "Peter Fairley"
    assert claim(body, "Local investors")["speaker"] == "Local investors"


def test_a_parenthetical_pronoun_is_not_bound_to_the_sentence_subject() -> None:
    body = (
        "“We will build it,” said Ann Liddell, the mayor.\n\n"
        "The bigger risk, she said, is a storm that closes the harbour for a month."
    )
    assert claim(body, "bigger risk")["speaker"] == "Ann Liddell"


def test_a_framed_quote_keeps_its_frames_speaker_over_sentences() -> None:
    body = (
        "“We will build it,” said Ann Liddell, the mayor.\n\n"
        "Tom Fairley told the Harbour Gazette on Monday that he backs the plan because “the "
        "town needs a bridge. We need it before the winter storms close the harbour again.”"
    )
    assert claim(body, "We need it before")["speaker"] == "Tom Fairley"


def test_a_cue_after_a_finished_quote_starts_the_next_sentence() -> None:
    body = (
        "“We will build it,” said Ann Liddell, the mayor. She called the delay “a disgrace.” "
        "Tom Fairley warned that the council would need another year to find the money."
    )
    assert claim(body, "called the delay")["speaker"] in ("Ann Liddell", "she")
    assert claim(body, "another year")["speaker"] == "Tom Fairley"


def test_cue_forms_in_a_sense_that_reports_nothing() -> None:
    body = (
        "Ann Liddell won the harbour seat last year, thanks to her early decision to canvass in "
        "the old town.\n\n"
        "The new toll is adding to the confusion about who will pay for the bridge in the end.\n\n"
        "Tom Fairley maintained an energetic pace of meetings with the ferry owners all winter.\n\n"
        "Tom Fairley maintained that the ferry owners had been promised a share of the tolls."
    )
    assert claim(body, "early decision")["speaker"] is None
    assert claim(body, "confusion")["speaker"] is None
    assert claim(body, "energetic pace")["speaker"] is None
    assert claim(body, "promised a share")["speaker"] == "Tom Fairley"


def test_a_name_never_runs_over_a_full_stop() -> None:
    body = (
        "Sen. Peter Fairley spent the morning on Capitol Hill. Fairley said the bridge money "
        "would be in the budget by March.\n\n"
        "Harbour master Ann Liddell met him in Dover Harbour. Liddell told reporters that the "
        "council would vote next week."
    )
    assert claim(body, "bridge money")["speaker"] == "Peter Fairley"
    assert claim(body, "vote next week")["speaker"] == "Ann Liddell"


def test_an_acronym_before_a_word_names_a_body() -> None:
    """ "XYZ News" is a body's name, not "News"; the acronym still drops before a person's
    name ("NATO Secretary General Jens Stoltenberg")."""
    body = (
        "The ferry service will stop in March, KTV News reported on Monday. "
        "The harbour will stay open all winter, HBA Director Ann Liddell said."
    )
    assert claim(body, "ferry service")["speaker"] == "KTV News"
    assert claim(body, "stay open")["speaker"] == "Ann Liddell"


def test_a_count_of_a_group_speaks_as_one_of_them() -> None:
    body = (
        "“The ferry will be back by spring,” said one of the harbour pilots.\n\n"
        "One of the ferry captains has hinted on the radio that he could back the toll.\n\n"
        "Two of Ann Liddell's aides said the vote would be close.\n\n"
        "One of the reasons for the delay, Tom Fairley said, is the toll."
    )
    assert claim(body, "back by spring")["speaker"] == "one of the harbour pilots"
    assert claim(body, "he could back")["speaker"] == "One of the ferry captains"
    assert claim(body, "would be close")["speaker"] == "Two of Ann Liddell's aides"
    assert claim(body, "the delay")["speaker"] == "Tom Fairley"  # not "One of the reasons"


def test_a_phrase_after_described_as_is_a_predicate_not_a_speaker() -> None:
    body = (
        "A newly released memo shows the name of Mr. Tom Fairley, described as one of Brill's "
        "most gifted pilots, among those on a long list of guests invited to the pier."
    )
    found = claim(body, "gifted pilots")
    assert found["speaker"] != "one of Brill's most gifted pilots"
    assert "Brill" not in (found["speaker"] or "")


def test_a_lower_case_subject_before_a_time_phrase_speaks() -> None:
    body = (
        "The report was shelved; the harbour editor at the time said the piece made Ann Liddell "
        "look too kind.\n\n"
        "Last June, Fairley gathered senior pilots for a planning session to draw up plans to "
        "dredge the harbour."
    )
    assert claim(body, "look too")["speaker"] == "harbour editor"
    assert claim(body, "draw up plans")["speaker"] is None  # not "Fairley gathered senior pilots"


def test_a_count_after_the_cue_keeps_its_group_after_any_determiner() -> None:
    body = (
        "“The toll will sink us,” said one of two skippers who asked that their names be kept "
        "out of the paper.\n\n"
        "“The fees will ruin us,” said one of those harbour traders.\n\n"
        "“The new toll is fair,” said a spokesman for his harbour office."
    )
    assert claim(body, "sink us")["speaker"] == "one of two skippers"
    assert claim(body, "ruin us")["speaker"] == "one of those harbour traders"
    assert claim(body, "is fair")["speaker"] == "spokesman"  # the office is no count's group
