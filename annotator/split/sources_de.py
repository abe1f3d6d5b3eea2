"""German sources that are not a cue verb's subject: the name before a colon ("Jan Voss:
„…“"), the source after "laut"/"nach", a body named with an attachment, the subject that opens
a sentence, headline names (the frames "heißt es", "zufolge" … are in `frames_de`).
"""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon, lexicon_de
from annotator.split.noun_phrases_de import BODIES_END, BODY_END, CAPS, SUBJECT_NP
from annotator.split.speaker_phrases import _phrase
from annotator.split.speakers import _clean_word, subject_after
from annotator.split.speakers_de import _ADVERB
from annotator.split.subject_words_de import (
    _NOMINATIVE,
    _NOT_SUBJECT,
    _OBLIQUE,
    PRONOMINAL,
    _abstract,
)

_COLON_INTRO: Final = re.compile(r"\s*([^\s:.;!?„“”\"»«][^:.;!?„“”\"»«]{1,250}?):\s*")
_INFO_OF: Final = re.compile(
    rf"(?:[\w-]+\s+){{0,3}}?[\w-]*(?:{lexicon_de.INFO_NOUNS})\s+(?:der|des|von|vom)\s+[„»\"]?"
)
# a noun phrase: article, lower-case adjectives, a capitalised head run, a genitive after it
_NAME_RUN: Final = r"(?:[a-z]{1,3}-)?[A-ZÄÖÜ][\w.&-]*(?:\s+[A-ZÄÖÜ][\w.&-]*){0,3}"
_ADJ: Final = r"[a-zäöüß][\w-]*(?:e|en|er|es|em)"  # "schleswig-holsteinischen"
# a date after "vom" is no attachment: "nach Angaben des Hafenamts vom Freitag"
_WHEN: Final = (
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Sonnabend|Wochenende|"
    r"Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)
_DOMAIN: Final = r"[a-z][\w-]*\.(?:de|com|net|org|at|ch|eu)\b"
# a place before a participle: "der in Kiel ansässigen Firma", "in Bern, Schweiz, ansässigen"
_PLACE: Final = r"(?:in|im|aus)\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2}(?:,\s+[A-ZÄÖÜ][\w-]*,)?"
_GERMAN_NP: Final = re.compile(
    # "einer am Dienstag veröffentlichten Mitteilung der Stadt", "der in Kiel ansässigen Firma":
    # the date or the place and its participle are no part of the source
    rf"[„»\"]?(?:(?:der|dem|den|die|einer|einem)\s+(?:(?:am|vom)\s+{_WHEN}|{_PLACE})\s+{_ADJ}\s+)?"
    r"((?:(?:der|des|dem|den|die|einer|eines|einem|ihrer|seiner|ihren|seinen|eigenen)\s+)?"
    r"(?:(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf)\s+)?"  # "von zwei Zeugen"
    rf"(?:{_ADJ}\s+){{0,2}}(?:{_NAME_RUN}|{_DOMAIN})"
    rf"(?:\s+(?:der|des|von|vom)\s+(?!{_WHEN})(?:{_ADJ}\s+){{0,2}}{_NAME_RUN})?)"
)


def colon_intro(text: str, lo: int, qs: int) -> tuple[int, int] | None:
    """The speaker of 'Polizeisprecher Jonas Wolf: „…“' or 'Jane Doe, Sprecherin: »…«' (a name
    before the first comma, else the phrase before the colon), for German quote marks only."""
    intro = _COLON_INTRO.fullmatch(text, lo, qs) if lo < qs and text[qs] in "„»" else None
    if not intro:
        return None
    a, b = intro.span(1)
    if b - a > 100 and (  # a long clause: its subject first, no reported Konjunktiv in it
        lexicon_de.SUBJUNCTIVE.search(text, a, b)
        or not (SUBJECT_NP.match(text, a, b) or _NAME_SUBJECT.match(text, a, b))
    ):
        return None
    comma = text.find(",", a, b)
    span = _phrase(text, a, comma if comma > 0 else b, backward=True)
    lead = text[a : span[0]].split() if span else []
    if span and text[span[1] - 1].isalpha() and text[span[0]].isupper():
        one = text[span[0] : span[1]]
        single = " " not in one and _ADVERB.search(one.lower())
        if all(_clean_word(w) in _NOMINATIVE for w in lead) and not single:  # not "Höhnisch, …"
            return span
    # "Die Firma empfindet die Kritik als ungerecht: „…“": the clause's subject speaks
    if not text[a].isupper():
        return None
    return german_topic(text, a, b) or _colon_subject(text, a, b)


def _colon_subject(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The subject of a clause that opens a quote after its colon, a known speaker or not
    ("Roth sieht darin eine Bestätigung: „…“", "Die Anwohner sehen es gelassen: „…“", "Im
    Landtag warb Kern mit den Worten: „…“"); not a thing or an act ("Seine Zuversicht …")."""
    np = SUBJECT_NP.match(text, a, b) or _NAME_SUBJECT.match(text, a, b)
    first = _clean_word(np.group(1).split()[0]) if np else ""
    # "Das Fazit lautete: „…“": an article, not the pronoun of "Das sagte X"
    if np and (first in ("der", "die", "das", "ein", "eine") or not _opener(first)):
        rest = text[np.end(1) : b].split()
        lower = rest and rest[0][:1].islower() and _clean_word(rest[0]) not in _NOMINATIVE
        if lower and _named(np.group(1)):
            return np.span(1)
    for inverted in _LOOSE_INVERTED.finditer(text, a, b):  # "Jede Schuld weist X von sich"
        if inverted.group(1) not in _NOT_INVERTED:  # "im Bezirk der SPD", "das Motiv"
            verb = inverted.group(1) not in _BEING  # "Auf dem Schild waren zwei Sätze zu lesen"
            return inverted.span(2) if verb and _named(inverted.group(2)) else None
    return None


# words that open a clause but name nobody: "Darin", "Dort", possessives, "Jede"
_DETERMINERS: Final = frozenset(
    """den dem des ein eine einer eines einem einen sein seine seiner seinem seinen ihr ihre
    ihrer ihrem ihren unser unsere jede jeder jedes jedem jeden jegliche jeglicher alle allen
    kein keine keinem keinen""".split()
)


def _opener(first: str) -> bool:
    """The first word of a clause names nobody ("Derzeit", "Darin", "Seine", "Jegliche")."""
    return (
        first in _NOT_SUBJECT
        or first in lexicon_de.ADVERBS
        or first in _DETERMINERS
        or first == "dort"
        or bool(PRONOMINAL.fullmatch(first))
    )


def _named(phrase: str) -> bool:
    """A noun phrase that may name who speaks, not a thing or an act ("Jede Schuld")."""
    words = [w for w in phrase.split() if _clean_word(w) not in _DETERMINERS]
    return bool(words) and not _abstract(" ".join(words))


# a time before "nach": "Zwei Monate nach dem Urteil", "Erst nach den Ermittlungen"
_TIME_BEFORE: Final = re.compile(
    r"(?:^|\s)(?:[Kk]urz|[Ee]rst|[Uu]nmittelbar|[Gg]leich|[Dd]irekt|[Bb]ald|Minuten|Stunden|Tage|"
    r"Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Stunde|Tag|Woche|Monat|Jahr)\s+$"
)


def temporal(text: str, s: int, at: int) -> bool:
    """A time stands right before text[at] ("Zwei Monate | nach dem Urteil")."""
    return bool(_TIME_BEFORE.search(text[max(s, at - 20) : at]))


def info_source(text: str, acc: re.Match[str], e: int) -> tuple[int, int] | None:
    """The source after German "laut", "gemäß", "nach": the paper of "nach einer Meldung der
    „Zeitung“", the noun phrase of "laut der Netzzeitung" (not the words after it); none after
    a time ("Drei Wochen nach dem Beschluss des Rats")."""
    if acc.group(1)[:1] not in "LlGgNn":
        return None
    # "nach Angaben der Zeitung ein Ergebnis des …": the noun of information is already read
    of = None if " " in acc.group(1).strip() else _INFO_OF.match(text, acc.end(), e)
    np = _GERMAN_NP.match(text, of.end() if of else acc.end(), e)
    if np:
        head = text[np.start(1) : np.end(1)].split()
        if len(head) > 2 and head[0].isupper() and head[1] in ("der", "des"):
            return np.start(1), np.start(1) + len(head[0])  # "der NASA | der überwiegende Teil"
        return np.span(1)
    lower = _LOWER_BODY.match(text, of.end() if of else acc.end(), e)
    if lower and lower.group(1) not in _SHORT_WORDS:
        return lower.span(1)  # "laut dpa", "nach Ansicht von ai", "nach Angaben der taz"
    return subject_after(text, of.end(), e, lenient=True) if of else None


# a body that writes its short name in lower case ("dpa", "ddp", "epd", "taz", "ai"), after an
# article or "von" or none; not a short German word ("laut und deutlich", "laut ihr")
_LOWER_BODY: Final = re.compile(r"(?:(?:der|des|von|vom)\s+)?([a-z]{2,4}\d*)(?=[\s,.;:)]|$)")
_SHORT_WORDS: Final = frozenset(
    """ab als am an auf aus bei bis da das dem den der des die dir du ein er es gut im in ihm
    ihn ihr ja je man mir mit nach nie nun nur ob oder so um und uns von vom vor was wer wie wir
    zu zum zur aber alle auch bald dass denn dies doch eben eher eine eins erst etwa euch fast
    ganz gar hier jede kaum kein mal mehr mein nah neu noch ohne rund sehr sein sich sie sind
    soll viel voll weil weit wenn will wird zwei drei vier acht neun zehn elf war hat ist
    gern lang leer los hin her weg""".split()
)


_DAY = re.compile(r"(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|januar|februar|märz|mai|juni")
_GIVEN: Final = lexicon.MALE_NAMES | lexicon.FEMALE_NAMES
_ATTACH: Final = frozenset("des der von vom für in im aus".split())
_PLACE_LINKS: Final = frozenset(("in", "im", "aus"))
_ARTICLES: Final = frozenset("der die das ein eine einer eines einem den dem des".split())


def german_body(phrase: str) -> str | None:
    """A German body named with an attachment, kept whole without its article and adjectives:
    "Ein Sprecher des saudi-arabischen Ministeriums" -> "Sprecher des saudi-arabischen
    Ministeriums", "Das Landesamt für Gesundheit" -> "Landesamt für Gesundheit", "Die
    Obstbauern in Tann" -> "Obstbauern in Tann" (a person's name drops its place). None when
    the phrase has no attachment or ends in a person's name (the general rules apply)."""
    words = phrase.split()
    while words and (_clean_word(words[0]) in _ARTICLES or words[0][:1].islower()):
        words = words[1:]
    at = next((i for i, w in enumerate(words) if i and w in _ATTACH), 0)
    if not at or not words[at - 1][:1].isupper() or not words[-1][:1].isupper():
        return None
    if words[at - 1].isupper() or _DAY.match(_clean_word(words[-1])):
        return None  # "NASA der …", "Polizei vom Dienstag": no body's attachment
    if words[at] in _PLACE_LINKS and not _GIVEN.isdisjoint(map(_clean_word, words[:at])):
        return None  # "Senator Jim Reed aus Ohio": the person's name (the rules below)
    if at >= 2 and _clean_word(words[0]) in _GIVEN:
        return " ".join(words[:at])  # "Patrick Breyer vom Arbeitskreis X"
    tail = [w for w in words[at + 1 :] if w[:1].isupper()]
    if len(tail) >= 2 and _clean_word(tail[-2]) in _GIVEN:
        return " ".join(tail[-2:])  # "Das Fazit von Sandra Vogt": the name speaks
    return " ".join(words)


STRICT_DE: Final = re.compile(
    r"\b(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|liege|stehe|gelte|komme|"
    r"gehe|fehle|bleibe|wisse|brauche|handle|handele)\b"
)
_NAME_SUBJECT: Final = re.compile(rf"\s*({CAPS})\s+(?=[a-zäöüß])")
# an auxiliary after a fronted phrase, then a bare name: "Inzwischen hat sich Jan Roth, …"
_AUX_NAME: Final = re.compile(
    r"(?<=[\w,] )(?:hat|hatte|haben|hatten|ist|war)\s+(?:sich\s+)?"
    rf"(?:(?:auch|jetzt|nun|noch|bereits)\s+)*({_NAME_RUN})(?=[\s,.;:])"
)


def german_topic(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The subject that opens a German sentence ("Der Iran streitet dies ab."): a noun phrase
    with an article or a name run before a lower-case verb; or, after a fronted phrase, the one
    right after the verb ("Am Montag hatte die Polizei die Suche eingestellt.")."""
    np = SUBJECT_NP.match(text, s, e) or _NAME_SUBJECT.match(text, s, e)
    if np is not None and _clean_word(np.group(1).split()[0]) in _OBLIQUE:
        np = None  # "Ihren Gegner Peter Holt besuchte Lund": an object opens it
    if np is None or not _speaks(np.group(1)):
        # the first verb-and-subject pair: "durch die Unruhen" before "bezifferte die Agentur"
        for inverted in _INVERTED.finditer(text, s, e):
            if inverted.group(1) not in _NOT_VERB:
                return inverted.span(2) if _speaks(inverted.group(2)) else None
        named = _AUX_NAME.search(text, s, e)  # "Inzwischen hat sich Jan Roth … ausgesprochen"
        return named.span(1) if named and _speaks(named.group(1)) else None
    rest = text[np.end(1) : e].split()
    if not rest or not rest[0][:1].islower() or _clean_word(rest[0]) in _NOMINATIVE:
        return None
    return np.span(1)


# a lower-case finite verb, then the subject: "… gab der Mitteldeutsche Rundfunk …"
_INVERTED: Final = re.compile(
    r"(?<=[\w,] )([a-zäöüß]{3,})\s+(?:(?:auch|jetzt|nun|noch|bereits|dann|zudem)\s+)*"
    rf"((?:[Dd](?:er|ie|as)\s+)(?:{_ADJ}\s+){{0,3}}{_NAME_RUN}"
    rf"(?:\s+(?:der|des|von|vom|für)\s+(?:{_ADJ}\s+){{0,2}}{_NAME_RUN})?)(?=[\s,.;:])"
)
# the same, the article optional: "… warb Kern …", "… weist Hartmann …"
_LOOSE_INVERTED: Final = re.compile(
    r"(?<=[\w,] )([a-zäöüß]{3,})\s+(?:(?:auch|jetzt|nun|noch|bereits|dann|zudem)\s+)*"
    rf"((?:[Dd](?:er|ie|as)\s+)?(?:{_ADJ}\s+){{0,3}}{_NAME_RUN}"
    rf"(?:\s+(?:der|des|von|vom|für)\s+(?:{_ADJ}\s+){{0,2}}{_NAME_RUN})?)(?=[\s,.;:])"
)
# lower-case words before a noun phrase that are not a verb: prepositions, conjunctions
_NOT_VERB: Final = frozenset(
    """von vom mit bei beim zum zur für gegen durch über unter vor nach seit aus auf hinter
    neben zwischen wegen trotz laut gemäß dass und oder sowie als wie weil während denn aber
    sondern ohne bis gegenüber innerhalb außerhalb angesichts seitens dank samt nahe
    anderem allem etwa insbesondere darunter""".split()  # "unter anderem die X": a list
)
_NOT_INVERTED: Final = _NOT_VERB | _DETERMINERS | frozenset(("der", "die", "das"))
_SPEAKING: Final = re.compile(
    r"(?:sprecher|sprecherin|minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|"
    r"chefin|leiter|leiterin|vorsitzende|vorsitzender|direktor|direktorin|polizei|regierung|"
    r"ministerium|gericht|amt|behörde|behörden|partei|fraktion|verband|gewerkschaft|agentur|"
    r"zeitung|sender|experte|expertin|experten|anwalt|anwältin|staatsanwaltschaft|kommission|"
    r"bürgermeister|bürgermeisterin|unternehmen|konzern|institut|organisation|forscher|"
    r"wissenschaftler|ärzte|richter|richterin|opposition|botschaft|bericht|studie|firma|verein|"
    r"stadt|gemeinde|bank|klinik|universität|kirche|armee|militär|rat|union|team|club|"
    r"dekan|rektor|rektorin|mitarbeiter|mitarbeiterin|vertreter|vertreterin|analysten|beobachter|"
    r"kritiker|gegner|befürworter|gesetzgeber|veranstalter|betreiber|ermittler|behördenvertreter)$"
)


def _speaks(phrase: str) -> bool:
    """A phrase whose head names someone who speaks (a role, a body, a person's name)."""
    heads = [w for w in phrase.split() if w[:1].isupper() and _clean_word(w) not in _NOMINATIVE]
    return bool(heads) and (
        bool(_SPEAKING.search(_clean_word(heads[0])))
        or any(_clean_word(w) in _GIVEN for w in heads[:-1] or heads)
    )


# heads of nouns that name people: "Kommissar", "Mitarbeiter", "Präsidentin", "Polizisten"
_PERSON_END: Final = ("er", "erin", "ar", "or", "ent", "ist", "isten", "eur", "ant", "anten", "ten")


def new_actor(text: str, s: int, e: int) -> bool:
    """The sentence [s, e) has a subject that names a person or a body ("Die Lokalregierung
    machte …", "Daraufhin fügte der Gesetzgeber … ein"): a new actor, whose sentence ends the
    reported speech of the one before."""
    np = SUBJECT_NP.match(text, s, e) or _NAME_SUBJECT.match(text, s, e)
    span = np.span(1) if np else None
    if span is None or _clean_word(text[span[0] : span[1]].split()[0]) in _NOT_SUBJECT:
        inverted = next(
            (m for m in _INVERTED.finditer(text, s, e) if m.group(1) not in _NOT_VERB), None
        )
        span = inverted.span(2) if inverted else None
    if span is None:
        return False
    phrase = text[span[0] : span[1]]
    heads = [w for w in phrase.split() if w[:1].isupper() and _clean_word(w) not in _NOMINATIVE]
    head = _clean_word(heads[0]) if heads else ""
    body = head.endswith(BODY_END) or head.endswith(BODIES_END)
    return bool(head) and (_speaks(phrase) or body or head.endswith(_PERSON_END))


_HEAD_NOT = frozenset("der die das ein eine im zum zur am vom beim mit zu in auf für".split())


def german_headline(name: str) -> bool:
    """ "Jan Voss: …" or "Polizei Kiel: …" speaks; "Die Folge: …", "Zum Vergleich: …", "Neue
    Verhandlungen: …" (an article, a preposition, an adjective, an act) do not."""
    words = name.split()
    first = _clean_word(words[0])
    if first in lexicon.MALE_NAMES or first in lexicon.FEMALE_NAMES:
        return True
    if first in _HEAD_NOT or _abstract(name):
        return False
    return len(words) == 1 or not first.endswith(("e", "en"))


_BEING: Final = frozenset("ist war sind waren wird wurde wurden werden gibt gab".split())
_NOMINATIVE_OR_BEING: Final = _NOMINATIVE | _BEING  # built once, not for each sentence
_INDICATIVE: Final = re.compile(r"(?:t|te|ten|hat|haben|hatte|hatten|ließ|ließen)$")
_FRAME_NOT = frozenset("es so auch dies das man er sie in im am beim zum zur vom ins ans".split())


# a pronominal adverb or a noun of a view pointing at a "dass" clause or a "zu" infinitive
# after its comma ("droht damit, …", "vertritt jedoch die These, dass …")
_POINTED: Final = re.compile(
    r"\b(?:darauf|darüber|damit|davon|(?:These|Hypothese|Theorie|Auffassung|Ansicht|Meinung|"
    r"Überzeugung|Einschätzung|Vermutung|Befürchtung|Hoffnung|Schluss|Standpunkt)"
    r"(?:\s+[a-zäöüß]+)?),\s+"  # "stellten die Theorie auf, dass", "die These vertreten, dass"
    r"(?:dass\b|[^,.;:]*?\bzu\s+[a-zäöüß]+(?:en|ern|eln)\b|[^,.;:]*?\b[a-zäöüß]+zu[a-zäöüß]+en\b)"
)
# "Abgesehen davon, dass …" opens no subject; "Das Spiel begann damit, dass …" narrates
_POINTER_NOT: Final = frozenset(
    "darauf darüber damit davon begann begannen beginnt startete startet endete endet fing".split()
)


def frame_subject(text: str, s: int, e: int, indicative: bool = False) -> tuple[int, int] | None:
    """The subject of a German main clause in the indicative whose comma clause reports in the
    Konjunktiv ("Die Gewerkschaft antwortet auf die Vorwürfe mit dem Hinweis, die Löhne seien …"):
    whoever the sentence opens with says what the comma clause says, whatever the verb. With
    `indicative` (someone's reported speech goes on) the verb must be a plain indicative form
    ("begegnet", "erklärten", "hat"), not "Der Stadt entstünden …, die …". A verb pointing
    with "darauf/darüber/damit/davon" at a "dass" clause or a "zu" infinitive frames it too
    ("Die Partei droht damit, die Wahl nicht anzuerkennen")."""
    if text.find(",", s, e) < 0:
        return None  # no comma clause (both ways below end at a comma): no scan of the subject
    np = SUBJECT_NP.match(text, s, e) or _NAME_SUBJECT.match(text, s, e)
    if np is None:
        return None
    words = np.group(1).split()
    first = _clean_word(words[0])
    heads = [w for w in words if w[:1].isupper() and _clean_word(w) not in _NOMINATIVE]
    if (
        not heads
        or first in _FRAME_NOT
        or first in lexicon_de.ADVERBS
        or first in _NOT_SUBJECT
        or first in _NOT_VERB  # a preposition: "Bei dem letzten Hochwasser seien …"
        or (len(words) == 1 and _ADVERB.search(first))
        or _abstract(np.group(1))
    ):
        return None
    rest = text[np.end(1) : e].split(None, 1)  # the first word (and the rest uncut)
    if not rest or not rest[0][:1].islower() or _clean_word(rest[0]) in _NOMINATIVE_OR_BEING:
        return None
    if indicative and not _INDICATIVE.search(_clean_word(rest[0])):
        return None
    # "Die Partei droht damit, … zu …"; every match holds a comma (a `memchr` first)
    pointed = _POINTED.search(text, np.end(1), e) if text.find(",", np.end(1), e) >= 0 else None
    if pointed and _clean_word(rest[0]) not in _POINTER_NOT and pointed.start() > np.end(1) + 1:
        return np.span(1)
    comma = text.find(", ", np.end(1), e)
    if comma < 0 or lexicon_de.SUBJUNCTIVE.search(text, s, comma):
        return None
    if _REFUSED.search(text, np.end(1), comma + 1):
        return None  # "wollte nicht bestätigen, dass …", "wollte sich nicht festlegen, ob …"
    return np.span(1) if STRICT_DE.search(text, comma, e) else None


# a telling refused right before the comma clause: nobody's words follow
_REFUSED: Final = re.compile(
    r"\bnicht\s+(?:bestätigen|festlegen|kommentieren|sagen|äußern|mitteilen|angeben|nennen|"
    r"verraten),"
)


# a document that says something: "Im Bericht werden …", "In einem Schreiben der Anwälte …"
_DOCUMENT: Final = re.compile(
    r"\b(?:[Ii]n|[Ii]m)\s+(?:(?:einem|einer|der|dem|seinem|ihrem|seiner|ihrer)\s+)?"
    r"((?:[a-zäöüß][\w-]*\s+){0,2}[\w-]*(?:[Bb]ericht|[Ss]tudie|[Mm]itteilung|[Ee]rklärung|"
    r"[Ss]chreiben|[Bb]rief|[Gg]utachten|[Pp]apier|[Aa]rtikel|[Uu]rteil|[Bb]eschluss)"
    rf"(?:\s+(?:von|vom|der|des)\s+(?:{_ADJ}\s+){{0,2}}(?:{_NAME_RUN}|{_DOMAIN}))?)(?![\w-])"
)


def german_document(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The document a sentence in the indicative reads from ("Im Bericht werden … genannt",
    "In einer Meldung von hafen.de heißt …"), the source of the Konjunktiv sentence after it; not
    when the sentence reports in the Konjunktiv itself (someone else's words go on)."""
    if STRICT_DE.search(text, s, e):
        return None
    m = _DOCUMENT.search(text, s, e)
    return m.span(1) if m else None


_PASSIVE_BEFORE: Final = re.compile(r"\b(?:wird|wurde|werden|wurden|war|waren)\b")


def passive_document(text: str, s: int, verb: int) -> tuple[int, int] | None:
    """The document of a passive cue ("In einem Bericht der Zeitung wurde vermutet, dass …",
    "So wird in einer Mitteilung gefordert, …", "Im Bericht war festgestellt worden, …"): it
    holds what was said."""
    if not _PASSIVE_BEFORE.search(text, s, verb):
        return None
    m = _DOCUMENT.search(text, s, verb)
    return m.span(1) if m else None
