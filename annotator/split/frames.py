"""Which cue governs a sentence with several: a reporting clause that closes the sentence after a
comma ("Doe told the inquiry she was warned …, the Harbour Gazette reported late Monday.",
"…, analysts say.", "…, said Jane Doe.") frames everything before it, so it wins over the cues
inside the reported words (not a verb of showing or finding after "Doe said": Doe reports); a subject opening the sentence wins over an "according to" inside
what it reports (`reported_through`). Also: which cue after a quote is the quote's
(`_new_sentence`) and the name right after an inverted cue (`_named_after`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from annotator.split import lexicon
from annotator.split.antecedents import subject_behind_clause
from annotator.split.cues import _VERB, _is_cue
from annotator.split.narration import own_report
from annotator.split.speakers import is_named, is_speaker_phrase, subject_after, subject_before

# what may follow a closing cue: a few words without a clause of their own ("late Thursday",
# "in a statement", "on Twitter") and the sentence's end
_TAIL: Final = re.compile(r"(?:\s+[^\s,;:“\"„«»(]+){0,7}\s*[.!?]?[\"”’'»)]*\s*")
# "…, said Greg Barton, chair in global Islamic politics at Deakin University."
_APPOSED_TAIL: Final = re.compile(
    r"(?:\s+[^\s,;:“\"„«»(]+){1,5},(?:\s+[^\s,;:“\"„«»(]+){1,14}\s*[.!?]?[\"”’'»)]*\s*"
)
# the most whitespace-separated words a tail can hold: one per repeated word, one for the end
# mark (the comma of the apposition is glued to its word)
_TAIL_WORDS: Final = 7 + 1
_APPOSED_WORDS: Final = 5 + 14 + 1
_CLAUSE_IN_TAIL: Final = re.compile(r"\b(?:that|who|which|because|if|when|while|as|but|and)\b")
# a role after the closing cue, its relative clause ending the sentence: "…, said an aide
# who was told about the merger."
_ROLE_WHO: Final = re.compile(
    r"\s+(?:an?|the|one)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)\s+who\s[^,;:“”\"]*[.!?]?[\"”’']*\s*"
)
_DETERMINED: Final = re.compile(r"(?:an?|the|one)\s", re.I)
_SEPARATOR: Final = ",—–"
_SAID: Final = ("said", "says", "say")
_CLOSING_QUOTES: Final = "”’\"'»"


def _headline_action(cue: str) -> bool:
    """A capitalised verb of action after a separator, a title-case headline's second verb
    ("Doe Says …, Calls Toll Plan ‘Reckless’"): the phrase after it is its object, no
    inverted subject, as it would be for a verb of saying ("…, Says Jane Doe.")."""
    return cue[0].isupper() and _VERB.fullmatch(cue.lower()) is None


def closing_frame(
    text: str, s: int, e: int, inside: Callable[[int], bool], matches: list[re.Match[str]]
) -> tuple[tuple[int, int], re.Match[str]] | None:
    """(speaker span, cue match) of the reporting clause that closes text[s:e], or None;
    `matches` are the sentence's cue forms (`cue_matches`)."""
    if len(matches) < 2:
        return None  # one cue: the ordinary rules find it
    m = matches[-1]
    # every `_ROLE_WHO` match holds "who": none after the last one's start can match (one scan)
    who = text.rfind("who", s, e)
    for c in matches[-3:-1]:  # "…, said an aide who was briefed about …": not "briefed"
        role_who = _ROLE_WHO.fullmatch(text, c.end(), e) if who >= c.end() else None
        if role_who and role_who.group(1) in lexicon.PEOPLE:
            m = c
    if inside(m.start()) or m.group(1).endswith("ing"):
        return None
    words = len(text[m.end() : e].split())  # at most 8 in a `_TAIL`, 20 in an `_APPOSED_TAIL`
    tail = (_TAIL.fullmatch(text, m.end(), e) if words <= _TAIL_WORDS else None) or (
        _APPOSED_TAIL.fullmatch(text, m.end(), e) if words <= _APPOSED_WORDS else None
    )
    role_who = _ROLE_WHO.fullmatch(text, m.end(), e) if who >= m.end() else None
    if role_who and role_who.group(1) not in lexicon.PEOPLE:
        role_who = None
    if (tail is None or _CLAUSE_IN_TAIL.search(text, m.end(), e)) and role_who is None:
        return None
    if m.group(1).lower() not in lexicon.EN_CUES or not _is_cue(text, m, s):
        return None
    if not _VERB.fullmatch(m.group(1)) and _opens_with_said(text, s, matches[0]):
        return None  # "Doe said the tapes …, the footage showed.": Doe reports, the footage shows
    if sum(1 for c in matches if not inside(c.start())) < 2:
        return None
    if any(
        _PARENTHETICAL.match(text, c.end())
        and _ASIDE_OPENS.search(text, (c.start() - 60 if c.start() - 60 > s else s), c.start())
        and not inside(c.start())
        for c in matches[:-1]
    ):
        return None  # "If …, Mr. Taylor warned, supporters plan to …": the aside reports
    before = text[s : m.start()].rstrip()
    if before and before[-1] in _SEPARATOR:  # "…, said Jane Doe." (not "…, told Fox News.")
        if m.group(1).lower() in lexicon.TOLD or _headline_action(m.group(1)):
            return None
        span = subject_after(text, m.end(), e)
        if span and (is_named(text[span[0] : span[1]]) or _role(text, span)):
            if not _clause_goes_on(text, s, span, m):
                return span, m  # "…, said Jane Doe.", "…, said an official (who …)."
        return None
    sep = max(before.rfind(c) for c in _SEPARATOR)
    if sep < 0 or len(before) - sep > 90:
        return None
    start = s + sep + 1
    while start < m.start() and text[start] in _CLOSING_QUOTES:
        start += 1  # '… a “spare key,” the Gazette reported.': the comma inside the closing quote
    span = subject_before(text, start, m.start())
    if span is None or text[start : span[0]].strip():
        # "…, people close to the harbour deal said.": the head before its post-modifier
        span = subject_behind_clause(text, start, m.start())
    if span is None or text[start : span[0]].strip():
        return None  # the subject starts right after the separator: a clause of its own
    if text[span[0] : span[1]].lower() in lexicon.PRONOUNS:
        return None
    return span, m


def _role(text: str, span: tuple[int, int]) -> bool:
    """ "an official", "a harbour official": a determiner and a noun of a person or body."""
    head = text[span[0] : span[1]].rsplit(None, 1)[-1].lower()
    return bool(_DETERMINED.match(text, span[0])) and head in lexicon.PEOPLE


def _opens_with_said(text: str, s: int, m: re.Match[str]) -> bool:
    """ "Jane Doe also said …": the sentence opens with a named subject of "said"/"says"."""
    if m.group(1) not in _SAID:
        return False
    span = subject_before(text, s, m.start())
    return span is not None and not text[s : span[0]].strip() and is_named(text[span[0] : span[1]])


_GOES_ON: Final = re.compile(r"\s+[a-z]")
_PARENTHETICAL: Final = re.compile(r",\s")
_ASIDE_OPENS: Final = re.compile(r"\w,\s+(?:[A-Z][\w.'’-]*\s+){1,4}$")


def _clause_goes_on(text: str, s: int, span: tuple[int, int], m: re.Match[str]) -> bool:
    """ "Gov. Jane Doe of Ohio, a Republican, said the Lund family deserved an apology": the words
    after the cue go on into a clause and a name with an apposition opens the sentence."""
    return bool(_GOES_ON.match(text, span[1])) and apposed_subject(text, s, m.start()) is not None


def apposed_subject(text: str, s: int, verb_start: int) -> tuple[int, int] | None:
    """The name that opens a sentence and an apposition closes right before a cue ("Gov. Jane
    Doe of Ohio, a Republican, said …"), else None."""
    span = subject_before(text, s, verb_start)
    if span is None or text[s : span[0]].strip(" \"“‘'") or not is_named(text[span[0] : span[1]]):
        return None
    return span if text[span[1] : verb_start].startswith(",") else None


_CLAUSE_AFTER: Final = re.compile(r"\s+(?:that|to|whether|if|how|why|what|about|of)\b")


def closing_mark(text: str, qs: int, qe: int) -> str:
    """The last character inside the quote text[qs:qe] before its closing marks ("." of
    '“… a disgrace.”'), or ""."""
    return text[(qe - 3 if qe - 3 > qs else qs) : qe].rstrip("\"”’'»")[-1:]


def _new_sentence(text: str, qs: int, qe: int, cue: re.Match[str], wend: int) -> bool:
    """A quote ending in a full stop, then a clause with content of its own ("…." Doe warned
    that …), or a quote closing its sentence ("…!", "…?", "….") before a subject whose cue opens
    a report of its own ("“unhinged.” Doe called the plan “…”", "He added: “…”"): the cue
    belongs to the next sentence, not to the quote (English only)."""
    mark = closing_mark(text, qs, qe)
    if mark not in (".", "!", "?"):
        return False
    if mark == "." and (
        _CLAUSE_AFTER.match(text, cue.end()) or len(text[cue.end() : wend].split()) > 8
    ):
        return True
    subject_first = bool(text[qe : cue.start()].strip(" ,—–-"))  # not '"…!" said Doe'
    return subject_first and own_report(text, cue.end(), wend, cue.group(1))


_COMPLEMENT: Final = re.compile(r"(?:that|whether|how|why|what)\s")


# a place, body or medium after an inverted name, to the sentence's end: "…, says Jane Doe in
# Ottawa.", "…, said Jane Doe in a statement."
_PLACE_TAIL: Final = re.compile(
    r"\s+(?:in|at|of|on|from|during)\s+[^\s,;:“”\"„«»()]+(?:\s+[^\s,;:“”\"„«»()]+){0,5}"
    r"\s*[.!?]?[\"”’'»)]*\s*"
)


def _named_after(text: str, a: int, e: int, place: bool = False) -> tuple[int, int] | None:
    """ "…, said Jane Doe, a pollster.": a name right after the cue that ends the clause; with
    `place` (a verb of saying), also before a place or medium that ends the sentence."""
    span = subject_after(text, a, e)
    if span and _COMPLEMENT.match(text, span[0]):
        return None  # "X, facing …, noted that Doe's aide, Roe, is …": the cue's object
    if span and text[a : span[0]].split()[-1:] == ["as"]:
        return None  # "Mr. Roe, described as one of Leith's best pilots, …": a predicate
    if span is None or not is_speaker_phrase(text[span[0] : span[1]]):
        return None  # "X, a pilot, vouched for Roe and Lee.": a preposition's object, no subject
    phrase = text[span[0] : span[1]]
    if not is_named(phrase[: -len(" and others")] if phrase.endswith(" and others") else phrase):
        return None  # "…, said Jane Doe and others, …": the name and the others speak
    if text[span[1] : e].lstrip()[:1] in ",.;":
        return span
    tail = _PLACE_TAIL.fullmatch(text, span[1], e) if place else None
    words = [w.strip(".!?\"”’'»)").lower() for w in text[span[1] : e].split()[1:]] if tail else []
    if any(w in lexicon.CLAUSE_WORDS or w in lexicon.EN_CUES for w in words):
        return None  # "Roe, the mayor, said Doe in Ottawa was wrong": a reported clause
    return span if tail else None


# "HEADLINE - Jane Doe: “…”", "… - More from Doe: “…”": a name between a dash and a colon that
# opens a quote (a newsletter's excerpt of someone's words)
_DASH_SOURCE: Final = re.compile(
    r"\s[-–—]\s*(?:More\s+from\s+|From\s+)?((?:[A-Z][\w.'’&-]*\s+){0,3}[A-Z][\w'’&-]*)"
    r":\s*[“\"]"
)


def dash_source(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of the name in "… - Jane Doe: “…" inside text[s:e], else None."""
    if text.find(":", s, e) < 0:
        return None  # every match holds the colon: most sentences have none
    m = _DASH_SOURCE.search(text, s, e)
    return m.span(1) if m and is_named(m.group(1)) else None


# a verb of reporting whose subject opens the sentence, then "that" or a comma before "according
# to" ("The Herald reported that, according to …", "Doe said on Monday that according to …")
_REPORTED_THROUGH: Final = re.compile(r"(?:(?:\s+[\w.'’-]+){0,3}?\s+that\b\s*,?|\s*,)\s*")
_THROUGH_VERBS: Final = frozenset("said says reported reports wrote writes".split())


def reported_through(text: str, s: int, acc: int, matches: list[re.Match[str]]) -> bool:
    """True when the 'according to' at `acc` sits inside what a subject opening the sentence
    reports ('The Herald reported on Monday that, according to its own review, …'): that subject speaks,
    not the source after 'according to' (`matches`: the sentence's cue forms)."""
    before = [m for m in matches if m.end() <= acc]
    if not before:
        return False
    m = before[-1]
    if m.group(1) not in _THROUGH_VERBS or not _REPORTED_THROUGH.fullmatch(text, m.end(), acc):
        return False
    span = subject_before(text, s, m.start())
    return span is not None and not text[s : span[0]].strip() and is_named(text[span[0] : span[1]])


# helpers of `indirect.attribute_sentence` that hold its comprehensions: a comprehension reading
# a function's names makes each of them a cell, made again at every call of the function


def masked_parts(quotes: list[tuple[int, int]], s: int, e: int) -> list[tuple[int, int]]:
    """The parts of the quotes that lie inside the sentence [s, e)."""
    parts = []
    for qs, qe in quotes:  # comparisons, not max()/min() calls: run for every sentence
        a, b = (qs if qs > s else s), (qe if qe < e else e)
        if a < b:
            parts.append((a, b))
    return parts


def masked_at(masked: list[tuple[int, int]], i: int) -> bool:
    """`i` lies inside a masked part, after its first character."""
    return any(a + 1 < i < b for a, b in masked)


def verb_after(matches: list[re.Match[str]], start: int) -> bool:
    """A speech verb (`cues._VERB`) among the cue forms after `start`."""
    return any(c.start() > start and _VERB.fullmatch(c.group(1)) for c in matches)


def names_first(text: str, found: list[tuple[tuple[int, int], re.Match[str]]]) -> list[Any]:
    """The (span, cue) pairs `found`, those whose span is no pronoun first (order kept)."""
    named = [f for f in found if text[f[0][0] : f[0][1]].lower() not in lexicon.PRONOUNS]
    return named + [f for f in found if f not in named]
