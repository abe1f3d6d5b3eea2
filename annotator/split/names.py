"""Names in a document: surname -> the fullest name given for it, roles and titles stripped.

"Khosty" -> "Qari Saeed Khosty"; "Army Major John Rigsbee" -> "John Rigsbee". `NameIndex` works
out only the surnames looked up.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from annotator.split.lexicon import (
    ARTICLES,
    FEMALE_NAMES,
    MALE_NAMES,
    ROLE_WORDS,
    TITLES,
    US_STATE,
)
from annotator.split.names_ml import name_after_genitive

ROLES: Final = (
    frozenset(
        """president vice secretary press white house general gen major maj colonel col lieutenant lt
    captain capt sergeant sgt admiral adm commander army navy air force marine chief minister
    prime foreign defense defence senator sen representative rep governor gov mr mrs ms dr prof
    professor sir dame former then current acting deputy assistant spokesman spokeswoman
    spokesperson host director head chairman chair ambassador officer official analyst expert
    correspondent reporter editor author leader commander-in-chief senior associate
    u.s. us uk central command pentagon taliban rt landrat landrätin""".split()
    )
    | {w for w in ROLE_WORDS if w not in ("democratic", "republican", "independent")}
    | (TITLES - {"lord", "lady"})
)
_TITLES = TITLES - {"lord", "lady"}
# what an office is "of", left before a given name once the office is stripped ("Secretary of
# State John Kerry", "Chief of Staff Ann Hale", "Person of the Year Mara Vogt")
_OFFICES: Final = frozenset(
    """state staff defense defence justice treasury commerce labor labour energy education
    homeland security health interior transportation agriculture veterans affairs year""".split()
)
_GIVEN = MALE_NAMES | FEMALE_NAMES
# German compound roles: "Polizeisprecher", "Baudezernentin", "CSU-Vorsitzender" (not "Richter")
_DE_ROLE: Final = re.compile(
    r"\w{3,}-?(?:sprecher|minister|präsident|chef|leiter|vorsitzende|direktor|dezernent|"
    r"beauftragte|experte|expertin|politiker|sekretär|kommissar|berater|anwalt|anwältin|"
    r"richter|bürgermeister|kanzler|botschafter|abgeordnete|manager|trainer|forscher|"
    r"wissenschaftler|funktionär|kandidat|kandidatin|vorsteher|kämmerer)(?:in|innen|r|n)?$"
)
_DOTTED: Final = frozenset(("Jr", "Sr", "Inc", "Co", "Ltd", "Corp"))
_NAME_TOKEN: Final = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]*\.?|[A-Z]\.|al-\w+|bin|ibn|van|von|de|der|del|da|di|le|la)$"
)
# `\b[A-Z][\w'’-]+(?:[ ]+(?:[A-Z][\w'’.-]*|[A-Z]\.))*` (Latin and Cyrillic capitals), with the \b
# written as a lookbehind after the capital so that the pattern starts with a character class
# (the scan jumps to capitals); none opens after an elided article ("l'Intérieur", "dell'Economia":
# a noun, not a name's first word).
_CAP_RUN: Final = re.compile(
    r"[A-ZА-ЯЁІЇЄҐ](?<!\w[A-ZА-ЯЁІЇЄҐ])(?<!\w['’][A-ZА-ЯЁІЇЄҐ])[\w'’-]+"
    r"(?:[ ]+(?:[A-ZА-ЯЁІЇЄҐ][\w'’.-]*|[A-Z]\.))*"
)
# Capitalised words that open clauses but name nobody.
NOT_NAMES: Final = frozenset(
    """however earlier later moreover meanwhile still yet also then now but and so asked
    speaking commenting after before when while since although though despite instead from here
    indeed thus therefore hence in on at for to with without as if this that these those there
    it its his her their our my your we they he she i you the a an laut gemäß nach selon según
    segundo secondo conforme
    am im bei mit von auch wie als dabei zudem für gegen aus unter über seit durch ohne
    während nachdem obwohl weil dass ob wenn bevor sobald falls zwar einerseits andererseits
    perhaps maybe even only what why how where which say like unlike throughout alongside
    is are was were do does did has have had can could would should must
    several many some most few both all each every another other others whether because
    unless more less said says""".split()
)  # auxiliaries open questions: "Is Donald Trump ready?" (not "will", "may": Will Doe, May)


def build_name_index(text: str) -> dict[str, str]:
    """Surname -> the fullest name (roles stripped) the text gives for that surname."""
    index: dict[str, str] = {}
    for run in _name_runs(text):
        entry = _name_entry(run)
        if entry is None:
            continue
        last, name = entry
        best = index.get(last)
        if best is None or _fuller(name, best):
            index[last] = name
    return index


def given_name(word: str) -> bool:
    """`word` is a given name the name lists know ("Tom", "Anne")."""
    return word.lower() in _GIVEN


def _fuller(name: str, best: str) -> bool:
    """`name` is the fuller name: more words, or as many and a given name first where `best`
    has none ("Tom Perez" over a headline's "Understated Perez")."""
    n, b = name.split(), best.split()
    if _state_first(name) != _state_first(best) and (n[0].lower() in _GIVEN) != (
        b[0].lower() in _GIVEN
    ):
        return n[0].lower() in _GIVEN  # "Bernie Sanders" over "New Hampshire Sanders"
    if len(n) != len(b):
        return len(n) > len(b)
    return n[0].lower() in _GIVEN and b[0].lower() not in _GIVEN


def _state_first(name: str) -> bool:
    """A name that opens with a US state before a surname ("a New Hampshire Sanders veteran")."""
    m = US_STATE.match(name)
    return m is not None and m.end() < len(name) and name[m.end() - 1] != "."


def _name_runs(text: str) -> list[str]:
    """The capitalised runs of `text`, each once, in order of first appearance: a later copy of a
    run never replaces the name it gave (only a strictly longer name does)."""
    runs: list[str] = []
    for run in _CAP_RUN.findall(text):
        runs.extend(_split_at_full_stops(run) if "." in run else (run,))
    return list(dict.fromkeys(runs))


def _split_at_full_stops(run: str) -> list[str]:
    """ "Capitol Hill. Sanders" is two runs: a full stop after a word of two or more letters that
    is no title or initial ends one ("Sen. Bernie Sanders", "John Doe Jr. Smith" stay whole) and
    is no part of the name ("endorsed Mara Quill." -> Mara Quill; "Lundia Inc." keeps its own)."""
    parts: list[str] = []
    current: list[str] = []
    for token in run.split(" "):
        current.append(token)
        stem = token[:-1]
        if token.endswith(".") and len(stem) > 1 and stem.isalpha() and stem[1:].islower():
            if stem.lower() not in _TITLES and stem not in _DOTTED:
                parts.append(" ".join(current))
                current = []
    if current:
        parts.append(" ".join(current))
    return [p[:-1] if p.endswith(".") and _ends_sentence(p) else p for p in parts]


def _ends_sentence(part: str) -> bool:
    """The period closing a run is a full stop: after a lower-case letter, not an abbreviation
    of a name ("Jr.", "Inc.")."""
    return part[-2:-1].islower() and part[part.rfind(" ") + 1 : -1] not in _DOTTED


def _name_entry(run: str) -> tuple[str, str] | None:
    """(surname, name) a capitalised run gives to the name index, or None."""
    tokens = name_after_genitive(_strip_roles(run.split()), "")  # "России Владимир Путин"
    while tokens and tokens[0].lower() in ARTICLES:
        tokens = tokens[1:]  # "Die Polizei" -> "Polizei"
    while len(tokens) > 1 and _adverb(tokens[0]):
        tokens = tokens[1:]  # "Certainly Donald Trump" -> "Donald Trump"
    media = next((i for i, t in enumerate(tokens[:-1]) if t in _MEDIA), None)
    if media is not None and tokens[media + 1] not in _MEDIA_PARTS:
        tokens = tokens[media + 1 :]  # "the Washington Post Trump said" -> "Trump"
    if not tokens:
        return None
    last = tokens[-1].rstrip(".,")
    if len(last) < 3 or not last[0].isupper():
        return None
    if len(tokens) > 3 or tokens[0].lower() in NOT_NAMES:
        return None
    return last, " ".join(tokens)


# a newspaper's or a network's last word, and words that go on its name ("Times Magazine")
_MEDIA: Final = frozenset("Post Times News Journal Tribune Herald Globe".split())
_MEDIA_PARTS = frozenset("Magazine Service Network Corporation Corp Daily Sunday Poll".split())


def _adverb(token: str) -> bool:
    """A sentence-opening "-ly" adverb glued to a name ("Certainly", "Privately"), not a given
    name that ends so ("Kelly", "Emily")."""
    low = token.lower()
    return len(low) > 5 and low.endswith("ly") and token[1:].islower() and low not in _GIVEN


class NameIndex:
    """`build_name_index(text)`, worked out only for the surnames looked up.

    A document asks for a handful of surnames but holds dozens of capitalised runs: the entry
    for a surname comes only from runs that contain it as a substring, so only the text around
    its occurrences is scanned (a scan of a whole text cost ~130 instructions a character).
    `get` gives what `build_name_index(text).get` gives."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._entries: dict[str, tuple[str, str] | None] = {}
        self._found: dict[str, str | None] = {}

    def get(self, surname: str) -> str | None:
        if surname not in self._found:
            self._found[surname] = self._lookup(surname)
        return self._found[surname]

    def _holding(self, surname: str) -> list[str]:
        """The runs that contain `surname`, in order of first appearance: only the stretches of
        text around its occurrences are scanned, each between two characters no run holds (a
        comma, a line break), where the runs are those of the whole text's scan."""
        text = self._text
        if not surname:
            return _name_runs(text)
        if "," in surname or "\n" in surname:
            return []  # no run holds it
        out: dict[str, None] = {}
        i = text.find(surname)
        while i >= 0:
            lo = max(text.rfind(",", 0, i), text.rfind("\n", 0, i)) + 1
            j = i + len(surname)
            hi = text.find(",", j)
            nl = text.find("\n", j, hi if hi >= 0 else len(text))
            hi = nl if nl >= 0 else hi if hi >= 0 else len(text)
            for run in _CAP_RUN.findall(text, lo, hi):
                for part in _split_at_full_stops(run) if "." in run else (run,):
                    if surname in part:
                        out[part] = None
            i = text.find(surname, hi)
        return list(out)

    def _lookup(self, surname: str) -> str | None:
        best: str | None = None
        for run in self._holding(surname):
            if run in self._entries:
                entry = self._entries[run]
            else:
                entry = self._entries[run] = _name_entry(run)
            if entry is None or entry[0] != surname:
                continue
            name = entry[1]
            if best is None or _fuller(name, best):
                best = name
        return best


@lru_cache(maxsize=8192)
def _de_role(word: str) -> bool:
    """A German role noun ("Regierungssprecher"): `_DE_ROLE`, asked once per word (a search
    that backtracks over the word at every position)."""
    return _DE_ROLE.search(word) is not None


def _strip_roles(tokens: list[str]) -> list[str]:
    """Keep the trailing run of name tokens: "White House Press Secretary Jen Psaki" -> Jen Psaki."""
    out: list[str] = []
    for tok in reversed(tokens):
        clean = tok.strip(",;:")
        acronym = clean.isupper() and len(clean) > 1 and "." not in clean
        acronym = acronym and clean.lower() not in ROLES  # not "CEO", "US"
        if acronym and len(out) == 1 and out[0].lower() not in _GIVEN:
            out.append(clean)  # "BBC News", "ABC News": an acronym opens the name of a body
            break
        if (
            clean.lower() in ROLES
            or "-" in clean
            and all(p in ROLES or p == "in" for p in clean.lower().split("-"))
            or _de_role(clean.lower())
            or clean.lower().rstrip(".") in _TITLES
            or acronym
        ):
            if out:
                break
            continue
        if not _NAME_TOKEN.match(clean):
            break
        out.append(clean)
    out.reverse()
    k = next((i for i, t in enumerate(out) if t.lower() not in _OFFICES), len(out))
    if 0 < k < len(out) - 1 and out[k].lower() in _GIVEN:
        return out[k:]  # "Secretary of | State John Kerry" (not "Homeland Security Department")
    return out
