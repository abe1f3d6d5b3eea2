"""Speaker strings that are pieces of a clause, not a noun phrase (a last look after
`speaker_sanity`):

- a speaker that starts inside a bracket ("R-Va.) both", "then deputy mayor) heaps"): the name
  right before the bracket ("Tom Greer (R-Va.) both said" -> Tom Greer), else none;
- a speaker with a contracted verb ("Don’t", "wouldn’t", "you'd"): a name a question gave
  ("Why Don’t Voters …" -> Voters), the few words before the verb ("several skippers can't
  help but fear" -> several skippers), the name the clause stops before ("The timing of the
  vote doesn’t surprise analyst Tom Greer: “…”" -> Tom Greer), else none;
- a speaker that opens a title-case relative clause with an "-ed" verb after "Who" ("Harbour
  Pilot Who Praised Tom Greer Just Called …" gave "Praised Tom Greer"): the capitalised words
  before "Who" (-> Harbour Pilot), else none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Final

from annotator.split import lexicon
from annotator.split.tracker import Attribution


@cache
def _name_end() -> re.Pattern[str]:
    """Capitalised words that end right before a bracket ("Chairman Tom Greer (")."""
    return re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*$")


# words before a name that are no part of it ("Chairman", "Sen.", "Chief of Staff")
_TITLES: Final = lexicon.TITLES | lexicon.ROLE_WORDS | {"staff"}


def _before_bracket(text: str, attr: Attribution) -> Attribution:
    """ "Tom Greer (R-Va.) both said": the name before the bracket the speaker starts in, its
    titles cut ("Chairman Tom Greer"); none when no capitalised word stands there."""
    lo = (attr.speaker_span or (0, 0))[0]
    bracket = text.rfind("(", max(0, lo - 80), lo)
    name = _name_end().search(text, max(0, bracket - 80), bracket) if bracket > 0 else None
    if name is None:
        return Attribution()
    words = list(re.finditer(r"\S+", name.group()))[-3:]  # "… Committee Chairman Tom Greer"
    while len(words) > 1 and words[0].group().lower().rstrip(".") in _TITLES:
        words = words[1:]
    a, b = name.start() + words[0].start(), name.start() + words[-1].end()
    return replace(attr, speaker=text[a:b], speaker_span=(a, b))


# a word with a contracted verb: "Don’t", "wouldn't", "you’d"
_CONTRACTED: Final = re.compile(r"\w(?:n['’]t|['’]d)$")
# a word that makes the words before a contracted verb more than a subject
_LINKS: Final = frozenset("of in with for on at to from by about".split())


@cache
def _named_after() -> re.Pattern[str]:
    """The name a clause speaker stops before, then a colon or comma ("… doesn’t surprise
    analyst| Tom Greer: “…”")."""
    return re.compile(r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,2})[:,]")


def _before_verb(text: str, attr: Attribution, words: list[str], i: int) -> Attribution:
    """The speaker without its contracted verb `words[i]` (see the module doc)."""
    kept = words[i + 1 :] if i == 0 else words[:i]
    lo, hi = attr.speaker_span or (0, 0)
    if not kept or len(kept) > 3 or any(w in _LINKS for w in kept):
        name = _named_after().match(text, hi) if hi > lo and i > 0 else None
        if name is None:
            return Attribution()
        return replace(attr, speaker=name.group(1), speaker_span=name.span(1))
    phrase = " ".join(kept)
    at = text.find(phrase, lo, hi) if hi > lo else -1
    span = (at, at + len(phrase)) if at >= 0 else attr.speaker_span
    return replace(attr, speaker=phrase, speaker_span=span)


def _before_who(text: str, attr: Attribution, lo: int) -> Attribution:
    """ "A Harbour Pilot Who Praised Tom Greer Just Called …": the capitalised words before
    "Who", an article cut (-> Harbour Pilot), else none."""
    name = _name_end().search(text, max(0, lo - 84), lo - 4)
    if name is None:
        return Attribution()
    words = list(re.finditer(r"\S+", name.group()))[-3:]
    while len(words) > 1 and words[0].group().lower() in lexicon.ARTICLES:
        words = words[1:]  # "A Harbour Pilot Who …" -> Harbour Pilot
    a, b = name.start() + words[0].start(), name.start() + words[-1].end()
    return replace(attr, speaker=text[a:b], speaker_span=(a, b))


def checked(text: str, attr: Attribution) -> Attribution:
    """`attr` with a speaker that is a clause piece made a name, or dropped."""
    speaker = attr.speaker or ""
    lo = (attr.speaker_span or (0, 0))[0]
    if lo > 4 and text.startswith("Who ", lo - 4) and speaker.split(" ", 1)[0].endswith("ed"):
        return _before_who(text, attr, lo)  # a title-case headline's relative clause
    if ")" in speaker and "(" not in speaker:
        return _before_bracket(text, attr)
    if "’" in speaker or "'" in speaker:
        words = speaker.split()
        verb = next((i for i, w in enumerate(words) if _CONTRACTED.search(w)), None)
        if verb is not None:
            return _before_verb(text, attr, words, verb)
    return attr
