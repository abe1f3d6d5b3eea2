"""German clauses that put the cue verb last (`speakers_de` reads the main clauses): what may
follow a clause-final verb (`_VERB_FINAL`); a relative clause the cue opens and the noun phrase
it hangs on ("Jan Roth, der sagte, …": `_relative`, `_antecedent`), one closed by its auxiliary
before the cue (`_RELATIVE_OPEN`), a name as its subject (`_RELATIVE_NAME`); and the subject of
"Wie X mitteilte" (`_WIE`, `_wie_subject`)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.speakers import _clean_word, subject_before
from annotator.split.subject_spans_de import cut_lower, forward_span
from annotator.split.subject_words_de import _abstract

# after a verb-final clause: punctuation, an auxiliary, or the main clause's verb ("Wie die
# Sender berichten | sind zwei Polizisten …")
_VERB_FINAL: Final = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:hat|hatte|habe|haben|hatten|hätte|sei|sind|ist|war|waren|wurde|"
    r"wurden|soll|sollen|seien|und\s+(?:dass|ob))\b)"
)
# a name and a relative clause closed by its auxiliary and a comma: "Jan Roth, der … gesagt hatte, "
_RELATIVE_OPEN: Final = re.compile(
    r"\s*[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3},\s+(?:der|die|das|dem|den|deren|dessen)\s"
    r"[^,]*\s(?:hatte|hat|war|ist|wurde|wird|hatten|haben|waren|sind|wurden)\s*,\s*$"
)
# a relative pronoun that may be an object, then a name without an article (its subject)
_RELATIVE_NAME = re.compile(r"\s*(?:die|das|den)\s+([A-ZÄÖÜ][\w'-]*\s+[A-ZÄÖÜ][\w'-]*)\s+[a-zäöüß]")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|im|auf|zu|zum|zur|unter|an|am|aus|bei|mit|über|vor)\s+$")
_OBJECTS: Final = frozenset("die das den einen eine ein diese diesen dieses".split())
_SPOKE: Final = ("sprach", "sprachen", "spricht", "sprechen")


def _relative(text: str, lo: int, clause: int, prefix: list[str], verb_end: int) -> bool:
    """The cue opens a relative clause after a comma ("…, der sagte, …", "…, die erklärt
    hat, …", "…, die unter anderem skandierten: …"): the pronoun, maybe lower-case adverbs
    after it, before a clause-final verb."""
    # "…, der die Entscheidung als Fehler bezeichnet, …": the pronoun, then the object's article
    objected = len(prefix) <= 12 and _clean_word(prefix[1] if len(prefix) > 1 else "") in _OBJECTS
    # "…, die von einem Defekt sprach, …": the "von" phrase is what was spoken of
    spoke_of = prefix[1:2] in (["von"], ["vom"]) and text.endswith(_SPOKE, 0, verb_end)
    objected = objected or (len(prefix) <= 8 and spoke_of)
    return (
        clause > lo
        and prefix[:1] in (["der"], ["die"], ["welche"], ["welcher"])
        and (objected or len(prefix) <= 4 and all(w[:1].islower() for w in prefix[1:]))
        and text[lo:clause].rstrip().endswith(",")
        and bool(_VERB_FINAL.match(text, verb_end))
    )


def _antecedent(text: str, lo: int, clause: int) -> tuple[int, int] | None:
    """The noun phrase a relative clause after text[clause] hangs on: the name before the
    comma ("Alexandros Pappas, der …"), past an apposition ("Jan Roth, Chef der Grünen, der")."""
    comma = text.rindex(",", lo, clause)
    span = cut_lower(text, subject_before(text, lo, comma))
    if span and _PREPOSITION_BEFORE.search(text, max(lo, span[0] - 8), span[0]):
        return None  # "setzte eine Version in Umlauf, die …": a phrase, not who speaks
    return None if span is None or _abstract(text[span[0] : span[1]]) else span  # "Aussagen, die"


_WIE: Final = re.compile(
    r"(?:^|(?<=[,.:;]\s)|(?<=\n)|(?<=^\W))[Ww]ie\s+"
    r"(?=[„»\"]|[A-ZÄÖÜ]|der |die |das |[a-z][\w-]*\.(?:de|com|net|org|at|ch)\b)"
)
_NAME_PART: Final = re.compile(r"\s*((?:[A-ZÄÖÜ][\w.’'-]*\s+){0,3}[A-ZÄÖÜ][\w’'-]*)\s*,")


def _wie_subject(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The subject of "Wie X mitteilte": the name of "Wie der Sprecher, Jan Voss, mitteilte"."""
    stop = text.find(",", a, b)
    if stop > 0:
        name = _NAME_PART.match(text, stop + 1, b)
        if name:
            return name.span(1)
    return forward_span(text, a, stop if stop > 0 else b, lenient=True)
