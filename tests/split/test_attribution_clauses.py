"""English clause structure around a cue (annotator.split.clauses): the main clause's cue wins
over an opening subordinate clause's ("While …,", "Asked if …,"), participles after a
subordinator and "found himself" name no speaker, an inverted pronoun that opens the reported
clause is no speaker, an inverted subject ends before "at the time", a pronoun opening an object
relative clause is the main subject ("the toll, which they argue …"), a contraction ("Don't",
"He's") is no speaker, a focus word before a subject and its relative clause ("Even skippers who
sail … warn") leaves the subject, so does a phrase set off by commas after the relative clause
("Skippers who heard him, on the radio, said") and a people noun before a relative clause with
no "that" ("Residents I spoke with said"), and a cue that is the relative clause's own verb
names no head; a contracted "who’ve" or a relative clause of up to 16 words leaves its head."""

from __future__ import annotations

import pytest

from tests.split.attribution_cases import claim


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "While Ann Liddell pledged to keep the toll, Tom Baker insisted that the ferry "
            "must be sold.",
            "ferry",
            "Tom Baker",
        ),
        (
            "Although the mayor says the bridge is safe, engineers argue that the cables are worn.",
            "cables",
            "engineers",
        ),
        (
            "On Harbour FM’s breakfast hour, when asked about the toll, Ann Liddell said she expected the "
            "council to drop it.",
            "drop it",
            "Ann Liddell",
        ),
        (
            "Asked if she thought Hale wanted Baker to take the harbour seat, Liddell said she "
            "was not ready to say.",
            "not ready to say",
            "Liddell",
        ),
        (
            '"The cables were replaced in a hurry," wrote the harbour engineer at the time, '
            "Tom Baker.",
            "hurry",
            "engineer",
        ),
    ],
)
def test_the_reporting_clause_is_found(body: str, fragment: str, speaker: str) -> None:
    c = claim(body, fragment)
    assert c["speaker"] is not None and speaker.split()[-1] in c["speaker"]


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        # no main-clause cue: the subordinate clause's speaker stays
        (
            "Although the mayor says the bridge is safe, the cables look worn.",
            "cables",
            "mayor",
        ),
        # "when asked" after the main clause: its subject answers
        (
            "Ann Liddell named the harbour engineer when asked who would run the bridge.",
            "engineer",
            "Ann Liddell",
        ),
    ],
)
def test_other_clauses_keep_their_speaker(body: str, fragment: str, speaker: str) -> None:
    c = claim(body, fragment)
    assert c["speaker"] is not None and speaker.split()[-1] in c["speaker"]


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("The harbour board found itself at the centre of the toll dispute.", "centre"),
        ("Just hours later, Ann Liddell found herself defending the toll.", "defending"),
        ("The deal will hold once agreed by both councils.", "once agreed"),
    ],
)
def test_no_speaker(body: str, fragment: str) -> None:
    assert claim(body, fragment)["speaker"] is None


def test_inverted_pronoun_opening_the_reported_clause_is_no_speaker() -> None:
    body = (
        "Tom Baker, who calls the toll a \u201cscandal,\u201d said he doesn\u2019t believe "
        "the bridge will open this year."
    )
    c = claim(body, "open this year")
    assert c["speaker"] != "he"
    # an inverted name after the cue is still the speaker
    c = claim("\u201cThe toll is a scandal,\u201d said Tom Baker.", "scandal")
    assert c["speaker"] == "Tom Baker"


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        # a pronoun opening an object relative clause refers to the main clause's subject
        (
            "Harbour captains backed the toll, which they argue keeps the ferry running.",
            "ferry running",
            "Harbour captains",
        ),
        (
            "Ann Liddell cited the report she wrote on the ferry's losses.",
            "ferry's losses",
            "Ann Liddell",
        ),
    ],
)
def test_relative_clause_pronoun_is_the_subject(body: str, fragment: str, speaker: str) -> None:
    assert claim(body, fragment)["speaker"] == speaker


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("Don\u2019t blame the council for the toll.", "blame"),
        ("It's denouncing what the mayor calls the biggest toll on the coast.", "denouncing"),
        # two people named before: "He's" is not resolved, and a contraction is no speaker
        (
            "Tom Baker met Jim Hale on Monday. He\u2019s predicting the toll will fall.",
            "predicting",
        ),
    ],
)
def test_a_contraction_is_no_speaker(body: str, fragment: str) -> None:
    c = claim(body, fragment)
    assert c["speaker"] is None or "\u2019" not in c["speaker"] and "'" not in c["speaker"]


@pytest.mark.parametrize(
    "intro",
    [
        "Reporter Ann Liddell says:",  # a short line, left out of the blocks
        "In a long letter to the harbour board on Tuesday evening, Ann Liddell wrote:",
    ],
)
def test_a_colon_intro_gives_the_next_paragraph_its_speaker(intro: str) -> None:
    body = (
        f"{intro}\n\n\u201cThe bridge is closed to lorries. Nobody can cross it before "
        "May.\u201d\n\nThe council met later."
    )
    assert claim(body, "Nobody can cross")["speaker"] == "Ann Liddell"
    assert claim(body, "council met")["speaker"] is None


def test_a_colon_intro_without_a_speaker_gives_none() -> None:
    body = (
        "The harbour board published the following statement on Tuesday evening:\n\n"
        "\u201cThe bridge is closed to lorries. Nobody can cross it before May.\u201d"
    )
    c = claim(body, "Nobody can cross")
    assert c["speaker"] in (None, "harbour board")


@pytest.mark.parametrize(
    "body,speaker",
    [
        ("The toll rose sharply, according to polls taken that spring.", "polls"),
        ("No councillor will change sides, according to several party officials.", "officials"),
        ("The toll rose, according to a source at Harbour Radio.", "Radio"),
    ],
)
def test_according_to_sources(body: str, speaker: str) -> None:
    c = claim(body, "according to")
    assert c["speaker"] is not None and c["speaker"].endswith(speaker)
    assert "time" not in c["speaker"]


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("People familiar with the talks said the ferry deal was close.", "ferry deal", "People"),
        ("Still, the toll will rise in May, a source close to the mayor said.", "toll", "source"),
        (
            "A harbour official with direct knowledge of the plan said the cables are worn.",
            "cables",
            "official",
        ),
    ],
)
def test_a_post_modifier_between_subject_and_cue(body: str, fragment: str, speaker: str) -> None:
    c = claim(body, fragment)
    assert c["speaker"] is not None and speaker in c["speaker"].split()[:3]


def test_a_relative_clause_after_the_post_modifier_keeps_its_own_reading() -> None:
    c = claim("The mayor met people close to the council who said the toll was fair.", "toll")
    assert c["speaker"] is None or "met" not in c["speaker"]


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        ("Nearly seven out of 10 say the toll is too high.", "toll", "10"),
        ("All but two said the council should drop the toll.", "drop the toll", "two"),
        ("At least half of the pilots on each island say the toll is unfair.", "unfair", "pilots"),
        ("That person said the ferry would be sold in May.", "ferry", "person"),
        ("Those close to them say the ferry will be sold in May.", "ferry", "close"),
        ("Those over 70 say the ferry fare is too high.", "fare", "70"),
    ],
)
def test_a_quantity_or_determined_noun_as_subject(body: str, fragment: str, speaker: str) -> None:
    c = claim(body, fragment)
    assert c["speaker"] is not None and speaker in c["speaker"].split()


def test_those_who_is_no_quantity() -> None:
    c = claim("Those who said the toll was fair voted for the mayor.", "voted")
    assert c["speaker"] != "Those who"


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "So even engineers who favor a toll agree that the bridge will be slow to pay off.",
            "slow to pay off",
            "engineers",
        ),
        ("Only pilots who know the channel say the crossing is safe.", "crossing", "pilots"),
        (
            "Even skippers who sail the channel daily warn that the crossing is unsafe.",
            "unsafe",
            "skippers",
        ),
    ],
)
def test_a_focus_word_before_a_subject_and_its_relative_clause(
    body: str, fragment: str, speaker: str
) -> None:
    c = claim(body, fragment)
    assert c["speaker"] == speaker


def test_a_cue_that_is_the_relative_clauses_own_verb_names_no_head() -> None:
    c = claim("People who openly endorsed the toll sounded unsure about it.", "unsure")
    assert c["speaker"] is None


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "Some skippers who have heard the mayor over the years, on the radio or at harbour "
            "meetings, said he sounded tired.",
            "sounded tired",
            "Some skippers",
        ),
        (
            "The engineers who found that the town could not build the pier, for instance, said "
            "the piles were rotten.",
            "piles were rotten",
            "engineers",
        ),
    ],
)
def test_a_phrase_set_off_by_commas_after_the_relative_clause(
    body: str, fragment: str, speaker: str
) -> None:
    assert claim(body, fragment)["speaker"] == speaker


def test_a_people_noun_before_a_relative_clause_with_no_that_speaks() -> None:
    body = "Several residents I have spoken with over the last weeks said the pier is rotten."
    assert claim(body, "pier is rotten")["speaker"] == "Several residents"
    assert claim("The plan they drew up says the toll will double.", "double")["speaker"] is None


def test_a_subject_before_an_ing_participle_phrase_speaks_not_the_phrases_object() -> None:
    body = (
        "Skippers living near the quay say the toll is unfair.\n\n"
        "A union representing harbour pilots endorsed Ann Liddell for mayor on Thursday.\n\n"
        "The share of skippers saying they want a new quay is high this year."
    )
    assert claim(body, "toll is unfair")["speaker"] == "Skippers"
    assert claim(body, "endorsed Ann Liddell")["speaker"] == "union"
    assert claim(body, "want a new quay")["speaker"] is None


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "Skippers who’ve worked for Ann Liddell say the ferry is too slow.",
            "too slow",
            "Skippers",
        ),
        (
            "Two skippers who had just tied up their boats at the old pier for the night in "
            "Skjervoy discussed how the toll had hurt them.",
            "toll had hurt",
            "Two skippers",
        ),
    ],
)
def test_a_contracted_or_long_relative_clause_leaves_its_head_the_speaker(
    body: str, fragment: str, speaker: str
) -> None:
    assert claim(body, fragment)["speaker"] == speaker


def test_a_base_form_after_a_verb_of_getting_is_what_was_got() -> None:
    body = (
        "For this, Ms. Liddell earned loud praise.\n\n"
        "Polls released Monday show the harbour toll is unpopular.\n\n"
        "In a break with the past, Tom Greer made no mention of the toll."
    )
    assert claim(body, "loud praise")["speaker"] is None
    assert claim(body, "toll is unpopular")["speaker"] == "Polls"
    assert claim(body, "no mention")["speaker"] == "Tom Greer"
