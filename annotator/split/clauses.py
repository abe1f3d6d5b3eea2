"""English clause structure around a cue: which clause of a sentence reports, and which cue
forms belong to no subject of their own.

- `main_first`: "While Clinton pledged to …, Sanders insisted that …": the cues of the main
  clause are tried before those of an opening subordinate clause.
- `no_subject`: "when asked about X, Y said …", "if elected": a participle right
  after a subordinator has no subject before it.
- `reflexive`: "Obama found himself …": "find oneself" reports nothing.
- `subject_before_cue`: '"…," the ruling issued Monday said'.
- `intro_for_next`: a block that ends "Reporter Jane Doe says:" introduces the quote of the next.
- `intro_start`: the same for an intro line left out of the blocks.
- `behind_subject`: a quantity ("One in five say", "All but two said", "At least half of
  anglers in each county say", "…, and as many as two-thirds of them tell") or "That person
  said" as the whole subject before a cue.
- `inverted_subject`: '"…," said Jane Doe' but not '“…,” said he doesn’t …', where the
  pronoun opens the reported clause.
- `subordinate_subject`: "…, when pilots interrupted the mayor, shouting …": the subject of the
  subordinate clause right before an -ing cue.
"""

from __future__ import annotations

import re
from typing import Any, Final

from annotator.split import lexicon
from annotator.split.antecedents import subject_behind_clause
from annotator.split.speaker_fragments import is_speaker_phrase
from annotator.split.speakers import subject_after, subject_before
from annotator.split.subject_verbs import is_verb, noun_s_verb

# a sentence that opens with a subordinate clause, up to the comma that closes it
_SUBORDINATE: Final = re.compile(
    r"\s*(?:[\"“‘']\s*)?(?:While|Whilst|Although|Though|Whereas|Even\s+as|Even\s+though|"
    r"Even\s+if|Because|Since|If|When|After|Before|Once|Unless|Until|Asked|Pressed|Questioned)"
    r"\s+[^,;:—–“”\"]{3,160}?,"
)
# a subordinator that opens the sentence or follows a comma (a closing quote may follow it):
# ", when asked about …, X said", 'on “The Hour,” when asked about …, X said'
_SUBORDINATOR_BEFORE: Final = re.compile(
    r"(?:^|[,;(—–][”\"’']?\s*)(?:when|whenever|if|unless|once|until|after|before|while|though|"
    r"although|as|than)\s+$",
    re.I,
)
_SUBORDINATORS: Final = tuple(
    "when whenever if unless once until after before while though although as than".split()
)
_REFLEXIVE = re.compile(r"\s+(?:himself|herself|themselves|itself|ourselves|myself|yourself)\b")
_PARTICIPLES: Final = frozenset("told shown written known seen".split())
_FIND: Final = frozenset("found finds find".split())
# a word that cannot start a clause after an inverted pronoun: '“…,” said he.' ends there
_NUMBER: Final = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
# the whole stretch before a cue is a quantity of people or one determined noun
_QUANTITY: Final = re.compile(
    r"\s*(?:(?:about|nearly|almost|roughly|more\s+than|fewer\s+than|less\s+than|at\s+least|"
    r"as\s+many\s+as|only|just|over|some)\s+)?"
    rf"(?:{_NUMBER}\s+(?:in|out\s+of)\s+{_NUMBER}(?:\s+[a-z]+)?|all\s+but\s+{_NUMBER}|"
    r"(?:half|a\s+third|a\s+quarter|two-thirds|three-quarters|three-fourths|a\s+majority)"
    r"(?:\s+of\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,6})?"
    r"|(?:that|this|these|those)\s+(?!who\b|whose\b|which\b|that\b)[a-z]+"
    r"|those\s+(?:close\s+to\s+(?:him|her|them)|(?:over|under|aged)\s+\d+))\s*",
    re.I,
)
_JOINED: Final = re.compile(r"\s*(?:and|but|while)\s")
_AS_MANY: Final = re.compile(r"as\s+many\s+as\s+", re.I)
# a quantifier and the group it counts, after an opener, up to an object relative clause: "But
# few in the party", "Still, none of the scholars (we asked)"
_FEW: Final = re.compile(
    r"\s*(?:(?:but|and|yet|still|so|now)\s*,?\s+)?((?:few|none|some|many|most|several|others)"
    r"\s+(?:of|on|in|among)\s+(?:the\s+|either\s+|both\s+|his\s+|her\s+|their\s+)?"
    r"[a-z][\w-]*(?:\s+(?!(?:have|has|had|also|are|were|is|was|will|would|do|did|i|we|you|"
    r"they|that|who)\b)"
    r"[a-z][\w'’-]*){0,6})(?:\s+[^,;:]{0,40}?)?(?:\s+(?:have|has|had|also|are|were|will|would|do|"
    r"did)\b)*\s*",
    re.I,
)
# the letters `_FEW`'s words open with, in either case ("ſ" is an "s" under re.I)
_FEW_FIRST: Final = frozenset("baysnfmoBAYSNFMOſ")


def few_of(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """`_FEW.fullmatch(text, lo, hi)`, tried only when the first character after at most one
    space opens one of its words or is a space."""
    i = lo + 1 if text.startswith(" ", lo) else lo
    c = text[i : i + 1]
    if c and c not in _FEW_FIRST and not c.isspace():
        return None
    return _FEW.fullmatch(text, lo, hi)


# a prepositional phrase that ends an inverted subject: "said the ambassador | at the time"
_PP_TAIL: Final = re.compile(r"\s(?:at|in|on|from|during|since|until)\s+(?=[a-z])")
_FINITE_NEXT: Final = re.compile(
    r"(?:\s+of\s+[\w' ’-]+?)?\s+(?:was|is|are|were|would|will|should|could|can|may|might|must|"
    r"has|have|had)\b"
)
_CLAUSE_GOES_ON: Final = re.compile(r"\s+(?![,.;:!?)\]”\"’'—–-])[^\s,.;:!?]")


# a subordinate clause after a comma, up to the comma before an -ing cue: "…, when pilots
# interrupted the mayor, shouting …", "…, where skippers had gathered, chanting …"; with no
# comma before the cue, the clause that holds its message ("cheered after Doe issued a
# statement saying …")
_SUBORDINATE_AFTER: Final = re.compile(r",\s+(?:when|where|after)\s+(?=[A-Za-z])")
_SUBORDINATE_MESSAGE: Final = re.compile(
    r"\b(?:when|after|because|before|since|while|until)\s+(?=[A-Za-z])"
)
# the clause's finite verb right after its subject: a past form or an auxiliary
_VERB_NEXT: Final = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|ew|ught|ung|ang|ame|ave|ook)|had|has|have|was|were|"
    r"is|are)\b"
)


def subordinate_subject(text: str, lo: int, comma: int) -> tuple[int, int] | None:
    """The subject of a "when/where/after" clause that follows a comma and ends at
    `comma`, before an -ing cue: the -ing phrase goes on from that clause ("…, when pilots
    interrupted the mayor, shouting …": the pilots); with no comma at `comma`, of the
    subordinate clause that the -ing cue ends. None when no such clause ends there."""
    last = None
    opener = _SUBORDINATE_AFTER if text[comma : comma + 1] == "," else _SUBORDINATE_MESSAGE
    for m in opener.finditer(text, lo, comma):
        last = m
    if last is None or "," in text[last.end() : comma]:
        return None
    span = subject_after(text, last.end(), comma)
    if span is None or span[0] != last.end() or not _VERB_NEXT.match(text, span[1], comma):
        return None
    return span if is_speaker_phrase(text[span[0] : span[1]]) else None


def main_first(text: str, s: int, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """`matches` (cue forms of text[s:...] in order) with the main clause's cues first when the
    sentence opens with a subordinate clause ("While X said …, Y argued …")."""
    if len(matches) < 2:
        return matches
    sub = _SUBORDINATE.match(text, s)
    if sub is None or matches[0].start() >= sub.end():
        return matches
    main = [m for m in matches if m.start() >= sub.end()]
    if not main:
        return matches
    return main + [m for m in matches if m.start() < sub.end()]


def no_subject(verb: str, text: str, start: int, end: int, lo: int) -> bool:
    """A cue form at text[start:end] that has no speaker of its own before it: a participle
    right after a subordinator ("when asked"), "found himself"."""
    if verb in _FIND and _REFLEXIVE.match(text, end):
        return True
    before = text[(start - 14 if start - 14 > lo else lo) : start]
    if start - 14 < lo:
        before = text[lo:start].lstrip()
    participle = verb.endswith("ed") or verb in _PARTICIPLES
    return participle and subordinator_before(before)


def subordinator_before(before: str) -> bool:
    """`_SUBORDINATOR_BEFORE.search(before)`; ASCII text that does not end in one of its words
    (and spaces) is not searched (re.I folds non-ASCII letters such as "ſ" to ASCII ones)."""
    if before.isascii() and not before.rstrip().lower().endswith(_SUBORDINATORS):
        return False
    return _SUBORDINATOR_BEFORE.search(before) is not None


def inverted_subject(text: str, verb_end: int, hi: int) -> tuple[int, int] | None:
    """The subject after a cue ('"…," said Jane Doe'); a pronoun that goes on into a clause
    ('said he doesn't believe …') is the reported clause's subject, not the speaker."""
    span = subject_after(text, verb_end, hi)
    span = _before_pp(text, verb_end, span)  # "said the harbour master at the time, John Doe"
    if span is None or text[span[0]].islower():
        named = name_after_role(text, verb_end, hi)  # only when the span misses the name
        span = named if named and (span is None or span[1] <= named[0]) else span
    if (
        span is not None
        and text[span[0] : span[1]].lower() in lexicon.PRONOUNS
        and _CLAUSE_GOES_ON.match(text, span[1], hi)
    ):
        return None
    if span is not None and _FINITE_NEXT.match(text, span[1], hi):
        return None  # "say the bulk of the troops should be …": the reported clause's subject
    if span is not None and _verb_next(text, span, hi):
        return None  # "say the toll reflects badly on …": the reported clause's subject
    self_named = _SELF_NAMED.match(text, span[1], hi) if span else None
    return self_named.span(1) if self_named else span  # "…, wrote a man calling himself X"


# the name a speaker gives himself right after the phrase: "a man calling himself Tom Tams",
# "a user who calls herself Ann"
_SELF_NAMED: Final = re.compile(
    r"\s*,?\s+(?:calling|who\s+calls|who\s+called)\s+(?:himself|herself|themselves|itself)\s+"
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)"
)


def _verb_next(text: str, span: tuple[int, int], hi: int) -> bool:
    """A verb right after a lower-case phrase ("the toll | reflects badly", "the fare | rose")."""
    last = text[span[0] : span[1]].rsplit(None, 1)[-1]
    words = _NEXT_TWO.match(text, span[1], hi)
    if words is None or not last[:1].islower() or words.group(1).endswith("ing"):
        return False  # "said a man calling himself …", "a pilot living nearby": participles
    return is_verb(words.group(1), last) or noun_s_verb(last, words.group(1), words.group(2))


_NEXT_TWO: Final = re.compile(r"\s+([a-z]+)\s+([\w'’]+)")


_NOT_ROLE: Final = lexicon.WEEKDAYS | frozenset(
    "in on at by with from during after before to and or but about into this last next".split()
)
_ROLE_NAME: Final = re.compile(
    r"\s+(?:the\s+)?((?:[a-z][\w'’-]*\s+){1,5}?)((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)"
    r"(?=\s*(?:[,;:!?)]|\.(?:\s|$)|$))"
)


def name_after_role(text: str, verb_end: int, hi: int) -> tuple[int, int] | None:
    """ "…, said master of ceremonies Ana Ruiz": the name after lower-case role words."""
    m = _ROLE_NAME.match(text, verb_end, hi)
    if m is None:
        return None
    roles = [w.lower() for w in m.group(1).split()]
    if any(w in _NOT_ROLE or w in lexicon.PRONOUNS or w in lexicon.EN_CUES for w in roles):
        return None  # "said he expects Obama, …": a clause, no role
    if any(w in lexicon.CLAUSE_WORDS for w in roles) or roles[-1] == "of":
        return None
    last = m.group(2).split()[-1].lower().rstrip(".")
    if last in lexicon.WEEKDAYS or last in lexicon.TITLES:
        return None  # "said on Tuesday", "said former Vermont Gov. and …"
    return m.span(2)


def source_after(text: str, end: int, hi: int) -> tuple[int, int] | None:
    """The source after "according to", without a trailing "at the time"; a record's author
    when one follows it ("according to a tally compiled by the Harbour Gazette": the Gazette)."""
    named = _NAMED_AUTHOR.match(text, end, hi)
    if named:  # "according to a speech Mrs. Doe delivered in July": Mrs. Doe
        return named.span(1)
    if manner_after(text, end, hi):
        return None  # "according to their own liking": in keeping with, no source
    span = _before_pp(text, end, subject_after(text, end, hi, lenient=True), lenient=True)
    if span is None or text[span[1] - 1 : span[1]] != text[span[1] - 1 : span[1]].lower():
        return span
    if text[span[0] : span[1]].rsplit(None, 1)[-1].lower() not in _RECORDS:
        return span
    by = _AUTHOR.match(text, span[1], hi)
    author = subject_after(text, by.end(), hi) if by else None
    if author is None or not any(w[:1].isupper() for w in text[author[0] : author[1]].split()):
        return span
    return author


# a wish or a taste after "according to": a manner, no source ("according to their own
# preference", "according to his wishes")
_DISPOSITION: Final = re.compile(
    r"\s*(?:(?:the|his|her|its|their|our|my|your|one's)\s+)?(?:[a-z-]+\s+){0,2}(?:preferences?|"
    r"wishes|tastes?|whims?|instincts?|liking|mood|conscience)\s*(?:[.,;:)!?]|$)"
)


def manner_after(text: str, end: int, hi: int) -> bool:
    """ "according to" + a wish or a taste (`_DISPOSITION`): a manner, no source."""
    return _DISPOSITION.match(text, end, hi) is not None


# what records a statement; "according to a report from X": X speaks
_RECORDS: Final = frozenset(
    """poll polls survey surveys report reports study studies analysis analyses tally count
    calculation calculations estimate estimates document documents filing filings record
    records data figures numbers audio video footage transcript transcripts post letter memo
    review audit book article story column paper projection projections forecast""".split()
)
_AUTHOR: Final = re.compile(
    r"\s+(?:(?:filed|provided|released|published|conducted|compiled|issued|commissioned|"
    r"prepared|written|posted|obtained|made|done)\s+)?(?:by|from)\s+"
)


# a record, then a name and the verb of a relative clause without "that" ("a speech Mrs. Doe
# delivered", "an interview his brother Tom Doe gave"): the name speaks
_NAMED_AUTHOR: Final = re.compile(
    r"\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:speech|interview|statement|remarks|testimony|"
    r"letter|memo|email|book|article|column|post|video|filing)\s+"
    r"((?:(?:his|her|their)\s+[a-z]+\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
    r"(?:delivered|gave|wrote|made|sent|posted|filed|submitted|published|released|issued)\b"
)


def _before_pp(
    text: str, a: int, span: tuple[int, int] | None, lenient: bool = False
) -> tuple[int, int] | None:
    pp = _PP_TAIL.search(text, span[0], span[1]) if span else None
    if pp is None or span is None or not text[pp.end() : span[1]].islower():
        return span  # "a source at the Leeds depot" keeps its name
    return subject_after(text, a, pp.start(), lenient=lenient)


def subject_before_cue(text: str, lo: int, verb_start: int) -> tuple[int, int] | None:
    """The subject between a quote and its cue, also behind a participle phrase ('"…," the
    ruling issued Monday said')."""
    return subject_before(text, lo, verb_start) or subject_behind_clause(text, lo, verb_start)


def intro_for_next(text: str, bend: int, out: list[Any]) -> Any:
    """The attribution of a block's last sentence when it ends in a colon after its cue
    ("Reporter Jane Doe says:"): the speaker of a quote that opens the next block; else None."""
    last = out[-1] if out else None
    if last is None or not last.speaker or last.cue in (None, ":", "according to"):
        return None
    i = bend  # walk back over spaces: copying the text before the block is quadratic
    while i and text[i - 1].isspace():
        i -= 1
    return last if i and text[i - 1] == ":" else None


def intro_start(text: str, bstart: int, qs: int, lo: int) -> int:
    """Where to look for the cue before a quote that opens its block: the line before the
    block when it ends in a colon ("Reporter Jane Doe says:" kept out of the blocks as a short
    line), else `lo`."""
    if text[bstart:qs].strip():
        return lo
    floor = bstart - 200 if bstart > 200 else 0  # comparisons, not max(): every quote
    end = len(text[floor:bstart].rstrip()) + floor
    if end <= 0 or text[end - 1] != ":":
        return lo
    start = text.rfind("\n", end - 200 if end > 200 else 0, end) + 1
    return start if start > 0 and end - start <= 150 else lo


def quantity(text: str, lo: int, verb_start: int) -> tuple[int, int] | None:
    """text[lo:verb_start] without its spaces (and a leading "as many as") when all of it is a
    quantity of people ("four in 10", "half of them", "all but two") or "That person"."""
    if _QUANTITY.fullmatch(text, lo, verb_start) is None:
        return None
    a = lo + len(text[lo:verb_start]) - len(text[lo:verb_start].lstrip())
    many = _AS_MANY.match(text, a, verb_start)  # "as many as two-thirds of them": the share
    return many.end() if many else a, lo + len(text[lo:verb_start].rstrip())


def behind_subject(text: str, lo: int, verb_start: int) -> tuple[int, int] | None:
    """The subject before a cue that the phrase rules miss: a quantity of people or "That
    person", when it is all of text[lo:verb_start]; else a subject behind a relative clause or
    participle (`subject_behind_clause`)."""
    q = quantity(text, lo, verb_start)
    if q:
        return q
    comma = text.rfind(", ", lo, verb_start)
    joined = _JOINED.match(text, comma + 1, verb_start) if comma >= 0 else None
    q = quantity(text, joined.end(), verb_start) if joined else None
    if q:
        return q  # "…, and as many as two-thirds of them tell pollsters …"
    few = few_of(text, lo, verb_start) or (
        few_of(text, comma + 1, verb_start) if comma >= 0 else None
    )
    if few:
        return few.span(1)  # "But few in either camp think …"
    return subject_behind_clause(text, lo, verb_start)
