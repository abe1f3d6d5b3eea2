"""The whole noun phrase after "according to" when the phrase rules find no source in it ('the
recently court-released Harbour Trust handbook', 'one of his senior aides', 'the "Harbour
First" plan she released')."""

from __future__ import annotations

import re
from typing import Final

# the whole noun phrase after "according to", to the next comma, bracket, dash or quote
_ACC_PHRASE: Final = re.compile(
    r"\s*((?:the|a|an|one|[A-Z])(?:[^,;:()\[\]—–“”\"]|[“\"][^,;:“”\"]{1,40}[”\"]){2,100}?)"
    r"\s*(?=[,;:()—–“”\"]|\.?$)"
)


def according_phrase(text: str, a: int, e: int) -> tuple[int, int] | None:
    """The source after "according to" that the phrase rules miss ('the recently
    court-released Harbour Trust handbook', 'one of his senior aides'), at most 12 words."""
    end = e
    while end > a and text[end - 1].isspace():  # no copy of the text before the phrase
        end -= 1
    m = _ACC_PHRASE.match(text, a, end)
    if m is None or len(m.group(1).split()) > 12:
        return None
    return m.span(1)
