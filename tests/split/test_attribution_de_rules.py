"""German attribution rules learned from news errors, on sentences written for these tests."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_sentence_glued_on_without_a_space_is_not_the_speaker() -> None:
    """ "…“, sagte der Bürgermeister.Der Rat …": the speaker ends at the full stop."""
    got = speakers(
        "„Wir bauen die Brücke im Mai“, sagte der Bürgermeister.Der Rat stimmt am Montag ab."
    )
    assert got[0] == ("Bürgermeister", "sagte")


def test_source_in_the_cues_own_clause_speaks() -> None:
    """ "bestätigte X laut Y, dass …": Y reports what X said; "X sagte, laut Y …" stays X's."""
    got = speakers(
        "Am Montag bestätigte der Bürgermeister laut der Lokalpost, dass die Brücke gesperrt wird."
    )
    assert got == [("Lokalpost", "laut")]
    got = speakers("Der Bürgermeister sagte, laut dem Gutachten sei die Brücke nicht mehr sicher.")
    assert got == [("Bürgermeister", "sagte")]


def test_date_after_the_source_is_not_the_source() -> None:
    """ "nach Angaben des Hafenamts vom Freitag": the office, not Friday."""
    got = speakers("Drei Boote sind nach Angaben des Hafenamts vom Freitag schwer beschädigt.")
    assert got == [("Hafenamts", "nach angaben")]


def test_unclosed_single_quote_is_an_apostrophe() -> None:
    """ "in ‘Adi, …" (a transliterated place name) opens no quote that swallows the paragraph."""
    body = (
        "Nach seinem Bericht begann der Brand in ‘Umo, nördlich des Hafens. "
        "Laut der Polizei gab es dort zuvor keine Kämpfe. Der Präfekt sprach von einem "
        "„entsetzlichen Angriff auf die Stadt und ihre Bewohner“."
    )
    assert speakers(body)[1] == ("Polizei", "laut")


def test_time_or_place_between_the_verb_and_its_subject() -> None:
    """ "…, sagte am Montag in Köln der Sprecher": the subject follows the time and place."""
    got = speakers("Die Brücke sei marode, sagte am Montag in Köln der Sprecher der Stadtwerke.")
    assert got == [("Sprecher der Stadtwerke", "sagte")]
    got = speakers("Die Brücke sei marode, schrieb beispielsweise die Lokalpost.")
    assert got == [("Lokalpost", "schrieb")]


def test_fronted_time_phrase_is_not_the_subject() -> None:
    """ "Wenige Stunden nach dem Unfall erklärte X": X speaks, not the accident."""
    got = speakers(
        "Wenige Stunden nach dem Unfall erklärte der Bürgermeister, die Brücke sei marode."
    )
    assert got == [("Bürgermeister", "erklärte")]
    got = speakers("Zwei Tage vor der Wahl hat die Partei erklärt, sie werde klagen.")
    assert got == [("Partei", "erklärt")]


def test_focus_word_before_the_subject_is_not_the_speaker() -> None:
    """ "Selbst die Opposition hatte kritisiert": the opposition, not "Selbst"."""
    got = speakers("Selbst die Opposition hatte im Mai kritisiert, dass der Plan zu teuer sei.")
    assert got == [("Opposition", "kritisiert")]
    got = speakers("Selbst der Minister sagte, dass der Plan zu teuer sei.")
    assert got == [("Minister", "sagte")]


def test_nach_after_a_time_is_no_source() -> None:
    """ "Drei Wochen nach dem Beschluss des Rats" is a time; "Nach dem Urteil …" a source."""
    got = speakers("Drei Wochen nach dem Urteil des Landgerichts fehlt noch immer die Begründung.")
    assert got == [(None, None)]
    got = speakers("Nach dem Urteil des Landgerichts ist der Plan rechtswidrig.")
    assert got == [("Landgerichts", "nach")]


def test_subjunctive_after_an_inverted_subject_goes_on() -> None:
    """ "Am Montag hatte die Polizei … . Die Suche werde …": the police (the subject after the
    verb) go on in the subjunctive; a sentence without anyone who speaks passes nothing on."""
    got = speakers(
        "Am Montag hatte die Polizei die Suche eingestellt. "
        "Die Suche werde erst im Frühjahr fortgesetzt."
    )
    assert got == [(None, None), ("Polizei", None)]
    got = speakers("Am Montag regnete es in der ganzen Stadt. Die Brücke sei gesperrt.")
    assert got == [(None, None), (None, None)]


def test_das_before_the_cue_points_back() -> None:
    """ "…, das teilte X mit": X speaks the clause before the comma; "Dies sagte X." names
    the speaker of the sentence before and says nothing itself."""
    got = speakers("Die Brücke ist gesperrt, das teilte die Stadtverwaltung mit.")
    assert got == [("Stadtverwaltung", "teilte")]
    got = speakers("Die Brücke ist gesperrt, dies bestätigte das „Bauamt Nord“ am Montag.")
    assert got == [("Bauamt Nord", "bestätigte")]
    got = speakers(
        "„Die Brücke bleibt bis Mai gesperrt“, sagte der Bürgermeister. "
        "Dies sagte er auch am Abend im Rat."
    )
    assert got == [("Bürgermeister", "sagte"), (None, None)]


def test_heisst_es_found_without_other_letters_ie() -> None:
    """ "Im Bericht heißt es, …" (no "ie" anywhere in the sentence) names the report."""
    got = speakers("Im Bericht heißt es, der Bau werde um ein Jahr länger dauern.")
    assert got == [("Bericht", "heißt es")]


def test_passive_cue_before_nach_angaben_names_nobody() -> None:
    """ "…, die erwartet wurden, …, da nach Angaben der X …": a passive cue has no subject, so
    the source after "nach Angaben" speaks; an active cue before it keeps its subject."""
    got = speakers(
        "Die Pakete, die am Montag erwartet wurden, kamen später an, da nach Angaben der "
        "Spedition die Fähre ausgefallen war."
    )
    assert got == [("Spedition", "nach angaben")]


def test_separable_and_phrase_cues() -> None:
    """ "streitet … ab", "kam zu dem Ergebnis, dass", "vertritt die Auffassung", "hat …
    aufgefordert", "verweisen": German cues of denying, concluding, holding and urging."""
    got = speakers("Der Bürgermeister streitet ab, dass die Brücke marode ist.")
    assert got == [("Bürgermeister", "streitet")]
    got = speakers("Die Gutachter kamen zu dem Ergebnis, dass die Brücke marode ist.")
    assert got == [("Gutachter", "kamen zu dem ergebnis")]
    got = speakers("Der Verband vertritt die Auffassung, die Brücke sei marode.")
    assert got == [("Verband", "vertritt die auffassung")]
    got = speakers("Der Stadtrat hat die Bürger dazu aufgefordert, die Brücke zu meiden.")
    assert got == [("Stadtrat", "aufgefordert")]
    got = speakers("Die Anwohner verweisen auf den Lärm. Die Brücke sei zu laut.")
    assert got[1] == ("Anwohner", "verweisen")


def test_one_adverb_before_the_auxiliary_is_not_the_subject() -> None:
    """ "Monatelang hat die Stadt bestritten, dass …": the subject follows the auxiliary."""
    got = speakers("Monatelang hat die Stadt abgestritten, dass die Brücke marode ist.")
    assert got == [("Stadt", "abgestritten")]


def test_court_decision_and_so_with_a_lower_case_compound() -> None:
    """ "Das Gericht hat entschieden, dass …" reports the court; "entschieden" as an adverb
    ("entschieden abgelehnt") is no cue; ", so verdi-Sprecher X" names X."""
    got = speakers("Das Landgericht hat entschieden, dass die Brücke gesperrt bleibt.")
    assert got == [("Landgericht", "entschieden")]
    got = speakers("Der Plan wurde vom Rat entschieden abgelehnt.")
    assert got == [(None, None)]
    got = speakers("Der Streik gehe weiter, so verdi-Sprecher Jan Voss.")
    assert got == [("Jan Voss", "so")]


def test_soll_alone_carries_reported_speech_one_sentence_only() -> None:
    """Konjunktiv I carries the speaker on from sentence to sentence; "soll" (also hearsay of
    anyone) carries it on right after a cue, not after a sentence that was itself carried on."""
    got = speakers(
        "Die Polizei teilte mit, die Brücke sei gesperrt. Sie soll im Mai geprüft werden. "
        "Der Umbau soll zwei Jahre dauern."
    )
    assert got == [("Polizei", "teilte"), ("Polizei", "teilte"), (None, None)]
    got = speakers(
        "Die Polizei teilte mit, die Brücke sei gesperrt. Sie werde im Mai geprüft. "
        "Der Umbau solle zwei Jahre dauern."
    )
    assert [g[0] for g in got] == ["Polizei", "Polizei", "Polizei"]


def test_heisst_es_at_the_end_and_on_a_web_page() -> None:
    """ "…, heißt es." names no one (the clause before is what was said, not its speaker);
    "heißt es auf der Webseite der Stadt" names the page; a relative clause before "heißt es"
    still leaves the document that opens the sentence."""
    assert speakers("Drei Viertel der Brücken sind marode, heißt es.") == [(None, None)]
    got = speakers("Die Brücke ist marode, heißt es auf der Webseite der Stadt.")
    assert got == [("Webseite der Stadt", "heißt es")]
    got = speakers("In dem Bericht, der am Montag erschien, heißt es, die Brücke sei marode.")
    assert got == [("Bericht", "heißt es")]


def test_heisst_es_with_an_adverb_before_the_source() -> None:
    """ "…“ heißt es dazu in einer Mitteilung des Vereins", "hieß es weiter aus dem
    Ministerium": the source after the adverb speaks, not a noun of the quote."""
    got = speakers(
        "„Dem Hafen wird damit ein schlechter Dienst getan“ heißt es dazu in einer "
        "Mitteilung des Vereins."
    )
    assert got == [("Mitteilung des Vereins", "heißt es")]
    got = speakers("„Die Brücke ist marode“, hieß es weiter aus dem Ministerium.")
    assert got == [("Ministerium", "heißt es")]


def test_parenthesis_in_the_reported_clause_is_no_apposition() -> None:
    """ "Die Stadt plane … (etwa 40 Euro je Einwohner), sagte X": a clause in the subjunctive
    before the comma was said; X after the verb speaks."""
    got = speakers(
        "Die Stadt plane ein Programm von zwei Millionen Euro (etwa 40 Euro je Einwohner), "
        "sagte Bürgermeisterin Anna Weber am Montag."
    )
    assert got == [("Anna Weber", "sagte")]


def test_nach_angaben_reads_one_noun_of_information() -> None:
    """ "nach Angaben der Lokalpost ein Ergebnis des Streits": the paper speaks; "Ergebnis
    des" later in the sentence is what was said, not a second "according to"."""
    got = speakers(
        "Der Stau ist nach Angaben der Lokalpost ein Ergebnis des Streits um die Brücke."
    )
    assert got == [("Lokalpost", "nach angaben")]


def test_so_heisst_names_a_thing() -> None:
    """ "„…“, so heißt ein Projekt": a name, not "„…“, so X" with a speaker; "so heißt es in
    einer Erklärung" still names the document."""
    got = speakers(
        "„Grüner Kai“, so heißt ein neues Vorhaben, mit dem der Hafen Bäume pflanzen will."
        "\n\n„Der Plan ist gut“, so heißt es in einer Erklärung der Stadt."
    )
    assert got == [(None, None), ("Erklärung der Stadt", "heißt es")]


def test_man_and_possessives_name_nobody() -> None:
    """ "Man habe …, so der Sender": "man" is nobody in particular, the source after "so" speaks;
    a possessive alone ("Seine …") is no speaker either."""
    got = speakers(
        "Seine wichtigste These lautet, dass der Hafen zu klein geworden sei.\n\n"
        "Man habe einen Fehler im Netz festgestellt, so der Sender Radio Nord."
    )
    assert got == [(None, None), ("Sender Radio Nord", "so")]


def test_zeigte_sich_reports_an_attitude() -> None:
    """ "zeigte sich besorgt, dass …", "zeigte sich der Trainer zufrieden: …": an attitude is
    reported; "Ein ähnliches Bild zeigte sich an den Börsen, wo …" is no one's."""
    got = speakers(
        "Ein ähnliches Bild zeigte sich an den Börsen, wo die Kurse fielen.\n\n"
        "Der Trainer Jan Roth zeigte sich besorgt, dass die Spieler müde seien."
    )
    assert got == [(None, None), ("Trainer Jan Roth", "zeigte sich")]


def test_der_with_an_adjective_in_en_is_no_subject() -> None:
    """ "Der englischen Zeitung sagte X": "der" + adjective in -en is dative or genitive, so the
    subject follows the verb; "Der neue Minister" is a nominative."""
    got = speakers(
        "Der englischen Zeitung sagte der Häftling Jan Roth: „Ich bleibe hier.“\n\n"
        "Der neue Minister Ole Kamp sagte, er bleibe im Amt."
    )
    assert got == [("Häftling Jan Roth", "sagte"), ("Ole Kamp", "sagte")]


def test_a_name_with_von_opens_a_sentence() -> None:
    """ "Von der Heide betonte, …": with no subject after the verb, "Von der X" is a name, not a
    fronted phrase; "Von der Regierung hieß es" and "Von Berlin aus sagte der Minister" keep
    their source."""
    got = speakers(
        "Von der Heide betonte, unter den Bewerbern seien viele Frauen.\n\n"
        "Von Berlin aus sagte der Minister Jan Roth, die Lage sei ernst."
    )
    assert got == [("Von der Heide", "betonte"), ("Jan Roth", "sagte")]


def test_conjunction_opening_a_sentence_is_no_part_of_a_name() -> None:
    """ "Während Anna Roth erklärte, …": "Während" opens the clause; it is no given name of
    "Anna Roth" in the document's name index."""
    got = speakers("Während Anna Roth erklärte, sie sei sehr aufgeregt, schwieg der Trainer.")
    assert got == [("Anna Roth", "erklärte")]


def test_einerseits_andererseits_zwar_open_an_inverted_clause() -> None:
    """ "Andererseits haben die Zeitungen … gesagt", "Einerseits betonte der Minister": the
    adverb is fronted, the subject follows the verb."""
    got = speakers("Andererseits haben die Zeitungen schon früh gesagt, der Streit sei ernst.")
    assert got == [("Zeitungen", "gesagt")]
    assert speakers("Einerseits betonte der Minister, der Plan sei gut.") == [
        ("Minister", "betonte")
    ]


def test_name_with_zu_or_von_before_a_perfect_auxiliary() -> None:
    """ "Zu Guttenberg hatte … eingeräumt", "Von Weizsäcker hatte … erklärt": a name with its
    particle and no article opens the clause (was "Fehler" or nobody); "Zu den Protesten
    hatten … aufgerufen" and "Zu Beginn hatte der Minister …" are fronted phrases."""
    got = speakers("Zu Rhein hatte zwar Versäumnisse zugegeben und erklärt, er sei müde gewesen.")
    assert got == [("Zu Rhein", "zugegeben")]
    got = speakers("Von Weizsäcker hatte am Montag erklärt, der Plan sei gescheitert.")
    assert got == [("Von Weizsäcker", "erklärt")]
    assert speakers("Zu den Protesten hatten über 50 Gruppen aufgerufen.") == [(None, None)]
    got = speakers("Zu Beginn hatte der Minister erklärt, der Plan sei gescheitert.")
    assert got == [("Minister", "erklärt")]


def test_phrase_ending_in_man_names_nobody() -> None:
    """ "Im Großen und Ganzen kann man sagen, dass …": a phrase that ends in "man" names nobody in
    particular (it was the speaker "Im Großen und Ganzen kann man")."""
    got = speakers("Im Großen und Ganzen kann man sagen, dass der Markt gut besucht war.")
    assert got == [(None, None)]


def test_a_time_noun_is_no_speaker() -> None:
    """ "…, die am Strand das neue Jahr feierten, …": "feierten" has the new year as its object,
    and a time ("das neue Jahr", "dieser Tage") names no speaker."""
    got = speakers(
        "Der Unfall ereignete sich in der Nacht auf der Brücke über den Fluss. Zwei Männer, die "
        "mit Freunden am Strand das neue Jahr feierten, sind von einem Boot gestreift worden."
    )
    assert got[1] == (None, None)


def test_denied_telling_reports_nothing() -> None:
    """ "X wollte nicht bestätigen, dass …", "X konnte weder bestätigen noch …", "…, gab X nicht
    bekannt": a denied verb of telling says nothing (was X); a denied view ("glaubt nicht") is
    still X's, and so is the next verb joined with "und" or a "nicht" inside what was said."""
    got = speakers("Eine Sprecherin wollte nicht bestätigen, dass alle Kisten Waffen enthielten.")
    assert got == [(None, None)]
    got = speakers(
        "Das Hafenamt wollte weder bestätigen noch ausschließen, dass eine Pumpe defekt war."
    )
    assert got == [(None, None)]
    got = speakers("Warum die Maschine umkehrte, gab die Fluggesellschaft nicht bekannt.")
    assert got == [(None, None)]
    got = speakers("Der Minister glaubt nicht, dass die Reform scheitert.")
    assert got == [("Minister", "glaubt")]
    got = speakers("Die Firma bestätigte die Summe nicht und nannte sie „frei erfunden“.")
    assert got == [("Firma", "nannte")]
    got = speakers("Der Sprecher sagte, nicht alle Kisten hätten Waffen enthalten.")
    assert got == [("Sprecher", "sagte")]


def test_finding_with_words_between_verb_and_result() -> None:
    """ "Die Kammer kam so zu dem Ergebnis, dass …", "Die Prüfer kamen aber zum Schluss,
    dass …", "Beobachter schließen daraus, dass …": a finding or an inference names its
    speaker (was nobody); "Hinzu kommt: …" and "kam … ums Leben" are none."""
    got = speakers("Die Kammer kam so zu dem Ergebnis, dass der Vertrag gültig bleibt.")
    assert got == [("Kammer", "kam")]
    got = speakers("Die Prüfer kamen am Ende aber zum Schluss, dass die Brücke sicher ist.")
    assert got == [("Prüfer", "kamen")]
    got = speakers("Beobachter schließen daraus, dass der Hafen bald verkauft wird.")
    assert got == [("Beobachter", "schließen")]
    assert speakers("Hinzu kommt: Die Brücke ist seit Jahren gesperrt.") == [(None, None)]
    got = speakers("Bei dem Unfall kam der Fahrer ums Leben, wie die Polizei mitteilte.")
    assert got == [("Polizei", "mitteilte")]


def test_a_mood_shown_with_nothing_said_reports_nothing() -> None:
    """ "X, die Oberbürgermeisterin, zeigte sich erfreut über die Wahl.": a mood with no clause,
    quote or colon after it says nothing (was X's claim: the comma of the apposition read as
    the end of what was said); "X zeigte sich besorgt, dass …" still reports."""
    got = speakers(
        "Anna Roth, die Oberbürgermeisterin der Stadt, zeigte sich sehr zufrieden mit "
        "dem Andrang der Besucher."
    )
    assert got == [(None, None)]
    got = speakers("Der Vorsitzende, Jan Roth, zeigt sich gelassen und setzt auf einen Kompromiss.")
    assert got == [(None, None)]
    got = speakers("Die Bürgermeisterin zeigte sich besorgt, dass die Brücke marode sei.")
    assert got == [("Bürgermeisterin", "zeigte sich")]


def test_commas_of_an_apposition_close_no_words_said() -> None:
    """ "Anna Roth, die Bürgermeisterin der Stadt, lobte die Helfer.": the commas set off the
    subject's apposition, no words said before the verb (was Anna Roth's claim); a clause or
    a judgement after the verb still reports ("schätzt … als …")."""
    got = speakers("Anna Roth, die Bürgermeisterin der Stadt, lobte die Arbeit der Helfer.")
    assert got == [(None, None)]
    got = speakers("Der Sprecher des Rates, Jan Roth, würdigte die Arbeit der Helfer.")
    assert got == [(None, None)]
    got = speakers("Anna Roth, die Bürgermeisterin der Stadt, sagte, die Brücke sei marode.")
    assert got == [("Anna Roth", "sagte")]
    got = speakers("Jan Roth, der Sprecher des Rates, schätzt den Vorgang als schwierig ein.")
    assert got == [("Jan Roth", "schätzt")]


def test_praise_or_attack_with_a_label_after_als_reports() -> None:
    """ "X feierte die Wahl als „klaren Sieg“", "X attackierte den Plan als Irrweg": the
    label after "als" is X's judgement; the act alone ("Die Fans feierten den Sieg") or a
    clause of time after a comma ("…, als …") reports nothing."""
    got = speakers("Ein kleiner Verein feierte die Wahl hingegen als „klaren Sieg“.")
    assert got == [("Verein", "feierte")]
    got = speakers("Auch der Außenminister Jan Roth attackierte den Plan als einen Irrweg.")
    assert got == [("Jan Roth", "attackierte")]
    got = speakers("Die Fans feierten den Sieg bis in die Nacht.")
    assert got == [(None, None)]
    got = speakers("Die Fans feierten ausgelassen, als das Tor fiel.")
    assert got == [(None, None)]


def test_als_before_a_view_verb_frames_what_is_seen() -> None:
    """ "…, der die Regel als „Zumutung“ sieht." and "Als großen Fehler sieht der
    Minister den Plan.": the label before the verb is the view; "…, als er ihn sah." is a
    clause of time."""
    got = speakers(
        "Kritik kommt vom Anglerverband, der die neue Regel als „Zumutung“ für alle Vereine sieht."
    )
    assert got == [("Anglerverband", "sieht")]
    got = speakers("Als großen Fehler sieht der Minister den Plan der Regierung.")
    assert got == [("Minister", "sieht")]
    got = speakers("Der Polizist lachte laut, als er den Täter sah.")
    assert got == [(None, None)]


def test_condemning_or_rating_as_a_label_reports() -> None:
    """ "Die Regierung verurteilte den Anschlag als feige.", "X bewertete die Einigung als
    Durchbruch": the label after "als" is what was said, like "kritisierte … als"; a sentence
    without it reports nothing ("verurteilte den Mann zu drei Jahren Haft")."""
    got = speakers("Die Regierung verurteilte den Anschlag als feige.")
    assert got == [("Regierung", "verurteilte")]
    got = speakers("Der Minister bewertete die Einigung als Durchbruch.")
    assert got == [("Minister", "bewertete")]
    got = speakers("Das Gericht verurteilte den Mann zu drei Jahren Haft.")
    assert got == [(None, None)]


def test_an_age_adjective_belongs_to_the_noun_phrase() -> None:
    """ "Die 64-jährige Kanzlerin Anna Roth hat … erklärt": the age before the noun is an
    adjective of the subject (was '64-jährige deutsche'; "Der 72-jährige Pächter eines Gartens"
    was 'Gartens')."""
    got = speakers(
        "Die 64-jährige deutsche Kanzlerin Anna Roth hat am Samstag erklärt, sie habe Angst."
    )
    assert got == [("Anna Roth", "erklärt")]
    got = speakers(
        "Der 72-jährige Pächter eines Gartens hatte festgestellt, dass es Schnecken gebe."
    )
    assert got == [("Pächter", "festgestellt")]


def test_beide_after_the_verb_is_its_subject_not_the_object_after_it() -> None:
    """ "Nach dem Streit forderten beide eine Verlängerung": "beide" is the subject, so the
    object after it names no speaker (was 'Verlängerung des Vertrags')."""
    got = speakers("Nach dem Streit forderten beide eine Verlängerung des Vertrags.")
    assert got == [(None, None)]


def test_a_noun_after_a_preposition_behind_the_auxiliary_is_no_speaker() -> None:
    """ "…, hat mit Wirkung zum 3. Mai ihren Rücktritt verkündet": the noun after "mit" is no
    subject (was 'Wirkung'); a subject after the phrase still speaks (was 'Nachdruck der
    Minister')."""
    got = speakers(
        "Die Ministerin Anna Berger (SPD), hat mit Wirkung zum 3. Mai ihren Rücktritt verkündet."
    )
    assert got == [(None, None)]
    got = speakers("Die Lage sei ernst, hat mit Nachdruck der Minister betont.")
    assert got == [("Minister", "betont")]


def test_a_cue_inside_brackets_reports_only_the_aside() -> None:
    """ "Am Samstag kamen 300 (die Zeitung „Der Bote“ hatte 150 angegeben) …": the
    bracketed cue does not make the paper the sentence's speaker (was 'Zeitung Der Bote')."""
    got = speakers(
        "Am Samstag kamen 300 Teilnehmer (die Zeitung „Der Bote“ hatte sogar 150 "
        "angegeben) trotz strömendem Regen auf den Platz."
    )
    assert got == [(None, None)]


def test_wiederholt_before_a_preposition_is_repeatedly() -> None:
    """ "richtete sich wiederholt an seine Leser": "wiederholt" before a preposition is the
    adverb, no cue ("seine" was the speaker); "wiederholt seine Forderung" still reports."""
    got = speakers(
        "Der alte Kapitän Jan Roth, der seit Jahren auf einer Insel wohnt, richtete sich zuletzt "
        "wiederholt an seine Leser mit der Bitte, Briefe zu schreiben."
    )
    assert got == [(None, None)]
    got = speakers("Seit dem Umbau des Kais ist es wiederholt zu Staus im Hafen gekommen.")
    assert got == [(None, None)]
    got = speakers("Der Minister wiederholt seine Forderung, die Steuern zu senken.")
    assert got == [("Minister", "wiederholt")]


def test_nach_eigenem_bekunden_is_a_source() -> None:
    """ "nach eigenem Bekunden" is the speaker's own account, like "nach eigenen Angaben"."""
    got = speakers("Der Kapitän war nach eigenem Bekunden schon früh über den Sturm informiert.")
    assert got == [("Bekunden", "nach")]


def test_nicht_naeher_genannte_quellen_is_no_denial() -> None:
    """ "Unter Berufung auf nicht näher bezeichnete Quellen berichtete X, …": the participle
    before a noun is no cue and its "nicht" denies no telling; X reports."""
    for participle, verb in (
        ("bezeichnete", "berichtete die Zeitung,"),
        ("genannte", "gab die Zeitung an,"),
    ):
        got = speakers(
            f"Unter Berufung auf nicht näher {participle} Quellen {verb} dem Minister sei ein "
            "Amt angeboten worden."
        )
        assert got == [("Zeitung", verb.split()[0])]
    assert speakers("Der Minister wollte sich nicht weiter äußern, ob er zurücktritt.") == [
        (None, None)
    ]


def test_bestaetigt_sich_proves_true() -> None:
    """ "Damit bestätigt sich die Sorge, dass …": the reflexive verb means "proves true",
    no one confirms anything ('Sorge' was the speaker)."""
    got = speakers("Damit bestätigt sich die Sorge, dass die Mieten weiter steigen.")
    assert got == [(None, None)]
    got = speakers("Die Polizei bestätigte, dass zwei Menschen verletzt wurden.")
    assert got == [("Polizei", "bestätigte")]
