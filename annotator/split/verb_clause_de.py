"""The clause of a German cue verb: where it starts in the window before the verb (its commas
and dashes, not those inside a quoted title, a bracket or a number), its words before the verb,
whether an apposition ends there ("X, der Direktor, sagte …"), and a time phrase in front of it
("Wenige Stunden nach dem Treffen sagte X")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from annotator.split import lexicon_de
from annotator.split.part_marks import PARTS as _PARTS
from annotator.split.speakers import SUBJECT_WINDOW, _clean_word
from annotator.split.subject_words_de import _FINITE, _FOCUS, _NOMINATIVE, _NOT_SUBJECT

_PAREN: Final = re.compile(r"\([^()]{1,80}\)")
_TITLE: Final = re.compile(r"[„»“\"](?:[^\s„“”\"»«]+ ?){1,6}[“”\"«]")
_PRONOUN_VERB: Final = re.compile(r"\s*(?:Er|Sie|Es|Wir|Ich|Man)\s+[a-zäöüß]")  # a clause, no name

# a time before the verb: "Kurz nach der Wahl", "Wenige Tage vor …", "Zwei Tage später",
# "Kurz darauf", "Tags darauf", "Monate zuvor", "Vergangene Woche", "Spät am Abend"
_UNITS_RE = r"(?:Minuten|Stunden|Tage|Wochen|Monate|Jahre|Minute|Stunde|Tag|Woche|Monat|Jahr)"
_LATER: Final = r"(?:darauf|danach|zuvor|später|vorher|davor)\b"
TIME_FRONT: Final = re.compile(
    r"\s*(?:(?:(?:[Ww]enige|[Ee]inige|[Kk]napp|[Kk]urz|[Uu]nmittelbar|[Gg]leich|[Dd]irekt|[Ee]inen|"
    r"[Ee]ine|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ww]enig|[Tt]ags|\d+)\s+)+"
    rf"(?:{_UNITS_RE}\s+)?(?:(?:nach|vor|seit|während)\s|{_LATER})|{_UNITS_RE}\s+{_LATER}"
    rf"|(?:[Vv]orige|[Ll]etzte|[Vv]ergangene)[ns]?\s+{_UNITS_RE}\s|(?:Spät|Früh)\s+am\s)"
)


@dataclass(slots=True)
class Clause:
    """The verb's clause: `start` the sentence's (or after a heading), `lo` the window's start,
    `bounds` the ends of its marks (commas, dashes) before the verb, `clause` where the verb's
    own clause starts, `prefix` its words before the verb, `apposed` an apposition before it."""

    text: str
    start: int
    lo: int
    verb_start: int
    verb_end: int
    hi: int
    bounds: list[int]
    clause: int
    prefix: list[str]
    apposed: bool


def clause_of(text: str, lo: int, verb_start: int, verb_end: int, hi: int) -> Clause:
    """The verb's clause in the window before it (`SUBJECT_WINDOW`)."""
    start, lo = lo, max(lo, verb_start - SUBJECT_WINDOW)
    titles = [t.span() for t in _TITLE.finditer(text, lo, verb_start)]
    titles += [p.span() for p in _PAREN.finditer(text, lo, verb_start)]  # "Peres (Awoda, dt. …)"
    bounds = [
        m.end()
        for m in _PARTS.finditer(text, lo, verb_start)
        if not any(a <= m.start() < b for a, b in titles)  # "die „Bild“-Zeitung"
        and not _decimal(text, m.start())  # "eine Stärke von 7,4 Mw"
    ]
    clause = bounds[-1] if bounds else lo
    prefix = text[clause:verb_start].split()
    # after a comma: an apposition ends ("X, der Direktor, sagte …") or a clause that was said
    opener = text[lo:verb_start].split()[:1]
    apposed = (  # not "Für die Verfassung, die X ansieht, gab Y …": a phrase, not a subject
        len(bounds) >= 2
        and not _FINITE.search(text, lo, clause)
        and not lexicon_de.SUBJUNCTIVE.search(text, lo, clause)  # "Sie plane (…), sagte X"
        and not (opener and _clean_word(opener[0]) in _NOT_SUBJECT - _NOMINATIVE - _FOCUS)
        and not (opener and _clean_word(opener[0]) in lexicon_de.ADVERBS)  # "Ganz aktuell …"
        and not _PRONOUN_VERB.match(text, lo)  # "Er kam am Montag, den 9. Juli, an, teilte X mit"
    )
    return Clause(text, start, lo, verb_start, verb_end, hi, bounds, clause, prefix, apposed)


def _decimal(text: str, at: int) -> bool:
    """The mark at text[at] is the comma of a German number ("7,4"), no clause boundary."""
    return text[at] == "," and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()
