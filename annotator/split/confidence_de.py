"""A German subject confident of what its comma clause says: "Der Trainer ist hingegen
zuversichtlich, das Spiel zu gewinnen", "Die Regierung war dennoch optimistisch, dass …". The
adjective states the subject's view, so the subject speaks the clause; up to two adverbs may
stand between the copula and the adjective, which the cue phrase "ist überzeugt" does not
allow. Not "Es ist sicher, dass …" (no one's view) nor an adjective before its noun."""

from __future__ import annotations

import re

from annotator.split.demands_de import _INFINITIVE
from annotator.split.subject_spans_de import forward_span

_ADJECTIVES = ("zuversichtlich", "optimistisch", "überzeugt", "sicher")
# the copula, adverbs, the adjective, then a "dass" clause or a "zu" infinitive after a comma
_CONFIDENT = re.compile(
    r"\s+(ist|sind|war|waren)\s+(?:[a-zäöüß]+\s+){0,2}?"
    rf"({'|'.join(_ADJECTIVES)}),\s+(?=dass\b|{_INFINITIVE})"
)
_NO_ONE = frozenset("es das dies dieses alles".split())


def confident_subject(text: str, s: int, e: int) -> tuple[tuple[int, int], str] | None:
    """The subject opening text[s:e] and the cue ("ist zuversichtlich") when the sentence
    opens with a subject confident of its comma clause."""
    part = text[s:e]
    if not any(a in part for a in _ADJECTIVES):
        return None  # a literal test before the pattern
    m = _CONFIDENT.search(text, s, e)
    if m is None or "," in text[s : m.start()]:
        return None
    span = forward_span(text, s, m.start())
    if span is None or text[span[1] : m.start()].strip():
        return None  # the words before the copula are not one noun phrase
    if text[span[0] : span[1]].lower() in _NO_ONE:
        return None  # "Es ist sicher, dass …": no one's view
    return span, f"{m.group(1)} {m.group(2)}"
