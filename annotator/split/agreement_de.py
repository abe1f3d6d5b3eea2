"""German subject-verb agreement for a cue's subject: a singular noun cannot be the subject of
a plural finite verb. "Zustimmung verlangten die Gewerkschaften" fronts the object (its subject
follows the verb), "…, die gegen die Pläne der Regierung protestieren" has its subject in the
relative pronoun; neither names who speaks. Words, not patterns: nothing to compile on import."""

from __future__ import annotations

import re
from typing import Final

# the head comes before a genitive or prepositional attribute: "Die Leitung der Klinik"
_ATTRIBUTE: Final = frozenset("der des von vom aus im in am bei für zur zum".split())
# nouns that are singular with these endings ("Leitung", "Mehrheit", "Kommission", "Universität")
_SINGULAR: Final = ("ung", "heit", "keit", "schaft", "ion", "tät")
# two subjects: "Die Leitung und der Rat", "Die Stiftung sowie die Partei"
_JOINED: Final = frozenset("und sowie oder wie".split())
# a verb in -en after an auxiliary or modal is no finite verb ("will … fordern", "hat …
# gesprochen", "hatte … zurückgewiesen")
_AUXILIARY: Final = frozenset(
    """hat hatte habe hätte ist war sei wäre wird wurde werde würde will wollte wolle kann
    konnte könne könnte soll sollte solle muss musste müsse müsste darf durfte möchte mag""".split()
)
_GENITIVE: Final = frozenset(("der", "des"))


def _singular_head(words: list[str]) -> bool:
    head = []
    for w in words:
        if w in _ATTRIBUTE or w.startswith("("):
            break
        head.append(w)
    return (
        bool(head) and len(head[-1]) > 4 and head[-1][-1].isalpha() and head[-1].endswith(_SINGULAR)
    )


def _genitive_of_noun(text: str, a: int) -> bool:
    """The span is the genitive of a noun before it: "Vertreter der neuen Regierung"."""
    before = text[max(0, a - 60) : a].split()
    i = len(before) - 1
    while (
        i >= 0 and before[i][:1].islower() and before[i] not in _GENITIVE and len(before) - i <= 3
    ):
        i -= 1
    return i >= 1 and before[i] in _GENITIVE and before[i - 1][:1].isupper()


def disagrees(text: str, a: int, b: int, verb: re.Match[str]) -> bool:
    """The subject text[a:b] is one singular noun and the cue verb is a plural finite verb."""
    word = verb.group(1)
    if len(word) < 4 or not word.endswith("en") or not word.isalpha() or word.startswith("ge"):
        return False
    words = text[a:b].split()
    if not _singular_head(words) or _JOINED.intersection(words) or "," in text[a:b]:
        return False
    after = text[b : b + 8].split()
    if text[b : b + 1] == "," or (after and after[0].strip(",") in _JOINED):
        return False
    lo, hi = (b, verb.start()) if b <= verb.start() else (verb.end(), a)
    near = text[lo:hi].split() + text[verb.end() : verb.end() + 12].split()
    if _AUXILIARY.intersection(w.strip(",.") for w in near):
        return False
    return not _genitive_of_noun(text, a)
