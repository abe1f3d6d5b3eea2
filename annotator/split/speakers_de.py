"""German word order around a cue verb: who speaks, and whether anything is reported.

Main clauses put the finite verb second: the subject comes first ("Die Polizei erklärte, …")
unless another phrase does ("Am Montag erklärte die Polizei, …", "Den Plan nannte X …"), then
it follows the verb. After a comma the verb opens an inverted frame ("…, sagte X") or closes
an apposition ("X, der Sprecher, sagte …"). Subordinate clauses put it last ("wie die Polizei
mitteilte"): the subject follows the conjunction. Perfect tenses move the subject to the
auxiliary ("X hat … erklärt", "Am Montag hat X … erklärt").
"""

from __future__ import annotations

import re

from annotator.split import lexicon, lexicon_de, lexicon_ml
from annotator.split.cues import _HEISST, _ZUFOLGE
from annotator.split.speakers import (
    _PARTS,
    SUBJECT_WINDOW,
    _clean_word,
    _phrase,
    subject_after,
    subject_before,
)

_AUX = re.compile(r"\b(?:hat|hatte|haben|hatten|habe|hätte)\b")
_PASSIVE = re.compile(r"\s+(?:worden|werden|wird|wurde|wurden)\b")
_SUBORDINATE = frozenset("wie als dass nachdem weil wo ob während wonach".split())
# words that open a main clause as a subject (nominative articles, pronouns)
_NOMINATIVE = frozenset(
    """der die das ein eine kein keine er sie wir ich man beide alle viele einige mehrere
    zahlreiche dieser diese dieses jener jene""".split()
)
# first words that are not a subject: a case-marked article or an adverb
_NOT_SUBJECT = (
    frozenset(
        """den dem des einem einen eines seinen seinem ihrem ihren diesem diesen wegen
        trotz laut unter neben für gegen ohne durch hinter bereits schon nun erst zuletzt
        ebenso weiterhin ferner insbesondere vorher angesichts aufgrund infolge anlässlich
        bezüglich hinsichtlich seitens selbst sogar nur""".split()
    )
    | lexicon_ml.DE_FRONT
    | _SUBORDINATE
)
_FOCUS = frozenset("auch selbst sogar nur gerade ausgerechnet ebenfalls".split())
# a head noun naming a thing or an act, not who speaks ("Die Verschiebung", "Die Äußerungen")
_ABSTRACT_END = ("ung", "ungen", "heit", "keit", "ität", "nis", "nisse", "ismus", "tion", "tionen")
_BODY_END = (
    "regierung",
    "zeitung",
    "stiftung",
    "leitung",
    "führung",
    "verwaltung",
    "vereinigung",
    "bewegung",
    "versammlung",
    "vertretung",
    "organisation",
    "opposition",
    "koalition",
    "delegation",
    "kommission",
    "fraktion",
    "redaktion",
    "union",
    "nation",
    "nationen",
    "institution",
    "gewerkschaft",
    "direktion",
    "administration",
    "agentur",
)


def _abstract(phrase: str) -> bool:
    """The head noun names a thing or an act, not who speaks ("Die Verschiebung des Termins")."""
    heads = [w for w in phrase.split() if w[:1].isupper() and _clean_word(w) not in _NOMINATIVE]
    head = _clean_word(heads[0]) if heads else ""
    return head.endswith(_ABSTRACT_END) and not head.endswith(_BODY_END)


# adverb endings ("Offiziell", "Bisher", "Erstens"), not nouns in -er/-ens ("Forscher", "Siemens")
_ADVERB = re.compile(
    r"(?:lich|ig|isch|iell|uell|nell|weise|dings|falls|mals|tens|gens|wärts|dem|(?<!ab|ug)end|"
    r"(?:bis|vor|da|nach|seit)her|(?:weiter|immer|ohne|da)hin)$"
)
_TITLE = re.compile(r"[„»“\"](?:[^\s„“”\"»«]+ ?){1,4}[“”\"«]")
_FRONT_AGENT = re.compile(
    r"\s*(?:Von|Vom|Seitens)\s+((?:(?:der|dem|den|des)\s+)?(?:(?!k?ein)[a-zäöüß][\w-]*(?:e|en|er)\s+){0,2}"
    r"[A-ZÄÖÜ][\w-]*(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\w-]*)?)\s+(?:wird|wurde|wurden|werden|war|ist)\b"
)
_NENNEN = frozenset("nannte nennt nannten nennen".split())
_NAMING_AFTER = re.compile(r"\s+(?:sich|man)\b")
_TITLE_AFTER = re.compile(r"\s*[„»“\"]((?:[^\s„“”\"»«]+ ?){1,4})[“”\"«]")
_MOOD = re.compile(r"(?:be|er|ent|ver|ge|über)\w+t|zufrieden|gelassen|empört")
_PASSIVE_AUX = re.compile(r"\b(?:wurden?|wird|werden|worden)\b")
_AGENT = re.compile(r"\b(?:wurden?|wird|werden|worden)\s+(?:[\w-]+\s+){0,3}?(?:von|vom)\s+")
_APPOSED = re.compile(
    r"\s*(?:(?:Der|Die|Das)\s+)?(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}[A-ZÄÖÜ][\w.-]*,\s+"
    r"(?:der|die|das|ein|eine|ehemalige[rn]?|stellvertretende[rn]?)\s[^,;:„“\"»«]+,\s*$"
)
_QUOTED = re.compile(r"\b(?:wird|wurde|werden|wurden)\b(?!.*\b(?:wird|wurde)\b)")
# finite verbs common in what is said (a clause before ", sagte X", not an apposition)
_FINITE = re.compile(
    r"[“”\"»«]|\b(?:sei|seien|habe|haben|hätte|hätten|werde|würde|würden|ist|sind|war|waren|"
    r"hat|hatte|wird|werden|wurde|kann|könne|könnte|muss|müsse|müsste|soll|solle|sollte|"
    r"will|wolle|gebe|gibt|gab|gehe|geht|liege|liegt|stehe|steht|bleibe|bleibt|gelte|gilt)\b"
)
_INVERTED = frozenset("wie hatte hat habe hätte wird wurde".split())  # ", wie X sagte", ", hatte X"
_REPORTED = re.compile(r"[,:„“\"»«]|\b(?:dass|ob)\b")
_VERB_FINAL = re.compile(r"\s*(?:[,.;:!?)]|$|(?:hat|hatte|habe|haben|hatten|hätte|sei)\b)")


def german_subject(
    text: str, lo: int, verb_start: int, verb_end: int, hi: int
) -> tuple[int, int] | None:
    """The subject of a German cue verb at text[verb_start:verb_end] in the sentence [lo, hi),
    or None (a passive, or no subject found)."""
    if _PASSIVE.match(text, verb_end):
        return None
    if text[verb_start:verb_end] in _NENNEN and (
        _NAMING_AFTER.match(text, verb_end)
        or " sich " in text[max(lo, verb_start - 30) : verb_start]
    ):
        return None  # "nennt sich X", "nannte man Y", "wie er sich nannte": naming, not saying
    lo = max(lo, verb_start - SUBJECT_WINDOW)
    titles = [t.span() for t in _TITLE.finditer(text, lo, verb_start)]
    bounds = [
        m.end()
        for m in _PARTS.finditer(text, lo, verb_start)
        if not any(a <= m.start() < b for a, b in titles)  # "die „Bild“-Zeitung"
    ]
    clause = bounds[-1] if bounds else lo
    prefix = text[clause:verb_start].split()
    # after a comma: an apposition ends ("X, der Direktor, sagte …") or a clause that was said
    opener = text[lo:verb_start].split()[:1]
    apposed = (  # not "Für die Verfassung, die X ansieht, gab Y …": a phrase, not a subject
        len(bounds) >= 2
        and not _FINITE.search(text, lo, clause)
        and not (opener and _clean_word(opener[0]) in _NOT_SUBJECT - _NOMINATIVE - _FOCUS)
    )
    quoted = _QUOTED.search(text, clause, verb_start) if text[verb_start] == "z" else None
    if quoted:  # "X wird (von Y) mit den Worten zitiert", "…, wird X zitiert": X speaks
        if not text[clause : quoted.start()].strip():
            if apposed:
                return subject_before(text, lo, quoted.start())
            return subject_after(text, quoted.end(), verb_start)
        if _clean_word(prefix[0]) in _NOT_SUBJECT:  # "Zur Lage wird X so zitiert"
            return subject_after(text, quoted.end(), verb_start)
        return _phrase(text, clause, quoted.start(), backward=False)
    agent = _AGENT.search(text, clause, verb_start)
    if agent:  # "X wurde von der Ministerin als unrealistisch bezeichnet"
        return _phrase(text, agent.end(), verb_start, backward=False)
    fronted = _FRONT_AGENT.match(text, clause, verb_start)
    if fronted:  # "Von der Opposition wurde der Besuch als unangemessen kritisiert"
        return fronted.span(1)
    if _PASSIVE_AUX.search(text, clause, verb_start):
        return None  # "Bis Montag wurden keine Schäden berichtet": nobody speaks
    wie = None
    if _VERB_FINAL.match(text, verb_end) and "ie" in text[lo:verb_start]:
        wie = next(reversed(list(_WIE.finditer(text, lo, verb_start))), None)
    if wie and not _STOPS.search(
        text, wie.end(), verb_start
    ):  # "Wie X, Sprecher der Y, in Z mitteilte"
        return _wie_subject(text, wie.end(), verb_start)
    if not prefix:
        if apposed or _APPOSED.match(text, lo, verb_start):
            return subject_before(text, lo, verb_start)
        skip = _SKIP.match(text, verb_end, hi)
        after = skip.end() if skip else verb_end  # "…, teilte später der Direktor mit"
        if clause > lo and _starts_subject(text, after, hi):
            span = _after(text, after, hi)  # "…, sagte der Sprecher"
            if span:
                return span
        return subject_before(text, lo, verb_start) if clause > lo else None
    first = _clean_word(prefix[0])
    if first in _SUBORDINATE and _VERB_FINAL.match(text, verb_end):
        start = text.index(prefix[0], clause) + len(prefix[0])
        return _phrase(text, start, verb_start, backward=False)  # "wie die Polizei mitteilte"
    aux = _AUX.search(text, clause, verb_start)
    if aux and not text[clause : aux.start()].strip():
        if apposed:  # "X, der Sprecher, hat … erklärt"
            return subject_before(text, lo, aux.start())
        return subject_after(text, aux.end(), verb_start)  # "…, hatte X damals gesagt"
    if len(prefix) > 1 and _clean_word(prefix[-1]) in ("und", "aber", "sondern"):
        if clause > lo and prefix[0][:1].islower() and first not in _NOMINATIVE:
            # "X, der Y, dankte den Menschen und ergänzte": the first verb's subject
            v = clause + text[clause:].index(prefix[0])
            return german_subject(text, lo, v, v + len(prefix[0]), verb_start)
        return _phrase(text, clause, verb_start, backward=False)  # "X war da und sagte, …"
    if first in _FOCUS and len(prefix) > 1 and _opens_subject(prefix[1]):
        first = _clean_word(prefix[1])  # "Auch der Minister sagte", "Selbst Merkel erklärte"
    counted = (  # "80 Prozent befürworteten", not "Um 10 Uhr meldete"
        clause == lo
        and first[:1].isdigit()
        and len(prefix) > 1
        and prefix[1][:1].isupper()
        and _clean_word(prefix[1]) not in _UNITS
    )
    # "Offiziell geht die Regierung …", "Besorgt äußerte sich X", "Ende Januar verkündete X"
    adverb = len(prefix) == 1 and (_ADVERB.search(first) or _MOOD.fullmatch(first))
    if (
        adverb
        or (first in _NOT_SUBJECT and not (first == "das" and len(prefix) > 1))
        or (not prefix[0][:1].isupper() and first not in _NOMINATIVE and not counted)
        or first in lexicon_de.ADVERBS
        or any(_clean_word(w) in lexicon_de.MONTHS for w in prefix[:3])
    ):
        if aux:  # "Am Montag hat die Polizei erklärt"
            return _after(text, aux.end(), verb_start)
        return _after(text, verb_end, hi)  # "Weiter sagte der Sprecher"
    if aux:  # "Die Polizei hat am Montag erklärt"
        return _phrase(text, clause, aux.start(), backward=False)
    span = None
    if clause == lo and _clean_word(prefix[0]) in _NOMINATIVE:  # "Das Komitee in Oslo würdigte"
        np = _SUBJECT_NP.match(text, clause, verb_start)
        span = np.span(1) if np else None  # "Ein Sprecher des saarländischen Ministeriums"
    span = span or subject_before(text, lo, verb_start)
    if span and _abstract(text[span[0] : span[1]]) and _starts_subject(text, verb_end, hi):
        return _after(text, verb_end, hi) or span  # "Die Verschiebung bezeichnete Conze als …"
    return span


_NAME_PART = re.compile(r"\s*((?:[A-ZÄÖÜ][\w.’'-]*\s+){0,3}[A-ZÄÖÜ][\w’'-]*)\s*,")


def _wie_subject(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The subject of "Wie X mitteilte": the name of "Wie der Sprecher, Jan Voss, mitteilte"."""
    stop = text.find(",", a, b)
    if stop > 0:
        name = _NAME_PART.match(text, stop + 1, b)
        if name:
            return name.span(1)
    return _phrase(text, a, stop if stop > 0 else b, False, lenient=True)


def _opens_subject(word: str) -> bool:
    low = _clean_word(word)
    return low in _NOMINATIVE or (word[:1].isupper() and low not in _NOT_SUBJECT)


_LOWER_STOP = re.compile(r"\s+(?!(?:der|des|von|vom|und|aus|für|de|da|del|van|al|bin)\b)[a-zäöüß]")


def _after(text: str, a: int, hi: int) -> tuple[int, int] | None:
    """The subject after an inverted German verb, ended by the first lower-case word after
    a capitalised one ("der Richter | jeweils eine Geldstrafe"): German nouns are capitalised."""
    skip = _SKIP.match(text, a, hi)
    np = _SUBJECT_NP.match(text, skip.end() if skip else a, hi)
    if np:
        return np.span(1)  # "der neuseeländische Premierminister John Key"
    title = _TITLE_AFTER.match(text, a, hi)
    if title:
        return title.span(1)  # "…, zitiert „BBC News“ aus …"
    span = subject_after(text, a, hi)
    if span is None:
        return None
    caps = re.search(r"\b[A-ZÄÖÜ]", text[span[0] : span[1]])
    if caps:
        cut = _LOWER_STOP.search(text, span[0] + caps.start(), span[1])
        if cut:
            return span[0], cut.start()
    return span


_ADJS = r"[a-zäöüß][\w-]*(?:e|en|er|es|em)"  # "saudi-arabischen"
_CAP = r"(?:[a-z]{1,3}-)?[A-ZÄÖÜ][\w&’'-]*"  # "Jan", "al-Omair"
_CAPS = rf"{_CAP}(?:\s+{_CAP}){{0,3}}"
_SUBJECT_NP = re.compile(
    rf"\s*((?:[Dd](?:er|ie|as)|[Ee]ine?)\s+(?:{_ADJS}\s+){{0,3}}{_CAPS}"
    rf"(?:\s+(?:der|des|von|vom|für)\s+(?:{_ADJS}\s+){{0,2}}{_CAPS})?)(?![\w&’'-])"
)
_WIE = re.compile(
    r"(?:^|(?<=[,.:;]\s)|(?<=\n)|(?<=^\W))[Ww]ie\s+"
    r"(?=[„»\"]|[A-ZÄÖÜ]|der |die |das |[a-z][\w-]*\.(?:de|com|net|org|at|ch)\b)"
)
_STOPS = re.compile(r"[.;:!?](?:\s|$)")
_UNITS = lexicon_de.MONTHS | frozenset("uhr jahre jahren tage tagen wochen monate monaten".split())
_SKIP = re.compile(
    r"(?:\s+(?:später|zudem|weiter|auch|noch|dann|jetzt|nun|bereits|heute|gestern|zuvor|"
    r"außerdem|ebenfalls|dabei|daraufhin|damals|inzwischen|zuletzt|erneut|abschließend|"
    r"ferner|schließlich|allerdings|jedoch|aber|dazu|hierzu|darin|darauf|dort|offiziell))+\b"
)


def _starts_subject(text: str, a: int, hi: int) -> bool:
    """The words after an inverted verb start its subject ("der Sprecher", "Anna Weber")."""
    m = re.compile(r"\s*(\S+)").match(text, a, hi)
    if not m:
        return False
    w = m.group(1).lstrip('„»"')
    low = _clean_word(w)
    return low in _NOMINATIVE or (w[:1].isupper() and low not in _NOT_SUBJECT)


def _before_zufolge(text: str, s: int, z: int) -> tuple[int, int] | None:
    """The whole phrase before "zufolge" when the last words name nobody on their own ("Dem
    Sender al-Dschasira zufolge", "Ersten Angaben vom Mittwoch zufolge")."""
    a = max([s] + [m.end() for m in _PARTS.finditer(text, s, z)])
    words = text[a:z].split()
    if not 1 <= len(words) <= 8 or not any(w[:1].isupper() for w in words[1:] or words):
        return None
    a = text.index(words[0], a)
    return a, a + len(text[a:z].rstrip())


def reports(text: str, s: int, e: int, cue: re.Match[str]) -> bool:
    """A German cue frames reported words: some follow it (", dass", ":", a quote), come
    before it in the sentence ("Der Plan sei gut, sagte X"), or are its object ("sprach von
    einem Erfolg", "nannte den Plan gut")."""
    verb = cue.group(1).lower()
    if verb in lexicon_de.NP_CONTENT or _REPORTED.search(text, cue.end(), e):
        return True
    if lexicon_de.framed(verb, text, cue.end()):
        return True  # "hält den Plan für richtig": the object is what is held
    if _FRONT_AGENT.match(text, s, cue.start()):
        return True  # "Von X wurde der Plan kritisiert": the plan is what X said
    if text[s : cue.start()].split() in (["Dies"], ["Das"]):
        return True  # "Dies bestätigte X.": what was said is the sentence before
    bounds = [m.end() for m in _PARTS.finditer(text, s, cue.start())]
    clause = text[bounds[-1] : cue.start()].split() if bounds else []
    # "…, sagte X" or "…, wie X mitteilte": the sentence before the comma is what was said
    return bool(bounds) and (not clause or clause[0].lower() in _INVERTED)


_COLON_INTRO = re.compile(r"\s*([^\s:.;!?„“”\"»«][^:.;!?„“”\"»«]{1,100}?):\s*")
_INFO_OF = re.compile(
    rf"(?:[\w-]+\s+){{0,3}}?[\w-]*(?:{lexicon_de.INFO_NOUNS})\s+(?:der|des|von|vom)\s+[„»\"]?"
)
# a noun phrase: article, lower-case adjectives, a capitalised head run, a genitive after it
_NAME_RUN = r"(?:[a-z]{1,3}-)?[A-ZÄÖÜ][\w.&-]*(?:\s+[A-ZÄÖÜ][\w.&-]*){0,3}"
_ADJ = r"[a-zäöüß][\w-]*(?:e|en|er|es|em)"  # "schleswig-holsteinischen"
_DOMAIN = r"[a-z][\w-]*\.(?:de|com|net|org|at|ch|eu)\b"
_GERMAN_NP = re.compile(
    r"[„»\"]?((?:(?:der|des|dem|den|die|einer|eines|einem|ihrer|seiner|ihren|seinen|eigenen)\s+)?"
    rf"(?:{_ADJ}\s+){{0,2}}(?:{_NAME_RUN}|{_DOMAIN})"
    rf"(?:\s+(?:der|des|von|vom)\s+(?:{_ADJ}\s+){{0,2}}{_NAME_RUN})?)"
)
_HEISST_VON = ("von", "vom", "aus", "seitens", "in", "im", "bei", "beim")


def colon_intro(text: str, lo: int, qs: int) -> tuple[int, int] | None:
    """The speaker of 'Polizeisprecher Jonas Wolf: „…“' or 'Jane Doe, Sprecherin: »…«' (a name
    before the first comma, else the phrase before the colon), for German quote marks only."""
    intro = _COLON_INTRO.fullmatch(text, lo, qs) if lo < qs and text[qs] in "„»" else None
    if not intro:
        return None
    a, b = intro.span(1)
    comma = text.find(",", a, b)
    span = _phrase(text, a, comma if comma > 0 else b, backward=True)
    lead = text[a : span[0]].split() if span else []
    if span and text[span[1] - 1].isalpha() and text[span[0]].isupper():
        one = text[span[0] : span[1]]
        single = " " not in one and _ADVERB.search(one.lower())
        if all(_clean_word(w) in _NOMINATIVE for w in lead) and not single:  # not "Höhnisch, …"
            return span
    # "Die Firma empfindet die Kritik als ungerecht: „…“": the clause's subject speaks
    return german_topic(text, a, b) if text[a].isupper() else None


def info_source(text: str, acc: re.Match[str], e: int) -> tuple[int, int] | None:
    """The source after German "laut", "gemäß", "nach": the paper of "nach einem Bericht der
    „Zeitung“", the noun phrase of "laut der Netzzeitung" (not the words after it)."""
    if acc.group(1)[:1] not in "LlGgNn":
        return None
    of = _INFO_OF.match(text, acc.end(), e)
    np = _GERMAN_NP.match(text, of.end() if of else acc.end(), e)
    if np:
        head = text[np.start(1) : np.end(1)].split()
        if len(head) > 2 and head[0].isupper() and head[1] in ("der", "des"):
            return np.start(1), np.start(1) + len(head[0])  # "der NASA | der überwiegende Teil"
        return np.span(1)
    return subject_after(text, of.end(), e, lenient=True) if of else None


def german_frame(text: str, s: int, e: int) -> tuple[tuple[int, int], str, int, int] | None:
    """(speaker span, cue, frame start, frame end) of "In der Mitteilung heißt es, …",
    "…, hieß es vom Ministerium" or "Der Polizei zufolge …" in the sentence [s, e)."""
    sentence = text[s:e]
    hz = _HEISST.search(text, s, e) if "ie" in sentence else None
    if hz:  # the document or the body that "says": after "hieß es vom …", else before it
        after = hz.group().endswith(_HEISST_VON)
        span = subject_after(text, hz.end(), e, lenient=True) if after else None
        span = span or subject_before(text, s, hz.start())
        if span:
            return span, "heißt es", min(span[0], hz.start()), max(span[1], hz.end())
    z = _ZUFOLGE.search(text, s, e) if "zufolge" in sentence else None
    if z:
        span = subject_before(text, s, z.start())
        if not span or _DAY.match(_clean_word(text[span[0] : span[1]].split()[-1])):
            span = _before_zufolge(text, s, z.start())  # "Angaben vom Mittwoch zufolge"
        if span:
            return span, "zufolge", span[0], z.end()
    return None


_DAY = re.compile(r"(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|januar|februar|märz|mai|juni")
_GIVEN = lexicon.MALE_NAMES | lexicon.FEMALE_NAMES
_ATTACH = frozenset("des der von vom für".split())
_ARTICLES = frozenset("der die das ein eine einer eines einem den dem des".split())


def german_body(phrase: str) -> str | None:
    """A German body named with an attachment, kept whole without its article and adjectives:
    "Ein Sprecher des saudi-arabischen Ministeriums" -> "Sprecher des saudi-arabischen
    Ministeriums", "Das Landesamt für Gesundheit" -> "Landesamt für Gesundheit". None when
    the phrase has no attachment or ends in a person's name (the general rules apply)."""
    words = phrase.split()
    while words and (_clean_word(words[0]) in _ARTICLES or words[0][:1].islower()):
        words = words[1:]
    at = next((i for i, w in enumerate(words) if i and w in _ATTACH), 0)
    if not at or not words[at - 1][:1].isupper() or not words[-1][:1].isupper():
        return None
    if words[at - 1].isupper() or _DAY.match(_clean_word(words[-1])):
        return None  # "NASA der …", "Polizei vom Dienstag": no body's attachment
    if at >= 2 and _clean_word(words[0]) in _GIVEN:
        return " ".join(words[:at])  # "Patrick Breyer vom Arbeitskreis X"
    tail = [w for w in words[at + 1 :] if w[:1].isupper()]
    if len(tail) >= 2 and _clean_word(tail[-2]) in _GIVEN:
        return " ".join(tail[-2:])  # "Das Fazit von Sandra Boser": the name speaks
    return " ".join(words)


STRICT_DE = re.compile(
    r"\b(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|liege|stehe|gelte|komme|"
    r"gehe|fehle|bleibe|wisse|brauche|handle|handele)\b"
)
_NAME_SUBJECT = re.compile(rf"\s*({_CAPS})\s+(?=[a-zäöüß])")


def german_topic(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The subject that opens a German sentence ("Der Iran streitet dies ab."): a noun phrase
    with an article or a name run before a lower-case verb."""
    np = _SUBJECT_NP.match(text, s, e) or _NAME_SUBJECT.match(text, s, e)
    if np is None or not _speaks(np.group(1)):
        return None
    rest = text[np.end(1) : e].split()
    if not rest or not rest[0][:1].islower() or _clean_word(rest[0]) in _NOMINATIVE:
        return None
    return np.span(1)


_SPEAKING = re.compile(
    r"(?:sprecher|sprecherin|minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|"
    r"chefin|leiter|leiterin|vorsitzende|vorsitzender|direktor|direktorin|polizei|regierung|"
    r"ministerium|gericht|amt|behörde|behörden|partei|fraktion|verband|gewerkschaft|agentur|"
    r"zeitung|sender|experte|expertin|experten|anwalt|anwältin|staatsanwaltschaft|kommission|"
    r"bürgermeister|bürgermeisterin|unternehmen|konzern|institut|organisation|forscher|"
    r"wissenschaftler|ärzte|richter|richterin|opposition|botschaft|bericht|studie|firma|verein|"
    r"stadt|gemeinde|bank|klinik|universität|kirche|armee|militär|rat|union|team|club)$"
)


def _speaks(phrase: str) -> bool:
    """A phrase whose head names someone who speaks (a role, a body, a person's name)."""
    heads = [w for w in phrase.split() if w[:1].isupper() and _clean_word(w) not in _NOMINATIVE]
    return bool(heads) and (
        bool(_SPEAKING.search(_clean_word(heads[0])))
        or any(_clean_word(w) in _GIVEN for w in heads[:-1] or heads)
    )


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
