"""The subject of the main clause before ", saying …" comes after an opening time ("The day
before"), a "City, State" place ("in Tyler, Tex.,") and an "Amid …" phrase."""

from __future__ import annotations

from attribution_cases import claim


def test_a_time_and_a_city_state_place_are_no_main_subject() -> None:
    body = (
        "The week before, at a rally in Tyler, Tex., Mr. Reed was just as blunt, claiming "
        "the toll was a fraud.\n\n"
        "Speaking at a town hall in Millbrook, New Hampshire, Reed went after the mayor, calling "
        "him a stiff."
    )
    assert claim(body, "toll was a fraud")["speaker"] == "Reed"
    assert claim(body, "a stiff")["speaker"] == "Reed"


def test_an_amid_phrase_is_no_main_subject() -> None:
    body = (
        "Amid calls from the captains to reopen the pier, the harbour master went on the "
        "radio, saying the storm had passed."
    )
    assert claim(body, "storm had passed")["speaker"] == "harbour master"
