"""Two reports in one sentence: "Doe said the plan would fail, while Roe said it was the only
way." gives two claim units, one per reported clause, each with its own speaker.

`split_reports` looks (English only) for a clause boundary outside quotes (", while", ", but",
", and", ", whereas", ", though", "; ", the comma closing an opening "While …" clause, or an
"and" without a comma right before a new speaker and its cue: "… and one in five said …") where
both sides report on their own: each side, attributed alone (`indirect.attribute_sentence`),
has a speech cue and a named (non-pronoun) speaker at the head of its clause, the two speakers
differ and one of them is the sentence's. Anything else (one speaker, a verb phrase without a
subject, "According to X, …", a poll's findings that may go on after the boundary) stays one
unit, as it was.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Final

from annotator.split import lexicon
from annotator.split.indirect import attribute_sentence
from annotator.split.tracker import Attribution, Tracker

# a clause boundary inside a sentence: what comes before `sep` ends one report, after it the next
_PUNCT_SEP = r"[,;](?:[”\"’']?\s+(?P<word>while|but|and|whereas|though|although)\s+|(?<=;)\s+)"
# `_PUNCT_SEP|(?:\s[—–]|\s--)?\s(?P<bare>while|whereas)\s+(?=[A-Z])`, written to start with one
# class (the scan jumps from candidate to candidate instead of trying every position)
_BOUNDARY: Final = re.compile(
    rf"[,;\s](?:(?<=[,;]){_PUNCT_SEP.removeprefix('[,;]')}"
    r"|(?<=\s)(?:[—–]\s|--\s)?(?P<bare>while|whereas)\s+(?=[A-Z]))"
)
# the first branch alone, one pattern per mark: each opens with its literal (a scan for one
# character is faster than one for a class)
_PUNCT_BOUNDARIES: Final = tuple(re.compile(c + _PUNCT_SEP.removeprefix("[,;]")) for c in ",;")
# an opening subordinate clause: "While Doe said …, Roe said …", "But even as Doe claimed …"
_OPENER: Final = re.compile(
    r"\s*(?:(?:But|And|Yet)\s+)?"
    r"(?i:while|whereas|although|though|even\s+(?:as|though)|just\s+as|when|after|as)\s"
)
_COMMA_OR_BRACKET: Final = re.compile(r"[,()[\]]")  # what the opener's comma scan reads
# "Two in three said … and one in five said …": "and" without a comma after a lower-case word
# or a number, not after a name, a pronoun or "both" ("Doe and Roe said", "both he and Roe")
_BARE_AND: Final = re.compile(r"(?<=[a-z0-9%”\"’'])\sand\s+")
_NO_CLAUSE_END: Final = frozenset("both either between".split()) | frozenset(lexicon.PRONOUNS)
# the new report's cue right after its speaker: "one in five said", "officials later said" (not
# "crews to repair …, saying", "guards and said")
_CUE_NEXT: Final = re.compile(r"\s*(?:(?!and\s|or\s|but\s)[a-z]+\s+){0,2}$")
_QUOTES: Final = "\"“‘'«"
# lower-case words that may come before a speaker at the head of its clause ("Six in 10 …",
# "former mayor Jane Doe")
_COUNTING: Final = frozenset(
    "about out than more less one two three four five six seven eight nine ten".split()
)
_LEADING: Final = frozenset("in of a an the".split()) | lexicon.ROLE_WORDS | lexicon.TITLES
# words that make the speaker a clause inside a noun phrase ("not everything Doe says")
_CLAUSE_HEADS: Final = frozenset(
    """not no everything anything nothing something what whatever all much that which who
    how why when if because""".split()
)
CUE_WITHIN = 6  # "and one in five said": the new report's cue among the first words after "and"
MIN_WORDS: Final = 4  # each part is a statement of its own
# "Even so, Roe said": a short phrase before the speaker; a longer one is what a closing
# frame ("…, the source added") reports, and such a frame may speak for the whole sentence
MAX_ADVERBIAL: Final = 4
CLOSING_WORDS: Final = 3  # "…, the source added on Tuesday.": a few words after the frame's speaker

Part = tuple[int, int, Attribution]


def trim_part(text: str, a: int, b: int) -> tuple[int, int]:
    """A part's bounds without the spaces before it and the spaces and commas after it."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in " \t\n,;":
        b -= 1
    return a, b


def _words(speaker: str) -> set[str]:
    """The words that name a speaker: no numbers or short function words ("nine in 10")."""
    words = {re.sub(r"['’]s?$", "", w.lower().strip(".,")) for w in speaker.split()}
    return {w for w in words if len(w) > 2 and not w.isdigit()} - lexicon.ARTICLES - _COUNTING


def may_split(text: str, s: int, e: int, speaker_span: tuple[int, int] | None) -> bool:
    """A clause boundary in sentence [s, e) at all: a cheap test before finding its quotes.
    `speaker_span`: the sentence's speaker (an "and" without a comma counts only after it)."""
    comma, semicolon = _PUNCT_BOUNDARIES
    if _OPENER.match(text, s, e) or comma.search(text, s, e) or semicolon.search(text, s, e):
        return True
    start = _and_start(text, s, speaker_span)
    if start is not None and text.find("and", start, e) >= 0 and _ands(text, s, e, start):
        return True
    # the other branch holds "while" or "whereas"
    if text.find("while", s, e) < 0 and text.find("whereas", s, e) < 0:
        return False
    return bool(_BOUNDARY.search(text, s, e))


def opening_comma(text: str, a: int, e: int, quotes: list[tuple[int, int]]) -> int | None:
    """The comma that closes an opening clause starting at `a`: outside brackets and quotes,
    not inside a number ("2,400")."""
    depth = 0
    for c in _COMMA_OR_BRACKET.finditer(text, a, e):  # not every character
        ch, i = c.group(), c.start()
        depth += ch in "([" and 1 or ch in ")]" and -1 or 0
        digits = text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()  # "2,400"
        if ch == "," and depth == 0 and not any(qs <= i < qe for qs, qe in quotes) and not digits:
            return i
    return None


def _boundaries(
    text: str, s: int, e: int, quotes: list[tuple[int, int]], start: int | None
) -> list[tuple[int, int, int, int, str]]:
    """Candidate splits (a1, b1, a2, b2, kind) of [s, e) into two parts, outside quotes; `kind`
    is "opener" (the comma closing an opening clause), "and" (an "and" without a comma, from
    `start` on, none when None) or "mark"."""

    def quoted(i: int) -> bool:
        return any(qs <= i < qe for qs, qe in quotes)

    out = []
    opener = _OPENER.match(text, s, e)
    comma = opening_comma(text, opener.end(), e, quotes) if opener else None
    if comma is not None:
        out.append((s, comma, comma + 1, e, "opener"))
    for m in _BOUNDARY.finditer(text, s, e):
        end = m.start() + 1 if text[m.start() + 1] in _QUOTES + "”’" else m.start()  # ',” while'
        if quoted(end) or m.group("word") == "and" and _listed(text, s, m.start()):
            continue
        out.append((s, end, m.end(), e, "mark"))
    if start is not None and text.find("and", start, e) >= 0:
        out += [(s, a, b, e, "and") for a, b in _ands(text, s, e, start) if not quoted(a)]
    return out


def _and_start(text: str, s: int, span: tuple[int, int] | None) -> int | None:
    """Where to look for an "and" without a comma in sentence [s, e) with the speaker at `span`:
    the part before the "and" must hold the speaker (`_holds`), so after it, or nowhere (None).
    From `s` when an "and" may reach over the speaker's end (the scan gives what one from `s`
    gives from `span[1]` on, since no match reaches over it)."""
    if span is None or span[0] < s:
        return None
    at = span[1]
    if at <= s or text[at - 1].isspace() or "and" in text[max(0, at - 3) : at + 3]:
        return s
    return at


def _ands(text: str, s: int, e: int, start: int) -> list[tuple[int, int]]:
    """The spans of "and" without a comma (from `start` on) that may join two reports: after a
    lower-case word that may end a clause, a verb of saying among the next few words (no comma
    before it)."""
    out = []
    for m in _bare_ands(text, start, e):
        head = text[m.end() : min(e, m.end() + 60)].split(",", 1)[0].split()[1:CUE_WITHIN]
        if _REPORT_CUES.isdisjoint(head):
            continue  # tested first: few "and"s have a verb of saying after them
        last = text[max(s, m.start() - 30) : m.start()].split()[-1:]
        if last and last[0][:1].islower() and last[0] not in _NO_CLAUSE_END:
            out.append(m.span())
    return out


def _bare_ands(text: str, s: int, e: int) -> Iterator[re.Match[str]]:
    """`_BARE_AND.finditer(text, s, e)`, tried only where "and" occurs (the pattern opens with a
    look-behind: its own search tries every position)."""
    pos = s
    while (i := text.find("and", pos + 1, e)) >= 0:
        m = _BARE_AND.match(text, i - 1, e)
        if m:
            yield m
        pos = m.end() if m else i


def _listed(text: str, s: int, i: int) -> bool:
    """', and' closes a list ("Norway, Chile, and a new Peru"): the item before it is a short
    name after a comma of its own."""
    comma = text.rfind(",", s, i)
    item = text[comma + 1 : i].split()
    return comma >= 0 and len(item) <= 3 and all(w[:1].isupper() for w in item)


def _cue_next(text: str, attr: Attribution) -> bool:
    """The cue follows the speaker, at most two lower-case words (no "and") between them."""
    assert attr.speaker_span is not None and attr.cue is not None
    end = attr.speaker_span[1]
    at = text.find(attr.cue.split()[0], end, end + 40)
    return at >= 0 and bool(_CUE_NEXT.match(text[end:at]))


def _holds(attr: Attribution, a: int, b: int) -> bool:
    span = attr.speaker_span
    return span is not None and a <= span[0] and span[1] <= b


def _heads(text: str, attr: Attribution, a: int) -> bool:
    """The speaker opens its part ("Roe said …", "While Doe said …", "Even so, Roe said …",
    "Six in 10 voters said …") or follows a quote that opens it ('"We will win," Doe said'):
    a clause of its own, not a verb phrase ("…, and told reporters …") whose subject sits in
    the other part."""
    span = attr.speaker_span
    if span is None:
        return False
    if text[a] in _QUOTES:
        return True
    opener = _OPENER.match(text, a)
    head = opener.end() if opener else a
    before = text[head : span[0]]
    words = before.split()
    if not words or before.rstrip().endswith(",") and len(words) <= MAX_ADVERBIAL:
        return True  # nothing before the speaker, or an adverbial phrase set off by a comma
    if (
        len(words) <= 3
        and text[span[0]].isupper()
        and not any(w.lower() in lexicon.EN_CUES or w.lower() in _CLAUSE_HEADS for w in words)
    ):
        return True  # "engineer Rolf Ness said": a descriptor before a name, not a verb
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.strip(".") in _LEADING | _COUNTING for w in words
    )


# the verbs that report what someone says, asks, opposes or expects: a second report needs one
REPORT_LEMMAS: Final = """say tell write report add note announce suggest argue explain acknowledge
declare respond accuse recall criticize agree claim insist reply warn urge predict promise
blame confirm pledge admit contend observe allege deny affirm assert concede comment counter
retort tweet post indicate reveal believe think call describe estimate fear stress
emphasize charge dismiss question praise defend propose complain vow deem maintain condemn
point slam deride ask oppose want hope expect""".split()
_REPORT_CUES: Final = frozenset(f for lemma in REPORT_LEMMAS for f in lexicon.inflect(lemma)) | {
    "according"
}
_ANY_CUE: Final = lexicon.EN_CUES | {"according"}
_WORD: Final = re.compile(r"[a-z][a-z]*")  # `[a-z]+` with a charset start (a faster scan)


def _has_cue(text: str, a: int, b: int, forms: frozenset[str]) -> bool:
    """A word of `forms` in text[a:b]: a cheap test before attributing the part."""
    return not forms.isdisjoint(_WORD.findall(text, a, b))


# a document's findings ("The poll showed that …, and 74 percent said …"): what follows the
# boundary may still be the finding, so such a first report is never split off
_FINDINGS: Final = frozenset(
    f for lemma in ("show", "find", "note", "reveal") for f in lexicon.inflect(lemma)
)


def _reports(attr: Attribution | None, a: int, b: int, text: str) -> bool:
    """A report of its own in part [a, b): a speech cue, a named speaker opening the part."""
    if attr is None or not attr.speaker or not attr.cue or not _holds(attr, a, b):
        return False
    if attr.cue.split()[0].lower() not in _REPORT_CUES or not _heads(text, attr, a):
        return False
    assert attr.speaker_span is not None
    mention = text[attr.speaker_span[0] : attr.speaker_span[1]]
    if mention.split()[0].lower() in lexicon.PRONOUNS or attr.speaker.lower() in lexicon.PRONOUNS:
        return False
    return not _passive(text, attr.speaker_span[1], attr.cue.split()[0], b)


_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:now|also|long|\w+ly)\s+)?$", re.I)


def _passive(text: str, a: int, cue: str, b: int) -> bool:
    """ "Those records are now maintained at …": the cue is a passive participle, no report
    ("Doe is promising …" is one)."""
    if cue.endswith("ing"):
        return False
    m = re.compile(rf"\b{re.escape(cue)}\b").search(text, a, b)
    return bool(m and _BE.search(text, max(a, m.start() - 30), m.start()))


def _kept(attr: Attribution, a: int, b: int, text: str, first: bool) -> bool:
    """The sentence's own report found again in part [a, b): its speaker inside the part, and
    not a closing frame ("…, but Roe objected, the source added."), which may speak for the
    whole sentence, unless it closes the first part ("…, records show, and experts say …")."""
    if not _holds(attr, a, b) or not attr.cue:
        return False
    assert attr.speaker_span is not None
    if first and text[a : attr.speaker_span[0]].rstrip().endswith(","):
        return True

    return _heads(text, attr, a) or len(text[attr.speaker_span[1] : b].split()) > CLOSING_WORDS


def probe_part(
    text: str,
    a: int,
    b: int,
    tracker: Tracker,
    quotes: list[tuple[int, int]],
    genders: dict[str, str],
) -> Attribution | None:
    """A part attributed on a copy of `tracker` (the sentence's attribution is settled): the
    genders it learns go to `genders`, the tracker's only when the split is taken."""
    probe = copy.copy(tracker)
    probe.genders = genders
    return attribute_sentence(text, a, b, probe, quotes)


def mark_quoted(
    text: str, a: int, b: int, attr: Attribution, quotes: list[tuple[int, int]]
) -> None:
    """A part mostly inside one quote is direct speech, the quoted words its content."""
    attr.quote = False
    for qs, qe in quotes:
        if a <= qs and qe <= b and (qe - qs) * 2 >= b - a:
            attr.quote, attr.content_span = True, (qs + 1, qe - 1)


def same_speaker(one: str, other: str) -> bool:
    """Two mentions of one speaker: a shared name word, or the same words ("Six in 10")."""
    return one.lower() == other.lower() or bool(_words(one) & _words(other))


def split_reports(
    text: str,
    s: int,
    e: int,
    attr: Attribution,
    tracker: Tracker,
    quotes: list[tuple[int, int]],
) -> list[Part] | None:
    """The parts of sentence [s, e) when it holds two reports of different speakers, else None.

    Each part is attributed on its own; the sentence's speaker must come back in one part (its
    cue and speaker inside it), the other part must report on its own (`_reports`). The second
    part is attributed first: it alone rejects most candidates (no speaker, or one that does
    not report), and the first part's attribution is then not needed.
    """
    if tracker.lang not in (None, "en") or not attr.speaker or attr.cue in (None, ":"):
        return None
    start = _and_start(text, s, attr.speaker_span)
    for a1, b1, a2, b2, kind in _boundaries(text, s, e, quotes, start):
        no_comma = kind == "and"
        a1, b1 = trim_part(text, a1, b1)
        a2, b2 = trim_part(text, a2, b2)
        if len(text[a1:b1].split()) < MIN_WORDS or len(text[a2:b2].split()) < MIN_WORDS:
            continue
        if text.startswith("According to", a1):
            continue  # "According to X, A …, and B told …": X's report spans the sentence
        if no_comma and not _holds(attr, a1, b1):
            continue  # "… and one in five said …" goes on after the sentence's own report
        if not (_has_cue(text, a1, b1, _ANY_CUE) and _has_cue(text, a2, b2, _ANY_CUE)):
            continue
        if not (_has_cue(text, a1, b1, _REPORT_CUES) or _has_cue(text, a2, b2, _REPORT_CUES)):
            continue  # the new part needs a verb of saying
        genders = dict(tracker.genders)  # the probes' writes, dropped unless the split is taken
        two = probe_part(text, a2, b2, tracker, quotes, genders)
        if not (two and two.speaker and two.cue):
            continue  # the second part alone settles these: the first is not attributed
        second = same_speaker(
            two.speaker, attr.speaker
        )  # the sentence's speaker in the second part
        if no_comma and (second or not _cue_next(text, two)):
            continue  # "… and one in five said …": a new speaker's own report
        if not (_kept(two, a2, b2, text, False) if second else _reports(two, a2, b2, text)):
            continue
        if kind == "opener" and second and not _heads(text, two, a2):
            continue  # 'When Doe said …, he "…," said Roe, …': the closing frame speaks for all
        one = probe_part(text, a1, b1, tracker, quotes, genders)
        if not (one and one.speaker and one.cue) or one.cue.split()[0].lower() in _FINDINGS:
            continue
        if (
            same_speaker(one.speaker, two.speaker)
            or same_speaker(one.speaker, attr.speaker) == second
        ):
            continue  # the same speaker goes on, or the sentence's speaker in neither or both
        if not (_reports(one, a1, b1, text) if second else _kept(one, a1, b1, text, True)):
            continue
        tracker.genders.update(genders)
        mark_quoted(text, a1, b1, one, quotes)
        mark_quoted(text, a2, b2, two, quotes)
        rest = split_reports(text, a2, b2, two, tracker, quotes)
        return [(a1, b1, one)] + (rest or [(a2, b2, two)])
    return None
