"""English stance and action frames (issue 10 recall): nouns that read as verbs after their
subject, articles before noun-like subjects, reflexives and "has been" before the cue, "went on
to say", a belief with no "that" or after a comma ("is convinced the …", ", confident that …"),
an opening "Under X law, …", and the passives and nouns that must stay without a
speaker."""

from __future__ import annotations

import pytest
from attribution_cases import claim


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("Critics charge that the bridge was priced too low.", "priced", "Critics"),
        ("Ann Liddell calls on the council to delay the vote.", "delay", "Ann Liddell"),
        ("Harbour officials hope that the ferry keeps running.", "ferry", "Harbour officials"),
        ("Ann Liddell notes that the ferry lost money in May.", "lost money", "Ann Liddell"),
        ("Ann Liddell spoke about the traffic on the old bridge.", "traffic", "Ann Liddell"),
        ("Ann Liddell spoke of the traffic on the old bridge.", "traffic", "Ann Liddell"),
        ("Party leaders speak highly of the new harbour master.", "harbour master", "leaders"),
        ("Tom Greer emailed members a plan to halve the toll.", "halve the toll", "Tom Greer"),
        ("The post showed the old bridge closed to lorries.", "lorries", "post"),
        ("The council itself said the fees would double.", "fees", "council"),
        ("Ann Liddell has been criticizing the toll for months.", "toll", "Ann Liddell"),
        ("Ann Liddell went on to say that the toll was fair.", "toll", "Ann Liddell"),
        ("Ann Liddell did not mention the toll in her speech.", "toll", "Ann Liddell"),
        ("Tom Greer would not endorse the plan for the new pier.", "new pier", "Tom Greer"),
        ("Ann Liddell did not mention the toll at all, Tom Greer said.", "toll", "Tom Greer"),
        ("Ann Liddell was quick to add that any toll would be fair.", "toll", "Ann Liddell"),
        ("Ann Liddell used the meeting to call for a lower toll.", "lower toll", "Ann Liddell"),
        ("The island council is expected to endorse the new pier plan.", "pier plan", "council"),
        ("Ann Liddell began to criticize the toll in public.", "toll in public", "Ann Liddell"),
        ("The pilots took pains to say they back the new ferry.", "new ferry", "pilots"),
        (
            "Ferry captains who have sailed the channel for decades say the bridge is too low.",
            "too low",
            "Ferry captains",
        ),
        ("A harbour poll released last week showed the toll losing support.", "toll", "poll"),
        (
            "Harbour Gazette: Council delays the bridge vote until June.",
            "delays",
            "Harbour Gazette",
        ),
        ("Ann Liddell sees the toll as the only way to pay for it.", "only way", "Ann Liddell"),
        ("The council ordered a second survey of the old bridge.", "second survey", "council"),
        ("Ann Liddell railed against the toll at the harbour meeting.", "toll", "Ann Liddell"),
        ("Ann Liddell is confident that the bridge opens in May.", "opens", "Ann Liddell"),
        ("Ferry captains remain deeply skeptical of the new schedule.", "schedule", "captains"),
        (
            "Ann Liddell toured the harbour, and has promised that the toll will end.",
            "end",
            "Liddell",
        ),
        (
            "The vote was close, with 30 percent of residents saying the toll is too high.",
            "high",
            "residents",
        ),
        (
            "The toll plan was sharply criticized by ferry captains at the meeting.",
            "toll",
            "captains",
        ),
        ("In Ann Liddell's view, the toll is the fairest way to pay.", "fairest", "Ann Liddell"),
        (
            "The ferry, in Tom Greer’s words, is a relic of another century.",
            "relic",
            "Tom Greer",
        ),
        (
            "By the Harbour Trust's own tally, the toll raised two million.",
            "two million",
            "Harbour Trust",
        ),
        ("Ann Liddell Slams Council Over Bridge Toll Delay.", "Council", "Ann Liddell"),
        (
            "Harbour Council Just Announced A New Bridge Toll For Lorries.",
            "Toll",
            "Harbour Council",
        ),
    ],
)
def test_stance_frames_name_their_subject(body: str, fragment: str, speaker: str) -> None:
    assert speaker in (claim(body, fragment)["speaker"] or "")


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("The calls for a lower toll grew louder every week.", "lower toll"),
        ("In the Harbour view, the ferry leaves at noon each day.", "ferry leaves"),
        ("By noon the ferry count had doubled since May.", "doubled"),
        ("U.S. support for the bridge plan is firm in the region.", "firm"),
        ("Ann Liddell spoke for thirty minutes at the harbour.", "thirty"),
        ("The spokes of the old ferry wheel were bent in the storm.", "ferry wheel"),
        ("The harbour board did not respond to a request for comment.", "request"),
        ("The ferry captain did not find the buoy before the storm.", "buoy"),
        ("The speaker of the harbour council will be chosen in May.", "chosen in May"),
        ("The plan has been widely condemned as far too costly.", "costly"),
        ("The council urged the mayor to say whether the toll stays.", "toll stays"),
        ("The harbour is a good place to discuss the toll with voters.", "good place"),
        ("Editor's Note: The bridge story was updated on Monday morning.", "updated"),
        ("Harbour Ward: Ann Liddell, Tom Fairley, Jo March, Ed Stone.", "Fairley"),
        ("Ann Liddell met a ferry captain who says the channel is too shallow.", "shallow"),
        ("The bridge was seen as too costly by most of the town.", "costly"),
        ("The council's voice on the toll was weak in the end.", "toll"),
        ("The bridge will now be settled in a runoff between two plans.", "runoff"),
        ("The count was close, with all precincts reporting by midnight.", "precincts"),
        ("Harbour Gazette: Ann Liddell Warned Council About The Toll.", "Warned"),
    ],
)
def test_nouns_passives_and_objects_name_nobody(body: str, fragment: str) -> None:
    c = claim(body, fragment)
    assert c["speaker"] in (None, "council", "Harbour Gazette"), c["speaker"]


def test_a_closing_reporting_clause_with_an_apposition_beats_a_stance_verb() -> None:
    body = (
        "The harbour board sees the bridge as a big risk for the ferry, said Ann Liddell, "
        "chair of the harbour trust at the county council."
    )
    assert claim(body, "big risk")["speaker"] == "Ann Liddell"


def test_various_reports_keep_their_noun() -> None:
    body = "Various reports suggest the bridge will cost twice the estimate."
    assert claim(body, "twice")["speaker"] == "Various reports"


def test_a_verb_with_an_object_after_a_full_quote_opens_a_new_sentence() -> None:
    body = (
        'Ann Liddell vowed to finish the bridge "before the winter storms come." '
        'Tom Fairley spoke about a "temporary" ferry for the months until then.'
    )
    assert claim(body, "winter storms")["speaker"] == "Ann Liddell"


def test_an_opening_to_a_name_ascribes_the_view_to_that_name() -> None:
    body = "To Ann Liddell, the new bridge is a folly that will empty the harbour town."
    c = claim(body, "folly")
    assert c["speaker"] == "Ann Liddell"
    plain = claim("To be sure, the new bridge will cost a great deal.", "cost")
    assert plain["speaker"] is None


def test_an_opening_under_a_law_ascribes_the_rule_to_that_law() -> None:
    body = "Under Brill law, ferry crews who strike for more than a week lose their licence."
    assert claim(body, "lose their licence")["speaker"] == "Brill law"
    body = (
        "Under the Harbour Safety Act, which the council passed in May, every ferry needs a pilot."
    )
    assert claim(body, "needs a pilot")["speaker"] == "Harbour Safety Act"
    near = claim("Under the new agreement, the toll would climb slowly over six years.", "toll")
    assert near["speaker"] is None
    assert claim("Under Mayor Tom Greer, the harbour grew quickly.", "harbour")["speaker"] is None


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("The skippers are convinced the toll will fall by May.", "toll will fall", "skippers"),
        ("Ann Liddell is not sure she can back the toll.", "back the toll", "Ann Liddell"),
        (
            "Ferry captains spent Saturday handing out leaflets, confident that the council "
            "would drop the toll.",
            "drop the toll",
            "Ferry captains",
        ),
        (
            "Disillusioned, Tom Greer resigned from the board, convinced that the toll would "
            "ruin the ferry.",
            "ruin the ferry",
            "Tom Greer",
        ),
    ],
)
def test_a_belief_without_that_or_set_off_by_a_comma(
    body: str, fragment: str, speaker: str
) -> None:
    assert claim(body, fragment)["speaker"] == speaker


def test_aware_with_a_that_clause_and_shocked_are_stances() -> None:
    body = (
        "Tom Greer has been keenly aware that the vote comes down to a few skippers.\n\n"
        "Ann Liddell was shocked to get a call from the harbour master at midnight.\n\n"
        "The pilots are aware of the growing support for a night ferry."
    )
    assert claim(body, "few skippers")["speaker"] == "Tom Greer"
    assert claim(body, "at midnight")["speaker"] == "Ann Liddell"
    assert claim(body, "night ferry")["speaker"] is None  # 'aware of': no clause held


def test_split_divided_upbeat_interested_are_stances() -> None:
    body = (
        "Harbour residents are evenly split on whether the ferry should run in winter.\n\n"
        "The island skippers were divided over the plan to dredge the old channel.\n\n"
        "Tom Greer was upbeat about the chances of a second boat on the route.\n\n"
        "Ann Liddell is interested in a night service to the mainland."
    )
    assert claim(body, "run in winter")["speaker"] == "Harbour residents"
    assert claim(body, "dredge")["speaker"] == "island skippers"
    assert claim(body, "second boat")["speaker"] == "Tom Greer"
    assert claim(body, "night service")["speaker"] == "Ann Liddell"


def test_both_or_all_before_a_stance_adjective_keep_the_subject() -> None:
    body = (
        "Tom Greer and Ann Liddell were both sharply critical of the new harbour toll.\n\n"
        "The ferry crews were all too happy to end the winter timetable early."
    )
    assert "Ann Liddell" in (claim(body, "harbour toll")["speaker"] or "")
    assert claim(body, "winter timetable")["speaker"] == "ferry crews"


def test_a_cue_after_has_to_or_needs_to_is_its_subjects() -> None:
    body = (
        "Ann Liddell has to remind the harbour board that the toll is fair.\n\n"
        "Tom Greer had to explain to the council why the ferry was late again.\n\n"
        "A good ferry service is all the reason skippers need to show up early."
    )
    assert claim(body, "toll is fair")["speaker"] == "Ann Liddell"
    assert claim(body, "ferry was late")["speaker"] == "Tom Greer"
    assert claim(body, "show up early")["speaker"] is None  # 'show up' reports nothing


def test_a_cue_after_a_meeting_is_the_subjects_purpose() -> None:
    body = (
        "Harbour pilots met with the mayor last week to discuss the new toll on small boats.\n\n"
        "Tom Greer's aides huddled with the council to deliver a sober update on the ferry.\n\n"
        "The board set aside a day to discuss the toll with the owners of small boats."
    )
    assert claim(body, "new toll")["speaker"] == "Harbour pilots"
    assert claim(body, "sober update")["speaker"] == "Tom Greer's aides"
    assert claim(body, "owners of small boats")["speaker"] is None


def test_a_cue_after_an_attempt_and_organizations_behind_a_clause() -> None:
    body = (
        "Ann Liddell also attempted to portray the harbour board as reckless.\n\n"
        "Harbour organizations that have backed the mayor say the toll should go.\n\n"
        "The toll was intended to deliver a blow against the old ferry companies."
    )
    assert claim(body, "board as reckless")["speaker"] == "Ann Liddell"
    assert claim(body, "toll should go")["speaker"] == "Harbour organizations"
    assert claim(body, "old ferry companies")["speaker"] is None


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("Ann Liddell has yet to endorse the plan for the new pier.", "new pier"),
        ("Ferry captains scramble to address worries about the old pier.", "old pier"),
        ("Harbour traders love to cite the toll as the reason for the slump.", "slump"),
        ("Harbour traders paused to remember the crew of the lost ferry.", "lost ferry"),
        ("Ann Liddell intends to propose a lower toll for the night ferry.", "night ferry"),
    ],
)
def test_a_verb_that_keeps_its_subject_before_to_and_a_cue(body: str, fragment: str) -> None:
    assert claim(body, fragment)["speaker"] in ("Ann Liddell", "Ferry captains", "Harbour traders")


def test_a_double_genitive_before_a_relative_clause_keeps_its_owner() -> None:
    body = (
        "Friends of Mr. Greer's who sailed with him at school and later on the ferry said he "
        "had always wanted to build the bridge."
    )
    got = claim(body, "always wanted")["speaker"]
    assert got and "Greer" in got


def test_critical_to_is_needed_and_holds_no_view() -> None:
    body = (
        "Fresh tide data also is critical to planning the ferry timetable well.\n\n"
        "The island pilots were critical of the plan to close the pier at night."
    )
    assert claim(body, "ferry timetable")["speaker"] is None
    assert claim(body, "close the pier")["speaker"] == "island pilots"


def test_a_feeling_stirred_by_something_is_held_by_the_subject() -> None:
    body = (
        "Harbour pilot Ann Liddell was deeply troubled by the new ferry timetable.\n\n"
        "Island fishermen have been startled by the sudden rise of the mooring fees.\n\n"
        "The new ferry timetable was opposed by most of the harbour pilots in the spring.\n\n"
        "The old wooden pier was badly shaken by the winter storm last night."
    )
    assert claim(body, "ferry timetable.")["speaker"] == "Ann Liddell"
    assert claim(body, "mooring fees")["speaker"] == "Island fishermen"
    assert claim(body, "most of the harbour")["speaker"] != "new ferry timetable"
    assert claim(body, "winter storm")["speaker"] is None


def test_a_feeling_adjective_after_become_or_with_is_held_by_the_subject() -> None:
    body = (
        "The harbour pilots were thrilled with the new ferry timetable.\n\n"
        "Island fishermen have become hesitant to sign the new mooring lease.\n\n"
        "Other skippers were also not satisfied with the answer of the harbour board.\n\n"
        "The new cabins on the night boat were comfortable and warm in the winter."
    )
    assert claim(body, "ferry timetable")["speaker"] == "harbour pilots"
    assert claim(body, "mooring lease")["speaker"] == "Island fishermen"
    assert claim(body, "harbour board")["speaker"] == "Other skippers"
    assert claim(body, "comfortable and warm")["speaker"] is None
