"""A quote sentence whose frame only names the speaker gives the quoted words as its claim;
a frame that reports more, or that comes first, keeps the whole sentence, unless the quote
after the frame runs on into the next sentence."""

from __future__ import annotations

from attribution_cases import HEAD, claim


def test_a_quote_then_a_long_frame_gives_the_quoted_words() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "“The toll will sink the ferry,” said Ann Liddell, a captain who has sailed the "
        "channel for thirty years and sits on the harbour board."
    )
    c = claim(body, "The toll will sink")
    assert c["text"] == "The toll will sink the ferry"
    assert c["speaker"] == "Ann Liddell" and c["cue"] == "said"
    assert c["context"].startswith("“The toll will sink the ferry,” said Ann Liddell")
    text = HEAD + body
    assert text[c["start"] : c["end"]] == c["text"]
    assert text[c["speaker_start"] : c["speaker_end"]] == "Ann Liddell"


def test_a_frame_that_reports_more_keeps_the_sentence() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "“The toll will sink the ferry,” Ann Liddell said, adding that the board had not "
        "asked the captains.\n\n"
        "“We were never asked,” Tom Fairley said, citing the minutes of the last meeting."
    )
    assert claim(body, "sink the ferry")["text"].endswith("had not asked the captains.")
    assert claim(body, "never asked")["text"].endswith("minutes of the last meeting.")


def test_a_frame_before_the_quote_keeps_the_sentence() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "Ann Liddell called the toll “a tax on every fisherman in the bay.”"
    )
    c = claim(body, "every fisherman")
    assert c["speaker"] == "Ann Liddell"
    assert c["text"] == "Ann Liddell called the toll “a tax on every fisherman in the bay.”"


def test_a_short_quote_before_a_longer_frame_gives_the_quoted_words() -> None:
    # the frame is most of the sentence: the quote alone does not make it a quote sentence
    body = (
        "The harbour board met on Monday.\n\n"
        "“It is fine,” Tom Fairley, a harbour pilot from the north side of the bay, said on "
        "Monday."
    )
    c = claim(body, "It is fine")
    assert (c["text"], c["speaker"]) == ("It is fine", "Tom Fairley")


def test_the_reported_words_of_a_short_quote_are_the_quote_not_the_apposition() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "“It is fine,” said Tom Fairley, a harbour pilot from the north side of the bay."
    )
    c = claim(body, "It is fine")
    assert (c["text"], c["speaker"]) == ("It is fine", "Tom Fairley")
    assert (c["content_start"], c["content_end"]) == (c["start"], c["end"])


def test_a_short_quote_in_doubled_apostrophes_before_a_long_frame_gives_the_quoted_words() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "''It isn't a toll,'' said Ann Liddell, a captain who sailed the channel for thirty "
        "years and now sits on the harbour board, a body of nine members."
    )
    c = claim(body, "It isn't a toll")
    assert (c["text"], c["speaker"]) == ("It isn't a toll", "Ann Liddell")


def test_a_quote_that_runs_on_after_a_frame_gives_the_quoted_words() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "At the meeting in the town hall, Ann Liddell said: “We were never asked. The board "
        "decided without us.”\n\n"
        "Tom Fairley told the Gazette, ''Nobody wants it. The ferry will stop.''"
    )
    first = claim(body, "never asked")
    assert (first["text"], first["speaker"]) == ("We were never asked.", "Ann Liddell")
    assert claim(body, "decided without")["text"] == "The board decided without us.”"
    assert claim(body, "Nobody wants")["text"] == "Nobody wants it."
    assert claim(body, "Nobody wants")["speaker"] == "Tom Fairley"


def test_a_frame_before_a_closed_or_partial_quote_or_that_says_more_keeps_the_sentence() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "Ann Liddell said: “We were never asked.” The board met again on Friday.\n\n"
        "Watching the vote on Monday, Tom Fairley said: “It is a sad day. The ferry is gone.”\n\n"
        "Ann Liddell called the plan “a tax on fishermen. Nobody wanted it.”\n\n"
        "Jim Doyle called the toll “unfair,” and Doyle added: “We will fight. We will win.”\n\n"
        "Jim Doyle was leaving when Doyle told us, “We will sue. We will win.”"
    )
    assert claim(body, "never asked")["text"] == "Ann Liddell said: “We were never asked.”"
    assert claim(body, "sad day")["text"].startswith("Watching the vote")
    assert claim(body, "tax on fishermen")["text"].startswith("Ann Liddell called")
    assert claim(body, "We will fight")["text"].startswith("Jim Doyle called")
    assert claim(body, "We will sue")["text"].startswith("Jim Doyle was leaving")


def test_a_frame_that_only_sets_the_scene_gives_the_quoted_words() -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        "“The toll will sink the ferry,” Ann Liddell said, looking out at the empty quay.\n\n"
        "“We were never asked,” Tom Fairley said, speaking of the new toll on the bridge."
    )
    assert claim(body, "sink the ferry")["text"] == "The toll will sink the ferry"
    assert claim(body, "never asked")["text"].endswith("speaking of the new toll on the bridge.")
