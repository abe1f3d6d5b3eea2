"""English attribution: a noun-like cue form right after a preposition is a noun ("built around
plans to …", "premiums for many plans rose"), and "published" with a time and no object after
it describes a work ("a paper published shortly before the speech", "an interview published
Thursday, …"), unlike "The Gazette published on Monday a report that …"; support by a margin is a
vote, "(think X …)" an example, "what X really believes" a thing named, "didn't feel well"
health and "feel a budget pinch" a thing sensed, "found it just before …" or "found a loyal
crowd in …" a thing found, "did not endorse a candidate" no one backed and "say goodbye to" a
greeting; an "-ing" cue form in a row of doings ("clapping, singing, chanting and waving") is an
activity seen, and one ending a relative clause whose "which" is its object ("the fees, which
Greer denies, …") reports nothing; on sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_cases import claim


def test_a_noun_like_form_after_a_preposition_is_a_noun() -> None:
    body = (
        "Roe has built her campaign around plans to ''widen the harbour'' before the winter.\n\n"
        "Fees for many plans rose by a third at the marina this spring."
    )
    assert claim(body, "widen the harbour")["speaker"] is None
    assert claim(body, "rose by a third")["speaker"] is None


def test_published_with_a_time_describes_a_work() -> None:
    body = (
        "The toll is taken almost whole from a paper published just before the council "
        "meeting on the pier.\n\n"
        "In an interview with the Harbour Gazette published Thursday, Roe did not rule out a "
        "second ferry.\n\n"
        "A study published Friday found that the ferry ran late on most days."
    )
    assert claim(body, "taken almost whole")["speaker"] is None
    assert claim(body, "second ferry")["speaker"] != "Harbour Gazette"
    assert claim(body, "ran late")["speaker"] == "study"  # the verb after the participle reports


def test_published_with_an_object_after_the_time_reports() -> None:
    body = "The Harbour Gazette published on Monday a report that the ferry ran late all year."
    assert claim(body, "ran late")["speaker"] == "Harbour Gazette"


def test_support_by_a_margin_is_a_vote() -> None:
    body = (
        "West Harbour used to be a reliable Labour town, supporting Jane Doe by five points over "
        "Tom Lee in 1988.\n\n"
        "Jane Doe is supporting the ferry plan because it is cheap."
    )
    assert claim(body, "reliable Labour town")["speaker"] is None
    assert claim(body, "ferry plan")["speaker"] == "Jane Doe"


def test_think_after_a_bracket_gives_an_example() -> None:
    body = "With an early win, a long-shot candidate (think Jane Doe in 1976) can catch fire."
    assert claim(body, "catch fire")["speaker"] is None


def test_feeling_well_is_health_no_view() -> None:
    body = (
        "But Roe didn't feel well and so missed the pier meeting.\n\n"
        "Many pilots feel the toll is unfair."
    )
    assert claim(body, "missed the pier")["speaker"] is None
    assert claim(body, "toll is unfair")["speaker"] == "Many pilots"


def test_feeling_a_thing_is_no_view() -> None:
    body = (
        "The harbour towns could feel a budget pinch if the ferry stops in the winter.\n\n"
        "The port authority felt the need to close the pier for repairs this spring.\n\n"
        "Many pilots feel a second ferry is needed on the route."
    )
    assert claim(body, "budget pinch")["speaker"] is None
    assert claim(body, "close the pier")["speaker"] is None
    assert claim(body, "second ferry")["speaker"] == "Many pilots"


def test_things_found_and_greetings_report_nothing() -> None:
    body = (
        "The pilot had lost his licence, but found it just before the ferry left the pier.\n\n"
        "The port crews started to find one another again after the long strike.\n\n"
        "Now the harbour board could say goodbye to the ferry toll money.\n\n"
        "The pilot found it difficult to leave the harbour town after the strike."
    )
    assert claim(body, "just before the ferry")["speaker"] is None
    assert claim(body, "find one another")["speaker"] is None
    assert claim(body, "say goodbye")["speaker"] is None
    assert claim(body, "difficult to leave")["speaker"] == "pilot"


# another sense of a cue form beside the one that reports: (id, body, fragment -> speaker)
SENSES = [
    (
        "a_way_found_is_a_means_and_no_finding",
        (
            "The harbour master found ways to keep the night ferry running through the storms.\n\n"
            "Ann Liddell has not found a way to lower the toll so far.\n\n"
            "Tom Greer found that the way to the old pier was closed for repairs."
        ),
        {"night ferry running": None, "lower the toll": None, "closed for repairs": "Tom Greer"},
    ),
    (
        "ones_own_way_found_is_a_way_gone",
        (
            "Every spring, a new wave of pilots finds its way to the small harbour town.\n\n"
            "Copies of the harbour log soon found their way onto the desks of three pilots.\n\n"
            "The inquiry found its own figures were wrong."
        ),
        {
            "small harbour town": None,
            "desks of three pilots": None,
            "figures were wrong": "inquiry",
        },
    ),
    (
        "a_thing_found_before_a_comma_or_a_place_is_no_finding",
        (
            "The harbour crew found the torn leaflets, burned them and went home.\n\n"
            "Tova Rensik found a loyal crowd in the fishing villages along the coast.\n\n"
            "The pier inquiry found the old crane was unsafe in strong wind."
        ),
        {
            "torn leaflets": None,
            "loyal crowd": None,
            "old crane was unsafe": "pier inquiry",
        },
    ),
    (
        "news_and_talk_is_a_radio_format",
        (
            "Island Radio's chief of news and talk Tom Greer called the show “the best ferry "
            "program on the air.”\n\n"
            "The harbour pilots talk about the ferry toll every Monday."
        ),
        {"best ferry program": "Tom Greer", "ferry toll every": "harbour pilots"},
    ),
    (
        "a_supporting_role_is_an_adjective",
        (
            "For Ms. Liddell, after almost nine years in the port's chief supporting role, the "
            "visit hinted at the job she sees for herself.\n\n"
            "The ferry union ran ads supporting Ann Liddell in the port race."
        ),
        {"hinted at the job": "visit", "in the port race": "ferry union"},
    ),
    (
        "once_agreed_is_a_participle",
        (
            "It could shape the talks over the role of the board in the harbour plan once "
            "agreed.\n\n"
            "The pilots agreed the toll would be paid in spring."
        ),
        {"harbour plan once": None, "paid in spring": "pilots"},
    ),
    (
        "denying_someone_a_thing_is_no_denial",
        (
            "Greer led a revolt on the budget and denied Liddell a final-night photograph.\n\n"
            "The board denied them any say in the pier plan.\n\n"
            "Greer denied Tuesday a report that the ferry would be sold to the mainland.\n\n"
            "Harbour arson suspect's brother denied bail.\n\n"
            "The two pilots were denied entry at the mainland port."
        ),
        {
            "final-night photograph": None,
            "any say in the pier": None,
            "brother denied bail": None,
            "denied entry at": None,
            "sold to the mainland": "Greer",
        },
    ),
    (
        "declaring_for_an_office_is_a_run",
        (
            "Many of Greer's bolder claims since he declared for mayor have come from fringe "
            "sites.\n\n"
            "The harbour board declared the old pier unsafe for the ferry."
        ),
        {"fringe sites": None, "pier unsafe": "harbour board"},
    ),
    (
        "endorsing_no_one_in_particular_is_no_stance",
        (
            "The ferry workers' guild did not endorse a candidate before the harbour vote.\n\n"
            "The ferry workers' guild endorsed Ann Liddell for harbour master on Tuesday."
        ),
        {"before the harbour vote": None, "Liddell for harbour master": "ferry workers' guild"},
    ),
    (
        "a_cue_ending_an_object_relative_clause_reports_nothing",
        (
            "The new pier fees, which Tom Greer denies, went up again in March.\n\n"
            "The island council dropped the ferry levy (which Ann Liddell defended) at the "
            "spring meeting.\n\n"
            "The harbour plan, which Ann Liddell said was too costly, lost the vote in March."
        ),
        {"pier fees": None, "spring meeting": None, "too costly": "Ann Liddell"},
    ),
    (
        "calling_into_a_show_is_a_call_on_air",
        (
            "Why had Tom Greer called into Ann Liddell's program on Island Radio, forcing the "
            "station to cut away?\n\n"
            "Greer called into question the board's figures on the toll."
        ),
        {"cut away": None, "figures on the toll": "Tom Greer"},
    ),
    (
        "writing_under_a_pen_name_reports_nothing",
        (
            "Greer wrote under the pseudonym “Captain Fog,” but it did not help him much.\n\n"
            "Greer wrote that the toll was unfair to the islanders."
        ),
        {"Captain Fog": None, "unfair to the islanders": "Greer"},
    ),
    (
        "think_twice_is_caution_and_no_view",
        (
            "The skippers will pay more, so they will think twice before booking the night "
            "ferry.\n\n"
            "The pilots think the new toll is unfair to islanders."
        ),
        {"booking the night ferry": None, "unfair to islanders": "pilots"},
    ),
    (
        "may_want_to_is_advice_and_no_wish",
        (
            "Tom Greer may want to check his ferry figures.\n\n"
            "The pilots want to end the toll on the night ferry."
        ),
        {"ferry figures": None, "end the toll": "pilots"},
    ),
    (
        "what_a_subject_wants_or_believes_is_a_thing_named",
        (
            "The vote left the pilots wondering what Tom Greer really believes.\n\n"
            "Nobody on the quay knows what exactly the harbour board wants in the timetable.\n\n"
            "Tom Greer believes the old pier will close in May."
        ),
        {"really believes": None, "wants in the timetable": None, "old pier": "Tom Greer"},
    ),
]


@pytest.mark.parametrize(("body", "speakers"), [c[1:] for c in SENSES], ids=[c[0] for c in SENSES])
def test_another_sense_of_a_cue_form(body: str, speakers: dict[str, str | None]) -> None:
    for fragment, speaker in speakers.items():
        assert claim(body, fragment)["speaker"] == speaker, fragment


def test_an_ing_cue_form_in_a_row_of_doings_reports_nothing() -> None:
    body = (
        "Fans gathered on the quay on Monday, clapping, singing, chanting and waving blue flags "
        "to greet the ferry.\n\n"
        "Letters are piled on the desk, where Ann Liddell sat sorting and responding to each one.\n\n"
        'The pilots gathered on the quay, chanting and waving flags: "No toll, no ferry!"\n\n'
        "The harbour board spent the day tweeting and emailing short clips of the storm to pilots."
    )
    assert claim(body, "clapping, singing")["speaker"] is None
    assert claim(body, "sorting and responding")["speaker"] is None
    assert claim(body, "waving flags")["speaker"] == "pilots"
    assert claim(body, "short clips of the storm")["speaker"] == "harbour board"
