"""English attribution rule classes on sentences written for these tests: newswire quote marks,
noun-phrase speakers, ", saying" clauses, frames around quotes, and phrases that name nobody."""

from __future__ import annotations

import pytest
from attribution_cases import claim


@pytest.mark.parametrize(
    "body",
    [
        "''The bridge will open in May next year,'' said Ann Liddell, the mayor.",
        "``The bridge will open in May next year,'' said Ann Liddell, the mayor.",
        "Ann Liddell told a local radio station: ''The bridge will open in May next year.''",
    ],
)
def test_two_apostrophes_are_a_double_quote(body: str) -> None:
    c = claim(body, "bridge will open")
    assert (c["speaker"], c["quote"]) == ("Ann Liddell", True)


def test_a_newswire_quote_goes_on_after_its_speaker() -> None:
    body = (
        "''We counted the cars twice,'' said Ann Liddell, the mayor. ''The old bridge carries "
        "twice the traffic it was built for.''"
    )
    assert claim(body, "twice the traffic")["speaker"] == "Ann Liddell"


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("Some residents said the ferry was late on most mornings.", "ferry", "Some residents"),
        ("Two harbour workers said the cranes were idle all week.", "cranes", "harbour workers"),
        ("Local fishermen say the new bridge will block the channel.", "channel", "fishermen"),
        ("In several cases, boat owners say, the fees doubled.", "fees doubled", "boat owners"),
        ("Mayor Liddell's aides say the vote could slip to June.", "slip to June", "aides"),
        ("The towns of Brill and Oakley said they would close the ford.", "ford", "Brill"),
        (
            "The ferry has more riders than boats in the county, said Ann Liddell, the mayor.",
            "ferry",
            "Ann Liddell",
        ),
        ("Even the organiser of the harbour fair said the rules were fair.", "rules", "organiser"),
    ],
)
def test_noun_phrase_speakers(body: str, fragment: str, speaker: str) -> None:
    assert speaker in (claim(body, fragment)["speaker"] or "")


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "Ann Liddell defended the “harbour levy,” saying the money would repair the pier.",
            "repair the pier",
            "Ann Liddell",
        ),
        (
            "The ferry company issued a statement saying crossings would resume on Friday.",
            "crossings",
            "ferry company",
        ),
        (
            "The ferry union issued statements early Friday saying the toll would ruin the "
            "night crossings.",
            "night crossings",
            "ferry union",
        ),
        ("Liddell cautiously said the bridge could open before summer.", "open", "Liddell"),
        ("Liddell at the time said the bridge would cost less than a tunnel.", "cost", "Liddell"),
        (
            "Walking to the harbour, Tom Fairley stopped at the pier and said the planks were "
            "rotten.",
            "planks",
            "Tom Fairley",
        ),
        (
            "Mayor Jane Doe made headlines on Monday by promising to rebuild the old bridge.",
            "rebuild",
            "Jane Doe",
        ),
        (
            "The pilots union stunned the council by claiming the channel was unsafe.",
            "channel",
            "pilots union",
        ),
    ],
)
def test_clause_subjects_speak(body: str, fragment: str, speaker: str) -> None:
    assert claim(body, fragment)["speaker"] == speaker


def test_a_role_before_the_name_after_a_quote() -> None:
    body = "“The levy stays for another year,” the council treasurer, Tom Fairley, said on Monday."
    c = claim(body, "levy stays")
    assert (c["speaker"], c["quote"]) == ("Tom Fairley", True)


def test_a_frame_outside_a_quote_that_fills_most_of_the_sentence() -> None:
    body = "“The pier needs new pilings within two winters” at the latest, the survey found."
    assert claim(body, "pilings")["speaker"] == "survey"


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("The disputed pier will be rebuilt by the county next spring.", "pier"),
        ("The alleged damage to the hull was repaired within a week.", "hull"),
    ],
)
def test_participles_as_adjectives_are_no_cues(body: str, fragment: str) -> None:
    assert claim(body, fragment)["speaker"] is None


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "Ann Liddell likened the new toll to a tax on the poor.",
            "tax on the poor",
            "Ann Liddell",
        ),
        ("Tom Greer dubbed the harbour plan a gift to developers.", "gift", "Tom Greer"),
        ("The mayor chided the council for delaying the bridge vote.", "delaying", "mayor"),
        ("Ferry captains fretted that the channel would silt up.", "silt", "captains"),
        ("Ann Liddell posited that the ferry could run at a profit.", "profit", "Ann Liddell"),
        ("Tom Greer answered that the toll would end in May.", "end in May", "Tom Greer"),
        ("Ferry captains protested that the channel was too shallow.", "shallow", "captains"),
        ("The council is mulling a second toll on the old bridge.", "second toll", "council"),
        ("Ann Liddell credited the ferry crews with saving the pier.", "saving", "Ann Liddell"),
        ("The mayor persuaded the council that the toll was fair.", "toll was fair", "mayor"),
        ("Ann Liddell realized that the ferry could not run in winter.", "winter", "Ann Liddell"),
        ("Tom Greer invoked the great flood of 1953 in his plea for a sea wall.", "flood", "Greer"),
        ("Some boat owners interpret the new toll as a tax on fishing.", "tax on", "boat owners"),
        ("The mayor floated the idea of a second ferry across the bay.", "second ferry", "mayor"),
        ("Tom Greer knocked the council for its slow work on the pier.", "slow work", "Tom Greer"),
        (
            "Ferry captains chimed in with complaints about the silted channel.",
            "silted",
            "captains",
        ),
    ],
)
def test_verbs_of_judging_and_wording_are_cues(body: str, fragment: str, speaker: str) -> None:
    assert speaker in (claim(body, fragment)["speaker"] or "")


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("Ann Liddell ignored the gripes of the ferry crews about the toll.", "toll"),
        ("Ann Liddell ignored the taunts of the crowd with a smile.", "smile"),
        ("The council ignored the protests of the ferry crews about the toll.", "toll"),
        ("Tom Greer gave no answer about the future of the ferry.", "future"),
    ],
)
def test_nouns_among_the_new_cue_forms_are_no_cues(body: str, fragment: str) -> None:
    assert claim(body, fragment)["speaker"] is None


def test_listed_and_lists_after_a_subject_report_what_is_listed() -> None:
    body = (
        "Ann Liddell listed the toll and the delays as the reasons for her vote.\n\n"
        "Harbourwatch lists the old pier as a danger to small boats.\n\n"
        "Skippers on the watch lists were kept out of the harbour all week.\n\n"
        "The board keeps a list of boats that are too wide for the channel."
    )
    assert claim(body, "reasons for her vote")["speaker"] == "Ann Liddell"
    assert claim(body, "danger to small boats")["speaker"] == "Harbourwatch"
    assert claim(body, "kept out")["speaker"] is None
    assert claim(body, "too wide")["speaker"] is None


def test_a_progressive_noun_like_ing_cue_with_a_clause_reports_it() -> None:
    body = (
        "Early returns from the port are showing that the ferry vote is close.\n\n"
        "Tom Greer is questioning whether the mayor would have come to the quay.\n\n"
        "The harbour board was showing its new pilot boat to visitors on Monday."
    )
    assert claim(body, "vote is close")["speaker"] == "Early returns from the port"
    assert claim(body, "come to the quay")["speaker"] == "Tom Greer"
    assert claim(body, "pilot boat")["speaker"] is None


def test_learned_with_a_clause_reports_what_was_learnt() -> None:
    body = (
        "Harbour pilots learned on Friday that the ferry would stop in June.\n\n"
        "Tom Greer learned he had been left off the board's list of speakers.\n\n"
        "The more skippers learn about the new toll, the less they like it."
    )
    assert claim(body, "stop in June")["speaker"] == "Harbour pilots"
    assert claim(body, "list of speakers")["speaker"] == "Tom Greer"
    assert claim(body, "less they like it")["speaker"] is None


def test_an_ing_cue_after_a_verb_of_beginning_or_going_on_is_its_subjects() -> None:
    body = (
        "Ann Liddell began criticizing the harbour board for its handling of the toll.\n\n"
        "Several skippers have taken to urging the council to dredge the channel.\n\n"
        "Tom Greer pivoted to arguing that the ferry was too slow for commuters.\n\n"
        "Tom Greer stopped writing his speech and left the crowded hall early."
    )
    assert claim(body, "handling of the toll")["speaker"] == "Ann Liddell"
    assert claim(body, "dredge the channel")["speaker"] == "Several skippers"
    assert claim(body, "too slow for commuters")["speaker"] == "Tom Greer"
    assert claim(body, "left the crowded hall")["speaker"] is None  # stopping says nothing


def test_an_ing_cue_after_took_turns_is_its_subjects() -> None:
    body = (
        "The mayors of the three ports took turns urging the council to dredge the channel.\n\n"
        "The two skippers took turns steering the old ferry across the stormy bay."
    )
    assert claim(body, "dredge the channel")["speaker"] == "mayors of the three ports"
    assert claim(body, "across the stormy bay")["speaker"] is None  # no cue after 'took turns'


def test_an_ing_cue_after_time_spent_on_it_is_its_subjects() -> None:
    body = (
        "Ann Liddell spent much of the week portraying the harbour board as reckless.\n\n"
        "Tom Greer devotes most of his speeches to praising the new ferry service.\n\n"
        "Ann Liddell spent the summer sailing without mentioning the new toll to anyone."
    )
    assert claim(body, "board as reckless")["speaker"] == "Ann Liddell"
    assert claim(body, "new ferry service")["speaker"] == "Tom Greer"
    assert claim(body, "new toll to anyone")["speaker"] is None


def test_an_ing_cue_after_a_speaker_heard_or_seen_is_the_speakers() -> None:
    body = (
        "Tom Greer was heard on the harbour radio telling the mayor to go home.\n\n"
        "Some skippers could be heard grumbling that the toll was too high.\n\n"
        "The old ferry was seen sailing past the pier without telling anyone."
    )
    assert claim(body, "go home")["speaker"] == "Tom Greer"
    assert claim(body, "toll was too high")["speaker"] == "Some skippers"
    assert claim(body, "without telling anyone")["speaker"] is None


def test_an_ing_cue_after_joining_others_in_it_is_the_subjects() -> None:
    body = (
        "Tom Greer is joining his running mate Ann Liddell in calling for a new ferry.\n\n"
        "The harbour board joined the skippers in criticizing the toll on small boats.\n\n"
        "The old ferry joined the fleet in sailing past the pier without telling anyone."
    )
    assert claim(body, "new ferry")["speaker"] == "Tom Greer"
    assert claim(body, "toll on small boats")["speaker"] == "harbour board"
    assert claim(body, "without telling anyone")["speaker"] is None


def test_worried_about_after_be_is_a_feeling_no_passive() -> None:
    body = (
        "The pilots are worried about the toll, which the mayor calls a fair price for the bridge."
    )
    assert claim(body, "the toll")["speaker"] == "pilots"
    glad = (
        "Tom Greer was encouraged that the ferry fares, which the council says are too high, "
        "will fall in June."
    )
    assert claim(glad, "ferry fares")["speaker"] == "Tom Greer"


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("Volunteers for the mayor will knock on doors in the harbour district.", "harbour"),
        ("The storm knocked out power to the ferry terminal for two days.", "power"),
    ],
)
def test_knock_as_a_blow_or_canvassing_reports_nothing(body: str, fragment: str) -> None:
    assert claim(body, fragment)["speaker"] is None
