"""A pronoun bound to its own sentence's subject (`bound_subject`) or to the subject after an
opening clause (`cataphor`)."""

from __future__ import annotations

from annotator.split.names import build_name_index
from annotator.split.pronoun_clauses import bound_subject, cataphor
from annotator.split.tracker import Tracker


def _span(text: str, word: str) -> tuple[int, int]:
    at = text.index(f" {word} ") + 1
    return at, at + len(word)


def test_bound_subject_is_the_main_clause_subject() -> None:
    text = "The harbour captain delays the sailing because he doubts the forecast."
    tracker = Tracker(names=build_name_index(text))
    main = bound_subject(text, 0, _span(text, "he"), tracker)
    assert main is not None and text[main[0] : main[1]] == "The harbour captain"


def test_bound_subject_leaves_a_parenthetical_alone() -> None:
    text = "The real trouble, he said, is the tide table."
    tracker = Tracker(names=build_name_index(text))
    assert bound_subject(text, 0, _span(text, "he"), tracker) is None


def test_cataphor_is_the_named_subject_after_the_comma() -> None:
    text = "Even as she praised the crew, Anna Olsson would not name a date."
    tracker = Tracker(names=build_name_index(text))
    main = cataphor(text, 0, len(text), _span(text, "she"), tracker)
    assert main is not None and text[main[0] : main[1]] == "Anna Olsson"


def test_cataphor_needs_an_opening_clause() -> None:
    text = "Anna Olsson left early, and she praised the crew."
    tracker = Tracker(names=build_name_index(text))
    assert cataphor(text, 0, len(text), _span(text, "she"), tracker) is None
