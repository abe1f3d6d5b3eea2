"""A response or a testimony with nothing said after it ("Doe responded to the post.", "Roe
testified before the county board in spring.") gives its claim no speaker; words quoted,
reported or asked for keep it ("“No,” Doe replied.", "Doe responded that …", "did not respond to
a request for comment"), and the speaker is still the one a quote after it goes back to."""

from __future__ import annotations

from attribution_cases import claim


def test_a_response_to_a_thing_with_nothing_said_has_no_speaker() -> None:
    body = "Councillor Maren Tolsby responded to the harbour master's post."
    assert claim(body, "harbour master's post")["speaker"] is None


def test_a_testimony_before_a_panel_has_no_speaker() -> None:
    body = "Ferry captain Ilse Varga testified before the county panel last autumn."
    assert claim(body, "county panel")["speaker"] is None


def test_a_response_at_the_clause_end_has_no_speaker_but_the_next_quote_keeps_it() -> None:
    body = (
        "Mayor Tova Rensik, however, wasted no time responding.\n\n"
        '"The bridge will open on time," she said.'
    )
    assert claim(body, "wasted no time")["speaker"] is None
    assert claim(body, "bridge will open", pronoun_mentions=True)["speaker"] == "Tova Rensik"


def test_a_response_that_reports_words_keeps_its_speaker() -> None:
    body = "Councillor Maren Tolsby responded that the ferry toll would stay as it is."
    assert claim(body, "ferry toll")["speaker"] == "Councillor Maren Tolsby"


def test_a_quote_before_the_response_keeps_its_speaker() -> None:
    body = '"The toll will stay where it is for the whole summer season," Tolsby replied.'
    assert claim(body, "toll will stay")["speaker"] == "Tolsby"


def test_no_response_to_a_request_for_comment_keeps_its_speaker() -> None:
    body = "The ferry company did not immediately respond to a request for comment."
    assert claim(body, "request for comment")["speaker"] == "ferry company"


def test_a_refusal_to_respond_keeps_its_speaker() -> None:
    body = "Pier warden Ansel Brekke chose not to respond to the ferry board."
    assert claim(body, "ferry board")["speaker"] == "Ansel Brekke"
