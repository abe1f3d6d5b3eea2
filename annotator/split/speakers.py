"""Speaker phrases around a cue: the subject before it, or the one after it ("…," said X).

Both work on document offsets inside a bounded window (SUBJECT_WINDOW characters), so a line with
thousands of cues stays linear. A phrase is a run of words that ends at a clause boundary:
punctuation, a clause word (`speaker_phrases`), an appositive ("X, a Democrat from Ohio,
said" gives X) or a relative clause ("X, who led the talks, said" gives X).
"""

from __future__ import annotations

import re
from typing import Final

from annotator.split.clause_openers import FOCUS, opens_no_subject, past_leading, past_time_opener
from annotator.split.clause_openers import WORD as _WORD
from annotator.split.epithets import epithet_name
from annotator.split.ing_cues import PROGRESSIVE_AND
from annotator.split.lexicon import (
    ADVERB_BEFORE_VERB,
    NOUN_LIKE,
    TIME_PHRASE,
    US_STATE,
)
from annotator.split.part_marks import PART_MARKS
from annotator.split.party_labels import LABEL_APPOSITION, PARTY_LABEL, PARTY_OF_PLACE, before_label
from annotator.split.speaker_fragments import is_speaker_phrase
from annotator.split.speaker_phrases import _phrase
from annotator.split.speaker_words import (
    _DETERMINERS,
    _LEADING,
    _PREPOSITIONS,
    CLAUSE_WORDS,
    SPEAKER_NOUNS,
    _clean_word,
    is_named,
    is_titled,
    role_named,
)
from annotator.split.subject_verbs import before_s_verb
from annotator.split.time_tails import time_start

__all__ = [
    "CLAUSE_WORDS",
    "SUBJECT_WINDOW",
    "is_named",
    "is_speaker_phrase",
    "is_titled",
    "main_subject",
    "subject_after",
    "subject_before",
]

SUBJECT_WINDOW: Final = 400
_APPOSITION: Final = re.compile(
    r"(?:who|whom|whose|which|a|an|the|now|then|once|himself|herself|itself|themselves|"
    r"both|also|der|die|das|ein|eine|le|la|un|une|el|una|qui|que|quien|который|которая|\d)\b"
)
_WHO: Final = re.compile(r"(?:who|whom|whose)\b")
_THE_NAME: Final = re.compile(r"the\s+[A-Z]")  # "the Island Courier": a name after its article
# a preposition before a place that a clause, not an apposition, follows
_PLACE_WORDS: Final = frozenset("in at across throughout near outside inside".split())
# an apposition with no closing comma before the cue: "…, a spokesman for the mayor said"
_OPEN_APPOSITION: Final = re.compile(
    r"(a|an|the)\s+(?:[\w-]+\s+){0,3}(?:for|to|of|at|with)\s(?![^;]*\b(?:who|which|that)\b)"
)


def open_apposition(part: str) -> re.Match[str] | None:
    """`_OPEN_APPOSITION.match(part)`, tried only on a part opening with its article's letter."""
    return _OPEN_APPOSITION.match(part) if part[:1] in ("a", "t") else None


_NOT_OPENING_NAME: Final = _PREPOSITIONS | {"like", "as"}
# a name right after these is their object, not a subject: "In addition to X", "Like X"
_OBJECT_OF: Final = frozenset(("to", "with", "besides", "like", "unlike"))
# an apposition that names a role by its owner: "Mexico's ambassador", "Doe's campaign manager"
_OWNED_ROLE: Final = re.compile(
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s?\s+(?:[a-z-]+\s+){0,2}[a-z]+"
)


_FLOATING: Final = frozenset(("both", "all", "each"))
_OBJECT_PRONOUNS: Final = frozenset(("him", "her", "them", "me", "us"))
_SUBJECT_PRONOUNS: Final = frozenset(("he", "she", "they", "it", "we", "i", "you"))


def subject_before(text: str, lo: int, verb_start: int) -> tuple[int, int] | None:
    """The subject right before a cue verb at `verb_start` (not before `lo`); a floating
    quantifier gives way to the subject before it ("X and Y have both argued")."""
    span = _subject_before(text, lo, verb_start)
    if span and text[span[0] - 3 : span[0]] in _CLOSE_GATE:
        span = _close_to(text, lo, span)  # "Those close to her said": not "her"
    if span and text[span[0] : span[0] + 2].isupper():
        heading = _CAPS_HEADING.match(text, span[0], span[1])
        if heading:  # "TOP STORIES Council members said": a heading glued to the sentence
            span = heading.end(), span[1]
    cut = prep_end(text, span[0], span[1]) if span else None
    if span and cut and cut.start() > span[0] and _YEAR.match(text, span[1]):
        # "A study from | 2011 noted": "A study"
        span = (span[0], cut.start())
    if span and text[span[0] : span[1]].lower() in _OBJECT_PRONOUNS:
        return None  # "those close to him say", "let them know": an object speaks for no one
    if span and "by " in text[(span[0] - 8 if span[0] - 8 > lo else lo) : span[0]]:
        agent = _SEEN_BY.search(text, (span[0] - 40 if span[0] - 40 > lo else lo), span[0])
        head = _subject_before(text, lo, agent.start()) if agent else None
        span = head or span  # "A memo from the Guild seen by the Gazette says": the Guild's
    if span and span[0] > lo and text.startswith("the ", span[0]):
        span = epithet_name(text, lo, span) or span  # "Obama the realist knows": Obama
    if span and span[0] > lo and text[span[0] : span[1]].lower() in _FLOATING:
        before = _subject_before(text, lo, span[0])
        if before and _BEFORE_FLOATING.fullmatch(text, before[1], span[0]):
            return before
        if before is None and _RELATIVE_END.search(text, lo, span[0]):
            return None  # "Oslo and Lima, which both oppose": no speaker
    return span


# two or more all-capital words before a capitalised word: a newsletter's heading glued to
# its first sentence ("TOP STORIES Council members said"), not "FBI Director Ann Lee"
_CAPS_HEADING: Final = re.compile(r"(?:[A-Z][A-Z'’&-]+\s+){2,}(?=[A-Z][a-z])")
# the ends of "close to", "familiar with", "close to the" before an object read as the subject
_CLOSE_GATE: Final = frozenset(("to ", "th ", "he ", "is ", "er ", "ir "))
_CLOSE_TO: Final = re.compile(
    r"\b([A-Za-z]+)\s+(?:close|closest|familiar|loyal)\s+(?:to|with)\s+"
    r"(?:(?:the|his|her|their)\s+)?$"
)
_CLOSE_HEADS: Final = frozenset("those people someone others one many some".split())


def _close_to(text: str, lo: int, span: tuple[int, int]) -> tuple[int, int]:
    """The people close to or familiar with someone, not the someone: "Those close to her",
    "Those familiar with the talks", "officials close to X" ("those" or a speaker noun)."""
    near = _CLOSE_TO.search(text, (span[0] - 60 if span[0] - 60 > lo else lo), span[0])
    if near is None:
        return span
    head = near.group(1).lower()
    if head in _CLOSE_HEADS or head in SPEAKER_NOUNS:
        return near.start(), span[1]
    return span


# a text's finder between it and its verb: "A memo obtained by the Gazette says"
_SEEN_BY: Final = re.compile(r"\b(?:obtained|seen|reviewed|acquired)\s+by\s+(?:[Tt]he\s+)?$")
# a phrase cut before a year ends in its preposition: "A study from | 2011 noted"
_PREP_END: Final = re.compile(r"\s+(?:from|in|of)$")
# what text[a:b] ends in when `_PREP_END` finds it (`$` also matches before a closing newline)
_PREP_TAILS: Final = ("from", "in", "of", "from\n", "in\n", "of\n")


def prep_end(text: str, a: int, b: int) -> re.Match[str] | None:
    """`_PREP_END.search(text, a, b)`, searched only when the span ends in one of its words."""
    return _PREP_END.search(text, a, b) if text.endswith(_PREP_TAILS, a, b) else None


_YEAR: Final = re.compile(r"\s+(?:1[89]|20)\d\d\b")
_BEFORE_FLOATING: Final = re.compile(
    r"\s+|\s*,?\s*(?:have|has|had|are|were|will|would|can|could|may|might)\s+|.*[—–―]\s*",
    re.S,
)
_RELATIVE_END: Final = re.compile(r"\b(?:which|who|that)\s+$")


# every word of `ADVERB_BEFORE_VERB` (and a few of its syntax: a superset of those ending it)
_ADVERB_WORDS: Final = frozenset(re.findall(r"[A-Za-z]+", ADVERB_BEFORE_VERB.pattern))


def _may_end_in_adverb(window: str) -> bool:
    """False only when `ADVERB_BEFORE_VERB` finds nothing at the end of `window` (no trailing
    spaces): the word that ends it is none of the pattern's words and no "-ly" adverb."""
    last = window.rsplit(None, 1)[-1] if window else ""
    return last in _ADVERB_WORDS or last.endswith(("ly", "n't", "n’t"))


def _subject_before(text: str, lo: int, verb_start: int) -> tuple[int, int] | None:
    if verb_start - SUBJECT_WINDOW > lo:  # comparisons, not max(): called for every cue
        lo = verb_start - SUBJECT_WINDOW
    window = text[lo:verb_start].rstrip()
    # both tail patterns end in $: searched over the last characters only (linear, and fast)
    tail = len(window) - 120 if len(window) > 120 else 0
    m = ADVERB_BEFORE_VERB.search(window, tail) if _may_end_in_adverb(window) else None
    end = lo + (m.start() if m else len(window.rstrip()))
    if text[lo:end].endswith((" and", " but")):  # "X caucused in Nevada and has said …"
        prog = PROGRESSIVE_AND.search(text, (end - 150 if end - 150 > lo else lo), verb_start)
        if prog:  # "…, where Doe is sorting and answering them": Doe
            return _subject_before(text, lo, prog.start())
        from annotator.split.clauses import subordinate_subject  # clauses imports this module

        sub = subordinate_subject(text, lo, end - 4)  # not "after he won and said …": ambiguous
        if sub and text[sub[0] : sub[1]].lower() not in _SUBJECT_PRONOUNS:
            return sub  # "The pilots left after Doe read the report and said …": Doe
        return main_subject(text, lo, end - 4)
    trimmed = text[lo:end].rstrip(" ,")
    if trimmed.endswith(")"):  # "Sen. Jane Doe (D-Mass.) said": the label is no speaker
        opening = text.rfind("(", lo, lo + len(trimmed))
        if opening > lo:
            comma = text[lo:end].rstrip().endswith(",")
            end = len(text[lo:opening].rstrip()) + lo
            if comma and text[end - 1] != ",":
                return _phrase(text, lo, end, backward=True) if end > lo else None
    party = PARTY_LABEL.search(trimmed, (len(trimmed) - 16 if len(trimmed) - 16 > 0 else 0))
    if party and text[lo:end].rstrip().endswith(","):  # "Mitch McConnell, R-Ky., said"
        end = lo + party.start()
        return _phrase(text, lo, end, backward=True) if end > lo else None
    t = time_start(text, lo, end)
    if t is not None:
        end = t
        window = text[lo:end].rstrip()  # "X just this month announced": the adverb before it
        m = ADVERB_BEFORE_VERB.search(window, (len(window) - 120 if len(window) - 120 > 0 else 0))
        if m and _may_end_in_adverb(window) and m.start() > 0:
            end = lo + m.start()
        if window.endswith((" and", " but")):  # "X freed up funds and on Monday announced …"
            return main_subject(text, lo, lo + len(window) - 4)
        end = before_label(text, lo, end)  # "Sen. Ann Reed (D-Maine) on Monday said": Ann Reed
    parts = [lo] + PART_MARKS.ends_in(text, lo, end)
    bounds = [
        (parts[i], (parts[i + 1] - 1) if i + 1 < len(parts) else end) for i in range(len(parts))
    ]
    bounds = [(a, b) for a, b in bounds if text[a:b].strip()]
    # "Jane Roe of Dover, N.H., said": the state belongs to the place before it
    bounds = [
        (a, b)
        for k, (a, b) in enumerate(bounds)
        if not (
            k
            and US_STATE.fullmatch(text[a:b].strip(" ,;:"))
            and _OF_PLACE.search(text, bounds[k - 1][0], bounds[k - 1][1])
        )
    ]
    if not bounds:
        return None
    a, b = bounds[-1]
    closing = text[lo:end].rstrip()[-2:]
    if closing in (" -", " –", "--") or closing[-1:] in ("—", "―"):
        # "X — a teacher from Ohio — says", "X -- her co-host -- told": X, before the dashes
        dash = closing if closing[-1] not in ("—", "―") else closing[-1]
        opening = text.rfind(dash + (" " if len(dash) > 1 else ""), lo, end - 1)
        if opening > lo:
            span = _subject_before(text, lo, opening)
            if span and "," in text[lo : span[0]]:  # "X, director of Y - which … - said": X
                commas = text[:opening] + "," + text[opening + 1 :]
                span = _subject_before(commas, lo, opening + 1) or span
            if span:
                return span
    # "X, who calls Y a “liar,” said": a comma inside closing quotes closes the apposition
    if text[lo:end].rstrip().rstrip("”\"’'").endswith(",") and len(bounds) >= 2:
        # "X, who …, said" / "X, a Democrat, said": the name before the apposition speaks: the
        # earliest name (within the last five parts) that an apposition follows; a role before
        # a relative clause ("a source, who …, said") too
        for j in range((len(bounds) - 6 if len(bounds) - 6 > 0 else 0), len(bounds) - 1):
            nxt = text[bounds[j + 1][0] : bounds[j + 1][1]].strip()
            owner = _OWNED_ROLE.match(nxt)  # "Jane Doe, Mexico's ambassador to Peru, said"
            label = PARTY_OF_PLACE.match(nxt)  # "Ann Reed, Republican of Ohio, said"
            opens = _APPOSITION.match(nxt) or nxt[:1].isdigit() or nxt[:1].islower()
            if not (owner or label or opens):
                continue
            pa, pb = bounds[j]
            if j and text[pa:pb].rstrip().endswith(")") and text[pa - 1] == "(":
                pa, pb = bounds[j - 1]  # "Rep. Jane Doe (Maine), a …, said": not the label
            span = _phrase(text, pa, pb, backward=True)
            first = _WORD.search(text, pa, pb)
            if span and first and _clean_word(first.group()) in _PREPOSITIONS:
                if not text[first.end() : span[0]].strip():
                    continue  # "In Tromso, the council's treasurer, Jim Boyle, said": a place
            word = text[pa : span[0]].split()[-1:] if span else []
            lead = word + text[span[0] : span[1]].split()[:1] if span else []
            if any(_clean_word(w) in _OBJECT_OF for w in lead):
                continue  # "In addition to Ann Lowe, a council member, Carl Webb, said": Webb
            if word and word[0] in _PLACE_WORDS and not nxt.startswith(("a ", "an ", "the ")):
                continue  # "Back in Ohio, taxes are all Jane Doe, a Democrat, wants": a place
            if owner and span and text[pa : span[0]].strip():
                continue  # "Now Doe's aide, …": the name must be the whole part
            if span and (
                text[span[0]].isupper()
                or _WHO.match(nxt)
                or j == len(bounds) - 2
                and _THE_NAME.match(text, span[0])
                and not text[pa : span[0]].strip()
                or role_named(text, span)
            ):
                return span  # "the economist Jane Doe, a former adviser, wrote": a name too
        last_part = text[a:b].strip()
        if last_part and not (_APPOSITION.match(last_part) or last_part[:1].islower()):
            return _phrase(text, a, b, backward=True)
        return _before_inserted(text, lo, bounds)
    if len(bounds) >= 3 and LABEL_APPOSITION.match(text, bounds[-2][0] - 1, b):
        # "Sen. Ann Reed (D-Maine), a supporter of the plan told …": the name before the label
        span = _phrase(text, bounds[-3][0], bounds[-3][1], backward=True)
        if span and is_named(text[span[0] : span[1]]):
            return span
    apposition = open_apposition(text[a:b].strip())
    if apposition and len(bounds) >= 2 and (len(bounds) == 2 or apposition.group(1) != "the"):
        # "Tom Reed, a spokesman for Mayor Ann Lee said": the name before an unclosed apposition;
        # "Ann Lee, the head of the port said" only when the name opens the sentence
        pa, pb = bounds[-2]
        span = _phrase(text, pa, pb, backward=True)
        name = text[span[0] : span[1]].split() if span else []
        if span and not text[pa : span[0]].strip() and name[0].lower() not in _NOT_OPENING_NAME:
            if len(name) >= 2 and all(w.lstrip("\xad")[:1].isupper() for w in name):  # soft hyphen
                return span
    verb = _WORD.match(text, verb_start)
    # right before a verb that is no noun: "The post showed" (not "the talk shows", "talk,")
    nouns = verb is not None and _clean_word(verb.group()) not in NOUN_LIKE and text[b] != ","
    return _phrase(text, a, b, backward=True, nouns=nouns)


# a part ending in "of/from/in <Place>" that a US state may follow
_OF_PLACE: Final = re.compile(
    r"\b(?:of|from|in)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*,?\s*$"
)


# a phrase set off by commas that adds to the subject before it, not a subject of its own
_INSERTED: Final = re.compile(
    r"\s*(?:including|like|such\s+as|for\s+instance|for\s+example|in\s+particular|"
    r"however|in\s+fact|of\s+course|too|among\s+them|at\s+least)\b"
)
# the clause before the inserted phrase is not the sentence's first: no subject there
_NOT_FIRST_CLAUSE: Final = re.compile(
    r"\b(?:though|although|because|while|whereas|since|unless|but|not|never)\b|n[’']t\b"
)


def _before_inserted(text: str, lo: int, bounds: list[tuple[int, int]]) -> tuple[int, int] | None:
    """ "Ferry captains interviewed this week, including Mr. Roe, said": the subject opens the
    sentence's one clause part before a phrase that only adds to it."""
    if len(bounds) != 2 or not _INSERTED.match(text, bounds[1][0]):
        return None
    a, b = bounds[0]
    if not text[a:b].strip()[:1].isupper() or _NOT_FIRST_CLAUSE.search(text, a, b):
        return None
    focus = FOCUS.match(text, a, b)  # "Even the critics, like Doe, say": past "Even"
    return _phrase(text, focus.end(), b, backward=False) if focus else main_subject(text, lo, b)


def main_subject(text: str, lo: int, comma: int) -> tuple[int, int] | None:
    """The subject of the clause before ", saying …": the leading words of that clause part."""
    lo = comma - SUBJECT_WINDOW if comma - SUBJECT_WINDOW > lo else lo
    starts = [lo] + PART_MARKS.ends_in(text, lo, comma)
    for a in starts[:4]:
        first = _WORD.search(text, a, comma)
        if first is not None and a == lo and _GLUED_MARKER.match(first.group()):
            first = _past_marker(text, first, comma)  # "QLast June, Doe …": "Last June"
        end = next((b for b in starts if b > a), comma)
        first = past_leading(text, first, end)
        if first is not None and _clean_word(first.group()) in _PREPOSITIONS:
            first = past_time_opener(text, first, end)  # "On Sunday morning Doe …, saying"
            if first is None or _clean_word(first.group()) in _PREPOSITIONS:
                continue  # "In a speech in Ohio, Trump …": the subject follows the opener
        elif first is None:
            continue  # no word to open the subject
        if opens_no_subject(text, first.group(), first.end(), comma):
            continue  # "Walking to the car, Doe …", "Ultimately, Doe …"
        if TIME_PHRASE.fullmatch(text[first.start() : end].strip(" ,;:")):
            continue  # "Hours later, Doe …", "Last week, Doe …": a time, not the subject
        if a > lo and US_STATE.fullmatch(text[a:end].strip(" ,;:")) and end < comma:
            continue  # "At a fair in Waco, Tex., Doe …": the place goes on
        span = _phrase(text, first.start(), end, backward=False, opening=True)
        if span and text.startswith(" (", span[1]):
            label = _LABEL_AFTER.match(text, span[1])  # "Harlow County (Ohio) Sheriff Dan Roe"
            after = main_subject(text, label.end(), comma) if label else None
            if after and is_named(text[after[0] : after[1]]):
                return after  # the titled name after the place's label, not the place
        if span:
            return before_s_verb(text, span)  # "The company | runs ferries and says"
    return None


# a place's bracketed label before a title and a name: "County (Ohio) | Sheriff Dan Roe"
_LABEL_AFTER: Final = re.compile(r"\s\([A-Z][^()]{0,30}\)\s+(?=[A-Z][\w.]*\s+[A-Z])")
# an interview's Q/A turn marker glued to the turn's first word ("QLast June", "AIn fact")
_GLUED_MARKER: Final = re.compile(r"[QA][A-Z][a-z]")
# words a turn opens with before its subject (not a name: "QAnon" keeps its "Q")
_TURN_OPENERS: Final = (
    _PREPOSITIONS | _LEADING | _DETERMINERS | _SUBJECT_PRONOUNS | {"last", "next", "this"}
)


def _past_marker(text: str, first: re.Match[str], hi: int) -> re.Match[str]:
    """The word after a glued Q/A marker when it opens a clause ("QLast" -> "Last"), else
    `first`."""
    word = _WORD.search(text, first.start() + 1, hi)
    return word if word and _clean_word(word.group()) in _TURN_OPENERS else first


def subject_after(
    text: str, verb_end: int, hi: int, lenient: bool = False
) -> tuple[int, int] | None:
    """The subject right after a cue verb ("…," said Rep. Jane Doe, a Democrat)."""
    hi = min(hi, verb_end + SUBJECT_WINDOW)
    first = PART_MARKS.first_in(text, verb_end, hi)
    end = hi if first is None else first
    # a sentence's full stop ends the phrase, an abbreviation's ("Rep.", "U.S.") does not
    for stop in re.finditer(r"[.!?](?=\s|$)", text[verb_end:end]):
        before = text[verb_end : verb_end + stop.start()].split()
        last = before[-1] if before else ""
        if not (
            is_titled(last) or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", last) or last in ("Jr", "Sr")
        ):
            end = verb_end + stop.start()
            break
    return _phrase(text, verb_end, end, backward=False, lenient=lenient)
