"""Narration rules: a sentence that is only the frame of the quote closing right before it
('"Can the ferry run?" | Mayor Ana Ruiz asked.') reports nothing itself; the quote keeps the
speaker; a thing that goes on ("the borrowing continued.") says nothing."""

from __future__ import annotations

from attribution_cases import claim

_OPEN = "The harbour council met on Tuesday to vote on the new ferry timetable.\n\n"


def test_a_bare_frame_after_a_question_quote_has_no_speaker() -> None:
    body = _OPEN + '"Who will pay for the night ferry?" Mayor Ana Ruiz asked the harbour master.'
    assert claim(body, "Who will pay")["speaker"] == "Ana Ruiz"
    assert claim(body, "asked the harbour master")["speaker"] is None


def test_a_frame_with_a_time_place_or_manner_reports_nothing() -> None:
    body = (
        _OPEN + '"We are done waiting!" Peter Becker said on the radio on Monday.\n\n'
        '"Is this the best plan we have?" Becker asked, shaking his head at the council.'
    )
    assert claim(body, "done waiting")["speaker"] == "Peter Becker"
    assert claim(body, "said on the radio")["speaker"] is None
    assert claim(body, "best plan")["speaker"] == "Peter Becker"
    assert claim(body, "shaking his head")["speaker"] is None


def test_a_frame_that_reports_a_clause_keeps_its_speaker() -> None:
    body = (
        _OPEN + '"Who will pay for it?" Peter Becker said that the port would pay in the end.\n\n'
        '"Why now?" Becker asked reporters in Dover whether the vote could wait a week.'
    )
    assert claim(body, "port would pay")["speaker"] == "Peter Becker"
    assert claim(body, "the vote could wait")["speaker"] == "Peter Becker"


def test_a_quote_closing_its_sentence_is_not_framed_by_the_next_sentences_cue() -> None:
    body = (
        _OPEN + 'Peter Becker called the timetable "a disgrace." Ana Ruiz called the plan "fair."'
        '\n\nJohn Reed asked "who pays?" Mayor Ana Ruiz added: "The port will pay for it."'
    )
    assert claim(body, "a disgrace")["speaker"] == "Peter Becker"
    assert claim(body, "who pays")["speaker"] == "John Reed"


def test_a_bare_frame_after_a_quote_still_names_its_speaker() -> None:
    body = (
        _OPEN + '"The timetable is a disgrace." Peter Becker said on the radio on Monday.\n\n'
        '"Who pays for the ferry?" Ana Ruiz asked the harbour master.\n\n'
        '"It will not be cheap, who knows?" John Reed told Radio Dover in an interview on Monday '
        "when asked how the port would cope."
    )
    assert claim(body, "a disgrace")["speaker"] == "Peter Becker"
    assert claim(body, "Who pays")["speaker"] == "Ana Ruiz"
    assert claim(body, "not be cheap")["speaker"] == "John Reed"


def test_a_thing_that_continues_says_nothing() -> None:
    body = (
        "But even after the fares fell, the borrowing continued.\n\n"
        "The dredging continued, and four years later the harbour was closed.\n\n"
        "“The ferry will run,” Ann Liddell said. The harbour chairman continued. “The bridge "
        "will wait.”"
    )
    assert claim(body, "borrowing")["speaker"] is None
    assert claim(body, "dredging")["speaker"] is None
    assert claim(body, "bridge will wait")["speaker"] == "harbour chairman"


def test_a_bare_frame_with_a_title_an_apostrophe_an_as_clause_or_a_long_about() -> None:
    body = (
        _OPEN + "“Who will pay for the ferry, she asked, ‘the port or the town?’” Renteria told "
        "reporters during Monday’s conference call.\n\n"
        "“The town is proud to back the next harbour master, Jane Doe!” State Senator John "
        "Miller said as he opened the session.\n\n"
        '"Why would anyone build a road there?" Becker said about the county\'s plan to widen '
        "the old coast road to the harbour."
    )
    assert claim(body, "Who will pay")["speaker"] == "Renteria"
    assert claim(body, "conference call")["speaker"] is None
    assert claim(body, "proud to back")["speaker"] == "John Miller"
    assert claim(body, "opened the session")["speaker"] is None
    assert claim(body, "build a road")["speaker"] == "Becker"
    assert claim(body, "widen the old")["speaker"] is None


def test_a_frame_closing_its_block_with_a_colon_reports_nothing_itself() -> None:
    body = (
        _OPEN + "In the note under the video, Peter Becker wrote:\n\n"
        "I think the timetable is the worst the port has seen.\n\n"
        "In a speech last July, the mayor said:\n\n"
        "Let no one doubt that the night ferry will keep running for years.\n\n"
        "Ana Ruiz said the port would pay for the new ferry:\n\n"
        "The harbour has the money."
    )
    assert claim(body, "under the video")["speaker"] is None
    assert claim(body, "speech last July")["speaker"] is None
    assert claim(body, "port would pay")["speaker"] == "Ana Ruiz"


def test_an_asked_frame_with_its_addressee_and_a_manner_reports_nothing() -> None:
    body = (
        _OPEN + '"Do you think I will give up?" Becker asked reporters angrily during a news '
        "conference by the quay on Friday night.\n\n"
        '"Will it float?" Ana Ruiz told reporters on Monday in the hall the new ferry was '
        "far too heavy."
    )
    assert claim(body, "give up")["speaker"] == "Becker"
    assert claim(body, "news conference")["speaker"] is None
    assert claim(body, "far too heavy")["speaker"] == "Ana Ruiz"


def test_a_paragraph_after_a_colon_frame_is_its_speakers_own_words() -> None:
    body = (
        _OPEN + "In the note under the video, Peter Becker wrote:\n\n"
        "I think the timetable is the worst the port has seen. The night ferry must stay.\n\n"
        "The vote on the timetable is on Friday.\n\n"
        "The harbour poll also found that:\n\n"
        "The harbour poll's margin of error is four points."
    )
    assert claim(body, "worst the port")["speaker"] == "Peter Becker"
    assert claim(body, "night ferry must stay")["speaker"] == "Peter Becker"
    assert claim(body, "vote on the timetable")["speaker"] is None
    assert claim(body, "margin of error")["speaker"] is None
