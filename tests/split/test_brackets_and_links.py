"""A candidate sentence end in a link, an e-mail or an open bracket."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.split.brackets_and_links import glued_ok, inside_brackets, link_line
from annotator.split.part_marks import positions


def _inside_brackets_scanning_back(seg: str, i: int) -> bool:
    """`brackets_and_links.inside_brackets` as it scanned back from i for the line start and opener."""
    lo = max(seg.rfind("\n", max(0, i - 300), i) + 1, i - 300, 0)
    opened = max(seg.rfind("(", lo, i), seg.rfind("[", lo, i))
    if opened < 0 or seg.find(")", opened, i) >= 0 or seg.find("]", opened, i) >= 0:
        return False
    if seg[opened] == "(" and opened > lo and seg[opened - 1] in ":;-":
        return False
    close = ")" if seg[opened] == "(" else "]"
    return seg.find(close, i, i + 300) >= 0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "[", "]", "\n", ":", "-", " ", "a" * 40, "b" * 150])))
def test_inside_brackets_looks_up_the_opener_it_scanned_back_for(parts: list[str]) -> None:
    seg = "".join(parts)
    openers = positions(seg, "([")
    assert openers == [k for k, ch in enumerate(seg) if ch in "(["]
    for i in range(len(seg) + 1):
        expected = _inside_brackets_scanning_back(seg, i)
        assert inside_brackets(seg, i, openers) == expected


def test_a_period_glued_to_a_word_ends_a_sentence_but_not_in_an_address() -> None:
    assert glued_ok("the harbour closed.Tomorrow", 18)
    assert not glued_ok("see harbour.example/ferries", 11)
    assert not glued_ok("mail ferry@harbour.Net now", 18)


def test_a_url_line_that_ends_without_a_period_stands_alone() -> None:
    text = "It reopened. https://example.org/ferry"
    assert link_line(text, 13)
    assert not link_line("It reopened. https://example.org/ferry.", 13)
    assert not link_line(text, 3)
