"""Pronoun speakers: "he"/"she" become the one person of that gender named just before, or the
speaker before when no person of that gender is named, else they stay pronouns (issue 10:
resolve only when unambiguous)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from annotator.split import lexicon

if TYPE_CHECKING:
    from annotator.split.tracker import Tracker


def _gender(name: str, mention: str = "") -> str | None:
    first = (mention.split() or [""])[0].lower().rstrip(".")
    if first in lexicon.MALE_TITLES:
        return "m"
    if first in lexicon.FEMALE_TITLES:
        return "f"
    given = name.split()[0].lower() if name.split() else ""
    if given in lexicon.MALE_NAMES:
        return "m"
    if given in lexicon.FEMALE_NAMES:
        return "f"
    return None


# `\b([A-Z][a-z]+)…`, written to start with the capital (the `\b` as a lookbehind after it) so
# the scan jumps from capital to capital instead of trying every position
_PERSON: Final = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+)\.?\s+((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)")
PRONOUN_REACH: Final = 1500
_GIVEN: Final = lexicon.MALE_NAMES | lexicon.FEMALE_NAMES
_GENDERED_WORDS: Final = _GIVEN | lexicon.MALE_TITLES | lexicon.FEMALE_TITLES
# its lower-case ASCII words (`[a-z]+`), in its order: read once, not once per capital
_LOWER_GENDERED: Final = [w for w in _GENDERED_WORDS if w.isascii() and w.isalpha() and w.islower()]
# a capitalised word of `_GENDERED_WORDS` that can open a `_PERSON` match (its first group): the
# capital, then the rest of a word it opens; `(?![a-z])` takes the whole lower-case run, as the
# group does (a scan for these words skips the capitalised words that tell no gender)
_GENDERED: Final = re.compile(
    "(?:"
    + "|".join(
        f"{cap}(?<!\\w{cap})(?:{'|'.join(sorted(sorted(rests), key=len, reverse=True))})"
        for cap, rests in sorted(
            (c, {w[1:] for w in _LOWER_GENDERED if w[0] == c.lower()})
            for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        )
        if rests
    )
    + ")(?![a-z])"
)


def _person_gender(word: str) -> str | None:
    w = word.lower()
    if w in lexicon.MALE_NAMES or w in lexicon.MALE_TITLES:
        return "m"
    if w in lexicon.FEMALE_NAMES or w in lexicon.FEMALE_TITLES:
        return "f"
    return None


def _pronoun(
    phrase: str, tracker: Tracker, text: str = "", at: int = 0, subject: bool = True
) -> str:
    """The person subject of the pronoun's sentence or of the one before (`_subject_before`,
    unless `subject` is False), else the one person of the pronoun's gender named before it
    (since the last named speaker, within PRONOUN_REACH characters; given names and titles
    tell gender), else the speaker before when none of that gender is named, else the
    pronoun."""
    gender = lexicon.PRONOUNS[phrase.lower()]
    if not text:
        return phrase
    lo = at - PRONOUN_REACH if at - PRONOUN_REACH > 0 else 0
    if gender == "p":
        they = subject and phrase.lower() == "they"
        group = _subject_before(text, lo, at, tracker, gender) if they else None
        return group or phrase
    first = _subject_before(text, lo, at, tracker, gender) if subject else None
    if first:
        return first
    near = _sentence_person(text, lo, at, tracker, gender)
    if near is not None:
        return near or phrase
    people: dict[str, tuple[str, str | None]] = {}  # surname -> (name, gender)
    last = tracker.last_named
    start = lo
    if last and tracker.last_at >= lo:
        start = tracker.last_at
        if not _institution(last):  # "the Harbour Department": no "he" or "she"
            people[last.split()[-1]] = (last, tracker.genders.get(last))
    for m in _people(text, start, at):
        if _quoted(text, m.start()):
            continue  # a name the quote before says ("Doe said, “Roe is wrong.” He added")
        g = _person_gender(m.group(1))
        given = m.group(1).lower() in _GIVEN
        name = f"{m.group(1)} {m.group(2)}" if given else m.group(2)
        surname = name.split()[-1]
        full = tracker.names.get(surname)
        if full and (tracker.genders.get(full) or _gender(full)) not in (None, g):
            full = None  # "Ms. Trump" is not "Donald J. Trump"
        people[surname] = (full or name, g)
    fits = [n for n, g in people.values() if g == gender]
    unknown = [n for n, g in people.values() if g is None]
    if len(fits) == 1 and not unknown:
        return fits[0]
    if not fits and len(unknown) == 1 and len(people) == 1:
        return unknown[0]
    if fits:
        return phrase
    # nobody else: the subject of the sentence before a quote ("Doe met them. “…,” she said")
    return (
        _last_speaker(tracker, gender)
        or _subject_before(text, lo, at, tracker, gender, quoted=True)
        or phrase
    )


def _people(text: str, start: int, at: int) -> Iterator[re.Match[str]]:
    """The `_PERSON` matches of text[start:at] whose first word tells a gender: `_PERSON` is tried
    only where `_GENDERED` finds such a word (a match opened by another capitalised word,
    "Monday. George Wallace", is searched again from its name, and so from the given name)."""
    w = _GENDERED.search(text, start, at)
    while w:
        m = _PERSON.match(text, w.start(), at)
        if m:
            yield m
        w = _GENDERED.search(text, m.end() if m else w.end(), at)


# the head of an institution's name: a speaker that is never "he" or "she"
_INSTITUTIONS: Final = frozenset(
    """department county committee party times post journal news agency bureau office court
    council commission administration university institute foundation association company
    corporation network ministry government campaign""".split()
)


def _institution(speaker: str) -> bool:
    return speaker.rsplit(" ", 1)[-1].lower() in _INSTITUTIONS


def _last_speaker(tracker: Tracker, gender: str) -> str | None:
    """The speaker before, when no person of the pronoun's gender is named ("The harbour
    master said … After all, she added, …") and the speaker's gender does not rule it out (an
    institution, "The Harbour Department", has none)."""
    last = tracker.last_speaker
    if not last or last.lower() in lexicon.PRONOUNS or plural_group(last):
        return None  # "Sources said … she added": a group is no "she"
    if _institution(last):
        return None  # "The Harbour Department said … he added": an office is no "he"
    g = tracker.genders.get(last) or _gender(last)
    return last if g in (None, gender) else None


def plural_group(speaker: str) -> bool:
    """A speaker whose head is a plural speaker noun ("Sources", "Democratic sources", "Clinton
    campaign aides"): a group, never "he" or "she". A name ending in "s" ("Sanders") is none."""
    low = speaker.split()[-1].lower() if speaker.split() else ""
    if not low.endswith("s") or low.endswith("ss") or len(low) < 4:
        return False
    return low in lexicon.SPEAKER_NOUNS or low in lexicon.PERSON_NOUNS


_SURNAME: Final = re.compile(r"\b[A-Z][a-z][\w-]+")
# a mark or a line break first (a fast scan for one class), then what follows a mark
_SENTENCE_END: Final = re.compile(r"[.!?\n](?:(?<=\n)|[\"”’']{0,2}\s+(?=[\"“‘'`]{0,2}[A-Z]))")
_ABBREVIATION: Final = re.compile(r"(?:\b[A-Z]|\b[A-Za-z]+)$")


class _EndScan:
    """The last window `_ends_backward` scanned and its candidate ends: a pronoun's own
    sentence and the one before it are found from the same window (`_pronoun`). The window is
    scanned back from its end a part at a time (callers mostly want the last end or two of
    `PRONOUN_REACH` characters); `found` holds the ends from `start` on."""

    def __init__(self) -> None:
        self.text = ""
        self.lo = self.at = self.start = -1
        self.found: list[re.Match[str]] = []

    def ends(self, text: str, lo: int, at: int) -> tuple[int, list[re.Match[str]]]:
        """Where the scanned part of the window starts, and the ends from there on."""
        if text is not self.text or lo != self.lo or at != self.at:
            self.text, self.lo, self.at = text, lo, at
            self.start, self.found = _part_ends(text, lo, at, at + 3)
        return self.start, self.found

    def before(self, text: str, lo: int, at: int, start: int) -> tuple[int, list[re.Match[str]]]:
        """The part of the window before `start` (where an earlier part starts): where it
        starts and its ends; kept when the window is the one held."""
        part, found = _part_ends(text, lo, at, start)
        if text is self.text and lo == self.lo and at == self.at and start == self.start:
            self.start, self.found = part, found + self.found  # a new list: one may be read
        return part, found


_END_PART: Final = 300  # characters scanned back at a time
# what a sentence end is made of: no end runs over a part's start that follows none of these
_END_CHARS: Final = frozenset(".!?\"”’'")


def _part_ends(text: str, lo: int, at: int, stop: int) -> tuple[int, list[re.Match[str]]]:
    """The sentence ends that start in the part of text[lo:at + 3] up to `stop` (a part's start,
    or the window's end) and about `_END_PART` characters long, and where the part starts: after
    a character that is no mark, quote or space, so that the ends found from there are the ones
    a scan of the whole window finds (the lookahead sees the word at `at`)."""
    start = stop - _END_PART
    while start > lo and (text[start - 1] in _END_CHARS or text[start - 1].isspace()):
        start -= 1
    if start <= lo:
        start = lo
    found: list[re.Match[str]] = []
    for m in _SENTENCE_END.finditer(text, start, at + 3):
        if m.start() >= stop:
            break
        found.append(m)
    return start, found


_LAST_SCAN: Final = _EndScan()


def _ends_backward(text: str, lo: int, at: int) -> Iterator[re.Match[str]]:
    """Sentence ends in text[lo:at], the last first, not the full stop of a title or an initial
    ("Mr. Hale"). The window is scanned back a part at a time; each end is checked only when
    the caller asks for it (callers want the last one or two of up to `PRONOUN_REACH`
    characters)."""
    start, found = _LAST_SCAN.ends(text, lo, at)
    while True:
        for m in reversed(found):
            if m.end() > at:
                continue
            word = _ABBREVIATION.search(
                text, (m.start() - 12 if m.start() - 12 > lo else lo), m.start()
            )
            if (
                text[m.start()] == "."
                and word
                and (len(word.group()) == 1 or word.group().lower() in lexicon.TITLES)
            ):
                continue
            yield m
        if start <= lo:
            return
        start, found = _LAST_SCAN.before(text, lo, at, start)


def _sentence_person(text: str, lo: int, at: int, tracker: Tracker, gender: str) -> str | None:
    """The pronoun's own sentence before it names people the document names in full: the one
    of the pronoun's gender ("Roe has made plain that he …"), "" when several fit, None when
    none does (then the speakers before the sentence count)."""
    last = next(_ends_backward(text, lo, at), None)
    start = last.end() if last else lo
    fits: set[str] = set()
    for m in _SURNAME.finditer(text, start, at):
        full = tracker.names.get(m.group())
        if not full or len(full.split()) < 2:
            continue
        if (tracker.genders.get(full) or _gender(full)) == gender:
            fits.add(full)
    if not fits:
        return None
    return fits.pop() if len(fits) == 1 else ""


def _subject_before(
    text: str, lo: int, at: int, tracker: Tracker, gender: str, quoted: bool = False
) -> str | None:
    """The person who is the subject of the pronoun's sentence before it ("Roffman, who …,
    described it as …, he said"), or of the sentence before when the pronoun opens its own
    ("Hunter told Politico … He also said"; with `quoted`, also when only a quote comes before
    the pronoun): a name the document gives in full, of no other gender; for "they" a plural
    group ("Millennials …: By 2-1, they say"). None when that subject is no such person or
    group."""
    from annotator.split.speakers import main_subject

    # the last two sentence ends outside quotes, the last first: a loop, not islice() of a
    # generator expression (mypyc builds such an expression's whole list)
    ends: list[re.Match[str]] = []
    for end in _ends_backward(text, lo, at):
        if not _in_quote(text, end.end()):
            ends.append(end)
            if len(ends) == 2:
                break
    if not ends and lo > 0:
        return None  # the sentence starts before the reach: its subject is not known
    start = ends[0].end() if ends else lo
    own = bool(text[start:at].strip(" \"“‘'"))
    if own and quoted and text[start:at].lstrip()[:1] in "\"“‘'":
        own = not _AFTER_QUOTE.search(text, start, at)  # "“It has begun,” she said"
    if not own:
        if not ends:
            return None
        start, at = (ends[1].end() if len(ends) > 1 else lo), ends[0].start()
    main = main_subject(text, start, at)
    if main is None:
        return None
    if tracker.lang == "de" and _PRONOUN_FIRST_DE.search(text, start, main[0]):
        return None  # "Später traf er Jan Roth.": "er" is the subject, the name its object
    words = text[main[0] : main[1]].split()
    if gender == "p":
        return _group(text[main[0] : main[1]], tracker)
    if len(words) > 1 and words[-2][:1].isupper() and _verb_s(words[-1], words[-2]):
        words = words[:-1]  # "Perez lobbies for …": the verb read into the subject
    if not words or not words[-1][:1].isupper() or words[-1].lower() in lexicon.PRONOUNS:
        return None
    full = tracker.names.get(words[-1].strip(".,;:"))
    if not full or len(full.split()) < 2 or not all(w[:1].isupper() for w in full.split()):
        return None
    g = tracker.genders.get(full) or _gender(full, " ".join(words))
    if g not in (None, gender):
        return None
    if own and not _AFTER_QUOTE.search(text, start, at) and not _REPORTS.match(text, main[1]):
        others = _sentence_person(text, main[1], at, tracker, gender)
        if others not in (None, full):
            return None  # "Reed met Becker, and he said": two people the pronoun may be
    return full


def _verb_s(word: str, before: str) -> bool:
    """A lower-case "-s" word that names no people ("lobbies", not "aides") after a name that is
    no owner ("Cruz's success"): the verb a subject phrase took in ("Perez lobbies for …")."""
    if before.endswith(("'s", "’s")) or not (word.isalpha() and word.islower()):
        return False
    return word.endswith("s") and word not in lexicon.PEOPLE


def _group(phrase: str, tracker: Tracker) -> str | None:
    """A plural noun phrase that can be "they" ("Millennials", "Several lawmakers"), resolved."""
    from annotator.split.mentions import resolve

    words = phrase.split(" of ")[0].split()  # "The proportion of voters": "proportion"
    head = words[-1].lower().strip(".,;:")
    if head in lexicon.PRONOUNS or re.search(r"['’]", phrase) or words[0].endswith("ing"):
        return None  # "Mr. Cruz's aides", "including prominent businesses"
    if not (head.endswith("s") and not head.endswith("ss") and len(head) > 3):
        return None
    return resolve(phrase, tracker)


def _in_quote(text: str, at: int) -> bool:
    """Whether `at` lies inside a quote its paragraph opens before it: a sentence of the
    quote ("… as mayor. We need a plan.” He said") is no sentence of the report."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    curly = before.count("“") > before.count("”")
    return curly or before.count('"') % 2 == 1 or before.count("''") % 2 == 1


def _quoted(text: str, at: int) -> bool:
    """`_in_quote`, German marks read too: „ opens a quote that “ closes."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    if "„" in before:
        return before.count("„") > before.count("“")
    return _in_quote(text, at)


# a reporting clause after the quote it closes: "… a disaster,” he said"
# a German personal pronoun before the first name: the subject (pronouns come before nouns)
_PRONOUN_FIRST_DE: Final = re.compile(r"\b(?:er|sie|wir)\b")
_AFTER_QUOTE: Final = re.compile(r"[,?!…][\"”’']{1,2}\s*$")


# the subject's own cue right after it: the people its report names are not the pronoun's ("Doe
# acknowledged Reed had won, which, he said, was expected": Doe)
_REPORTS: Final = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:[a-z]+ly\s+)?(?:acknowledged|said|says|told|argued|conceded|"
    r"wrote|noted|insisted|claimed|added|explained|admitted|warned|predicted|suggested)\s+\w"
)
