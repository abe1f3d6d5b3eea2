""" "called" naming a thing, no judgment of it: "a group called the …", "a fee waiver called
a “rollover”", "the so- called …", "party officials, called superdelegates, and …", "and
another called k9", "a jump called the dropper, in which" (not "Doe also called", "the campaign
called the Gazette's story a …", "Doe, a spokeswoman, called Smith a liar")."""

from __future__ import annotations

import re
from typing import Final

# "a group called the “X”"; not a possessive: "the campaign called the Gazette's story a …"
_CALLED_NAME = re.compile(r"\s+(?:(?:the\s+)?[\"“‘']?[A-Z](?![\w.&-]*['’]s?\s)|an?\s+[\"“‘'][a-z])")
# a noun right before "called" ("a group called"), not an adverb or an auxiliary ("Doe also
# called", "which Doe had called a “disaster”")
_LOWER_END: Final = re.compile(
    r"\b(?!(?:also|later|then|again|once|repeatedly|previously|recently|even|still|"
    r"just|already|now|publicly|often|had|has|have|was|were|is|are|been|be|being)\s)"
    r"(?![a-z]+ly\s)[a-z][a-z]+\s+$"
)
_SO: Final = re.compile(r"\b[Ss]o-\s*$")  # "the so- called …" (a broken "so-called")
# a list's next item: "a firm called Cole Data, and another called k9"
_ANOTHER: Final = re.compile(r"\banother\s+$")
# a bare object closed by a comma or a relative: "a jump called the dropper, in which", "Doe
# called the police, who": a name or a phone call, no judgment ("called the plan a sham")
_BARE_OBJECT: Final = re.compile(r"\s+the\s+[a-z]+(?:,|\s+(?:in\s+which|which|that|who)\b)")
# a lower-case noun and a comma before "called", then a name closed by a comma or a relative:
# "officials, called superdelegates, and", 'a podcast, called "Short Answer" in which'
_SET_OFF: Final = re.compile(r"\b[a-z][a-z]+,\s+$")
_NAME_CLOSED: Final = re.compile(
    r"\s+(?:the\s+)?(?:[\"“‘'][^\"“”‘’']{1,60}[\"”’']|(?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*|"
    r"[a-z]+)(?:,|\s+(?:in\s+which|which|that)\b)"
)


def names_thing(text: str, start: int, end: int, lo: int) -> bool:
    """ "called" at [start, end) gives a thing its name and reports nothing."""
    before = text[max(lo, start - 12) : start]
    if _SO.search(before) or _ANOTHER.search(before) or _BARE_OBJECT.match(text, end):
        return True
    if _CALLED_NAME.match(text, end) and _LOWER_END.search(before):
        return True  # "a group called the …"
    return _SET_OFF.search(before) is not None and _NAME_CLOSED.match(text, end) is not None
