"""German documents sent to someone: "…, heißt es in dem Schreiben des Vereins an die Polizei."
The letter, mail or statement speaks; the one it was sent to ("an die Polizei", "an
Bürgermeister Jan Olsen") says nothing, so the source after "heißt es in" stops before "an"
(`frames_de.german_frame`)."""

from __future__ import annotations

import re
from typing import Final

# an article or possessive, an adjective, the document noun (a compound too: "Hafen-Schreiben",
# "Protestbrief"), its owner in the genitive ("des Vereins", "der Fischer Nord"), then "an"
_DOC_TO: Final = re.compile(
    r"\s+(?:(?:dem|einem|ihrem|seinem|der|einer|ihrer|seiner)\s+)?(?:[a-zäöüß]+e[mnr]?\s+)?"
    r"((?=[A-ZÄÖÜ])[\w-]*(?:[Ss]chreiben|[Bb]rief|[Mm]ail|[Mm]itteilung|[Ee]rklärung|[Aa]ppell|"
    r"[Nn]achricht|[Pp]etition)"
    r"(?:\s+(?:des|der)\s+[^\s,.;:]+(?:\s+[A-ZÄÖÜ][^\s,.;:]*)?)?)\s+an\s"
)


def addressed_document(text: str, at: int, e: int) -> tuple[int, int] | None:
    """The span of the document right after text[at] ("in| dem Schreiben des Vereins an die
    Polizei" -> "Schreiben des Vereins") when "an" and its addressee follow it, else None."""
    m = _DOC_TO.match(text, at, e)
    return m.span(1) if m else None
