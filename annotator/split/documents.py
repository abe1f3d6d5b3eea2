"""A document, poll or recording that opens a sentence and "shows" or "found" something speaks,
however long its name ("A Harbour Gazette average of surveys shows …", "A March 3, 2019
memo shows …", "Drone footage from the pier showed …"), when the phrase rules find no subject
(they stop at "of", commas and lower-case heads)."""

from __future__ import annotations

import re

from annotator.split.word_gates import WordGate

_HEADS = (
    r"analysis|average|survey|poll|study|report|email|e-mail|memo|letter|footage|video|review|"
    r"data|records|documents?|figures|results|tally|audit|census|filings?|transcript"
)
# the sentence opener up to the head noun: an article or a possessive, then up to eight
# capitalised words, figures or lower-case adjectives ("A new Harbour Gazette/Coast Radio"; not a
# verb's "-ed"/"-s": "They checked the …")
_OPENER = re.compile(
    r"(?:(?:But|And)\s+)?(?P<np>(?:(?:[Aa]n?|[Tt]he|This|That|Its|His|Her|Their)\s+|"
    r"[A-Z][\w.&/-]*['’]s\s+|(?=[A-Z]))"
    r"(?:(?:[A-Z0-9][^\s;:“”\"]*|[a-z][a-z-]*(?<!ed)(?<![sd]))\s+){0,8}?(" + _HEADS + r"))\b"
)
# what may not come between the document and its verb: a clause word or an auxiliary
_BETWEEN = re.compile(
    r"[;:“”\"]|\b(?:who|which|that|was|were|is|are|be|been|can|could|will|would|comes?|came)\s"
)
_VERB = re.compile(
    r"\s(shows|showed|show|found|finds|suggests|suggested|indicates|indicated|"
    # a standing it gives a name: "The May poll has Roe leading Hale", "… puts Roe ahead"
    r"(?:has|had|puts|put)(?=\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:leading|ahead|trailing|behind|"
    r"winning|at\s+\d)))\s"
)
# a match holds a head noun ("e-mail": its run "mail") and a verb (`word_gates`)
DOCUMENT_GATE = WordGate(
    """analysis average survey poll study report email mail memo letter footage video review
    data records document documents figures results tally audit census filing filings
    transcript""",
    "shows showed show found finds suggests suggested indicates indicated has had puts put",
)


def document_subject(text: str, s: int, e: int) -> tuple[tuple[int, int], str] | None:
    """(span of the document's name up to its head noun, verb) for a sentence text[s:e] that
    opens with a document and whose first finite verb is "shows"/"found"/"suggests" (or "has"/"puts"
    a name leading), else None."""
    m = _OPENER.match(text, s, e)
    if m is None:
        return None
    v = _VERB.search(text, m.end(), min(e, m.end() + 160))
    if v is None or _BETWEEN.search(text, m.end(), v.start() + 1):
        return None  # "The report, which found …", "The whole survey can be read online"
    return m.span("np"), v.group(1)
