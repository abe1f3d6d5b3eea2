"""'according to' followed by a noun phrase the speaker rules do not take apart (a long
description, two nouns joined by 'and') ascribes the sentence to the whole phrase."""

from __future__ import annotations

from attribution_cases import claim


def test_the_whole_phrase_after_according_to_is_the_source() -> None:
    body = (
        "The ferry company cut the winter crossings to two a day.\n\n"
        "According to the recently leaked harbour board playbook, the staff were told to "
        "smile at every passenger.\n\n"
        "According to the timetable and the fare list, the night boat leaves at ten."
    )
    assert claim(body, "smile at every")["speaker"] == "recently leaked harbour board playbook"
    assert claim(body, "leaves at ten")["speaker"] == "timetable and fare list"
