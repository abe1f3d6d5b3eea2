"""Denied cues: "X did not mention …", "X would not endorse …" name X as the speaker."""

import re
from typing import Final

from annotator.split import lexicon
from annotator.split.other_senses import INITIALS, not_speech

# "did not", "would not", "can't" right before a cue's base form
_DID_NOT: Final = re.compile(r"\b(?:did|does|do|would|will|could|can|wo)\s*(?:not|n['’]t)\s+$")
# base forms whose denial is mostly no report ("did not respond to a request for comment"),
# and those of the act "would not say" (`acts`)
_NOT_DENIED: Final = frozenset(
    "respond reply find support dismiss speak say comment discuss reveal confirm disclose "
    "elaborate specify".split()
)


def negated_cue(text: str, m: re.Match[str], lo: int) -> int | None:
    """Where "did not" starts in "X did not mention …", "X would not endorse …": a cue's base
    form denied of the subject before it (taken when the sentence has no other cue)."""
    verb = m.group(1)
    if verb not in lexicon.EN_CUE_LEMMAS_SET or verb in _NOT_DENIED:
        return None
    if verb[:1] in INITIALS and not_speech(verb, text, m.end()):
        return None  # "do not add up to"
    neg = _DID_NOT.search(text, (m.start() - 16 if m.start() - 16 > lo else lo), m.start())
    return neg.start() if neg else None
