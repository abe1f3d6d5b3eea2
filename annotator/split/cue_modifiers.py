"""A speaker that ends in an adjective right before its cue ("Mr. Ames's original", read from
"… runs counter to Mr. Ames's original pledge to close the pier"): the cue is a noun there and
the adjective one of its modifiers, so the speaker read as the cue verb's subject is none; the
owner of the noun speaks when a possessive comes before the adjectives ("Mr. Ames"), the
subject of a verb before them when one does, a light one or one in "-ed" ("The row raised
serious doubts about …" -> row, "Most pilots negotiated generous plans" -> Most pilots).

An adjective is told by its ending ("original", "controversial", "generous", "employer-paid",
"fire-breathing", "by-now-familiar") or is "false", "many" or "unique"; a noun with such an ending
("official", "handful", "commercial") is not one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from annotator.split.tracker import Attribution

# an adjective's ending (a lower-case word); a hyphenated participle or compound
_ADJECTIVE: Final = re.compile(
    r"(?:ical|cial|tial|sial|inal|onal|ual|ous|ful|less|[a-z]{3}able|[a-z]{3}ible|"
    r"-[a-z]+ed|-[a-z]+ing|-level|-familiar)$"
)
_ADJECTIVES: Final = frozenset(("false", "many", "unique"))
_NOUNS: Final = frozenset(
    """official officials commercial commercials criminal cardinal professional terminal
    handful mouthful individual national nationals""".split()
)
# what may stand between the speaker and its cue: spaces and quote marks
_GAP: Final = frozenset(" \"“”‘’'")
_TITLES: Final = frozenset("Mr. Mrs. Ms. Dr. Sen. Rep. Gov.".split())
_ARTICLES: Final = frozenset(("the", "a", "an"))
# a verb whose object noun carries the report ("raised serious doubts", "made false claims")
_LIGHT: Final = frozenset(
    """raised raises expressed expresses voiced voices made makes offered offers gave gives
    issued issues renewed renews repeated repeats""".split()
)


def _adjective(word: str) -> bool:
    return (
        word.islower()
        and word not in _NOUNS
        and (word in _ADJECTIVES or _ADJECTIVE.search(word) is not None)
    )


def checked(text: str, attr: Attribution) -> Attribution:
    """`attr` with no speaker, or the noun's owner or the verb's subject as it, when its
    speaker ends in an adjective right before its one-word cue (see the module doc); else
    `attr` as it is."""
    speaker = attr.speaker or ""
    cue = attr.cue or ""
    head, _, last = speaker.rpartition(" ")
    if not head or not cue or " " in cue or not _adjective(last):
        return attr
    lo, hi = attr.speaker_span or (0, 0)
    if hi <= lo or not text.endswith(last, lo, hi):
        return attr  # a speaker read from elsewhere: its span is not these words
    at = hi
    while at < len(text) and text[at] in _GAP and at - hi < 4:
        at += 1
    if text[at : at + len(cue)].lower() != cue.lower():
        return attr  # the cue is not the word after the speaker: a verb of its own
    return _owner(text, attr, lo, hi)


def _owner(text: str, attr: Attribution, lo: int, hi: int) -> Attribution:
    """The name before the last possessive "'s" in text[lo:hi], with its title, or the words
    before a verb (a light one, or one in "-ed"); else none."""
    words = [w for w in re.finditer(r"\S+", text[lo:hi])]
    tail_lower = len(words)  # words[tail_lower:] are all lower-case
    while tail_lower > 0 and words[tail_lower - 1].group().islower():
        tail_lower -= 1
    for i in range(len(words) - 2, -1, -1):
        word = words[i].group()
        if word.endswith(("'s", "’s")):
            if i + 1 < tail_lower:
                break  # "Ames's pier and the new": no modifier of the cue's noun after it
            first = i
            if word[:1].isupper():  # "Mr. Tom Ames's": the capitalised words before it
                while first > 0 and (
                    words[first - 1].group()[:1].isupper() or words[first - 1].group() in _TITLES
                ):
                    first -= 1
            start, end = lo + words[first].start(), lo + words[i].end() - 2
            if end > start:
                return replace(attr, speaker=text[start:end], speaker_span=(start, end))
            break
    for i in range(max(1, tail_lower), len(words) - 1):
        word = words[i].group()
        if word in _LIGHT or (word.endswith("ed") and not words[i - 1].group().endswith("ly")):
            first = 1 if i > 1 and words[0].group().lower() in _ARTICLES else 0
            start, end = lo + words[first].start(), lo + words[i - 1].end()
            return replace(attr, speaker=text[start:end], speaker_span=(start, end))
    return Attribution()
