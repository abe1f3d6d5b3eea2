"""Where the reported words are around a frame: the content of a sentence around its speaker
and cue (`_content`), where the words after a quote end (`_window_end`), and what may stand
between a quote and the cue before or after it (`_INTRO_TAIL`, `_ROLE_APPOSITION`)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon

# `(?<!\.[A-Z])(?<!\b[A-Z])[.!?](?:\s|$)|[“\"„«»]`, written to start with one class (the
# lookbehinds after the mark) so that the scan jumps from mark to mark
_QUOTE_STOP: Final = re.compile(
    r"[.!?“\"„«»](?:(?<=[.!?])(?<!\.[A-Z].)(?<!\b[A-Z].)(?:\s|$)|(?<=[“\"„«»]))"
)
_INTRO_TAIL: Final = re.compile(
    r"(?:\s+(?:of|to|on|about|in|at)\s+[^:,“\"„«]{0,60})?\s*[:,—–-]?\s*(?:that\s*)?"
    r"|\s+[^:;“\"„«.!?]{1,50}:\s*"  # "X told WEEI: “…”", "X wrote on Facebook: “…”"
)


# a sentence's opening quote, closed before the frame ('“It is fine,” said …')
_QUOTED: Final = re.compile(r"\s*(?:''|[\"“‘«])[^\"“”«»]+[,.!?]?(?:''|[\"”’»])[\s,]*")


# an opening question put to the speaker: "Asked (by X) whether …,", "When asked about …,"
_ASKED: Final = re.compile(
    r"\s*(?:(?:When|After|If|Once)\s+(?:being\s+)?)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)\b"
)


def _content(s: int, e: int, a: int, b: int, text: str) -> tuple[int, int] | None:
    """The reported words of sentence [s, e) around its frame [a, b) (speaker and cue)."""
    left, right = (s, a), (b, e)
    lo, hi = left if left[1] - left[0] >= right[1] - right[0] else right  # the longer side
    if lo == s and _ASKED.match(text, s, a) and text[b:e].strip(' .,;:"”’'):
        lo, hi = right  # "Asked whether …, Doe said she did not know": the answer
    if _QUOTED.fullmatch(text, s, a):
        lo, hi = left  # '“It is fine,” said Doe, a pilot from …': the quote, not the apposition
    while lo < hi and text[lo] in " ,:;—–-\"“”'‘’„«»":
        lo += 1
    if text.startswith("that ", lo):
        lo += 5
    while hi > lo and text[hi - 1] in " ,:;—–-.\"“”'‘’„«»":
        hi -= 1
    return (lo, hi) if hi > lo else None


# a German quoted name: up to four capitalized words ("„Die Woche“", "„Der Morgenkurier“")
_QUOTED_NAME: Final = re.compile(r"„[A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*){0,3}“")


def _window_end(text: str, a: int, b: int) -> int:
    """Where the words after a quote end: a full stop (not a title's "Rep."), "!", "?" or a quote
    (not a German quoted name: "„…“, schrieb „Die Woche“")."""
    for m in _QUOTE_STOP.finditer(text, a, b):
        stop = m.start()
        if text[stop] == "„" and (name := _QUOTED_NAME.match(text, stop, b)):
            return _window_end(text, name.end(), b)  # "„…“, schrieb „Die Woche“": a name
        if text[stop] == ".":
            word = text[(stop - 6 if stop - 6 > a else a) : stop].rsplit(None, 1)[-1:]
            if word and word[0].lower() in lexicon.TITLES:
                continue
        return stop
    return b


# '"…," the harbour board spokesman, Tom Lund, said', '"…," Ohio Rep. Jane Doe’s chief of staff,
# Tom Lund, said': a role phrase (after a determiner or a name's possessive) before the name
_ROLE_APPOSITION: Final = re.compile(
    r"[\s,.!?\"”’'»]*(?:the|a|an|his|her|its|their|(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*[’']s)"
    r"\s+[\w.’'&-]+(?:\s+[\w.’'&-]+){0,5},\s*"
)
