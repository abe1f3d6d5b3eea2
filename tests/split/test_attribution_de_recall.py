"""German speakers the split stage used to miss or cut short, on sentences written for these
tests: frames without a cue verb, cue forms, subjects that are whole noun phrases, and words
that name nobody ("man", "laut geworden")."""

from __future__ import annotations

import pytest
from attribution_cases import german_speakers as speakers


def test_plural_body_noun_is_no_abstract_head() -> None:
    """ "Organisationen" names bodies that speak, like "Organisation": not the object."""
    got = speakers(
        "Sprecher der beiden Organisationen erwarten keine rasche Einigung im Tarifstreit, "
        "weil die Arbeitgeber kein Angebot vorgelegt hätten."
    )
    assert got == [("Organisationen", "erwarten")]


def test_topic_after_a_preposition_and_article() -> None:
    """ "durch die Explosion" is no verb and subject; "bezifferte die Polizei … mit zwölf" is
    (the figure is what the police said; the relative clause before the comma, with its verb
    "wurden", is no apposition), and the Konjunktiv sentence after it is the police's."""
    got = speakers(
        "Die Zahl der Verletzten, die durch die Explosion am Hafen verletzt wurden, bezifferte "
        "die örtliche Polizei am Abend mit zwölf. Die meisten seien inzwischen aus dem "
        "Krankenhaus entlassen."
    )
    assert got == [("Polizei", "bezifferte"), ("Polizei", "bezifferte")]


def test_indicative_frame_with_a_konjunktiv_clause() -> None:
    """ "Die Gewerkschaft antwortet auf die Vorwürfe mit dem Hinweis, die Löhne seien …": no cue verb,
    but the comma clause reports in the Konjunktiv what the subject says."""
    got = speakers(
        "Die Gewerkschaft reagiert auf die Vorwürfe mit dem Hinweis, die Löhne seien seit Jahren "
        "nicht gestiegen."
    )
    assert got == [("Gewerkschaft", None)]


def test_konjunktiv_main_clause_is_no_frame() -> None:
    """ "Die Häuser hätten …, das …": the main clause reports too, its subject says nothing."""
    got = speakers(
        "Die Häuser hätten nahe dem Fluss gelegen, das Wasser sei in der Nacht gestiegen."
    )
    assert got == [(None, None)]


def test_reported_speech_goes_on_past_a_dative_opener() -> None:
    """ "Der Stadt entstünden …, die …": while someone's speech goes on, only a plain
    indicative verb ("begegnet") opens a frame of its own."""
    got = speakers(
        "Die Ärztin Eva Roth warnte vor den Folgen der Hitze für ältere Menschen. "
        "Der Klinik entstünden dadurch hohe Kosten, die niemand bezahlen könne."
    )
    assert got[-1] == ("Ärztin Eva Roth", "warnte")


def test_preposition_opens_no_frame() -> None:
    got = speakers("Beim großen Sturm im Winter 1987 seien dort viele Boote gesunken.")
    assert got == [(None, None)]


def test_verb_after_und_takes_the_opening_subject() -> None:
    """ ", und verglich die Lage …": the verb has no subject of its own; the object after it
    ("die Lage") never speaks, the sentence's opening subject does."""
    got = speakers(
        "Der Bürgermeister besuchte am Abend die Baustelle, und verglich die Lage mit dem "
        "Hochwasser, das vor zehn Jahren viel schlimmer gewesen sei."
    )
    assert got == [("Bürgermeister", "verglich")]


def test_impersonal_man_names_nobody() -> None:
    """ "Als Ebbe bezeichnet man die Zeit, …": "man" says it, not the object."""
    got = speakers("Als Ebbe bezeichnet man die Zeit, in der das Wasser im Hafen sinkt.")
    assert got == [(None, None)]


def test_vermelden_reports() -> None:
    got = speakers("Bereits im Juli vermeldete die Lokalzeitung, dass die Brücke gesperrt werde.")
    assert got == [("Lokalzeitung", "vermeldete")]


def test_participle_before_a_final_auxiliary_is_a_cue() -> None:
    """ "Wie der Verband bekanntgegeben hat, …": the perfect of a subordinate clause puts the
    auxiliary after the participle."""
    got = speakers(
        "Wie der Verband am Morgen bekanntgegeben hat, wird das Turnier nicht in Köln stattfinden."
    )
    assert got == [("Verband", "bekanntgegeben")]


def test_gestanden_hatte_is_standing() -> None:
    """ "gestanden" of "stehen" ("über dem See gestanden hatte") confesses nothing."""
    got = speakers(
        "Ein Sturmtief, das zwei Tage über dem Bodensee gestanden hatte, zog "
        "am Montag weiter nach Norden."
    )
    assert got == [(None, None)]


def test_laut_before_a_verb_of_being_is_loud() -> None:
    """ "Kritik war laut geworden": "laut" means loud, it names no source."""
    got = speakers("Schon im Frühjahr war im Stadtrat vereinzelt Kritik laut geworden.")
    assert got == [(None, None)]


@pytest.mark.parametrize(
    "body,speaker,cue",
    [
        (
            "Die sächsische Ministerin Eva Roth hat am Samstag angekündigt, dass die Schulen "
            "schließen.",
            "Eva Roth",
            "angekündigt",
        ),
        (
            "Wie der sächsische Finanzminister Karl Weber am Dienstag erklärte, fehlen der "
            "Stadt zehn Millionen Euro.",
            "Karl Weber",
            "erklärte",
        ),
        (
            "Die Lage im Norden sei ernst, so der kenianische Autor Jomo Ndegwa in einem Blog.",
            "Autor Jomo Ndegwa",
            "so",
        ),
    ],
)
def test_german_subject_is_the_whole_noun_phrase(body: str, speaker: str, cue: str) -> None:
    """The speaker is the noun phrase's name, never its article and adjective ("sächsische")."""
    assert speakers(body) == [(speaker, cue)]


def test_decision_and_promise_report_their_infinitive() -> None:
    """ "beschloss, … zu", "hatte angeboten, … zu", "hat zugesagt, … zu" report what was
    decided or promised; the same verbs with an object or a purpose clause report nothing."""
    got = speakers(
        "Der Stadtrat beschloss am Montag, die Gebühren im kommenden Jahr nicht zu erhöhen.\n\n"
        "Die Reederei hatte den Behörden angeboten, das Wrack auf eigene Kosten zu bergen.\n\n"
        "Die Regierung hat zugesagt, den Opfern der Flut rasch zu helfen.\n\n"
        "Der Kreistag beschloss am Abend einen neuen Haushalt für die Schulen.\n\n"
        "Seit Jahren bieten Banken ihren Kunden Konten an, um neue Kunden zu gewinnen."
    )
    assert got == [
        ("Stadtrat", "beschloss"),
        ("Reederei", "angeboten"),
        ("Regierung", "zugesagt"),
        (None, None),
        (None, None),
    ]


def test_nach_a_plan_a_document_or_a_law() -> None:
    """ "Nach Planungen", "Nach der Verfassung", "Nach einem EU-Dokument": the plan, the law or
    the document says what holds; a plain "nach dem Gesetz" inside a clause names no source."""
    got = speakers(
        "Nach bisherigen Planungen soll die neue Brücke im Herbst fertig werden.\n\n"
        "Nach der Verfassung muss das Parlament binnen drei Monaten neu gewählt werden.\n\n"
        "Nach einem internen EU-Dokument fehlen den Häfen mehrere tausend Fachkräfte.\n\n"
        "Seit Januar werden die Kinder nach dem Gesetz besser geschützt."
    )
    assert got == [
        ("Planungen", "nach"),
        ("Verfassung", "nach"),
        ("EU-Dokument", "nach"),
        (None, None),
    ]


def test_subject_with_a_phrase_before_its_participle() -> None:
    """ "die in Hamburg geborene Sängerin", "der für die Region zuständige Minister": a phrase
    before the participle stays inside the subject after an inverted cue."""
    got = speakers(
        "„Wir freuen uns auf den Abend“, schrieb die in Hamburg geborene Sängerin Anna Berg.\n\n"
        "Die Schäden seien groß, sagte der für die Region zuständige Minister Jan Roth."
    )
    assert got == [("Sängerin Anna Berg", "schrieb"), ("Jan Roth", "sagte")]


def test_long_colon_introduction_names_its_subject() -> None:
    """A clause of more than a hundred characters before a colon still names the quote's
    speaker when its subject opens it."""
    got = speakers(
        "Die Bürgermeisterin der kleinen Gemeinde am Rand des Schwarzwalds, Petra Albers, sieht "
        "die Verantwortung für die Schäden nach dem Unwetter beim Land: „Wir haben seit Jahren "
        "vor dem Hochwasser gewarnt.“"
    )
    assert got == [("Petra Albers", "sieht")]  # "sieht … beim Land": as "sagte", the name


def test_pronoun_clause_before_commas_is_no_apposition() -> None:
    """ "Er kam am Montag, den 9. Juli, an, teilte X mit": a pronoun and its verb open a clause
    that was said, not a name with an apposition; the inverted subject speaks."""
    got = speakers("Er reiste am Montag, den 9. Juli, ab, teilte die Stiftung Warentest mit.")
    assert got == [("Stiftung Warentest", "teilte")]


def test_gemaess_a_rule_names_no_source() -> None:
    """ "gemäß § 5", "gemäß der Regelung": a rule that is followed, not who says anything;
    "gemäß einem Bericht" still names the report."""
    got = speakers(
        "Das Fahren ohne Führerschein ist eine Straftat gemäß § 21 des Gesetzes.\n\n"
        "Die Anträge werden gemäß der neuen Regelung binnen zwei Wochen geprüft.\n\n"
        "Gemäß einem Bericht der Stadtwerke fehlen im Netz mehrere hundert Leitungen."
    )
    assert got == [(None, None), (None, None), ("Stadtwerke", "gemäß")]


def test_infinitive_without_a_comma_is_reported() -> None:
    """ "hat angekündigt die Preise zu erhöhen": a "zu" infinitive is what was said even with
    no comma before it; "zu dem Fall" is a preposition and reports nothing."""
    got = speakers(
        "Die Molkerei hat angekündigt die Preise im Herbst zu erhöhen.\n\n"
        "Die Stadtverwaltung äußerte sich bisher nicht zu dem Fall."
    )
    assert got == [("Molkerei", "angekündigt"), (None, None)]


def test_verbs_of_advice_accusation_and_reckoning_are_cues() -> None:
    """ "riet", "rät", "beschuldigte", "charakterisierte … als", "errechneten, dass": verbs of
    saying with a clause or a judgement after them."""
    got = speakers(
        "Die Apothekerin Jana Kurz riet den Eltern, das Fieber regelmäßig zu messen.\n\n"
        "Der Verband rät dazu, die Fenster nachts geschlossen zu halten.\n\n"
        "Der Bauer Ole Hansen beschuldigte den Nachbarn, den Zaun beschädigt zu haben.\n\n"
        "Die Trainerin Mia Stein charakterisierte das Spiel als „eine Lehrstunde“.\n\n"
        "Die Forscher errechneten, dass der Pegel um zwei Meter steigen könnte."
    )
    assert [who for who, _ in got] == [
        "Apothekerin Jana Kurz",
        "Verband",
        "Bauer Ole Hansen",
        "Trainerin Mia Stein",
        "Forscher",
    ]


def test_present_verb_final_forms_of_separable_cues() -> None:
    """ "wie X feststellt", "wie X hinweist": the present forms of separable cues at the end of
    a clause are cues, as their past forms ("wie X feststellte") are."""
    got = speakers(
        "Wie die Ärztin Jana Kurz feststellt, ist die Zahl der Fälle im Winter gestiegen.\n\n"
        "Die Wartezeiten seien zu lang, wie der Patientenverband Nord hinweist."
    )
    assert [who for who, _ in got] == ["Ärztin Jana Kurz", "Patientenverband Nord"]


def test_erhoffen_and_davon_ausgehen_in_every_position() -> None:
    """ "erhoffte sich, dass", "wie X davon ausgeht", "war … davon ausgegangen": a perfect with
    "sein" puts the subject at its auxiliary, as "hat" does."""
    got = speakers(
        "Der Hafenmeister Jan Rieck erhoffte sich, dass die Fähre bald wieder fahren werde.\n\n"
        "Wie die Reederei Nord davon ausgeht, wird der Schaden im Mai behoben.\n\n"
        "Aus Mangel an Messungen waren die Geologen bisher davon ausgegangen, dass der Hang "
        "stabil sei."
    )
    assert got == [
        ("Hafenmeister Jan Rieck", "erhoffte"),
        ("Reederei Nord", "davon ausgeht"),
        ("Geologen", "davon ausgegangen"),
    ]


def test_subject_with_two_joined_adjectives() -> None:
    """ "Die schwedischen und finnischen Fischer": the whole noun phrase, not its adjectives."""
    got = speakers(
        "Am Montag sagten die schwedischen und finnischen Fischer, die Bestände würden sich "
        "erholen.\n\n"
        "Wie die dänischen und norwegischen Reeder mitteilten, bleiben die Häfen offen."
    )
    assert got == [("Fischer", "sagten"), ("Reeder", "mitteilten")]


def test_a_view_reports_in_its_frame() -> None:
    """ "sieht darin …", "sah es als bewiesen an", "sieht … einen „Angriff …“": a view
    with its frame reports; what someone sees ("sah keine andere Möglichkeit", "sieht … vor")
    neither reports nor carries the Konjunktiv sentence after it ("sollen demnach" names only
    "demnach", as an opening "Demnach" does)."""
    got = speakers(
        "Die Autorin Eva Roth sieht darin eine Verpflichtung, weiter zu schreiben.\n\n"
        "Das Landgericht sah es als bewiesen an, dass der Mann das Boot gestohlen hatte.\n\n"
        "Der Betriebsrat Jan Roth sieht in dem Plan einen „Angriff auf die Belegschaft“.\n\n"
        "Der Bauer Ole Kamp sah keine andere Möglichkeit, den Hof zu verkaufen. Die Kosten "
        "seien zu hoch.\n\n"
        "Der Entwurf sieht eine Verlängerung der Frist um fünf Jahre vor. Die Behörden sollen "
        "demnach mehr Rechte erhalten."
    )
    assert got == [
        ("Autorin Eva Roth", "sieht"),
        ("Landgericht", "sah"),
        ("Betriebsrat Jan Roth", "sieht"),
        (None, None),
        (None, None),
        (None, None),
        ("demnach", "demnach"),
    ]


@pytest.mark.parametrize("role", ["Dekan", "Rektor", "Gesetzgeber"])
def test_konjunktiv_goes_on_for_a_role_opening_the_sentence_before(role: str) -> None:
    """A role that speaks ("Dekan Roth", "der Gesetzgeber") opening an indicative sentence
    speaks the Konjunktiv I sentence after it."""
    got = speakers(
        f"Der {role} Roth sieht einem Rechtsstreit gelassen entgegen. Von den Vorwürfen habe "
        "man vor zehn Jahren nichts gewusst."
    )
    assert got == [(None, None), (f"{role} Roth", None)]


def test_konjunktiv_goes_on_for_a_name_after_a_fronted_auxiliary() -> None:
    """ "Inzwischen hat sich Hans Roth, …, für … ausgesprochen": the bare name after the
    auxiliary speaks the Konjunktiv I sentence after it."""
    got = speakers(
        "Inzwischen hat sich Hans Roth, der frühere Bürgermeister der Stadt, für den Neubau "
        "ausgesprochen. Nach so vielen Jahren sei es notwendig, die Schule zu erneuern."
    )
    assert got[-1] == ("Hans Roth", None)


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "Ein Bericht der Agentur „Nord“, wonach der Hafenmeister entlassen worden sein "
            "soll, wurde bestritten.",
            "Bericht der Agentur Nord",
        ),
        ("Es gibt eine Schätzung, wonach damals 5.000 Kinder arbeiten mussten.", "Schätzung"),
        ("Die Stadt hat den Plan, wonach die Brücke gesperrt wird, verworfen.", None),
    ],
)
def test_report_whose_words_a_wonach_clause_gives(body: str, speaker: str | None) -> None:
    """ "Ein Bericht der Agentur X, wonach …", "eine Schätzung, wonach …": the report says the
    clause; a plan or any other noun before "wonach" says nothing."""
    assert speakers(body)[0][0] == speaker


def test_wonach_yields_to_a_cue_and_carries_no_speech_on() -> None:
    """A cue of the sentence names its speaker ("…, wies die Partei zurück"); the report named
    in passing does not speak the Konjunktiv sentence after it."""
    got = speakers("Spekulationen, wonach der Minister gehe, wies die Partei zurück.")
    assert got == [("Partei", "wies")]
    got = speakers(
        "Berichte, wonach der Bürgermeister zurücktreten wolle, konnte die Stadt nicht "
        "bestätigen. Der Fall werde derzeit geprüft."
    )
    assert got == [("Berichte", "wonach"), (None, None)]


def test_a_warning_names_its_danger_after_vor() -> None:
    """ "Die Förster warnen vor einer großen Gefahr …": the danger warned of is what was
    said, as a clause after the verb is; "warnte den Fahrer" with no "vor" reports nothing."""
    got = speakers(
        "Die Förster warnen zudem vor einer großen Gefahr von Bränden im Osten. "
        "Der Wetterdienst warnte am Montag vor starkem Regen. Ein Polizist warnte den Fahrer."
    )
    assert got == [("Förster", "warnen"), ("Wetterdienst", "warnte"), (None, None)]


def test_a_figure_named_with_beziffern() -> None:
    """ "bezifferte den Schaden auf 50 Millionen Euro": the figure is what was said; an
    estimate opening the sentence speaks ("Eine Schätzung beziffert die Schulden auf …"), not
    the object after the verb; "beziffert" with no "auf"/"mit" reports nothing."""
    got = speakers(
        "Ein Sprecher der Feuerwehr bezifferte den Schaden auf 50 Millionen Euro. Eine neue "
        "Schätzung beziffert die Schulden der Stadt auf drei Milliarden Euro."
    )
    assert [cue for _, cue in got] == ["bezifferte", "beziffert"]
    assert "Sprecher" in (got[0][0] or "") and "Schätzung" in (got[1][0] or "")


def test_erwaegen_reports_only_an_infinitive_or_a_clause() -> None:
    """ "erwägt, gegen den Bescheid zu klagen": what is considered is said, as after
    "beschloss"; "erwog eine Gebühr" (a plain object) reports nothing."""
    got = speakers(
        "Der Vorsitzende des Vereins, Jan Roth, erwägt, gegen den Bescheid zu klagen. "
        "Die Fluggesellschaft erwog offenbar eine Gebühr für die Toiletten."
    )
    assert got == [("Jan Roth", "erwägt"), (None, None)]


def test_a_verb_pointing_at_a_dass_clause_frames_it() -> None:
    """ "Die Gewerkschaft droht damit, … nicht zu unterschreiben", "Die Ärzte klagen darüber,
    dass …": whoever opens the sentence says what the clause after "damit/darüber" says;
    "Abgesehen davon, dass …" and "Das Spiel begann damit, dass …" name nobody."""
    got = speakers("Die Gewerkschaft droht damit, den neuen Vertrag nicht zu unterschreiben.")
    assert [who for who, _ in got] == ["Gewerkschaft"]
    got = speakers("Die Ärzte der Klinik klagen darüber, dass ihnen die Zeit für Patienten fehlt.")
    assert [who for who, _ in got] == ["Ärzte der Klinik"]
    got = speakers(
        "Abgesehen davon, dass der Zug spät kam, verlief die Reise ruhig. Das Spiel begann "
        "damit, dass die Gäste früh ein Tor schossen."
    )
    assert got == [(None, None), (None, None)]


def test_a_noun_of_a_view_pointing_at_a_dass_clause_frames_it() -> None:
    """ "Der Präsident vertritt jedoch die These, dass …": a noun of a view before a "dass"
    clause frames it for the subject opening the sentence (an adverb inside the phrase too);
    a view that opens the sentence ("Die Hoffnung, dass …, erfüllte sich nicht") names nobody."""
    got = speakers("Der Präsident vertritt jedoch die These, dass der Anbau zu mehr Hunger führt.")
    assert [who for who, _ in got] == ["Präsident"]
    got = speakers("Die Hoffnung, dass der Regen nachlässt, erfüllte sich nicht.")
    assert got == [(None, None)]


def test_a_finding_in_a_wie_clause_names_its_source() -> None:
    """ "Wie eine Umfrage ergab, …", "…, wie Zahlen des Amtes zeigen.", "Wie sich aus dem
    Gutachten ergab, …": the study or document found what the sentence says; experience
    ("wie die Erfahrung zeigt") is nobody's finding."""
    got = speakers("Wie eine neue Umfrage ergab, fahren immer mehr Pendler mit dem Rad zur Arbeit.")
    assert got == [("Umfrage", "ergab")]
    got = speakers("Die Mieten steigen in allen Städten, wie Zahlen des Statistikamtes zeigen.")
    assert got == [("Zahlen des Statistikamtes", "zeigen")]
    got = speakers("Wie sich aus dem Gutachten ergab, war die Brücke seit Jahren marode.")
    assert got == [("Gutachten", "ergab")]
    got = speakers("Wie die Erfahrung zeigt, dauern solche Bauprojekte meist länger.")
    assert got == [(None, None)]


def test_a_passive_with_its_agent_reports_the_clause_after_it() -> None:
    """ "Von der Opposition wurde gefordert, …", "Es wurde vom Verband die Sorge geäußert, …",
    "Von Seiten der städtischen Verwaltung war … vorgeworfen worden, … zu …": the agent says
    what the "dass", "zu" or Konjunktiv clause after the participle says; a passive with an
    agent and no such clause ("wurde vom Bürgermeister abgesagt, weil …") reports nothing."""
    got = speakers("Von der Opposition wurde gefordert, dass die Wahl wiederholt werde.")
    assert got == [("Opposition", "gefordert")]
    got = speakers(
        "Es wurde vom Verband der Wirte die Sorge geäußert, viele Lokale müssten schließen."
    )
    assert [who for who, _ in got] == ["Verband der Wirte"]
    got = speakers(
        "Von Seiten der städtischen Verwaltung war dem Verein vorgeworfen worden, die "
        "Zuschüsse falsch verbucht zu haben."
    )
    assert [who for who, _ in got] == ["Seiten der städtischen Verwaltung"]
    got = speakers("Das Fest wurde vom Bürgermeister abgesagt, weil der Regen zu stark war.")
    assert got == [(None, None)]


def test_a_semicolon_keeps_a_cue_from_taking_the_source_after_it() -> None:
    """ "Die Veranstalter zählten 900 Gäste; nach Polizeiangaben waren es 600.": the clause after
    the semicolon is no word the organisers said, its "nach" names its source; "X sagte, nach
    neuen Erkenntnissen sei …" stays X's."""
    got = speakers(
        "Die Veranstalter schätzten etwa 900 Besucher; nach Polizeiangaben waren es rund 600."
    )
    assert got == [("Polizeiangaben", "nach")]
    got = speakers(
        "Ein Sprecher sagte, nach neuen Erkenntnissen sei der Täter ins Ausland geflohen."
    )
    assert got == [("Sprecher", "sagte")]


def test_a_view_noun_with_its_particle_before_the_dass_clause() -> None:
    """ "stellten die Theorie auf, dass …": a particle or participle between the view noun and
    the comma still points the noun at the clause; the opening subject holds the view."""
    got = speakers(
        "Forscher stellten schon vor Jahren die Theorie auf, dass Schnecken zählen können."
    )
    assert got == [("Forscher", None)]


def test_a_passive_label_with_its_agent_is_what_the_agent_said() -> None:
    """ "Der Plan wurde vom Verband als zu teuer bezeichnet.": a participle of labelling after
    "von X als Y" in a passive reports the label, X speaks; "als Lager genutzt" labels nothing."""
    got = speakers("Der Neubau wurde von der Ministerin Anna Roth als zu teuer bezeichnet.")
    assert got == [("Anna Roth", "bezeichnet")]
    got = speakers("Trotz des Regens wurde die Messe von den Gastgebern als gelungen gewertet.")
    assert got == [("Gastgebern", "gewertet")]
    got = speakers("Der Hafen wurde von der Stadt lange als Lager genutzt.")
    assert got == [(None, None)]


def test_a_cue_form_opening_a_quote_before_a_noun_is_an_adjective() -> None:
    """ "bestehen „begründete Zweifel“": a preterite form right after an opening quote mark
    and before a noun is an adjective, no cue; "Der Richter begründete das Urteil …" is one."""
    got = speakers("Weiterhin bestehen „begründete Zweifel“ an der Aussage des Zeugen.")
    assert got == [(None, None)]
    got = speakers("Der Richter begründete das Urteil damit, der Zeuge sei nicht glaubwürdig.")
    assert got == [("Richter", "begründete")]


def test_a_cue_with_sich_dadurch_names_a_property() -> None:
    """ "Die Region charakterisiert sich dadurch, dass …": a property, nothing said; "Der
    Minister äußerte sich dazu, dass …" still reports."""
    got = speakers("Die Region charakterisiert sich dadurch, dass dort zwei Sprachen gelten.")
    assert got == [(None, None)]
    got = speakers("Der Minister äußerte sich dazu, dass die Steuer steige.")
    assert got == [("Minister", "äußerte sich")]
