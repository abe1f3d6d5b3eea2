"""English attribution: a view or a characterisation named by a verb and 'as' ("The pilots saw
the toll as a tax", "was seen by some skippers as a setback", "Doe framed herself as"), on sentences
written for these tests."""

from __future__ import annotations

import attribution_cases


def test_a_subject_that_sees_something_as_something_holds_a_view() -> None:
    body = "The harbour pilots saw the new toll as a tax on the island families."
    assert attribution_cases.claim(body, "island families")["speaker"] == "harbour pilots"
    body = "However, some saw the council's vote as a blow to the ferry crews."
    assert attribution_cases.claim(body, "ferry crews")["speaker"] == "some"
    body = "Fishermen increasingly view Mrs. Liddell as the only friend of the harbour."
    assert attribution_cases.claim(body, "friend of the harbour")["speaker"] == "Fishermen"
    body = "The island council regards the old pier as a danger to swimmers."
    assert attribution_cases.claim(body, "danger to swimmers")["speaker"] == "island council"
    body = "Tom Fairley shrugged, seeing the vote as a formality."
    assert attribution_cases.claim(body, "formality")["speaker"] == "Tom Fairley"


def test_a_passive_view_names_its_agent_before_as() -> None:
    body = "The pier closure was seen by some skippers as a setback for the ferry crews."
    assert attribution_cases.claim(body, "setback")["speaker"] == "some skippers"
    body = "The bridge plan is viewed by many pilots as a waste of island money."
    assert attribution_cases.claim(body, "island money")["speaker"] == "many pilots"
    body = "The harbour film was seen by thousands of visitors in its first summer."
    assert attribution_cases.claim(body, "first summer")["speaker"] is None


def test_saw_and_view_without_a_view_report_nothing() -> None:
    for body, part in (
        ("The harbour town saw a rise in visitors as the new ferry started.", "new ferry"),
        ("Walkers saw the ferry as it turned into the harbour at dawn.", "harbour at dawn"),
        ("In the pilots' view, as well as the council's, the pier is unsafe.", "unsafe"),
        ("Sell early, buy late, as the old saw goes. Yet as winter nears, prices fall.", "old"),
        ("The pilots will rest and view the regatta as guests of the council.", "regatta"),
    ):
        assert attribution_cases.claim(body, part)["speaker"] is None, body


def test_a_later_verb_of_saying_keeps_its_speaker() -> None:
    body = "Many islanders then saw the ferry as a lifeline, Ann Liddell said."
    assert attribution_cases.claim(body, "lifeline")["speaker"] == "Ann Liddell"


def test_a_subject_that_paints_or_frames_something_as_something_characterises_it() -> None:
    body = "Ann Liddell has framed herself as the only friend of the island ferry crews."
    assert attribution_cases.claim(body, "ferry crews")["speaker"] == "Ann Liddell"
    body = "On Monday, Tom Fairley spoke for an hour, painting the council as a club of landlords."
    assert attribution_cases.claim(body, "club of landlords")["speaker"] == "Tom Fairley"
    body = "One harbour guide pegs the old pier as the oldest in the county."
    assert attribution_cases.claim(body, "oldest in the county")["speaker"] == "harbour guide"
    # an -ing form without a comma before it belongs to a noun phrase, not to a subject
    body = "The pilots ran an advert against Tom Fairley on Friday casting him as a landlord."
    assert attribution_cases.claim(body, "landlord")["speaker"] is None
    # a passive "is painted as" characterises its subject, it does not speak
    body = "It helps the ferry when Tom Fairley is painted as a landlord and not as a pilot."
    assert attribution_cases.claim(body, "landlord")["speaker"] is None


def test_an_adverb_before_a_participle_after_as_is_no_clause() -> None:
    body = "Most harbour pilots still view the new toll as badly designed for the ferry trade."
    assert attribution_cases.claim(body, "badly designed")["speaker"] == "Most harbour pilots"
    rise = "Harbour pilots saw a rise in fares as the ferry closed its winter line."
    assert attribution_cases.claim(rise, "rise in fares")["speaker"] is None
