"""A German sentence without a cue of its own: whose words it gives, if anyone's.

`subjunctive` tells whether reported speech goes on in the Konjunktiv ("Er sei …"); the rest
name a source no cue verb introduces: the subject of an indicative frame before a Konjunktiv
comma clause (`framed_by_subject`), the report of a "wonach" clause (`wonach`), a demand before
its "zu" clause (`demand`), "Von X kam die Nachricht, …" (`coming_from`), a subject confident
of its comma clause or professing what it learned (`confident`) and the topic of the sentence before (`topic`); "Demnach …"
points back to the report before it (`pointing_back`), "Dem Vernehmen nach …" to hearsay
(`hearsay`). Each returns the `Attribution` for text[s:e] or None; `attribution` tries them
in that order."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.confidence_de import (
    confident_subject,
    expecting_subject,
    professed_subject,
)
from annotator.split.cues import _SUBJUNCTIVE
from annotator.split.demands_de import coming_from as _coming_from_span
from annotator.split.demands_de import demand_source, voiced
from annotator.split.known_topics_de import known_topic
from annotator.split.lexicon_de import may_be_subjunctive
from annotator.split.mentions import resolve
from annotator.split.reported_spans import _content
from annotator.split.rumours_de import heard_from, rumour_span
from annotator.split.sources_de import frame_subject, german_document, german_topic
from annotator.split.subordinate_clauses_de import only_in_subordinate
from annotator.split.tracker import Attribution, Tracker
from annotator.split.wonach_de import wonach_source

_SUBJUNCTIVE_LANGS: Final = (None, "de")
# the cue of "Vorwürfe werden laut, dass …": unnamed voices, whose speech does not go on
VOICED_CUE: Final = "werden laut"
# "Demnach wäre …", "Demnach würden …": the writer's own inference, not a report's words
_INFERENCE: Final = ("wäre ", "wären ", "würde ", "würden ")
# the main clause's verb right before a "demnach" (no comma, so no subordinate clause between)
_PLANNED: Final = re.compile(r"^[^,;:]*\s(?:soll|sollen|wird|werden)\s+(?:sich\s+)?$")


def topic(text: str, s: int, e: int, tracker: Tracker) -> Attribution | None:
    """The person, role or body opening the sentence before, for a Konjunktiv I sentence."""
    a, b = tracker.topic or (s, s)
    span = german_topic(text, a, b) or german_document(text, a, b)  # "Im Bericht werden …"
    span = span or known_topic(text, a, b, tracker.names)  # "… hatte Kolberg Neues zu melden."
    who = resolve(text[span[0] : span[1]], tracker, text, span[0]) if span else None
    return Attribution(who, None, False, span, _content(s, e, s, s, text)) if who else None


def framed_by_subject(text: str, s: int, e: int, tracker: Tracker) -> Attribution | None:
    """The subject of an indicative main clause whose comma clause is in the Konjunktiv."""
    span = frame_subject(text, s, e, indicative=tracker.reported is not None)
    who = resolve(text[span[0] : span[1]], tracker, text, span[0]) if span else None
    return Attribution(who, None, False, span, _content(s, e, s, s, text)) if who else None


def wonach(text: str, s: int, e: int, tracker: Tracker) -> Attribution | None:
    """The report whose words a "wonach" clause gives ("Spekulationen, wonach …")."""
    span = wonach_source(text, s, e)
    who = resolve(text[span[0] : span[1]], tracker, text, span[0]) if span else None
    return Attribution(who, "wonach", False, span, _content(s, e, s, s, text)) if who else None


def demand(text: str, s: int, e: int, tracker: Tracker) -> Attribution | None:
    """A demand, warning or plan and its author before the "zu" clause that words it."""
    return _before_clause(demand_source(text, s, e), text, s, e, tracker)


def confident(text: str, s: int, e: int, tracker: Tracker) -> Attribution | None:
    """A subject confident of its comma clause ("X ist dennoch zuversichtlich, … zu …") or
    claiming to have learned what the sentence says ("X will … erfahren haben, dass …") or
    reckoning with something ("X rechnet mit …")."""
    found = (
        confident_subject(text, s, e)
        or professed_subject(text, s, e)
        or expecting_subject(text, s, e)
    )
    return _before_clause(found, text, s, e, tracker)


def coming_from(text: str, s: int, e: int, tracker: Tracker) -> Attribution | None:
    """Where the words come from: "Von der Polizei kam die Information, …", "Aus der Partei
    ist zu hören, …", "Vorwürfe wurden laut, dass …"."""
    span, cue = _coming_from_span(text, s, e), None
    if span is None and (heard := heard_from(text, s, e)):
        span, cue = heard
    if span is None and (span := voiced(text, s, e)):
        cue = VOICED_CUE  # "Vorwürfe wurden laut, dass …"
    who = resolve(text[span[0] : span[1]], tracker, text, span[0]) if span else None
    return Attribution(who, cue, False, span, _content(s, e, s, s, text)) if who else None


def pointing_back(text: str, s: int, e: int) -> Attribution | None:
    """ "Demnach …" opening text[s:e] gives the words of the report just told, and names
    it as "Demnach" (as a pronoun stands for a speaker); "Demnach wäre …" is the writer's
    inference. So does "demnach" right after a main clause's "soll/sollen/wird/werden" (what
    the report says is planned or will happen: "Die Halle soll demnach schließen")."""
    if text.startswith("Demnach ", s):
        if text.startswith(_INFERENCE, s + 8):
            return None
        return Attribution("Demnach", "demnach", False, (s, s + 7), _content(s, e, s, s, text))
    at = text.find(" demnach ", s, e)  # a literal first: most sentences hold none
    if at < 0 or not _PLANNED.search(text[s : at + 1]):
        return None
    span = (at + 1, at + 8)
    return Attribution(text[span[0] : span[1]], "demnach", False, span, _content(s, e, s, s, text))


def hearsay(text: str, s: int, e: int) -> Attribution | None:
    """ "Dem Vernehmen nach soll …": words heard from no one named, whose source the text
    names "Dem Vernehmen" (the speaker of the sentence before does not go on in them)."""
    span = rumour_span(text, s, e)
    if span is None:
        return None
    return Attribution(text[span[0] : span[1]], "nach", False, span, _content(s, e, s, s, text))


def subjunctive(tracker: Tracker, text: str, s: int, e: int) -> bool:
    """German reported speech goes on: a Konjunktiv form in text[s:e] of a German document."""
    return (
        tracker.lang in _SUBJUNCTIVE_LANGS
        and may_be_subjunctive(text, s, e)
        and bool(_SUBJUNCTIVE.search(text, s, e))
        and not only_in_subordinate(text, s, e)  # "…, die bis Mai fertig werden soll."
    )


def _before_clause(
    found: tuple[tuple[int, int], str] | None, text: str, s: int, e: int, tracker: Tracker
) -> Attribution | None:
    """The subject span and cue found before the clause, resolved: the whole sentence its words."""
    if found is None:
        return None
    (a, b), cue = found
    who = resolve(text[a:b], tracker, text, a)
    return Attribution(who, cue, False, (a, b), _content(s, e, s, s, text)) if who else None
