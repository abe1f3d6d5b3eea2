"""German wrong speakers: phrases that look like a cue's subject but are not, on sentences
written for these tests."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_singular_noun_is_no_subject_of_a_plural_cue() -> None:
    """ "Bund und Länder verlangen eine breite Zustimmung": the singular object does not speak."""
    got = speakers(
        "Vor allem Bund und Länder verlangen eine breite Zustimmung zu dem Plan, um die Reform "
        "rasch umzusetzen."
    )
    assert all(who != "Zustimmung" for who, _ in got)


def test_singular_subject_of_a_singular_or_joined_cue_speaks() -> None:
    """ "Die Gewerkschaft fordert …", "Die Stiftung und der Verein fordern …" keep theirs."""
    got = speakers("Die Gewerkschaft fordert eine rasche Zustimmung zu dem neuen Tarifvertrag.")
    assert got[0][0] == "Gewerkschaft"
    got = speakers("Die Stiftung und der Verein fordern eine rasche Zustimmung zu dem Vertrag.")
    assert got[0][0] == "Stiftung"


def test_fordern_closed_by_an_or_ein_is_another_verb() -> None:
    """ "forderte die Feuerwehr an" (anfordern), "fordert das Geld ein" (einfordern) say
    nothing; "fordert Mittel für den Hafen an der Küste" is still a demand."""
    got = speakers("Der Landrat von Kollberg forderte die Feuerwehr an und rief den Notstand aus.")
    assert all(who != "Landrat von Kollberg" for who, _ in got)
    got = speakers("Nun fordern die beiden Städte das Geld von der Baufirma ein.")
    assert all(who != "Städte" for who, _ in got)
    got = speakers("Der Verband fordert weitere Mittel für den Hafen an der Küste.")
    assert got[0] == ("Verband", "fordert")


def test_condolences_spoken_out_report_nothing() -> None:
    """ "sprach … sein Beileid aus" expresses a feeling; "sprach eine Warnung aus" and
    "sprach sich dafür aus, …" still report."""
    got = speakers("Den Familien der Opfer sprach der Bürgermeister von Kollberg sein Beileid aus.")
    assert all(who is None for who, _ in got)
    got = speakers("Der Bürgermeister sprach eine Warnung vor dem Hochwasser aus.")
    assert got[0] == ("Bürgermeister", "sprach")
    got = speakers("Der Bürgermeister sprach sich dafür aus, die Brücke rasch neu zu bauen.")
    assert got[0][0] == "Bürgermeister"


def test_article_das_before_an_adjective_is_no_konjunktiv() -> None:
    """ "Das neue Gesetz tritt … in Kraft.": "Das" opens a noun phrase, "neue" is no verb, so
    the speaker before does not go on; "Das bleibe …" is still her Konjunktiv."""
    got = speakers(
        "Die Ministerin Lea Born sagte am Montag, der Plan sei zu teuer. Das neue Gesetz tritt "
        "erst im Mai in Kraft."
    )
    assert got == [("Lea Born", "sagte"), (None, None)]
    got = speakers(
        "Die Ministerin Lea Born sagte am Montag, der Plan sei zu teuer. Das bleibe auch nach "
        "der Wahl so."
    )
    assert got == [("Lea Born", "sagte"), ("Lea Born", "sagte")]


def test_melden_registering_a_status_or_reflexive_reports_nothing() -> None:
    """ "als vermisst gemeldet" registers a status, "haben sich … gemeldet" is coming forward;
    "meldete sich zu Wort: …", "meldete sich mit den Worten: …" and "meldete, dass …" report."""
    got = speakers(
        "Die Nachbarn hatten den Jungen am Abend als vermisst gemeldet, nachdem er nicht "
        "heimgekehrt war."
    )
    assert got == [(None, None)]
    got = speakers(
        "Für den Vorsitz haben sich bereits zwei Bewerber gemeldet: Jan Kolbe und Eva Roth."
    )
    assert got == [(None, None)]
    got = speakers("Am Abend meldete sich der Bürgermeister zu Wort: Die Brücke sei sicher.")
    assert got[0] == ("Bürgermeister", "meldete")
    got = speakers(
        "Am Abend meldete sich die Pilotin Eva Roth mit den Worten: „Wir sind gelandet.“"
    )
    assert got[0] == ("Pilotin Eva Roth", "meldete")
    got = speakers("Die Polizei meldete am Abend, dass die Brücke gesperrt sei.")
    assert got[0] == ("Polizei", "meldete")


def test_the_one_asked_in_a_question_says_nothing() -> None:
    """ "…, glauben Sie, …?" asks the person addressed: no speaker; "Sie glauben, dass …." and
    "Die Ministerin glaubt, dass …." keep theirs."""
    got = speakers("All diese Warnungen, glauben Sie, die Regierung wird bald handeln?")
    assert got == [(None, None)]
    got = speakers("Und wenn die Preise steigen, glauben sie dass die Regierung handelt?")
    assert got == [(None, None)]
    got = speakers("Sie glauben, dass die Regierung bald handelt.")
    assert got == [("Sie", "glauben")]
    got = speakers("Die Ministerin glaubt, dass die Regierung bald handelt.")
    assert got == [("Ministerin", "glaubt")]


def test_reflexive_versprechen_expects_and_reports_nothing() -> None:
    """ "verspricht sich … Einsparungen" expects savings: no speaker; "verspricht, … zu
    eröffnen" and "versprach den Anwohnern, …" are promises made."""
    got = speakers(
        "Von dem neuen Werk in Kollberg verspricht sich der Konzern deutliche Einsparungen."
    )
    assert got == [(None, None)]
    got = speakers("Der Konzern verspricht, das neue Werk in Kollberg bis Mai zu eröffnen.")
    assert got == [("Konzern", "verspricht")]
    got = speakers("Der Bürgermeister versprach den Anwohnern, die Brücke rasch zu bauen.")
    assert got == [("Bürgermeister", "versprach")]


def test_konjunktiv_closing_a_relative_clause_carries_no_speech_on() -> None:
    """ "…, die bis Mai fertig werden soll.": the Konjunktiv belongs to the relative clause, the
    main clause is the outlet's; "…, die Brücke werde bis Mai fertig." still reports."""
    got = speakers(
        "Die Bürgermeisterin Ina Falk sagte am Montag, der Hafen sei zu klein. Die Stadt baut "
        "deshalb eine zweite Mole, die bis Mai fertig werden soll."
    )
    assert got == [("Ina Falk", "sagte"), (None, None)]
    got = speakers(
        "Die Bürgermeisterin Ina Falk sagte am Montag, der Hafen sei zu klein. Zugleich "
        "versicherte sie, die neue Mole werde bis Mai fertig."
    )
    assert got[1][0] == "Ina Falk"
    got = speakers(
        "Die Bürgermeisterin Ina Falk sagte am Montag, der Hafen sei zu klein. Schuld sei ein "
        "Sturm, der die alte Mole zerstört haben soll."
    )
    assert got[1][0] == "Ina Falk"


def test_relative_clause_runs_over_a_decimal_comma_and_closes_before_und() -> None:
    """ "…, die auf 12,5 Prozent erhöht werden sollen.", "…, die verkauft werden sollten und …":
    the modal still closes the relative clause, so the speaker before does not go on; "…, die
    Anteile würden auf 12,5 Prozent erhöht" (verb second) still reports."""
    got = speakers(
        "Wie der Sprecher Jan Olsen in Kollberg mitteilte, sieht die Reederei darin einen "
        "Nachteil. Die Reederei hält 8,4 Prozent der Anteile, die bald auf 12,5 Prozent "
        "erhöht werden sollen."
    )
    assert got[0][0] == "Jan Olsen" and got[1] == (None, None)
    got = speakers(
        "Wie der Sprecher Jan Olsen in Kollberg mitteilte, sieht die Reederei darin einen "
        "Nachteil. Betroffen sind drei Fähren, die im Mai verkauft werden sollten und schon "
        "neue Besitzer hatten."
    )
    assert got[1] == (None, None)
    got = speakers(
        "Wie der Sprecher Jan Olsen in Kollberg mitteilte, sieht die Reederei darin einen "
        "Nachteil. Die Reederei halte 8,4 Prozent, die Anteile würden auf 12,5 Prozent erhöht."
    )
    assert got[1][0] == "Jan Olsen"


def test_modal_closing_a_conjunction_clause_carries_no_speech_on() -> None:
    """ "Dass … scheitern würde, war lange klar.", "…, als die Fähre ablegen sollte.": the
    Konjunktiv II or "soll" closes a subordinate clause, the main clause is the outlet's; a
    Konjunktiv I there ("…, weil die Mole nicht halte.") still reports."""
    got = speakers(
        "Der Hafenmeister Olaf Brandt sagte am Montag, der Sturm sei vorbei. Dass die alte Mole "
        "bald ersetzt werden würde, war seit Jahren bekannt."
    )
    assert got[0][0] and got[1] == (None, None)
    got = speakers(
        "Der Hafenmeister Olaf Brandt sagte am Montag, der Sturm sei vorbei. Die Wellen kamen "
        "zurück, als die Fähre am Abend ablegen sollte."
    )
    assert got[1] == (None, None)
    got = speakers(
        "Der Hafenmeister Olaf Brandt sagte am Montag, der Sturm sei vorbei. Die Fähre bleibe "
        "aber im Hafen, weil die alte Mole nicht halte."
    )
    assert got[1][0] == got[0][0] is not None


def test_pronoun_and_wurde_is_an_aside_not_a_konjunktiv() -> None:
    """ "Er wurde im Mai vorgestellt.": the preterite is the outlet's aside, which neither takes
    the speaker before nor ends her report; "Er werde im Mai vorgestellt." is hers."""
    got = speakers(
        "Die Ministerin Lea Born sagte am Montag, der Plan sei zu teuer. Er wurde im Mai "
        "vorgestellt. Die Kosten für den Hafen seien viel zu hoch."
    )
    assert got == [("Lea Born", "sagte"), (None, None), ("Lea Born", "sagte")]
    got = speakers(
        "Die Ministerin Lea Born sagte am Montag, der Plan sei zu teuer. Er werde im Mai "
        "vorgestellt."
    )
    assert got == [("Lea Born", "sagte"), ("Lea Born", "sagte")]


def test_own_statements_carry_on_as_the_subjects_report() -> None:
    """ "X war nach eigenem Bekunden …": the phrase is the sentence's source, but the report
    going on after it is X's, not "Bekunden"; a source of another's ("nach Angaben der
    Polizei") goes on as itself."""
    got = speakers(
        "Der Vorsitzende des Segelvereins, Tom Lenz, war nach eigenem Bekunden überrascht. "
        "Der Beschluss sei viel zu früh gekommen."
    )
    assert got == [("Bekunden", "nach"), ("Vorsitzende des Segelvereins", "nach")]
    got = speakers(
        "Nach eigenen Angaben hat die Reederei zwölf Fähren verkauft. Die Preise seien gestiegen."
    )
    assert got == [("Angaben", "nach"), ("Reederei", "nach")]
    got = speakers(
        "Nach Angaben der Polizei hat die Reederei zwölf Fähren verkauft. Die Preise seien "
        "gestiegen."
    )
    assert got == [("Polizei", "nach angaben"), ("Polizei", "nach angaben")]


def test_betont_as_an_adverb_and_meaning_well_report_nothing() -> None:
    """ "gab sich betont gelassen" is a manner, "meinte es gut mit" a wish: no cue; "hat
    betont, dass …" and "meinte, es sei gut so" stay cues."""
    got = speakers("Die Reederin Anna Roth gab sich in ihrer Rede betont gelassen.")
    assert got == [(None, None)]
    got = speakers("Die Reederin Anna Roth hat betont, dass die Fähre sicher sei.")
    assert got == [("Reederin Anna Roth", "betont")]
    got = speakers("Der Sommer meinte es gut mit den Fischern an der Küste.")
    assert got == [(None, None)]
    got = speakers("Der Hafenmeister meinte, es sei gut so.")
    assert got == [("Hafenmeister", "meinte")]


def test_laut_a_relative_pronoun_names_the_noun_before_its_comma() -> None:
    """ "die Pläne der Reederei, laut denen jeder Fischer …": the plans are the source, not
    the noun after "denen"; "Laut dem Bericht …" keeps its own noun."""
    got = speakers(
        "Das war ein Schritt für die Pläne der Reederei, laut denen jeder Fischer ein Boot "
        "haben sollte."
    )
    assert got == [("Pläne der Reederei", "laut")]
    got = speakers("Laut dem Bericht der Hafenbehörde sei die Mole sicher.")
    assert got == [("Hafenbehörde", "laut")]


def test_heisst_es_in_a_letter_to_someone_names_the_letter() -> None:
    """ "…, heißt es in dem Schreiben des Vereins an die Polizei.": the letter speaks, not the
    one it went to; a letter with no addressee keeps its whole phrase."""
    got = speakers(
        "„Bitte handeln Sie rasch und entschlossen“, heißt es in dem Schreiben des Vereins an "
        "die Polizei."
    )
    assert got == [("Schreiben des Vereins", "heißt es")]
    got = speakers(
        "„Bitte handeln Sie rasch und entschlossen“, heißt es in einem offenen Brief an "
        "Bürgermeister Jan Olsen."
    )
    assert got == [("Brief", "heißt es")]
    got = speakers("„Bitte handeln Sie rasch und entschlossen“, heißt es in dem Brief der Fischer.")
    assert got == [("Brief der Fischer", "heißt es")]


def test_noun_after_a_preposition_is_no_speaker() -> None:
    """ "zur Hafenstraße aufgerufen", "über neue Pläne des Senats berichtet": the noun a
    preposition governs is a place or a topic and says nothing; a subject, and a noun after
    "laut", still speak."""
    got = speakers(
        "Der Verband hatte zu einem Umzug vom Bahnhof zur Hafenstraße, einer der großen "
        "Straßen der Stadt, aufgerufen."
    )
    assert all(who != "Hafenstraße" for who, _ in got)
    got = speakers("Quelle ist das Inselblatt, das heute über neue Pläne des Senats berichtet.")
    assert all(who != "Pläne des Senats" for who, _ in got)
    got = speakers("Nach dem Treffen mit dem Senat sagte die Ministerin, der Plan sei zu teuer.")
    assert got[0][0] == "Ministerin"
    got = speakers("Die Fähre war laut örtlichen Behörden mit 90 Fahrgästen voll besetzt.")
    assert got[0][0] == "Behörden"


def test_noun_after_fuer_is_no_speaker_but_a_source_cue_keeps_it() -> None:
    """ "eine gute Nachricht für Segler, wird X zitiert": the ones it is good for say nothing;
    "für die Ideen des Senats, laut denen …" keeps the source that "laut" names."""
    got = speakers(
        "Das ist eine gute Nachricht für Segler, wird Jan Wolters, Sprecher des Hafens, zitiert."
    )
    assert all(who != "Segler" for who, _ in got)
    got = speakers(
        "Der Vertrag ebnete den Weg für die Ideen des Senats, laut denen jede Gemeinde einen "
        "Hafen bauen sollte."
    )
    assert got[0] == ("Ideen des Senats", "laut")


def test_source_of_a_second_figure_gives_no_speaker() -> None:
    """ "eine Länge von 40, nach anderen Angaben 45 Metern", "30 der nach Polizeiangaben 90
    Gäste": the source qualifies one figure; 'Nach Angaben der Feuerwehr …' and a comma before
    a source with no first figure keep theirs."""
    assert speakers("Die Fähre hat eine Länge von 40, nach anderen Angaben 45 Metern.") == [
        (None, None)
    ]
    assert speakers("Der Flug dauert sieben, nach anderen Angaben acht Stunden.") == [(None, None)]
    assert speakers("Bis Freitag wurden 30 der nach Polizeiangaben 90 Gäste befragt.") == [
        (None, None)
    ]
    got = speakers("Nach Angaben der Feuerwehr wurden am Montag 12 Menschen verletzt.")
    assert got[0][0] == "Feuerwehr"
    got = speakers("Bei dem Unfall am Hafen starben, nach Polizeiangaben 3 Menschen.")
    assert got[0][0] == "Polizeiangaben"


def test_news_of_an_event_or_a_legal_article_after_nach_gives_no_speaker() -> None:
    """ "Nach der Nachricht vom Abschied des Reedereichefs stiegen …" is a time and "nach
    Artikel 12 der Satzung" a rule followed; 'Nach einer Nachricht des Senders …' and 'Nach
    Angaben der Polizei …' keep their sources."""
    got = speakers(
        "Nach der Nachricht vom Abschied des Reedereichefs stiegen die Kurse der Reederei am "
        "Abend um vier Prozent."
    )
    assert got == [(None, None)]
    got = speakers("Am Montag hat der Rat nach Artikel 12 der Satzung den Vorstand abgesetzt.")
    assert got == [(None, None)]
    got = speakers("Nach Angaben der Polizei wurden am Montag 12 Menschen verletzt.")
    assert got[0][0] == "Polizei"


def test_dative_noun_after_an_inverted_verb_is_no_speaker() -> None:
    """ "stimmten beide Seiten dem neuen Etat zu": the noun after "dem" and its adjective is an
    object, not the subject; "sagte der Sprecher" after the verb still speaks."""
    got = speakers(
        "Zwar stimmten beide Seiten dem neuen Etat zu, doch hatte der Rat weitere Posten verlangt."
    )
    assert all(who != "Etat" for who, _ in got)
    got = speakers("Am Montag sagte der Sprecher der Stadtwerke, die Preise würden bald sinken.")
    assert got[0][0] == "Sprecher der Stadtwerke"


def test_cue_after_a_relative_clause_closed_by_its_auxiliary_is_the_names() -> None:
    """ "Karla Brandt, die … Aufsehen erregt hatte, kritisierte die Wahl …": the
    relative clause ends at "hatte,", the name is the subject and the noun after the verb its
    object; "…, sagte der Sprecher" after a clause of its own still names the one after it."""
    got = speakers(
        "Karla Brandt, die im Frühjahr mit einem „Hafen-Vergleich“ Aufsehen erregt hatte, "
        "kritisierte die Wahl des Vorstands."
    )
    assert got[0][0] == "Karla Brandt"
    got = speakers("Die Fähre fährt ab Mai wieder, sagte der Sprecher der Reederei am Montag.")
    assert got[0][0] == "Sprecher der Reederei"


def test_rumour_carries_no_speaker_on() -> None:
    """ "Dem Vernehmen nach soll Roth …": a rumour of no one named (its source as the text
    names it, "Dem Vernehmen"), the speaker of the sentence before does not go on in it;
    "Er soll …" after him still does."""
    got = speakers(
        "Der Minister Jan Roth sagte, der Plan sei gut. Dem Vernehmen nach soll Roth sein Amt "
        "noch bis Mai behalten."
    )
    assert got[0][0] == "Jan Roth" and got[1] == ("Dem Vernehmen", "nach")
    got = speakers("Der Minister Jan Roth sagte, der Plan sei gut. Er soll noch bis Mai bleiben.")
    assert got[1][0] == "Jan Roth"


def test_words_heard_from_a_body_are_its() -> None:
    """ "Aus der Partei ist zu hören, der Vorsitzende habe …": the party speaks, not the one
    of the sentence before; "Aus der Halle war lauter Jubel zu hören." names no speaker."""
    got = speakers(
        "Der Minister Jan Roth sagte, der Plan sei gut. Aus der Partei ist zu hören, der "
        "Vorsitzende habe die Briefe bestellt."
    )
    assert got[1][0] == "Partei"
    got = speakers(
        "Der Minister Jan Roth sagte, der Plan sei gut. Aus der Halle war Jubel zu hören."
    )
    assert got[1][0] is None


def test_noun_after_mit_frames_no_sentence_after_it() -> None:
    """ "Zusammen mit Ministerin Lea Brandt plädiert Holm für …": the noun "mit" governs is not
    the frame's subject, so no "soll" sentence after it is hers; "Die Ministerin Lea Brandt
    plädiert für …" still goes on in it."""
    got = speakers(
        "Zusammen mit Ministerin Lea Brandt plädiert Holm für einen raschen Ausbau des Hafens. "
        "Der Ausbau soll noch im Mai beginnen."
    )
    assert all(who != "Lea Brandt" for who, _ in got)
    got = speakers(
        "Die Ministerin Lea Brandt plädiert für einen raschen Ausbau des Hafens. Der Ausbau soll "
        "noch im Mai beginnen."
    )
    assert got[1][0] == "Lea Brandt"


def test_claim_rejected_is_the_nouns_not_the_rejecters() -> None:
    """ "X wies die Darstellung zurück, die Werft sei pleite": the comma clause words what the
    account says, not X, who goes on in the sentence after it; "die Darstellung zurück, die in
    der Zeitung stand" (a relative clause) keeps X."""
    got = speakers(
        "Der Minister Jan Roth wies die Darstellung zurück, die Werft sei pleite. Sie habe volle "
        "Auftragsbücher."
    )
    assert got[0][0] == "Darstellung" and got[1][0] == "Jan Roth"
    got = speakers(
        "Bürgermeisterin Eva Lund lehnte den Vorschlag des Stadtrats Jan Roth ab, den Hafen zu "
        "schließen."
    )
    assert "Jan Roth" in (got[0][0] or "")
    got = speakers("Der Minister Jan Roth wies die Darstellung zurück, die in der Zeitung stand.")
    assert got[0][0] == "Jan Roth"


def test_genitive_of_a_governed_noun_is_no_subject() -> None:
    """ "…, die gegen die Kürzungen der Verwaltung protestieren": the genitive hangs on the
    noun "gegen" governs, so it does not speak; a subject before or after the verb still does."""
    got = speakers(
        "Die Pendler schließen sich den Anwohnern an, die seit Wochen gegen die Kürzungen der "
        "städtischen Verwaltung protestieren und weiter demonstrieren wollen, bis der Rat "
        "über den Plan abstimmt."
    )
    assert all(who != "Verwaltung" for who, _ in got)
    got = speakers(
        "Seit Wochen protestiert die städtische Verwaltung gegen die Kürzungen und will weiter "
        "demonstrieren, bis der Rat über den Plan abstimmt."
    )
    assert got == [("Verwaltung", "protestiert")]
    got = speakers(
        "Die Anwohner protestieren gegen die Kürzungen und wollen weiter demonstrieren, bis "
        "der Rat über den Plan der Verwaltung abstimmt."
    )
    assert got == [("Anwohner", "protestieren")]


def test_apposition_closed_right_before_the_cue_frames_nothing() -> None:
    """ "Lena Brandt, Vorsitzende des Vereins, äußerte sich zu dem Vorfall.": the commas close
    an apposition, not words said; she still goes on in the Konjunktiv after it, and a colon,
    or words said before the comma ("Hamburg, Kiel und Lübeck seien …, teilte X mit"), keep X."""
    got = speakers(
        "Lena Brandt, Vorsitzende des Vereins Klarwasser, äußerte sich im Lokalradio zu dem "
        "Vorfall. Das Wasser im Hafen sei seit Wochen verschmutzt."
    )
    assert got == [(None, None), ("Lena Brandt", "äußerte sich")]
    got = speakers(
        "Auch die Sprecherin der Grünen, Lena Brandt, äußerte sich kritisch gegenüber den "
        "Reedereien."
    )
    assert got == [(None, None)]
    got = speakers(
        "Lena Brandt, Vorsitzende des Vereins Klarwasser, äußerte sich besorgt: „Das Wasser "
        "ist nicht mehr sauber.“"
    )
    assert got[0] == ("Lena Brandt", "äußerte sich")
    got = speakers("Hamburg, Kiel und Lübeck seien betroffen, teilte die Behörde mit.")
    assert got == [("Behörde", "teilte")]


def test_verb_inside_a_quoted_slogan_frames_nothing() -> None:
    """ "mit dem Ruf „Wir fordern Ruhe“": a short quoted phrase is no quotation, and its
    verb is no cue of the sentence; a quotation after a colon keeps its frame."""
    got = speakers(
        "Vor dem Spiel zogen Anhänger des Vereins mit dem Ruf „Wir fordern Ruhe“ durch die "
        "Altstadt von Kollberg, die Polizei griff nicht ein."
    )
    assert all(who != "Wir" for who, _ in got)
    got = speakers("Der Bürgermeister sagte: „Wir fordern Ruhe am Hafen.“")
    assert got == [("Bürgermeister", "sagte")]


def test_quoted_name_inside_a_participle_phrase_is_no_subject() -> None:
    """ "Der unter dem Spitznamen „Rotfuchs“ auftretende Tüftler sagte": the quoted name ends
    the phrase before the participle, the noun after it speaks, not "Spitznamen"."""
    got = speakers(
        "Der unter dem Spitznamen „Rotfuchs“ auftretende Tüftler sagte, die Sperre sei leicht "
        "zu umgehen."
    )
    assert got == [("Tüftler", "sagte")]
    got = speakers("Die in Kollberg erscheinende „Abendpost“ berichtete, die Sperre sei neu.")
    assert got == [("Abendpost", "berichtete")]


def test_conditional_opening_is_the_outlet_weighing_what_was_said() -> None:
    """ "Das wäre das Ende der Fähre.": an opening "Es/Das/Dies wäre(n)" weighs what was said,
    the speaker before does not go on into it; "Das sei …" or a Konjunktiv I after the
    conditional still goes on."""
    said = "Die Ministerin Lea Brandt sagte, der Hafen werde im Mai geschlossen. "
    got = speakers(said + "Das wäre das Ende der Fähre nach Kollberg.")
    assert got == [("Lea Brandt", "sagte"), (None, None)]
    got = speakers(said + "Das sei das Ende der Fähre nach Kollberg.")
    assert got[1] == ("Lea Brandt", "sagte")
    got = speakers(said + "Das wäre ein Fehler, der Rat habe das nicht bedacht.")
    assert got[1] == ("Lea Brandt", "sagte")
