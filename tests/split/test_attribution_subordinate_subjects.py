"""English attribution: a participle after "when/after …" that follows a closing quote has no
subject of its own ('on the “Morning Hour,” when asked about …, Doe said'), and an -ing cue after
a message in a subordinate clause is that clause's subject's ("The crowd cheered after Doe issued
a statement calling …"), as is a cue joined by "and" to that clause's verb ("… when Doe spotted a
sign and asked …"); on sentences written for these tests."""

from __future__ import annotations

from attribution_cases import claim


def test_when_asked_after_a_closing_quote_has_no_subject() -> None:
    body = (
        "Sunday on the “Morning Hour,” when asked about the toll, Governor Jane Doe said she "
        "expected the ferry to stay cheap."
    )
    assert claim(body, "ferry to stay cheap")["speaker"] == "Jane Doe"


def test_an_ing_cue_after_a_message_in_a_subordinate_clause() -> None:
    body = (
        "The crowd cheered after Jane Doe issued a statement calling the ferry company a "
        "disgrace.\n\n"
        "The pilots spoke to reporters Friday after Tom Lee posted a series of tweets "
        "criticizing the harbour board."
    )
    assert claim(body, "disgrace")["speaker"] == "Jane Doe"
    assert claim(body, "harbour board")["speaker"] == "Tom Lee"


def test_an_ing_cue_after_a_message_in_the_main_clause() -> None:
    body = "Jane Doe issued a statement on the pier calling the ferry company a disgrace."
    assert claim(body, "disgrace")["speaker"] == "Jane Doe"


def test_a_cue_joined_by_and_in_a_subordinate_clause_is_its_subjects() -> None:
    body = (
        "The crowd cheered when Jane Doe spotted a banner by the stage and asked it to be "
        "brought to her.\n\n"
        "Tom Lee was quick to praise the mayor after she won the vote and said the toll would "
        "stay."
    )
    assert claim(body, "brought to her")["speaker"] == "Jane Doe"
    assert claim(body, "toll would stay")["speaker"] == "Tom Lee"  # a pronoun: the main clause
