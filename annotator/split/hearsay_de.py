"""German reported speech going on with no cue of its own: after one sentence of the outlet's
own ("X sagte, A sei … . Die Polizei nahm … fest. Auch sei …": X goes on, `goes_on`), and
"soll"/"sollen", which report hearsay of anyone as well as the speaker before ("Der Täter
soll geflohen sein", `only_sollen`)."""

from __future__ import annotations

import re

from annotator.split.cues import _SUBJUNCTIVE, cue_matches
from annotator.split.sources_de import STRICT_DE
from annotator.split.subordinate_clauses_de import only_in_subordinate

# hearsay of a past event: "soll … gestorben sein", "sollen … gehandelt haben"
_HEARSAY = re.compile(r"\b(?:soll|sollen)\b[^.;:]*\s[a-zäöüß]+(?:t|en)\s+(?:haben|sein)\b")
_FIRST_PERSON = re.compile(r"\b(?:[Ii]ch|[Ww]ir)\b")


def goes_on(text: str, s: int, e: int) -> bool:
    """Text[s:e] reports in the Konjunktiv I, in the third person, with no cue of its own."""
    return (
        bool(STRICT_DE.search(text, s, e))
        and not _FIRST_PERSON.search(text, s, e)  # "Ich habe …" is no Konjunktiv
        and not cue_matches(text, s, e)
        and not only_in_subordinate(text, s, e)
    )


def only_sollen(text: str, s: int, e: int) -> bool:
    """The only subjunctive mark of text[s:e] is "soll"/"sollen", which also reports hearsay
    of anyone ("Der Täter soll geflohen sein")."""
    if _HEARSAY.search(text, s, e):
        return False
    return all(m.group() in ("soll", "sollen") for m in _SUBJUNCTIVE.finditer(text, s, e))
