"""German passive asides inside reported speech: "Er wurde 1990 verurteilt." The preterite
"wurde" after a pronoun is no Konjunktiv (`lexicon_de.SUBJUNCTIVE` leaves it out), so such a
sentence is the outlet's own; it tells a fact in passing and neither carries the reported speech
around it nor ends it: the speaker before goes on in the Konjunktiv after it (`attribution`)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.lexicon_de import SUBJUNCTIVE

_ASIDE: Final = re.compile(r"(?:Er|Sie|Es|Das|Dies)\s+wurde\b")


def passive_aside(text: str, s: int, e: int) -> bool:
    """Text[s:e] opens with a pronoun and "wurde" and holds no Konjunktiv form."""
    return bool(_ASIDE.match(text, s, e)) and not SUBJUNCTIVE.search(text, s, e)
