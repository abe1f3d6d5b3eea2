"""German sources written as quoted titles or documents, on sentences written for these tests: a
title that opens the clause speaks, a word inside a quote before ", zitiert …" never does, a
document a sentence comes out of ("Wie aus X hervorgeht") speaks."""

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


def test_aus_a_document_hervorgehen() -> None:
    """ "Wie aus X hervorgeht", "Aus X geht hervor, dass": the document speaks; "Dies geht aus X
    hervor." gives the sentence before it to the document."""
    got = speakers(
        "Wie aus einer Mitteilung der Polizei hervorgeht, wurden bei dem Unfall drei Menschen "
        "verletzt.\n\n"
        "Aus dem Jahresbericht geht hervor, dass die Zahl der Unfälle gestiegen ist.\n\n"
        "Die Firma plant den Bau eines neuen Werks in Sachsen. Dies geht aus einer Mitteilung "
        "des Konzerns hervor."
    )
    assert got == [
        ("Mitteilung der Polizei", "hervorgeht"),
        ("Jahresbericht", "geht hervor"),
        ("Mitteilung des Konzerns", "geht hervor"),
        (None, None),
    ]


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "Wie die französische Sportzeitung „Le Sport“ berichtete, soll der Trainer gehen.",
            "Sportzeitung Le Sport",
        ),
        (
            "Die oppositionelle Zeitung „Der Morgen“ hatte sogar 150.000 Teilnehmer angegeben.",
            "Zeitung Der Morgen",
        ),
    ],
)
def test_noun_phrase_closed_by_a_quoted_title(body: str, speaker: str) -> None:
    """ "die französische Sportzeitung „Le Sport“" is one name with its title, not "die
    französische" (an article and an adjective)."""
    assert speakers(body)[0][0] == speaker


def test_adverb_before_an_adjective_and_no_attachment_after_fuer_eine() -> None:
    """ "das finanziell angeschlagene Portugal" is a noun phrase ("finanziell angeschlagene"
    was the speaker); "für eine Reform" after it is no part of the name."""
    got = speakers(
        "Während die Regierung schwieg, plädierte das finanziell angeschlagene Portugal für "
        "eine Reform der Regeln."
    )
    assert got == [("Portugal", "plädierte")]


@pytest.mark.parametrize(
    "body,speaker",
    [
        ("In ersten Meldungen war zunächst von zwei Toten die Rede.", "Meldungen"),
        (
            "In einem vertraulichen Schreiben an die Mitglieder war von einer „neuen Satzung“ die "
            "Rede.",
            "Schreiben",
        ),
        ("In einem Bericht der Zeitung war von zwei Toten die Rede.", "Bericht der Zeitung"),
        ("In Berlin war von einem Erfolg die Rede.", None),
        ("Anfangs war von 14 vermissten Booten die Rede.", None),
    ],
)
def test_report_opening_a_sentence_with_von_die_rede(body: str, speaker: str | None) -> None:
    """ "In X war von … die Rede": the report or letter X speaks (not its addressee after
    "an"); a place or a time before "war von … die Rede" names no one."""
    assert speakers(body)[0][0] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "So berichtete die in Köln erscheinende „Abendpost“ gestern von einem Plan der Stadt.",
        "Das schrieb die liberale „Abendpost“ am Montag.",
    ],
)
def test_adjectives_before_a_quoted_title_after_the_verb(body: str) -> None:
    """ "…berichtete die in Köln erscheinende „Abendpost“": the title after the verb speaks, with
    adjectives (and a phrase before a participle) between its article and its quote mark."""
    assert speakers(body)[0][0] == "Abendpost"


def test_adjectives_before_a_quoted_title_after_a_skipped_phrase() -> None:
    """ "Dagegen schrieb zum Beispiel die bürgerliche „Abendpost“, …": the title after the
    skipped "zum Beispiel" is the subject (was "Beispiel")."""
    got = speakers(
        "Dagegen schrieb zum Beispiel die bürgerliche „Abendpost“, der Plan sei gescheitert."
    )
    assert got == [("Abendpost", "schrieb")]


def test_a_quoted_name_after_an_article_is_the_subject() -> None:
    """ "Die „Initiative für ein Grünes Stadtviertel“ berichtete über …": a name of five words
    with lower-case words after an article is no quotation; the body speaks, not the object
    after the verb, and the Konjunktiv sentence after it goes on in its name."""
    got = speakers(
        "Die „Initiative für ein Grünes Stadtviertel“ berichtete über einen Protest vor dem "
        "Werk. Dabei seien mehrere Fenster eingeschlagen worden."
    )
    assert got == [("Initiative für ein Grünes Stadtviertel", "berichtete")] * 2
    got = speakers("Die „Aktion für saubere Luft“ kritisierte den Plan der Stadt scharf.")
    assert got == [("Aktion für saubere Luft", "kritisierte")]


def test_a_quoted_name_after_the_cue_frames_a_quote_of_several_sentences() -> None:
    """ "„A. B“, schrieb „Der Morgenkurier“.": the quoted name after the cue is the speaker of
    every sentence of the quote, as an unquoted one is; quoted words that are no name
    ("„in großen Buchstaben“") still end the words after the quote."""
    got = speakers("„Der Plan ist gescheitert. Das Geld ist weg“, schrieb „Der Morgenkurier“.")
    assert got == [("Morgenkurier", "schrieb")] * 2
    got = speakers(
        "Im Rathaus hing ein Zettel. „Der Plan ist gescheitert. Das Geld ist weg“, stand "
        "darauf „in großen Buchstaben“."
    )
    assert got == [(None, None)] * 3


def test_a_name_after_an_object_relative_pronoun_speaks() -> None:
    """ "…, die Jan Roth zum Ziel erklärt hatte: „…“": the relative pronoun is the object, the
    name after it (no article) is the subject of the verb at the clause's end, not the noun
    right before the verb."""
    got = speakers(
        "Damit wurde die Marke verfehlt, die Jan Roth in seiner ersten Amtszeit zum eigenen "
        "Ziel erklärt hatte: „Wir werden die Zahl der Arbeitslosen halbieren.“"
    )
    assert got == [("Jan Roth", "erklärt")]


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "Laut einer am Montag veröffentlichten Mitteilung des Vereins wurden zunächst 300 "
            "Familien mit Wasser versorgt.",
            "Mitteilung des Vereins",
        ),
        (
            "Laut dem vom Mittwoch datierten Bericht der Polizei kamen zwanzig Menschen ums Leben.",
            "Bericht der Polizei",
        ),
    ],
)
def test_a_dated_participle_before_the_source_after_laut(body: str, speaker: str) -> None:
    """ "Laut einer am Montag veröffentlichten Mitteilung des Vereins": the date and its
    participle stand between the article and the source; the source is the noun after them."""
    assert speakers(body) == [(speaker, "laut")]


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "Der Verein reagierte am Donnerstag auf die Forderung des Vorsitzenden Jan Roth, in der "
            "Hafenfrage auf die Fischer zuzugehen.",
            "Forderung des Vorsitzenden Jan Roth",
        ),
        (
            "Die Fähre legte ab trotz einer Bitte der Lotsen, bei diesem Sturm im Hafen zu "
            "bleiben.",
            "Bitte der Lotsen",
        ),
    ],
)
def test_a_demand_and_its_author_before_the_zu_clause(body: str, speaker: str) -> None:
    """ "die Forderung des X, … zu …": the noun of a demand or warning and its author speak
    the "zu" clause after the comma."""
    got = speakers(body)
    assert [s for s, _ in got] == [speaker]


def test_a_demand_without_a_zu_clause_names_no_source() -> None:
    """ "die Forderung des X nach …" with no "zu" clause words nothing."""
    got = speakers("Die Partei lehnte die Forderung des Vorsitzenden nach höheren Steuern ab.")
    assert got == [(None, None)]


def test_where_the_words_come_from_speaks() -> None:
    """ "Von der Polizei kam die Information, …": where the words come from speaks the clause;
    "kamen Stimmen, die …" is a relative clause, nothing said."""
    got = speakers(
        "Von der örtlichen Küstenwache kam die Information, bei dem Wrack handele es sich um "
        "einen alten Kutter."
    )
    assert [s for s, _ in got] == ["Küstenwache"]
    got = speakers(
        "Aus mehreren Parteien kommen Aufrufe, am Sonntag für den Frieden zu demonstrieren."
    )
    assert [s for s, _ in got] == ["Parteien"]
    assert speakers("Aus der Partei kamen Stimmen, die den Plan lobten.") == [(None, None)]


def test_the_author_of_a_participle_and_a_noun_of_saying() -> None:
    """ "Die von Jan Roth nach der Wahl geäußerte Hoffnung, der Hafen werde …": the author
    after "von" speaks the clause after the noun."""
    got = speakers(
        "Die von Jan Roth gleich nach der Wahl geäußerte Hoffnung, der Hafen werde bald "
        "wachsen, erfüllte sich nicht."
    )
    assert [s for s, _ in got] == ["Jan Roth"]


def test_a_name_set_off_after_the_author_of_a_demand_speaks() -> None:
    """ "Trotz der Ankündigung ihres Trainers, Jan Roth, … zu …": the name set off after the
    author is the speaker, the noun of the demand the cue."""
    got = speakers(
        "Trotz der Ankündigung ihres Trainers, Jan Roth, die Zusammenarbeit zu beenden, gewinnt "
        "die Mannschaft weiter."
    )
    assert got == [("Jan Roth", "ankündigung")]


def test_a_place_and_its_participle_before_the_source_noun() -> None:
    """ "Nach Angaben der in Bad Segeberg, Holstein, ansässigen Firma soll …": the place and
    its participle stand between article and source, which speaks (not the story's earlier
    speaker); a meeting held in a town after "Nach" names no source."""
    got = speakers(
        "Die Werft Nordwind stellte am Montag ein neues Boot vor. Nach Angaben der in Bad "
        "Segeberg, Holstein, ansässigen Firma soll das Boot 90 Kilometer pro Stunde schaffen."
    )
    assert [s for s, _ in got][-1] == "Firma"
    got = speakers("Nach der in Kiel abgehaltenen Sitzung reiste die Ministerin sofort ab.")
    assert got == [(None, None)]


def test_a_subject_confident_of_its_comma_clause_speaks_it() -> None:
    """ "Der Trainer ist hingegen zuversichtlich, … zu …": an adjective of confidence after the
    copula (adverbs between) states the subject's view of the clause; "Jetzt ist es sicher,
    dass …" is no one's view."""
    got = speakers(
        "Der Trainer der Gäste ist hingegen zuversichtlich, das Rückspiel in Talbach gewinnen "
        "zu können."
    )
    assert got == [("Trainer der Gäste", "ist zuversichtlich")]
    got = speakers("Jetzt ist es sicher, dass die Brücke in Talbach im Mai gesperrt wird.")
    assert got == [(None, None)]


def test_a_subject_that_will_have_learned_something_professes_it() -> None:
    """ "Das Stadtmagazin will … erfahren haben, dass …": "wollen" and the perfect of a verb
    of learning claims the knowledge, and the claim goes on in the Konjunktiv; "will … gebaut
    haben" is a plan, no one's words."""
    got = speakers(
        "Die Bürgermeisterin Ina Falk sagte, die Brücke sei sicher. Das Stadtmagazin will "
        "dagegen erfahren haben, dass sie gesperrt werde. Die Pfeiler seien marode."
    )
    assert [who for who, _ in got] == ["Ina Falk", "Stadtmagazin", "Stadtmagazin"]
    assert got[1][1] == "will erfahren"
    got = speakers("Mehrere Anwohner wollen in der Nacht einen lauten Knall gehört haben.")
    assert got == [("Mehrere Anwohner", "wollen gehört")]
    got = speakers("Die Stadt will die Brücke in Kollberg bis Mai gebaut haben.")
    assert got == [(None, None)]


def test_a_subject_reckoning_with_something_states_its_expectation() -> None:
    """ "Die Kollberger Obstbauern rechnen … mit …", "hatten mit … gerechnet": the subject's
    expectation; "Es wird mit … gerechnet" and "muss mit … rechnen" are no one's."""
    got = speakers("Die Kollberger Obstbauern rechnen für den Herbst mit einer kleinen Ernte.")
    assert got == [("Kollberger Obstbauern", "rechnen mit")]
    got = speakers("Die Talseer Wirte hatten mit einem ruhigeren Sommer gerechnet.")
    assert got == [("Talseer Wirte", "hatten gerechnet")]
    got = speakers("In Kollberg wird für den Herbst mit einer kleinen Ernte gerechnet.")
    assert got == [(None, None)]
    got = speakers("Der Fährbetrieb am Talsee muss mit weniger Gästen rechnen.")
    assert got == [(None, None)]


def test_heisst_es_after_a_dated_document_names_the_document() -> None:
    """ "In einer Erklärung des Rates vom vergangenen Montag heißt es, …": the statement
    speaks, the date after it is no source; "Am Montag hieß es, …" names nobody."""
    got = speakers(
        "In einer Erklärung des Rates von Kollberg vom vergangenen Montag heißt es, die Brücke "
        "sei sicher."
    )
    assert got[0] == ("Erklärung des Rates von Kollberg", "heißt es")
    got = speakers("Am Montag hieß es, die Brücke in Kollberg sei sicher.")
    assert got[0] == (None, None)


def test_a_refused_telling_frames_no_comma_clause() -> None:
    """ "X wollte auf Anfrage nicht bestätigen, dass …": X's words are not given; "X reagiert
    mit dem Hinweis, die Löhne seien …" still frames its comma clause."""
    got = speakers(
        "Eine Sprecherin der Werft in Kollberg wollte auf Anfrage nicht bestätigen, dass die "
        "Firma eine Zahlung leisten müsse."
    )
    assert got == [(None, None)]
    got = speakers(
        "Die Werft reagiert auf die Vorwürfe mit dem Hinweis, die Löhne seien gestiegen."
    )
    assert got[0][0] == "Werft"


def test_object_of_a_cue_before_wonach_or_denen_zufolge_speaks() -> None:
    """ "X bestätigte die Befunde des Labors, wonach …", "… mit europäischen Regeln, denen
    zufolge …": the clause words what the object says, not X; "X sagte, es gebe Berichte,
    wonach …" (a comma between the cue and the object) stays X's."""
    got = speakers(
        "Am Montag bestätigte das Landesinstitut die Befunde des Labors Nordheim, wonach "
        "mehrere Ziegen an der Seuche erkrankt seien."
    )
    assert got == [("Befunde des Labors Nordheim", "wonach")]
    got = speakers(
        "Der Abgeordnete Timo Lenz bezweifelte die Zulässigkeit des Verkaufs mit europäischen "
        "Regeln, denen zufolge Häfen nicht verkauft werden dürften."
    )
    assert got == [("Regeln", "zufolge")]
    got = speakers(
        "Der Abgeordnete Timo Lenz sagte, es gebe Berichte, wonach der Hafen verkauft werden solle."
    )
    assert got[0][0] == "Abgeordnete Timo Lenz"


def test_lower_case_body_after_laut_or_von_speaks() -> None:
    """ "laut dpa", "nach Angaben von ddp", "nach Ansicht von hrw": a body that writes its short
    name in lower case is the source (not the noun after it), and its words go on; an article and
    a name after it stay as they were, a short German word ("lachten laut los") is no source."""
    got = speakers(
        "Die Gefängnisse im Norden sind nach Ansicht von hrw völlig überfüllt. Zudem fehle "
        "vielen Gefangenen das Geld für einen Anwalt."
    )
    assert got == [("hrw", "nach ansicht von"), ("hrw", "nach ansicht von")]
    assert speakers("Nach Angaben von ddp mussten zwei Straßen im Tal gesperrt werden.") == [
        ("ddp", "nach angaben von")
    ]
    assert speakers("Die Feuerwehr hat laut epd jedoch betont, dass keine Gefahr bestehe.")[0] == (
        "epd",
        "laut",
    )
    got = speakers("Laut dem Bericht der Kommission fehlen an den Schulen viele Lehrer.")
    assert got == [("Kommission", "laut")]
    assert speakers("Die Zuschauer lachten laut los, als der Ball ins Netz rollte.") == [
        (None, None)
    ]


def test_a_counted_source_after_nach_angaben_von_speaks() -> None:
    """ "Nach Angaben von zwei Zeugen floh …": the witnesses, not the subject after the verb;
    without a number the noun after the article still speaks."""
    got = speakers("Nach Angaben von drei Anglern trieb das Boot stundenlang auf dem Stausee.")
    assert got == [("Anglern", "nach angaben von")]
    got = speakers("Nach Angaben der Angler trieb das Boot stundenlang auf dem Stausee.")
    assert got == [("Angler", "nach angaben")]


def test_a_place_after_a_group_noun_stays_in_the_speaker() -> None:
    """ "Die Fischer in Kollmar warnten" names the fishers of that place; a person's name keeps
    the name alone ("Der Fischer Ole Brandt aus Kollmar" -> "Fischer Ole Brandt")."""
    got = speakers("Die Fischer in Kollmar warnten, der Hering werde in diesem Jahr knapp.")
    assert got == [("Fischer in Kollmar", "warnten")]
    got = speakers("Der Fischer Ole Brandt aus Kollmar warnte, der Hering werde knapp.")
    assert got == [("Fischer Ole Brandt", "warnte")]
