"""A name with an epithet after it and no commas: "Obama the realist knows …", "Tom Greer the
harbour master said …". The name that opens the clause speaks, not "the realist"."""

from __future__ import annotations

import re

from annotator.split.lexicon import WEEKDAYS
from annotator.split.names import NOT_NAMES

# one to three capitalised words right before "the", after the clause's start or a comma
_NAME_BEFORE = re.compile(r"(?:^|[,;:]\s+|[\"“]\s*)((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+)\s+$")


def epithet_name(text: str, lo: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """The name before a lower-case "the …" subject `span` when the name opens the clause
    (from `lo`) and the text uses it elsewhere as a name, after a lower-case word or a comma
    ("… said Obama"); not a weekday or a sentence opener ("Monday the mayor said")."""
    if not text.startswith("the ", span[0]) or not text[span[0] : span[1]].islower():
        return None
    m = _NAME_BEFORE.search(text[lo : span[0]])
    if m is None:
        return None
    words = m.group(1).split()
    if words[0].lower() in NOT_NAMES or any(w.lower().strip(".") in WEEKDAYS for w in words):
        return None
    if not re.search(rf"[a-z,] {re.escape(words[-1])}\b", text):
        return None
    return lo + m.start(1), lo + m.end(1)
