"""German word order in attribution, on sentences written for these tests: separable and
reflexive cues, verb-second and verb-final clauses, subjunctive reported speech."""

from __future__ import annotations

import pytest
from attribution_cases import german_speakers as speakers


@pytest.mark.parametrize(
    "body,speaker,cue",
    [
        (
            "Die Stadtverwaltung teilte am Freitag mit, die Brücke bleibe bis Juni gesperrt.",
            "Stadtverwaltung",
            "teilte",
        ),
        (
            "Offiziell geht die Landesregierung davon aus, dass die Kosten weiter steigen.",
            "Landesregierung",
            "geht",
        ),
        (
            "Die Ministerin äußerte sich am Montag zuversichtlich, dass eine Einigung gelinge.",
            "Ministerin",
            "äußerte sich",
        ),
        (
            "Am Montag hat die Staatsanwaltschaft Anklage erhoben, wie ein Sprecher des "
            "Gerichts bestätigte.",
            "Sprecher des Gerichts",
            "bestätigte",
        ),
        (
            "Der Trainer war nach dem Spiel zufrieden und sagte, die Mannschaft habe gekämpft.",
            "Trainer",
            "sagte",
        ),
        (
            "Die Gewerkschaft, die rund 5000 Beschäftigte vertritt, hat am Dienstag erklärt, der "
            "Streik gehe weiter.",
            "Gewerkschaft",
            "erklärt",
        ),
        (
            "Die „Ostsee-Zeitung“ hatte am Montag berichtet, der Hafen werde bald verkauft.",
            "Ostsee-Zeitung",
            "berichtet",
        ),
        (
            "Nach einem Bericht der „Rheinischen Post“ soll das Werk im Herbst schließen.",
            "Rheinischen Post",
            "nach",
        ),
        (
            "Der Bürgermeister sagte, nach ersten Erkenntnissen sei niemand verletzt worden.",
            "Bürgermeister",
            "sagte",
        ),
        (
            "Die Polizei sperrte die Straße am Abend. Polizeisprecher Jonas Wolf: „Wir haben "
            "die Straße sofort gesperrt und die Anwohner gewarnt.“",
            "Jonas Wolf",
            ":",
        ),
        (
            "Von einem großen Erfolg für den Verein sprach der Vereinsvorsitzende Peter Lange.",
            "Peter Lange",
            "sprach",
        ),
        (
            "Wir brauchen dringend mehr Geld für die Schulen, sagte die Ministerin am Montag.",
            "Ministerin",
            "sagte",
        ),
        (
            "Tom Kern, der Leiter des Bauamts, erklärte am Montag, die Brücke sei marode.",
            "Tom Kern",
            "erklärte",
        ),
        (
            "Die Anwohner seien sehr besorgt, hatte der Ortsvorsteher Max Ohm damals gesagt.",
            "Max Ohm",
            "gesagt",
        ),
        (
            "Die Kosten steigen, wird die Bauleiterin Eva Roth in der Lokalzeitung zitiert.",
            "Eva Roth",
            "zitiert",
        ),
        (
            "Der Unfall kostete gemäß der Lokalzeitung drei Menschen das Leben.",
            "Lokalzeitung",
            "gemäß",
        ),
        (
            "Angesichts der Kosten nannte der Finanzdezernent Jan Voss den Plan „völlig überzogen“.",
            "Jan Voss",
            "nannte",
        ),
        (
            "Nach Polizeiangaben wurden bei dem Unfall drei Radfahrer leicht verletzt.",
            "Polizeiangaben",
            "nach",
        ),
        (
            "Nach Schätzungen des Umweltamts sterben jedes Jahr tausende Vögel an Glasfassaden.",
            "Umweltamts",
            "nach",
        ),
    ],
)
def test_german_cue_and_subject(body: str, speaker: str, cue: str) -> None:
    assert speakers(body)[-1] == (speaker, cue)


@pytest.mark.parametrize(
    "body",
    [
        "Der Bäcker teilte das Brot in zwei Hälften, bevor er nach Hause ging.",  # no "mit"
        "Ein lauter Knall weckte in der Nacht die Nachbarn der alten Fabrik.",  # not "laut"
        "Er hatte keine Zeit, um etwas zu sagen, und fuhr sofort mit dem Auto los.",
        "Die Feuerwehr bestätigte den Einsatz am Sonntag gegenüber der Presse.",  # says nothing
    ],
)
def test_german_non_cues(body: str) -> None:
    assert speakers(body)[0] == (None, None)


def test_a_cue_without_content_frames_the_subjunctive_that_follows() -> None:
    got = speakers(
        "Bürgermeisterin Anna Weber bedauerte die Entscheidung des Gerichts. "
        "Der Stadt entstünden dadurch hohe Kosten, die niemand eingeplant habe. "
        "Am Abend regnete es in der ganzen Stadt sehr stark."
    )
    assert got == [(None, None), ("Anna Weber", "bedauerte"), (None, None)]


def test_subjunctive_goes_on_after_a_direct_quote() -> None:
    got = speakers(
        "„Wir bauen die Brücke neu“, sagte der Baudezernent Tom Kern. "
        "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern."
    )
    assert got[1] == ("Tom Kern", "sagte")


@pytest.mark.parametrize(
    "body",
    [
        "Der neue Tunnel, genannt „Nordröhre“, wird im Mai für den Verkehr freigegeben.",
        "Als Grund wurde angegeben, die Kosten seien seit dem Frühjahr stark gestiegen.",
        "Der Hafen wird verkauft (die Lokalzeitung berichtete), die Arbeiter protestieren.",
    ],
)
def test_german_participles_and_asides_are_no_cues(body: str) -> None:
    assert speakers(body)[0] == (None, None)


def test_dies_berichtete_x_attributes_the_sentence_before() -> None:
    got = speakers(
        "Im Hafen sollen im kommenden Jahr zweihundert Stellen wegfallen. "
        "Dies berichtete die Lokalzeitung am Montag."
    )
    assert got == [("Lokalzeitung", "berichtete"), (None, None)]


@pytest.mark.parametrize(
    "body,speaker,cue",
    [
        (  # a focus particle before the subject
            "Auch der Bürgermeister Peter Hahn sprach sich gegen den Neubau aus und sagte, die Straße "
            "reiche aus.",
            "Peter Hahn",
            "sprach sich",
        ),
        (  # a sentence adverb first: the subject follows the verb
            "Bislang gingen die Forscher davon aus, dass der Fluss im Sommer austrocknet.",
            "Forscher",
            "gingen",
        ),
        (  # "Das" as an article, not the demonstrative of "Das sagte X"
            "Das Landesamt in Kiel bestätigte am Freitag, die Zahl der Störche sei gestiegen.",
            "Landesamt in Kiel",
            "bestätigte",
        ),
        (  # the subject after the verb ends at the first lower-case word after its noun
            "Für den Angeklagten fordert der Staatsanwalt jeweils eine Strafe von drei Jahren.",
            "Staatsanwalt",
            "fordert",
        ),
        (  # the object first: an act does not speak, the name after the verb does
            "Eine Verschiebung der Wahl bezeichnete Müller als fatal, weil alle darauf warteten.",
            "Müller",
            "bezeichnete",
        ),
        (  # a date opens the clause
            "Ende März erklärte die Stadtverwaltung, dass der Markt umziehen werde.",
            "Stadtverwaltung",
            "erklärte",
        ),
    ],
)
def test_german_word_order_before_the_subject(body: str, speaker: str, cue: str) -> None:
    assert speakers(body)[0] == (speaker, cue)


@pytest.mark.parametrize(
    "body,speaker,cue",
    [
        (
            "Wie der Sprecher der Stadtwerke, Jan Voss, am Montag mitteilte, steigen die "
            "Preise im Mai.",
            "Jan Voss",
            "mitteilte",
        ),
        (
            "Wie „Radio Nord“ berichtet, bleibt der Hafen bis Freitag geschlossen.",
            "Radio Nord",
            "berichtet",
        ),
        (
            "Der Zug war zu schnell, teilte später der Leiter der Behörde, Paul Ring, mit.",
            "Paul Ring",  # the name set off after the role, as in "Wie der Sprecher, Jan Voss"
            "teilte",
        ),
        ("Fischer sagten, sie hätten in der Bucht eine Explosion gehört.", "Fischer", "sagten"),
        (
            "Die Staatsanwaltschaft Kiel gab am Freitag, dem 14. Juni, die Anklage gegen "
            "den Reeder bekannt.",
            "Staatsanwaltschaft Kiel",
            "gab",
        ),
        (
            "Die bayerische Justizministerin Anna Roth wies den Vorwurf als „Unsinn“ zurück.",
            "Anna Roth",
            "wies",
        ),
        (
            "Ein Sprecher des saarländischen Umweltministeriums sagte, die Werte seien normal.",
            "Sprecher des saarländischen Umweltministeriums",
            "sagte",
        ),
        (
            "Das Landesamt für Gesundheit warnte, das Wasser dürfe nicht getrunken werden.",
            "Landesamt für Gesundheit",
            "warnte",
        ),
    ],
)
def test_german_speakers_in_subordinate_inverted_and_titled_frames(
    body: str, speaker: str, cue: str
) -> None:
    assert speakers(body)[0] == (speaker, cue)


def test_dies_bestaetigte_x_attributes_the_sentence_before_with_any_cue() -> None:
    got = speakers(
        "Die Firma schließt ihr Werk in Kiel zum Jahresende. "
        "Dies bestätigte der Sprecher Jan Voss am Montag."
    )
    assert got == [("Jan Voss", "bestätigte"), (None, None)]


@pytest.mark.parametrize(
    "body,speaker,cue",
    [
        (
            "Dem Sender Radio Nord zufolge bleibt der Hafen bis Freitag geschlossen.",
            "Sender Radio Nord",
            "zufolge",
        ),
        (
            "Ein „großer Erfolg“, so urteilte die Bürgermeisterin Anna Roth über das Stadtfest.",
            "Anna Roth",
            "so",
        ),
        (
            "Der Hafen bleibt bis Freitag geschlossen, berichtete die dänische Zeitung Politiken.",
            "Zeitung Politiken",
            "berichtete",
        ),
    ],
)
def test_german_zufolge_so_and_inverted_noun_phrases(body: str, speaker: str, cue: str) -> None:
    assert speakers(body)[0] == (speaker, cue)


def test_a_named_subject_carries_on_into_konjunktiv_i_only() -> None:
    got = speakers(
        "Der Landrat Peter Hahn besuchte am Montag die Baustelle. "
        "Die Arbeiten seien im Zeitplan. "
        "Am Abend regnete es."
    )
    assert got == [(None, None), ("Peter Hahn", None), (None, None)]
    got = speakers(
        "Der Landrat Peter Hahn besuchte am Montag die Baustelle. "
        "Die Arbeiter würden gern schneller bauen."  # Konjunktiv II: no reported speech
    )
    assert got == [(None, None), (None, None)]


def test_a_quote_after_a_so_frame_keeps_its_speaker() -> None:
    got = speakers(
        "„Der Bär ist ein Problem geworden“, so der Minister Jan Voss. "
        "„Er kommt jede Nacht wieder in die Gärten.“"
    )
    assert got == [("Jan Voss", "so"), ("Jan Voss", "so")]


@pytest.mark.parametrize(
    "body,speaker,cue",
    [
        ("Ergänzend fügt Hahn hinzu: „Die Straße bleibt offen.“", "Hahn", "fügt"),
        (
            "Der Hafen sei geschlossen, zitiert „Radio Nord“ aus einer Mitteilung.",
            "Radio Nord",
            "zitiert",
        ),
        (
            "Für den Bau der Halle, die der Rat als dringend ansieht, gab Bürgermeister "
            "Jan Voss einen Zeitraum von einem Jahr an.",
            "Jan Voss",
            "gab",
        ),
        (
            "Einer der Streikenden, Paul Ring, dankte den Menschen für die Hilfe und ergänzte, "
            "der Streik gehe weiter.",
            "Paul Ring",
            "ergänzte",
        ),
    ],
)
def test_german_subject_after_participles_titles_openers_and_coordination(
    body: str, speaker: str, cue: str
) -> None:
    assert speakers(body)[0] == (speaker, cue)


@pytest.mark.parametrize(
    "body,speaker,cue",
    [
        (
            "Von der Opposition wurde der Besuch des Ministers als unangemessen kritisiert.",
            "Opposition",
            "kritisiert",
        ),
        (
            "Wie tagesschau.de berichtet, bleibt der Hafen geschlossen.",
            "tagesschau.de",
            "berichtet",
        ),
        (
            "Es wird eine klare Mehrheit für den Antrag geben, nehmen Beobachter allgemein an.",
            "Beobachter",
            "nehmen",
        ),
    ],
)
def test_german_fronted_agents_domains_and_annehmen(body: str, speaker: str, cue: str) -> None:
    assert speakers(body)[0] == (speaker, cue)


def test_german_passive_without_agent_or_with_a_genitive_von_names_nobody() -> None:
    assert speakers("Nach dem Sturm wird der Verlust von Booten befürchtet.")[0] == (
        None,
        None,
    )


@pytest.mark.parametrize(
    "body",
    [
        "Die Folge: Die Länge der Tage ist nicht überall dieselbe.",
        "Zum Vergleich: Die alte Brücke war nur halb so lang wie die neue.",
        "Neue Verhandlungen: Die Gewerkschaft konnte ihre Forderung nicht durchsetzen.",
        "Rosinenbomber nannte man die Flugzeuge, die die Stadt versorgten.",
        "Im Jahr 2007 nennt sich die Ausstellung „documenta 12“ und dauert hundert Tage.",
        "Die Staatsanwaltschaft beantragte nach Abschluss der Ermittlungen einen Prozess.",
    ],
)
def test_german_headline_nouns_naming_and_temporal_nach_name_nobody(body: str) -> None:
    assert speakers(body)[0] == (None, None)


def test_german_headline_name_speaks() -> None:
    assert speakers("Jan Voss: Wir bauen die Brücke bis zum Sommer neu.")[0] == ("Jan Voss", ":")


@pytest.mark.parametrize(
    "body,speaker,cue",
    [
        (
            "Die Firma empfindet die Kritik als ungerecht: „Wir müssen die Ware ja irgendwo "
            "lagern.“",
            "Firma",
            ":",
        ),
        (
            "Das Fazit von Sandra Vogt fällt deutlich aus: „Die Schule ist ein Erfolg.“",
            "Sandra Vogt",
            ":",
        ),
        (
            "„Der Fonds hilft dem Land“, ließ ein Sprecher aus Berlin am Abend verlauten.",
            "Sprecher",
            "ließ",
        ),
        (
            "Ein Augenzeuge schilderte der Zeitung, die Brücke sei mitten in der Nacht "
            "eingestürzt.",
            "Augenzeuge",
            "schilderte",
        ),
    ],
)
def test_german_colon_intros_and_more_cue_verbs(body: str, speaker: str, cue: str) -> None:
    assert speakers(body)[0] == (speaker, cue)


def test_dies_before_a_cue_after_a_quote_is_no_speaker() -> None:
    got = speakers(
        "Weiter sagte Jan Voss: „Wir legen alle Zahlen offen.“ "
        "Dies sagte der Chef der Reederei mit Blick auf seine Gläubiger."
    )
    assert got[0] == ("Jan Voss", "sagte")


@pytest.mark.parametrize(
    "body,speaker",
    [
        (
            "Die Fähre fährt nach Berichten des mecklenburg-vorpommerschen Verkehrsministeriums "
            "vorerst nicht mehr.",
            "Verkehrsministeriums",
        ),
        (
            "Beim Aufprall würde nach Auskunft der ESA der größte Teil der Sonde zerbrechen.",
            "ESA",
        ),
    ],
)
def test_german_nach_sources_end_at_their_noun_phrase(body: str, speaker: str) -> None:
    assert speakers(body)[0] == (speaker, "nach")


@pytest.mark.parametrize(
    "body,speaker,cue",
    [
        (
            "Der Veranstalter sprach trotzdem von einem recht gelungenen Fest.",
            "Veranstalter",
            "sprach",
        ),
        (
            "Fachleute halten es allerdings für unwahrscheinlich, dass der Rat zustimmt.",
            "Fachleute",
            "halten",
        ),
        (
            "Der Verfassungsschutz hält eine Veröffentlichung der Liste für unbedenklich.",
            "Verfassungsschutz",
            "hält",
        ),
    ],
)
def test_german_sprechen_von_and_halten_fuer(body: str, speaker: str, cue: str) -> None:
    assert speakers(body)[0] == (speaker, cue)


def test_german_halten_without_its_frame_is_no_cue() -> None:
    assert speakers("Der Bus hielt am Abend vor dem Rathaus der Stadt.")[0] == (None, None)


@pytest.mark.parametrize(
    "body,speaker,cue",
    [
        (
            "Beide Reedereien legten jedoch Wert darauf, dass auch kleine Häfen profitieren.",
            "Beide Reedereien",
            "legten",
        ),
        (
            "Den Ärger der Fischer brachte die Sprecherin Anna Roth zum Ausdruck: „So geht "
            "das nicht weiter.“",
            "Anna Roth",
            "brachte",
        ),
    ],
)
def test_german_wert_darauf_legen_and_zum_ausdruck_bringen(
    body: str, speaker: str, cue: str
) -> None:
    assert speakers(body)[0] == (speaker, cue)
