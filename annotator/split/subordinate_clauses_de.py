"""German modal and Konjunktiv II forms that close a subordinate clause: "…, die bis Mai fertig
werden soll.", "…, als die Fähre ablegen sollte.", "Dass die Mole ersetzt werden würde, …". The
verb at the end of a relative clause ("der/die/das/welcher …" after a comma) or of a clause
opened by a conjunction ("als", "wenn", "dass", "obwohl" …) belongs to that clause; when every
Konjunktiv form of a sentence is such a "soll", "würde", "könnte" … there, the main clause is
indicative and the sentence is the outlet's own narration, so reported speech does not go on in
it (`attribution`). A Konjunktiv I there ("Kosten, die niemand eingeplant habe") reports, as in
a main clause."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from annotator.split.lexicon_de import SUBJUNCTIVE

_PREPOSITIONS: Final = (
    "mit von in an auf für bei zu aus nach über unter vor durch gegen um ohne seit wegen trotz "
    "hinter neben zwischen"
).split()
# a plan, a purpose or a supposition, not the Konjunktiv I of reported speech
_FORMS: Final = (
    "sollen|soll|sollten|sollte|würden|würde|könnten|könnte|hätten|hätte|wären|wäre|müssten|müsste|"
    "dürften|dürfte|stünden|stünde|gäben|gäbe|kämen|käme|lägen|läge"
)
_CONJUNCTIONS: Final = (
    "als wenn obwohl weil nachdem damit bevor falls sofern solange wobei dass ob".split()
)
# the clause runs over a number's decimal comma or point ("auf 12,5 Prozent"); its form closes it
# before punctuation or before "und"/"oder" and a second verb ("…, die verkauft werden sollten und
# …")
_CLAUSE_END: Final = (
    r"\s(?:[^,;:.!?]|(?<=\d)[,.](?=\d))*?\b(" + _FORMS + r")(?=\s*(?:[,.;:!?]|$)|\s+(?:und|oder)\s)"
)
# a comma, a relative pronoun (after a preposition) or a conjunction, the clause up to a form that
# closes it: ", die bis Mai fertig werden soll." (verb last; ", der Plan sei gut" is verb second)
_SUBORDINATE: Final = (
    r",\s+(?:(?:(?:" + "|".join(_PREPOSITIONS) + r")\s+)?"
    r"(?:der|die|das|dem|den|deren|dessen|denen|welche[rsnm]?)|"
    + "|".join(_CONJUNCTIONS)
    + ")"
    + _CLAUSE_END
)
# a sentence that opens with its subordinate clause: "Dass der Plan scheitern würde, war klar."
_OPENING: Final = r"(?:" + "|".join(w.capitalize() for w in _CONJUNCTIONS) + ")" + _CLAUSE_END
# hearsay closing the clause still reports: "…, welcher den Brand ausgelöst haben soll"
_HEARSAY: Final = re.compile(r"(?:haben|sein|worden)\s+(?:soll|sollen)$")


@cache
def _pattern(source: str) -> re.Pattern[str]:
    """A pattern compiled when a sentence first needs it (reported speech going on is rare), not
    on import."""
    return re.compile(source)


def only_in_subordinate(text: str, s: int, e: int) -> bool:
    """Every Konjunktiv form of text[s:e] is a modal or Konjunktiv II form closing a subordinate
    clause (and none is hearsay)."""
    if text.find(",", s, e) < 0:
        return False
    spans = []
    opening = _pattern(_OPENING).match(text, s, e)
    for m in ([opening] if opening else []) + list(_pattern(_SUBORDINATE).finditer(text, s, e)):
        if _HEARSAY.search(text, m.start(), m.end()):
            return False
        spans.append(m.span(1))
    if not spans:
        return False
    return all(
        any(a <= f.start() and f.end() <= b for a, b in spans)
        for f in SUBJUNCTIVE.finditer(text, s, e)
    )
