"""A claim's salient tokens (numbers, entities and content words, concept classes that merge
synonyms: `salient_tokens`), its figures (`figures`), and the rule that two claims sharing
enough of them, with a figure or event concepts, are one (`_salient_rule`): see `clusters`."""

from __future__ import annotations

import re
from typing import Final

CONCEPTS: dict[str, str] = {}
for _concept, _words in {
    "#casualty": "killed kill killing dead death deaths died die toll victims victim casualties "
    "fatalities lives",
    "#attack": "blast bombing bomb bombs attack attacks explosion explosions suicide bomber ",
    "#troops": "soldiers soldier troops troop servicemen servicemembers service marines marine "
    "personnel",
    "#injured": "injured wounded hurt injuries",
    "us": "u.s u.s. us usa u.s.a american americans u.s.a. united states",
    "afghan": "afghans afghan afghani",
}.items():
    for _w in _words.split():
        CONCEPTS[_w] = _concept
EVENT_CONCEPTS: Final = frozenset(["#casualty", "#attack", "#injured"])

STOP: Final = frozenset(
    """a an the and or but of to in on at for with by from as is are was were be been being has
    have had do does did it its this that these those there their they them he she his her we
    our you your i my me not no so if then than which who whom whose what when where why how
    all any some more most other such only own same too very can will would could should may
    might must also just about after before over under up down out into through during since
    while said says say told according according mr ms mrs up least at"""
    "".split()
)
_TOKEN: Final = re.compile(r"\$?\d[\d,]*(?:\.\d+)?|[A-Za-z][A-Za-z.'’-]*")
_YEAR: Final = re.compile(r"(?:19|20)\d\d$")


def salient_tokens(text: str) -> set[str]:
    """Numbers, concepts and content words of a claim (see the module docstring)."""
    return _salient_tokens(text, {})


_DROP: Final = ""  # memo value of a token that is not salient


def _salient_tokens(text: str, memo: dict[str, str]) -> set[str]:
    """`salient_tokens`, with `memo` mapping each raw token to its salient form (or `_DROP`):
    the mapping is a pure function of the token, so a memo shared across claims is exact."""
    out: set[str] = set()
    lowered = text.lower().replace("united states", "us").replace("service members", "troops")
    for raw in _TOKEN.findall(lowered):
        tok = memo.get(raw)
        if tok is None:
            tok = memo[raw] = _salient_token(raw)
        if tok:
            out.add(tok)
    return out


def _salient_token(tok: str) -> str:
    if tok[0].isdigit() or tok[0] == "$":
        return tok.lstrip("$").replace(",", "")
    tok = tok.strip(".'’-").removesuffix("’s").removesuffix("'s").rstrip("’'")
    if not tok or tok in STOP or len(tok) < 3 and tok not in CONCEPTS:
        return _DROP
    concept = CONCEPTS.get(tok)
    if concept is None and tok.endswith("s") and len(tok) > 4:
        concept = CONCEPTS.get(tok[:-1])
        tok = tok[:-1]
    return concept or tok


def figures(text: str, memo: dict[str, str] | None = None) -> frozenset[str]:
    """The figures of a claim: numbers that are not years (`memo` as in `_salient_tokens`)."""
    return _figures_in(_salient_tokens(text, {} if memo is None else memo))


def _salient_rule(sa: set[str], sb: set[str], figures_a: frozenset[str] | None = None) -> bool:
    """`figures_a`: the figures of `sa` (`_figures_in(sa)`), when known: a shared figure is one
    of them in the shared set."""
    shared = sa & sb
    n = len(shared)
    if n >= 4 and (n + n >= len(sa) or n + n >= len(sb)):  # half the smaller set or more
        events = shared & EVENT_CONCEPTS
        if not events:  # both ways to pass need an event concept
            return False
        if figures_a is None:
            figure = any(t[0].isdigit() and not _YEAR.match(t) for t in shared)
        else:
            figure = not figures_a.isdisjoint(shared)
        if figure or (len(events) >= 2 and n >= 6):
            return True
    return False


_NO_FIGURES: Final[frozenset[str]] = frozenset()


def _figures_in(tokens: set[str]) -> frozenset[str]:
    """The figures among a text's salient tokens (numbers that are not years)."""
    return frozenset(t for t in tokens if t[0].isdigit() and not _YEAR.match(t)) or _NO_FIGURES
