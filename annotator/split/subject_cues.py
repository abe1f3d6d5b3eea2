"""Cue forms that are mostly nouns ("calls", "spoke", "reports", "charge") read as verbs right
after their subject: "Trump calls for", "Critics charge that", "Clinton spoke about"."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import lexicon, stand_verbs
from annotator.split.speakers import is_named, subject_before

_TITLE_CUES: Final = {
    f.capitalize() for f in ("says", "said", "tells", "told", "warns", "urges", "claims")
}
# noun-like cue forms that a Title Case headline uses as verbs ("Trump Tweets A …")
_TITLE_NOUN_LIKE: Final = frozenset("calls slams tweets hopes welcomes challenges reports".split())
# in a Title Case headline every finite cue form is capitalised: "Roe Calls On Hale To Resign"
_HEADLINE_CUES = {
    f.capitalize()
    for f in lexicon.EN_CUES
    if f.endswith(("s", "ed")) and f not in lexicon.NEVER_CUES or f in _TITLE_NOUN_LIKE
} - _TITLE_CUES
# base forms a Title Case headline gives a plural subject: "New Polls Show …", "Voters Say …"
PLURAL_HEADLINE_CUES: Final = frozenset(
    w.capitalize()
    for w in """say tell show reveal explain support oppose want warn urge ask claim slam blast
    praise criticize accuse predict fear think believe demand reject question""".split()
)
_HEADLINE_CUES |= PLURAL_HEADLINE_CUES
_DETERMINER: Final = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|no|any|some|every|"
    r"each|new|latest|recent|first|own|public|such)|['’]s?)\s+$",
    re.I,
)
_NOUN_NEXT = re.compile(r"\s+(?:of|on|by|from|is|was|were|are|has|have|had|that\s+was|against)\b")
_PREV_WORD: Final = re.compile(
    r"([\w.'’-]+)(?:,\s+(?:however|though|meanwhile|too|in\s+turn|for\s+(?:his|her|its|their)"
    r"\s+part),)?(?:\s+(?:this|last)\s+(?:week|month|year))?\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:also|now|still|often|later|first|then|again|already|even|just|long|soon|[a-z]+ly)"
    r"\s+)?$"
)
_REPORTS_ADJ: Final = frozenset(
    """various several many multiple numerous recent earlier initial early new local media news
    press unconfirmed conflicting other some separate subsequent later published widespread
    latest first further credible these those such""".split()
)
_ABOUT: Final = re.compile(r"\s+(?:\w+ly\s+)?(?:about|of|out)\b")
# "spoke at the rally on Tuesday about": a few words of one clause part before "about"
_ABOUT_LATER: Final = re.compile(
    r"(?:\s+(?!(?:who|which|that|and|but|or)\b)[\w'’.-]+){1,8}?(?<!\bfor)\s+about\b"
)
_COMPARED: Final = re.compile(r"\b(?:like|unlike|than)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
# singular role nouns that head a lower-case subject: "The senator spoke about", "Former
# party chairman calls for"
_ROLE_HEADS: Final = frozenset(
    """president senator governor mayor chairman chairwoman director ambassador candidate nominee
    secretary judge chancellor congressman congresswoman representative strategist pollster
    economist lawyer activist founder spokesman spokeswoman spokesperson official expert analyst
    diplomat professor researcher journalist reporter leader aide adviser advisor""".split()
)
_ABBREV: Final = re.compile(r"(?:[A-Z]\.)+")
# a quantifier or an opener's comma before a capitalised plural: "Most Millennials favor", "By
# 60 to 30 percent, Islanders support"
_QUANTIFIERS: Final = frozenset("most many some few all both several".split())
# a stand its subject would take or took: "Doe would support", "Roe did support" (not "must
# support", "should support": a duty)
_MODALS: Final = frozenset("would will could did does do might may".split())
_AFTER_MODAL: Final = frozenset(("support", "call", "vote"))


# a share of those asked that opens its clause as the subject of "support": "Two-thirds support
# the toll", "…, while 41 percent support Roe" (not "gets 9 percent support among pilots")
_SHARES = frozenset("percent two-thirds one-third half third thirds quarter majority".split())
_SHARE_OPENS: Final = re.compile(
    r"(?:^|[,;:]|\b(?:that|and|while|but|whereas))\s*(?:(?:only|just|about|nearly|almost|some|"
    r"roughly|a)\s+)?(?:[\d.]+|[a-z]+(?:-[a-z]+)?)?\s*$",
    re.I,
)
# an object after "support", not a preposition ("support among pilots"; "support independence"
# is an object)
_SHARE_OBJECT: Final = re.compile(r"\s+(?!(?:among|from|in|for|of|with|at|on|by)\b)[\w'’“\"]")


def _share_opens(text: str, lo: int, share: int) -> bool:
    """A share ("Two-thirds", "41 percent") at text[share:] opens its clause."""
    return bool(_SHARE_OPENS.search(text[(share - 40 if share - 40 > lo else lo) : share]))


def _counted(text: str, lo: int, start: int) -> bool:
    """A quantifier or an opener's comma right before the word at `start`."""
    before = text[(start - 12 if start - 12 > lo else lo) : start].rstrip()
    last = before.rsplit(None, 1)[-1:]
    return before.endswith(",") or bool(last) and last[0].lower() in _QUANTIFIERS


def _after_subject(text: str, m: re.Match[str], lo: int) -> bool:
    """A form that is mostly a noun reads as a verb right after its subject: "Trump calls for",
    "Critics charge that", "Clinton spoke about" (not "the calls", "U.S. support")."""
    if not m.group(1)[:1].islower() and m.group(1) not in _HEADLINE_CUES:
        return False  # but "Roe Calls On Hale To Resign" (a Title Case headline)
    nxt = _NOUN_NEXT.match(text, m.end())
    if m.group(1) in stand_verbs.FORMS:
        prev = _PREV_WORD.search(text, (m.start() - 40 if m.start() - 40 > lo else lo), m.start())
        stand = stand_verbs.verdict(text, m, lo, prev)
        if stand is not None:
            return stand
        nxt = None  # "Roe voted against", "Roe focused on"
    if nxt and not (m.group(1).startswith("call") and nxt.group().strip() == "on"):
        if not (m.group(1).startswith(("spo", "spe")) and nxt.group().strip() == "of"):
            return False  # "the calls of", not "Trump calls on Congress" or "Doe spoke of"
    if m.group(1).startswith(("spo", "spe")) and not (
        _ABOUT.match(text, m.end()) or _ABOUT_LATER.match(text, m.end())
    ):
        return False  # "Clinton spoke for 30 minutes": not "spoke about the war"
    if m.group(1) == "reports" and text.startswith(":", m.end()):
        return False  # "Doe reports:" opens an excerpt in the next paragraph, not a claim here
    prev = _PREV_WORD.search(text, (m.start() - 40 if m.start() - 40 > lo else lo), m.start())
    if prev is None:
        return _after_apposition(text, m, lo)
    word = prev.group(1).rstrip(".,")
    low = word.lower()
    modal = low in _MODALS and m.group(1) in _AFTER_MODAL
    if modal:  # "Doe would support a lower toll": the subject before the modal
        prev = _PREV_WORD.search(
            text, (prev.start() - 40 if prev.start() - 40 > lo else lo), prev.start()
        )
        if prev is None:
            return False
        word = prev.group(1).rstrip(".,")
        low = word.lower()
    if _COMPARED.search(text, (prev.start() - 40 if prev.start() - 40 > lo else lo), prev.start()):
        return False  # "like Roe has spoken about": compared with, not the subject
    if not word or low in lexicon.NOT_SPEAKERS or word.endswith(("'s", "’s", "s'", "s’")):
        return False
    if _ABBREV.fullmatch(prev.group(1)) or low in lexicon.CLAUSE_WORDS:
        return False
    verb = m.group(1).lower()
    if verb == "support" and low in _SHARES and not modal:  # "Two-thirds support the toll"
        return bool(_SHARE_OBJECT.match(text, m.end())) and _share_opens(text, lo, prev.start())
    if verb == "vote" and low in _SHARES:  # "Half would vote for Roe"
        return _share_opens(text, lo, prev.start())
    if _DETERMINER.fullmatch(word + " "):
        return False  # "Their calls"
    first = not text[lo : prev.start()].strip(" \"“‘'")
    group = low in lexicon.SPEAKER_NOUNS and low.endswith("s")  # "Some Democrats question"
    if not (group or first or word.islower()):
        group = _counted(text, lo, prev.start())  # "Most Millennials favor", "…, Islanders back"
    plural = (word.islower() or first or group) and (
        low in lexicon.SPEAKER_NOUNS
        and low.endswith("s")
        or low.endswith(("ers", "ans", "ists", "ics", "ats", "als", "ents"))
    )
    role = low in _ROLE_HEADS and word.islower()  # "the senator spoke", "party leader calls"
    if modal or verb.endswith(("ed", "spoke", "spoken")):  # "Doe spoke", "lawmakers challenged"
        shouted = word.isupper() and len(word) > 4  # "JAN ROTH named …" (a tweet), not "FBI"
        return word[:1].isupper() and not shouted or plural or role
    if verb == "reports" and low in _REPORTS_ADJ:
        return False  # "Various reports suggest", "Media reports say": the noun
    if verb == "calls" and low in lexicon.SPEAKER_NOUNS and _NAMING_OBJECT.match(text, m.end()):
        # "The Hale campaign calls this a tall tale" (not "phone calls", not "what her
        # team calls the …", a name inside another frame)
        return not _WHAT_BEFORE.search(
            text, (m.start() - 40 if m.start() - 40 > lo else lo), m.start()
        )
    if verb.endswith("s"):  # "Trump calls", not "campaign calls"
        return role or (
            word[:1].isupper() and not word.isupper() and word.lower() not in lexicon.ARTICLES
        )
    if verb == "hope" and _CLAUSE_NEXT.match(text, m.end()) and low not in _HOPE_ADJECTIVES:
        return True  # "Backers of the toll hope this is …", "Dems hope Trump's …"
    return plural  # "Critics charge", "Party leaders hope"


# adjectives of the noun "hope": "the vain hope that …"
_HOPE_ADJECTIVES: Final = frozenset(
    "vain faint false best only last new great real slim little high fervent growing".split()
)
# a finite clause after a base form: "hope (that) the plan works", "hope Trump's …"
_CLAUSE_NEXT = re.compile(r"\s+(?:that|the|their|this|these|it|they|he|she|we|[A-Z][\w'’.-]*)\s")


# the object of "calls" in its naming sense: "calls it a …", "calls the plan …"
_NAMING_OBJECT: Final = re.compile(r"\s+(?:it|this|that|him|her|them|the)\s")
_WHAT_BEFORE: Final = re.compile(r"\bwhat\s+(?:\S+\s+){1,3}$")
_COMMA_BEFORE: Final = re.compile(r",\s+$")


def _after_apposition(text: str, m: re.Match[str], lo: int) -> bool:
    """ "Jane Doe, a harbour pilot, notes that …", "…, spoke about …": a name opening the
    sentence and an apposition closed by a comma right before a finite form."""
    if not m.group(1).endswith(("s", "ed", "spoke")) or not _COMMA_BEFORE.search(
        text, lo, m.start()
    ):
        return False
    span = subject_before(text, lo, m.start())
    if span is None or not _ROLE_LEAD.fullmatch(text, lo, span[0]):
        return False
    return is_named(text[span[0] : span[1]]) and text[span[1] : m.start()].startswith(",")


# what may come before the name: nothing, or its role ("Her chief aide, ", "Gazette columnist ")
_ROLE_LEAD: Final = re.compile(
    r"[\s\"“‘']*(?:(?:[A-Z][\w’'.&-]*|(?![a-z]+(?:ed|ing)\b)[a-z]+)(?:\s+|,\s+$)){0,6}"
)


# a name right before an -ing cue, its subject ("… and Roe calling it a fine visit",
# "footage of Doe talking about"); not a day or a month, nor a place after "in/at/on"
_NAME_ING: Final = re.compile(
    r"(?:^|[^\w\s-]|\b(?!(?:in|at|on|from|to|into|across|near|outside|throughout)\s)([a-z]+))\s*"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][a-z][\w’'-]*\s+$"
)
# what it goes on with: a clause, a pronoun, a name or a preposition ("Doe saying he …", "Doe
# calling for …"; not "the Doe talking points", "a City Hall briefing paper")
_ING_OBJECT: Final = re.compile(
    r"\s*[,:“\"‘']|\s+(?:that|about|to|for|on|with|against|he|she|they|it|we|I|him|her|them|"
    r"us|his|their|its|the|a|an|what|how|why|whether|if|[A-Z])\b"
)


def named_ing(text: str, start: int, end: int, lo: int) -> bool:
    """An -ing cue whose subject is the name right before it, not the object of a cue before
    the name ("recalled Doe talking about …", "want Doe thinking about …": the first speaker's)."""
    m = _NAME_ING.search(text, (start - 60 if start - 60 > lo else lo), start)
    return bool(m and _ING_OBJECT.match(text, end) and m.group(1) not in lexicon.EN_CUES)
