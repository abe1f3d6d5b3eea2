"""German cue verbs after a conjunction or a sentence adverb, and requests and classifications
as cues, on sentences written for these tests."""

from __future__ import annotations

import pytest
from attribution_cases import german_speakers as speakers


def test_subject_after_a_joining_conjunction() -> None:
    """ "…, und das Hilfswerk rief die Regierung auf": the conjunction opens a main clause whose
    subject comes before the verb, not the object after it."""
    got = speakers(
        "Das Parlament verabschiedete den Plan am Freitag, und das Kinderhilfswerk der Stadt rief die "
        "Regierung auf, das Gesetz nicht zu beschließen."
    )
    assert got[-1] == ("Kinderhilfswerk der Stadt", "rief")


def test_request_with_its_content_after_it() -> None:
    """ "bat X, … zu": a request names its speaker; "bat X um Hilfe" after a clause reports
    nothing (the clause before the comma is no request)."""
    assert speakers(
        "Die Bürgermeisterin Jana Klee bat die Anwohner, die Fenster zu schließen."
    ) == [("Jana Klee", "bat")]
    got = speakers("Weil er den Weg nicht kannte, bat der Fahrer einen Passanten um Hilfe.")
    assert got == [(None, None)]


def test_sentence_adverb_before_two_verbs() -> None:
    """ "Offenbar gab X … nach und bat": the adverb is no subject, the name after the first verb
    is."""
    got = speakers(
        "Offenbar gab Jonas Falk nun dem Druck der Partei nach und bat den Vorstand, ihn von "
        "seinem Amt zu entbinden."
    )
    assert got == [("Jonas Falk", "bat")]


def test_classifying_verbs_are_cues() -> None:
    """ "stufte … als … ein", "beurteilte … als …": a judgement in words."""
    got = speakers("Der Ethikrat stufte das neue Gesetz als verfassungswidrig ein.")
    assert got == [("Ethikrat", "stufte")]
    got = speakers("Die Landesvorsitzende Mia Kron beurteilte den Beschluss als großen Fehler.")
    assert got == [("Mia Kron", "beurteilte")]


def test_konjunktiv_goes_on_past_one_sentence_of_the_outlet() -> None:
    """Reported speech in the Konjunktiv I goes on after one indicative sentence without a
    speaker ("Auch seien …" is still the union's)."""
    got = speakers(
        "Die Gewerkschaft Verdi sagte, die Löhne im Handel seien seit Jahren zu niedrig. Im "
        "vergangenen Jahr stiegen die Preise um drei Prozent. Auch seien die Mieten in der "
        "Stadt kaum noch zu bezahlen."
    )
    assert got[-1] == ("Gewerkschaft Verdi", "sagte")


def test_konjunktiv_after_a_new_actor_is_not_carried_on() -> None:
    """A sentence between whose subject is a new actor (a body, a role) ends the speech before
    it; and a first-person "habe" is no Konjunktiv."""
    got = speakers(
        "Die Gewerkschaft Verdi sagte, die Löhne im Handel seien seit Jahren zu niedrig. Die "
        "Stadtverwaltung veröffentlichte am Montag neue Zahlen zum Haushalt. Auch seien die "
        "Mieten in der Stadt gestiegen."
    )
    assert got[-1][0] != "Gewerkschaft Verdi"
    got = speakers(
        "Die Gewerkschaft Verdi sagte, die Löhne im Handel seien seit Jahren zu niedrig. Im "
        "vergangenen Jahr stiegen die Preise um drei Prozent. Ich habe sie selbst gesehen, es "
        "seien lange Schlangen gewesen."
    )
    assert got[-1] == (None, None)


def test_colon_after_a_clause_whose_subject_is_no_known_speaker() -> None:
    """A clause that opens a quote after its colon is its subject's words, a surname, a group
    or the name after the verb ("Brandt sieht darin …: „…“", "… warb Ministerin Kern …: „…“")."""
    got = speakers(
        "Brandt sieht in dem Beschluss jetzt einen Beweis für ihre Haltung: „Mit dem Beschluss "
        "schützt der Rat die Fischer im Hafen.“"
    )
    assert got == [("Brandt", "sieht")]  # "sieht … eine Bestätigung": a view, its frame
    got = speakers(
        "Die Anwohner der Straße sehen den Umbau gelassen: „Das wird schon alles gut gehen.“"
    )
    assert got == [("Anwohner der Straße", ":")]
    got = speakers(
        "Im Landtag warb Ministerin Kern für das Gesetz mit den Worten: „Das bedeutet sichere "
        "Arbeitsplätze in diesem Land.“"
    )
    assert got == [("Kern", ":")]


def test_colon_after_a_clause_that_names_nobody() -> None:
    """ "Darin steht: „…“", "Seine Zuversicht gründet sich …: „…“", "Jede Schuld weist X von
    sich: „…“": an adverb, a possessive, a quantifier open the clause, not a speaker."""
    assert speakers("Darin steht unter anderem: „Wir bedauern die Entscheidung sehr.“") == [
        (None, None)
    ]
    got = speakers(
        "Seine Zuversicht gründet sich auf frühere Erfahrungen: „Am Ende wurde immer eine "
        "Lösung gefunden.“"
    )
    assert got == [(None, None)]
    got = speakers(
        "Jede Schuld an dem Unfall weist der Fahrer Tom Hartmann von sich: „Die Ampel war "
        "grün, als ich losfuhr.“"
    )
    assert got == [("Fahrer Tom Hartmann", ":")]


def test_judging_verbs_with_als_report_their_object() -> None:
    """ "bezeichnete den Plan als Fehler", "kritisierte die Reform als unsozial": the judgement
    is what was said, no comma clause needed; without "als" nothing is reported."""
    got = speakers("Die Ministerin Lea Sommer bezeichnete den Plan als einen großen Fehler.")
    assert got == [("Lea Sommer", "bezeichnete")]
    assert speakers("Der Verband kritisierte die Reform als unsozial.") == [
        ("Verband", "kritisierte")
    ]
    assert speakers("Der Verband kritisierte die Reform.") == [(None, None)]


def test_colon_clause_names_no_article_after_a_word() -> None:
    """ "… im Bezirk der Partei weist X von sich: „…“": an article after a noun is no verb
    before a subject; the name after the verb speaks."""
    got = speakers(
        "Jede Schuld an der Affäre im Bezirk der Partei weist Tom Hartmann von sich: „Das "
        "kann nur der Vorsitzende verantworten.“"
    )
    assert got == [("Tom Hartmann", ":")]


def test_heissen_in_the_pluperfect() -> None:
    """ "Im Bericht hatte es geheißen, …" frames like "Im Bericht heißt es, …"."""
    got = speakers(
        "Im Bericht der Kommission hatte es geheißen, die Stadien seien nicht ausreichend."
    )
    assert got == [("Bericht der Kommission", "heißt es")]


def test_what_stands_in_a_document() -> None:
    """ "In dem Protokoll der Sitzung steht, dass …", "Bisher steht im Vertragsentwurf noch der
    Satz: „…“": the document holds the words, as with "heißt es"."""
    got = speakers(
        "In dem Protokoll der Sitzung steht, dass der Hafen im Winter schließt.\n\n"
        "Bisher steht im Vertragsentwurf für die Fähre noch der Satz: „Hunde fahren gratis.“"
    )
    assert got == [
        ("Protokoll der Sitzung", "steht"),
        ("Vertragsentwurf für die Fähre", "steht"),
    ]


def test_what_stands_somewhere_else_says_nothing() -> None:
    """ "Im Bericht steht die Zahl …" (no clause of what is written), "steht im Einklang mit
    dem Wunsch, dass …" (no document), "Der Kran steht im Hafen": nothing said."""
    got = speakers(
        "Im Bericht steht die Zahl der Fähren.\n\n"
        "Die Sperre steht im Einklang mit dem Wunsch der Fischer, dass der Kanal ruhig bleibt.\n\n"
        "Der Kran steht im Hafen."
    )
    assert got == [(None, None), (None, None), (None, None)]


def test_colon_clause_opened_by_an_article() -> None:
    """ "Das Fazit des Berichts lautete: „…“": "Das" is the subject's article here, not the
    pronoun of "Das sagte X"."""
    got = speakers("Das Fazit des Berichts lautete: „Die Wahl verlief ohne Zwischenfälle.“")
    assert got == [("Fazit des Berichts", ":")]


def test_judging_verb_about_oneself_is_a_name() -> None:
    """ "bezeichnet sich (selbst) als …": how a group names itself, not a judgement it reports."""
    got = speakers("Der Verein bezeichnet sich selbst als Stimme der Mieter in der Stadt.")
    assert got == [(None, None)]


def test_decimal_comma_is_no_clause_boundary() -> None:
    """ "eine Stärke von 7,4 Mw, teilte X mit": the comma of "7,4" opens no clause, so the
    inverted subject after the verb speaks."""
    got = speakers(
        "Das Beben erreichte eine Stärke von 7,4 Mw, teilte das Landesamt in Potsdam mit."
    )
    assert got == [("Landesamt", "teilte")]


def test_brackets_hold_no_clause_boundary() -> None:
    """Commas and brackets inside "( … )" before a cue cut no clause: the party after a name
    ("Jan Wulf (CDU) hat … bekräftigt") is no speaker, nor does "(gegründet 1990, …)" end one."""
    got = speakers(
        "Senator Jan Wulf (CDU) hat bei einem Treffen mit Ole Berg (Venstre, dt. etwa "
        "Linke) bekräftigt, die Stadt halte an dem Vertrag fest.\n\n"
        "Ministerpräsident Karl Ohm (SPD) hat nun angekündigt, das Gymnasium zu reformieren.\n\n"
        "Die Partei (gegründet 1990, aufgelöst 2005) erklärte, sie stehe zu ihrer Verantwortung."
    )
    assert got == [("Jan Wulf", "bekräftigt"), ("Karl Ohm", "angekündigt"), ("Partei", "erklärte")]


def test_pronominal_adverb_opens_no_subject() -> None:
    """ "Davon geht X aus": "Davon" points back and names nobody; X speaks on in the
    Konjunktiv sentence after it."""
    got = speakers(
        "Die Wahl wird für Mai erwartet. Davon geht der Minister Jan Roth aus. Er rechne fest "
        "damit, dass die Partei die Wahl gewinne."
    )
    assert got[-1] == ("Jan Roth", "geht")


def test_relative_pronoun_with_adverbs_before_the_cue() -> None:
    """ "…, die unter anderem skandierten: …", "…, der zudem erklärte, …": adverbs between the
    relative pronoun and the cue leave the antecedent the speaker (was "unter anderem")."""
    got = speakers(
        "Am Abend versammelten sich Tausende Demonstranten, die unter anderem skandierten: "
        "„Nieder mit der Regierung!“"
    )
    assert got[0] == ("Tausende Demonstranten", "skandierten")
    got = speakers(
        "Der Bürgermeister Jan Roth, der zudem erklärte, die Brücke sei marode, verließ die Sitzung."
    )
    assert got == [("Jan Roth", "erklärte")]


def test_preterite_form_before_a_noun_is_an_adjective() -> None:
    """ "wegen wiederholten Fouls": a "-ten" form after a preposition or an article and before
    a noun is an adjective, no cue (its speaker was "wegen")."""
    got = speakers(
        "Tom Berg, der wegen wiederholten Fouls vom Platz musste, nannte die Strafe „überzogen“."
    )
    assert got == [("Tom Berg", "nannte")]


def test_participle_phrase_without_article_is_the_subject() -> None:
    """ "Im Exil lebende Oppositionelle weisen die Vorwürfe zurück": a phrase before a present
    participle opens the subject, not an adverbial; the object after the verb says nothing."""
    got = speakers(
        "Im Exil lebende Oppositionelle wie Anna Berg weisen die Vorwürfe der Regierung zurück. "
        "Die Regierung übertreibe die Gefahr."
    )
    assert got == [(None, None), ("Oppositionelle", "weisen")]


def test_relative_clause_on_the_subject_before_a_perfect_auxiliary() -> None:
    """ "Die Gewerkschaft, die …, hat nun in einer Mitteilung bekannt gegeben, dass …": the
    noun phrase before the relative clause speaks (was "Mitteilung", or nobody); a phrase
    opened by a preposition ("In der Debatte um X, die …, hat Y gefordert") is no subject."""
    got = speakers(
        "Die Gewerkschaft, die von den Werften ins Leben gerufen wurde, hat nun in einer Mitteilung "
        "bekannt gegeben, dass der Schlamm im Hafen harmlos sei."
    )
    assert got == [("Gewerkschaft", "bekannt gegeben")]
    got = speakers(
        "Anna Roth, die seit 2005 im Amt ist, hat in einem Interview erklärt, dass die "
        "Ablagerungen keine Gefahr darstellen."
    )
    assert got == [("Anna Roth", "erklärt")]
    got = speakers(
        "In der Debatte um neue Kraftstoffe, die seit Wochen geführt wird, hat der Minister "
        "Jan Roth gefordert, die Steuer zu senken."
    )
    assert got == [("Jan Roth", "gefordert")]


def test_wie_with_an_apposition_left_open_before_the_verb() -> None:
    """ "…, wie Anna Roth, Direktorin des Instituts betont.": the apposition has no closing
    comma, the clause is still the frame of what was said (was nobody); "…, wenn sie, wie X,
    auf … hinweist" is no such frame."""
    got = speakers(
        "Der Flug wird große Präzision erfordern, wie Anna Roth, Direktorin des Instituts betont."
    )
    assert got == [("Anna Roth", "betont")]
    got = speakers(
        "Die Zeit der Ehrlichkeit ist vorbei, wenn sie, wie auch der Kollege, auf die Steuer "
        "hinweist und keinen Plan erkennen kann."
    )
    assert got == [(None, None)]


def test_verb_after_a_comma_shares_the_subject_of_the_main_clause() -> None:
    """ "Die Gutachter besichtigten die Brücke, erklärten aber, dass …": the second verb has
    no subject of its own and shares the first one's (was "Brücke"); a subject after the verb
    still speaks ("…, erklärten Experten")."""
    got = speakers("Die Gutachter besichtigten die Brücke, erklärten aber, dass sie sicher sei.")
    assert got == [("Gutachter", "erklärten")]
    got = speakers(
        "Internationale Beobachter besuchten die Wahllokale, betonten aber, es gebe Mängel."
    )
    assert got == [("Internationale Beobachter", "betonten")]
    got = speakers("Die Brücke ist marode, erklärten Experten am Montag.")
    assert got == [("Experten", "erklärten")]


def test_so_with_a_pronoun_object_before_the_subject() -> None:
    """ "„…“, so beschrieb ihn der Sprecher X.": "so" points back at the words before
    the comma (was nobody)."""
    got = speakers(
        "„Er ist eine eiserne Hand im Handschuh“, so beschrieb ihn der Sprecher Jan Roth."
    )
    assert got == [("Jan Roth", "beschrieb")]


def test_apposition_left_open_after_a_name() -> None:
    """ "Jan Roth, der Präsident des Rates im Norden des Landes sagte vor der Presse, …": the
    apposition has no closing comma, the name speaks (was "Norden des Landes")."""
    got = speakers(
        "Jan Roth, der Präsident des Rates im Norden des Landes sagte vor der Presse, der "
        "Minister sei zurückgetreten."
    )
    assert got == [("Jan Roth", "sagte")]


def test_a_name_before_its_apposition_speaks() -> None:
    """ "Jan Roth, Minister für Wirtschaft, sagte …": the name speaks, not the last noun of the
    apposition ("Wirtschaft"); past an opening role too ("Einer der Kritiker, Jan Roth,
    Sprecher der Allianz für Demokratie, wies darauf hin, …"); a role before the name
    ("Der Minister für Wirtschaft, Jan Roth, sagte") keeps the name; a party after the name
    and a perfect ("Jan Roth (SPD), Minister für Wirtschaft, hat gesagt") too."""
    got = speakers("Jan Roth, Minister für Wirtschaft, sagte, die Stadt spare zu wenig.")
    assert got == [("Jan Roth", "sagte")]
    got = speakers(
        "Einer der Kritiker des Bürgermeisters, Jan Roth, Sprecher der Allianz für Demokratie, "
        "wies darauf hin, dass die Stadt zu wenig spare."
    )
    assert [who for who, _ in got] == ["Jan Roth"]
    got = speakers("Der Minister für Wirtschaft, Jan Roth, sagte, die Stadt spare zu wenig.")
    assert got == [("Jan Roth", "sagte")]
    got = speakers("Jan Roth (SPD), Minister für Wirtschaft, sagte, die Stadt spare zu wenig.")
    assert got == [("Jan Roth", "sagte")]
    got = speakers("Jan Roth, Minister für Wirtschaft, hat gesagt, die Stadt spare zu wenig.")
    assert got == [("Jan Roth", "gesagt")]


def test_a_place_attached_to_the_subject_is_no_speaker() -> None:
    """ "Ken Roth vom Institut für Physik in Bonn erklärte, …": the name opening the sentence
    speaks, not the place or the body attached to it; a name with "zu" before its apposition
    ("Anna zu Stein, Sprecherin der Fraktion im Ausschuss, warf …") speaks too."""
    got = speakers("Ken Roth vom Institut für Physik in Bonn erklärte, die Messung sei neu.")
    assert got == [("Ken Roth", "erklärte")]
    got = speakers(
        "Anna zu Stein, Sprecherin der Fraktion im Ausschuss für Verkehr, warf dem Senat "
        "Untätigkeit vor."
    )
    assert [who for who, _ in got] == ["Stein"]


def test_a_relative_clause_with_an_object_names_its_antecedent() -> None:
    """ "…, ein Kommentar, der die Entscheidung als Fehler bezeichnet": the pronoun, then its
    object's article, then the verb closing the clause: the noun before the comma speaks;
    "Die Alternative, die Jan Roth nannte" keeps its own subject, and a phrase after a
    preposition ("setzte eine Version in Umlauf, die …") names nobody."""
    got = speakers("Jan Roth, der die Entscheidung als Fehler bezeichnet, will klagen.")
    assert got == [("Jan Roth", "bezeichnet")]
    got = speakers(
        "Die Gruppe hinterließ eine Botschaft, welche die Betreiber der Seite als „Anfänger“ "
        "bezeichnete."
    )
    assert got == [("Botschaft", "bezeichnete")]
    got = speakers("Die Alternative, die Jan Roth nannte, ist teuer.")
    assert got == [("Jan Roth", "nannte")]
    got = speakers(
        "Der Senat brachte eine Version in Umlauf, die den Aussagen der Fischer widerspricht."
    )
    assert [who for who, _ in got] != ["Umlauf"]


def test_a_name_set_off_after_an_inverted_role_speaks() -> None:
    """ "…, teilte später der Leiter des Amtes, Jan Voss, mit.": the name after the role
    speaks, as it does before it ("Jan Voss, Leiter des Amtes, sagte"); a party after the
    name too ("…, sagte der Minister für Wirtschaft, Jan Roth (SPD).")."""
    got = speakers(
        "Vor der Kollision wurde kein Funkspruch abgesetzt, teilte später der Leiter des "
        "Hafenamts, Jan Voss, mit."
    )
    assert got == [("Jan Voss", "teilte")]
    got = speakers("Die Lage sei ernst, sagte der Minister für Wirtschaft, Jan Roth (SPD).")
    assert got == [("Jan Roth", "sagte")]


@pytest.mark.parametrize(
    "body,speaker,cue",
    [
        (
            "Als wichtige Aufgabe sieht es der 53-jährige Präsident an, Frieden mit den Rebellen "
            "zu schließen.",
            "53-jährige Präsident",
            "sieht",
        ),
        (
            "Weil die Zeugen übereinstimmten, sah es die Kammer schließlich als bewiesen an, dass "
            "der Kapitän gelogen hatte.",
            "Kammer",
            "sah",
        ),
    ],
)
def test_es_after_an_inverted_verb_before_its_subject(body: str, speaker: str, cue: str) -> None:
    """ "sieht es der Präsident als Aufgabe an, …": "es" is the object pointing at the clause,
    the noun phrase after it is the subject."""
    assert speakers(body) == [(speaker, cue)]


def test_erwaehnen_and_herausfinden_report_their_clause() -> None:
    """ "X erwähnte, dass …" and "X fand heraus, dass …" report the clause; "die bereits
    erwähnten Pläne" is an adjective, and "fand den Schlüssel" without "heraus" finds a thing."""
    got = speakers("Die Sprecherin Lea Hahn erwähnte auch, dass der Hafen im Mai schließe.")
    assert got == [("Lea Hahn", "erwähnte")]
    got = speakers("Die Forscher fanden heraus, dass die Muscheln im Winter wachsen.")
    assert got == [("Forscher", "fanden")]
    got = speakers("Neben den bereits erwähnten Plänen prüft die Stadt einen Neubau am Hafen.")
    assert got == [(None, None)]
    got = speakers("Der Hausmeister fand den Schlüssel, der seit Mai fehlte, im Keller.")
    assert got == [(None, None)]


def test_von_phrase_before_a_clause_final_sprach_reports() -> None:
    """ "…, weshalb X von einem Y sprach." and "X, die von einem Y sprach, …" report X (the verb
    closes its clause after its "von" phrase); a name's "von" before a bare "sprach" does not."""
    got = speakers("Der Deich hielt nicht, weshalb der Landkreis von einer Katastrophe sprach.")
    assert got == [("Landkreis", "sprach")]
    got = speakers("Die Bergwacht, die von einem schweren Sturz sprach, flog den Mann nach Tann.")
    assert got == [("Bergwacht", "sprach")]
    got = speakers("Die Schwester von Olga Rind sprach.")
    assert got == [(None, None)]
