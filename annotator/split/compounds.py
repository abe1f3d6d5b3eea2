"""Cue forms that end a noun phrase: "a bipartisan plan", "his tax plan", "the debunked claim",
"The GOP farm plans would …", "her rival's sweeping promises do" report nothing.

- A base form ("plan", "show", "claim") after a determiner and a singular modifier cannot be
  a verb: its subject would be singular ("a bipartisan plan"), unlike "the polls show",
  "his aides want", "the Democrats hope".
- An "-s" form ("plans", "shows", "promises") after a determiner and its modifiers is a plural
  noun when an auxiliary or a preposition follows it ("his pier plans in
  spring"), or a dash and "to" after two or more modifiers ("Doe's bold harbour plans - to
  dredge …"), unlike "The ad claims …", "The video shows Wendy …", "the campaign plans to …".
- An "-s" form after a party or nation as a bare modifier ("12% of Republican claims as …")
  is a plural noun when the noun phrase ends there, unlike "Republican claims victory".
- "show"/"shows" after a programme noun ("TV shows", "the Sunday news shows", "a talk show",
  "the BBC and Sky morning shows") is the programme, unlike "ABC News shows …".
- A noun-like form right after an opening quote mark, the quote closing one to three words
  after it, opens a phrase quoted ("like to 'feel the Gale,' but"), not a verb.
- Any cue form after a determiner and an adjective ("the mere mention", "more ambitious
  plans", "her effusive praise") is a noun: a subject does not end in an adjective
  (`after_adjective`; not "the executive says", whose "-ive" word is a noun).
- Any base form after "a"/"an" and one word ("a stage whisper", "a larger say") is a noun: a
  singular subject would take "-s" (`a_modifier_before`; not "a majority say", "does a voter
  persuade", "people with a stake say", "engineers who favor a toll agree").
- A noun-like form after a preposition and one lower-case word that is no plural, person,
  number or idiom is a noun that word modifies ("rises on tough talk", "a means of stoking
  doubts"; not "a majority of voters support", "the secretary of state talks").
- An "-ed" form after a gerund after a preposition is an adjective of the gerund's object
  ("for charting disputed waters"; not "after being warned by"), and so is one after a
  determiner or "and" and "least"/"most" ("the oldest and least discussed rule"; not
  "Most agreed"), and so is one after a determiner and a number before a lower-case noun ("her
  five proposed bills"; not "the two agreed to meet").
"""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon

# a determiner or a possessive, then one to three words up to the cue form
_MODIFIED: Final = re.compile(
    r"(?:(?<![\w'’])(?:a|an|the|his|her|its|their|our|my|your|this)|\w['’]s|s['’])"
    r"\s+((?:[\w$'’.-]+\s+){0,2}([\w$'’.-]+))\s+$",
    re.I,
)
# words that make the words before a cue a clause, a verb group or a plural subject ("that
# most want", "the caucuses will show", "the company and want")
_NOT_MODIFIERS: Final = frozenset(
    """i we you they he she it who which that what many most some few both all others several
    none people police staff media public clergy military children men women everyone
    everybody nobody anyone one and or but nor will would can could may might must should shall
    do did does to not never also""".split()
)
_NOUN_NEXT: Final = re.compile(r"\s+(?:do|did|does|have|in|for|under|into|since|during)\b")
# a dash and "to" after an "-s" form that two or more modifiers follow the determiner to: the
# dash opens an aside on the noun ("Doe's bold harbour plans - to dredge the bay - …"; not "The
# ferry ad claims - without any proof - that …")
_DASH_NEXT: Final = re.compile(r"\s+[-–—]\s+to\s")


# an opening quote mark before a cue form and its closing one one to three words after it: the
# form opens a phrase quoted, not a verb ("to 'feel the Gale,'"; not '… said, "want the toll
# gone now' and more)
_OPEN_QUOTES: Final = frozenset("\"“‘'")
_QUOTE_CLOSES: Final = re.compile(r"(?:\s+[\w-]+){1,3}[,.!?]?[\"”’']")


# a plural noun and a preposition before the determiner: "anglers in each county want",
# "documents from his tax return show" (the subject is the plural noun)
_PLURAL_BEFORE: Final = re.compile(
    r"\b[a-z][\w-]*[^s's]s\s+(?:in|of|from|at|on|with|for|across|around|near)\s+$"
)


def _singular(word: str) -> bool:
    w = word.lower().strip(".,")
    if w.endswith("men"):  # "fishermen", "congressmen"
        return False
    return not w.endswith(("s", "'", "’")) or w.endswith(("ss", "us", "is"))


# nouns that make "show"/"shows" after them a programme: "TV shows", "a talk show", "the
# morning shows", "Sunday shows"
_PROGRAMME: Final = frozenset(
    "TV television talk news radio reality chat cooking quiz morning late-night Sunday".split()
)
_WORD_BEFORE: Final = re.compile(r"([\w-]+)\s+$")


# a party or nation as a bare modifier of an "-s" form, and what may follow such a noun phrase:
# "rated 12% of Republican claims as …", "could blunt Republican claims." (not "A Republican
# claims that …", "renewed Republican calls for …", a headline's "Republican claims victory")
_GROUP_ADJECTIVE: Final = re.compile(
    r"(?<![\w'’-])(?:Republican|Democratic|Democrat|GOP|Conservative|Liberal|Progressive|American|Russian|"
    r"Chinese|British|French|German|Israeli|Palestinian|Iranian|Syrian|Turkish|Mexican|"
    r"European|Western)\s+$"
)
_DETERMINER_END: Final = re.compile(r"\b(?:a|an|one|the|each|every)\s+$", re.I)
_NOUN_PHRASE_END: Final = re.compile(r"\s*(?:[,.;:)–—]|-\s|(?:as|of|about|were|are|have|had)\b|$)")


def noun_compound(verb: str, text: str, start: int, end: int, lo: int) -> bool:
    """The noun-like cue form at text[start:end] ends a noun phrase (see the module doc)."""
    if verb not in lexicon.NOUN_LIKE:
        return False
    if start - 1 > lo and text[start - 1] in _OPEN_QUOTES and text[start - 2].isspace():
        if _QUOTE_CLOSES.match(text, end):
            return True  # "like to 'feel the Gale,' but": a phrase quoted
    if _modifier_after_preposition(text, start, lo):
        return True  # "rises on tough talk", "a means of stoking doubts"
    group = None
    if verb.endswith("s") and _NOUN_PHRASE_END.match(text, end):
        group = _GROUP_ADJECTIVE.search(text, (start - 20 if start - 20 > lo else lo), start)
    if group and not _DETERMINER_END.search(
        text, (group.start() - 8 if group.start() - 8 > lo else lo), group.start()
    ):
        return True  # "12% of Republican claims as …", not "A Republican claims, …"
    if verb in ("show", "shows"):
        w = _WORD_BEFORE.search(text, (start - 20 if start - 20 > lo else lo), start)
        if w and w.group(1) in _PROGRAMME:  # "ABC News shows …" reports
            return True  # "the Sunday news shows", "his TV show"
    m = _MODIFIED.search(text, (start - 60 if start - 60 > lo else lo), start)
    if m is None:
        return False
    words = [w.lower().strip(".,") for w in m.group(1).split()]
    if any(w in _NOT_MODIFIERS or w in lexicon.PRONOUNS for w in words):
        return False
    if not verb.endswith("s") or verb.endswith("ss"):
        plural = _PLURAL_BEFORE.search(
            text, (m.start() - 40 if m.start() - 40 > lo else lo), m.start()
        )
        return _singular(m.group(2)) and plural is None
    if _NOUN_NEXT.match(text, end):
        return True
    return len(words) > 1 and _DASH_NEXT.match(text, end) is not None  # "its bold pier plans - to"


# a preposition and one lower-case word that is no plural, person, number or idiom: that word
# modifies the noun-like form after it ("rose on tough talk", "a series of voluntary pledges",
# "a means of stoking doubts"), unlike "a majority of voters support", "most of them want",
# "one in five support", "the secretary of state talks", "officials in turn charge"
_PREPOSITIONS: Final = frozenset(
    "of on for with without into over under amid against upon about from by in".split()
)
_MODIFIER_WORD: Final = re.compile(r"[a-z][a-z-]*[^\Ws]")
_NOT_MODIFIER_WORDS: Final = frozenset(
    """turn part general particular fact addition contrast short sum all them whom which what
    mine ours yours theirs his hers it one two three four five six seven eight nine ten those
    these this that the a an any each every""".split()
)


def _modifier_after_preposition(text: str, start: int, lo: int) -> bool:
    words = text[(start - 50 if start - 50 > lo else lo) : start].split()
    if len(words) < 3 or words[-2] not in _PREPOSITIONS or not text[start - 1].isspace():
        return False
    word, head = words[-1], words[-3]
    if not _MODIFIER_WORD.fullmatch(word) or not head.isalnum():
        return False
    if word in _NOT_MODIFIER_WORDS or word in lexicon.PEOPLE or word in lexicon.PRONOUNS:
        return False
    return head.lower() not in lexicon.PEOPLE  # not "the secretary of state talks"


# a gerund after a preposition before an "-ed" form: the form is an adjective of the gerund's
# object ("for charting disputed waters"), not a verb (not "after being warned by")
_GERUND_BEFORE: Final = re.compile(r"\b(?:of|for|by|about|from|in|on)\s+(?!being\b)[a-z]+ing\s+$")
_WORD_AT: Final = re.compile(r"[a-z]+")
# a determiner or "and" and a superlative before an "-ed" form: "the most quoted line", "the
# oldest and least discussed rule" (not "Most agreed", "has at least agreed")
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:the|a|an|and|his|her|its|their|our)\s+(?:least|most)\s+$")


# a determiner, a possessive, "of" or "more"/"most", then an adjective: "the mere", "more
# ambitious", "Doe's effusive", "the kind of generous", "his top"
_ADJECTIVE_BEFORE: Final = re.compile(
    r"(?:\b(?i:the|a|an|his|her|its|their|our|my|your|this|that|these|those|of|more|most|such)"
    r"|\w['’]s)\s+(?:[a-z]+\s+and\s+)?"
    r"([a-z]+(?:ive|ous|ful|ical|ible|able|ional|ntal|cial|rial|tial|atory|sory)|mere|sheer|top|"
    r"best|worst)\s+$"
)
# the words the pattern's adjective can end with: a window that does not end with one is not
# searched (the pattern tried at each of its 40 positions: ~3.5 µs)
_ADJECTIVE_ENDS: Final = tuple(
    "ive ous ful ical ible able ional ntal cial rial tial atory sory mere sheer top best worst".split()
)
# words with an adjective's ending that are nouns or numbers ("the executive says", "five")
_NOUNS_LIKE_ADJECTIVES: Final = frozenset(
    """executive executives representative relative conservative progressive native operative
    detective initiative collective objective alternative motive directive incentive
    perspective narrative missive archive fugitive captive explosive five handful notable
    constable vegetable cable table chemical official officials editorial memorial material
    tutorial professional initial potential rental advisory""".split()
)

# a determiner or a possessive and a number before an "-ed" form, and a lower-case noun after
# it: the form is an adjective of that noun ("her five proposed bills", "the two elected
# members"; not "the two agreed to meet", "the three signed a deal", "The two met Monday")
_COUNT_ENDS: Final = tuple("two three four five six seven eight nine ten eleven twelve".split())
_COUNTED_BEFORE: Final = re.compile(
    r"(?:\b(?i:the|his|her|its|their|our|my|your|these|those|all)|\w['’]s)\s+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$"
)
_NOUN_AFTER: Final = re.compile(r"\s+([a-z]{3,})\b")
_NOT_NOUNS_AFTER: Final = frozenset(
    """the that this these those their his her its our your them him what how whether who
    which when where why about from with into onto upon for and but nor not was were are had
    has have out off over down back all both each any some""".split()
)


def _counted_noun(text: str, end: int) -> bool:
    m = _NOUN_AFTER.match(text, end)
    return m is not None and m.group(1) not in _NOT_NOUNS_AFTER


# a determiner or a possessive, then a hyphenated participle: "the state-owned", "Doe's
# long-awaited", "a government-run"
_COMPOUND_BEFORE: Final = re.compile(
    r"(?:\b(?i:the|a|an|his|her|its|their|our|my|your|this|that|these|those)|\w['’]s)"
    r"\s+[a-z]+-[a-z]+(?:ed|en|run|made)\s+$"
)
_COMPOUND_ENDS: Final = ("ed", "en", "run", "made")


def after_adjective(text: str, start: int, lo: int) -> bool:
    """A cue form at `start` right after a determiner and an adjective: a noun ("the mere
    mention", "more ambitious plans", "her effusive praise", "the state-owned rail"), not a
    verb."""
    a = start - 40 if start - 40 > lo else lo  # not max(): every cue
    window = text[a:start].rstrip()
    if window.endswith("ing") and _GERUND_BEFORE.search(text, a, start):
        form = _WORD_AT.match(text, start)
        return form is not None and form.group().endswith("ed")
    if window.endswith(("least", "most")) and _SUPERLATIVE_BEFORE.search(text, a, start):
        form = _WORD_AT.match(text, start)
        return form is not None and form.group().endswith("ed")  # "the least discussed rule"
    if window.endswith(_COMPOUND_ENDS) and "-" in window[-24:]:  # "DB's state-owned rail"
        return _COMPOUND_BEFORE.search(text, a, start) is not None
    if window.endswith(_COUNT_ENDS) and _COUNTED_BEFORE.search(text, a, start):
        form = _WORD_AT.match(text, start)  # "her five proposed bills", not "the two agreed to"
        return form is not None and form.group().endswith("ed") and _counted_noun(text, form.end())
    if not window.endswith(_ADJECTIVE_ENDS):
        return False  # the pattern's adjective ends where the trailing spaces start
    m = _ADJECTIVE_BEFORE.search(text, a, start)
    return m is not None and m.group(1) not in _NOUNS_LIKE_ADJECTIVES


# "a"/"an" and one word before a base form: "a stage whisper", "a larger say", "a devastating
# rebuke" (a quantity is plural: "a majority say"; an auxiliary asks: "does a voter persuade")
_A_MODIFIER: Final = re.compile(
    r"[Aa]n?\s+(?!(?:few|majority|minority|plurality|third|quarter|half|fifth|tenth|dozen|"
    r"handful|number|lot|couple|group|bunch|host|slew|series|total)\b)[a-z][a-z-]*\s+$"
)
# what makes "a" + word the end of a subject: an auxiliary ("does a voter persuade"), a
# preposition ("people with a stake say") or a relative clause ("engineers who favor a toll
# agree")
_AUXILIARY_END: Final = re.compile(
    r"\b(?:do|does|did|will|would|can|could|should|shall|may|might|must|to|let|lets|help|helps|"
    r"make|makes|see|saw|watch|heard|hear|with|without|for|of|in|on|at|from|about|over|against|"
    r"by|under|like|than)\s+$"
)
_RELATIVE: Final = re.compile(r"\b(?:who|whom|which|that)\b")


def a_modifier_before(text: str, start: int, lo: int) -> bool:
    """A base form after "a"/"an" and one word is a noun ("a stage whisper", see `_A_MODIFIER`)."""
    a = _A_MODIFIER.search(text, (start - 30 if start - 30 > lo else lo), start)
    if a is None or (a.start() > lo and text[a.start() - 1].isalnum()):
        return False
    if _AUXILIARY_END.search(text, (a.start() - 12 if a.start() - 12 > lo else lo), a.start()):
        return False
    return (
        _RELATIVE.search(text, (a.start() - 60 if a.start() - 60 > lo else lo), a.start()) is None
    )
