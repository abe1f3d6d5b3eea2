"""Who says what: direct quotes, speakers and cues, worked out per paragraph, not per sentence.

Sentence-level rules fail when the speaker is named after a multi-sentence quote, when the
speaker is "he" or "the expert", and when a quote runs over several paragraphs (SPLITTING.md).
So `attribute_block` first finds quote spans in a block (straight and curly double quotes; an
opening quote left unclosed runs to the end of the block, the convention for quotes that go on
in the next paragraph), attributes each quote span from the text right after it
(`"...," X said`, `"..." said X`, `"...," X told Newsweek`) or right before it (`X said: "`,
`X replied, "`), and only then maps sentences onto quotes: a sentence that is mostly inside a
quote takes that quote's speaker with `quote=True`. Sentences outside quotes may carry indirect
speech ("X said that ...", "according to X"). Everything else is the outlet's own voice
(speaker None).

Speakers are normalised: roles and titles are stripped ("Army Major John Rigsbee" ->
"John Rigsbee") and a surname is expanded to the fullest name the document gives for it
("Khosty" -> "Qari Saeed Khosty"). "he"/"she"/"they" resolve to the most recent speaker;
definite descriptions ("the expert", "the former Pentagon official") to the most recent *named*
speaker; indefinite ones ("a source", "a Pentagon spokesman") become the description itself.
A block that opens with a quote that has no cue continues the quote speaker of the paragraphs
before it (a multi-paragraph quote).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

VERBS = (
    "said|says|say|added|adds|told|tells|argued|argues|replied|replies|responded|continued|"
    "concluded|stated|explained|insisted|warned|suggested|noted|wrote|writes|"
    "tweeted|asserted|acknowledged|admitted|vowed|commented|stressed|underscored|emphasized|"
    "emphasised|maintained|declared|announced|posted|reported|recalled|cautioned|observed"
)


def _trie(words: list[str]) -> str:
    """A regex matching exactly one of `words`, factored by common prefixes ("s(?:aid|ays)")."""
    if len(words) == 1:
        return re.escape(words[0])
    empty = "" in words
    by_first: dict[str, list[str]] = {}
    for w in words:
        if w:
            by_first.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(c) + (_trie(rest) if rest != [""] else "") for c, rest in by_first.items()]
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if empty else body


# `\b(said|says|...)\b`, the alternatives factored into a trie: at most one verb can match at a
# position (each is followed by \b), so the order of the alternatives does not matter.
_VERB = re.compile(rf"\b({_trie(VERBS.split('|'))})\b")
# "told Newsweek", "told Bloomberg Television", "told the newspaper", "Speaking to RT"
_TOLD_OBJECT = re.compile(
    r"\s+((?:the\s+)?(?:[A-Z][\w.&'-]*|press|newspaper|reporters|media)(?:\s+[A-Z][\w.&'-]*)*)"
)
_ACCORDING = re.compile(
    r"\b[Aa]ccording to\s+((?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+(?:[a-z]+)?|him|her|them)"
)
# Roles and titles stripped from a speaker's name (lower-cased comparison).
ROLES = frozenset(
    """president vice secretary press white house general gen major maj colonel col lieutenant lt
    captain capt sergeant sgt admiral adm commander army navy air force marine chief minister
    prime foreign defense defence senator sen representative rep governor gov mr mrs ms dr prof
    professor sir dame former then current acting deputy assistant spokesman spokeswoman
    spokesperson host director head chairman chair ambassador officer official analyst expert
    correspondent reporter editor author leader commander-in-chief senior associate
    u.s. us uk central command pentagon taliban rt""".split()
)
_DOTTED = frozenset(("Jr", "Sr", "Inc", "Co", "Ltd", "Corp"))
PRONOUNS = frozenset("he she they him her them".split())
PERSON_NOUNS = frozenset(
    """source sources spokesman spokeswoman spokesperson official officials expert analyst
    officer diplomat person resident witness commander minister general colonel professor
    researcher host author journalist reporter member leader""".split()
)
_QUOTE_OPEN = "“«"
_QUOTE_CLOSE = "”»"
_NAME_TOKEN = re.compile(r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.|al-\w+|bin|ibn|van|von|de|der)$")
# `\b[A-Z][\w'’-]+(?:[ ]+(?:[A-Z][\w'’.-]*|[A-Z]\.))*`, with the \b written as a lookbehind after
# the capital so that the pattern starts with a character class (the scan jumps to capitals).
_CAP_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’-]+(?:[ ]+(?:[A-Z][\w'’.-]*|[A-Z]\.))*")
# Capitalised words that open clauses but name nobody.
NOT_NAMES = frozenset(
    """however earlier later moreover meanwhile still yet also then now but and so asked
    speaking commenting after before when while since although though despite instead
    indeed thus therefore hence in on at for with without as if this that these those there
    it its his her their our my your we they he she i you the a an""".split()
)


@dataclass
class Attribution:
    speaker: str | None = None
    cue: str | None = None
    quote: bool = False


@dataclass
class Tracker:
    """Document-level state carried from block to block."""

    names: dict[str, str] | NameIndex = field(default_factory=dict)  # surname -> fullest name
    last_speaker: str | None = None
    last_named: str | None = None
    open_quote: Attribution | None = None  # speaker of a quote that may go on in the next block


def build_name_index(text: str) -> dict[str, str]:
    """Surname -> the fullest name (roles stripped) the text gives for that surname."""
    index: dict[str, str] = {}
    for run in _name_runs(text):
        entry = _name_entry(run)
        if entry is None:
            continue
        last, name = entry
        best = index.get(last)
        if best is None or len(name.split()) > len(best.split()):
            index[last] = name
    return index


def _name_runs(text: str) -> list[str]:
    """The capitalised runs of `text`, each once, in order of first appearance: a later copy of a
    run never replaces the name it gave (only a strictly longer name does)."""
    return list(dict.fromkeys(_CAP_RUN.findall(text)))


def _name_entry(run: str) -> tuple[str, str] | None:
    """(surname, name) a capitalised run gives to the name index, or None."""
    tokens = _strip_roles(run.split())
    if not tokens:
        return None
    last = tokens[-1].rstrip(".,")
    if len(last) < 3 or not last[0].isupper():
        return None
    if len(tokens) > 3 or tokens[0].lower() in NOT_NAMES:
        return None
    return last, " ".join(tokens)


class NameIndex:
    """`build_name_index(text)`, worked out only for the surnames looked up.

    A document asks for a handful of surnames but holds dozens of capitalised runs: the entry
    for a surname comes only from runs that contain it as a substring, so only those are read.
    `get` gives what `build_name_index(text).get` gives."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._runs: list[str] | None = None
        self._entries: dict[str, tuple[str, str] | None] = {}
        self._found: dict[str, str | None] = {}

    def get(self, surname: str) -> str | None:
        if surname not in self._found:
            self._found[surname] = self._lookup(surname)
        return self._found[surname]

    def _lookup(self, surname: str) -> str | None:
        if self._runs is None:
            self._runs = _name_runs(self._text)
        best: str | None = None
        for run in self._runs:
            if surname not in run:
                continue
            if run in self._entries:
                entry = self._entries[run]
            else:
                entry = self._entries[run] = _name_entry(run)
            if entry is None or entry[0] != surname:
                continue
            name = entry[1]
            if best is None or len(name.split()) > len(best.split()):
                best = name
        return best


def _strip_roles(tokens: list[str]) -> list[str]:
    """Keep the trailing run of name tokens: "White House Press Secretary Jen Psaki" -> Jen Psaki."""
    out: list[str] = []
    for tok in reversed(tokens):
        clean = tok.strip(",;:")
        if clean.lower() in ROLES or (clean.isupper() and len(clean) > 1 and "." not in clean):
            if out:
                break
            continue
        if not _NAME_TOKEN.match(clean):
            break
        out.append(clean)
    return list(reversed(out))


_QUOTE_CHARS = re.compile(r'["“”«»]')


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Direct-quote spans (including the quote marks) in text[start:end]; unclosed ones run to end."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    open_kind = ""
    for m in _QUOTE_CHARS.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if open_at is None:
            if ch in _QUOTE_OPEN or (ch == '"' and (i == start or not text[i - 1].isalnum())):
                open_at, open_kind = i, ch
        elif (open_kind == '"' and ch == '"') or (open_kind in _QUOTE_OPEN and ch in _QUOTE_CLOSE):
            spans.append((open_at, i + 1))
            open_at = None
        elif open_kind in _QUOTE_OPEN and ch in _QUOTE_OPEN:
            spans.append((open_at, i))  # a new opening quote before the close: restart
            open_at = i
    if open_at is not None:
        spans.append((open_at, end))
    return spans


def _is_direct(text: str, qs: int, qe: int) -> bool:
    """A quotation of at least a clause, not a scare quote like “limited support”."""
    words = text[qs:qe].split()
    return len(words) >= 5 or any(p in text[qs:qe] for p in ".!?")


def resolve(phrase: str, tracker: Tracker, named_only: bool = False) -> str | None:
    """A speaker phrase -> canonical speaker (None when it names nobody)."""
    phrase = phrase.strip(" ,;:\"“”'")
    last = phrase.rsplit(None, 1)[-1] if phrase else ""
    if last.endswith(".") and "." not in last[:-1] and last[:-1] not in _DOTTED:
        phrase = phrase.rstrip(". ")  # a sentence's full stop, not "U.S." or "Jr."
    if not phrase:
        return None
    low = phrase.lower()
    if low in PRONOUNS:
        return tracker.last_speaker
    words = phrase.split()
    if words[0].lower() in ("the", "this", "that") and not words[-1][:1].isupper():
        return tracker.last_named
    if words[0].lower() in ("a", "an", "one") or not any(w[:1].isupper() for w in words):
        head = words[-1].lower()
        if head in PERSON_NOUNS and not named_only:
            return " ".join(w for w in words if w.lower() not in ("a", "an", "one"))
        return None
    if words[-1].lower() in PERSON_NOUNS and words[-1].islower() and not named_only:
        return " ".join(w for w in words if w.lower() != "the")  # "Afghan officials"
    tokens = _strip_roles([w for w in words if w.lower() != "the"])
    if not tokens:
        # a body named only by role words ("the Pentagon", "the Taliban")
        body = [w for w in words if w[:1].isupper()]
        return " ".join(body) if body else None
    surname = tokens[-1]
    full = tracker.names.get(surname)
    if full and full.endswith(" ".join(tokens)):
        return full
    return " ".join(tokens)


_NAME_PART = re.compile(
    r"(?:[Tt]he\s+)?((?:(?:[A-Z][\w'’.-]*|[a-z]+)\s+){0,8}[A-Z][\w'’.-]*)"
    r"(?:\s+(?:on|this|last|in|earlier|later)\s+\w+)?"
)
_DESCRIPTOR = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[\w.-]+\s+){0,3}[a-z][\w-]*|[Hh]e|[Ss]he|[Tt]hey")


def _name_like(part: str) -> str:
    """`part` if it is wholly a name, maybe with role words ("RT host Rick Sanchez"), else ""."""
    m = _NAME_PART.fullmatch(part)
    if not m:
        return ""
    words = m.group(1).split()
    if any(w[:1].islower() and w.lower() not in ROLES for w in words):
        return ""
    if len(words) == 1 and words[0].lower() in NOT_NAMES:
        return ""
    return m.group(1)


_NEGATED_END = re.compile(r"\b(?:not|never|n't|to)$")
_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|be|been|being|had)$")
_BY_AGENT = re.compile(r"\s+by\b")
_PARTS = re.compile(r"[,;:(–—]|\s-{1,2}\s")
_LEADING_CONJUNCTION = re.compile(r"^(?:And|But|So|Yet|Then|Later)\s+")
_TRAILING_ADVERB = re.compile(r"\s+(?:also|later|again|repeatedly|further|then|once|had|has|have)$")
_SPEAKER_AFTER = re.compile(
    r"\s*((?:[A-Za-z][\w'’.-]*\s+){0,6}?[A-Z][\w'’-]+|[a-z]+\s+[a-z]+|[a-z]+)"
    r"(?=[,.;:]|\s+(?:who|when|during|of|at|in|on|after)\b|$)"
)
_QUOTE_STOP = re.compile(r"(?<!\.[A-Z])(?<!\b[A-Z])[.!?](?:\s|$)|[“\"]")
_INTRO_TAIL = re.compile(r"(?:\s+(?:of|to|on|about)\s+[^:,“\"]{0,40})?\s*[:,]?\s*(?:that\s*)?")


SUBJECT_WINDOW = 400


def _speaker_before_verb(prefix: str, first: bool = False) -> str:
    """The subject phrase right before a speech verb ("..., Michael Maloof" -> "Michael Maloof").

    `first`: the phrase follows a quote (`"...," Wechsler, now the director ..., told`), so the
    subject is the first comma part; otherwise the last one, or the name an apposition follows
    (`General Kenneth Mackenzie, then head of US Centcom, ..., said`).
    """
    # A subject sits within a few hundred characters of its verb: a bounded window keeps a
    # sentence with thousands of speech verbs linear (fuzzing found it quadratic).
    prefix = (prefix[:SUBJECT_WINDOW] if first else prefix[-SUBJECT_WINDOW:]).strip()
    if _NEGATED_END.search(prefix[-8:]):  # the \b before a 5-letter word is inside the window
        return ""
    parts = [p.strip(" \t\n\"“”'‘’\x00") for p in _PARTS.split(prefix)]
    parts = [p for p in parts if p]
    if not parts:
        return ""
    pick = parts[0] if first else parts[-1]
    pick = _LEADING_CONJUNCTION.sub("", pick)
    pick = _TRAILING_ADVERB.sub("", pick)
    m = _DESCRIPTOR.fullmatch(pick)
    if m and (pick.lower() in PRONOUNS or pick.split()[-1].lower() in PERSON_NOUNS):
        return pick
    name = _name_like(pick)
    if name:
        return name
    if not first:
        for i, p in enumerate(parts[:-1]):
            name = _name_like(p)
            if name and parts[i + 1][:1].islower():
                return name
    return ""


def _speaker_after_verb(rest: str) -> str:
    m = _SPEAKER_AFTER.match(rest)
    return m.group(1) if m else ""


def _cue(verb: str, rest: str) -> str:
    if verb in ("told", "tells"):
        m = _TOLD_OBJECT.match(rest)
        if m:
            return f"{verb} {m.group(1)}"
    return verb


def attribute_quote(
    text: str, qs: int, qe: int, bstart: int, bend: int, tracker: Tracker
) -> Attribution | None:
    """Speaker and cue of the quote text[qs:qe] from the words right after or before it."""
    after = text[qe : min(bend, qe + 160)]
    stop = _QUOTE_STOP.search(after)
    window = after[: stop.start()] if stop else after
    m = _VERB.search(window)
    if m and m.start() < 100:
        subj = window[: m.start()].strip(" ,")
        rest = window[m.end() :]
        if subj:
            speaker = resolve(_speaker_before_verb(subj, first=True), tracker)
        else:
            speaker = resolve(_speaker_after_verb(rest), tracker)
        if speaker:
            return Attribution(speaker, _cue(m.group(1), rest), True)
    before = text[max(bstart, qs - 200) : qs]
    sent_start = max(before.rfind(". "), before.rfind("” "), before.rfind('" ')) + 1
    before = before[sent_start:]
    verbs = list(_VERB.finditer(before))
    m2 = verbs[-1] if verbs else None
    if m2 is not None:
        tail = before[m2.end() :]
        if _INTRO_TAIL.fullmatch(tail):
            speaker = resolve(_speaker_before_verb(before[: m2.start()]), tracker)
            if speaker:
                return Attribution(speaker, m2.group(1), True)
    return None


def attribute_sentence(
    text: str, s: int, e: int, tracker: Tracker, quotes: list[tuple[int, int]] | None = None
) -> Attribution | None:
    """Indirect speech in one sentence outside quotes: "X said that ...", "according to X"."""
    sent = text[s:e]
    for qs, qe in quotes or []:  # mask quoted words: "no matter what they say"
        a, b = max(qs, s) - s, min(qe, e) - s
        if a < b:
            sent = sent[:a] + "\x00" * (b - a) + sent[b:]
    m = _ACCORDING.search(sent) if "ccording to" in sent else None
    if m:
        phrase = m.group(1)
        if phrase.split()[0].lower() not in ("some", "many", "a", "an", "several", "various"):
            speaker = resolve(phrase, tracker)
            if speaker:
                return Attribution(speaker, "according to", False)
    for vm in _VERB.finditer(sent):
        if vm.group(1) == "say":
            continue
        prefix = sent[: vm.start()].replace("\x00", " ")
        # `\b(?:was|...)\s*$` on the prefix is the same as `\b(?:was|...)$` on its last 8
        # non-space characters (the longest word has 5 letters, so the \b is still inside)
        if _PASSIVE_END.search(prefix.rstrip()[-8:]) or _BY_AGENT.match(sent, vm.end()):
            continue  # passive: "was said to have killed", "an attack claimed by"
        rest = sent[vm.end() :]
        phrase = _speaker_before_verb(prefix) if prefix.strip() else ""
        if not phrase and vm.group(1) in ("says", "said") and prefix.strip():
            phrase = _speaker_after_verb(rest)  # headline: "... says expert"
        speaker = resolve(phrase, tracker) if phrase else None
        if speaker:
            return Attribution(speaker, _cue(vm.group(1), rest), False)
    return None


def attribute_block(
    text: str,
    bstart: int,
    bend: int,
    sentences: list[tuple[int, int]],
    tracker: Tracker,
) -> list[Attribution]:
    """One Attribution per sentence of the block text[bstart:bend], in reading order."""
    quotes = [q for q in quote_spans(text, bstart, bend) if _is_direct(text, *q)]
    quote_attr: dict[int, Attribution | None] = {}

    def attr_of(i: int) -> Attribution | None:
        if i in quote_attr:
            return quote_attr[i]
        qs, qe = quotes[i]
        attr = attribute_quote(text, qs, qe, bstart, bend, tracker)
        if attr is None and i == 0 and not text[bstart:qs].strip() and tracker.open_quote:
            prev = tracker.open_quote
            attr = Attribution(prev.speaker, prev.cue, True)  # continuation paragraph
        if attr is None and i > 0:
            before = attr_of(i - 1)
            gap = text[quotes[i - 1][1] : qs]
            if before is not None and (_VERB.search(gap) or not gap.strip()):
                attr = before  # "..." he said. "..."  -- the same speaker goes on
        if attr is not None and attr.speaker:
            _remember(tracker, attr.speaker)
        quote_attr[i] = attr
        return attr

    out: list[Attribution] = []
    for s, e in sentences:
        best: Attribution | None = None
        inside = 0
        for i, (qs, qe) in enumerate(quotes):
            overlap = min(e, qe) - max(s, qs)
            if overlap > 0:
                attr = attr_of(i)
                if overlap > inside and (attr is not None or overlap * 2 >= e - s):
                    inside, best = overlap, attr
        if best is not None:
            out.append(Attribution(best.speaker, best.cue, True))
            continue
        if inside * 2 >= (e - s):
            out.append(Attribution(None, None, True))
            continue
        attr = attribute_sentence(text, s, e, tracker, quotes)
        if attr is not None and attr.speaker:
            _remember(tracker, attr.speaker)
            out.append(attr)
        else:
            out.append(Attribution())
    for i in range(len(quotes)):
        attr_of(i)
    # does a quote run on into the next paragraph?
    last_attr = next((quote_attr[i] for i in reversed(range(len(quotes))) if quote_attr[i]), None)
    if quotes and last_attr is not None:
        tracker.open_quote = last_attr
    elif _is_prose(text, sentences):
        tracker.open_quote = None
    return out


def _remember(tracker: Tracker, speaker: str) -> None:
    tracker.last_speaker = speaker
    if all(w[:1].isupper() for w in speaker.split()):
        tracker.last_named = speaker


def _is_prose(text: str, sentences: list[tuple[int, int]]) -> bool:
    """A block of the outlet's own prose ends a multi-paragraph quote; a caption or link does not."""
    return any(text[e - 1] == "." and len(text[s:e].split()) >= 6 for s, e in sentences)
