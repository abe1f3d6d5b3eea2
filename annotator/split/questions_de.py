"""German questions put to someone: "Glauben Sie, dass …?" asks the person addressed, who says
nothing in the sentence, so the pronoun after the cue verb is no speaker (`attribution`)."""

from __future__ import annotations

import re
from typing import Final

# the addressed: the polite "Sie", "du", "ihr" (and "sie", the polite form written small)
_ADDRESSED: Final = frozenset(("Sie", "sie", "du", "Du", "ihr", "Ihr"))
_VERB_BEFORE: Final = re.compile(r"[a-zäöüß]{2,}\s+$")
_CLOSING: Final = " \n\t“”\"»«'"


def asked(text: str, s: int, e: int, span: tuple[int, int] | None) -> bool:
    """Text[s:e] is a question and its speaker mention text[span] is the one addressed, right
    after the verb ("…, glauben Sie, dass …?")."""
    if span is None or text[span[0] : span[1]] not in _ADDRESSED:
        return False
    if not text[s:e].rstrip(_CLOSING).endswith("?"):
        return False
    return bool(_VERB_BEFORE.search(text, max(s, span[0] - 30), span[0]))
