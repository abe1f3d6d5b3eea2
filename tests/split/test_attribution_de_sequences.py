"""German speakers across sentences and clauses, on sentences written for these tests: which
quote a cue after a closed quote belongs to, reported speech going on after "Das sagte X.",
and the subject of a verb of saying coordinated after another verb."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_cue_after_a_closed_quote_opens_the_next_quote() -> None:
    """ "„… leiden.“ Anna Berger kritisierte: „…“": the quote before is the party's (its own
    colon frame), the one after Anna Berger's, not words from inside the first quote."""
    got = speakers(
        "Die Partei äußerte gegenüber dem Blatt: „Wir sehen die Pläne kritisch. Viele Betriebe "
        "könnten darunter leiden.“ Anna Berger, die Sprecherin der Fraktion, kritisierte: "
        "„Die Stellen sollten lieber aufklären.“"
    )
    assert got == [("Partei", "äußerte"), ("Partei", "äußerte"), ("Anna Berger", "kritisierte")]


def test_sentence_after_a_closed_quote_is_not_its_frame() -> None:
    """ "„… helfen.“ Das Amt verurteilte den Anschlag.": the quote keeps its colon frame."""
    got = speakers(
        "Der Direktor des Hilfswerks, Jan Lake, sagte: „Das ist ein neuer Horror. Wir müssen "
        "helfen.“ Das Außenamt verurteilte den Anschlag als erschütternd."
    )
    assert got[:2] == [("Jan Lake", "sagte"), ("Jan Lake", "sagte")]


def test_sentence_after_a_question_quote_is_not_its_frame() -> None:
    """ "„…?“ Der Verein fordert …": a quote closing with "?" or "!" ends its sentence as one
    with "." does; the next sentence's subject and cue are not its frame."""
    got = speakers(
        "Die Wirtin fragte: „Warum soll das Fest nicht im Hof stattfinden?“ Der Verein fordert "
        "eine Absage der Feier."
    )
    assert got == [("Wirtin", "fragte"), ("Verein", "fordert")]
    got = speakers("„Wir bleiben im Hof!“ Der Verein fordert eine Absage der Feier.")
    assert got[0] != ("Verein", "fordert")


def test_comma_after_a_question_quote_keeps_its_frame() -> None:
    """ "„…?“, fragte X": the comma after the quote goes on into its frame."""
    got = speakers("„Warum soll das Fest nicht im Hof stattfinden?“, fragte die Wirtin Lea Horn.")
    assert got == [("Wirtin Lea Horn", "fragte")]


def test_object_opening_the_sentence_before_is_no_topic() -> None:
    """ "Ihren Gegner X besuchte Lund …": a determiner of an object opens the sentence, so X is
    not its subject and does not speak the Konjunktiv sentence after it; "Ihr Gegner X" does."""
    got = speakers(
        "Die Ministerin Eva Lund sprach am Morgen im Landtag. Ihren Gegner Peter Holt besuchte "
        "Lund am Abend. Der Streit sei damit beigelegt."
    )
    assert got[2] == ("Eva Lund", None)
    got = speakers(
        "Die Ministerin Eva Lund sprach am Morgen im Landtag. Ihr Gegner Peter Holt besuchte "
        "Lund am Abend. Der Streit sei damit beigelegt."
    )
    assert got[2] == ("Ihr Gegner Peter Holt", None)


def test_announced_decision_points_back() -> None:
    """ "X gab die Entscheidung bekannt.": the news announced is the sentence before, X's; a
    decision with an owner after it ("bedauerte die Entscheidung des Verbands") is none."""
    got = speakers(
        "Der Stürmer Hans Gruber reist nun doch mit zum Turnier. Der Trainer Jan Holt gab die "
        "Entscheidung am Donnerstag im Quartier bekannt."
    )
    assert got == [("Trainer Jan Holt", "gab"), (None, None)]
    got = speakers(
        "Der Stürmer Hans Gruber reist nun doch mit zum Turnier. Der Trainer Jan Holt bedauerte "
        "die Entscheidung des Verbands."
    )
    assert got[0] == (None, None)


def test_speech_goes_on_after_a_sentence_that_points_back() -> None:
    """ "Das erklärte X." gives X the sentence before; the Konjunktiv sentence after it is X's
    too, and so is a "soll" sentence: X was named just before, as by a cue of its own."""
    got = speakers(
        "Die Schule bleibt bis Ostern geschlossen. Das erklärte die Bürgermeisterin Eva Roth am "
        "Montag. Die Reparatur werde mindestens drei Wochen dauern."
    )
    assert got == [("Eva Roth", "erklärte"), (None, None), ("Eva Roth", "erklärte")]
    got = speakers(
        "Die Schule bleibt bis Ostern geschlossen. Das erklärte die Bürgermeisterin Eva Roth am "
        "Montag. Der Neubau soll im Sommer beginnen."
    )
    assert got[-1] == ("Eva Roth", "erklärte")


def test_verb_of_saying_after_another_verb_has_the_first_subject() -> None:
    """ "Der Minister reiste … und betonte": the noun phrase before the first verb speaks, not
    "Minister reiste"; after a fronted phrase the subject follows the first verb."""
    got = speakers("Der Minister reiste am Montag nach Paris und betonte dort, die Lage sei ernst.")
    assert got == [("Minister", "betonte")]
    got = speakers(
        "Anna Roth besuchte die Schule und kritisierte die Ausstattung als „mangelhaft“."
    )
    assert got == [("Anna Roth", "kritisierte")]
    got = speakers(
        "In seiner Rede dankte der Minister Jan Roth den Helfern und nannte den Einsatz "
        "„vorbildlich“."
    )
    assert got == [("Jan Roth", "nannte")]


def test_words_between_subject_and_verb() -> None:
    """ "Anna Roth selbst schrieb", "Die Stadt dagegen erklärte": the name before the particle."""
    assert speakers("Anna Roth selbst schrieb in einer Erklärung, sie wolle gehen.") == [
        ("Anna Roth", "schrieb")
    ]
    got = speakers("Der Verband Nord dagegen sprach von einem Erfolg, die Zahlen seien gut.")
    assert got == [("Verband Nord", "sprach von")]


def test_plural_of_beschweren_is_a_cue() -> None:
    """ "beschweren sich" (stem "beschwer-"): a cue whose plural is not "beschwern"."""
    got = speakers("Anwohner beschweren sich über den Lärm, die Stadt habe nichts getan.")
    assert got == [("Anwohner", "beschweren")]


def test_circles_that_make_something_known_speak() -> None:
    """ "Aus EU-Kreisen verlautete, …": the circles are the source, not the clause after."""
    got = speakers("Aus Regierungskreisen verlautete, dies sei nur Spekulation.")
    assert len(got) == 1 and got[0][0].endswith("Regierungskreisen")


def test_death_toll_is_no_demand() -> None:
    """ "forderte 92 Menschenleben", "das 73 Todesopfer forderte": no one speaks."""
    assert speakers("Im Norden forderte der Sturm zwölf Menschenleben.") == [(None, None)]
    assert speakers("Es war ein Unglück, das 73 Todesopfer forderte.") == [(None, None)]


def test_naming_oneself_is_no_speech() -> None:
    """ "Dann nennt sie sich „…“", "das sich selbst „…“ (…) nennt": a name, not a quote."""
    got = speakers("Im Jahr 2027 ist es so weit: Dann nennt sie sich „Forum 27“ und öffnet im Mai.")
    assert got == [(None, None)]
    got = speakers(
        "Das Bündnis aus Liberalen (PL) und Grünen (PG), das sich selbst „Allianz für den "
        "Norden“ (AfN) nennt, kam auf 40 Prozent."
    )
    assert got == [(None, None)]


def test_document_read_from_speaks_the_konjunktiv_after_it() -> None:
    """ "Im Jahresbericht … werden … genannt. Oft habe …": the report is the source
    of the Konjunktiv sentence after the one that reads from it."""
    got = speakers(
        "Im Jahresbericht der Stiftung werden viele Fälle genannt. Oft habe das "
        "Hafenamt zu spät gehandelt."
    )
    assert got == [(None, None), ("Jahresbericht der Stiftung", "genannt")]


def test_cue_verbs_of_judging_reminding_and_stressing() -> None:
    """ "wertet … als Erfolg", "erinnerte daran, dass", "„…“, strich X heraus"."""
    assert speakers("Die Gewerkschaft wertet die Einigung als Erfolg.") == [
        ("Gewerkschaft", "wertet")
    ]
    got = speakers("Jan Roth erinnerte daran, dass die Stadt kein Geld habe.")
    assert got == [("Jan Roth", "erinnerte daran")]
    got = speakers("„Wir bleiben hier“, strich Anna Roth in Köln heraus.")
    assert got == [("Anna Roth", "strich")]


def test_subject_of_a_causal_clause_and_of_a_relative_clause() -> None:
    """ "da die Partei angekündigt hatte" (a noun phrase after "da"); "…, Anna Berg, die
    erklärt hat, …" (the name the relative clause hangs on); "andere Quellen berichten"."""
    got = speakers("Die Wahl bleibt offen, da die Partei angekündigt hatte, mit allen zu reden.")
    assert got == [("Partei", "angekündigt")]
    got = speakers(
        "Das gilt auch für die Ministerin Anna Berg, die erklärt hat, sie wolle bleiben."
    )
    assert got == [("Anna Berg", "erklärt")]
    got = speakers("Der Mann wurde entlassen, andere Quellen berichten, dass er geflohen sei.")
    assert got == [("Quellen", "berichten")]


def test_fronted_adverb_with_a_preposition_is_no_subject() -> None:
    """ "Passend zum Glatteis warnte X", "Außer aus Köln weist X …": the subject follows."""
    got = speakers("Passend zum Glatteis warnte die Moderatorin eines Senders: „Es ist glatt.“")
    assert got == [("Moderatorin", "warnte")]
    got = speakers("Außer aus Köln weist das Amt auch auf höhere Zahlen in Bonn hin, es sei ernst.")
    assert got == [("Amt", "weist")]


def test_wie_clause_without_a_comma() -> None:
    """ "Wie die Sender berichten sind zwei Polizisten …": the main verb closes the clause."""
    got = speakers("Wie die örtlichen Sender berichten sind zwei Polizisten verletzt worden.")
    assert got == [("Sender", "berichten")]


def test_passive_cue_in_a_document() -> None:
    """ "In einem Bericht der Zeitung wurde vermutet, dass …": the report is the source."""
    got = speakers("In einem Bericht der Stadtzeitung wurde vermutet, dass niemand überlebt hat.")
    assert got == [("Bericht der Stadtzeitung", "vermutet")]


def test_participle_of_a_passive_in_a_document_is_a_cue() -> None:
    """ "So wird in einer Mitteilung gefordert, …", "Im Gutachten war festgestellt worden, …":
    a participle that is a cue only after "hat" is one in a document's passive too."""
    got = speakers(
        "So wird in einer Mitteilung des Anglervereins gefordert, dass die Schleuse repariert "
        "werde.\n\n"
        "Im Gutachten der Statiker war festgestellt worden, dass keine der Hallen sicher sei."
    )
    assert got == [
        ("Mitteilung des Anglervereins", "gefordert"),
        ("Gutachten der Statiker", "festgestellt"),
    ]


def test_participle_of_a_passive_outside_a_document_is_no_cue() -> None:
    """ "In der Stadt wurde gefordert, …": a place holds no words; "Im Bericht wurde X
    genannt": naming, no cue."""
    got = speakers(
        "In der Hafenstadt wurde gefordert, dass die Schleuse repariert werde.\n\n"
        "Im Bericht wurde der Name des Kapitäns genannt."
    )
    assert got == [(None, None), (None, None)]


def test_opening_preposition_is_no_part_of_a_name() -> None:
    """ "Gegen Anna Berg wird ermittelt.": the name index keeps "Anna Berg", not "Gegen …"."""
    got = speakers(
        "Gegen Anna Berg wird ermittelt. Die Ministerin Anna Berg war lange im Amt. Berg "
        "erklärte, sie sei unschuldig."
    )
    assert got[-1] == ("Anna Berg", "erklärte")


def test_insgesamt_opens_no_subject() -> None:
    """ "Insgesamt spricht die Polizei von …": the subject follows the verb, without the
    "von" phrase that is what was spoken of."""
    got = speakers("Insgesamt spricht die Polizei von einer ruhigen Nacht.")
    assert got == [("Polizei", "spricht")]


def test_hearsay_of_a_past_event_goes_on() -> None:
    """ "soll … gestohlen haben" reports a past event as hearsay: it carries reported speech on
    like the Konjunktiv I, where a bare "soll" after carried speech does not."""
    got = speakers(
        "Die Polizei teilte mit, der Täter sei über den Zaun geflohen. Er habe eine Tasche "
        "getragen. Zuvor soll er zwei Fahrräder gestohlen haben."
    )
    assert got == [("Polizei", "teilte"), ("Polizei", "teilte"), ("Polizei", "teilte")]


def test_any_verb_in_konjunktiv_i_carries_speech_on() -> None:
    """ "Jedoch ruhe die Mitgliedschaft …", "Die Kosten verteile sich …": a verb in -e before an
    article or "sich" is a Konjunktiv I of its own, not only the listed forms; an adjective
    in -e ("die große Halle"), a preterite ("tagte der Rat") or "ich glaube" is none."""
    got = speakers(
        "Der Vorsitzende Jan Roth erklärte, der Verein sei schuldenfrei. Jedoch ruhe die "
        "Förderung durch die Stadt seit dem Frühjahr. Die Kosten verteile sich auf alle "
        "Mitglieder."
    )
    assert got == [("Jan Roth", "erklärte")] * 3
    got = speakers(
        "Der Vorsitzende Jan Roth erklärte, der Verein sei schuldenfrei. Am Abend tagte der Rat "
        "in der großen Halle des Rathauses."
    )
    assert got[1] == (None, None)


def test_konjunktiv_i_of_a_verb_stem_in_t_carries_speech_on() -> None:
    """ "richte sich", "bedeute": the Konjunktiv I of a verb whose stem ends in -t looks like
    a preterite in -te, but that preterite ends in -tete ("leitete"), which carries nothing."""
    got = speakers(
        "Die Stadträtin Ina Kolb erklärte, der Haushalt sei ausgeglichen. Der größte Posten "
        "richte sich nach den Schulen. Das bedeute einen höheren Beitrag aller Bürger."
    )
    assert got == [("Stadträtin Ina Kolb", "erklärte")] * 3
    got = speakers(
        "Die Stadträtin Ina Kolb erklärte, der Haushalt sei ausgeglichen. Am Abend leitete "
        "der Bürgermeister die Sitzung im Rathaus."
    )
    assert got[1] == (None, None)


def test_verbs_listed_after_a_main_clause_share_its_subject() -> None:
    """ "X möchte …, nimmt Y in Schutz und erklärte, …": the verbs after the comma go on with
    the sentence's subject, not the object after the first of them; after a subordinate
    clause ("Nachdem …, nahm die Polizei …") the subject follows that verb."""
    got = speakers(
        "Der Minister Jan Roth möchte die Debatte beruhigen, nimmt die Abgeordneten in Schutz "
        "und erklärte, die Vorwürfe seien haltlos."
    )
    assert got == [("Jan Roth", "erklärte")]
    got = speakers(
        "Nachdem der Sturm vorbei war, besuchte die Ministerin Eva Lang den Ort und erklärte, "
        "die Hilfe komme rasch."
    )
    assert got == [("Eva Lang", "erklärte")]


def test_konjunktiv_ii_of_a_strong_verb_carries_speech_on() -> None:
    """ "läge", "befänden", "stünde": Konjunktiv II forms no indicative shares carry reported
    speech on as the Konjunktiv I does."""
    got = speakers(
        "Die Reederei Nordlicht erklärte, sie prüfe alle Listen selbst. Gegen die Gäste läge "
        "jedoch nichts vor. Die Boote befänden sich in gutem Zustand."
    )
    assert got == [("Reederei Nordlicht", "erklärte")] * 3


def test_passive_or_perfect_sentence_that_points_back() -> None:
    """ "Das wurde von X bekannt gegeben." and "Dies hat X bestätigt." give X the sentence
    before, like "Dies bestätigte X."; the pronoun sentence itself says nothing."""
    got = speakers(
        "Die Stadt schließt das Hallenbad im Mai. Das wurde vom Presseamt der Stadt am Montag "
        "bekannt gegeben."
    )
    assert got == [("Presseamt der Stadt", "bekannt gegeben"), (None, None)]
    got = speakers(
        "Die Stadt schließt das Hallenbad im Mai. Dies hat der Sprecher Jan Voss am Montag "
        "bestätigt."
    )
    assert got == [("Jan Voss", "bestätigt"), (None, None)]
    got = speakers(  # another clause closes the sentence: its own cue speaks for it
        "Die Stadt schließt das Hallenbad im Mai. Das hatte sie längst geplant, wie der "
        "Sprecher Jan Voss mitteilte."
    )
    assert got == [(None, None), ("Jan Voss", "mitteilte")]


def test_new_subject_after_und_speaks_for_its_own_verb() -> None:
    """ "Die Lage ist ernst und die Anwohner befürchten, dass …": a main clause joined by
    "und" with its own subject before the verb (was the first clause's subject); a subject of
    two nouns ("Der Minister und die Sprecherin betonten") keeps its first noun."""
    got = speakers("Die Lage ist ernst und die Anwohner befürchten, dass es schlimmer wird.")
    assert got == [("Anwohner", "befürchten")]
    got = speakers("Die Polizei kam spät und das Amt versprach, sich darum zu kümmern.")
    assert got == [("Amt", "versprach")]
    got = speakers("Der Minister und die Sprecherin betonten, die Lage sei ernst.")
    assert got == [("Minister", "betonten")]


def test_sprechen_with_adverbs_before_von() -> None:
    """ "Die Wirte sprechen schon jetzt von …": the plural "sprechen" with adverbs before its
    "von" names what was said like "sprach von"; "sprechen" with no "von" reports nothing."""
    got = speakers("Die Wirte sprechen schon jetzt von einem schwachen Sommer an der Küste.")
    assert got == [("Wirte", "sprechen")]
    got = speakers("Die beiden Bürgermeister sprechen am Montag über den neuen Busfahrplan.")
    assert got == [(None, None)]


def test_geht_von_aus_frames_what_is_assumed() -> None:
    """ "Die Feuerwehr geht von einem Kabelbrand aus.": "von … aus" closing the clause names
    what is assumed, the subject holds the view; "ging von 900 … auf 700 zurück" (no "aus"
    closing the clause) reports nothing."""
    got = speakers("Die Feuerwehr geht von einem Kabelbrand im Keller aus.")
    assert got == [("Feuerwehr", "geht")]
    got = speakers("Die Zahl der Gäste ging von 900 im Mai auf 700 im Juni zurück.")
    assert got == [(None, None)]


def test_wie_x_zitiert_wird_gives_the_one_quoted() -> None:
    """ "…, wie Jan Roth von der Zeitung zitiert wird.": the one quoted speaks, not the paper
    quoting him nor a speaker carried over; "wie es in dem Bericht zitiert wird" names none."""
    got = speakers("Der Umbau sei zu teuer, wie Jan Roth von der Morgenpost zitiert wird.")
    assert got == [("Jan Roth", "zitiert")]
    got = speakers("Der Umbau sei zu teuer, wie der Sprecher der Stadt zitiert wurde.")
    assert got == [("Sprecher der Stadt", "zitiert")]
    got = speakers("Der Umbau sei zu teuer, wie es in dem Bericht zitiert wird.")
    assert got == [(None, None)]


def test_bis_opening_a_time_phrase_is_no_subject() -> None:
    """ "Bis jetzt hat die Reederei erklärt, …": "Bis" fronts a time, the subject follows the
    auxiliary (was "Bis"); "Bis zu 500 Anwohner forderten" keeps its counted subject."""
    got = speakers("Bis jetzt hat die Reederei erklärt, sie werde keine Gebühren erheben.")
    assert got == [("Reederei", "erklärt")]
    got = speakers("Bis zu 500 Anwohner forderten, die Brücke zu sperren.")
    assert got == [("Anwohner", "forderten")]


def test_a_focus_word_before_a_name_and_its_apposition() -> None:
    """ "Auch Jan Roth, Lunds Stellvertreter, glaubt, …": the name after the focus word speaks,
    not the apposition before the verb; a noun with an article stays as it was."""
    got = speakers("Auch Jan Roth, Lunds Stellvertreter, glaubt, dass ein neuer Versuch gelinge.")
    assert got == [("Jan Roth", "glaubt")]
    got = speakers("Jan Roth, Lunds Stellvertreter, glaubt, dass ein neuer Versuch gelinge.")
    assert got == [("Jan Roth", "glaubt")]


def test_a_verb_final_clause_joined_to_a_dass_clause() -> None:
    """ "Nachdem erste Meldungen von einem Brand berichteten und dass …": "und dass" after a
    verb-final cue ends its clause like a comma, its subject follows the conjunction (was the
    subject of the "dass" clause)."""
    got = speakers(
        "Nachdem erste Meldungen von einem Brand berichteten und dass die Halle eingestürzt "
        "sei, stellte sich heraus, dass kein Brand ausgebrochen war."
    )
    assert got == [("Meldungen", "berichteten")]
    got = speakers("Der Verband berichtete von einem Brand und die Halle sei eingestürzt.")
    assert got == [("Verband", "berichtete")]


def test_a_listing_word_before_a_noun_phrase_is_no_inverted_verb() -> None:
    """ "…, unter anderem die Helfer vom Hafen": "anderem" is no verb with "die Helfer" its
    subject, so the outlet's sentence names no new actor and the speech before it goes on; a
    sentence with a new actor ("besuchte die Bürgermeisterin …") ends it."""
    got = speakers(
        "Die Stiftung Nordhilfe teilte mit, die Lager seien voll. In der Stiftung sind mehrere "
        "Vereine vereint, unter anderem die Helfer vom Hafen. Bisher habe man 300 Decken verteilt."
    )
    assert got == [("Stiftung Nordhilfe", "teilte"), (None, None), ("Stiftung Nordhilfe", "teilte")]
    got = speakers(
        "Die Stiftung Nordhilfe teilte mit, die Lager seien voll. Am Abend besuchte die "
        "Bürgermeisterin Eva Roth die Helfer vom Hafen. Bisher habe man 300 Decken verteilt."
    )
    assert got[2] == ("Eva Roth", None)


def test_named_speaker_goes_on_after_dies_sagte_and_a_role_description() -> None:
    """ "„…“, sagte Roth. Dies sagte der Chef des Unternehmens …" re-describes Roth, so a
    Konjunktiv sentence after it is still his; a name there ("der Chef der Werft Tom Berg")
    is someone else, who goes on."""
    got = speakers(
        "Weiter sagte Jan Roth: „Die Werft bleibt offen.“ Dies sagte der Chef des Unternehmens "
        "vor den Kunden. Man sei besser aufgestellt als vor einem Jahr."
    )
    assert got[2] == ("Jan Roth", "sagte")
    got = speakers(
        "Weiter sagte Jan Roth: „Die Werft bleibt offen.“ Dies bestätigte der Chef der Werft "
        "Tom Berg. Man sei besser aufgestellt als vor einem Jahr."
    )
    assert got[2][0] == "Tom Berg"
