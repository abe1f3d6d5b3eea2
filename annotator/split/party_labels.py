"""Party and state labels after a politician's name: never the speaker themselves."""

from __future__ import annotations

import re
from typing import Final

# a party and state label set off by commas: "Mitch McConnell, R-Ky., said"
PARTY_LABEL: Final = re.compile(r",\s*[RDI]-[A-Z][A-Za-z.]{1,6}$")
# a party or state label in brackets, then a comma and an indefinite apposition
LABEL_APPOSITION: Final = re.compile(r"\([^()]{1,20}\),\s*(?:a|an)\s")
# a party and state apposition: "Ann Reed, Republican of Ohio, said", "…, Democrat from Maine"
PARTY_OF_PLACE: Final = re.compile(r"(?:Republican|Democrat|Independent)\s+(?:of|from)\s+[A-Z]")
# a US party (and state) label in brackets: "(D)", "(R-Ohio)", "(D-N.Y.)", "(I-Vt.)"
_BRACKET_LABEL = re.compile(r"\([RDI](?:-[A-Z][A-Za-z.]{0,12}(?: [A-Z][A-Za-z.]{0,12})?)?\)$")


def before_label(text: str, lo: int, end: int) -> int:
    """Where a bracketed party label that ends text[lo:end] opens ("Sen. Ann Reed (D-Maine)
    on Monday said": the name before it speaks), the label's spaces trimmed; else `end`."""
    head = text[lo:end].rstrip(" ,")
    if not head.endswith(")"):
        return end
    label = _BRACKET_LABEL.search(head, max(0, len(head) - 24))
    if label is None or not head[: label.start()].strip():
        return end
    return lo + len(head[: label.start()].rstrip())
