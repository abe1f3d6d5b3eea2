"""A speaker that holds the head noun of a relative clause without "that" ("the ways the two
candidates respond", "an arrangement the Tory campaign has criticized", "figures her campaign
released"): the clause's own subject is the speaker ("two candidates", "Tory campaign", "her
campaign"); the noun it follows is what was said, not who said it.

The subject opens with "the" or a possessive ("his", "her", "its", "their") right after a
lower-case word of the speaker that is no preposition, conjunction, title or verb form
("spokesman the Rev. …", "members of the board", "officers signed the letter", "those who back
her rivals" stay), and holds no preposition itself ("helped launch the movement with a speech"
stays).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Final

from annotator.split import lexicon
from annotator.split.tracker import Attribution


@cache
def _inner() -> re.Pattern[str]:
    """A determiner inside a speaker's span, the word before it and the rest of the span."""
    return re.compile(r" (the|his|her|its|their) ")


# words before a determiner that leave the phrase one noun phrase ("members of the board")
_LINKS: Final = frozenset(
    """of for to in on at by with from as about into onto than over under after before against
    between among through during via and or but nor off per like including within without
    across behind beyond near around toward towards upon amid despite both either neither all
    each that which who whom whose what when where while if whether""".split()
)
_ARTICLES: Final = frozenset(("the", "a", "an"))
# a word after which the word before the determiner is a verb ("who back her rivals")
_VERB_BEFORE = frozenset("who that which and or will would can could should may might must".split())


def checked(text: str, attr: Attribution) -> Attribution:
    """`attr` with its speaker cut to the subject of a relative clause without "that" when the
    speaker holds the clause's head noun (see the module doc); else `attr` as it is."""
    lo, hi = attr.speaker_span or (0, 0)
    inner = _inner().search(text, lo, hi) if hi - lo > 8 else None
    if inner is None:
        return attr  # most speakers: no determiner inside
    for found in _inner().finditer(text, inner.end() - 1, hi):
        inner = found  # the last determiner inside the span: the clause's subject ends it
    before = text[max(0, lo - 40) : inner.start()].rsplit(None, 2)
    head = before[-1] if inner.start() > lo else ""
    if len(before) > 1 and before[-2] in _VERB_BEFORE:
        return attr  # "those who back her rivals", "… and make his supporters": a verb
    if not head.isalpha() or not head.islower() or head in _LINKS or head.endswith(("ed", "ly")):
        return attr
    if head in lexicon.ROLE_WORDS or head in lexicon.TITLES or head in lexicon.ARTICLES:
        return attr  # "Vatican spokesman the Rev. Tom Greer"
    if head not in (attr.speaker or "").split():
        return attr  # the speaker was already read from part of the span
    subject = text[inner.start() + 1 : hi].split()
    if len(subject) < 2 or len(subject) > 7 or any(w.lower() in _LINKS for w in subject[1:]):
        return attr
    if subject[0] == "the":
        subject = subject[1:]
    start = hi - len(" ".join(subject)) if text.endswith(" ".join(subject), 0, hi) else None
    if start is None:  # words apart by more than one space: find the first word again
        start = text.find(subject[0], inner.start() + 1, hi)
    words = [w for w in subject if w.lower() not in _ARTICLES]
    return replace(attr, speaker=" ".join(words), speaker_span=(start, hi))
