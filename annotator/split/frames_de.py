"""German frames whose source is a document or a body, not a cue verb's subject: "In der
Mitteilung heißt es, …", "…, hieß es vom Ministerium", "In ersten Meldungen war von … die
Rede", "geht aus dem Bericht hervor", "Wie eine Studie ergab, …", "In dem Bericht steht, dass …",
"Der Polizei zufolge …", a phrase cue whose subject a fronted phrase puts after the verb ("Zudem
hegt die Opposition den Verdacht, …")."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.addressees_de import addressed_document
from annotator.split.cues import _HEISST, _ZUFOLGE
from annotator.split.lexicon_de import PHRASES
from annotator.split.noun_phrases_de import CAPS
from annotator.split.part_marks import PARTS as _PARTS
from annotator.split.sources_de import _ADJ, _DAY, _GERMAN_NP, _WHEN
from annotator.split.speakers import _clean_word, subject_after, subject_before
from annotator.split.unnamed_reports_de import when


def _before_zufolge(text: str, s: int, z: int) -> tuple[int, int] | None:
    """The whole phrase before "zufolge" when the last words name nobody on their own ("Dem
    Sender al-Dschasira zufolge", "Ersten Angaben vom Mittwoch zufolge")."""
    a = max([s] + [m.end() for m in _PARTS.finditer(text, s, z)])
    words = text[a:z].split()
    if not 1 <= len(words) <= 8 or not any(w[:1].isupper() for w in words[1:] or words):
        return None
    a = text.index(words[0], a)
    return a, a + len(text[a:z].rstrip())


_CLOSING: Final = ("“", "”", '"', "«")  # a quote or clause before "heißt es" is what was said
_COMMA_CLOSING: Final = (",", *_CLOSING)
_HEISST_VON: Final = ("von", "vom", "aus", "seitens", "in", "im", "bei", "beim", "auf")
# a date closing the document's phrase before "heißt es": "vom (vergangenen) Freitag"
_DATED_END: Final = re.compile(
    rf"\s+(?:vom|am)\s+(?:{_ADJ}\s+)?(?:\d{{1,2}}\.\s+)?{_WHEN}(?:\s+\d{{4}})?\s*$"
)


def german_frame(text: str, s: int, e: int) -> tuple[tuple[int, int], str, int, int] | None:
    """(speaker span, cue, frame start, frame end) of "In der Mitteilung heißt es, …", "Im
    Bericht hatte es geheißen, …", "…, hieß es vom Ministerium" or "Der Polizei zufolge …" in
    the sentence [s, e)."""
    sentence = text[s:e]
    # a one-character test first ("ß", "v", "z": a `memchr`) spares most scans for the keys
    heisst = "ß" in sentence and (
        "heißt es" in sentence or "hieß es" in sentence or "geheißen" in sentence
    )
    hz = _HEISST.search(text, s, e) if heisst else None
    if hz:  # the document or the body that "says": after "hieß es vom …", else before it
        after = hz.group().endswith(_HEISST_VON)
        span = None
        if after:  # not the one a letter went to: "in dem Schreiben des Vereins an die Polizei"
            span = addressed_document(text, hz.end(), e) or subject_after(text, hz.end(), e, True)
        closes = text[s : hz.start()].rstrip()[-1:] in _COMMA_CLOSING
        if not span and not (closes and not text[hz.end() : e].strip(" .!?")):
            # not "Drei Viertel …, heißt es."; "In der Erklärung vom Freitag": before the date
            dated = _DATED_END.search(text, s, hz.start())
            span = subject_before(text, s, dated.start() if dated else hz.start())
            span = None if span and when(text[span[0] : span[1]]) else span  # "Bisher hieß es"
        if span:
            return span, "heißt es", min(span[0], hz.start()), max(span[1], hz.end())
    ie = "ie " in sentence  # "die Rede" and every `_WIE_SHOWS` match hold it
    rede = _REDE.match(text, s, e) if ie and "die Rede" in sentence else None
    if rede:  # "In ersten Meldungen war von zwei Toten die Rede": the reports speak
        return rede.span(1), "die Rede", rede.start(1), rede.end()
    out = None
    # "Dies geht aus einer Mitteilung hervor.", "Wie aus X hervorgeht"
    if "v" in sentence and "hervor" in sentence:
        out = _HERVOR.search(text, s, e) or _HERVOR_AFTER.search(text, s, e)
    np = _GERMAN_NP.match(text, out.start("doc"), out.end("doc")) if out else None
    if out and np:  # the verb first: "Dies geht …" is said of the sentence before
        verb = out.group("verb") or "geht"
        cue = f"{verb} hervor" if out.group("hervor") == "hervor" else "hervorgeht"
        return np.span(1), cue, np.start(1), out.end()
    # every `_WIE_SHOWS` match holds its verb ("ergab", "zeigt", "belegt", …): most sentences
    # holding "ie " hold none of them, and the pattern is not run there
    finding = ie and ("erg" in sentence or "zeig" in sentence or "beleg" in sentence)
    shows = _WIE_SHOWS.search(text, s, e) if finding else None
    if shows:  # "Wie eine Studie ergab, …", "…, wie die Zählung zeigt.": the study found it
        return shows.span("doc"), shows.group("verb"), shows.start(), shows.end()
    written = None
    if "steht" in sentence:
        written = _STEHT[0].search(text, s, e) or _STEHT[1].search(text, s, e)
    if written:  # "In dem Bericht steht, dass …", "Im Entwurf steht noch der Satz: „…“"
        return written.span("doc"), "steht", written.start(), written.end()
    # a substring test for each object noun of `_SPLIT_CUES` (spelt out: no loop a sentence);
    # most sentences hold none and the pattern is not run there
    held = (
        "Verdacht" in sentence
        or "Ansicht" in sentence
        or "Auffassung" in sentence
        or "Meinung" in sentence
        or "These" in sentence
    )
    split = _SPLIT_PHRASE.search(text, s, e) if held else None
    if split and f"{split.group('verb')} {split.group('obj')}" in _SPLIT_CUES:
        cue = f"{split.group('verb')} {split.group('obj')}".lower()  # "hegt … den Verdacht"
        return split.span("np"), cue, split.start("verb"), split.end("obj")
    z = _ZUFOLGE.search(text, s, e) if "z" in sentence and "zufolge" in sentence else None
    if z:
        span = subject_before(text, s, z.start())
        if not span or _DAY.match(_clean_word(text[span[0] : span[1]].split()[-1])):
            span = _before_zufolge(text, s, z.start())  # "Angaben vom Mittwoch zufolge"
        if span:
            return span, "zufolge", span[0], z.end()
    return None


# a report that opens the sentence, then "war von … die Rede": "In einem Brief (an die
# Mitglieder) war von einer Einigung die Rede" (not a place: "In Berlin war von … die Rede")
_REDE: Final = re.compile(
    r"\s*(?:In|Im)\s+(?:(?:einem|einer|der|dem|den|ersten|seinem|seiner|ihrem|ihrer)\s+)?"
    r"((?:[a-zäöüß][\w-]*\s+){0,2}(?=[A-ZÄÖÜ])[\w-]*?(?:[Mm]eldung|[Mm]eldungen|[Bb]ericht|[Bb]erichten|"
    r"[Ss]chreiben|[Bb]rief|[Ee]rklärung|[Mm]itteilung|[Aa]rtikel|[Ss]tudie|[Mm]edien|[Zz]eitung|"
    r"[Ii]nterview)(?:\s+(?:von|vom|der|des)\s+[^,.;:]{1,60}?)?)(?:\s+an\s+[^,.;:]{1,60}?)?"
    r"\s+(?:war|ist|sei|wird|wurde)\s+"
    r"(?:[a-zäöüß]+\s+){0,2}von\s[^.;:]*?\bdie\s+Rede\b"
)
# a document in which the words stand, before or after "steht", then a "dass" clause or a
# colon: "In einem Bericht des Amts steht, dass …", "Dort steht im Entwurf der Satz: „…“"
_WRITTEN_IN: Final = (
    r"\b[Ii][nm]\s+(?:(?:einem|einer|der|dem|seinem|ihrem|seiner|ihrer)\s+)?"
    r"(?P<doc>(?:[\w-]+\s+){0,2}[\w-]*(?:[Bb]ericht|[Ee]ntwurf|[Ss]tudie|[Mm]itteilung|"
    r"[Ee]rklärung|[Ss]chreiben|[Bb]rief|[Gg]utachten|[Pp]apier|[Vv]ertrag|[Aa]ntrag|[Pp]rotokoll)"
    r"(?:\s+(?:von|vom|der|des|für|zum|zur)\s+[^,.;:„“]{1,60}?)?)"
)
_STEHT: Final = (
    re.compile(rf"{_WRITTEN_IN}\s+steht(?:,\s+dass\b|\s*:)"),
    re.compile(
        rf"\bsteht\s+(?:[a-zäöüß]+\s+){{0,3}}{_WRITTEN_IN}\s+(?:[a-zäöüß]+\s+){{0,2}}"
        r"(?:der|die|das)\s+(?:Satz|Passus|Absatz|Formulierung|Hinweis)\s*:"
    ),
)
# the document that shows what holds: "geht aus dem Bericht der Polizei hervor"
_HERVOR: Final = re.compile(
    r"\b(?:(?P<verb>geht|ging|gehe)\s+(?:(?:auch|zudem|ferner|dabei|jedoch|allerdings)\s+)?|"
    r"[Ww]ie\s+)[Aa]us\s+(?P<doc>[^,.;:!?]{3,120}?)\s+(?P<hervor>hervor(?:geht|ging)?)\b"
)
_HERVOR_AFTER: Final = re.compile(  # "Aus dem Bericht geht hervor, dass …"
    r"\b[Aa]us\s+(?P<doc>[^,.;:!?]{3,120}?)\s+(?P<verb>geht|ging)\s+(?:[a-z]+\s+)?(?P<hervor>hervor)\b"
)
# a finding in a clause of its own: "Wie eine Studie ergab, …", "…, wie Zahlen der Behörde
# zeigen.", "Wie sich aus dem Bericht ergab, …"; experience shows nobody's finding ("wie die
# Erfahrung zeigt")
# (opens with its first letter, the place checked behind it: a scan from "W"/"w" to the next)
_WIE_SHOWS: Final = re.compile(
    r"[Ww](?:(?<=[,:;.!?]\s[Ww])|(?<=\n[Ww])|(?<![\s\S]{2}))ie\s+(?:sich\s+aus\s+)?"
    r"(?!(?:die\s+)?(?:Erfahrung|Praxis|Geschichte|Vergangenheit|Realität|Wirklichkeit)\b)"
    r"(?P<doc>(?:der|die|das|den|dem|eine|ein|einer|einem|erste|neue|jüngste|aktuelle|\w+e)\s+"
    r"[^,.;:!?„“\"]{2,80}?|[A-ZÄÖÜ][^,.;:!?„“\"]{1,80}?)"
    r"\s+(?P<verb>ergab|ergaben|ergibt|ergeben|zeigt|zeigte|zeigen|zeigten|belegt|belegte|belegen|"
    r"belegten)(?=\s*[,.;]|\s*$)"
)


# a phrase cue ("hegt den Verdacht", "vertritt die Ansicht", "ist der Meinung") whose subject
# stands between its verb and its object after a fronted phrase: "Zudem hegt die Opposition den
# Verdacht, dass …", "Dagegen ist Jan Roth der Meinung, …" (the pair must be a phrase cue)
_SPLIT_CUES: Final = frozenset(
    p for p in PHRASES if len(p.split()) == 3 and p.split()[2][:1].isupper()
)
SPLIT_NOUNS: Final = frozenset(p.split()[2] for p in _SPLIT_CUES)  # the tests read them
_SPLIT_PHRASE: Final = re.compile(
    rf"\S\s+(?P<verb>{'|'.join(sorted({p.split()[0] for p in _SPLIT_CUES}))})\s+"
    rf"(?P<np>(?:[Dd](?:er|ie|as)\s+(?:[a-zäöüß][\w-]*\s+){{0,2}})?{CAPS})\s+"
    rf"(?P<obj>{'|'.join(sorted({f'{p.split()[1]} {p.split()[2]}' for p in _SPLIT_CUES}))})\s*[,:]"
)
