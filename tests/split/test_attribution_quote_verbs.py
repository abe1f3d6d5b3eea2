"""A quote framed by a verb outside the cue lexicon ('"…," Doe fumed.', 'Doe gloated: "…"')
is the subject's; a short quoted title ('"The Crossing,"') is no speech, nor is applause ('"…," the
crowd applauded'), nor a telephone call ('Mr. Greer called Ann Liddell.')."""

from __future__ import annotations

from attribution_cases import claim


def test_a_past_tense_verb_after_the_quote_names_its_speaker() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "“They could have asked the people who use the boat every morning,” Mairi Cowan "
        "fumed on Tuesday.\n\n"
        "“Keep the night boat running!” the crowd chanted outside the harbour office."
    )
    got = claim(body, "asked the people")
    assert (got["speaker"], got["cue"]) == ("Mairi Cowan", "fumed")
    assert claim(body, "night boat")["speaker"] == "crowd"


def test_a_past_tense_verb_before_a_colon_and_the_quote_names_its_speaker() -> None:
    body = (
        "The harbour master read out the new timetable at the meeting.\n\n"
        "And Mr. Tavish gloated: “I told you the winter boat would never pay for itself.”"
    )
    got = claim(body, "winter boat")
    assert (got["speaker"], got["cue"]) == ("Tavish", "gloated")


def test_a_short_quoted_title_before_a_name_is_no_speech() -> None:
    body = (
        "The drama “Harbour Lights,” Alba Television aired in the spring, drew few viewers "
        "in the north."
    )
    assert claim(body, "drew few viewers")["speaker"] is None


def test_a_verb_phrase_ending_in_a_colon_before_the_quote_names_its_subject() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "Mairi Cowan fired a parting shot at the harbour board: “You have never once asked "
        "the islanders what they need from the boat.”\n\n"
        "The timetable is explained by this notice: “Crossings resume when the weather allows.”"
    )
    got = claim(body, "never once asked")
    assert (got["speaker"], got["cue"]) == ("Mairi Cowan", "fired")
    assert claim(body, "weather allows")["speaker"] is None


def test_a_quote_after_one_framed_by_a_verb_outside_the_lexicon_goes_on_with_its_speaker() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "“Will the night boat still run on Fridays?” Mr. Tavish asked. "
        "“Half the village works on the mainland.”\n\n"
        "“I would put it like this,” Mairi Cowan answered. “The boat runs when the "
        "weather allows, and not one day more.”"
    )
    assert claim(body, "Half the village")["speaker"] == "Tavish"
    got = claim(body, "weather allows")
    assert (got["speaker"], got["cue"]) == ("Mairi Cowan", "answered")


def test_said_by_telephone_is_no_passive() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "“The islanders were never asked,” Ms. Cowan said by telephone."
    )
    got = claim(body, "never asked")
    assert (got["speaker"], got["cue"]) == ("Cowan", "said")


def test_a_colon_intro_without_a_cue_gives_the_quote_to_its_source() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "From the harbour board's report: “Crossings fell by a third in the winter. "
        "The night boat carried fewer than ten people.”\n\n"
        "FERRY CUTS HIT THE NORTH - Alba Reid and Tom Muir: “The north depends on the boat. "
        "Half the village works on the mainland.”\n\n"
        "The crowd cheered, and then Mr. Tavish rose to his feet: “Keep the boat running. "
        "We will not be cut off from the mainland.”"
    )
    assert claim(body, "night boat carried")["speaker"] == "harbour board's report"
    assert claim(body, "Half the village")["speaker"] == "Alba Reid and Tom Muir"  # both authors
    assert claim(body, "will not be cut off")["speaker"] == "Tavish"


def test_a_quote_after_a_sentence_with_no_colon_and_no_cue_has_no_intro_speaker() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "The night is long. “Crossings fell by a third in the winter. "
        "The night boat carried fewer than ten people.”"
    )
    assert claim(body, "night boat carried")["speaker"] is None


def test_from_a_writer_at_an_outlet_gives_the_quote_to_the_writer() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "From Alba Reid writing at the Island Courier:\n\n"
        "“Crossings fell by a third in the winter and the night boat carried fewer people.”"
    )
    assert claim(body, "night boat carried")["speaker"] == "Alba Reid"


def test_a_quote_opened_with_a_closing_mark_is_its_inverted_subjects() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "” … in the case of Brill, the night boat has already stopped running,” wrote the "
        "Island Courier."
    )
    assert claim(body, "already stopped")["speaker"] == "Island Courier"


def test_a_colon_intro_after_a_cue_of_its_sentence_or_before_turn_labels_is_no_source() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "Mr. Reid, whose shop sells maps, said Mr. Tavish was a man of the islands: “He knows "
        "every boat.”"
    )
    assert claim(body, "every boat")["speaker"] != "Tavish"
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "Partial transcript as follows: “REID: Will the night boat still run on Fridays?”"
    )
    assert "transcript" not in (claim(body, "still run on Fridays")["speaker"] or "").lower()


def test_and_then_before_the_subject_of_a_colon_intro_is_skipped() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "The hall fell silent, and then Mairi Cowan went on: “We will keep the night boat "
        "running whatever the board decides.”"
    )
    assert claim(body, "keep the night boat")["speaker"] == "Mairi Cowan"


def test_an_intro_line_of_the_block_before_yields_to_the_quotes_own_cue() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day, and the Courier has proof:\n\n"
        "“Will the night boat still run on Fridays?” a woman on the dock can be heard asking the manager."
    )
    assert claim(body, "still run on Fridays")["speaker"] != "Courier"


def test_cue_verbs_that_double_their_last_consonant_are_cues() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "A startled Ann Liddell quipped, “The night boat is slower than a rowing club.”\n\n"
        "The harbour board rebutted the claim that the new timetable had cost any jobs."
    )
    got = claim(body, "slower than a rowing club")
    assert (got["speaker"], got["cue"]) == ("Ann Liddell", "quipped")
    assert claim(body, "new timetable")["speaker"] == "harbour board"


def test_applause_after_a_quote_is_no_speech() -> None:
    body = "“We will keep the night boat,” the crowd applauded loudly.\n\nThe crowd applauded."
    assert claim(body, "night boat")["speaker"] is None
    assert claim(body, "The crowd applauded")["speaker"] is None
    body = "Fairley applauded the council's decision to keep the ferry."
    assert claim(body, "council's decision")["speaker"] == "Fairley"


def test_a_colon_after_a_clause_part_with_no_subject_is_the_sentences_subject() -> None:
    body = (
        "Ann Liddell waved at the crowd, then leaned in and thundered: “We will keep the night "
        "boat running.”\n\n"
        "Tom Greer answered calmly, with a shrug: “The board has no money for a night boat.”\n\n"
        "The pilots walked out, with the mayor still shouting: “Come back to the table now.”"
    )
    assert claim(body, "keep the night")["speaker"] == "Ann Liddell"
    assert claim(body, "no money")["speaker"] == "Tom Greer"
    assert claim(body, "Come back")["speaker"] == "mayor"  # an absolute clause of its own


def test_went_on_after_a_quote_frames_it() -> None:
    body = (
        "“The ferry will run on Sundays,” Ann Liddell said.\n\n"
        "“You know the pier, right?” Tom Greer went on, as if he had not heard her."
    )
    got = claim(body, "know the pier")
    assert (got["speaker"], got["cue"]) == ("Tom Greer", "went on")


def test_conclude_with_a_scene_or_a_day_is_an_end_not_a_finding() -> None:
    body = (
        "The harbour ad concludes with footage of Tom Greer saying the toll is fair.\n\n"
        "The hearing on the toll concluded Monday after six hours of talks.\n\n"
        "The harbour panel concluded Monday that the toll was fair."
    )
    assert claim(body, "footage of Tom Greer")["speaker"] == "Tom Greer"
    assert claim(body, "six hours of talks")["speaker"] is None
    assert claim(body, "toll was fair")["speaker"] == "harbour panel"


def test_a_call_to_a_person_that_ends_the_clause_is_a_telephone_call() -> None:
    body = (
        "A year later, Mr. Greer called Ann Liddell.\n\n"
        "The mayor called both skippers Tuesday night and was due to meet them on Friday.\n\n"
        "Then, last week, Tom Greer called.\n\n"
        "Ms. Liddell called Mr. Greer a coward for the toll plan."
    )
    assert claim(body, "called Ann Liddell")["speaker"] is None
    assert claim(body, "both skippers")["speaker"] is None
    assert claim(body, "last week")["speaker"] is None
    assert claim(body, "a coward")["speaker"] == "Ann Liddell"
