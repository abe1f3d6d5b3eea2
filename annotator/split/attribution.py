"""Who says what: direct quotes and indirect speech, with speaker, cue and character spans.

Sentence-level rules fail when the speaker is named after a multi-sentence quote, when the
speaker is "he" or "the expert", and when a quote runs over several paragraphs (SPLITTING.md).
So `attribute_block` first finds quote spans in a block (" ' “ ” ‘ ’ « » » « „ “ ‚ ‘; an opening
quote left unclosed runs to the end of the block, the convention for quotes that go on in the
next paragraph), attributes each from the words right after it (`"…," X said`, `"…" said X`,
`«…», — заявил X`) or right before it (`X said: "`), and only then maps sentences onto quotes: a
sentence mostly inside a quote takes that quote's speaker with `quote=True`. Sentences outside
quotes may carry indirect speech: a cue verb (lexicon: English lemmas inflected, forms in de,
fr, es, ru, ar) with its subject before it ("X said (that)", "X told Y", "X, who …, said") or
after it ("…, said Rep. Jane Doe"), "according to X" in each language, "X zufolge", a
headline "Name: …". Everything else is the outlet's own voice (speaker None).

Speakers: a mention becomes a canonical speaker in `mentions.resolve` (the speaker span keeps
the whole mention). A block that opens with a quote that has no cue
continues the quote speaker of the paragraphs before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from annotator.split import clauses, lexicon
from annotator.split.cues import (
    _ACCORDING,
    _AFTER_CLAUSE,
    _BETWEEN,
    _GERMAN,
    _HEADLINE,
    _HEADLINE_INTRO,
    _INTRO_TAIL,
    _ROLE_APPOSITION,
    _SO,
    _SUBJUNCTIVE,
    _WITH_ING,
    MAX_CUES,
    _content,
    _cue,
    _headline_speaker,
    _is_cue,
    _window_end,
    cue_matches,
    has_according_key,
    infinitive_cue,
    passive_agent,
    search_word,
)
from annotator.split.cues import _VERB as _VERB  # claims reads it here
from annotator.split.embedded import outer_speaker
from annotator.split.frames import _named_after, _new_sentence, closing_frame
from annotator.split.mentions import resolve
from annotator.split.names import NameIndex, build_name_index
from annotator.split.pronouns import _gender, bound_subject
from annotator.split.quotes import _is_direct, quote_spans
from annotator.split.speakers import (
    control_subject,
    is_named,
    is_speaker_phrase,
    main_subject,
    subject_after,
    subject_before,
)
from annotator.split.speakers_de import (
    STRICT_DE,
    colon_intro,
    german_frame,
    german_headline,
    german_subject,
    german_topic,
    info_source,
    reports,
)
from annotator.split.speakers_ml import romance_subject
from annotator.split.stance import stance_frame

__all__ = [
    "Attribution",
    "NameIndex",
    "Tracker",
    "attribute_block",
    "build_name_index",
    "quote_spans",
]


@dataclass
class Attribution:
    speaker: str | None = None
    cue: str | None = None
    quote: bool = False
    speaker_span: tuple[int, int] | None = None  # the speaker's mention, document offsets
    content_span: tuple[int, int] | None = None  # the reported words inside the sentence
    inherited: bool = False  # a quote's speaker carried over from the quote or sentence before


@dataclass
class Tracker:
    """Document-level state carried from block to block."""

    names: dict[str, str] | NameIndex = field(default_factory=dict)  # surname -> fullest name
    last_speaker: str | None = None
    last_named: str | None = None
    last_at: int = 0  # where the last named speaker was mentioned
    reported: Attribution | None = None  # the previous sentence's indirect speech
    genders: dict[str, str] = field(default_factory=dict)  # speaker -> "m"/"f" when known
    open_quote: Attribution | None = None  # speaker of a quote that may go on in the next block
    lang: str | None = None  # the document's language: German rules run on "de" (or unknown)
    framed: Attribution | None = None  # a German cue's subject in a sentence reporting nothing
    topic: tuple[int, int] | None = None  # the last German sentence without a speaker


_SIGNED = re.compile(
    r"[,.]?\s*[―—–]\s*((?:[A-ZА-ЯЁ][\w'’.-]*\s+){0,3}[A-ZА-ЯЁ][\w'’-]*)\s*[.,]?\s*$"
)
_SUBJUNCTIVE_LANGS = (None, "de")
_WITH_SUBJECT = re.compile(r"\bwith\s+(?=(?:[^\s,;:]+\s+){1,6}$)")
_DE_INTRO = re.compile(r"[^.!?„“\"»«]{0,100}:\s*")
_AUX = frozenset("a ont avait a-t-il a-t-elle ha han había".split())


def _found(
    text: str, span: tuple[int, int], cue: str, tracker: Tracker, quote: bool = False
) -> Attribution | None:
    if not is_speaker_phrase(text[span[0] : span[1]]):
        return None
    speaker = resolve(text[span[0] : span[1]], tracker, text, span[0])
    if not speaker:
        return None
    if speaker == tracker.last_named or is_named(text[span[0] : span[1]]):
        tracker.last_at = span[1]
    if speaker not in tracker.genders:
        g = _gender(speaker, text[span[0] : span[1]])
        if g:
            tracker.genders[speaker] = g
    return Attribution(speaker, cue, quote, span)


def attribute_quote(
    text: str, qs: int, qe: int, bstart: int, bend: int, tracker: Tracker
) -> Attribution | None:
    """Speaker and cue of the quote text[qs:qe] from the words right after or before it."""
    hi = min(bend, qe + 200)
    wend = _window_end(text, qe, hi)
    for m in cue_matches(text, qe, min(wend, qe + 120)):
        if not _is_cue(text, m, qe):
            continue
        if tracker.lang in (None, "en") and _new_sentence(text, qs, qe, m.end(), wend):
            break  # '… “arbitrary.” Doe warned that …': the next sentence's own cue
        gap = text[qe : m.start()].strip(" ,—–-")
        gap = "" if gap in _AUX else gap  # "« … », a déclaré X"
        span = clauses.subject_before_cue(text, qe, m.start()) if gap else None
        if span is None and not gap:
            span = clauses.inverted_subject(text, m.end(), wend)
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
            attr = _found(text, span, _cue(text, m, wend), tracker, True)
            if attr:
                return attr
        break
    sig = _SIGNED.match(text, qe, wend) if qe < wend else None
    if sig and is_named(sig.group(1)):  # '"…" ― Jane Doe.' (a signed quotation)
        attr = _found(text, (sig.start(1), sig.end(1)), "―", tracker, True)
        if attr:
            return attr
    so = _SO.match(text, qe, wend) if qe < wend else None
    if so:
        span = subject_after(text, so.end(), wend, lenient=True)
        if span:
            attr = _found(text, span, "so", tracker, True)
            if attr:
                return attr
    lo = clauses.intro_start(text, bstart, qs, max(bstart, qs - 200))  # 'X says:\n\n“…”'
    before = text[lo:qs]
    sent = max(before.rfind(". "), before.rfind("” "), before.rfind('" '), before.rfind("« ")) + 1
    lo += sent
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
            elif m.group(1).endswith("ing") and gap.endswith(","):
                # "X endorsed Clinton, saying: “…”": the main clause's subject, not its object
                span = main_subject(text, lo, lo + len(gap) - 1)
            else:  # 'Trump said he wants "…"': the named subject of the cue before "he"
                span = subject_before(text, lo, m.start())
                span, m = outer_speaker(text, lo, cues[:-1], span) or (span, m)
            if span is None and not gap:
                span = subject_after(text, m.end(), qs)
            if span:
                return _found(text, span, m.group(1), tracker, True)
    h = _HEADLINE_INTRO.fullmatch(text, lo, qs) if lo < qs else None
    if h and _headline_speaker(text, h.group(1), qs, qe) and _named_de(tracker, h.group(1)):
        return _found(text, (h.start(1), h.end(1)), ":", tracker, True)
    span = colon_intro(text, lo, qs)  # 'BKA-Präsident Ziercke: „…“'
    if span:
        return _found(text, span, ":", tracker, True)
    return None


def attribute_sentence(
    text: str, s: int, e: int, tracker: Tracker, quotes: list[tuple[int, int]] | None = None
) -> Attribution | None:
    """Indirect speech in one sentence outside quotes: "X said that …", "according to X"."""
    masked = [(max(qs, s), min(qe, e)) for qs, qe in quotes or [] if max(qs, s) < min(qe, e)]

    def inside(i: int) -> bool:
        return bool(masked) and any(a <= i < b for a, b in masked)

    acc = search_word(_ACCORDING, text, s, e) if has_according_key(text, s, e) else None
    if acc and (
        inside(acc.start())
        or any(
            m.group(1) in _GERMAN and _is_cue(text, m, s) for m in cue_matches(text, s, acc.start())
        )
    ):
        acc = None  # "X sagte, nach neuen Erkenntnissen sei …": the speaker is X
    if acc:
        span = info_source(text, acc, e) or clauses.source_after(text, acc.end(), e)
        if span:
            attr = _found(text, span, acc.group(1).lower(), tracker)
            if attr:
                attr.content_span = _content(s, e, acc.start(), span[1], text)
                return attr
    frame = german_frame(text, s, e)  # "heißt es", "X zufolge"
    if frame:
        span, cue, fa, fb = frame
        attr = _found(text, span, cue, tracker)
        if attr:
            attr.content_span = _content(s, e, fa, fb, text)
            return attr
    main: Attribution | None = None
    found: list[tuple[tuple[int, int], re.Match[str]]] = []
    matches = cue_matches(text, s, e)
    closing = closing_frame(text, s, e, inside, matches) if tracker.lang in (None, "en") else None
    infinitive: list[tuple[tuple[int, int], re.Match[str]]] = []
    for m in clauses.main_first(text, s, matches):
        if inside(m.start()):
            continue
        if not _is_cue(text, m, s):
            if not infinitive and not found and infinitive_cue(text, m, s):
                span = control_subject(text, s, m.start() - 3)
                if span and is_speaker_phrase(text[span[0] : span[1]]):
                    infinitive.append((span, m))
            by = passive_agent(text, m, e) if not infinitive and not found else None
            if by:  # "Trump has been rebuked by opponents for …"
                span = subject_after(text, by, e)
                if span and is_speaker_phrase(text[span[0] : span[1]]):
                    infinitive.append((span, m))
            continue
        gap = text[s : m.start()].rstrip()
        ing = m.group(1).endswith("ing")
        if m.group(1) in _GERMAN:
            span = german_subject(text, s, m.start(), m.end(), e)
            if span is None:
                continue
            if not reports(text, s, e, m):  # "X bedauerte die Entscheidung." frames what follows
                who = resolve(text[span[0] : span[1]], tracker, text, span[0])
                tracker.framed = tracker.framed or Attribution(who, m.group(1), False, span)
                continue
        elif ing and _AFTER_CLAUSE.search(gap):
            # "X defended the plan, saying …", "X issued a statement saying …": the main clause
            span = main.speaker_span if main is not None else main_subject(text, s, m.start())
        else:
            told = m.group(1).lower() in lexicon.TOLD  # "…, told Fox News.": the addressee
            span = _named_after(text, m.end(), e) if gap.endswith(",") and not told else None
            span = span or romance_subject(text, s, m.start(), m.end(), e)
        if span is None and _WITH_ING.search(text, max(s, m.start() - 80), m.start()):
            if re.search(r"\b(?:by|while|after|before|when)\s+(?:\w+\s+)?$", gap + " "):
                span = main_subject(text, s, m.start())  # "X distanced himself by saying …"
            w = _WITH_SUBJECT.search(text, max(s, m.start() - 80), m.start())
            if span is None and w and ing and m.group(1) != "reporting":  # "with 30% saying"
                span = subject_before(text, w.end(), m.start())
        if span is None and (not gap or gap[-1] in ",—–-:\"”»“'’"):
            if m.group(1).endswith("ing") and main is not None:
                span = main.speaker_span  # ", saying …": the main clause's speaker
            elif m.group(1).endswith("ing") and gap:
                span = main_subject(text, s, len(gap) + s - 1)
            elif m.group(1).lower() not in lexicon.TOLD:
                span = clauses.inverted_subject(text, m.end(), e)  # "…, said Rep. Jane Doe"
        if not ing and tracker.lang != "de" and (span is None or text[span[0]].islower()):
            # "Captains who have sailed the channel say": not "sailed the channel"
            span = clauses.behind_subject(text, s, m.start()) or span
        if span is None or not is_speaker_phrase(text[span[0] : span[1]]):
            continue  # "the rounds on the morning shows, Doe said": the next cue may name one
        found.append((span, m))
        if len(found) >= MAX_CUES or text[span[0] : span[1]].lower() not in lexicon.PRONOUNS:
            break  # a named subject wins over pronouns ("he worries …, records show")
    found = found or infinitive
    named = [f for f in found if text[f[0][0] : f[0][1]].lower() not in lexicon.PRONOUNS]
    for span, m in ([closing] if closing else []) + named + [f for f in found if f not in named]:
        if tracker.lang in (None, "en"):
            span = bound_subject(text, s, span, tracker) or span  # "X … because he worries …": X
        attr = _found(text, span, _cue(text, m, e), tracker)
        if attr:
            attr.content_span = _content(s, e, min(span[0], m.start()), max(span[1], m.end()), text)
            return attr
    stance = stance_frame(text, s, e, inside) if tracker.lang in (None, "en") else None
    if stance:
        attr = _found(text, stance[0], stance[1], tracker)
        if attr:
            attr.content_span = _content(s, e, stance[0][0], stance[2], text)
            return attr
    so = _SO.search(text, s, e)
    if so:
        span = subject_after(text, so.end(), e)
        attr = _found(text, span, "so", tracker) if span else None
        if attr:
            attr.content_span = _content(s, e, so.start(), span[1] if span else e, text)
            return attr
    h = _HEADLINE.match(text, s, e)
    if h and _headline_speaker(text, h.group(1), h.end(), e) and _named_de(tracker, h.group(1)):
        attr = _found(text, (h.start(1), h.end(1)), ":", tracker)
        if attr:
            attr.content_span = _content(s, e, h.start(1), h.end(1) + 1, text)
            return attr
    return main


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
    last_ind: list[Any] = [None, bstart]  # the last indirect attribution of the block, its end

    def attr_of(i: int) -> Attribution | None:
        if i in quote_attr:
            return quote_attr[i]
        qs, qe = quotes[i]
        attr = attribute_quote(text, qs, qe, bstart, bend, tracker)
        if attr is None and i == 0 and not text[bstart:qs].strip() and tracker.open_quote:
            prev = tracker.open_quote
            attr = Attribution(prev.speaker, prev.cue, True, prev.speaker_span, inherited=True)
        if attr is None and last_ind[0] is not None and not text[last_ind[1] : qs].strip():
            p = last_ind[0]  # 'X said the engines were old. "We asked …': X goes on
            attr = Attribution(p.speaker, p.cue, True, p.speaker_span, inherited=True)
        if attr is None and i > 0:
            before = attr_of(i - 1)
            gap = text[quotes[i - 1][1] : qs]
            framed_by = before is not None and _SO.match(gap)  # "„…“, so X. „…“"
            if before is not None and (
                cue_matches(gap, 0, len(gap)) or not gap.strip() or framed_by
            ):
                attr = Attribution(before.speaker, before.cue, True, before.speaker_span)
                attr.inherited = True  # "…" he said. "…"  -- the same speaker goes on
        if attr is not None and attr.speaker:
            _remember(tracker, attr.speaker)
        quote_attr[i] = attr
        return attr

    def frames_quote(attr: Attribution, s: int, e: int, lo: int, hi: int) -> None:
        """'X told Y that “A. B.”': a quote opened in X's sentence and going on after it is
        X's (unless it names a speaker of its own)."""
        for i in range(lo, hi):
            known = quote_attr.get(i)
            if s < quotes[i][0] and quotes[i][1] > e and (known is None or known.inherited):
                quote_attr[i] = Attribution(attr.speaker, attr.cue, True, attr.speaker_span)

    out: list[Attribution] = []
    # quotes come in order (each ends before the next starts), sentences too: a sentence looks
    # only at quotes[first:last], the ones that can overlap it (linear, not sentences x quotes)
    ordered = all(quotes[i][1] <= quotes[i + 1][0] for i in range(len(quotes) - 1)) and all(
        sentences[i][0] <= sentences[i + 1][0] for i in range(len(sentences) - 1)
    )
    first, last = 0, len(quotes)
    for s, e in sentences:
        best: Attribution | None = None
        best_q: tuple[int, int] | None = None
        best_i = 0
        inside = 0
        if ordered:
            while first < len(quotes) and quotes[first][1] <= s:
                first += 1
            last = first
            while last < len(quotes) and quotes[last][0] < e:
                last += 1
        near = quotes[first:last]
        for i in range(first, last):
            qs, qe = quotes[i]
            overlap = min(e, qe) - max(s, qs)
            if overlap > 0:
                attr = attr_of(i)
                if overlap > inside and (attr is not None or overlap * 2 >= e - s):
                    inside, best, best_q, best_i = overlap, attr, (qs, qe), i
        if (best is None or best.inherited) and best_q and (best_q[0] > s or best_q[1] < e - 1):
            # 'X said the plan would "fail within a year."': a partial quote, indirect frame;
            # its own speaker wins over one carried over ('Doe called it “arbitrary.”')
            attr = attribute_sentence(text, s, e, tracker, near)
            if attr is not None and attr.speaker:
                _remember(tracker, attr.speaker)
                out.append(attr)
                last_ind[0], last_ind[1] = attr, e
                tracker.reported = attr
                frames_quote(attr, s, e, best_i, best_i + 1)
                continue
        if best is not None and best_q is not None:
            a, b = max(s, best_q[0] + 1), min(e, best_q[1] - 1)
            content = _content(a, b, a, a, text) if b > a else None
            out.append(Attribution(best.speaker, best.cue, True, best.speaker_span, content))
            if best.speaker:
                tracker.reported = best  # the speaker goes on in the subjunctive
            continue
        if inside * 2 >= (e - s):
            p = tracker.reported  # 'Es drohe „eine dramatische Erwärmung“.': X goes on
            if p and best_q and best_q[0] > s and _subjunctive(tracker, text, s, best_q[0]):
                out.append(Attribution(p.speaker, p.cue, False, p.speaker_span))
                continue
            out.append(Attribution(None, None, True))
            continue
        tracker.framed = None
        attr = attribute_sentence(text, s, e, tracker, near)
        if attr is None and tracker.reported and _subjunctive(tracker, text, s, e):
            p = tracker.reported  # German reported speech goes on in the subjunctive
            attr = Attribution(p.speaker, p.cue, False, p.speaker_span, _content(s, e, s, s, text))
        elif attr is None and tracker.topic and STRICT_DE.search(text, s, e):
            attr = _topic(text, s, e, tracker)  # "Der Minister X reiste ab. Er sei …"
        words = text[s : s + 40].split()[:2]
        if (
            attr
            and attr.cue
            and out
            and out[-1].speaker is None
            and words[:1] in (["Dies"], ["Das"])
        ):
            if attr.cue.startswith(words[-1].lower()):  # "Dies berichtete X.": the sentence before
                out[-1] = Attribution(attr.speaker, attr.cue, False, attr.speaker_span)
                attr = None
        if attr is not None and attr.speaker:
            _remember(tracker, attr.speaker)
            out.append(attr)
            last_ind[0], last_ind[1] = attr, e
            tracker.reported = attr
            frames_quote(attr, s, e, first, last)
        else:
            out.append(Attribution())
            framed = tracker.framed
            tracker.reported = framed if framed is not None and framed.speaker else None
            tracker.topic = (s, e) if tracker.lang == "de" else None
    for i in range(len(quotes)):
        attr_of(i)
    # does a quote run on into the next paragraph?
    last_attr = next((quote_attr[i] for i in reversed(range(len(quotes))) if quote_attr[i]), None)
    if quotes and last_attr is not None:
        tracker.open_quote = last_attr
    elif _is_prose(text, sentences) or clauses.intro_for_next(text, bend, out):
        tracker.open_quote = clauses.intro_for_next(text, bend, out)  # 'X says:' + next block
    return out


def _topic(text: str, s: int, e: int, tracker: Tracker) -> Attribution | None:
    """The person, role or body opening the sentence before, for a Konjunktiv I sentence."""
    a, b = tracker.topic or (s, s)
    span = german_topic(text, a, b)
    who = resolve(text[span[0] : span[1]], tracker, text, span[0]) if span else None
    return Attribution(who, None, False, span, _content(s, e, s, s, text)) if who else None


def _named_de(tracker: Tracker, name: str) -> bool:
    """ "Die Folge: …", "Zum Vergleich: …" name nobody in German (nouns are capitalised)."""
    return tracker.lang != "de" or german_headline(name)


def _subjunctive(tracker: Tracker, text: str, s: int, e: int) -> bool:
    """German reported speech goes on: a Konjunktiv form in text[s:e] of a German document."""
    return tracker.lang in _SUBJUNCTIVE_LANGS and bool(_SUBJUNCTIVE.search(text, s, e))


def _remember(tracker: Tracker, speaker: str) -> None:
    tracker.last_speaker = speaker
    if speaker.lower() not in lexicon.PRONOUNS and all(w[:1].isupper() for w in speaker.split()):
        tracker.last_named = speaker


def _is_prose(text: str, sentences: list[tuple[int, int]]) -> bool:
    """A block of the outlet's own prose ends a multi-paragraph quote; a caption or link does not."""
    return any(text[e - 1] == "." and len(text[s:e].split()) >= 6 for s, e in sentences)
