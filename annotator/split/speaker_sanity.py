"""A last look at a claim's speaker string: phrases that cannot name a speaker.

- a string glued to a markup bracket or a list dash ('<post …>I refuse …' gave ">I", a link
  list's "-Pilots are more optimistic …" gave "-Pilots"): none;
- a lone time word ("Wednesday", "Dienstagabend", "Vormittag"): the date of a statement is no
  speaker; the noun dated by "vom"/"von heute" is ("Angaben vom Mittwoch zufolge" -> Angaben),
  "Welt am Sonntag" is a paper's name; else none ("Am Vormittag hatte es geheißen");
- a name cut after "ohne" ("Ärzte ohne Grenzen" gave "Grenzen"): the whole name;
- a speaker cut inside "last week" ("a survey taken last"): the phrase before "last" is the
  speaker ("survey");
- a quantifier that is an adverb there: "all" of "all but" ("He all but accused …" -> He),
  "both" after "has"/"have"/"had" or after "he"/"she" ("who has both praised …" -> none, "he
  both praised" -> he), "most" before "recently", "notably" … ("ran it since 2009 and most
  recently warned …" -> none); not "They both said", "Most strongly agreed"; "all"/"both" floated
  off a name or a plural noun before a lower-case word ("Ames and Reed both voted" -> Ames and
  Reed);
- "they" of a saying ("You know what they say: …", "As they say, …"): none; not "what
  they say was …" after a named group;
- "he", "she", "it" or "they" and a verb ("He keeps", "It goes", read from "He keeps quiet
  and hopes …"): a clause, no speaker; not "they all", "he and his staff", nor after a
  conjunction that makes the clause part of a longer subject ("Polls taken as they entered
  the hall showed …");
- a cue verb inverted before the name a colon follows ("Added Reed: …", "Continued Ames: …"):
  the name; not a name that only ends like a past form ("Ted Cruz: …", "Noted scholar Ames");
- a phrase whose head is an event ("the attacks in Leeds reminded …", "his third-place finish
  in Bramley highlights …"): an event says nothing, none; not "the shooting victims", "Attack
  Squadron" (a name).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Final

from annotator.split.lexicon import EN_CUES
from annotator.split.tracker import Attribution

# a single word naming a day or a part of one (English, German); "May", "Today" left out (names)
_DAYS_DE: Final = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_LONE_TIME: Final = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday tonight gestern mittag
    vormittag nachmittag abend""".split()
    + [
        d + part
        for d in _DAYS_DE
        for part in ("", "abend", "morgen", "mittag", "nacht", "vormittag", "nachmittag")
    ]
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled at the first speaker that needs them (most documents have none)."""
    # the noun a German date follows ("Angaben vom gestrigen Mittwoch", "des Komitees von heute
    # Mittag"; an adjective before the time ends in "-en"), or a paper's name ("Welt am Sonntag")
    dated = re.compile(
        r"\b(\w[\w-]*)\s+(?:vom|von\s+(?:heute|gestern)|am)(?:\s+[a-zäöü]\w*en)?\s+\w+$"
    )
    # "… last" at the end, a participle of the survey before it ("taken last", "conducted last")
    last = re.compile(r"(?:\s+(?:taken|conducted|released|published))?\s+last$")
    return dated, last


# adverbs that make "most" before them a degree ("most recently warned"), not a subject ("Most
# strongly agreed")
_AFTER_MOST: Final = frozenset(
    "recently notably famously prominently importantly memorably significantly".split()
)
_HAVE_BEFORE: Final = (" has ", " have ", " had ")
_QUANTIFIERS: Final = ("all", "both", "most", "All", "Both", "Most")


_PLURAL_PRONOUNS: Final = frozenset("they we you them us these those".split())


def _floating(text: str, hi: int, words: list[str]) -> bool:
    """A last "all"/"both" after a name or a plural noun, a lower-case word after it: a
    quantifier floated off its subject ("Ames and Reed both voted", "the skippers all agreed")."""
    if len(words) < 2 or words[-2].lower() in _PLURAL_PRONOUNS:
        return False  # "They both said", "we all": the pronoun's own quantifier
    before = words[-2]
    if not (before[:1].isupper() or before.endswith("s") and before.isalpha()):
        return False
    after = text[hi + 1 : hi + 2]
    return text.startswith(" ", hi) and after.isalpha() and after.islower()


def _adverb_quantifier(text: str, attr: Attribution, speaker: str) -> Attribution | None:
    """`attr` without a last word "all"/"both"/"most" that is an adverb there (see the module
    doc), an empty one when nothing is left; None when the last word is none of these."""
    lo, hi = attr.speaker_span or (0, 0)
    words = speaker.split()
    last = words[-1].lower()
    if hi <= lo or not text.endswith(words[-1], lo, hi):
        return None  # a speaker read from elsewhere: its span is not these words
    if last == "all":
        cut = text.startswith(" but ", hi) or _floating(text, hi, words)  # "He all but accused"
    elif last == "both":  # "who has both praised", "he both praised"; not "They both said"
        alone = len(words) == 1 and text.endswith(_HAVE_BEFORE, 0, lo)
        cut = alone or len(words) == 2 and words[0].lower() in ("he", "she")
        cut = cut or _floating(text, hi, words)
    else:  # "most recently warned", "2009 and most recently"; not "Most strongly agreed"
        after = text[hi + 1 : hi + 16].split(" ", 1)[0].rstrip(",")
        cut = after in _AFTER_MOST and (len(words) == 1 or words[-2] == "and")
        words = [] if cut else words
    if not cut:
        return None
    if len(words) < 2:
        return Attribution()
    end = len(text[lo : hi - len(words[-1])].rstrip()) + lo
    return replace(attr, speaker=" ".join(words[:-1]), speaker_span=(lo, end))


# English subject pronouns, and the lower-case words that may follow one in a speaker
_SUBJECT_PRONOUNS: Final = frozenset("he she it they He She It They".split())
_WITH_PRONOUN: Final = frozenset(
    "and or all both each alone too also himself herself itself themselves together".split()
)
_SUBORDINATE: Final = (" as ", " when ", " after ", " before ", " while ", " since ", " because ")

# what opens a saying's "they say", which names no one ("You know what they say", "as they say")
_SAYING: Final = ("know what ", "As ", ", as ")


def _inverted_cue(text: str, attr: Attribution, first: str, rest: str) -> Attribution | None:
    """`attr` with the name after a cue verb inverted before it ("Added Reed: …"), or None."""
    lo, hi = attr.speaker_span or (0, 0)
    if hi <= lo or not text.startswith(first, lo) or not text.startswith(":", hi):
        return None
    if first.lower() not in EN_CUES or not all(w[:1].isupper() for w in rest.split()):
        return None
    start = lo + len(first)
    start += len(text[start:hi]) - len(text[start:hi].lstrip())
    return replace(attr, speaker=rest, speaker_span=(start, hi))


# lower-case nouns naming an event, which says nothing, as the head of a speaker phrase
_EVENT_HEADS: Final = frozenset(
    """attack attacks bombing bombings shooting shootings massacre massacres finish victory
    victories defeat defeats about-face crackdown collapse consolidation""".split()
)
# words that end a phrase's head and open what follows it ("attacks| in Leeds")
_AFTER_HEAD = frozenset("in of on at for over to from with by about and against during".split())


def _event_head(speaker: str) -> bool:
    """Whether the phrase's head, its last word before a preposition, is an event noun."""
    head = ""
    for word in speaker.split():
        if word in _AFTER_HEAD:
            break
        head = word
    return head in _EVENT_HEADS


def checked(text: str, attr: Attribution) -> Attribution:
    """`attr` with its speaker kept, cut, or dropped when the string cannot name one."""
    speaker = attr.speaker or ""
    if speaker[:1] in "<>-":
        return Attribution()  # ">I", "-Voters": glued to a tag's bracket or a list's dash
    if _event_head(speaker):
        return Attribution()  # "attacks in Leeds", "finish in Bramley": an event says nothing
    if speaker.endswith(_QUANTIFIERS) and speaker.rsplit(" ", 1)[-1] in _QUANTIFIERS:
        adverb = _adverb_quantifier(text, attr, speaker)
        if adverb is not None:
            return adverb
    if " " not in speaker and speaker.lower() in _LONE_TIME:
        lo, hi = attr.speaker_span or (0, 0)
        dated = _patterns()[0].search(text, max(0, hi - 80), hi) if hi else None
        if dated is None or not dated.group(1)[:1].isupper():
            return Attribution()
        if text[dated.end(1) : dated.end(1) + 4] == " am ":  # "Welt am Sonntag": a paper's name
            return attr
        start = min(lo, dated.start(1))
        return replace(attr, speaker=dated.group(1), speaker_span=(start, dated.end(1)))
    lo, hi = attr.speaker_span or (0, 0)
    if " " not in speaker and text.endswith(" ohne ", 0, lo) and text[lo : lo + 1].isupper():
        head = lo - 6  # "Ärzte ohne Grenzen", "Reporter ohne Grenzen"
        while head > 0 and text[head - 1].isalpha():
            head -= 1
        if head < lo - 6 and text[head].isupper():
            name = text[head : lo - 6] + " ohne " + speaker
            return replace(attr, speaker=name, speaker_span=(head, hi))
    first, _, rest = speaker.partition(" ")
    if rest and first.endswith(("ed", "ote")) and first[:1].isupper():
        inverted = _inverted_cue(text, attr, first, rest)
        if inverted is not None:
            return inverted  # "Added Reed: …": Reed
    if rest and first in _SUBJECT_PRONOUNS:
        second = rest.split(" ", 1)[0]
        verb = second.isalpha() and second.islower() and second not in _WITH_PRONOUN
        if verb and not text.endswith(_SUBORDINATE, 0, lo):
            return Attribution()  # "He keeps", "It goes": a pronoun and its verb
    if speaker == "they" and text.startswith(" say", hi) and text.endswith(_SAYING, 0, lo):
        return Attribution()  # "You know what they say: …", "As they say, …": a saying
    if speaker.endswith(" last"):
        last = _patterns()[1]
        cut = last.search(speaker)
        if cut and cut.start() > 0:
            span = attr.speaker_span
            if span:
                tail = last.search(text, span[0], span[1])
                span = (span[0], tail.start()) if tail and tail.start() > span[0] else span
            return replace(attr, speaker=speaker[: cut.start()], speaker_span=span)
    return attr
