"""The speaker of a direct quote, from the words right after it (`"…," X said`, `"…" said X`,
`«…», — заявил X`, `"…" ― Jane Doe.`) or right before it (`X said: "`, `X: „…“`)."""

from __future__ import annotations

import re
from typing import Final

from annotator.split import clauses, lexicon
from annotator.split.cues import (
    _AFTER_CLAUSE,
    _BETWEEN,
    _GERMAN,
    _SO,
    _cue,
    _is_cue,
    cue_matches,
)
from annotator.split.embedded import outer_speaker
from annotator.split.frames import _new_sentence, closing_mark, dash_source
from annotator.split.headline_speakers import HEADLINE_INTRO, headline_speaker
from annotator.split.quote_verbs import verb_after, verb_before
from annotator.split.reported_spans import _INTRO_TAIL, _ROLE_APPOSITION, _window_end
from annotator.split.sources_de import colon_intro
from annotator.split.speakers import is_named, main_subject, subject_after, subject_before
from annotator.split.speakers_de import german_subject
from annotator.split.speakers_ml import inverted_pronoun
from annotator.split.subject_spans_de import after_span, so_subject
from annotator.split.tracker import Attribution, Tracker, attribution_of, named_de

_SIGNED: Final = re.compile(
    r"[,.]?\s*[―—–]\s*((?:[A-ZА-ЯЁ][\w'’.-]*\s+){0,3}[A-ZА-ЯЁ][\w'’-]*)\s*[.,]?\s*$"
)
_DE_INTRO: Final = re.compile(r"[^.!?„“\"»«]{0,100}:\s*")
_AUX: Final = frozenset("a ont avait a-t-il a-t-elle ha han había".split())


_ACCORDING_AFTER: Final = re.compile(r"[^.!?;:“”\"]{0,60}?,\s*according to\s+")


def _reported_by(text: str, end: int, wend: int, tracker: Tracker) -> Attribution | None:
    """'"…," X said, according to the Post.': the source that reports X's words speaks."""
    acc = _ACCORDING_AFTER.match(text, end, wend)
    span = clauses.source_after(text, acc.end(), wend) if acc else None
    return attribution_of(text, span, "according to", tracker, True) if span else None


_INITIAL_OR_TITLE: Final = re.compile(r"(?:\b[A-Z]|\b[A-Za-z]+)$")


def _last_full_stop(before: str) -> int:
    """Where the last ". " of `before` that ends a sentence stands (-1 if none): not the period
    of a title or an initial ("… under Mr. Lund, had said, “…”", "Michael P. McDonald said:")."""
    at = before.rfind(". ")
    while at > 0:
        word = _INITIAL_OR_TITLE.search(before, (at - 6 if at - 6 > 0 else 0), at)
        if not word or len(word.group()) > 1 and word.group().lower() not in lexicon.TITLES:
            return at
        at = before.rfind(". ", 0, at)
    return at


_BACK_REF: Final = frozenset("das dies so".split())


def _german_new_sentence(text: str, qs: int, qe: int, m: re.Match[str], wend: int) -> bool:
    """A German quote that ends its sentence („….“, „…?“, „…!“: a frame after it takes a comma),
    then a sentence of its own with a subject before its cue ("Anna Berg kritisierte: „…“",
    "Das Amt verurteilte den Anschlag."): the cue is not the quote's (but "„….“ Das sagte X."
    points back at it)."""
    if text[(qe - 3 if qe - 3 > qs else qs) : qe].rstrip("\"”’'»«“")[-1:] not in (".", "?", "!"):
        return False
    gap = text[qe : m.start()].split()
    back = len(gap) == 1 and gap[0].lower() in _BACK_REF  # "„….“ Dies sagte X."
    return bool(gap) and gap[0][:1].isupper() and not back


_SENTENCE_END: Final = re.compile(r"[.!?][\"”’'»)]*\s+")


def _framed_before(text: str, qs: int, qe: int, m: re.Match[str], bstart: int) -> bool:
    """'Doe called it “a disgrace.” Roe said …': a quote that ends its sentence, framed by a
    cue of its own sentence before it, is not the speech of the next sentence's subject."""
    gap = text[qe : m.start()].strip()
    if closing_mark(text, qs, qe) not in (".", "?", "!") or not gap[:1].isupper():
        return False
    lo = qs - 300 if qs - 300 > bstart else bstart
    ends = list(_SENTENCE_END.finditer(text, lo, qs))
    lo = ends[-1].end() if ends else lo
    return any(_is_cue(text, c, lo) for c in cue_matches(text, lo, qs))


def _aside(
    text: str, lo: int, cues: list[re.Match[str]]
) -> tuple[tuple[int, int], re.Match[str]] | None:
    """'They will meet next week, Doe said, adding, “…”': the subject and cue of the cue that
    ", adding" follows (the last of `cues`), not the sentence's subject."""
    if len(cues) < 2 or text[cues[-2].end() : cues[-1].start()].strip() != ",":
        return None
    span = subject_before(text, lo, cues[-2].start())
    if span is None or not text[lo : span[0]].rstrip().endswith(","):
        return None
    return span, cues[-2]


_GOES_ON: Final = re.compile(r"\s+[a-z][^.!?;:“”\"„«»]*,\s*")


def _goes_on(text: str, qs: int, qe: int, m: re.Match[str]) -> bool:
    """'"… no choice" but to sell, says Jane Doe': the quote closes inside its sentence (no
    mark before its closing quote) and the sentence goes on in lower case to a comma before
    an inverted cue."""
    return closing_mark(text, qs, qe).isalnum() and bool(_GOES_ON.fullmatch(text, qe, m.start()))


def attribute_quote(
    text: str, qs: int, qe: int, bstart: int, bend: int, tracker: Tracker
) -> Attribution | None:
    """Speaker and cue of the quote text[qs:qe] from the words right after or before it."""
    hi = qe + 200 if qe + 200 < bend else bend  # comparisons, not min(): run for every quote
    wend = _window_end(text, qe, hi)
    for m in cue_matches(text, qe, wend if wend < qe + 120 else qe + 120):
        if not _is_cue(text, m, qe):
            continue
        if tracker.lang in (None, "en") and (
            _new_sentence(text, qs, qe, m, wend) or _framed_before(text, qs, qe, m, bstart)
        ):
            break  # '… “arbitrary.” Doe warned that …': the next sentence's own cue
        if tracker.lang == "de" and _german_new_sentence(text, qs, qe, m, wend):
            break  # '„… leiden.“ Anna Berg kritisierte: „…“': the next sentence's own quote
        gap = text[qe : m.start()].strip(" ,—–-")
        inverted = inverted_pronoun(text, m, gap)  # "« … », affirme-t-il", "a-t-elle dit"
        if inverted:
            attr = attribution_of(text, inverted, _cue(text, m, wend), tracker, True)
            if attr:
                return attr
        gap = "" if gap in _AUX else gap  # "« … », a déclaré X"
        if gap and tracker.lang in (None, "en") and _goes_on(text, qs, qe, m):
            gap = ""  # '"… no choice" but to sell, says X': the words between go on the quote
        span = clauses.subject_before_cue(text, qe, m.start()) if gap else None
        if span is None and not gap:
            span = clauses.inverted_subject(text, m.end(), wend)
            if span is None and tracker.lang == "de" and "„" in text[m.end() : wend]:
                span = after_span(text, m.end(), wend)  # "„…“, schrieb „Die Woche“"
        if (
            span
            and span[0] >= qe
            and (
                span[0] > m.start()
                or not text[qe : span[0]].strip(_BETWEEN)
                or _ROLE_APPOSITION.fullmatch(text, qe, span[0])
            )
        ):
            # only punctuation between the quote and its speaker: '"…," X said', '"…" said X'
            attr = _reported_by(text, span[1] if span[1] > m.end() else m.end(), wend, tracker)
            attr = attr or attribution_of(text, span, _cue(text, m, wend), tracker, True)
            if attr:
                return attr
        break
    sig = _SIGNED.match(text, qe, wend) if qe < wend else None
    if sig and is_named(sig.group(1)):  # '"…" ― Jane Doe.' (a signed quotation)
        attr = attribution_of(text, (sig.start(1), sig.end(1)), "―", tracker, True)
        if attr:
            return attr
    so = _SO.match(text, qe, wend) if qe < wend else None
    if so:
        span = so_subject(text, so.end(), wend, lenient=True)
        if span:
            attr = attribution_of(text, span, "so", tracker, True)
            if attr:
                return attr
    verb = verb_after(text, qs, qe, wend)  # '"…," Doe fumed.': a verb outside the lexicon
    if verb and (attr := attribution_of(text, verb[0], verb[1], tracker, True)):
        return attr
    floor = qs - 200 if qs - 200 > bstart else bstart
    lo = clauses.intro_start(text, bstart, qs, floor)  # 'X says:\n\n“…”'
    before = text[lo:qs]
    sent = _last_full_stop(before)
    for mark in ("” ", '" ', "« ", "“ "):  # comparisons, not max() over a generator: every quote
        at = before.rfind(mark)
        sent = at if at > sent else sent
    lo += sent + 1
    dash = dash_source(text, lo, qs + 1) if tracker.lang in (None, "en") else None
    if dash:  # "Pollsters agree - Jane Doe: “…”": the name before the colon, not the cue's subject
        return attribution_of(text, dash, ":", tracker, True)
    cues = [m for m in cue_matches(text, lo, qs) if _is_cue(text, m, lo)]
    if cues:
        m = cues[-1]
        german = m.group(1) in _GERMAN  # "X begründete den Schritt mit den Worten: „…“"
        if (
            _INTRO_TAIL.fullmatch(text, m.end(), qs)
            or german
            and _DE_INTRO.fullmatch(text, m.end(), qs)
        ):
            gap = text[lo : m.start()].rstrip()
            if german:  # "Dazu sagte X: „…“"
                span = german_subject(text, lo, m.start(), m.end(), qs)
            elif m.group(1).endswith("ing") and _AFTER_CLAUSE.search(gap[-36:]):
                # "X endorsed Clinton, saying: “…”", "X issued a statement Tuesday saying: “…”":
                # the main clause's subject, not its object; "…, Doe said, adding: “…”": the
                # subject of the cue right before
                aside = _aside(text, lo, cues)
                comma = lo + len(gap.rstrip(","))
                span = clauses.subordinate_subject(text, lo, comma) if gap.endswith(",") else None
                span, m = aside or (span or main_subject(text, lo, comma), m)
            else:  # 'Trump said he wants "…"': the named subject of the cue before "he"
                span = subject_before(text, lo, m.start())
                span, m = outer_speaker(text, lo, cues[:-1], span) or (span, m)
            if span is None and not gap:
                span = subject_after(text, m.end(), qs)
            if span:
                return attribution_of(text, span, m.group(1), tracker, True)
    verb = None if cues else verb_before(text, lo, qs, qe)  # 'Doe gloated: "…"'
    if verb and (attr := attribution_of(text, verb[0], verb[1], tracker, True)):
        return attr
    h = HEADLINE_INTRO.fullmatch(text, lo, qs) if lo < qs else None
    if h and headline_speaker(text, h.group(1), qs, qe) and named_de(tracker, h.group(1)):
        return attribution_of(text, (h.start(1), h.end(1)), ":", tracker, True)
    span = colon_intro(text, lo, qs)  # 'BKA-Präsident Ziercke: „…“'
    if span:
        return attribution_of(text, span, ":", tracker, True)
    # the English rule below reads an intro ending in a colon: none before the quote, no rule
    colon = tracker.lang in (None, "en") and text.find(":", lo, qs) >= 0
    # 'X has proof:\n\n“…?” a reporter asks': the intro of the block before yields to a cue
    framed = colon and (  # read only by the English rule below
        _cue_in_sentence(text, lo, qs) or lo < bstart and bool(cue_matches(text, qe, wend))
    )
    span = _colon_subject(text, lo, qs) if colon and not framed else None
    return attribution_of(text, span, ":", tracker, True) if span else None


# 'More from the report: “', 'From Doe's post: “', 'Here's Doe in June 1992: “', 'From Doe writing
# at the Courier: “'
_FROM_INTRO: Final = re.compile(
    r"\s*(?:.*\s[-–—]\s*)?(?:(?:More\s+)?[Ff]rom|Here[’']s|Here\s+is)\s+([^:“”\"]{2,80}?)"
    r"(?:\s+(?:writing|speaking|reporting))?(?:\s+(?:in|on|at|for)\s+[^:“”\"]{1,30})?:\s*"
)
_TURN_LABEL: Final = re.compile(r"\s*[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+)*\s*:")
_LEAD_WORDS: Final = re.compile(r"\s*(?:(?:and|but|then|so|yet)\s+)+")
_CLAUSE_INTRO: Final = re.compile(r"[^:“”\"«»„]{3,200}?:\s*")
# a clause part with no subject of its own: a verb or a manner ("leaned in and boomed", "with a
# smile"), not an absolute clause ("with Trump yelling")
_PREDICATE_PART: Final = re.compile(r"\s*(?:with\s+(?:a|an)\s+\w+\s*$|[a-z]+(?:ed|s)\b)")


# a sentence end, not a title's period ("Mr. Doe"); the mark first (a fast scan for it), then
# the word before it
_SENTENCE_START: Final = re.compile(
    r"[.!?](?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bMrs.)(?<!\b[A-Z].)[\"”’']?\s+"
)


def _cue_in_sentence(text: str, lo: int, qs: int) -> bool:
    """A cue anywhere in the sentence before the quote ("Mr. Roe said Mr. Doe was …: “…”")."""
    a = qs - 300 if qs - 300 > 0 else 0
    ends = list(_SENTENCE_START.finditer(text, a, lo))
    a = ends[-1].end() if ends else a
    return any(_is_cue(text, m, a) for m in cue_matches(text, a, qs))


def _colon_subject(text: str, lo: int, qs: int) -> tuple[int, int] | None:
    """'From the report: “…”', 'Here's Doe in 1992: “…”', 'Doe ended her speech by quoting
    Seneca: “…”': the source after "from"/"here's", else the subject of the clause before the
    colon (a name or a noun phrase, as `main_subject` finds it)."""
    if _TURN_LABEL.match(text, qs + 1):
        return None  # 'Partial transcript as follows: "HOST: …': the turn labels speak
    m = _FROM_INTRO.fullmatch(text, lo, qs)
    if m:
        return m.span(1)
    if not _CLAUSE_INTRO.fullmatch(text, lo, qs):
        return None
    colon = text.rindex(":", lo, qs)
    # "The crowd cheers, and then Doe goes on:", "POLLS WERE RIGHT - Jane Doe:"
    part = max(lo, *(text.rfind(c, lo, colon) + 1 for c in (",", " - ", "—", "–")))
    lead = _LEAD_WORDS.match(text, part, colon)  # "and then Doe goes on": Doe
    start = lead.end() if lead else part
    span = main_subject(text, start, colon)
    if span is None and part > lo and _PREDICATE_PART.match(text, start, colon):
        span = main_subject(text, lo, colon)  # "Doe responded, with a smile:", "…, then boomed:"
    if span is None:
        return None
    phrase = text[span[0] : span[1]]
    head = phrase.split()[-1].lower().strip(".,")
    return span if is_named(phrase) or head in lexicon.SPEAKER_NOUNS else None
