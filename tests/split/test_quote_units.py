"""A quote sentence whose frame only names the speaker gives the quoted words as its claim;
a frame that reports more, or that comes first, keeps the whole sentence."""

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
