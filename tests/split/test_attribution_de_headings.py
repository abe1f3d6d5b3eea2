"""German attribution: a section heading glued to the first sentence of its paragraph ("Neue
Pläne Im Mai hatte X verkündet …") is no subject, on sentences written for these tests."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers

_BEFORE = "Die Stadt Kollberg plant viel.\n\n"


def test_a_glued_heading_before_a_fronted_phrase_is_no_speaker() -> None:
    """ "Neue Pläne Bereits im Mai hatte Greta Fallmann verkündet": she speaks, not the heading;
    a capitalised preposition ("Im Mai") closes the heading as well."""
    got = speakers(
        _BEFORE + "Neue Pläne Bereits im Mai hatte Bürgermeisterin Greta Fallmann in einer Rede "
        "verkündet, dass eine Brücke über den Fluss gebaut werde."
    )
    assert got[-1] == ("Greta Fallmann", "verkündet")
    got = speakers(
        _BEFORE + "Neue Pläne Im Mai hatte Bürgermeisterin Greta Fallmann in einer Rede "
        "verkündet, dass eine Brücke über den Fluss gebaut werde."
    )
    assert got[-1] == ("Greta Fallmann", "verkündet")


def test_a_paragraph_without_a_heading_keeps_its_subject() -> None:
    """An opening noun phrase followed by an article ("Die Zeitung Die Abendpost") or by its
    verb is the subject itself: no heading is cut off."""
    got = speakers(
        _BEFORE + "Die Zeitung Die Abendpost hatte im Mai berichtet, dass eine Brücke über den "
        "Fluss gebaut werde."
    )
    assert got[-1] == ("Zeitung Die Abendpost", "berichtet")
    got = speakers(
        _BEFORE + "Bürgermeisterin Greta Fallmann hatte im Mai verkündet, dass eine Brücke über "
        "den Fluss gebaut werde."
    )
    assert got[-1] == ("Greta Fallmann", "verkündet")
