"""English subjects before a time phrase and their cue (`split/time_tails.py`), on sentences
written for these tests: "this past week" and a span of time back from now ("less than two
weeks ago") end the subject; the time itself never speaks, nor a bracketed party label before it;
a lone time word left as a speaker gives way to the noun it dates, "last" cut from "last week"
to the phrase before it, a name cut after "ohne" is whole again (`split/speaker_sanity.py`)."""

from __future__ import annotations

import pytest

from tests.split.attribution_cases import claim, german_speakers


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "The harbour board less than ten days ago said that the ferry would stop in May.",
            "ferry would stop",
            "harbour board",
        ),
        ("The harbour board two weeks ago said the ferry would stop.", "ferry", "harbour board"),
        (
            "Tom Doe, the council chairman, this past week announced a toll on the new bridge.",
            "toll on the new bridge",
            "Tom Doe",
        ),
        ("Two years ago, the mayor said the ferry would stop.", "ferry", "mayor"),
    ],
)
def test_a_time_phrase_before_the_cue_ends_the_subject(
    body: str, fragment: str, speaker: str
) -> None:
    assert claim(body, fragment)["speaker"] == speaker


@pytest.mark.parametrize(
    "body,fragment,speaker",
    [
        (
            "Sen. Ann Liddell (D-Maine) on Monday said the harbour toll would rise by 4 percent.",
            "harbour toll",
            "Ann Liddell",
        ),
        (
            "Rep. Tom Greer (R-Iowa) on Friday said that the ferry budget was cut by 7 million.",
            "ferry budget",
            "Tom Greer",
        ),
        ("Sen. Ann Liddell (D) last week said the ferry would stop.", "ferry", "Ann Liddell"),
        (
            "Rep. Tom Greer (D-N.M.) on Monday told reporters the bridge would open in June.",
            "bridge would open",
            "Tom Greer",
        ),
        (
            "Sen. Ann Liddell (I-Vt.) on Monday also said the ferry would stop in May.",
            "ferry",
            "Ann Liddell",
        ),
        # an organisation's acronym in brackets is left as it was
        (
            "The Island Dockers Guild (IDG) on Monday said the ferry would stop in May.",
            "ferry",
            "IDG",
        ),
    ],
)
def test_a_bracketed_party_label_before_a_time_phrase_is_no_speaker(
    body: str, fragment: str, speaker: str
) -> None:
    assert claim(body, fragment)["speaker"] == speaker


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "Ersten Schätzungen vom gestrigen Freitag zufolge kenterten drei Boote im Hafen.",
            "Schätzungen",
        ),
        (
            "In einer Mitteilung der Reederei vom Donnerstagabend hatte es geheißen, die Fähre "
            "werde ab Mai wieder fahren.",
            "Reederei",
        ),
        ("Am Nachmittag hatte es zunächst geheißen, die Fähre werde wieder fahren.", None),
        # a paper's name and a date after the cue are left as they were
        ("Die „Inselpost am Sonntag“ berichtete, die Fähre werde ab Mai wieder fahren.", "Sonntag"),
        ("Die Reederei teilte am Freitag mit, die Fähre werde ab Mai wieder fahren.", "Reederei"),
    ],
)
def test_a_lone_german_time_word_gives_way_to_the_noun_it_dates(
    body: str, speaker: str | None
) -> None:
    assert german_speakers(body)[0][0] == speaker


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "Most islanders back the new toll, according to a harbour survey taken last month.",
            "harbour survey",
        ),
        ("Most islanders back the new toll, according to a ferry poll last week.", "ferry poll"),
        ("Most islanders back the new toll, said Tom Last, the harbour master.", "Tom Last"),
    ],
)
def test_last_of_last_week_is_cut_from_the_speaker(body: str, speaker: str) -> None:
    assert claim(body, "new toll")["speaker"] == speaker


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "Segler ohne Grenzen meldete am Morgen, zwei Jollen seien vor Lunden gekentert.",
            "Segler ohne Grenzen",
        ),
        # "ohne" after the cue is left as it was
        ("Die Reederei sagte ohne Umschweife, die Fähre sei zu teuer.", "Reederei"),
    ],
)
def test_a_name_cut_after_ohne_is_whole_again(body: str, speaker: str) -> None:
    assert german_speakers(body)[0][0] == speaker
