"""German reported speech going on with no cue of its own: after one sentence of the outlet's
own ("X sagte, A sei … . Die Polizei nahm … fest. Auch sei …": X goes on, `goes_on`), also
in hearsay of an event ("… Am Steg soll ein Feuer ausgebrochen sein."); and "soll"/"sollen",
which report hearsay of anyone as well as the speaker before ("Der Täter soll geflohen sein",
`only_sollen`); not into the outlet weighing what was said ("Das wäre der Anfang …",
`carries_no_report`)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.cues import _SUBJUNCTIVE, cue_matches
from annotator.split.sources_de import STRICT_DE, new_actor
from annotator.split.subordinate_clauses_de import only_in_subordinate

# hearsay of a past event: "soll … gestorben sein", "sollen … gehandelt haben"
_HEARSAY: Final = re.compile(r"\b(?:soll|sollen)\b[^.;:]*\s[a-zäöüß]+(?:t|en)\s+(?:haben|sein)\b")
# a conditional opening the sentence: "Das wäre der Anfang …", "Es wäre ihm verboten gewesen"
_CONDITIONAL: Final = re.compile(r"(?:Es|Das|Dies)\s+wären?\b")
_FIRST_PERSON: Final = re.compile(r"\b(?:[Ii]ch|[Ww]ir)\b")
# hearsay of an event: "… haben", or a participle in "ge…en" or "worden" before "sein" ("soll
# … ausgebrochen sein", "sollen … gesperrt worden sein"; not a state: "soll … fertiggestellt
# sein", "soll … verboten sein")
_PAST_EVENT: Final = re.compile(
    r"\bsoll(?:en)?\b[^.;:]*\s"
    r"(?:[a-zäöüß]+(?:t|en)\s+haben|(?:[a-zäöüß]*ge[a-zäöüß]*en|worden)\s+sein)\b"
)
# what a person is said to have done is an allegation of anyone, not the report going on:
# "Er soll …", "Danach soll sie …", "Tom Lenz soll …" ("Die Polizei soll …" is no name)
_PERSON_SOLL: Final = re.compile(r"\b(?:[Ee]r|[Ss]ie)\s+soll\b|\bsoll\s+(?:er|sie)\b")
_NAME_SOLL: Final = re.compile(
    r"(?!(?:Der|Die|Das|Ein|Eine)\b)[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)+\s+soll\b"
)


def goes_on(text: str, s: int, e: int) -> bool:
    """Text[s:e] reports in the Konjunktiv I or as hearsay of an event, in the third person,
    with no cue of its own."""
    return (
        (bool(STRICT_DE.search(text, s, e)) or _event_hearsay(text, s, e))
        and not _FIRST_PERSON.search(text, s, e)  # "Ich habe …" is no Konjunktiv
        and not cue_matches(text, s, e)
        and not only_in_subordinate(text, s, e)
    )


def carries_no_report(text: str, s: int, e: int, inherited: bool) -> bool:
    """The speaker before does not go on into text[s:e] for its subjunctive: "soll" alone
    after a sentence that was itself carried on (`only_sollen`), or an opening "Es/Das/Dies
    wäre(n)" with no Konjunktiv I after it, the outlet weighing what was said."""
    if _CONDITIONAL.match(text, s) and not STRICT_DE.search(text, s, e):
        return True
    return inherited and only_sollen(text, s, e)


def only_sollen(text: str, s: int, e: int) -> bool:
    """The only subjunctive mark of text[s:e] is "soll"/"sollen", which also reports hearsay
    of anyone ("Der Täter soll geflohen sein")."""
    if _HEARSAY.search(text, s, e):
        return False
    return all(m.group() in ("soll", "sollen") for m in _SUBJUNCTIVE.finditer(text, s, e))


def _event_hearsay(text: str, s: int, e: int) -> bool:
    """ "Dabei sollen zwei Stege beschädigt worden sein.": hearsay of an event, not of what a
    person or a body named in it is said to have done."""
    return (
        bool(_PAST_EVENT.search(text, s, e))
        and not new_actor(text, s, e)
        and not _PERSON_SOLL.search(text, s, e)
        and not _NAME_SOLL.match(text, s, e)
    )
