"""Two German reports of different speakers in one sentence give two claim units
(`reports_de`), on sentences written for these tests."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_semicolon_between_two_speakers_splits() -> None:
    """ "X sprachen von …; Y sprach von …": one claim unit per speaker."""
    got = speakers(
        "Die Veranstalter sprachen von 3.000 Teilnehmern; die Polizei sprach von rund 1.200."
    )
    assert got == [("Veranstalter", "sprachen von"), ("Polizei", "sprach von")]


def test_doch_between_two_speakers_splits() -> None:
    """ "X sagte, …, doch Y erklärte, …": each speaker has a clause of its own."""
    got = speakers(
        "Der Bürgermeister Jan Roth sagte, die Brücke sei sicher, doch der Gutachter Eva Lind "
        "erklärte, sie müsse gesperrt werden."
    )
    assert got == [("Jan Roth", "sagte"), ("Gutachter Eva Lind", "erklärte")]


def test_comma_before_a_new_subject_splits() -> None:
    """ "…, die Stadt spricht von …": a comma, then a subject reporting on its own."""
    got = speakers(
        "Am Samstag zogen laut den Organisatoren rund 5.000 Radfahrer durch die Altstadt, die "
        "Stadt spricht von knapp 2.000 Fahrern."
    )
    assert got == [("Organisatoren", "laut"), ("Stadt", "spricht von")]


def test_and_before_a_new_subject_splits() -> None:
    """ "…, der Verein habe … gesenkt und die Stadt forderte …", "…, und das Schulamt sprach
    von …": "und" after a verb, then a subject reporting on its own."""
    got = speakers(
        "Der Kassenwart erklärte, der Verein habe die Beiträge gesenkt und die Stadt forderte "
        "eine neue Satzung für alle Vereine."
    )
    assert got == [("Kassenwart", "erklärte"), ("Stadt", "forderte")]
    got = speakers(
        "Der Elternbeirat nannte den Plan überstürzt, und das Schulamt sprach von einem "
        "Missverständnis."
    )
    assert got == [("Elternbeirat", "nannte"), ("Schulamt", "sprach von")]


def test_and_after_a_noun_joins_two_sources() -> None:
    """ "Nach Angaben der Lokalzeitung und der Feuerwehr …": a noun before "und" joins two
    sources of one report, the sentence stays whole."""
    got = speakers(
        "Nach Angaben der Lokalzeitung und der Feuerwehr sei die Scheune am Morgen vollständig "
        "abgebrannt."
    )
    assert got == [("Lokalzeitung", "nach angaben")]


def test_comma_before_a_subject_with_no_cue_stays_one_unit() -> None:
    """ "…, die Anwohner hätten …" (no cue of its own) and a relative clause on the object
    ("…, die Arbeitsplätze …") keep the sentence whole."""
    got = speakers(
        "Die Stadtverwaltung sprach von einem gelungenen Fest, die Anwohner hätten sich aber "
        "über den Lärm beschwert."
    )
    assert got == [("Stadtverwaltung", "sprach von")]
    got = speakers("Der Bürgermeister lobte die Bäckerei, die Arbeitsplätze im Dorf schaffe.")
    assert got == [("Bürgermeister", "lobte")]


def test_one_speaker_or_no_second_report_stays_one_unit() -> None:
    """The same speaker going on ("doch er erklärte auch") and a clause that reports nothing
    ("während der Regen …") keep the sentence whole."""
    got = speakers(
        "Der Bürgermeister Jan Roth sagte, die Brücke sei sicher, doch er erklärte auch, sie "
        "müsse bald saniert werden."
    )
    assert got == [("Jan Roth", "sagte")]
    got = speakers(
        "Die Stadt nannte den Plan einen Erfolg, während der Regen über dem Hafen niederging."
    )
    assert got == [("Stadt", "nannte")]
