"""A response or a testimony with nothing said: "Doe responded to the mayor's post.", "Roe
testified before the county board in spring.", "Doe, however, wasted no time responding."

The verb is followed by at most a few words ("to" a thing, a place, a time, an adverb) and the
sentence's end, with no quote, no "that" and no "by saying" after it: a deed narrated, no
words reported, so the sentence's claim takes no speaker. The cue itself stands: the speaker
is still the one a quote in the next sentence goes back to ("Doe replied. “…,” he said.").
Left alone: a refusal ("did not respond to the board", "chose not to reply"), a response to a
request ("responded to questions"), words quoted or reported before the verb ("“No,” Doe
replied.", "The toll stays, Doe replied."), a verb after a comma, a colon or a dash, and a Title
Case headline ("Doe Responds To Critics").
"""

from __future__ import annotations

import re
from typing import Final

from annotator.split.tracker import Attribution

FORMS: Final = frozenset(
    """respond responds responded responding reply replies replied replying testify testifies
    testified testifying""".split()
)

# the verb, then up to eight plain words and the sentence's end (no comma, colon, quote or dash)
_TO_END: Final = re.compile(
    r"\b(respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|testif(?:y|ies|ied|ying))"
    r"((?:\s+[\w'’$-]+){0,8}?)\s*[.!?]\s*$"
)

# words after the verb that ask for or carry words: a request answered, a report to come
_WORDED: Final = frozenset(
    """request requests question questions inquiry inquiries query queries call calls message
    messages email emails e-mail e-mails letter letters comment comments that saying by with
    what how why whether if""".split()
)
_QUOTES: Final = ("“", "”", '"', "''")
_ASIDE: Final = re.compile(r",\s*[\w'’-]+\s*,")
# a refusal to answer is a stand taken: "did not respond to the board", "chose not to reply"
_REFUSED: Final = re.compile(r"(?:\b(?:not|never|yet\s+to)|n[’']t)\s+(?:[a-z]+\s+){0,2}$")


def checked(text: str, s: int, e: int, attr: Attribution) -> Attribution:
    """`attr` without its speaker when its cue is a response or testimony that says nothing
    (see the module doc); else `attr` as it is."""
    sentence = text[s:e].rstrip()
    tail = _TO_END.search(sentence)
    if tail is None or tail.group(1) != attr.cue:  # a capital "Responds": a headline
        return attr
    if not _WORDED.isdisjoint(tail.group(2).lower().split()):
        return attr
    before = sentence[: tail.start()]
    if _REFUSED.search(before):
        return attr  # "chose not to respond to the board"
    if any(q in before for q in _QUOTES):
        return attr  # "“No,” Doe replied."
    before = _ASIDE.sub(" ", before)  # ", however," is an aside
    comma = before.rfind(",")
    if comma >= 0 and len(before[:comma].split()) > 3:
        return attr  # "The toll stays, Doe replied."
    return Attribution()
