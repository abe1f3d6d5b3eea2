"""A news report's source after "reported by" speaks: "was first reported by X", "…, first
reported by X,", "As reported by X, …"; a reduced passive of a stand taken ("a plan, opposed by
X, …") names its agent, other reduced passives ("a plan announced by X") do not;
a margin after "by" is no agent ("X say by 60%-35% that …"); "criticism from X" names X."""

from __future__ import annotations

from attribution_cases import claim


def test_reported_by_names_the_source_with_or_without_was() -> None:
    body = (
        "The ferry company's plan to sell the night boat was first reported by the Island "
        "Courier.\n\n"
        "The sale, first reported by Harbour Radio, would end the last crossing after ten.\n\n"
        "As reported by the Coast Gazette, the council had already cut the grant in March."
    )
    got = claim(body, "sell the night boat")
    assert (got["speaker"], got["cue"]) == ("Island Courier", "reported")
    assert claim(body, "last crossing")["speaker"] == "Harbour Radio"
    assert claim(body, "cut the grant")["speaker"] == "Coast Gazette"


def test_a_reduced_passive_of_a_stand_names_its_agent() -> None:
    body = "The bridge levy, opposed by the Harbour Traders, never came to a vote in the council."
    assert claim(body, "never came to a vote")["speaker"] == "Harbour Traders"
    body = "The council backed a toll strongly criticized by pilots that would have doubled fares."
    assert claim(body, "doubled fares")["speaker"] == "pilots"
    body = "The pier plan, strongly opposed by ferry captains, was dropped in May."
    assert claim(body, "was dropped")["speaker"] == "ferry captains"


def test_a_reduced_passive_of_another_verb_names_no_speaker() -> None:
    body = "The bridge levy, announced by the Harbour Traders, never came to a vote in the council."
    assert claim(body, "never came to a vote")["speaker"] is None


def test_an_opening_as_reported_by_wins_over_the_cue_it_reports() -> None:
    body = (
        "As reported by the Coast Gazette, inspectors found cracks in two of the bridge piers.\n\n"
        "The bridge, as reported by the Coast Gazette, needs new piers, inspectors found."
    )
    got = claim(body, "cracks in two")
    assert (got["speaker"], got["cue"]) == ("Coast Gazette", "reported")
    assert claim(body, "needs new piers")["speaker"] == "inspectors"


def test_a_margin_after_by_is_no_agent() -> None:
    body = "Island voters say by 60%-35% that the ferry should run all winter."
    assert claim(body, "run all winter")["speaker"] == "Island voters"
    body = "The harbour pilots say by a wide margin that the old pier is unsafe."
    assert claim(body, "pier is unsafe")["speaker"] == "harbour pilots"
    body = "The toll is a measure opposed by 60 pilots and the island council."
    assert "island council" in (claim(body, "measure opposed")["speaker"] or "")


def test_a_day_between_a_passive_cue_and_by_keeps_the_agent() -> None:
    body = "The toll plan was sharply criticized on Friday by the ferry captains."
    assert claim(body, "toll plan")["speaker"] == "ferry captains"
    body = "The toll plan was criticized last week by the ferry captains."
    assert claim(body, "toll plan")["speaker"] == "ferry captains"


def test_a_short_prepositional_phrase_between_a_passive_cue_and_by_keeps_the_agent() -> None:
    body = (
        "The mayor has been attacked on the toll by Tom Greer, who cites it as proof of waste.\n\n"
        "The plans for the new pier were described to them by a harbour engineer.\n\n"
        "The mayor was called on it by the island paper, which printed the figures."
    )
    assert claim(body, "proof of waste")["speaker"] == "Tom Greer"
    assert claim(body, "new pier")["speaker"] == "harbour engineer"
    assert claim(body, "printed the figures")["speaker"] != "island paper"


def test_criticism_from_names_the_critic() -> None:
    body = (
        "The bridge levy has drawn criticism from harbour pilots across the bay.\n\n"
        "The mayor faced criticism from rivals who said the levy would drive the ferries away.\n\n"
        "The mayor shrugged off the criticism and opened the new pier on Friday."
    )
    got = claim(body, "bridge levy")
    assert (got["speaker"], got["cue"]) == ("harbour pilots", "criticism")
    assert claim(body, "drive the ferries")["speaker"] == "rivals"
    assert claim(body, "new pier")["speaker"] is None
