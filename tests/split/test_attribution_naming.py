"""English attribution: "called" that gives a thing its name reports nothing ("the so- called
…", "a loophole called an “inversion”", "pilots, called steersmen, and …"), unlike "which
Doe had called a “disaster”" or "Doe, a spokeswoman for the group, called Smith a liar"; on
sentences written for these tests."""

from __future__ import annotations

from attribution_cases import claim


def test_a_broken_so_called_names_a_thing() -> None:
    body = "The harbour board and the so- called ferry lobby have shaped the toll for decades."
    assert claim(body, "ferry lobby")["speaker"] is None


def test_called_an_quoted_word_names_a_thing() -> None:
    body = "The council closed the tax gap called an “anchor credit,” which let ships pay less."
    assert claim(body, "anchor credit")["speaker"] is None


def test_a_name_set_off_by_commas_after_a_noun_names_it() -> None:
    body = (
        "Roe holds a lead among the harbour pilots, called steersmen, and is on track to "
        "win the vote.\n\n"
        'There is also a weekly show, called "Pier Talk" in which the mayor discusses the '
        "plans for the ferry."
    )
    assert claim(body, "steersmen")["speaker"] is None
    assert claim(body, "weekly show")["speaker"] == "mayor"  # the relative clause's subject


def test_called_after_an_auxiliary_or_an_apposition_still_judges() -> None:
    body = (
        "And the ferry deal, which Roe had called a “disaster” on the campaign trail, was "
        "signed anyway.\n\n"
        "Ann Lee, a spokeswoman for the pilots, called Smith a liar on Tuesday."
    )
    assert claim(body, "disaster")["speaker"] == "Roe"
    assert claim(body, "a liar")["speaker"] == "Ann Lee"


def test_another_called_and_a_bare_object_before_a_relative_name_a_thing() -> None:
    body = (
        "The board hired two firms, among them a yard called Ostmark, which builds ferries, "
        "and another called k22, which is owned by a bank.\n\n"
        "Out on the pier, Ms. Tesk was trying one turn after another of a jump called the "
        "dropper, in which she lifts the board."
    )
    assert claim(body, "k22")["speaker"] is None
    assert claim(body, "dropper")["speaker"] is None


def test_called_the_plan_with_a_judgment_after_it_still_judges() -> None:
    body = "Harbour master Ann Lee called the toll plan a sham on Tuesday."
    assert claim(body, "a sham")["speaker"] == "Ann Lee"
