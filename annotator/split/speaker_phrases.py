"""The speaker phrase inside one clause part (`_phrase`): the run of words that names someone,
read from the part's end (the subject before a cue) or from its start (the one after it).

A phrase ends at a clause boundary: a clause word ("that", "who", "has"), a preposition that
opens no name ("in Ohio"), a verb after its subject; at most MAX_WORDS words are read.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Final

from annotator.split.clause_openers import WORD as _WORD
from annotator.split.lexicon import EN_CUES, NOUN_LIKE, WEEKDAYS
from annotator.split.preposition_objects import object_start, subject_before_pp
from annotator.split.speaker_words import (
    _COUNTED_OF,
    _DETERMINERS,
    _INNER,
    _LEADING,
    _PREPOSITIONS,
    BODIES_ON,
    CLAUSE_WORDS,
    _clean_word,
    _lenient,
    _valid,
    adverbial_end,
    before_participle,
    date_next,
    inside_subject,
    name_after_role,
)
from annotator.split.subject_verbs import S_TO, is_verb, noun_s_verb, s_verb

MAX_WORDS: Final = 9
_DE_OBJECT: Final = frozenset("die das den ein eine einen".split())
_SKIP_AFTER: Final = frozenset(
    """on last this earlier am jetzt nun zudem auch weiter außerdem bereits dann noch
    ebenfalls zuvor gestern heute dabei daraufhin""".split()
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
                if w == "on" and nxt and text[nxt[0]].isupper() and not lower_head:
                    body = _clean_word(text[kept[-1][0] : kept[-1][1]]) in BODIES_ON
                    if body and _clean_word(text[nxt[0] : nxt[1]]) not in WEEKDAYS:
                        kept.append((a, b))  # "said the Commission on Ferry Safety"
                        continue
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
        if len(kept) == MAX_WORDS and len(words) > MAX_WORDS:
            kept += _last_name_word(text, kept, words[MAX_WORDS])  # "… Chairman Tom | Hale"
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
            if w == "and" and sel and k > 1 and _date_before(text, words, k):
                break  # "late in Jun and the mayor said": a date is no one's conjunct
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


# words that open a date before "and": "late in Jun and …", "on Monday and …", "last week and …"
_SEASONS: Final = frozenset("spring summer fall autumn winter".split())
_DATE_OPENERS: Final = frozenset(
    "in on since until by through during last this next late early".split()
)


def _date_before(text: str, words: list[tuple[int, int]], k: int) -> bool:
    """The two words before words[k] are a date after its opener ("in Jun", "on Monday", "in
    2019", "last winter"): a month that is a name ("Jun and the mayor") needs the opener."""
    date = _clean_word(text[words[k - 1][0] : words[k - 1][1]])
    if date not in WEEKDAYS and date not in _SEASONS and not (len(date) == 4 and date.isdigit()):
        return False
    return _clean_word(text[words[k - 2][0] : words[k - 2][1]]) in _DATE_OPENERS


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
_SHORT_SPAN: Final = 60  # a span no longer is scanned forward, not reversed (most subject windows)


def _last_name_word(
    text: str, kept: list[tuple[int, int]], extra: tuple[int, int]
) -> list[tuple[int, int]]:
    """The word read past MAX_WORDS when it ends a name the phrase cut ("Committee Chairman Tom
    | Hale."): after two capitalised words, capitalised itself, no initial, no time word, and
    no capital after it; else nothing."""
    a, b = extra
    if not (text[a].isupper() and text[kept[-1][0]].isupper() and text[kept[-2][0]].isupper()):
        return []
    word = _clean_word(text[a:b])
    if len(word) < 2 or word in WEEKDAYS or text[b : b + 2][-1:].isupper():
        return []
    return [extra]


def _words(text: str, start: int, end: int, backward: bool) -> list[tuple[int, int]]:
    """The word spans of text[start:end] that `_phrase` reads: the last `_WORDS_NEEDED`
    (backward: found in the reversed span) or the first ones."""
    if not backward:
        return [m.span() for m in islice(_WORD.finditer(text, start, end), _WORDS_NEEDED)]
    if end - start <= _SHORT_SPAN:  # a word is a run of one class: the same runs either way
        return [m.span() for m in _WORD.finditer(text, start, end)][-_WORDS_NEEDED:]
    reverse = text[start:end][::-1]
    found = [
        (end - m.end(), end - m.start()) for m in islice(_WORD.finditer(reverse), _WORDS_NEEDED)
    ]
    found.reverse()
    return found
