"""Cue forms that a thing or a doing around them shows to report nothing (`other_use`)."""

from __future__ import annotations

import pytest

from annotator.split.things_and_doings import other_use


def _other_use(text: str, verb: str) -> bool:
    start = text.index(verb)
    return other_use(verb, text, 0, start, start + len(verb))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Still the dredging continued.", "continued"),  # a thing that goes on
        ("The ferry fare planned for next spring would double.", "planned"),  # a thing described
        ("Fans kept drumming, whistling and singing.", "whistling"),  # a row of doings
        ("The fines, which Ruiz denies, went up.", "denies"),  # a relative clause's object
    ],
)
def test_a_thing_or_a_doing_reports_nothing(text: str, verb: str) -> None:
    assert _other_use(text, verb)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The mayor continued: the fare stays.", "continued"),
        ("The fines, which Ruiz said were fair, went up.", "said"),
        ("She was reading and replying to letters.", "replying"),
    ],
)
def test_a_report_is_left_alone(text: str, verb: str) -> None:
    assert not _other_use(text, verb)
