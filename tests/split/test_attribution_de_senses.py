"""German words in a sense that names no speaker, on sentences written for these tests: "laut"
as "aloud" or "loud" ("laut und deutlich"), a reflexive "melden" with its pronoun between ("meldete er sich bei …"), "melden"
with no words in its sentence ("meldete hohe Verluste"), a cue form as an adjective after an
article and an adverb, an adverb opening the sentence before a dashed aside, and a relative
clause on a cue's object ("lobte die Rosen, die im Mai gepflanzt wurden"), and a cue infinitive
after a modal of will ("wollte … verlangen")."""

from __future__ import annotations

from attribution_cases import german_speakers as speakers


def test_laut_uber_thinking_aloud_names_no_source() -> None:
    """ "dachte laut über … nach" is aloud; "laut über 40 Zeugen" still names a source."""
    got = speakers(
        "Der Vorsitzende dachte beim Empfang in Kollberg laut über mögliche Nachfolger nach."
    )
    assert got == [(None, None)]
    got = speakers("Laut über 40 Zeugen soll der Wagen bei Rot über die Kreuzung gefahren sein.")
    assert got[0][1] == "laut"


def test_laut_und_is_loud_not_according_to() -> None:
    """ "laut und deutlich" is loud and clear: the subject speaks; "laut dem Wirt" names one."""
    got = speakers("Die Wirtin Edda Kron hat laut und deutlich gesagt, dass der Saal zu klein sei.")
    assert got == [("Wirtin Edda Kron", "gesagt")]
    got = speakers("Laut dem Wirt war der Saal in Kollberg schon im März ausgebucht.")
    assert got == [("Wirt", "laut")]


def test_reflexive_melden_with_a_pronoun_between_reports_nothing() -> None:
    """ "meldete er sich bei der Schwester" is getting in touch; "meldete er sich zu Wort: …"
    still speaks."""
    got = speakers("Nach Jahren meldete er sich bei seiner Schwester in Lindau, er vermisste sie.")
    assert all(cue != "meldete" for _, cue in got)
    got = speakers("Am Abend meldete er sich zu Wort: Die Brücke in Kollberg sei sicher.")
    assert got[0][1] == "meldete"


def test_melden_with_no_words_in_its_sentence_reports_nothing() -> None:
    """ "meldete heute hohe Verluste", "meldete … einen Defekt, so dass …": no words of the
    announcement in the sentence; "meldete am Abend, die Fähre sei …", "Das meldete X." (X
    said the sentence before) and "…, meldet die Agentur." still report."""
    got = speakers(
        "Auch der größte Versicherer der Region, die Nordhafen AG, meldete heute hohe Verluste. "
        "Der Pilot meldete dem Tower einen Defekt an der Bremse, so dass die Piste gesperrt wurde."
    )
    assert all(cue != "meldete" for _, cue in got)
    got = speakers(
        "Die Agentur Nordpress meldete am Abend, die Fähre sei vor Kollberg gesunken. "
        "Die Fähre ist gesunken. Das meldete die Agentur Nordpress in ihrer Onlineausgabe. "
        "Zwei Boote seien ausgelaufen, meldet die Agentur Nordpress."
    )
    assert [cue for _, cue in got] == ["meldete", "meldete", None, "meldet"]


def test_cue_form_after_an_article_and_an_adverb_is_an_adjective() -> None:
    """ "mit einem lautstark skandierten „…“" is an adjective, no cue; "Die Gäste skandierten
    …: „…“" is still one."""
    got = speakers(
        "Der Umzug wurde von einer Gruppe mit einem lautstark skandierten „Brot statt Beton“ "
        "begleitet."
    )
    assert all(cue != "skandierten" for _, cue in got)
    got = speakers("Die Gäste skandierten am Ufer von Kollberg: „Brot statt Beton“.")
    assert got[0] == ("Gäste", "skandierten")


def test_adverb_opening_a_sentence_with_a_dashed_aside_is_no_subject() -> None:
    """ "Ganz aktuell von der Lage in X - … - berichtete der Physiker Y": Y speaks, not X;
    "Jan Roth, der Leiter des Amtes, berichtete" keeps the name before the apposition."""
    got = speakers(
        "Ganz aktuell von der Lage in Lindorien - zwei Jahre nach dem Unglück in Kelmbach - "
        "berichtete der Physiker Jan Brekke im Saal des Kulturzentrums."
    )
    assert got[0] == ("Physiker Jan Brekke", "berichtete")
    got = speakers(
        "Jan Brekke, der Leiter des Amtes, berichtete im Saal von der Lage in Lindorien."
    )
    assert got[0] == ("Jan Brekke", "berichtete")


def test_reflexive_sprechen_fuer_or_gegen_a_noun_takes_a_side_and_reports_nothing() -> None:
    """ "sprechen sich gegen strengere Fangquoten aus." takes a side on a noun, no words said;
    "sprach sich dafür aus, dass …" and "… aus und sagte, …" keep their speaker."""
    got = speakers(
        "Die Fischer sowie die Reeder sprechen sich offen gegen strengere Fangquoten aus."
    )
    assert got == [(None, None)]
    got = speakers(
        "Bei einer Abstimmung sprach sich eine Mehrheit der Insulaner für die Fähre aus."
    )
    assert got == [(None, None)]
    got = speakers("Der Hafenmeister Jan Roth sprach sich dafür aus, dass die Fähre bleibe.")
    assert got[0][0] == "Hafenmeister Jan Roth"
    got = speakers(
        "Auch der Hafenmeister Jan Roth sprach sich gegen die Fähre aus und sagte, das Schiff "
        "sei zu teuer."
    )
    assert got[0][0] == "Hafenmeister Jan Roth"


def test_schreiben_with_a_work_as_its_object_reports_nothing() -> None:
    """ "schrieb drei Lieder für …", "schrieb Anträge an das Amt": a work written, no speaker;
    "schrieb auf ihrer Website, …" and a colon after the work ("… an ihre Fans: „…“") report."""
    got = speakers("Die Sängerin schrieb drei Lieder für das neue Album „Sommer: Am Meer“.")
    assert got == [(None, None)]
    got = speakers("Sie schrieb Anträge und Mahnungen an das Amt, half ihm und begleitete ihn.")
    assert got == [(None, None)]
    got = speakers("Die Sängerin schrieb auf ihrer Website, das Album erscheine im Mai.")
    assert got == [("Sängerin", "schrieb")]
    got = speakers("Die Sängerin schrieb zwei Lieder an ihre Fans: „Wir bleiben hier.“")
    assert got == [("Sängerin", "schrieb")]


def test_a_relative_clause_on_the_object_is_no_words_said() -> None:
    """ "Der Prüfbericht bemängelt eine Pumpe, die seit Jahren leckt.": the comma opens a
    relative clause on the object, not what was said; the subject still frames the Konjunktiv
    after it. A relative clause in the Konjunktiv, or a comma right after the cue, reports."""
    got = speakers(
        "Der Prüfbericht des Wasserwerks bemängelt vor allem eine Pumpe, die seit Jahren leckt. "
        "Der Schaden am Gehäuse sei seit dem Frühjahr bekannt gewesen."
    )
    assert got == [(None, None), ("Prüfbericht des Wasserwerks", "bemängelt")]
    got = speakers("Die Gärtnerin lobte besonders die Rosen, die im Mai gepflanzt wurden.")
    assert got == [(None, None)]
    got = speakers("Die Gärtnerin lobte besonders die Rosen, die im Mai gepflanzt worden seien.")
    assert got == [("Gärtnerin", "lobte")]
    got = speakers("Die Gärtnerin bestätigte, die Rosen seien im Mai gepflanzt worden.")
    assert got == [("Gärtnerin", "bestätigte")]


def test_cue_infinitive_after_a_modal_of_will_says_nothing_yet() -> None:
    """ "wollte … verlangen, doch …" and "kann … nur … meinen, aber …" (an intent, a guess)
    name no speaker; "will … erklären, dass …" and "will verlangen: „…“" still report."""
    got = speakers(
        "Die Bäckerei Hollmann wollte im Herbst fast das Dreifache verlangen, doch die Stadt "
        "lehnte ab."
    )
    assert got == [(None, None)]
    got = speakers(
        "Als Kämmerer kann Brandl damit nur die Gebühren für Parkplätze meinen, aber die "
        "Händler fühlen sich nun übergangen."
    )
    assert got == [(None, None)]
    got = speakers("Der Kämmerer Tobias Brandl will am Montag erklären, dass die Gebühren steigen.")
    assert got == [("Kämmerer Tobias Brandl", "erklären")]
    got = speakers("Die Bäckerin Eva Hollmann will verlangen: „Die Stadt muss zahlen.“")
    assert got[0] == ("Bäckerin Eva Hollmann", "verlangen")
