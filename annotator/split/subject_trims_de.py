"""What is cut off before a German cue's subject is read: a section heading glued to the first
sentence of its paragraph ("Neue Pläne Im Mai hatte X verkündet"), an abbreviation in
parentheses closing the apposition before the verb ("Die Liga, die Allianz für Wandel (AfW),
sagte"). Both are tried only when a cheap character test holds (a newline before the sentence,
a closing parenthesis and a comma right before the verb)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon_de
from annotator.split.speakers import subject_before
from annotator.split.subject_words_de import _NOMINATIVE, _NOT_SUBJECT


def glued_heading(text: str, lo: int, verb_start: int) -> int | None:
    """Where a paragraph's sentence starts after a section heading glued to it: "Neue Pläne Im
    Mai hatte …", one to three capitalised words, then a capitalised word that opens no noun
    phrase ("Im", "Bereits"); None when the paragraph has no such heading."""
    m = _HEADING_WORDS.match(text, lo, verb_start)
    if not m:
        return None
    words = m.group().split()
    for i, word in enumerate(words):
        if not word[:1].isupper() or (i and not word[1:].isalpha()):
            return None
        if _opens_no_phrase(word.lower()):
            return text.index(word, lo) if i else None
    return None


def _opens_no_phrase(word: str) -> bool:
    """A capitalised first word that is an adverb or a preposition, no noun of a heading."""
    return (word in _FRONTED or word in lexicon_de.ADVERBS) and word not in _OBLIQUE_WORDS


_HEADING_WORDS: Final = re.compile(r"(?:\S+\s+){2,4}")
# a case-marked article opens a noun phrase of the heading's sentence: "Dem Rat Den Bericht"
_OBLIQUE_WORDS: Final = frozenset("den dem des einem einen eines".split())
_FRONTED: Final = (
    frozenset("im am in bei beim nach seit vor zum zur auf mit".split())
    | _NOT_SUBJECT - _NOMINATIVE
)


def subject_before_paren(text: str, lo: int, verb_start: int) -> tuple[int, int] | None:
    """The subject before an apposition that an abbreviation closes ("Die Liga, die Allianz
    für Wandel (AfW), sagte"): read as if the parenthesis were not there, not "(AfW)"."""
    paren = (
        _LAST_PAREN.search(text, lo, verb_start)
        if text[verb_start - 3 : verb_start - 1] == "),"
        else None
    )
    if not paren:
        return subject_before(text, lo, verb_start)
    cut = paren.end() - paren.start()
    window = text[lo : paren.start()] + text[paren.end() : verb_start]
    span = subject_before(window, 0, len(window))
    if not span:
        return None
    a, b, at = *span, paren.start() - lo  # the window's ends after the cut move back by it
    return lo + (a + cut if a >= at else a), lo + (b + cut if b > at else b)


_LAST_PAREN: Final = re.compile(r"\s*\([^()]{1,30}\)(?=,\s*$)")
