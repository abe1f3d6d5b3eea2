"""German sources written as quoted titles, on sentences written for these tests: a title that
opens the clause speaks, a word inside a quote before ", zitiert …" never does."""

from __future__ import annotations

import pytest
from attribution_cases import german_speakers as speakers


@pytest.mark.parametrize(
    "body,speaker,cue",
    [
        (
            "„Radio Nord“ berichtet unter Berufung auf einen Wärter, dass zwei Häftlinge "
            "geflohen sind.",
            "Radio Nord",
            "berichtet",
        ),
        (
            "Die „Lokalpost“ schrieb am Montag, der Bau der Brücke sei gescheitert.",
            "Lokalpost",
            "schrieb",
        ),
        (
            "Die „Abendzeitung“-Redaktion meldete, der Bürgermeister trete zurück.",
            "Abendzeitung",
            "meldete",
        ),
    ],
)
def test_quoted_title_opens_the_clause(body: str, speaker: str, cue: str) -> None:
    assert speakers(body) == [(speaker, cue)]


def test_lower_case_quote_before_the_verb_is_no_title() -> None:
    """ "„wir schaffen das“ sagte …" is what was said, not who said it."""
    got = speakers("„Wir schaffen das noch“ sagte die Bürgermeisterin am Abend.")
    assert all(s != "Wir schaffen das noch" for s, _ in got)


def test_word_inside_a_quote_is_no_speaker() -> None:
    got = speakers("„Das wird das beste Programm aller Zeiten“, zitiert die „Fachpost“ den Chef.")
    assert all(s != "Zeiten" for s, _ in got)
