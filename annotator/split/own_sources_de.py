"""German sources that point back at the clause's own subject: "nach eigenen Angaben", "nach
eigenem Bekunden", "eigener Aussage zufolge".

The phrase itself is the source the sentence names ("Die Firma hat nach eigenen Angaben 40
Stellen gestrichen": "eigenen Angaben"), but whoever goes on speaking in the sentences after it
is the subject who gave those statements, not a noun "Angaben" or "Bekunden": "Der Sprecher des
Vereins, Tom Lenz, war nach eigenem Bekunden überrascht. Der Beschluss sei zu früh gekommen."
(Tom Lenz's report goes on). A relative pronoun after "laut" or "gemäß" points back at the
noun before its comma: "die Pläne der Stadt, laut denen jeder Hof …" names the plans as the
source (`antecedent_source`), not the next noun "Hof".
"""

from __future__ import annotations

import re
from typing import Final

from annotator.split.reported_spans import _content
from annotator.split.speaker_phrases import _phrase
from annotator.split.subject_spans_de import after_span, cut_lower, forward_span
from annotator.split.subject_words_de import _opens_subject
from annotator.split.tracker import Attribution, Tracker, attribution_of

# "nach eigenen Angaben", "eigener Aussage zufolge": the adjective right before the source noun
_OWN: Final = {
    "nach": re.compile(r"\b[Nn]ach\s+[Ee]igene[mnr]?\s+"),
    "zufolge": re.compile(r"\b[Ee]igene[mnr]?\s+"),
}
_VERB = re.compile(r"\s*(?:zufolge\s+)?[a-zäöüß]+\b")  # the finite verb after a fronted phrase


def own_source(
    text: str, s: int, e: int, attr: Attribution, tracker: Tracker
) -> Attribution | None:
    """The clause subject behind "nach eigenen Angaben" in text[s:e] (whose speaker span is
    the noun `attr.speaker_span`), as the speaker the next sentences carry on; None when the
    source is no "eigen-" phrase or no subject is found."""
    span = attr.speaker_span
    own = _OWN.get(attr.cue or "")
    if own is None or span is None or not (s <= span[0] < e):
        return None
    phrase = own.search(text, max(s, span[0] - 20), span[1])  # the span may hold "eigenen"
    if phrase is None or not span[0] <= phrase.end() < span[1]:
        return None
    before = text[s : phrase.start()]
    a = s + len(before) - len(before.lstrip())
    if not before.strip():  # "Nach eigenen Angaben hat die Firma …": the subject after the verb
        verb = _VERB.match(text, span[1], e)
        subject = after_span(text, verb.end(), e) if verb else None
    elif text[a].isupper() and _opens_subject(before.split()[0]):  # "Die Firma hat nach …"
        subject = cut_lower(text, forward_span(text, a, phrase.start()))
    else:
        return None
    found = attribution_of(text, subject, attr.cue or "", tracker) if subject else None
    if found is None or not found.speaker:
        return None
    found.inherited = True
    return found


# "laut denen", "gemäß dem": a relative pronoun right after the preposition
_RELATIVE: Final = re.compile(r"(?:denen|dem|der|welchen|welchem|welcher)\s")


def antecedent_source(
    text: str, s: int, e: int, acc: re.Match[str], tracker: Tracker
) -> Attribution | None:
    """The noun phrase before the comma of "…, laut denen …" (`acc` matched "laut" or "gemäß"
    in text[s:e]) as the source of the relative clause; None for any other phrase."""
    if acc.group(1) not in ("laut", "gemäß") or not _RELATIVE.match(text, acc.end()):
        return None
    before = text[s : acc.start()].rstrip()
    if not before.endswith(","):
        return None
    span = _phrase(text, s, s + len(before) - 1, backward=True)
    found = attribution_of(text, span, acc.group(1), tracker) if span else None
    if found is None or not found.speaker:
        return None
    found.content_span = _content(s, e, acc.start(), acc.end(), text)
    return found
