"""Speaker phrases around a cue: the subject before it, or the one after it ("…," said X).

Both work on document offsets inside a bounded window (SUBJECT_WINDOW characters), so a line with
thousands of cues stays linear. A phrase is a run of words that ends at a clause boundary:
punctuation, a clause word ("that", "who", "has"), an appositive ("X, a Democrat from Ohio,
said" gives X) or a relative clause ("X, who led the talks, said" gives X).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from annotator.split.clause_openers import FOCUS, opens_no_subject, past_leading, past_time_opener
from annotator.split.clause_openers import WORD as _WORD
from annotator.split.epithets import epithet_name
from annotator.split.lexicon import (
    ADVERB_BEFORE_VERB,
    EN_CUES,
    NOUN_LIKE,
    PROGRESSIVE_AND,
    TIME_PHRASE,
    US_STATE,
    WEEKDAYS,
)
from annotator.split.part_marks import PART_MARKS
from annotator.split.party_labels import LABEL_APPOSITION, PARTY_LABEL, PARTY_OF_PLACE, before_label
from annotator.split.preposition_objects import object_start, subject_before_pp
from annotator.split.speaker_words import (
    _COUNTED_OF,
    _DETERMINERS,
    _INNER,
    _LEADING,
    _PREPOSITIONS,
    CLAUSE_WORDS,
    _clean_word,
    _lenient,
    _valid,
    adverbial_end,
    before_participle,
    date_next,
    inside_subject,
    is_named,
    is_speaker_phrase,
    is_titled,
    name_after_role,
    role_named,
)
from annotator.split.subject_verbs import S_TO, before_s_verb, is_verb, noun_s_verb, s_verb
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

SUBJECT_WINDOW = 400
MAX_WORDS = 9
_DE_OBJECT = frozenset("die das den ein eine einen".split())
_SKIP_AFTER = frozenset(
    """on last this earlier am jetzt nun zudem auch weiter außerdem bereits dann noch
    ebenfalls zuvor gestern heute dabei daraufhin""".split()
)
_APPOSITION = re.compile(
    r"(?:who|whom|whose|which|a|an|the|now|then|once|himself|herself|itself|themselves|"
    r"both|also|der|die|das|ein|eine|le|la|un|une|el|una|qui|que|quien|который|которая|\d)\b"
)
_WHO = re.compile(r"(?:who|whom|whose)\b")
_THE_NAME = re.compile(r"the\s+[A-Z]")  # "the Island Courier": a name after its article
# a preposition before a place that a clause, not an apposition, follows
_PLACE_WORDS = frozenset("in at across throughout near outside inside".split())
# an apposition with no closing comma before the cue: "…, a spokesman for the mayor said"
_OPEN_APPOSITION = re.compile(
    r"(a|an|the)\s+(?:[\w-]+\s+){0,3}(?:for|to|of|at|with)\s(?![^;]*\b(?:who|which|that)\b)"
)
_NOT_OPENING_NAME = _PREPOSITIONS | {"like", "as"}
# an apposition that names a role by its owner: "Mexico's ambassador", "Doe's campaign manager"
_OWNED_ROLE = re.compile(
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}['’]s?\s+(?:[a-z-]+\s+){0,2}[a-z]+"
)


def _phrase(
    text: str,
    start: int,
    end: int,
    backward: bool,
    lenient: bool = False,
    nouns: bool = False,
    opening: bool = False,
) -> tuple[int, int] | None:
    """The speaker phrase inside text[start:end] (one clause part): its trailing words (backward)
    or its leading words (forward; `opening`: at a clause start, where a capital tells nothing),
    stopped by a clause word; None if nothing names anyone."""
    words = _words(text, start, end, backward)
    if not backward:
        words = words[adverbial_end(text, words) :]  # "ha detto | ai giornalisti | il ministro"
        kept: list[tuple[int, int]] = []
        for i, (a, b) in enumerate(words[:MAX_WORDS]):
            w = _clean_word(text[a:b])
            if kept and w in _DE_OBJECT and text[kept[-1][0]].isupper():
                break  # "laut einer Mitteilung der Polizei | die Straße …"
            nxt = words[i + 1] if i + 1 < len(words) else None
            date = (
                w in WEEKDAYS
                and not (  # "Jan Voss" is a name, "Jan. 5" a date
                    text[a].isupper()
                    and nxt
                    and text[nxt[0]].isupper()
                    and _clean_word(text[nxt[0] : nxt[1]]) not in WEEKDAYS
                )
            )
            if date and len(kept) == 1 and nxt and text[nxt[0]].isdigit():
                if _clean_word(text[kept[0][0] : kept[0][1]]) in ("a", "the"):
                    continue  # "a March 2019 study by": the date inside the phrase
            if kept and (w in CLAUSE_WORDS or w in _PREPOSITIONS or date or w == "of"):
                # "spokesman for the Pentagon", "Rep. Smith of New York" go on; "in Ohio" stops
                lower_head = text[kept[-1][0]].islower()
                if w in ("for", "of", "at") and nxt and lower_head and text[nxt[0]].isupper():
                    kept.append((a, b))
                    continue
                counted = w == "of" and _clean_word(text[kept[-1][0] : kept[-1][1]]) in _COUNTED_OF
                if (  # "spokesman for the agency"; a count's group: "one of those advisers"
                    w in ("for", "of", "at")
                    and nxt
                    and lower_head
                    and (_clean_word(text[nxt[0] : nxt[1]]) == "the" or counted)
                ):
                    kept.append((a, b))
                    continue
                break
            if not kept and w == "on" and not date_next(text, nxt):
                break  # "wrote on Twitter", "wrote on his blog": a medium, no subject
            if not kept and (date or w in _SKIP_AFTER or w in _LEADING):
                continue  # "said Tuesday", "said on Thursday"
            if kept and (
                is_verb(text[a:b], text[kept[-1][0] : kept[-1][1]])
                or text[kept[-1][0]].isupper()
                and (S_TO.fullmatch(text, a, b + 4) or s_verb(text, (a, b), nxt))
                or nxt
                and noun_s_verb(text[kept[-1][0] : kept[-1][1]], text[a:b], text[nxt[0] : nxt[1]])
            ):
                break  # "Coast Guard Friends | issued a statement", "Doe | often takes credit"
            kept.append((a, b))
        while kept and _clean_word(text[kept[-1][0] : kept[-1][1]]) in ("for", "of", "at", "the"):
            kept.pop()
        sel = kept
    else:
        sel = []
        for k in range(len(words) - 1, -1, -1):
            a, b = words[k]
            w = _clean_word(text[a:b])
            verb = w in EN_CUES and w not in NOUN_LIKE and text[a].islower()
            if verb and k and _clean_word(text[words[k - 1][0] : words[k - 1][1]]) in _DETERMINERS:
                verb = False  # "The post showed": a noun after its article
            if (w in CLAUSE_WORDS or verb) and inside_subject(text, words, k):
                w, verb = "", False  # "Theresa May said", "a source speaking to Harbour Radio said"
            if w in CLAUSE_WORDS or len(sel) >= MAX_WORDS or verb:
                break
            sel.append((a, b))
        sel = before_participle(text, sel[::-1])  # "a source speaking to Harbour Radio said"
        # "In an interview Trump said": an opening preposition keeps only the name after it
        while sel:
            lead = _clean_word(text[sel[0][0] : sel[0][1]])  # cleaned once a turn
            if lead in _LEADING:
                sel = sel[1:]  # "Even the organizer said", "But aides say"
                continue
            if lead not in _PREPOSITIONS:
                break
            caps = [i for i, (a, _) in enumerate(sel) if i > 0 and text[a].isupper()]
            if not caps and lead not in ("about", "and", "but"):
                return None  # "… on the ferry shows": the object of a preposition
            sel = sel[caps[0] :] if caps else sel[1:]  # "about half of voters" -> "half of voters"
    # the longest run of words that reads as a speaker ("EPA deputy counsel Mara Vogt" ->
    # "Mara Vogt"); going forward, the leading run
    obj = object_start(text, sel) if backward else len(sel)
    texts = [text[a:b] for a, b in sel]  # each word cut once (and hashed once by `_valid`)
    before_obj = texts[obj - 2] if obj > 1 else ""
    if 0 < obj < len(sel) and not is_verb(texts[obj - 1], before_obj):
        for j in range(obj):  # "dock workers in Leith say": the head before it
            if _valid(texts[j:obj]):
                return sel[j][0], sel[-1][1]
    if opening and not _valid(texts):
        name = name_after_role(texts)  # "Retired skipper Tom Hale": not "Retired"
        if name is not None:
            return sel[name][0], sel[-1][1]
    for check in (_valid, _lenient) if lenient else (_valid,):
        for i, j in _tries(len(sel), backward):
            if i > obj:
                continue  # "the fishing rules in Norway guaranteed": a preposition's object
            if backward and i and text[sel[i][0]].islower():
                if _clean_word(texts[i - 1]) in _INNER:
                    continue  # "… on the ferry": the object of a preposition is no speaker
                if _clean_word(texts[i]) in _INNER:
                    continue  # "the city | of Nice": a run never opens with its preposition
            tokens = texts[i:j]
            if check(tokens) or nouns and check is _valid and _valid(tokens, noun_heads=True):
                return sel[i][0], sel[j - 1][1]
    if backward:  # "Roe at the time said", "the editor at the time said": before the PP
        for i, j in _tries(len(sel), backward):
            cut = subject_before_pp(texts[i:j], texts[i - 1] if i else "")
            if cut:
                return sel[i][0], sel[i + cut - 1][1]
    return None


def _tries(n: int, backward: bool) -> Iterator[tuple[int, int]]:
    """The runs of n words to test, longest first, as (first, end) word indexes: trailing runs
    (backward), else leading runs and then the trailing ones."""
    if not backward:
        for i in range(n):
            yield 0, n - i
        for i in range(1, n):
            yield i, n
        return
    for i in range(n):
        yield i, n


_WORDS_NEEDED = MAX_WORDS + 1  # _phrase reads at most this many words from its end of the span


def _words(text: str, start: int, end: int, backward: bool) -> list[tuple[int, int]]:
    """The word spans of text[start:end] that `_phrase` reads: the last `_WORDS_NEEDED`
    (backward: found in the reversed span) or the first ones."""
    if not backward:
        return [m.span() for m in islice(_WORD.finditer(text, start, end), _WORDS_NEEDED)]
    reverse = text[start:end][::-1]
    found = [
        (end - m.end(), end - m.start()) for m in islice(_WORD.finditer(reverse), _WORDS_NEEDED)
    ]
    found.reverse()
    return found


_FLOATING = frozenset(("both", "all", "each"))
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "me", "us"))
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you"))


def subject_before(text: str, lo: int, verb_start: int) -> tuple[int, int] | None:
    """The subject right before a cue verb at `verb_start` (not before `lo`); a floating
    quantifier gives way to the subject before it ("X and Y have both argued")."""
    span = _subject_before(text, lo, verb_start)
    cut = _PREP_END.search(text, span[0], span[1]) if span else None
    if span and cut and cut.start() > span[0] and _YEAR.match(text, span[1]):
        # "A study from | 2011 noted": "A study"
        span = (span[0], cut.start())
    if span and text[span[0] : span[1]].lower() in _OBJECT_PRONOUNS:
        return None  # "those close to him say", "let them know": an object speaks for no one
    if span and "by " in text[max(lo, span[0] - 8) : span[0]]:
        agent = _SEEN_BY.search(text, max(lo, span[0] - 40), span[0])
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


# a text's finder between it and its verb: "A memo obtained by the Gazette says"
_SEEN_BY = re.compile(r"\b(?:obtained|seen|reviewed|acquired)\s+by\s+(?:[Tt]he\s+)?$")
# a phrase cut before a year ends in its preposition: "A study from | 2011 noted"
_PREP_END = re.compile(r"\s+(?:from|in|of)$")
_YEAR = re.compile(r"\s+(?:1[89]|20)\d\d\b")
_BEFORE_FLOATING = re.compile(
    r"\s+|\s*,?\s*(?:have|has|had|are|were|will|would|can|could|may|might)\s+|.*[—–―]\s*",
    re.S,
)
_RELATIVE_END = re.compile(r"\b(?:which|who|that)\s+$")


# every word of `ADVERB_BEFORE_VERB` (and a few of its syntax: a superset of those ending it)
_ADVERB_WORDS = frozenset(re.findall(r"[A-Za-z]+", ADVERB_BEFORE_VERB.pattern))


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
        prog = PROGRESSIVE_AND.search(text, max(lo, end - 150), verb_start)
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
    party = PARTY_LABEL.search(trimmed, max(0, len(trimmed) - 16))
    if party and text[lo:end].rstrip().endswith(","):  # "Mitch McConnell, R-Ky., said"
        end = lo + party.start()
        return _phrase(text, lo, end, backward=True) if end > lo else None
    t = time_start(text, lo, end)
    if t is not None:
        end = t
        window = text[lo:end].rstrip()  # "X just this month announced": the adverb before it
        m = ADVERB_BEFORE_VERB.search(window, max(0, len(window) - 120))
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
        for j in range(max(0, len(bounds) - 6), len(bounds) - 1):
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
    apposition = _OPEN_APPOSITION.match(text[a:b].strip())
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


# a part ending in "of/from <Place>" that a US state may follow
_OF_PLACE = re.compile(r"\b(?:of|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*,?\s*$")


# a phrase set off by commas that adds to the subject before it, not a subject of its own
_INSERTED = re.compile(
    r"\s*(?:including|like|such\s+as|for\s+instance|for\s+example|in\s+particular|"
    r"however|in\s+fact|of\s+course|too|among\s+them|at\s+least)\b"
)
# the clause before the inserted phrase is not the sentence's first: no subject there
_NOT_FIRST_CLAUSE = re.compile(
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
    lo = max(lo, comma - SUBJECT_WINDOW)
    starts = [lo] + PART_MARKS.ends_in(text, lo, comma)
    for a in starts[:4]:
        first = _WORD.search(text, a, comma)
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
        if span:
            return before_s_verb(text, span)  # "The company | runs ferries and says"
    return None


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
