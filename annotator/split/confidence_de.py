"""A German subject confident of what its comma clause says: "Der Trainer ist hingegen
zuversichtlich, das Spiel zu gewinnen", "Die Regierung war dennoch optimistisch, dass …". The
adjective states the subject's view, so the subject speaks the clause; up to two adverbs may
stand between the copula and the adjective, which the cue phrase "ist überzeugt" does not
allow. Not "Es ist sicher, dass …" (no one's view) nor an adjective before its noun. A subject
that "will" have learned, seen or heard something professes it ("Das Blatt will aus Kreisen
der Partei erfahren haben, dass …", `professed_subject`); "will … gebaut haben" is a plan.
A subject that reckons with something states its expectation ("Die Händler rechnen mit
steigenden Preisen", `expecting_subject`); not "Es wird mit … gerechnet" (no one's)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.demands_de import _INFINITIVE
from annotator.split.subject_spans_de import forward_span

_ADJECTIVES: Final = ("zuversichtlich", "optimistisch", "überzeugt", "sicher")
# the copula, adverbs, the adjective, then a "dass" clause or a "zu" infinitive after a comma
_CONFIDENT: Final = re.compile(
    r"\s+(ist|sind|war|waren)\s+(?:[a-zäöüß]+\s+){0,2}?"
    rf"({'|'.join(_ADJECTIVES)}),\s+(?=dass\b|{_INFINITIVE})"
)
_NO_ONE: Final = frozenset("es das dies dieses alles".split())


def confident_subject(text: str, s: int, e: int) -> tuple[tuple[int, int], str] | None:
    """The subject opening text[s:e] and the cue ("ist zuversichtlich") when the sentence
    opens with a subject confident of its comma clause."""
    part = text[s:e]
    if not any(a in part for a in _ADJECTIVES):
        return None  # a literal test before the pattern
    return _opening_subject(text, s, _CONFIDENT.search(text, s, e))


def _opening_subject(
    text: str, s: int, m: re.Match[str] | None
) -> tuple[tuple[int, int], str] | None:
    """The noun phrase from s up to the match `m` (no comma before it, not 'es' or another
    word for no one: "Es ist sicher, dass …") and the match's two words as the cue."""
    if m is None or "," in text[s : m.start()]:
        return None
    span = forward_span(text, s, m.start())
    if span is None or text[span[1] : m.start()].strip():
        return None  # the words before the cue are not one noun phrase
    if text[span[0] : span[1]].lower() in _NO_ONE:
        return None
    return span, f"{m.group(1)} {m.group(2)}"


# "wollen" and the perfect infinitive of a verb of learning or perceiving: a claim to know
_PROFESSED: Final = re.compile(
    r"\s+(will|wollen|wollte|wollten)\s+(?:[^,.;:!?„“\"]{0,80}?\s)?"
    r"(erfahren|gesehen|gehört|bemerkt|beobachtet|erkannt|gewusst|vernommen|wahrgenommen)"
    r"\s+haben\b"
)


def professed_subject(text: str, s: int, e: int) -> tuple[tuple[int, int], str] | None:
    """The subject opening text[s:e] and the cue ("will erfahren") when it claims to have
    learned or perceived what the sentence says ("Zeugen wollen einen Knall gehört haben")."""
    if "woll" not in text[s:e] and "will" not in text[s:e]:
        return None  # a literal test before the pattern
    return _opening_subject(text, s, _PROFESSED.search(text, s, e))


# a finite "rechnen" right after the subject and "mit" before what is expected, or the
# perfect: "rechnen für Mai mit …", "hatten mit einem Plus gerechnet"
_EXPECTING: Final = re.compile(
    r"\s+(rechnet|rechnen|rechnete|rechneten)\s+(?:[^,.;:!?„“\"]{0,60}?\s)?(mit)\s"
    r"|\s+(hat|haben|hatte|hatten)\s+(?:[^,.;:!?„“\"]{0,40}?\s)?mit\s[^,.;:!?]{1,80}?\s(gerechnet)\b"
)


def expecting_subject(text: str, s: int, e: int) -> tuple[tuple[int, int], str] | None:
    """The subject opening text[s:e] and the cue ("rechnen mit", "hatten gerechnet") when
    the sentence opens with a subject reckoning with something."""
    if "rechne" not in text[s:e]:
        return None  # a literal test before the pattern
    m = _EXPECTING.search(text, s, e)
    found = _opening_subject(text, s, m)
    if found is None or m is None:
        return None
    return found[0], " ".join(g for g in m.groups() if g)
