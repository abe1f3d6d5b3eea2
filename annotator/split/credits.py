"""Credit lines at the end of a news story name no speaker: "Jane Doe reported from
Washington.", "Doe reported from Oakland, Calif.; Roe, from Washington." (a reporter's place,
not what was reported; "X reported from Kabul that …" still reports)."""

from __future__ import annotations

import re
from typing import Final

# "reported from" and a place of one to four capitalised words that ends the clause
_FROM_PLACE: Final = re.compile(
    r"\s+from\s+(?:[A-Z][\w.'’-]*,?\s+){0,3}[A-Z][\w.'’-]*(?:\s*[;—–-]|,?\s+and\b|\.?\s*$|\.\s)"
)


def credit_line(verb: str, text: str, end: int) -> bool:
    """The cue form "reported" at text[:end] is a credit line's "reported from <place>"."""
    return verb == "reported" and bool(_FROM_PLACE.match(text, end))
