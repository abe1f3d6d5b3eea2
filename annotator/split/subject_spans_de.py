"""German subject spans: the noun phrase a German subject reads as once it is found.

German nouns are capitalised, so a subject after an inverted verb ends at the first lower-case
word after a capitalised one ("der Richter | jeweils eine Geldstrafe"); a subject opening a
clause is a whole noun phrase ("der hessische Finanzminister Jan Roth", not its article and
adjective) with a place right before the verb ("Die Obstbauern in Tann sagten"). `speakers_de.german_subject` decides where the subject lies; these read its span.
"""

from __future__ import annotations

import re
from typing import Final

from annotator.split.noun_phrases_de import ADJ_TITLE, SUBJECT_NP
from annotator.split.speaker_phrases import _phrase
from annotator.split.speakers import _clean_word, subject_after
from annotator.split.subject_words_de import _NOMINATIVE, _SKIP

_TITLE_AFTER = re.compile(r"\s*(?:(?:der|die|das)\s+)?[„»“\"]((?:[^\s„“”\"»«]+ ?){1,4})[“”\"«]")


def forward_span(text: str, a: int, b: int, lenient: bool = False) -> tuple[int, int] | None:
    """The subject opening text[a:b]: a whole German noun phrase ("der hessische
    Finanzminister Jan Roth", not its article and adjective) with a place that ends text[a:b]
    ("Die Obstbauern in Tann"), else the leading phrase."""
    np = SUBJECT_NP.match(text, a, b)
    if np and text[np.end(1) : b].strip()[:1] not in ("-", "„", "»", '"'):
        return with_place(text, np, b)
    title = _NAMED_TITLE.match(text, np.end(1), b) if np else None
    if np and title:  # "die französische Sportzeitung „Le Sport“", not "die französische"
        return np.start(1), title.end()
    return _phrase(text, a, b, False, lenient=lenient)


# a place after the noun phrase, all that stands before the verb: "Die Winzer im Ahrtal"
_PLACE_AFTER: Final = re.compile(r"(\s+(?:in|im|aus)\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)\s*")


def with_place(text: str, np: re.Match[str], b: int) -> tuple[int, int]:
    """The noun phrase `np` (`SUBJECT_NP`) with a place that ends text[:b] ("Die Obstbauern in
    Tann | sagten"): the whole subject, not the noun before the place; a phrase with a name
    ("Senator Jim Reed aus Ohio") keeps the name alone."""
    place = _PLACE_AFTER.fullmatch(text, np.end(1), b) if b - np.end(1) < 40 else None
    if place is None:
        return np.span(1)
    nouns = [w for w in np.group(1).split() if w[:1].isupper() and not w.isupper()]
    if not nouns or len(nouns) != 1 + (_clean_word(nouns[0]) in _NOMINATIVE):
        return np.span(1)  # one noun after the article, an acronym maybe ("Die US Botschaft")
    return np.start(1), place.end(1)


# one bare noun and a place, all before the verb: "Bauern im Allgäu sagten" (no article)
_BARE_PLACE: Final = re.compile(
    r"\s*([A-ZÄÖÜ][a-zäöüß-]+\s+(?:in|im|aus)\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)\s*"
)


def bare_with_place(text: str, a: int, b: int) -> tuple[int, int] | None:
    """A noun with no article and a place that fill text[a:b] ("Bauern im Allgäu"), or None."""
    m = _BARE_PLACE.fullmatch(text, a, b)
    return m.span(1) if m else None


# a quoted title closing a noun phrase, then its verb or clause: "Die Zeitung „Der Morgen“"
_NAMED_TITLE: Final = re.compile(r"\s*[„»\"][^„“”\"»«,.;:!?]{1,40}[“”\"«](?=\s*$|\s+[a-zäöüß])")


def so_subject(text: str, a: int, b: int, lenient: bool = False) -> tuple[int, int] | None:
    """The speaker after ", so": the whole noun phrase ("der kenianische Schriftsteller Amos
    Lund", not "kenianische"), else `subject_after`."""
    np = SUBJECT_NP.match(text, a, b)
    return np.span(1) if np else subject_after(text, a, b, lenient=lenient)


_LOWER_STOP = re.compile(r"\s+(?!(?:der|des|von|vom|und|aus|für|de|da|del|van|al|bin)\b)[a-zäöüß]")


def after_span(text: str, a: int, hi: int) -> tuple[int, int] | None:
    """The subject after an inverted German verb, ended by the first lower-case word after
    a capitalised one ("der Richter | jeweils eine Geldstrafe"): German nouns are capitalised."""
    skip = _SKIP.match(text, a, hi)
    b = skip.end() if skip else a  # "…, schrieb etwa die konservative „Der Bote“"
    if _QUANTIFIER_ALONE.match(text, b, hi):
        return None  # "forderten beide eine Verlängerung": "beide" is the subject, not the object
    np = SUBJECT_NP.match(text, b, hi)
    if np:
        named = _APPOSED_NAME.match(text, np.end(1), hi)  # "der Direktor der Behörde, Jan Voss,"
        return named.span(1) if named else np.span(1)  # "der Premierminister John Key"
    title = _TITLE_AFTER.match(text, b, hi) or ADJ_TITLE.match(text, b, hi)
    if title:
        return title.span(1)  # "…, zitiert „BBC News“ aus …"
    if _PREPOSITION_FIRST.match(text, b, hi):
        return None  # "…, hat mit Wirkung zum 1. Mai … verkündet": a noun after "mit" is none
    span = subject_after(text, a, hi)
    if span is None:
        return None
    if _object(text, max(a, span[0] - 40), span):
        return None  # "stimmten beide Seiten dem neuen Etat zu": a dative names no one
    caps = re.search(r"\b[A-ZÄÖÜ]", text[span[0] : span[1]])
    if caps:
        cut = _LOWER_STOP.search(text, span[0] + caps.start(), span[1])
        if cut:
            return span[0], cut.start()
    return span


_OBJECT_ARTICLES: Final = frozenset(("dem", "einem", "den", "einen"))


def _object(text: str, lo: int, span: tuple[int, int]) -> bool:
    """The span after an inverted verb opens with "dem"/"einem"/"den"/"einen", or follows one
    and up to two adjectives: a dative or accusative object, never the subject."""
    first = text[span[0] : span[0] + 6].split()[:1]
    if first and first[0] in _OBJECT_ARTICLES:
        return True
    before = text[lo : span[0]].split()[-3:]
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _OBJECT_ARTICLES:
            return True
        if not before[i].isalpha() or not before[i].islower():
            return False
    return False


_PREPOSITION_FIRST: Final = re.compile(
    r"\s*(?:mit|ohne|wegen|trotz|zum|zur|nach|seit|für|gegen|durch|unter|über)\s"
)
_QUANTIFIER_ALONE: Final = re.compile(r"\s*(?:beide|alle)\s+[a-zäöüß]")
# a name set off after a role: "…, Jan Voss, mit", "…, Jan Voss (SPD)."
_APPOSED_NAME: Final = re.compile(
    r",\s+((?:[A-ZÄÖÜ][\w.’'-]*\s+){1,3}[A-ZÄÖÜ][\w’'-]*)\s*(?:\([^()]{1,30}\)\s*)?(?=[,.;:!?]|$)"
)
_NO_VERB: Final = frozenset(
    """der die das den dem des ein eine einer eines einem seiner seinem seinen ihrer ihrem ihren
    statt und oder sowie von vom für mit bei aus nach""".split()
)


def first_verb(text: str, a: int, b: int) -> int | None:
    """Where the first finite verb after a fronted phrase ends: a lower-case word right after a
    capitalised one ("In seiner Rede | lobte")."""
    prev = ""
    for m in re.finditer(r"\S+", text[a:b]):
        w = m.group()
        if prev[:1].isupper() and w[:1].islower() and len(w) > 2 and w not in _NO_VERB:
            return a + m.end()
        prev = w.lstrip('„»"')
    return None


def cut_lower(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span cut at the first lower-case word after a capitalised one ("Anna Roth | reiste")."""
    if span is None:
        return None
    a = span[0]
    for w in text[span[0] : span[1]].split():  # past the article: "Die | nationalistische …"
        a = text.index(w, a)
        if w[:1].isupper() and _clean_word(w) not in _NOMINATIVE:
            break
        a += len(w)
    cut = _LOWER_STOP.search(text, a, span[1]) if a < span[1] else None
    return (span[0], cut.start()) if cut else span
