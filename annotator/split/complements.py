"""A that-clause held or reported by the subject of a verb outside the cue lexicon: "The
department calculates that …", "Doe noticed that …", "Voters quickly learned that …". The verb
and "that" are the cue; the subject right before the verb (auxiliaries and adverbs skipped)
holds the clause. Also a quoted label after "as": "Doe heralded the deal as a “breakthrough”".
Kept for their precision on PolNeAR train and dev (that: 23 of 24 right on train; as: 3 of 3)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from annotator.split import lexicon
from annotator.split.speakers import is_speaker_phrase, subject_before

# the verb right before " that " (an adverb between them allowed): a finite or participle form
_VERB_BEFORE: Final = re.compile(
    r"\b([a-z]{3,}(?:ed|es|s)|saw|knew|thought|felt|found|heard|understood|wrote|taught|"
    r"held|told|said)(?:\s+[a-z]+ly)?$"
)
# a word after "that" that opens a clause (not "that perspective", a demonstrative)
_CLAUSE_NEXT: Final = re.compile(
    r"[A-Z0-9“\"‘']|(?:the|a|an|he|she|they|it|we|i|you|there|his|her|their|its|our|some|"
    r"many|most|no|none|all|this|these|those|if|in|as|when|while|despite|only|more|fewer|less|"
    r"nearly|about|every|each|any|both|such|not|even)\b"
)
# forms before "that" that are no verb of holding or reporting
_NOT_VERBS: Final = frozenset(
    """was has does is its this thus less unless plus across perhaps always sometimes
    besides hers theirs ours yours means ensures ensured meant given assuming provided
    except suggests indicates reflects seems seemed appears appeared happens happened
    stands helps helped needs needed remains remained becomes became makes made""".split()
)
# what may stand right before the subject of a clause: its start, a comma or dash, a conjunction
_CLAUSE_OPENS: Final = re.compile(
    r"(?:^|[,;:—–(]|\b(?:and|but|or|yet|when|whenever|though|although|if|as|after|because|"
    r"while|since|until|before|once|where|whether|that|now|then|still|also|even|indeed|instead|"
    r"meanwhile|however))\s*(?:(?:the|a|an|his|her|their|its|our|some|many|several|most|"
    r"other|both|all)\s+)?$",
    re.I,
)
# between the subject and the verb: auxiliaries, adverbs, an apposition set off by commas
_GAP: Final = re.compile(
    r"(?:\s*,[^,;:]{1,80},|\s+[—–][^—–]{1,80}[—–])?\s*(?:(?:has|have|had|is|are|was|were|been|"
    r"would|will|could|may|might|did|does|do|also|further|eventually|quickly|long|since|already|"
    r"now|still|even|just|[a-z]+ly)\s+)*",
)


def _noun_ends(phrase: str) -> bool:
    """The subject ends in a name or a speaker noun ("The Labor Department", "the campaign"),
    not an adjective before a plural noun taken for the verb ("the false | accusations")."""
    last = phrase.split()[-1]
    return last[:1].isupper() or last.lower().strip("'’s") in lexicon.PEOPLE


def _opens_clause(text: str, s: int, start: int) -> bool:
    """The subject at `start` opens its clause (not "register the workers", an object)."""
    return (
        start <= s
        or _CLAUSE_OPENS.search(text, (start - 40 if start - 40 > s else s), start) is not None
    )


def that_frame(
    text: str, s: int, e: int, inside: Callable[[int], bool]
) -> tuple[tuple[int, int], str, int] | None:
    """(subject span, cue, cue end) of "X <verb> that <clause>" in text[s:e] outside quotes."""
    at = text.find(" that ", s, e)
    while at >= 0:
        nxt, at = at + 6, text.find(" that ", at + 6, e)
        v = _VERB_BEFORE.search(text, (nxt - 40 if nxt - 40 > s else s), nxt - 6)
        if v is None or not _CLAUSE_NEXT.match(text, nxt):
            continue
        verb = v.group(1)
        if verb in _NOT_VERBS or verb.endswith("ss") or inside(v.start()):
            continue
        span = subject_before(text, s, v.start())
        if span is None or _GAP.fullmatch(text, span[1], v.start()) is None:
            continue  # "Last week proved that": the subject is not the phrase found
        phrase = text[span[0] : span[1]]
        if verb.endswith("s") and not _noun_ends(phrase):
            continue
        if is_speaker_phrase(phrase) and _opens_clause(text, s, span[0]):
            return span, f"{verb} that", nxt
    return None


# "X heralded the deal as a “breakthrough”": a verb, its object (a few words) and "as" before a
# quoted label
_AS_QUOTED: Final = re.compile(r"(?<!\bsuch)(?<!\bknown)\s+as\s+(?:(?:a|an|the)\s+)?[“\"‘]")
_LABEL_VERB: Final = re.compile(
    r"\b([a-z]{3,}(?:ed|es|s)|saw|sees|cast|casts|put|puts)\s+(?:[\w’'.-]+\s+){1,8}?$"
)


_PASSIVE: Final = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+(?:[a-z]+ly\s+)?$")


def labelled_frame(
    text: str, s: int, e: int, inside: Callable[[int], bool]
) -> tuple[tuple[int, int], str, int] | None:
    """(subject span, cue, cue end) of "X <verb> Y as “…”" in text[s:e] outside quotes."""
    part = text[s:e]  # the search runs only when the words and a quote mark it needs are there
    quoted = " as " in part and ("“" in part or '"' in part or "‘" in part)
    m = _AS_QUOTED.search(text, s, e) if quoted else None
    if m is None or inside(m.start()):
        return None
    v = _LABEL_VERB.search(text, (m.start() - 80 if m.start() - 80 > s else s), m.start() + 1)
    if v is None or v.group(1) in _NOT_VERBS or v.group(1).endswith("ss"):
        return None
    span = subject_before(text, s, v.start())
    if span is None or _GAP.fullmatch(text, span[1], v.start()) is None:
        return None
    if _PASSIVE.search(text, span[1], v.start()):
        return None  # "The book is described as “…”": the subject is labelled, not labelling
    phrase = text[span[0] : span[1]]
    if v.group(1).endswith("s") and not _noun_ends(phrase):
        return None
    if is_speaker_phrase(phrase) and _opens_clause(text, s, span[0]):
        return span, f"{v.group(1)} as", m.end()
    return None
