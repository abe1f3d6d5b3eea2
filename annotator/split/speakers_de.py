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
from typing import Final

from annotator.split import lexicon_de
from annotator.split.marked_subjects_de import GO_ON, framed_apart, marked_subject
from annotator.split.noun_phrases_de import PARTICIPLE_NP, SUBJECT_NP
from annotator.split.speakers import (
    _clean_word,
    subject_before,
)
from annotator.split.subject_spans_de import (
    after_span,
    bare_with_place,
    cut_lower,
    first_verb,
    forward_span,
    with_place,
)
from annotator.split.subject_trims_de import glued_heading, subject_before_paren
from annotator.split.subject_words_de import (
    _CAUSAL,
    _FINITE,
    _FOCUS,
    _JOINING,
    _NOMINATIVE,
    _NOT_SUBJECT,
    _SKIP,
    _SUBORDINATE,
    PRONOMINAL,
    _abstract,
    _opens_subject,
    _relative_apposed,
    _starts_subject,
    opening_name,
)
from annotator.split.verb_clause_de import TIME_FRONT, Clause, clause_of
from annotator.split.verb_final_de import (
    _NAME_PART,
    _RELATIVE_NAME,
    _RELATIVE_OPEN,
    _VERB_FINAL,
    _antecedent,
    _relative,
)

_AUX: Final = re.compile(r"\b(?:hat|hatte|haben|hatten|habe|hätte)\b")
# the auxiliary of a perfect with "sein": "war … davon ausgegangen"
_AUX_SEIN: Final = re.compile(r"\b(?:ist|war|sind|waren|sei|seien|wäre|wären)\b")
# adverb endings ("Offiziell", "Bisher", "Erstens"), not nouns in -er/-ens ("Forscher", "Siemens")
_ADVERB: Final = re.compile(
    r"(?:lich|ig|isch|iell|uell|nell|weise|dings|falls|mals|tens|gens|wärts|dem|(?<!ab|ug)end|lang|"
    r"(?:bis|vor|da|nach|seit)her|(?:weiter|immer|ohne|da)hin)$"
)
# "der" + an adjective in -en + a noun is dative or genitive, never a subject: "Der neuen
# Zeitung sagte X" (the nominative is "Der neue Minister")
_OBLIQUE: Final = re.compile(r"\s*Der\s+[a-zäöüß][\w-]*en\s+[A-ZÄÖÜ]")
_NOBLE: Final = re.compile(r"\s*((?:Von|Van|Zu)\s+(?:der\s+|dem\s+|den\s+)?[A-ZÄÖÜ][\w-]+)\s*")
_BARE_NOBLE: Final = re.compile(r"\s*((?:Von|Van|Zu)\s+[A-ZÄÖÜ][\w-]+)\s*")  # no article: a name
_MAN: Final = re.compile(r"\s+man\b")
_CLOSING: Final = '“”"«'
_MOOD: Final = re.compile(r"(?:be|er|ent|ver|ge|über)\w+t|zufrieden|gelassen|empört")
_APPOSED: Final = re.compile(
    r"\s*(?:(?:Der|Die|Das)\s+)?(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}[A-ZÄÖÜ][\w.-]*,\s+"
    r"(?:der|die|das|ein|eine|ehemalige[rn]?|stellvertretende[rn]?)\s[^,;:„“\"»«]+,\s*$"
)
_BACK: Final = ("das", "dies")  # "…, das sagte X": the clause before the comma is what was said
_ADVERB_PREP: Final = frozenset("zu zum zur für mit auf nach gegen über unter bei an".split())


def german_subject(
    text: str, lo: int, verb_start: int, verb_end: int, hi: int
) -> tuple[int, int] | None:
    """The subject of a German cue verb at text[verb_start:verb_end] in the sentence [lo, hi),
    or None (a passive, or no subject found)."""
    found = framed_apart(text, lo, verb_start, verb_end, hi)
    if found != GO_ON:
        return found
    if text[lo - 1 : lo] == "\n" and (heading := glued_heading(text, lo, verb_start)):
        lo = heading  # "Neue Pläne Im Mai hatte X verkündet": a section heading, no subject
    c = clause_of(text, lo, verb_start, verb_end, hi)
    found = marked_subject(c)
    if found != GO_ON:
        return found
    if not c.prefix:
        return _no_words_before(c)
    first = _clean_word(c.prefix[0])
    found = _relative_subject(c, first)
    if found != GO_ON:
        return found
    if first in _SUBORDINATE and _VERB_FINAL.match(text, verb_end):
        c.start = text.index(c.prefix[0], c.clause) + len(c.prefix[0])  # the clause's own start
        span = forward_span(text, c.start, verb_start)  # "wie die Polizei mitteilte"
        # "da die Partei angekündigt hatte": a noun phrase; "da sie befürchtete" goes on below
        if first not in _CAUSAL or (span and text[span[0] : span[1]].split()[-1][:1].isupper()):
            return span
    if c.clause > c.lo and len(c.prefix) == 1 and first in ("und", "aber", "oder", "sondern"):
        # "X erklärte, es sei …, und verglich die Lage …": the verb has no subject of its own,
        # the sentence's first one speaks (never the object after the verb)
        opening = SUBJECT_NP.match(text, c.start, c.clause)
        return opening.span(1) if opening else None
    sein = text.endswith("gangen", 0, verb_end)  # "ist davon ausgegangen", not "hat"
    aux = (_AUX_SEIN if sein else _AUX).search(text, c.clause, verb_start)
    if aux and not text[c.clause : aux.start()].strip():
        if c.apposed or _relative_apposed(text, c.start, c.lo, c.bounds):  # "X, der Y, hat …"
            return opening_name(text, c.lo, aux.start()) or subject_before(text, c.lo, aux.start())
        return after_span(text, aux.end(), verb_start)  # "…, hatte X damals gesagt"
    if len(c.prefix) > 1 and _clean_word(c.prefix[-1]) in ("und", "aber", "sondern"):
        return _joined_verb_subject(c, first)
    joined = _joined_subject(c, first)
    if joined:  # "Die Lage ist ernst und die Anwohner befürchten, …": a new subject of its own
        return joined
    head, first = _after_focus(c, first)
    np = PARTICIPLE_NP.match(text, c.clause, verb_start) if c.clause == c.lo and not aux else None
    if np and text[np.end() : verb_start].split()[:1] in ([], ["wie"], ["und"]):
        return np.span(1)  # "Im Exil lebende Uiguren weisen … zurück"
    if _fronted(c, first, aux):
        return _subject_after_front(c, first, head, aux)
    if aux:  # "Die Polizei hat am Montag erklärt"
        return forward_span(text, head, aux.start())
    return _subject_in_front(c, first, head)


def _no_words_before(c: Clause) -> tuple[int, int] | None:
    """The verb opens its clause: an apposition before it ("Jan Roth, Minister für X, sagte"),
    the subject after it ("…, sagte der Sprecher") or the clause before the comma's."""
    text, lo, clause, verb_start = c.text, c.lo, c.clause, c.verb_start
    if c.apposed or _APPOSED.match(text, lo, verb_start):  # "Jan Roth, Minister für X, sagte"
        return opening_name(text, lo, verb_start) or subject_before_paren(text, lo, verb_start)
    skip = _SKIP.match(text, c.verb_end, c.hi)
    after = skip.end() if skip else c.verb_end  # "…, teilte später der Direktor mit"
    # not after a relative clause closed by its auxiliary: "X, die … erregt hatte, kritisierte
    # die Wahl": X speaks, the noun after the verb is its object
    if (
        clause > lo
        and _starts_subject(text, after, c.hi)
        and not _RELATIVE_OPEN.match(text, lo, clause)
    ):
        span = after_span(text, after, c.hi)  # "…, sagte der Sprecher"
        if span:
            return span
    if text[lo:clause].rstrip(" ,")[-1:] in _CLOSING:
        return None  # "„… aller Zeiten“, zitiert …": not a word of the quote
    if lo == c.start and len(c.bounds) == 1 and _main_clause(text, lo, clause - 1):
        return cut_lower(text, forward_span(text, lo, clause - 1))  # "X besuchte Y, sagte …"
    return subject_before(text, lo, verb_start) if clause > lo else None


def _relative_subject(c: Clause, first: str) -> tuple[int, int] | None:
    """A name in a relative clause ("…, die Jan Roth zum Ziel erklärt hatte"), the antecedent of
    a relative pronoun ("…, Jan Roth, der sagte, …") or a name before "der Präsident …";
    else `GO_ON`."""
    text, lo, clause, verb_start, verb_end = c.text, c.lo, c.clause, c.verb_start, c.verb_end
    comma = text.rfind(",", lo, verb_start)
    named = _RELATIVE_NAME.match(text, comma + 1, verb_start) if comma >= 0 else None
    if named and _VERB_FINAL.match(text, verb_end):
        return named.span(1)  # "…, die Jan Roth zum Ziel erklärt hatte": the name speaks
    if _relative(text, lo, clause, c.prefix, verb_end):  # "…, Jan Roth, der sagte, …"
        return _antecedent(text, lo, clause)
    name = _NAME_PART.fullmatch(text, lo, clause) if len(c.bounds) == 1 and lo == c.start else None
    if name and first in ("der", "die") and len(c.prefix) > 1 and c.prefix[1][:1].isupper():
        if not _VERB_FINAL.match(text, verb_end) and not _FINITE.search(text, clause, verb_start):
            return name.span(1)  # "Jan Roth, der Präsident des Rates sagte …": left open
    return GO_ON


def _joined_verb_subject(c: Clause, first: str) -> tuple[int, int] | None:
    """The verb after "und" ("X war da und sagte, …"): the first verb's subject."""
    text, lo, clause, start, verb_start, prefix = (
        c.text, c.lo, c.clause, c.start, c.verb_start, c.prefix
    )  # fmt: skip
    if clause > lo and prefix[0][:1].islower() and first not in _NOMINATIVE:
        # "X, der Y, dankte den Menschen und ergänzte": the first verb's subject
        v = clause + text[clause:].index(prefix[0])
        span = german_subject(text, lo, v, v + len(prefix[0]), verb_start)
        opening_word = _clean_word(text[start:clause].split()[0])
        led_in = (
            opening_word in _SUBORDINATE
            or opening_word in _NOT_SUBJECT
            or opening_word in lexicon_de.ADVERBS
        )
        if span and span[0] > v and text[start:clause].lstrip()[:1].isupper() and not led_in:
            # "X möchte …, nimmt Y in Schutz und warnt": X, not the object after "nimmt"
            return cut_lower(text, forward_span(text, start, clause))
        return span
    # "X war da und sagte, …": the noun phrase before the first verb ("Der Minister |
    # reiste … und betonte"), not the verb with it
    if first in _NOT_SUBJECT or first in lexicon_de.ADVERBS:  # "Offenbar gab X … und bat"
        # "In seiner Rede lobte X … und nannte": X after the verb
        verb = first_verb(text, clause, verb_start)
        return after_span(text, verb, verb_start) if verb else None
    return cut_lower(text, forward_span(text, clause, verb_start))


def _joined_subject(c: Clause, first: str) -> tuple[int, int] | None:
    """A subject of its own after "und" and a clause with its verb ("Die Lage ist ernst und die
    Anwohner befürchten, …"), or None."""
    text, clause, verb_start, prefix = c.text, c.clause, c.verb_start, c.prefix
    relative = clause > c.lo and first in ("der", "die", "das", "welche", "welcher", "welches")
    own = len(prefix) > 3 and not relative and first not in _SUBORDINATE
    joined = _JOINED_NP.search(text, clause, verb_start) if own else None
    np = SUBJECT_NP.match(text, joined.end(), verb_start) if joined else None
    if joined and np and not text[np.end(1) : verb_start].strip():
        if first_verb(text, clause, joined.start()):
            return np.span(1)
    return None


def _after_focus(c: Clause, first: str) -> tuple[int, str]:
    """Where the subject starts and its first word: after a focus word ("Auch der Minister
    sagte", "Selbst Merkel erklärte")."""
    prefix = c.prefix
    if (first in _FOCUS or first in _JOINING) and len(prefix) > 1 and _opens_subject(prefix[1]):
        return c.text.index(prefix[1], c.clause + len(prefix[0])), _clean_word(prefix[1])
    return c.clause, first


def _fronted(c: Clause, first: str, aux: re.Match[str] | None) -> bool:
    """Another phrase than the subject opens the clause, the subject follows the verb: an
    adverb, a time, a phrase pointing back ("…, das teilte die Stadt mit"), an object."""
    text, clause, verb_start, prefix = c.text, c.clause, c.verb_start, c.prefix
    counted = (  # "80 Prozent befürworteten", not "Um 10 Uhr meldete"
        clause == c.lo
        and first[:1].isdigit()
        and len(prefix) > 1
        and prefix[1][:1].isupper()
        and _clean_word(prefix[1]) not in _UNITS
    )
    # "Offiziell geht die Regierung …", "Besorgt äußerte sich X", "Ende Januar verkündete X"
    # "Monatelang hat X … bestritten": the one word before the auxiliary
    alone = len(prefix) == 1 or bool(aux and len(text[clause : aux.start()].split()) == 1)
    adverb = alone and bool(_ADVERB.search(first) or _MOOD.fullmatch(first))
    # "Passend zu den Gefahren warnte X", "Stellvertretend für die Kommission empfahl X"
    adverb = adverb or bool(
        len(prefix) > 1 and _ADVERB.search(first) and _clean_word(prefix[1]) in _ADVERB_PREP
    )
    # "…, das teilte die Stadt mit", "…, dies hat X bestätigt": the object points back
    alone_back = aux is not None and not text[clause : aux.start()].split()[1:]  # "Dies hat X"
    back = first in _BACK and (len(prefix) == 1 or alone_back)
    return bool(
        adverb
        or (back and _starts_subject(text, aux.end() if aux else c.verb_end, c.hi))
        or TIME_FRONT.match(text, clause, verb_start)
        or (first in _NOT_SUBJECT and not (first == "das" and len(prefix) > 1))
        or (first == "bis" and prefix[1:2] != ["zu"])  # "Bis jetzt hat X", not "Bis zu 90 Gäste"
        or PRONOMINAL.fullmatch(first)  # "Davon geht X aus", "Dafür sprach sich X aus"
        or _OBLIQUE.match(text, clause, verb_start)  # "Der englischen Zeitung sagte X"
        or (not prefix[0][:1].isupper() and first not in _NOMINATIVE and not counted)
        or first in lexicon_de.ADVERBS
        or any(_clean_word(w) in lexicon_de.MONTHS for w in prefix[:3])
    )


def _subject_after_front(
    c: Clause, first: str, head: int, aux: re.Match[str] | None
) -> tuple[int, int] | None:
    """The subject after the verb (or its auxiliary) of a clause another phrase opens."""
    text, clause, verb_start, verb_end, hi = c.text, c.clause, c.verb_start, c.verb_end, c.hi
    if first == "aus" and text.startswith("verlaut", verb_start):
        # "Aus EU-Kreisen verlautete"
        return forward_span(text, head + len(c.prefix[0]), verb_start)
    bare = _BARE_NOBLE.fullmatch(text, clause, aux.start()) if aux else None
    if aux and bare and not _starts_subject(text, aux.end(), verb_start):
        return bare.span(1)  # "Zu Guttenberg hatte … eingeräumt" (not "Zu den Feiern")
    if aux:  # "Am Montag hat die Polizei erklärt"
        return after_span(text, aux.end(), verb_start)
    if _MAN.match(text, verb_end) and text[verb_start] != "z":
        return None  # "Als Lichtjahr bezeichnet man …": nobody in particular speaks
    noble = _NOBLE.fullmatch(text, clause, verb_start)
    if noble and not _starts_subject(text, verb_end, hi):
        return noble.span(1)  # "Von der Leyen betonte, …": a name, no fronted phrase
    span = after_span(text, verb_end, hi)  # "Weiter sagte der Sprecher"
    von = text.find(" von ", *span) if span and text.startswith("spr", verb_start) else -1
    return (span[0], von) if span and von > 0 else span  # "spricht X | von einem Erfolg"


def _subject_in_front(c: Clause, first: str, head: int) -> tuple[int, int] | None:
    """The subject that opens the clause ("Das Komitee in Oslo würdigte", "Anna Roth selbst
    schrieb"), or the one after the verb when it is an abstract noun's object."""
    text, lo, clause, verb_start, verb_end = c.text, c.lo, c.clause, c.verb_start, c.verb_end
    span = None
    if clause == lo and first in _NOMINATIVE:  # "Das Komitee in Oslo würdigte"
        np = SUBJECT_NP.match(text, head, verb_start)  # "Ein Sprecher des … Ministeriums"
        span = with_place(text, np, verb_start) if np else None  # "Die Winzer im Ahrtal"
    end = verb_start  # "Anna Roth selbst schrieb", "X dagegen sagte": the name before them
    while (m := _TRAILING.search(text, head, end)) and m.start() > head:
        end = m.start()
    plural = text[verb_end - 1] == "n"  # "Bauern im Allgäu sagten", not "Roth in Kiel sagte"
    if span is None and plural and clause == lo and not _starts_subject(text, verb_end, c.hi):
        span = bare_with_place(text, head, end)  # a bare noun and its place, no article
    span = span or subject_before(text, head if head > clause else lo, end)
    if span and clause == lo and _ATTACHED.search(text, max(head, span[0] - 12), span[0]):
        lead = cut_lower(text, forward_span(text, head, end))  # "Jan Roth vom Institut für
        if lead and lead[1] <= span[0]:  # Geologie in Kiel erklärte": not the place
            span = lead
    if span and _abstract(text[span[0] : span[1]]) and _starts_subject(text, verb_end, c.hi):
        return (
            after_span(text, verb_end, c.hi) or span
        )  # "Die Verschiebung bezeichnete Conze als …"
    return span


# a fronted time phrase, the subject after the verb: "Wenige Stunden nach dem Treffen sagte X"
_JOINED_NP: Final = re.compile(r"\s(?:und|aber|doch|sondern)(?=\s+(?:[Dd](?:er|ie|as)|[Ee]ine?)\s)")
# a place or body attached to the subject before the verb: "… in Edinburgh", "… für Astronomie"
_ATTACHED: Final = re.compile(
    r"\b(?:in|im|aus|bei|beim|für|vom|von|am|an|zur|zum)\s+(?:(?:der|dem|den)\s+)?$"
)


def _main_clause(text: str, a: int, b: int) -> bool:
    """Text[a:b] is a main clause in the indicative opened by its subject ("Der Minister
    besuchte die Stadt"): the verb after the comma shares that subject."""
    words = text[a:b].split()
    return (
        text[b] == ","
        and len(words) > 2
        and _opens_subject(words[0])
        and _clean_word(words[0]) not in lexicon_de.ADVERBS
        and not _ADVERB.search(_clean_word(words[0]))
        and first_verb(text, a, b) is not None
        and not lexicon_de.SUBJUNCTIVE.search(text, a, b)
    )


# words between a subject and its verb: "Anna Roth selbst sagte", "Die Stadt dagegen erklärte"
_TRAILING: Final = re.compile(
    r"\s+(?:selbst|selber|jedoch|dagegen|hingegen|indes|indessen|allerdings|wiederum|"
    r"ihrerseits|seinerseits)\s*$"
)


_UNITS = lexicon_de.MONTHS | frozenset("uhr jahre jahren tage tagen wochen monate monaten".split())
