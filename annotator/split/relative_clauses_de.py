"""German modal and Konjunktiv II forms inside a relative clause: "…, die bis Mai fertig werden
soll." The verb at the end of a relative clause ("der/die/das/welcher …" after a comma) belongs
to that clause; when every Konjunktiv form of a sentence is such a "soll", "würde", "könnte" …
there, the main clause is indicative and the sentence is the outlet's own narration, so reported
speech does not go on in it (`attribution`). A Konjunktiv I there ("Kosten, die niemand
eingeplant habe") reports, as in a main clause."""

from __future__ import annotations

import re

from annotator.split.lexicon_de import SUBJUNCTIVE

_PREPOSITIONS = (
    "mit von in an auf für bei zu aus nach über unter vor durch gegen um ohne seit wegen trotz "
    "hinter neben zwischen"
).split()
# a plan, a purpose or a supposition, not the Konjunktiv I of reported speech
_FORMS = "sollen|soll|sollten|sollte|würden|würde|könnten|könnte|hätten|hätte|wären|wäre|müssten"
# a comma, a relative pronoun (after a preposition), the clause up to a Konjunktiv form that
# closes it: ", die bis Mai fertig werden soll." (verb last; ", der Plan sei gut" is verb second)
_RELATIVE = re.compile(
    r",\s+(?:(?:" + "|".join(_PREPOSITIONS) + r")\s+)?"
    r"(?:der|die|das|dem|den|deren|dessen|denen|welche[rsnm]?)\s"
    r"[^,;:.!?]*?\b(" + _FORMS + r")(?=\s*(?:[,.;:!?]|$))"
)
# hearsay at the end of a relative clause still reports: "…, welcher den Brand ausgelöst haben soll"
_HEARSAY = re.compile(r"(?:haben|sein|worden)\s+(?:soll|sollen)$")


def only_in_relative(text: str, s: int, e: int) -> bool:
    """Every Konjunktiv form of text[s:e] closes a relative clause (and none is hearsay)."""
    if text.find(",", s, e) < 0:
        return False
    spans = []
    for m in _RELATIVE.finditer(text, s, e):
        if _HEARSAY.search(text, m.start(), m.end()):
            return False
        spans.append(m.span(1))
    if not spans:
        return False
    return all(
        any(a <= f.start() and f.end() <= b for a, b in spans)
        for f in SUBJUNCTIVE.finditer(text, s, e)
    )
