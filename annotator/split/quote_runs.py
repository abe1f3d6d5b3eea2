"""Tests on a block and the quotes in it that decide whether a speaker goes on across quotes
and paragraphs (`attribution.attribute_block`): a quote framed by its own unnamed speaker
(`_unnamed_frame`), a section heading in single quotes (`_heading`), a frame verb outside the
lexicon between two quotes (`_own_verb`), the outlet's own prose ending a quote (`_is_prose`),
a block that is the words of the 'X wrote:' before it (`_own_words`, `_reports_another`)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split.cues import cue_matches
from annotator.split.tracker import Attribution, Tracker


def _own_verb(gap: str, before: Attribution) -> bool:
    """'“…,” Doe fumed. “…”': the gap between two quotes is the first one's frame, its verb
    outside the cue lexicon ("fumed", "answered"), so the same speaker goes on."""
    verb = (before.cue or "").split()[:1]
    return bool(verb) and verb[0].isalpha() and re.search(rf"\b{verb[0]}\b", gap) is not None


def _heading(text: str, bstart: int, bend: int, qs: int, qe: int) -> bool:
    """A block that is nothing but a few words in single quotes ("'A tough decision.'"): a
    section heading of the story, which goes on with no quote before it."""
    return (
        text[qs] == "'" != text[qs + 1]
        and not text[bstart:qs].strip()
        and not text[qe:bend].strip()
        and len(text[qs:qe].split()) <= 8
    )


def _is_prose(text: str, sentences: list[tuple[int, int]]) -> bool:
    """A block of the outlet's own prose ends a multi-paragraph quote; a caption or link does not."""
    for s, e in sentences:
        if text[e - 1] == "." and len(text[s:e].split()) >= 6:
            return True
    return False


def _own_words(text: str, bstart: int, bend: int, tracker: Tracker, intro: Attribution) -> bool:
    """The block can be the words of the 'X wrote:' closing the block before: English prose, no
    embedded post ('<tweet …>'), no frame of its own closing it with a colon and no mention of X
    ("Its margin of error is three points …" after "The poll found:")."""
    block = text[bstart:bend]
    return (
        tracker.lang in (None, "en")
        and not block.startswith("<")
        and block.rstrip()[-1:] != ":"
        and intro.speaker is not None
        and intro.speaker.split()[-1] not in block
    )


_FIRST_PERSON_EN: Final = re.compile(r"\b(?:I|we|We|my|My|our|Our)\b")


def _reports_another(text: str, s: int, e: int) -> bool:
    """A sentence with a cue and no first person reports someone else's words ("Even the
    columnist Jane Doe pointed out …"), not the words of the frame before ("I think …")."""
    return bool(cue_matches(text, s, e)) and not _FIRST_PERSON_EN.search(text, s, e)


# a quote's own frame right after it: '“…,” a voice says', '”, the old sign said'
_FRAME_AFTER: Final = re.compile(
    r"[,\s]+((?:[\w.'’-]+\s+){1,4}?(?:says|said|adds|added|asks|asked|writes|wrote|tells|told))\b"
)


_BACK_PRONOUNS: Final = frozenset("he she it they we i".split())


def _unnamed_frame(text: str, qs: int, qe: int, bend: int) -> bool:
    """A frame verb within four words after a quote that ends on a comma or before a lower-case
    word (`_FRAME_AFTER`; '“…,” a voice says as …'): the quote has a speaker of its own, even
    when `attribute_quote` cannot name it, and takes no one's from before it."""
    m = _FRAME_AFTER.match(text, qe, bend)
    if m is None or m.group(1).split()[0].lower() in _BACK_PRONOUNS:
        return False  # '“…,” it added': the one named before goes on
    return text[qs:qe].rstrip("\"'”’» ").endswith(",") or m.group(1)[:1].islower()
