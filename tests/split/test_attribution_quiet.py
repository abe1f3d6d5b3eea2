"""A sentence with no cue, outside German, with no one to go on: `attribute_block` gives it the
outlet's own voice at once (the steps after `cued` would change nothing)."""

from __future__ import annotations

from annotator.split.attribution import Tracker, attribute_block, build_name_index
from annotator.split.sentences import split_sentences


def _block(text: str, lang: str | None) -> tuple[list[tuple[str | None, bool]], Tracker]:
    tracker = Tracker(names=build_name_index(text), lang=lang)
    sentences = split_sentences(text, lang=lang)
    out = attribute_block(text, 0, len(text), sentences, tracker)
    return [(a.speaker, a.inherited) for a in out], tracker


def test_plain_sentences_after_a_report_are_the_outlets_own() -> None:
    text = (
        "Le maire Paul Vidal a déclaré que la passerelle rouvrira en juin. "
        "La commune compte trois passerelles. Les travaux ont duré deux ans."
    )
    got, tracker = _block(text, "fr")
    assert got == [("Paul Vidal", False), (None, False), (None, False)]
    assert tracker.reported is None and tracker.topic is None and tracker.paused is None


def test_german_speech_still_goes_on_in_the_subjunctive() -> None:
    text = (
        "Die Bürgermeisterin Karla Voss sagte, der Steg werde im Juni wieder geöffnet. "
        "Die Arbeiten hätten zwei Jahre gedauert."
    )
    got, _ = _block(text, "de")
    assert got == [("Karla Voss", False), ("Karla Voss", True)]
