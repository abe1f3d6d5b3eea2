"""German subjects the cue verb's frame decides (`framed_apart`, `marked_subject`), or `GO_ON`
for the word order to decide."""

from __future__ import annotations

import pytest

from annotator.split.marked_subjects_de import GO_ON, framed_apart, marked_subject
from annotator.split.verb_clause_de import clause_of


def _subject(text: str, verb: str) -> str | tuple[int, int] | None:
    """The frame's subject as text, None for no one, or `GO_ON`."""
    a = text.index(verb)
    b = a + len(verb)
    found = framed_apart(text, 0, a, b, len(text))
    if found == GO_ON:
        found = marked_subject(clause_of(text, 0, a, b, len(text)))
    return found if found is None or found == GO_ON else text[found[0] : found[1]]


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Sie zogen mit dem Ruf „Wir fordern Ruhe“ durch die Stadt.", "fordern", None),
        ("Die Gruppe nennt sich Grüne Welle.", "nennt", None),
        ("Bis Freitag wurden keine Verletzten gemeldet.", "gemeldet", None),
        (
            "Die Brücke wurde von der Stadträtin als marode bezeichnet.",
            "bezeichnet",
            "der Stadträtin",
        ),
        (
            "Wie die Feuerwehr in Kassel mitteilte, brannte die Scheune aus.",
            "mitteilte",
            "die Feuerwehr in Kassel",
        ),
        ("Die „Wochenpost“ schrieb, der Hafen schließe.", "schrieb", "Wochenpost"),
    ],
)
def test_the_frame_decides(text: str, verb: str, subject: str | None) -> None:
    assert _subject(text, verb) == subject


def test_a_plain_main_clause_goes_on_to_the_word_order() -> None:
    assert _subject("Die Ministerin sagte, die Brücke bleibe zu.", "sagte") == GO_ON
