"""German cue verbs, generated from lemmas: weak verbs by rule, strong verbs listed, separable
verbs (teilte … mit) with their particles, reflexive and multi-word cues (äußerte sich, sprach
von, geht davon aus), and the Konjunktiv forms that carry reported speech on.
"""

from __future__ import annotations

import re
from typing import Final

# weak (regular) verbs of saying, by stem: sagen -> sag
WEAK = """sag erklär beton mein warn forder kritisier bestätig behaupt glaub hoff verkünd erläuter
äußer ergänz mahn zitier versicher dementier antwort entgegn vermut befürcht bekräftig beklag
verlang lob bericht meld schätz bezweifel bemängel bezeichn begründ appellier beteuer monier
beanstand prognostizier wiederhol kommentier resümier bilanzier urteil bedauer befürwort
präzisier informier signalisier verdeutlich unterstell rechtfertig beschwer bekenn
konstatier argumentier folger erwider protestier würdig verurteil skandier erwart betracht
bewert begrüß erzähl schilder frag rüg konter prophezei spekulier mutmaß bekund verlautbar
verlaut twitter plädier vermeld wert beurteil vereinbar überleg charakterisier beschuldig
errechn erhoff beziffer erwähn fürcht""".split()
# strong and mixed verbs: all finite forms and the participle, listed
STRONG: Final = """schreibt schreiben schrieb schrieben geschrieben unterstrich unterstreicht
unterstrichen verwies verweist verwiesen bestritt bestreitet bestritten beschrieb beschreibt
beschrieben versprach verspricht versprachen versprochen nannte nennt nannten genannt
widersprach widerspricht widersprachen widersprochen empfahl empfiehlt empfahlen empfohlen
gestand gesteht gestanden verglich vergleicht verglichen verweisen entschied entschieden
entscheidet beschweren bat baten bittet gebeten beschloss beschlossen beschließt riet rät
rieten sieht sah erwägt erwog erwogen erwägen""".split()  # "beschweren": a stem in -er, not "beschwern"
# what closes a clause of finding ("kam … zu dem Ergebnis", "schließen daraus"); a colon right
# after the verb is none ("Hinzu kommt: …")
FINDING: Final = (r"zu(?:m|\s+dem)\s+(?:Ergebnis|Schlu(?:ss|ß)|Fazit)", "daraus")
# separable verbs: finite main-clause forms -> the particles one of which closes the clause
SEPARABLE: Final = {
    **dict.fromkeys("teilte teilt teilten teilen".split(), ("mit",)),
    **dict.fromkeys("gab gibt gaben geben".split(), ("bekannt", "an", "zu")),
    **dict.fromkeys("wies weist wiesen weisen".split(), ("hin", "zurück")),
    **dict.fromkeys("stellte stellt stellten stellen".split(), ("fest", "klar")),
    **dict.fromkeys("führte führt führten führen".split(), ("aus",)),
    **dict.fromkeys("räumte räumt räumten räumen".split(), ("ein",)),
    **dict.fromkeys("kündigte kündigt kündigten kündigen".split(), ("an",)),
    **dict.fromkeys("fügte fügt fügten fügen".split(), ("hinzu", "an")),
    **dict.fromkeys("sicherte sichert sicherten sichern".split(), ("zu",)),
    **dict.fromkeys("warf wirft warfen werfen".split(), ("vor",)),
    **dict.fromkeys("schlug schlägt schlugen schlagen".split(), ("vor",)),
    **dict.fromkeys("rief ruft riefen rufen".split(), ("auf",)),
    **dict.fromkeys("merkte merkt merkten".split(), ("an",)),
    **dict.fromkeys("legte legt legten".split(), ("dar",)),
    **dict.fromkeys("machte macht machten".split(), ("deutlich", "klar")),
    **dict.fromkeys("wandte wendet wandten".split(), ("ein",)),
    **dict.fromkeys("sprach spricht sprachen sprechen".split(), ("aus",)),
    **dict.fromkeys("stimmte stimmt stimmten".split(), ("zu",)),
    **dict.fromkeys("hob hebt hoben".split(), ("hervor",)),
    **dict.fromkeys("geht gehen ging gingen".split(), ("aus",)),
    **dict.fromkeys("lehnte lehnt lehnten lehnen".split(), ("ab",)),
    **dict.fromkeys("nahm nimmt nahmen nehmen".split(), ("an",)),
    **dict.fromkeys("ließ lässt ließen".split(), ("verlauten", "wissen", "verbreiten")),
    **dict.fromkeys("prangerte prangert prangerten".split(), ("an",)),
    **dict.fromkeys("deutete deutet deuteten".split(), ("an",)),
    **dict.fromkeys("hielt hält hielten halten".split(), ("fest",)),
    **dict.fromkeys("brachte bringt brachten".split(), ("vor",)),
    **dict.fromkeys("streitet stritt stritten streiten".split(), ("ab",)),
    **dict.fromkeys("strich streicht strichen".split(), ("heraus",)),
    **dict.fromkeys("stufte stuft stuften".split(), ("ein",)),
    **dict.fromkeys("bot bietet boten bieten".split(), ("an",)),
    **dict.fromkeys("fand findet fanden finden".split(), ("heraus",)),  # "fand heraus, dass"
    # "bestehen darauf, … zu": a demand ("besteht aus", "Gefahr hat bestanden" report nothing)
    **dict.fromkeys("besteht bestehen bestand".split(), ("darauf",)),
    # "kam so zu dem Schluss, dass …", "Beobachter schließen daraus, dass …": a finding
    **dict.fromkeys(
        "kam kamen kommt kommen schloss schlossen schließt schließen folgert folgerte".split(),
        FINDING,
    ),
}
# a request reports only the words after it ("bat X, … zu …"), never a clause before it
ASKING: Final = frozenset("bat baten bittet gebeten".split())
# a decision or a promise reports only a "zu" infinitive or a "dass" clause after it ("beschloss,
# den Fall abzugeben"), not its object ("beschloss ein Moratorium", "bot die Version an")
INTENDING: Final = frozenset(
    """beschloss beschlossen beschließt bot bietet boten bieten anbot anboten angeboten zusagte
    zusagten zugesagt zusagt vereinbart vereinbaren vereinbarte vereinbarten überlegt überlegen
    überlegte überlegten erwägt erwog erwogen erwägen""".split()
)
# a view reports only in its frame ("sieht darin eine Chance", "sah den Plan als Fehler"), not
# what is seen ("sah keine andere Möglichkeit, …")
VIEWING: Final = frozenset("sieht sah".split())
# praise or attack reports only its label after "als" ("feierte die Absage als Erfolg",
# "attackierte den Plan als „Irrweg“"), not the act ("Die Fans feierten den Sieg")
JUDGING: Final = frozenset(
    """feiert feiern feierte feierten attackiert attackieren attackierte attackierten
    brandmarkt brandmarken brandmarkte brandmarkten geißelt geißeln geißelte geißelten""".split()
)
# verbs whose sentence frames no Konjunktiv after it unless it reports ("sah keine Wahl. Er sei")
UNFRAMED = INTENDING | VIEWING | JUDGING
# verb-final forms of separable verbs ("wie die Polizei mitteilte") and their participles
JOINED = """mitteilte mitteilten mitteilt mitgeteilt bekanntgab bekanntgaben bekanntgibt
bekanntgegeben angab angaben angegeben zugab zugegeben hinwies hinwiesen hingewiesen
zurückwies zurückwiesen zurückgewiesen feststellte feststellten festgestellt klarstellte
klargestellt ausführte ausführten ausgeführt einräumte einräumten eingeräumt ankündigte
ankündigten angekündigt hinzufügte hinzugefügt zusicherte zugesichert vorwarf vorwarfen
vorgeworfen vorschlug vorgeschlagen aufrief aufgerufen anmerkte angemerkt darlegte dargelegt
klarmachte hervorhob hervorgehoben zustimmte abstritt abstritten abgestritten aufforderte
aufforderten aufgefordert herausstrich herausgestrichen auffordert auffordern einstufte
eingestuft anbot anboten angeboten zusagte zusagten zugesagt""".split()
# their present forms closing a clause ("wie X feststellt"); not "einräumt" ("Rechte einräumt")
JOINED += """feststellt klarstellt hinweist zurückweist ankündigt hinzufügt vorwirft vorschlägt
aufruft anmerkt darlegt hervorhebt zusichert ausführt abstreitet angibt zugibt einstuft
zusagt""".split()
# several words, matched as written
PHRASES = """äußerte sich|äußert sich|äußerten sich|äußerten|zeigte sich|zeigt sich|zeigten sich|
sprach von|spricht von|sprachen von|sprechen von|sprach sich|spricht sich|sprachen sich|
geht davon aus|gehen davon aus|ging davon aus|gingen davon aus|davon ausgeht|davon ausgehen|
davon ausging|davon ausgingen|davon ausgegangen|bekannt gab|bekannt gegeben|
bekannt gaben|ist der Meinung|ist der Ansicht|ist der Auffassung|ist überzeugt|sind überzeugt|
war überzeugt|zeigte sich überzeugt|kam zu dem Ergebnis|kamen zu dem Ergebnis|
kommt zu dem Ergebnis|kommen zu dem Ergebnis|kam zu dem Schluss|kamen zu dem Schluss|
kommt zu dem Schluss|kommen zu dem Schluss|vertritt die Auffassung|vertritt die Ansicht|
vertreten die Auffassung|vertreten die Ansicht|vertrat die Auffassung|vertrat die Ansicht|
vertraten die Auffassung|vertraten die Ansicht|vertritt die These|vertreten die These|
vertrat die These|vertraten die These|hegt den Verdacht|hegen den Verdacht|hegte den Verdacht|
hegten den Verdacht|erinnerte sich|erinnert sich|erinnerte daran|
erinnert daran|erinnerten daran|gestand ein|gesteht ein|gestanden ein|
gestehen ein|klagt über|klagte über|klagten über|klagen über""".replace("\n", "").split("|")

# cues whose object is what was said, so no clause needs to follow ("sprach von einem Erfolg")
NP_CONTENT: Final = frozenset(
    w.strip()
    for w in """sprach von|spricht von|sprachen von|sprechen von|sprach|spricht|sprachen|sprechen|nannte|nennt|nannten|mitteilte|
    mitteilten|warf|wirft|warfen|werfen|berichtet|berichtete|berichteten|berichten|fordert|
    forderte|fordern|forderten|verlangt|verlangte|verlangten""".split("|")
)
# advice and complaints whose object is what was said ("empfahl den Pendlern das Fahrrad",
# "klagten über zu wenig Personal") when the object follows the verb: a verb closing its clause
# is no advice given ("…, dass Händler ihren Kunden teure Geräte empfahlen.")
ADVISING: Final = frozenset(
    """empfahl|empfiehlt|empfahlen|empfehlen|klagt über|klagte über|klagten über|
    klagen über""".replace("\n    ", "").split("|")
)
# a separable verb's other frame: "sprach dennoch von …", "hält es für möglich, dass"
_FRAMES: Final = {
    **dict.fromkeys("legte legt legten".split(), re.compile(r"\bWert\s+darauf\b")),
    **dict.fromkeys("brachte bringt brachten".split(), re.compile(r"\bzum\s+Ausdruck\b")),
    **dict.fromkeys("sprach spricht sprachen sprechen".split(), re.compile(r"\b(?:von|davon)\b")),
    # "sieht darin einen Fehler", "sieht den Plan als Fehler", "sieht X einen „Angriff“"
    **dict.fromkeys(VIEWING, re.compile(r"\b(?:als|darin)\b|[„»\"]")),
    # "geht von einem Unfall aus": what is assumed
    **dict.fromkeys("geht gehen ging gingen".split(), re.compile(r"\bvon\s[^,;:.!?]*\saus\W*$")),
    # "sagte für Montag Sturm voraus": the forecast named is what was said
    **dict.fromkeys("sagt sagte sagten sagen".split(), re.compile(r"\svoraus\W*$")),
    # "warnt vor einer Flut": the danger named is what was said
    **dict.fromkeys("warnt warnte warnten warnen".split(), re.compile(r"\bvor\b")),
    # "bezifferte den Schaden auf 50 Millionen": the figure named is what was said
    **dict.fromkeys(
        "beziffert bezifferte bezifferten beziffern".split(), re.compile(r"\b(?:auf|mit)\b")
    ),
    # "begründete den Schritt mit der Lage": the reason named is what was said
    **dict.fromkeys("begründet begründete begründeten begründen".split(), re.compile(r"\bmit\b")),
    # "verwies auf das schlechte Wetter": what is pointed to was said; not a ranking ("verwies
    # die Gäste auf den zweiten Platz", "auf die Plätze")
    **dict.fromkeys(
        "verwies verweist verwiesen".split(),
        re.compile(r"\bauf\b(?!(?:\s+[\w-]+){0,2}?\s+(?:Platz|Plätze|Rang|Ränge)\b)"),
    ),
    # "riet den Anwohnern zu Geduld": the advice named is what was said
    **dict.fromkeys("riet rieten rät".split(), re.compile(r"\bzu[mr]?\b")),
    # "wertet die Einigung als Erfolg", "feierte die Absage als Erfolg"
    **dict.fromkeys("wertet wertete werteten werten".split(), re.compile(r"\bals\b")),
    **dict.fromkeys(JUDGING, re.compile(r"\bals\b")),
    # "stufte den Vertrag als ungültig ein", "bezeichnete den Plan als Fehler"
    **dict.fromkeys(
        """stufte stuft stuften beurteilt beurteilte beurteilten beurteilen bezeichnet
        bezeichnete bezeichneten bezeichnen kritisiert kritisierte kritisierten kritisieren
        lobt lobte lobten loben betrachtet betrachtete betrachteten betrachten schätzt schätzte
        schätzten verurteilt verurteilte verurteilten verurteilen bewertet bewertete bewerteten
        bewerten charakterisiert charakterisierte charakterisierten charakterisieren""".split(),
        re.compile(r"\bals\b"),
    ),
    **dict.fromkeys(
        "hielt hält hielten halten".split(),
        re.compile(r"\bfür\s+(?:[a-zäöüß]+\s+)?[a-zäöüß]+(?=\s*(?:[,.;:!?]|dass\b|$))"),
    ),
}
_SELF: Final = re.compile(r"\s+sich\b")
# an ordinal's dot ("am 4. März", "den 3. Versuch") closes no clause; one before an article or a
# pronoun opening the next sentence does ("stieg auf 5. Die …")
_CLAUSE: Final = re.compile(
    r"[;:!?„“\"«»]|(?<!\d)\.|\.(?!\s+(?:[a-zäöüß]|(?!(?:Der|Die|Das|Ein|Eine|Er|Sie|Es|Im|In|"
    r"Auch|Dies|Diese|Dieser|Man|Wir|Ich)\b)[A-ZÄÖÜ][a-zäöüß]+\b))|,\s+(?!dass)"
)


def framed(verb: str, text: str, a: int) -> bool:
    """The verb's other frame closes its clause in the words after `a` (120 characters)."""
    frame = _FRAMES.get(verb)
    if frame is None or _SELF.match(text, a):
        return False  # "bezeichnet sich selbst als Projekt": a name, not a judgement
    stop = _CLAUSE.search(text, a, a + 120)
    return bool(frame.search(text[a : stop.end() if stop else a + 120]))


_INSEPARABLE = ("be", "er", "ver", "zer", "ent", "emp", "ge", "miss", "wider", "hinter", "unter")


def weak_forms(stem: str) -> tuple[str, ...]:
    """3rd person present, plural, preterite and participle of a weak verb stem."""
    e = "e" if re.search(r"(?:[dt]|chn|gn|fn|[^aeiouäöülrh][mn])$", stem) else ""
    plural = stem + ("n" if stem.endswith(("er", "el")) and not stem.endswith("ier") else "en")
    ge = "" if stem.startswith(_INSEPARABLE) or stem.endswith("ier") else "ge"
    return (
        f"{stem}{e}t",
        plural,
        f"{stem}{e}te",
        f"{stem}{e}ten",
        f"{ge}{stem}{e}t",
    )


FORMS: Final[frozenset[str]] = (
    frozenset(
        [f for s in WEAK for f in weak_forms(s)] + STRONG + list(SEPARABLE) + JOINED + PHRASES
    )
    | JUDGING
)

# participles that are cues only after "hat"/"hatte" ("X, genannt Y" and "wurde angegeben" are not)
PARTICIPLES: Final = frozenset(
    [f for s in WEAK for f in weak_forms(s)[4:] if f != weak_forms(s)[0]]
    + """geschrieben unterstrichen verwiesen bestritten beschrieben versprochen genannt
    widersprochen empfohlen gestanden verglichen mitgeteilt bekanntgegeben angegeben zugegeben
    hingewiesen zurückgewiesen festgestellt klargestellt ausgeführt eingeräumt angekündigt
    hinzugefügt zugesichert vorgeworfen vorgeschlagen aufgerufen angemerkt dargelegt
    hervorgehoben abgestritten aufgefordert entschieden gebeten eingestuft beschlossen
    angeboten zugesagt erwogen""".split()
    + ["bekannt gegeben"]
)
# sentence adverbs that open a main clause, the subject following the verb
ADVERBS: Final = frozenset(
    """bislang bisher inzwischen mittlerweile derzeit damals zunächst gleichzeitig kürzlich
    jüngst dagegen hingegen daher deshalb deswegen darum somit folglich stattdessen indessen
    unterdessen seitdem schließlich letztlich immerhin zumindest jedenfalls offenbar
    angeblich vermutlich erneut wiederholt sinngemäß ausdrücklich übereinstimmend gemeinsam
    wieder früher zuerst erstmals ende anfang mitte insgesamt einerseits andererseits zwar
    vorerst zuletzt später zuvor anfangs genauso ebenso indes nunmehr sodann überdies sowieso
    wohl generell besonders vielmehr eher mehrfach oft selten manchmal stets immer nie kaum
    gerade soeben eben vorgestern abends mittags nachts morgens unlängst vorhin seinerzeit
    einmal einst fortan gleichwohl eingangs demgegenüber demzufolge infolgedessen insofern
    davor daneben vorab parallel noch ebenda dort hier dorthin derweil wiederum
    andernorts bereits schon erst sehr ganz direkt aktuell""".split()
)
MONTHS: Final = frozenset(
    """januar jänner februar märz april mai juni juli august september oktober november
    dezember""".split()
)
# Konjunktiv forms that mark reported speech going on without a new cue ("Der Plan sei gut.")
SUBJUNCTIVE_WORDS: Final = frozenset(
    """sei seien seiest habe werde könne müsse solle wolle dürfe möge wisse gebe liege stehe
    gelte bestehe komme gehe brauche fehle bleibe handle handele gehöre diene lasse trage
    hätten wären würden hätte wäre würde könnten müssten sollten gäbe gäben käme kämen
    brächten ließen lägen stünden drohe rate zeige plane fordere sehe halte arbeite biete
    erwarte trete soll sollen befände befänden läge stünde stände fände fänden rechne
    richte bedeute leite vertrete berichte fürchte beobachte betrachte verpflichte""".split()
)  # the last line: stems in -t, whose Konjunktiv I ends in -te (their preterite in -tete)
# a pronoun and a verb in -e open a Konjunktiv I sentence ("Sie rate …", "Es drohe …"); not
# "Das"/"Dies" as an article before an adjective and its noun ("Das alte Gesetz …"), nor the
# preterite "wurde" ("Er wurde 1990 verurteilt.": `asides_de`)
_PRONOUN_E: Final = (
    r"(?:^|(?<=[.!?]\s))(?:(?:Er|Sie|Es|Man)\s+(?!wurde\b)[a-zäöüß]+(?<!t)e\b"
    r"|(?:Dies|Das)\s+(?!wurde\b)[a-zäöüß]+(?<!t)e\b(?!\s+[A-ZÄÖÜ]))"
)
# any verb's Konjunktiv I in -e before an article, "sich" or a pronoun ("Jedoch ruhe die …",
# "Die Zahl richte sich …"): an adjective in -e goes before a noun; not a preterite in -te, an
# adverb in -weise, nor a first person ("ich denke es")
_NOT_VERB_E = """ohne alle jede beide diese jene welche solche manche viele wenige einige mehrere
andere heute gerne gerade lange bitte eine keine meine deine seine ihre unsere eure nahe wurde
sowie zufolge infolge anstelle mittlerweile insbesondere heutzutage live eventuelle""".split()
_E_FOLLOWERS = "sich der die das den dem des ein eine einen einem einer es er sie man nicht".split()
_VERB_E: Final = (
    r"(?<![Ii]ch )(?<![Ww]ir )\b(?!(?:" + "|".join(_NOT_VERB_E) + r")\b)"
    r"[a-zäöüß]{3,}(?<!t)(?<!weis)e(?=\s+(?:" + "|".join(_E_FOLLOWERS) + r")\b)"
)
SUBJUNCTIVE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:" + "|".join(sorted(sorted(SUBJUNCTIVE_WORDS), key=len, reverse=True)) + r")\b"
    r"|\b[a-zäöüß]{3,}iere\b|" + _PRONOUN_E + "|" + _VERB_E
)
_SUBJUNCTIVE_ASCII = frozenset(w.encode("ascii") for w in SUBJUNCTIVE_WORDS if w.isascii())
_SUBJUNCTIVE_ASCII |= frozenset(w.encode("ascii") for w in _E_FOLLOWERS)  # `_VERB_E` needs one
_PRONOUN_KEYS = ("Er", "Sie", "Es", "Man", "Dies", "Das")  # each `_PRONOUN_E` opener holds one
# ASCII bytes outside `\w` become spaces: an ASCII text's `\w` runs are its translation's words
_ASCII_W: Final = bytes(c if chr(c).isalnum() or c == 95 else 32 for c in range(128)) + b" " * 128


def may_be_subjunctive(text: str, s: int, e: int) -> bool:
    """False only when `SUBJUNCTIVE.search(text, s, e)` finds nothing: an ASCII text[s:e]
    with no listed form nor word of `_E_FOLLOWERS`, no "iere" and no pronoun of `_PRONOUN_E`
    (a cheap test before a pattern tried at every position of an English sentence)."""
    part = text[s:e]
    if not part.isascii() or "iere" in part or any(k in part for k in _PRONOUN_KEYS):
        return True
    return not _SUBJUNCTIVE_ASCII.isdisjoint(part.encode("ascii").translate(_ASCII_W).split())


# nouns of information after "nach": "Nach einem Bericht der Zeitung", "nach Polizeiangaben"
INFO_NOUNS: Final = (
    r"(?i:a)ngaben|(?i:a)nsicht|(?i:m)einung|(?i:e)inschätzung(?:en)?|(?i:i)nformationen|"
    r"(?i:a)ussagen?|(?i:b)erichte?n?|(?i:a)uffassung|(?i:d)arstellung(?:en)?|"
    r"(?i:s)chätzung(?:en)?|Worten|(?i:e)rkenntnisse?n?|Erkenntnisstand|(?i:s)tudie|(?i:u)mfrage|"
    r"Untersuchungen?|(?i:m)eldungen|Stellungnahme|Analyse|Ankündigung|(?i:b)erechnungen|"
    r"Mitteilung|Auskunft|Erhebung|(?i:g)utachten|Recherchen|(?i:p)rognose|Ermittlungen|"
    r"Schilderungen?|Zählung|Statistik|Daten|Medien|(?:End)?[Ee]rgebniss?e?n?|Urteils?|Idee|"
    r"Plan|Nachrichte?n?|(?i:e)ntwurf|Grundgesetz|Hinweise?n?|Erfahrungen|Vorstellungen?|"
    r"(?i:p)lanungen|(?i:v)orhersagen?|Quellenlage|Bekunden"
)
# a document or a law that says what holds, the source itself: "Nach der Verfassung", "Nach
# dem Artikel 5", "Nach einem EU-Dokument", "Nach dem Bundeswahlgesetz" (not "nach dem Gesetz")
DOC_NOUNS: Final = r"(?i:d)okumente?n?|\w+gesetze?s?|Verfassung|Artikel"
ACCORDING_BEFORE: Final[str] = (
    # "laut" is no preposition before a verb of being ("Kritik war laut geworden") nor in
    # "laut über … nachdenken" (aloud; not "laut über 90 Zeugen") nor in "laut und deutlich"
    r"[Ll]aut(?![\w-])(?!\s+(?:geworden|werden|wurde|wurden|wird|ist|war|sind|waren|darüber|"
    r"und|oder|über(?!\s+\d))\b)|"
    # "gemäß § 5", "gemäß der Regelung": a rule that is followed, not a source
    r"[Gg]emäß(?![\w-])(?!\s+(?:§|(?:[\w-]+\s+){0,2}[\w-]*(?:[Rr]egelung|[Bb]estimmung|[Vv]orschrift|"
    r"[Rr]ichtlinie)))|[Nn]ach (?:Angaben|Ansicht|Meinung|Einschätzung|"
    r"Informationen|Aussagen?|Auffassung|Darstellung|Worten)(?: (?:von|vom))?(?![\w-])|"
    r"[Nn]ach(?= (?:[a-zäöüß][\w-]* |[A-ZÄÖÜ][\w-]*[^s\W]s ){0,3}[\w-]*"
    r"(?:" + INFO_NOUNS + "|" + DOC_NOUNS + r")\b)"
)

# a death toll, not a demand: "forderte 92 Menschenleben", "das 73 Todesopfer forderte"
_VICTIMS: Final = r"(?:Menschenleben|Todesopfer|Opfer|Tote|Toten|Verletzte|Leben)"
_TOLL_AFTER: Final = re.compile(rf"(?:\s+[^\s,.;:]+){{0,4}}?\s+{_VICTIMS}\b")
_TOLL_BEFORE: Final = re.compile(rf"\b{_VICTIMS}\s+(?:[a-zäöüß]+\s+)?$")
# a payment asked for, not words said: "forderten plötzlich Bargeld", "fordert 3 Millionen"
_PAYMENT_AFTER: Final = re.compile(
    r"(?:\s+[^\s,.;:]+){0,3}?\s+(?:Lösegeld|Bargeld|\d[\d.,]*\s+(?:Milliarden|Millionen))\b"
)


def toll(verb: str, text: str, a: int, b: int) -> bool:
    """The "fordern" form at text[a:b] counts victims ("forderte 92 Menschenleben") or asks for
    a payment ("forderten Bargeld", "fordert 3 Millionen"): no cue."""
    if not verb.startswith(("forder", "gefordert")):
        return False
    if _TOLL_AFTER.match(text, b) or _PAYMENT_AFTER.match(text, b):
        return True
    return bool(_TOLL_BEFORE.search(text[max(0, a - 40) : a]))
