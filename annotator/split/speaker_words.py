"""What a speaker phrase may look like: a name (capitalised head), a pronoun, a body or role
("the union", "a senior official"), a bare plural ("forecasters"); a fragment, a lone adverb or
a contraction is none (`speaker_fragments`). The word sets here are shared with `speakers`,
which finds the phrases.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from annotator.split import lexicon, lexicon_ml
from annotator.split.lexicon import (
    EN_CUES,
    NOT_SPEAKERS,
    NOUN_LIKE,
    ROLE_WORDS,
    ROMANCE_OF,
    SPEAKER_NOUNS,
    TITLES,
    WEEKDAYS,
)
from annotator.split.lexicon import PRONOUNS as PRONOUN_GENDER
from annotator.split.name_homographs import homograph_at, name_homograph

CLAUSE_WORDS: Final = lexicon.CLAUSE_WORDS | lexicon_ml.CLAUSE_WORDS
_PREPOSITIONS: Final = frozenset(
    """in on at by for with from during after before under over about into through since amid
    upon despite unlike throughout alongside across toward towards among
    speaking writing asked commenting responding talking addressing appearing
    im am beim bei nach vor mit für von vom seit über unter gegen ohne durch zu zum zur wegen
    trotz gegenüber laut ab aus auf neben zwischen hinter en dans avec pour après selon sur
    con por para tras durante в на по с после""".split()
)
_LEADING: Final = frozenset(
    """and but so yet or then also und aber et mais y pero и но а perhaps maybe now still
    instead meanwhile however indeed even only thus hence later earlier separately""".split()
)


def _clean_word(w: str) -> str:
    return w.strip(".,'’‘`").lower()


# participles of speaking that open a modifier of the subject before them ("a source speaking to
# the Gazette said", "critics writing in the Times say")
_SPEAKING = frozenset("speaking talking writing appearing commenting responding testifying".split())


def inside_subject(text: str, words: list[tuple[int, int]], k: int) -> bool:
    """The clause word or verb at words[k] belongs to the subject before a verb: a name ("Theresa
    May", "Will"), or a participle of speaking and its "to" ("a source speaking to Harbour Radio")."""
    w = text[slice(*words[k])]
    if w in _SPEAKING or w == "to" and k > 1 and text[slice(*words[k - 1])] in _SPEAKING:
        return k > 0
    return homograph_at(text, words, k)


def before_participle(text: str, sel: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The word spans `sel` of a subject up to a participle of speaking and its preposition:
    "Another source speaking to the Gazette" -> "Another source"."""
    if not sel or text.find("ing ", sel[0][0], sel[-1][1]) < 0:
        return sel
    for k in range(1, len(sel) - 1):
        if text[slice(*sel[k])] in _SPEAKING and _clean_word(text[slice(*sel[k + 1])]) in _INNER:
            return sel[:k]
    return sel


def date_next(text: str, nxt: tuple[int, int] | None) -> bool:
    """The word after "on" is a weekday, a month, a number or "the" ("on the 5th")."""
    if nxt is None:
        return False
    w = _clean_word(text[nxt[0] : nxt[1]])
    return w in WEEKDAYS or w[:1].isdigit()  # WEEKDAYS holds the months too


def is_titled(word: str) -> bool:
    return _clean_word(word) in TITLES


def _valid(words: Sequence[str], noun_heads: bool = False) -> bool:
    """A speaker phrase: a name (capitalised head), a pronoun, a body or role ("the union",
    "a senior official", "47 percent"), or any phrase in a script without capitals."""
    return _valid_words(tuple(words), noun_heads)


@lru_cache(maxsize=16384)  # the same runs of words come back (a document names its speakers often)
def _valid_words(words: tuple[str, ...], noun_heads: bool) -> bool:
    if not words:
        return False
    head = _clean_word(words[-1])
    raw = words[-1].strip(".,'’‘`")
    if raw[1:2] in "'’" and raw[2:3].isupper():
        raw = raw[2:]  # "l'Économie", "d'Italie"
    if not head or head in WEEKDAYS or head in CLAUSE_WORDS:
        if not name_homograph(raw, words[-2] if len(words) > 1 else ""):
            return False
    if len(words) > 1 and head in ROMANCE_LINKS and raw[:1].islower():
        return False  # "le chef de la": never ends on its article or link
    if len(words) == 1 and head in _COUNTED_ALONE:
        return True  # "But few believe …", "Several oppose …", "Someone called it …"
    if head in NOT_SPEAKERS and (raw[:1].islower() or len(words) == 1):
        return False  # "it", "the idea"; "The Times" is a name
    if not any(ch.isalpha() for ch in head):
        return False
    if len(words) == 1 and _clean_word(words[0]) in _PREPOSITIONS:
        return False
    if head in PRONOUN_GENDER:
        return len(words) == 1
    if raw[:1].isupper():
        noun = noun_heads and head in NOUN_LIKE  # "State said", "Reports indicate"
        if len(words) == 1 and (head in _PARTICIPLES or head in EN_CUES and not noun):
            return False  # "Having announced …", not "Schilling said"
        # every word before a capitalised head: a name part, a connector or a role
        if all(
            w[:1].isupper()
            or w[:1].isdigit()
            or (w[1:2] in "'’" and w[2:3].isupper())  # "de l'Intérieur"
            or _clean_word(w) in _CONNECT
            or _clean_word(w) in SPEAKER_NOUNS
            or _clean_word(w) in ROLE_WORDS
            or _clean_word(w) in _PLACES  # "the city of Nice"
            or _plural(_clean_word(w))  # "the cities of Leeds and York"
            or w == "on"
            and i
            and _clean_word(words[i - 1]) in BODIES_ON  # "Council on …"
            for i, w in enumerate(words[:-1])
        ):
            return True
        return _role_before_name(words, noun_heads)
    if not raw[:1].isalpha() or raw[:1].lower() == raw[:1].upper():
        return True  # a script without capitals (Arabic)
    inner = [i for i, w in enumerate(words[:-1]) if i and _inner(w, words[i + 1])]
    if inner == [1] and _clean_word(words[0]) in _COUNTED_OF and _clean_word(words[1]) == "of":
        return _valid_words(words[2:], noun_heads)  # "one of the pilots", "two of her aides"
    if inner:  # "a new report on the ferry": the head comes before the preposition
        head = _clean_word(words[inner[0] - 1])
        words = words[: inner[0]]
    if len(words) > 6 or head.endswith("ly") and head not in _LY_NOUNS:  # not "ally"
        return False
    # "the union", "a senior official", "the New York businessman"
    if "’" in words[-1] or "'" in words[-1]:
        return False
    if head in SPEAKER_NOUNS:
        return True
    if head in _ONE_OF and _named_group(words):
        return True  # "Philippine lawmaker", "DNC chair", "a Clinton rival"
    first = _clean_word(words[0])
    rest = words[1:]
    if first.endswith(("'s", "’s")) and words[0][:1].isupper():  # "Mrs. Clinton's confidants"
        first = "the"
    elif len(words) > 2 and _clean_word(words[1]).endswith(("'s", "’s")):
        first, rest = "the", words[2:]  # "Mrs. Clinton's aides" (title, name's, noun)
    if any(
        _clean_word(w) in _DETERMINERS or _verb_inside(w, n)
        for w, n in zip(rest, rest[1:], strict=False)
    ):
        return False
    if len(words) == 2 and first in _ASKED_WHO and head in _ASKED:
        return True  # "those surveyed", "voters polled"
    if rest and _clean_word(rest[-1]) in EN_CUES:
        if not noun_heads or _clean_word(rest[-1]) not in NOUN_LIKE:
            return False  # before a cue "the post" speaks ("The post showed"), "the said" never
    if first in _DETERMINERS or first in _QUANTIFIERS:
        if first in _ARTICLES and 4 < len(words) <= 6:
            if len(words) == 5 and _plain_inside(words):
                return True  # "the billionaire real estate mogul"
            return _name_inside(words)  # "the populist Harbour Echo tabloid"
        return 2 <= len(words) <= 4
    if first in _FIRST_PERSON:  # "my father", not a clause: "My fame ended (with …)"
        return 2 <= len(words) <= 4 and not head.endswith("ed")
    # "forecasters", "tech executives", "Former Carson advisers": a bare plural noun phrase
    return (
        len(words) <= 4
        and _plural(head)
        and all(w[:1].isalpha() and _clean_word(w) not in _NOT_IN_PLURAL for w in words)
    )


def _role_before_name(words: tuple[str, ...], noun_heads: bool) -> bool:
    """A role phrase, then the name it introduces: "Democratic presidential candidate Jane Doe",
    "the longtime party treasurer Tom Roe" (the words before the name make a speaker)."""
    i = next((i for i in range(len(words) - 2, 0, -1) if not words[i][:1].isupper()), 0)
    if not i or _clean_word(words[i]) not in _PERSON_ROLES:
        return False
    if any(_clean_word(w) in _INNER or w.endswith("ed") for w in words[:i]):
        return False  # "the kind of jurist Doe", "informed regional director Doe": no role phrase
    return _valid_words(words[: i + 1], noun_heads)


def _verb_inside(word: str, after: str) -> bool:
    """A cue form inside a phrase reads as its verb, unless it is a noun before a role ("the
    state attorney general", "a state official")."""
    w = _clean_word(word)
    if w not in EN_CUES:
        return False
    return w not in NOUN_LIKE or _clean_word(after) not in lexicon.PEOPLE


def _name_inside(words: Sequence[str]) -> bool:
    """An English noun phrase whose modifiers hold a name ("the populist Harbour Echo
    tabloid", "a 2004 EPA guidance letter"), no verb form inside ("the Lund family deserved")."""
    inner = words[1:-1]
    return any(w[:1].isupper() for w in inner) and not any(
        _clean_word(w).endswith(("ed", "'s", "’s"))
        or _clean_word(w) in _NOT_INSIDE
        or _verb_inside(w, n)
        for w, n in zip(words[1:], [*words[2:], ""], strict=True)
    )


def _plain_inside(words: Sequence[str]) -> bool:
    """Three lower-case modifiers, no verb form or link among them ("the billionaire real
    estate mogul"; not "the deal he signed", "the party and its chair")."""
    return not any(
        not w.isalpha()
        or not w.islower()
        or w.endswith(("ed", "ing"))
        or w in _NOT_INSIDE
        or w in CLAUSE_WORDS
        or _verb_inside(w, n)
        for w, n in zip(words[1:-1], words[2:], strict=True)
    )


def _named_group(words: Sequence[str]) -> bool:
    """Only capitalised words (after an article) before a group member: "DNC chair", "a
    Clinton rival" (not "Very good reporter", "stoke voter")."""
    names = words[1:-1] if _clean_word(words[0]) in _ARTICLES else words[:-1]
    return bool(names) and all(w[:1].isupper() for w in names)


def _plural(word: str) -> bool:
    if word.endswith(("men", "people", "children")) or word == "media":
        return True  # "fishermen", "women", "townspeople", "state media"
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ness", "ics", "ous"))
        and word not in NOT_SPEAKERS
        and word not in WEEKDAYS
    )


def opening_plural(text: str, a: int, b: int) -> bool:
    """text[a:b] is a plural noun capitalised only because it opens its sentence ("Voters in
    Leith said"), not a name's word ("the Commission on Ferry Safety")."""
    before = text[(a - 3 if a > 3 else 0) : a]
    opens = "\n" in before or before.rstrip()[-1:] in ("", ".", "!", "?", "”", '"')
    return opens and _plural(_clean_word(text[a:b]))


_PARTICIPLES: Final = frozenset(
    """having being following according speaking regarding including during something nothing
    anything everything morning evening asked reacting appearing testifying meanwhile citing
    pointing noting""".split()
)
# speaking nouns that end like an adverb ("the family said", "the assembly voted")
_LY_NOUNS: frozenset[str] = SPEAKER_NOUNS | frozenset("family families assembly assemblies".split())
# one of a group that speaks, named by a modifier ("a Clinton rival", "DNC chair")
_ONE_OF: Final = frozenset(
    """lawmaker critic supporter opponent rival foe protester prosecutor investigator
    advocate scientist doctor employee worker member observer insider negotiator chair
    chairwoman correspondent reporter editor author ambassador officer hopeful
    speechwriter consultant operative donor fundraiser veteran""".split()
)
_INNER: Final = frozenset("on in at for about with from of to by".split())
# prepositions that open an adverbial after a cue, never its subject ("aseguró ante los
# diputados", "a déclaré devant les députés", "ha detto ai giornalisti")
_ROMANCE_PREPOSITIONS: Final = frozenset(
    """devant ante aux au à ai agli alla alle allo ao aos perante davanti durante lors
    pendant""".split()
)


def adverbial_end(text: str, words: list[tuple[int, int]]) -> int:
    """How many of `words` (spans after a cue) a leading Romance prepositional phrase takes:
    the preposition, its noun phrase, up to the next article or capital ("ai giornalisti | il
    ministro"); 0 when none opens them."""
    if not words or _clean_word(text[words[0][0] : words[0][1]]) not in _ROMANCE_PREPOSITIONS:
        return 0
    noun = False
    for i, (a, b) in enumerate(words[1:], 1):
        article = _clean_word(text[a:b]) in _DETERMINERS
        if noun and (article or text[a].isupper()):
            return i
        noun = noun or not article
    return len(words)


# Romance links and articles inside a noun phrase ("le chef de la diplomatie", "fuentes de
# inteligencia"); before a capital they are name particles ("Bill de Blasio")
ROMANCE_LINKS = ROMANCE_OF | frozenset("la le les el il lo gli".split())


def _inner(word: str, nxt: str) -> bool:
    """`word` opens a complement after the head: a preposition, or a Romance link before a
    lower-case word ("chef de la diplomatie"; not "Bill de Blasio")."""
    w = _clean_word(word)
    return w in _INNER or w in ROMANCE_OF and nxt[:1].islower()


# a bare plural never opens with a verb: "let businesses write off", "help people understand"
_NOT_IN_PLURAL: Final = (
    _LEADING
    | CLAUSE_WORDS
    | frozenset("and or nor of let lets help helps helped make makes made get gets got".split())
)
_QUANTIFIERS: Final = frozenset(
    """one some many several most few other another all both each every two three four five
    six seven eight dozens hundreds thousands more""".split()
)
# counts that take a group after "of" as a speaker ("one of the pilots"; "some", "most" … are
# speaker nouns themselves)
_COUNTED_OF: Final = frozenset("one two three four five six several few each none".split())
# a quantifier or indefinite pronoun that is the whole subject of a cue
_COUNTED_ALONE = frozenset("few many several most some others each both none someone".split())
_ARTICLES: Final = frozenset(("the", "a", "an"))
_FIRST_PERSON: Final = frozenset(("my", "your"))
# words that make a longer phrase two phrases or a clause ("a threat and Pentagon leadership")
_NOT_INSIDE: Final = frozenset("and or & sat".split())
_DETERMINERS: Final = frozenset(
    """the a an this that his her its their our der die das ein eine le la les el los las un une una
    il lo gli o os""".split()
)


_ASKED_WHO: Final = frozenset("those people voters adults respondents americans residents".split())
_ASKED: Final = frozenset("surveyed polled questioned interviewed sampled contacted asked".split())
_PLACES: Final = frozenset(
    "city town village county state province country region district borough kingdom".split()
)
# bodies whose names go on with "on": "the Commission on Ferry Safety", "Council on Foreign
# Relations" (not "Doe on Fox News")
BODIES_ON: Final = frozenset(
    """commission committee subcommittee council center centre institute conference coalition
    panel board forum caucus office bureau""".split()
)
_CONNECT: Final = frozenset(
    """the a an of for and at de del la le von der van al bin ibn y et und die das des dem den
    ein eine einer eines einem einen vom el los las les du il lo gli della dello degli delle di
    da do dos das o os""".split()
)


def _lenient(words: list[str]) -> bool:
    """After "according to" anything that is a noun phrase speaks ("по словам полиции")."""
    head = _clean_word(words[-1])
    return (
        bool(head)
        and any(ch.isalpha() for ch in head)
        and head not in CLAUSE_WORDS
        and (head not in PRONOUN_GENDER and head not in WEEKDAYS and head not in NOT_SPEAKERS)
    )


@lru_cache(maxsize=16384)  # asked for each mention, again when it is resolved
def is_named(phrase: str) -> bool:
    """A phrase with a capitalised word that is not a role, title or sentence opener."""
    return any(
        w[:1].isupper() and _clean_word(w) not in ROLE_WORDS and _clean_word(w) not in TITLES
        for w in phrase.split()[1:] or phrase.split()
    )


_PERSON_ROLES: Final[frozenset[str]] = ROLE_WORDS | lexicon.PERSON_NOUNS | TITLES
_BEFORE_NAME: Final[frozenset[str]] = lexicon.PEOPLE | TITLES | _DETERMINERS | {"state"}


_ROLE_ENDS: Final = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent")


def name_after_role(words: Sequence[str]) -> int | None:
    """Where the name starts in capitalised words, lower-case words that end in a role noun, then
    the name ("Retired skipper Tom Hale", "Radio talk show host Ann Hale": 2, 4); else None."""
    k = len(words)
    while k and words[k - 1][:1].isupper():
        k -= 1
    if k < 2 or k == len(words) or not words[0][:1].isupper() or not words[k - 1][:1].islower():
        return None
    role = _clean_word(words[k - 1])
    if role in _PERSON_ROLES or role.endswith(_ROLE_ENDS):
        return k  # a singular role: "Obama hails Merkel" holds no role noun
    return None


def role_named(text: str, span: tuple[int, int]) -> bool:
    """text[span] is a name after lower-case role words: "the economist Jane Doe", "state Rep.
    Ann Roe" (not "attacks on Mr. Doe", "top aides Jane Doe and Tom Roe")."""
    words = text[span[0] : span[1]].split()
    lower = [_clean_word(w) for w in words if not w[:1].isupper()]
    if not words[-1][:1].isupper() or any(w not in _BEFORE_NAME for w in lower):
        return False
    return any(_clean_word(w) in lexicon.PEOPLE or is_titled(w) for w in words[:-1])
