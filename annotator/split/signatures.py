"""Signed quotes: a paragraph that is wholly a quote, signed by a dash line below it ('"…"'
then '- Jane Doe, Dover.'), is the signer's when its sentences name no speaker of their own."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.tracker import Attribution, Tracker, attribution_of

_OPENERS: Final = "\"“‘'«"
_CLOSING: Final = re.compile(r"[\"”’'»][.!?]?\s*$")
# a paragraph that is only a dash and a name, maybe a place or a role after a comma
_SIGN_LINE: Final = re.compile(
    r"\s*[-—–―]\s*((?:[A-Z][\w.'’-]*\s+(?:[\w.'’-]+\s+){0,3})?[A-Z][\w'’-]*)"
    r"(?:,[^\n.!?\"“”]{0,60})?\.?\s*"
)


def signer(text: str, block: tuple[int, int], after: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the name in the dash line `after` that signs the quote paragraph `block`."""
    body = text[block[0] : block[1]].strip()
    if body[:1] not in _OPENERS or not _CLOSING.search(body):
        return None
    m = _SIGN_LINE.fullmatch(text, after[0], after[1])
    return m.span(1) if m else None


def sign(
    text: str,
    span: tuple[int, int],
    attrs: list[Attribution],
    tracker: Tracker,
) -> None:
    """The signer (text[span]) speaks the sentences with no speaker or only one carried over."""
    attr = attribution_of(text, span, "—", tracker, True)
    if attr is None:
        return
    for i, old in enumerate(attrs):
        if not old.speaker or old.inherited:
            attrs[i] = Attribution(attr.speaker, "—", True, attr.speaker_span)
