"""Headline speakers: a line that opens with a name and a colon ("Jane Doe: …", "NY Post: …",
"Obama on Climate Change: …", "Rep. Jane Doe (R-S.C.): “…”") and when that name speaks; a
document's title also by "Doe camp: …", "Historians: …" (`title_name`)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon

HEADLINE: Final = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*):\s+(?=\S)")
# "Obama on Climate Change: …", "Clinton to Planned Parenthood: …", "Doe at RNC: …" (English)
HEADLINE_TOPIC: Final = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:[Oo]n|[Tt]o|[Aa]t)\s+[^:“”\"‘’]{2,60}?:\s+(?=\S)"
)
# "Jane Doe: “…”", "Rep. Jane Doe (R-S.C.):“…”": a party or state label may close the name
HEADLINE_INTRO: Final = re.compile(
    r"\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)(?:\s*\([A-Z][\w.,-]{0,12}\))?:\s*"
)
# a title's "Doe camp: …", "Gazette editorial: …", "Democrats' new warning: …": a name and one
# or two lower-case words, the last a body, a document or a message
TITLE_OWNED: Final = re.compile(
    r"\s*((?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z][\w-]*\s+)?([a-z][\w-]*)):\s+(?=\S)"
)
_VOICE_NOUNS: Final[frozenset[str]] = lexicon.SPEAKER_NOUNS | frozenset(
    "camp camps editorial editorials warning warnings reaction response message verdict".split()
)
# a title's one-word plural of people by field: "Historians: …", "Economists: …"
_FIELD_PLURAL: Final = re.compile(r"[A-Z][a-z]+(?:ians|ists)")
_FIRST_WORDS: Final = lexicon.MALE_NAMES | lexicon.FEMALE_NAMES | lexicon.TITLES
_TITLE_OR_ROLE: Final = lexicon.TITLES | lexicon.ROLE_WORDS
_HEADLINE_NOT: Final = frozenset(
    "the update updated watch photo photos video related note source editor read see answer"
    " question latest breaking exclusive q a on in at for from with by to of about just paid"
    " over under after amid against behind beyond inside into without vs versus"
    " notice email newsletter leaked win loss editor’s editor's live".split()
)


def _headline_not(words: list[str]) -> bool:
    """A word of the name says the line is a label ("Update: …", "Watch: …", "The Latest: …"),
    but "Judicial Watch: …" speaks."""
    return any(
        w.lower() in _HEADLINE_NOT and (i == 0 or w.lower() != "watch") for i, w in enumerate(words)
    )


def headline_speaker(text: str, name: str, a: int, b: int) -> bool:
    """ "Jane Doe: …", "NY Post: …", "Poll: …" speaks when the name reads as a person's (given
    name or title first, or a surname the text repeats), an outlet's or a body's (two or more
    capitalised words, an acronym, a source noun) and at least four words follow."""
    words = name.split()
    first = words[0].lower().rstrip(".")
    if len(text[a:b].split()) < 4 or _headline_not(words):
        return False
    if text.count(",", a, b) >= 3 and "“" not in text[a : a + 3] and '"' not in text[a : a + 3]:
        return False  # "New Hampshire: Jane Doe, John Roe, …": a list
    if name.isupper() and (len(words) == 1 and len(name) > 3):
        return False  # "UPDATE:", "BREAKING:"; "AP:" and "JOEL BENENSON:" speak
    if first in lexicon.MALE_NAMES or first in lexicon.FEMALE_NAMES or first in lexicon.TITLES:
        return True
    if len(words) >= 2 or name.isupper() or first in lexicon.SPEAKER_NOUNS:
        return True
    if len(words) != 1:
        return False
    near = max(0, a - 5000), a + 5000
    if text.count(name, *near) >= 3:
        return True
    # "Lynch: …" over a body that names "Loretta Lynch", "Attorney General Lynch" or "Attorney
    # General Loretta Lynch" (a title before the given name)
    return _named_in_full(text[near[0] : near[1]], name)


# characters no match of `_named_in_full`'s pattern holds ("Jane Doe, Lynch" is no name)
_FULL_BREAKS: Final = ",:;"


def _named_in_full(window: str, name: str) -> bool:
    """Some "(Title) Given Name" in `window` names a given name, or a title or role, before
    `name`. The pattern is tried only between the breaks around each occurrence of `name` (its
    matches there are those of a scan of all `window`, which tried every position: ~260
    instructions a character)."""
    full = re.compile(rf"(?:([A-Z][\w'’.-]*)\s+)?([A-Z][\w'’.-]*)\s+{re.escape(name)}\b")
    if not name or any(c in name for c in _FULL_BREAKS):
        return _full_match(full, window, 0, len(window))
    i = window.find(name)
    while i >= 0:
        lo, hi = 0, len(window)
        for c in _FULL_BREAKS:
            k = window.rfind(c, 0, i)
            if k >= lo:
                lo = k + 1
            k = window.find(c, i + len(name), hi)
            if k >= 0:
                hi = k
        if _full_match(full, window, lo, hi):
            return True
        i = window.find(name, hi)
    return False


def _full_match(full: re.Pattern[str], window: str, lo: int, hi: int) -> bool:
    """A match of `full` in window[lo:hi] has a given name, or a title or role, first."""
    for f in full.finditer(window, lo, hi):
        if (
            f.group(2).lower().rstrip(".") in _FIRST_WORDS
            or (f.group(1) or "").lower().rstrip(".") in _TITLE_OR_ROLE
        ):
            return True
    return False


def topic_speaker(name: str) -> bool:
    """The name before "on Topic:" reads as a person's or an outlet's: one word (a surname,
    checked like any headline name), a given name or title first, or an acronym first."""
    words = name.split()
    first = words[0].lower().rstrip(".")
    return (
        len(words) == 1
        or words[0].isupper()
        or first in lexicon.MALE_NAMES
        or first in lexicon.FEMALE_NAMES
        or first in lexicon.TITLES
        or first == "former"
    )


def asks_after_colon(text: str, s: int, e: int) -> bool:
    """A title "Name: …?" asks a question of its own, no one's words ("Jane Doe: a reformer or
    a career politician?"), unless the question is quoted."""
    colon = text.find(":", s, e)
    tail = text[colon:e].rstrip()
    return colon >= 0 and tail.endswith("?") and not any(q in tail for q in "“”\"‘’'")


def title_name(text: str, s: int, e: int) -> tuple[int, int, int] | None:
    """The speaker of a document's title [s, e) "Name: …" (start, end, and where the words
    after the colon start): a headline name, "Doe camp: …", "Historians: …" or "Doe on Topic:
    …"."""
    if text.find(":", s, e) < 0:
        return None
    h = HEADLINE.match(text, s, e)
    if h and (
        headline_speaker(text, h.group(1), h.end(), e) or _FIELD_PLURAL.fullmatch(h.group(1))
    ):
        return h.start(1), h.end(1), h.end()
    h = TITLE_OWNED.match(text, s, e)
    if h and h.group(2) in _VOICE_NOUNS and not _headline_not(h.group(1).split()):
        return h.start(1), h.end(1), h.end()
    h = HEADLINE_TOPIC.match(text, s, e)  # "Obama to Voters Worried About …: …"
    if h and topic_speaker(h.group(1)) and headline_speaker(text, h.group(1), h.end(), e):
        return h.start(1), h.end(1), h.end()
    return None
