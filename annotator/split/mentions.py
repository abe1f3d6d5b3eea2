"""A speaker mention -> the canonical speaker: articles and roles stripped from names ("Army
Major John Rigsbee" -> "John Rigsbee"), a surname -> the fullest name the document gives, bodies
and roles kept as written ("the ministry", "a senior official"), pronouns resolved only when
unambiguous (`pronouns`), "the expert" -> the most recent named speaker."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from annotator.split import lexicon
from annotator.split.joined_names import joined, truncated_compound
from annotator.split.lexicon import US_STATE
from annotator.split.names import _strip_roles, given_name
from annotator.split.names_ml import arabic_name, name_after_genitive
from annotator.split.pronouns import _pronoun
from annotator.split.sources_de import german_body
from annotator.split.speaker_words import BODIES_ON, opening_plural
from annotator.split.speakers import is_named

if TYPE_CHECKING:
    from annotator.split.tracker import Tracker

_OF: Final = frozenset("of der von".split()) | lexicon.ROMANCE_OF
# an article that is part of an outlet's name in these languages ("Le Monde", "El País")
_NAMED_ARTICLE: Final = frozenset(("fr", "es", "it", "pt"))
# adverbs that open a clause or stand before its verb: never a speaker on their own
_ADVERBS: Final = frozenset(
    """sometimes just likewise perhaps already also even still yet instead indeed however
    often never now then later meanwhile maybe""".split()
)
# Arabic "li-" before the article "al-" drops the alif: "للشرطة" (to the police) = ل + الشرطة
_AR_LIL: Final = re.compile(r"^لل(?=[\u0621-\u064a])")
_DESCRIBED = frozenset("expert analyst official researcher professor scholar commentator".split())
# "the official", "the second official": an unnamed official, not the named speaker before
# ("the former Pentagon official" is the one named before)
_BARE: Final = frozenset("first second third other another".split())


# a lower-case noun and one of these before a name: the noun phrase speaks, not the name
_LINKS: Final = frozenset("of in on at from".split())


# people close to or familiar with someone, who speak for themselves ("Aides close to Ann Reed")
_CLOSE_TO: Final = re.compile(r"\s(?:close|closest|familiar|loyal)\s+(?:to|with)\s")


# German words that name nobody as a speaker: "man" and the possessive determiners
_DE_NOBODY = frozenset("man sein seine seinen seiner seinem ihr ihre ihren ihrer ihrem".split())


def _of_state(words: list[str], link: int) -> bool:
    """ "Gov. Ann Reed of New York", "Mr. Reed from Ohio": a person (a name of two words or one
    after a title) and the US state they come from; "University of Texas" is a body."""
    if words[link] not in ("of", "from") or not US_STATE.fullmatch(" ".join(words[link + 1 :])):
        return False
    if words[link - 1].lower() in lexicon.SPEAKER_NOUNS:
        return False  # "the Coastal Research Institute of Maine", "Republican Party of Ohio"
    before = [w for w in words[:link] if w.lower() != "the"]
    tokens = _strip_roles(before)
    return len(tokens) >= 2 or 0 < len(tokens) < len(before)


def _body_on(words: list[str]) -> bool:
    """A capitalised body before "on" and a capital: "Committee on Harbour Tolls" (not "Council
    on Harbour Tolls Director Ann Reed": a role after it names its holder)."""
    for i in range(1, len(words) - 1):
        if words[i] == "on" and words[i - 1].lower() in BODIES_ON:
            if any(w.lower() in lexicon.ROLE_WORDS for w in words[i + 1 :]):
                return False
            return words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
    return False


def _person_of(words: list[str], link: int) -> bool:
    """ "Ann Reed of the Harbour Institute", "Tom Hale at Brill University": a person (a given
    name and a surname) and the body they speak for, who is the speaker; not "Bank of Brill"."""
    if words[link] not in ("of", "at") or "and" in words:
        return False  # "Ann Reed of Ohio and Tom Hale of Iowa": both, as written
    if not all(w[:1].isupper() for w in words[:link]):
        return False  # "a spokesman for Mayor Ann Reed of Brill": the spokesman
    tokens = _strip_roles(words[:link])
    return len(tokens) >= 2 and given_name(tokens[0]) and tokens[-1][:1].isupper()


def _body_of(plain: list[str], lead: int, tracker: Tracker) -> bool:
    """ "Council of the Brill Harbours", "Center for Fair Tolls": one capitalised word, "of" or
    "for" (and "the"), then the capitalised words kept at `lead`: one body; not a person's
    surname the document names in full ("Reed of Brill"), nor a share ("Two of the …")."""
    if lead not in (2, 3) or not plain[0][:1].isupper():
        return False
    if plain[1] not in ("of", "for"):
        return False
    if lead == 3 and plain[2] != "the":
        return False
    if plain[0].lower() in lexicon.TITLES or plain[0].lower() in _SHARES:
        return False  # "Secretary of …", "Half of Vermont Democrats": no body's name
    full = tracker.names.get(plain[0])
    return not (full and " " in full)


# words that take a share of a group ("Two of the senators", "Half of Iowa Democrats")
_SHARES: Final = frozenset(
    """half one two three four five six seven eight nine ten dozens hundreds thousands millions
    some many most all none each several both few majority minority part rest""".split()
)


# a share of respondents ("38 percent of voters", "Sixty-seven percent") and the poll named in
# its sentence ("In a CNN/ORC poll the same month, …", "… in a Harbour Post poll this month")
_SHARE: Final = re.compile(r"(?:[\w-]+\s+percent|\d[\d.]*\s*%)(?:\s|$)", re.I)
_POLL_IN: Final = re.compile(
    r"\b[Ii]n\s+(?:a|an|the)\s+((?:(?:[A-Z][\w/.&’'-]*|new|recent|national|latest)\s+){1,6}"
    r"(?:[Pp]oll|[Ss]urvey))\b"
)


def _poll_of_share(phrase: str, text: str, at: int) -> str | None:
    """The poll named near a share of respondents that speaks: the last one before it in its
    paragraph (up to 300 characters back), else one later in its sentence."""
    if "%" not in phrase and "percent" not in phrase.lower():
        return None  # no share (`re.I` takes no other letter for one of "percent")
    if not _SHARE.match(phrase) or re.search(r"\b(?:poll|survey)\b", phrase, re.I):
        return None
    lo = max(text.rfind("\n", 0, at) + 1, at - 300)
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    found = list(_POLL_IN.finditer(text, lo, min(ends) if ends else len(text)))
    before = [m for m in found if m.start() < at]
    m = before[-1] if before else found[0] if found else None
    return m.group(1).strip() if m else None


def _opening(words: list[str], text: str, at: int) -> bool:
    """ "Voters in Leith": a plural noun opening the sentence, then its place."""
    return text.startswith(words[0], at) and opening_plural(text, at, at + len(words[0]))


def resolve(phrase: str, tracker: Tracker, text: str = "", at: int = 0) -> str | None:
    """A speaker phrase -> canonical speaker (None when it names nobody)."""
    phrase = phrase.strip(" ,;:\"“”'‘’„«»")
    if phrase.startswith("لل"):
        phrase = _AR_LIL.sub("ال", phrase)  # "للشرطة" -> "الشرطة"
    if "„" in phrase or "»" in phrase:  # "Die „Ostsee-Zeitung“": a title's quote marks
        phrase = re.sub(r"[„“”»«]", "", phrase)
    last = phrase.rsplit(None, 1)[-1] if phrase else ""
    if last.endswith(".") and "." not in last[:-1] and last[:-1] not in ("Jr", "Sr", "Inc", "Co"):
        if last[:-1].lower() not in lexicon.TITLES:
            phrase = phrase.rstrip(". ")  # a sentence's full stop, not "U.S." or "Jr."
    poll = _poll_of_share(phrase, text, at)
    if poll:
        return poll  # "41 percent of anglers said …" in a poll: the poll found it
    low = phrase.lower()
    if not phrase or low in _ADVERBS:
        return None  # "it can sometimes feel like …", "Just ask him.", "Likewise, …"
    if low in lexicon.PRONOUNS:
        found = _pronoun(phrase, tracker, text, at)
        if not found.endswith(("'s", "’s")):
            return found
        owner = found[:-2]  # "Bill Lee's hair … when he said": Bill Lee, the owner
        return phrase if owner.lower() in lexicon.PRONOUNS else owner  # "He's": no name
    if tracker.lang == "de" and (low in _DE_NOBODY or low.endswith(" man")):
        return None  # "Man zitiert …", "Seine zentrale Aussage ist, …", "… kann man": nobody
    de_body = german_body(phrase) if tracker.lang == "de" else None
    if de_body:
        return de_body  # "Sprecher des Ministeriums", "Landesamt für Gesundheit"
    words = phrase.split()
    low0, end = words[0].lower(), words[-1].lower()
    bare = end == "official" and (len(words) <= 2 or words[1].lower() in _BARE)
    if low0 in ("the", "this", "that") and end in _DESCRIBED and not bare:
        named = tracker.last_named
        if len(words) <= 4 and named and not is_named(phrase):
            if "’" not in phrase and "'" not in phrase:
                return named  # "the expert said" after a named speaker
    named_ar = arabic_name(words) if tracker.lang == "ar" else words
    if len(named_ar) < len(words):
        return " ".join(named_ar)  # "الرئيس الروسي فلاديمير بوتين"
    if not is_named(phrase) and tracker.lang in _NAMED_ARTICLE:
        lead = next(
            (i for i, w in enumerate(words) if w.lower() not in lexicon.ARTICLES), len(words)
        )
        return " ".join(words[lead:]) or None  # "le chef de la diplomatie": inner articles stay
    if not is_named(phrase):
        lead = 0  # "one official" -> official; "One in five", "one of them" keep "one"
        while lead < len(words) and (
            words[lead].lower() in lexicon.ARTICLES
            or words[lead].lower() == "one"
            and words[lead + 1 : lead + 2] not in (["in"], ["out"], ["of"])
        ):
            lead += 1  # inner articles stay: "a member of the family" -> member of the family
        return " ".join(words[lead:]) or None
    if not (tracker.lang in _NAMED_ARTICLE and len(words) == 2 and words[0][:1].isupper()):
        words = [w for i, w in enumerate(words) if i > 0 or w.lower() not in lexicon.ARTICLES]
    if not words:
        return None
    if ("close" in low or "familiar" in low or "loyal" in low) and _CLOSE_TO.search(phrase):
        return " ".join(words)  # "Friends close to Ann Reed": the friends, not Ann Reed
    if words[-1].lower().strip(".") in lexicon.ROLE_WORDS and words[-1][:1].isupper():
        # "The Associated Press", "the White House", "the State Department": a body
        return " ".join(w for w in words if w.lower() != "the")
    link = next((i for i, w in enumerate(words[1:-1], 1) if w in _LINKS), 0)
    if " on " in phrase and _body_on(words):
        return " ".join(words)  # "the Senate Committee on Harbour Tolls": the body, whole
    if link and (_of_state(words, link) or _person_of(words, link)):
        words = words[:link]  # "Sen. Ann Reed of New York", "Ann Reed of the Institute": Ann Reed
    head = words[-1].lower()
    if (
        link
        and tracker.lang != "de"
        and (words[link - 1][:1].islower() or _opening(words, text, at))
    ):
        return " ".join(words)  # "members of the Senate", "protest organizers in Leeds"
    owned = any(w.endswith(("'s", "’s")) for w in words[:-1])  # "Ann Lee's spokesman"
    role = head in lexicon.ROLE_WORDS and not owned
    if role and words[-1][:1].islower() and tracker.lang != "de":
        return " ".join(w for w in words if w != "the")  # "a Treasury spokesman": the role
    if words[-1][:1].islower() and tracker.lang != "de" and not role:
        if head not in lexicon.CLAUSE_WORDS:  # German nouns are capitalised: not there
            return " ".join(words)  # "One California delegate", "Mrs. Clinton's aides"
    conj = "und" if tracker.lang == "de" else "and"
    truncated = truncated_compound(words) if conj == "und" and "- " in phrase else None
    if truncated:
        return truncated  # "Land- und Forstwirte": the shared head with both parts
    if conj == "und" and text[max(0, at - 3) : at].rstrip().endswith(","):
        conj = ""  # "X, Campact und LobbyControl": the tail of a list, not a pair
    both = joined(words, tracker.names, conj) if conj in words else None
    if both:
        return both  # "Tom Ames and Ann Reed": both, not the last name alone
    plain = [w for w in words if w.lower() != "the"]
    tokens = _strip_roles(plain)
    if plain[-1][:1].islower() and US_STATE.fullmatch(" ".join(tokens)):
        return " ".join(plain)  # "the Vermont senator": a role, not the state
    before = plain[-len(tokens) - 1].lower() if 0 < len(tokens) < len(plain) else ""
    cut = name_after_genitive(tokens, before)
    if len(cut) < len(tokens):
        return " ".join(cut)  # "Президент России Владимир Путин", "degli Esteri Antonio Tajani"
    if tokens and (tokens[0] in _OF or len(tokens) == 1 and len(words) > 2 and words[-2] in _OF):
        return " ".join(words)  # "Sprecher des Ministeriums", "Secretary of State"
    if tokens and _body_of(plain, len(plain) - len(tokens), tracker):
        return " ".join(plain)  # "Center for Fair Tolls": the body, not its last words
    if not tokens or not any(t[:1].isupper() for t in tokens):
        body = [
            w for w in words if w[:1].isupper() and w.lower() != "the" or w in _OF or w == "for"
        ]
        return " ".join(body) if body else None
    full = tracker.names.get(tokens[-1])
    if full and full.endswith(" ".join(tokens)):
        return full
    return " ".join(tokens)
