"""German cue forms the split stage used to miss, on sentences written for these tests: advice
with its object ("riet zu"), admissions ("gestand ein"), insistence ("bestehen darauf"),
reasons given ("begründete … mit"), demands with a plain object ("verlangte einen Stopp"),
pointers ("verwies auf") and a reason opening the sentence ("Als Grund gab … an"); an ordinal's dot
inside a frame; a source named for the sentence before ("Das wurde von X bekannt gegeben.") going
on in a "soll" sentence; a payment asked for ("forderten Bargeld") is no demand said; a source
going on past one sentence of the outlet's own in hearsay of an event ("… soll … ausgebrochen
sein"), not in a state to come nor in what a person is said to have done; informing someone
("informierte die Hafenmeisterei, die …") passes no words on; a source named for the sentence
before ("Das berichten X.") takes it from a source carried on into it, not from one named in it;
a bare surname after the verb of the sentence before ("hatte Kolberg … zu berichten") is the
topic of a Konjunktiv I sentence when the document names the person in full, and so is an
acronym the document used before ("gibt HBA keine Entwarnung"); a time before "hieß es"
("Bisher hieß es, …") is no source, nor does the speaker before go on into it; a forecast
("sagte … Böen voraus") names what was said; a sentence adverb, a time or a channel before
the verb ("Derweil", "Noch am Abend", "Kurz darauf", "Zwei Tage später", "Via …") is no
speaker; a view held ("vertritt die These", "hegt den Verdacht") and a fear voiced ("fürchtet,
dass …") report."""

from __future__ import annotations

import pytest
from attribution_cases import german_speakers as speakers

# (id, body, (speaker, cue) of each claim): one form the rule reads and one it leaves alone
CASES = [
    # "riet den Pendlern zu mehr Geduld": the advice is what the doctor said.
    pytest.param(
        "Die Ärztin Lea Kurz riet den Pendlern zu mehr Geduld auf der Fähre.",
        [("Ärztin Lea Kurz", "riet")],
        id="advice_with_zu_names_what_was_said",
    ),
    # "riet beim Quiz falsch": a guess, no frame of advice, so no speaker.
    pytest.param(
        "Die Ärztin Lea Kurz riet beim Quiz am Abend falsch.",
        [(None, None)],
        id="guessing_is_no_advice",
    ),
    # "gestanden ein, dass …": eingestehen, an admission of what follows.
    pytest.param(
        "Die Veranstalter gestanden ein, dass ihnen der Pier nicht sicher genug gewesen war.",
        [("Veranstalter", "gestanden ein")],
        id="admission_with_its_particle_is_a_cue",
    ),
    # "gestanden einen Fehler": the particle is an article, the object no words said.
    pytest.param(
        "Die Männer gestanden einen Fehler beim Anlegen.",
        [(None, None)],
        id="admission_of_a_plain_object_reports_nothing",
    ),
    # "bestehen jedoch darauf, … zu machen": the demand insisted on is what was said.
    pytest.param(
        "Die Fährleute bestehen jedoch darauf, den Fahrplan selbst zu machen.",
        [("Fährleute", "bestehen")],
        id="insisting_on_a_zu_infinitive_is_a_cue",
    ),
    # "besteht aus": what something is made of, no words said.
    pytest.param(
        "Die Gruppe besteht aus vier Fährleuten vom Hafen.",
        [(None, None)],
        id="consisting_of_is_no_cue",
    ),
    # "begründete die höheren Preise mit den Kosten": the reason named is what was said.
    pytest.param(
        "Die Reederei begründete die höheren Preise mit den Kosten für Diesel.",
        [("Reederei", "begründete")],
        id="reason_given_with_mit_is_what_was_said",
    ),
    # "begründete eine Fährlinie": founding, no reason given, so no speaker.
    pytest.param(
        "Die Reederei begründete im Jahr 1950 eine Fährlinie nach Lindau.",
        [(None, None)],
        id="founding_something_reports_nothing",
    ),
    # "verlangte einen sofortigen Stopp": like "forderte", the object is the demand.
    pytest.param(
        "Der Hafenrat verlangte einen sofortigen Stopp der Bauarbeiten am Pier.",
        [("Hafenrat", "verlangte")],
        id="demand_with_a_plain_object_is_what_was_said",
    ),
    # "verwies auf das schlechte Wetter": what the spokesman points to is what he said.
    pytest.param(
        "Ein Sprecher der Reederei verwies auf das schlechte Wetter am Hafen.",
        [("Sprecher der Reederei", "verwies")],
        id="pointing_to_something_is_what_was_said",
    ),
    # "verwies die Gäste auf den zweiten Platz": a race result, no words said.
    pytest.param(
        "Die Läuferin Mia Roth verwies die Gäste aus Lindau auf den zweiten Platz.",
        [(None, None)],
        id="a_ranking_with_auf_reports_nothing",
    ),
    # "warnte am 4. März vor …": the date's dot is no clause end, the danger is named.
    pytest.param(
        "Die Küstenwache warnte am 4. März vor starkem Sturm an der Mole.",
        [("Küstenwache", "warnte")],
        id="an_ordinal_dot_closes_no_frame",
    ),
    # "Als Grund gab X … an": the reason named first is what the port authority said.
    pytest.param(
        "Als Grund gab die Hafenbehörde den starken Seegang vor der Mole an.",
        [("Hafenbehörde", "gab")],
        id="reason_opening_the_sentence_is_what_was_given",
    ),
    # "gibt … als Ursache an" without the reason opening the sentence stays without speaker.
    pytest.param(
        "Die Hafenbehörde gibt den Seegang als Ursache an und schließt die Mole.",
        [(None, None)],
        id="giving_a_reason_later_in_the_sentence_reports_nothing",
    ),
    # "Das wurde von X bekannt gegeben.": X, named for the sentence before, goes on in "sollen".
    pytest.param(
        "Der Senat hat neue Regeln für den Hafen beschlossen. Das wurde vom Presseamt des Senats"
        " am Montag bekannt gegeben. Die Liegegebühren sollen sinken.",
        [
            ("Presseamt des Senats", "bekannt gegeben"),
            (None, None),
            ("Presseamt des Senats", "bekannt gegeben"),
        ],
        id="a_source_pointing_back_goes_on_in_a_soll_sentence",
    ),
    # the same source before an indicative sentence: the outlet's own words, no speaker.
    pytest.param(
        "Der Senat hat neue Regeln für den Hafen beschlossen. Das wurde vom Presseamt des Senats"
        " am Montag bekannt gegeben. Die Liegegebühren sinken im Mai.",
        [("Presseamt des Senats", "bekannt gegeben"), (None, None), (None, None)],
        id="a_source_pointing_back_leaves_an_indicative_sentence_alone",
    ),
    # "forderten plötzlich Bargeld", "fordert 4,5 Milliarden": a payment asked for, no words said.
    pytest.param(
        "Am Pier forderten die Männer plötzlich Bargeld von den Gästen.",
        [(None, None)],
        id="asking_for_cash_is_no_demand_said",
    ),
    pytest.param(
        "Davon fordert die Werft 4,5 Milliarden von der Stadt.",
        [(None, None)],
        id="asking_for_a_sum_is_no_demand_said",
    ),
    # "fordert höhere Zuschüsse": a demand with a plain object is still what was said.
    pytest.param(
        "Die Werft fordert höhere Zuschüsse vom Land.",
        [("Werft", "fordert")],
        id="a_demand_of_a_plain_object_stays_a_cue",
    ),
    # "sollen … verletzt worden sein" after one sentence of the outlet's own: the source goes on.
    pytest.param(
        "Nach Angaben der Küstenwache seien zwei Boote gekentert. Die Mole wurde gesperrt."
        " Dabei sollen drei Segler verletzt worden sein.",
        [("Küstenwache", "nach angaben"), (None, None), ("Küstenwache", "nach angaben")],
        id="hearsay_of_an_event_goes_on_past_a_sentence_of_the_outlet",
    ),
    # "soll … fertiggestellt sein": a state to come, no hearsay, so no speaker.
    pytest.param(
        "Nach Angaben der Küstenwache seien zwei Boote gekentert. Die Mole wurde gesperrt."
        " Der neue Steg soll im Mai fertiggestellt sein.",
        [("Küstenwache", "nach angaben"), (None, None), (None, None)],
        id="a_state_to_come_does_not_carry_the_source_on",
    ),
    # "Er soll … gesteuert haben": what a person is said to have done, an allegation of anyone.
    pytest.param(
        "Nach Angaben der Küstenwache seien zwei Boote gekentert. Die Mole wurde gesperrt."
        " Er soll das Boot ohne Licht gesteuert haben.",
        [("Küstenwache", "nach angaben"), (None, None), (None, None)],
        id="a_deed_said_of_a_person_does_not_carry_the_source_on",
    ),
    # "informierte die Hafenmeisterei, die …": the one informed and a relative clause, no words.
    pytest.param(
        "Der Fährmann informierte sofort die Hafenmeisterei, die daraufhin die Mole sperrte.",
        [(None, None)],
        id="informing_someone_passes_no_words_on",
    ),
    # "informierte die Presse, der Steg sei …": a Konjunktiv clause after the comma is said.
    pytest.param(
        "Der Fährmann informierte die Presse, der Steg sei seit Montag gesperrt.",
        [("Fährmann", "informierte")],
        id="informing_with_a_konjunktiv_clause_reports_it",
    ),
    # a quoted label before the participle stays in the passive's clause; the last "von" names
    # the agent, not "von Stürmen" after the subject
    pytest.param(
        "Die Gefahr von Stürmen wird vom Wetteramt als „sehr hoch“ eingestuft.",
        [("Wetteramt", "eingestuft")],
        id="passive_label_in_quotes_names_its_agent",
    ),
    # "vom X für rechtswidrig erklärt": an adjective after "für" is a label X gave
    pytest.param(
        "Die Abgabe wurde vom Landesgericht für rechtswidrig erklärt.",
        [("Landesgericht", "erklärt")],
        id="passive_declared_for_an_adjective_names_its_agent",
    ),
    # "für die Schulen": a noun after "für" is no label; a verb before "und als" is no agent
    pytest.param(
        "Der Preis wurde vom Verband für die Schulen erklärt.",
        [(None, None)],
        id="passive_declared_for_a_noun_names_nobody",
    ),
    pytest.param(
        "Das Licht, das von der Lampe kommt und als „Schein“ bezeichnet wird, ist hell.",
        [(None, None)],
        id="von_in_a_relative_clause_is_no_agent_of_a_quoted_label",
    ),
    # "Das berichten X." names the source of the "soll" sentence the one before carried on.
    pytest.param(
        "Einer Quelle zufolge ist der Hafenmeister Karl Benz entlassen worden. Er soll angeblich"
        " Gelder veruntreut haben. Das berichten mehrere Lokalzeitungen.",
        [("Quelle", "zufolge"), ("Lokalzeitungen", "berichten"), (None, None)],
        id="source_named_after_beats_a_carried_one",
    ),
    # the sentence before names its own source ("Laut dem Hafenamt"): that one stays.
    pytest.param(
        "Laut dem Hafenamt ist der Pier seit Montag gesperrt. Das bestätigte die Stadtverwaltung.",
        [("Hafenamt", "laut"), (None, None)],
        id="source_named_after_leaves_a_named_one",
    ),
    # "hatte Kolberg … zu berichten": Eva Kolberg, named in full before, is the topic.
    pytest.param(
        "Die Ministerin Eva Kolberg besuchte am Montag den Hafen. Vor den Fischern hatte Kolberg"
        " viel Gutes zu berichten. Erstmals sei der Pier wieder sicher.",
        [(None, None), (None, None), ("Eva Kolberg", None)],
        id="known_surname_after_the_verb_is_the_topic",
    ),
    # no one named in full: a capitalised word after the verb names nobody known.
    pytest.param(
        "Am Montag wurde der Hafen geöffnet. Vor den Fischern hatte Kolberg viel Gutes zu"
        " berichten. Erstmals sei der Pier wieder sicher.",
        [(None, None), (None, None), (None, None)],
        id="unknown_surname_after_the_verb_is_no_topic",
    ),
    # "gibt HBA keine Entwarnung": the harbour office, named by its letters before, goes on.
    pytest.param(
        "Die Hafenbehörde (HBA) hat ihren Jahresbericht vorgelegt. Trotz sinkender Zahlen gibt"
        " HBA keine Entwarnung. Die Lage sei weiter ernst.",
        [(None, None), (None, None), ("HBA", None)],
        id="known_acronym_after_the_verb_is_the_topic",
    ),
    # an acronym the text has not used before names nobody known.
    pytest.param(
        "Am Montag wurde der Hafen geöffnet. Trotz sinkender Zahlen gibt HBA keine Entwarnung."
        " Die Lage sei weiter ernst.",
        [(None, None), (None, None), (None, None)],
        id="new_acronym_after_the_verb_is_no_topic",
    ),
    # "Bisher hieß es, …": a time names no source, and the speaker before does not go on.
    pytest.param(
        "Der Hafenmeister sagte, die Mole sei teuer. Die Arbeiten ruhen. Bisher hieß es, der"
        " Bau solle im Herbst beginnen.",
        [("Hafenmeister", "sagte"), (None, None), (None, None)],
        id="time_before_heisst_es_is_no_source",
    ),
    # "Seiner Zeit hieß es": two words of a time, no source either.
    pytest.param(
        "Die Werft teilte mit, der Umbau sei fertig. Seiner Zeit hieß es, dass die Halle"
        " im Winter schließe.",
        [("Werft", "teilte"), (None, None)],
        id="a_time_of_two_words_before_heisst_es_is_no_source",
    ),
    # "In der Mitteilung hieß es": the document is the source.
    pytest.param(
        "In der Mitteilung der Werft hieß es, die Halle schließe im Winter.",
        [("Mitteilung der Werft", "heißt es")],
        id="document_before_heisst_es_stays_the_source",
    ),
    # "sagte … heftige Böen voraus": the forecast named is what the weather service said.
    pytest.param(
        "Der Wetterdienst sagte für das Wochenende heftige Böen voraus.",
        [("Wetterdienst", "sagte")],
        id="forecast_with_voraus_names_what_was_said",
    ),
    # "sagte … eine Sitzung ab": a meeting called off, nothing said.
    pytest.param(
        "Der Wetterdienst sagte am Freitag eine Sitzung in Kronach ab.",
        [(None, None)],
        id="calling_off_with_ab_says_nothing",
    ),
    # a sentence adverb before the verb ("Derweil", "Sodann", "Noch am Abend") is no speaker:
    # the subject after the verb speaks.
    pytest.param(
        "Derweil sagte die Bürgermeisterin Ina Grau, der Hafen bleibe geschlossen.",
        [("Ina Grau", "sagte")],
        id="derweil_before_the_verb_is_no_speaker",
    ),
    pytest.param(
        "Sodann hatte die Bürgermeisterin Ina Grau erklärt, der Hafen bleibe geschlossen.",
        [("Ina Grau", "erklärt")],
        id="sodann_before_the_auxiliary_is_no_speaker",
    ),
    pytest.param(
        "Noch am Abend teilte die Reederei mit, die Fähre falle aus.",
        [("Reederei", "teilte")],
        id="noch_before_a_time_is_no_speaker",
    ),
    # a surname that is also a word ("Kurz") still speaks before its verb.
    pytest.param(
        "Kurz sagte am Montag, die Steuer sinke.",
        [("Kurz", "sagte")],
        id="surname_kurz_before_the_verb_still_speaks",
    ),
    # a time before the verb ("Kurz darauf", "Zwei Tage später", "Vergangene Woche", "Spät am
    # Abend") or a channel ("Via Rundbrief") is no speaker: the subject after the verb speaks.
    pytest.param(
        "Kurz darauf sagte die Bürgermeisterin Ina Grau, der Hafen bleibe geschlossen.",
        [("Ina Grau", "sagte")],
        id="kurz_darauf_before_the_verb_is_no_speaker",
    ),
    pytest.param(
        "Zwei Tage später hat die Reederei mitgeteilt, die Fähre falle aus.",
        [("Reederei", "mitgeteilt")],
        id="days_later_before_the_auxiliary_is_no_speaker",
    ),
    pytest.param(
        "Vergangene Woche sagte die Bürgermeisterin Ina Grau, der Hafen bleibe geschlossen.",
        [("Ina Grau", "sagte")],
        id="last_week_before_the_verb_is_no_speaker",
    ),
    pytest.param(
        "Spät am Abend hat die Reederei mitgeteilt, die Fähre falle aus.",
        [("Reederei", "mitgeteilt")],
        id="late_in_the_evening_is_no_speaker",
    ),
    pytest.param(
        "Via Rundbrief hat die Reederei mitgeteilt, die Fähre falle aus.",
        [("Reederei", "mitgeteilt")],
        id="via_a_channel_is_no_speaker",
    ),
    # a plural noun opening the sentence with no time word after it still speaks.
    pytest.param(
        "Zwei Gutachter sagten später, die Mole sei marode.",
        [("Zwei Gutachter", "sagten")],
        id="counted_subject_before_the_verb_still_speaks",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_cue_form(body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert speakers(body) == expected


def test_taking_it_out_of_someone_is_no_demand() -> None:
    """ "verlangte/forderte den Tauchern viel Kraft ab": abverlangen, no words said."""
    for verb in ("verlangte", "forderte"):
        got = speakers(f"Die Arbeit am Pier {verb} den Tauchern viel Kraft ab.")
        assert got == [(None, None)]


def test_a_number_ending_a_sentence_still_closes_the_frame() -> None:
    """ "den Versuch 3. Die Gruppe sah ihn als …": the frame's "als" is the next sentence's."""
    got = speakers(
        "Die Forscherin Eva Roth bezeichnete den Versuch 3. Die Gruppe sah ihn als Erfolg."
    )
    assert got[0] == (None, None)


def test_liess_verbreiten_with_what_was_said_reports() -> None:
    """ "ließ X im Rundfunk verbreiten, …" has it announced; "ließ Flugblätter verbreiten." has
    leaflets handed out and says nothing."""
    got = speakers(
        "Dazu ließ Jan Brekke im Rundfunk verbreiten, die Brücke in Kollberg sei sicher."
    )
    assert got[0] == ("Jan Brekke", "ließ")
    got = speakers("Der Verein aus Kollberg ließ in der Stadt Flugblätter verbreiten.")
    assert got == [(None, None)]


def test_a_view_held_or_a_fear_voiced_reports() -> None:
    """ "vertritt die These, dass …", "hegt den Verdacht, dass …" and "fürchtet, dass …" report
    their subject's view; the reflexive "fürchten sich vor …" is afraid and says nothing."""
    got = speakers(
        "Der Geologe Arne Falk vertritt die These, dass der Hang im Frühjahr rutschen könnte. "
        "Die Kassenprüferin hegt den Verdacht, dass Belege doppelt eingereicht worden seien. "
        "Der Imkerverband fürchtet, dass der Winter viele Völker kosten werde."
    )
    assert got == [
        ("Geologe Arne Falk", "vertritt die these"),
        ("Kassenprüferin", "hegt den verdacht"),
        ("Imkerverband", "fürchtet"),
    ]
    got = speakers("Viele Gäste am Badesee fürchten sich vor den Wespen an den Tischen.")
    assert got == [(None, None)]
