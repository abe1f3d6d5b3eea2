"""A full stop after a number or a single letter (`annotator.split.sentences`): does it end
the sentence?

A number before it is a list marker ("1." at a line start or after a bullet), a numbered
heading ("… the owner. 923. Things …", unlike "p. 12. The") or, where the language writes
ordinals with a period, an ordinal ("am 3. Oktober", "der 2. Weltkrieg"); a single letter is a
list marker, an initial ("B. H. Roberts", "said C. Christine Fair") or part of a case name
("Roe v. Wade"), and otherwise a word that ends the sentence ("you and I. Did …")."""

from __future__ import annotations

from annotator.split.abbreviations import Lexicon


def number_ends_sentence(
    seg: str, ms: int, bare: str, nxt_word: str, lex: Lexicon, ordinals: bool
) -> bool:
    """The full stop at `ms` after the number `bare` ends a sentence: not after a list marker,
    a numbered heading or (`ordinals`: the language writes them with a period) an ordinal."""
    if is_list_marker(seg, ms, bare) or _numbered_heading(seg, ms, bare, lex):
        return False
    # "am 3. Oktober", "der 2. Weltkrieg": an ordinal, in languages that write them so
    return not (ordinals and len(bare) <= 2 and _ordinal(seg, ms - len(bare), nxt_word, lex))


def letter_ends_sentence(
    seg: str, ms: int, bare: str, nxt: str, nxt_word: str, lex: Lexicon
) -> bool:
    """The full stop at `ms` after the single letter `bare` ends a sentence: not after a list
    marker, an initial or the "v" of a case name."""
    if is_list_marker(seg, ms, bare):
        return False
    if bare.isupper() and len(nxt_word) == 1 and nxt_word.isupper():
        return False  # initials: "B. H. Roberts"
    if (
        bare.isupper()
        and bare not in "IA"
        and nxt.isupper()
        and nxt_word[1:2].islower()
        and nxt_word.lower() not in lex.openers
    ):
        return False  # an initial: "said C. Christine Fair", not "because of X. So"
    if bare.isupper():
        before = seg[max(0, ms - 80) : ms - 1].rstrip()
        prev_word = before.rsplit(None, 1)[-1] if before else ""
        return not (prev_word[:1].isupper() and prev_word[-1:].isalpha())
    if bare == "v" and nxt.isupper() and nxt_word.lower() not in lex.openers:
        before = seg[max(0, ms - 40) : ms - 1].rstrip()
        prev_word = before.rsplit(None, 1)[-1] if before else ""
        return not prev_word.lstrip("\"“‘'(")[:1].isupper()  # a case name: "Roe v. Wade"
    return True


def _ordinal(seg: str, ws: int, nxt_word: str, lex: Lexicon) -> bool:
    """The number before `ws` reads as an ordinal: before a month, or after a lower-case word
    and before a capitalised word that is not a sentence opener."""
    if nxt_word.lower() in lex.months:
        return True
    before = seg[max(0, ws - 30) : ws].rstrip()
    prev = before.rsplit(None, 1)[-1] if before else ""
    return prev.isalpha() and prev.islower() and nxt_word.lower() not in lex.openers


def is_list_marker(seg: str, ms: int, bare: str) -> bool:
    """The token before position ms is a list marker ("1." at a line start or after a bullet)."""
    ws = ms - len(bare)
    if ws <= 0:
        return True
    before = seg[max(0, ws - 20) : ws].rstrip(" ")
    if not before:
        return not seg[:ws].strip(" ")
    return before[-1] in "\n•⁃-*"


def _numbered_heading(seg: str, ms: int, bare: str, lex: Lexicon) -> bool:
    """A number standing between a sentence end and a capitalised word numbers what follows
    ("... the owner. 923. Things that may be taken. 925. Animals"), unlike "p. 12. The"."""
    ws = ms - len(bare)
    if len(bare) > 4 or ws < 2 or not seg[ws - 1].isspace():
        return False  # "f/2.7.", "$10.74."
    before = seg[max(0, ws - 40) : ws].split()
    prev = before[-1] if before else ""
    if prev[-1:] not in (".", "!", "?", ")") or prev.endswith(".."):
        return False
    word = prev.rstrip(".!?").lower()
    return len(word) >= 2 and word not in lex.never and word not in lex.maybe
