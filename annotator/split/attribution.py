"""Who says what: direct quotes and indirect speech, with speaker, cue and character spans.

Sentence-level rules fail when the speaker is named after a multi-sentence quote, when the
speaker is "he" or "the expert", and when a quote runs over several paragraphs (SPLITTING.md).
So `attribute_block` first finds quote spans in a block (" ' “ ” ‘ ’ « » » « „ “ ‚ ‘; an opening
quote left unclosed runs to the end of the block, the convention for quotes that go on in the
next paragraph), attributes each from the words right after it (`"…," X said`, `"…" said X`,
`«…», — заявил X`) or right before it (`X said: "`) in `quote_speakers`, and only then maps
sentences onto quotes: a sentence mostly inside a quote takes that quote's speaker with
`quote=True`. Sentences outside quotes may carry indirect speech (`indirect`): a cue verb
(lexicon: English lemmas inflected, forms in de, fr, es, ru, ar) with its subject before it
("X said (that)", "X told Y", "X, who …, said") or after it ("…, said Rep. Jane Doe"),
"according to X" in each language, "X zufolge", a headline "Name: …". Everything else is the
outlet's own voice (speaker None).

Speakers: a mention becomes a canonical speaker in `mentions.resolve` (the speaker span keeps
the whole mention); `tracker` holds the state carried from block to block. A block that opens
with a quote that has no cue continues the quote speaker of the paragraphs before it.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any

from annotator.split import clauses
from annotator.split.asides_de import passive_aside
from annotator.split.cues import _SO, cue_matches
from annotator.split.cues import _VERB as _VERB  # claims reads it here
from annotator.split.demands_de import DEMAND_NOUNS
from annotator.split.governed_de import governed
from annotator.split.hearsay_de import carries_no_report, goes_on
from annotator.split.indirect import attribute_sentence
from annotator.split.lexicon import ROLE_WORDS
from annotator.split.mentions import resolve
from annotator.split.names import NameIndex, build_name_index
from annotator.split.narration import bare_frame
from annotator.split.noun_phrases_de import role_description
from annotator.split.own_sources_de import own_source
from annotator.split.passive_agents_de import points_back
from annotator.split.questions_de import asked
from annotator.split.quote_runs import (
    _heading,
    _is_prose,
    _own_verb,
    _own_words,
    _reports_another,
    _unnamed_frame,
)
from annotator.split.quote_speakers import attribute_quote
from annotator.split.quotes import direct_quotes, quote_spans
from annotator.split.rejected_de import rejected_source
from annotator.split.reported_spans import _content
from annotator.split.rumours_de import rumour
from annotator.split.sources_de import STRICT_DE, new_actor
from annotator.split.tracker import Attribution, Tracker, attribution_of, remember
from annotator.split.transcripts import promotion, turn_labels, turn_speaker
from annotator.split.uncued_sources_de import (
    VOICED_CUE,
    coming_from,
    confident,
    demand,
    framed_by_subject,
    hearsay,
    pointing_back,
    subjunctive,
    topic,
    wonach,
)
from annotator.split.unnamed_reports_de import unnamed_report
from annotator.split.wonach_de import object_source

__all__ = [
    "Attribution",
    "NameIndex",
    "Tracker",
    "attribute_block",
    "attribute_quote",
    "attribute_sentence",
    "build_name_index",
    "quote_spans",
    "resolve",
]

_FIRST = itemgetter(0)


def attribute_block(
    text: str,
    bstart: int,
    bend: int,
    sentences: list[tuple[int, int]],
    tracker: Tracker,
    quotes: list[tuple[int, int]] | None = None,
) -> list[Attribution]:
    """One Attribution per sentence of the block text[bstart:bend], in reading order;
    `quotes`: the block's `direct_quotes` when the caller has them already."""
    if quotes is None:
        quotes = direct_quotes(text, bstart, bend)
    quote_attr: dict[int, Attribution | None] = {}
    last_ind: list[Any] = [None, bstart]  # the last indirect attribution of the block, its end

    def attr_of(i: int) -> Attribution | None:
        if i in quote_attr:
            return quote_attr[i]
        qs, qe = quotes[i]
        attr = attribute_quote(text, qs, qe, bstart, bend, tracker)
        framed = attr is None and _unnamed_frame(text, qs, qe, bend)
        if (
            attr is None
            and not framed
            and i == 0
            and not text[bstart:qs].strip()
            and tracker.open_quote
            and not _heading(text, bstart, bend, qs, qe)
        ):
            prev = tracker.open_quote
            attr = Attribution(prev.speaker, prev.cue, True, prev.speaker_span, inherited=True)
        if (
            attr is None
            and not framed
            and last_ind[0] is not None
            and not text[last_ind[1] : qs].strip()
        ):
            p = last_ind[0]  # 'X said the engines were old. "We asked …': X goes on
            attr = Attribution(p.speaker, p.cue, True, p.speaker_span, inherited=True)
        if attr is None and i > 0 and not framed:
            before = attr_of(i - 1)  # noqa: F821 - bound till the block returns (del below)
            gap = text[quotes[i - 1][1] : qs]
            framed_by = before is not None and _SO.match(gap)  # "„…“, so X. „…“"
            if before is not None and (
                cue_matches(gap, 0, len(gap))
                or not gap.strip()
                or framed_by
                or _own_verb(gap, before)
            ):
                attr = Attribution(before.speaker, before.cue, True, before.speaker_span)
                attr.inherited = True  # "…" he said. "…"  -- the same speaker goes on
        if attr is not None and attr.speaker:
            remember(tracker, attr.speaker)
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
    nq = len(quotes)
    starts = list(map(_FIRST, sentences))  # in order when sorting leaves them as they are
    ordered = (nq < 2 or all(quotes[i][1] <= quotes[i + 1][0] for i in range(nq - 1))) and (
        starts == sorted(starts)
    )
    first, last = 0, nq
    for s, e in sentences:
        if not nq:  # a block with no quote: no sentence of it overlaps one
            near: list[tuple[int, int]] = []
            if e <= s:
                out.append(Attribution(None, None, True))
                continue
        else:
            best: Attribution | None = None
            best_q: tuple[int, int] | None = None
            best_i = 0
            inside = 0
            if ordered:
                while first < nq and quotes[first][1] <= s:
                    first += 1
                last = first
                while last < nq and quotes[last][0] < e:
                    last += 1
            near = quotes[first:last]
            for i in range(first, last) if first < last else ():
                qs, qe = quotes[i]
                overlap = (e if e < qe else qe) - (s if s > qs else qs)  # no min/max calls: hot
                if overlap > 0:
                    attr = attr_of(i)
                    if overlap > inside and (attr is not None or overlap * 2 >= e - s):
                        inside, best, best_q, best_i = overlap, attr, (qs, qe), i
            opens = best_q is not None and best_q[0] > s and _ACCORDING_OPENS.match(text, s)
            if (
                (best is None or best.inherited or opens)
                and best_q
                and (best_q[0] > s or best_q[1] < e - 1)
            ):
                # 'X said the plan would "fail within a year."': a partial quote, indirect frame;
                # its own speaker wins over one carried over ('Doe called it “arbitrary.”')
                attr = attribute_sentence(text, s, e, tracker, near)
                if opens and best is not None and (attr is None or attr.cue != "according to"):
                    attr = None  # the quote's own speaker, unless "According to X, …" names X
                if attr is not None and attr.speaker:
                    remember(tracker, attr.speaker)
                    out.append(attr)
                    last_ind[0], last_ind[1] = attr, e
                    tracker.reported = attr
                    frames_quote(attr, s, e, best_i, best_i + 1)
                    continue
            if best is not None and best_q is not None:
                a, b = best_q[0] + 1, best_q[1] - 1
                a, b = (a if a > s else s), (b if b < e else e)
                content = _content(a, b, a, a, text) if b > a else None
                out.append(Attribution(best.speaker, best.cue, True, best.speaker_span, content))
                if best.speaker:
                    tracker.reported = best  # the speaker goes on in the subjunctive
                continue
            if inside * 2 >= (e - s):
                p = tracker.reported  # 'Es drohe „eine dramatische Erwärmung“.': X goes on
                if p and best_q and best_q[0] > s and subjunctive(tracker, text, s, best_q[0]):
                    out.append(Attribution(p.speaker, p.cue, False, p.speaker_span))
                    continue
                out.append(Attribution(None, None, True))
                continue
        tracker.new_sentence()
        paused, tracker.paused = tracker.paused, None
        attr = attribute_sentence(text, s, e, tracker, near)
        said = attr.cue if attr is not None else None
        turned = None
        if tracker.lang == "de":  # "X bestätigte die Befunde, wonach …": the Befunde's words
            turned = rejected_source(text, s, e, said) or (
                object_source(text, s, e, said, attr.speaker_span) if attr else None
            )
        rejecter = attr  # "X wies die Darstellung zurück, A sei …": not X's words; X goes on
        if turned:
            (a, b), noun = turned
            who = resolve(text[a:b], tracker, text, a)
            attr = (
                Attribution(who, noun, False, (a, b), _content(s, e, s, s, text)) if who else None
            )
        if attr is not None and tracker.lang == "de" and asked(text, s, e, attr.speaker_span):
            attr = None  # "Glauben Sie, dass …?": the one asked says nothing
        if (
            attr is not None
            and tracker.lang == "de"
            and governed(text, s, attr.speaker_span, attr.cue)
        ):
            attr = None  # "… zur Frage der Gebühren äußern": the topic says nothing
        if attr is not None and ordered and first > 0 and tracker.lang in (None, "en"):
            before = attr_of(first - 1) if not text[quotes[first - 1][1] : s].strip() else None
            if bare_frame(text, s, e, attr, before.speaker if before else None):
                attr = None  # '"Can she stay?" | Mrs. Clinton asked.': the quote is hers
        if attr is None and tracker.lang == "de":
            attr = framed_by_subject(text, s, e, tracker)  # "X begegnet …, die Löhne seien …"
            attr = attr or wonach(text, s, e, tracker)  # "Berichte, wonach …"
            attr = attr or demand(text, s, e, tracker)  # "die Forderung des X, … zu …"
            attr = attr or coming_from(text, s, e, tracker)  # "Von X kam die Nachricht, …"
            attr = attr or confident(text, s, e, tracker)  # "X ist zuversichtlich, … zu …"
        # "Dem Vernehmen nach soll …", "Bisher hieß es, …": someone unnamed, X does not go on
        rumoured = (
            attr is None
            and tracker.lang == "de"
            and (rumour(text, s, e) or unnamed_report(text, s, e))
        )
        if (
            attr is None
            and tracker.reported
            and not rumoured  # "Dem Vernehmen nach soll …": no one named, X does not go on
            and subjunctive(tracker, text, s, e)
            and not carries_no_report(text, s, e, tracker.reported.inherited)
        ):
            p = tracker.reported  # German reported speech goes on in the subjunctive
            attr = Attribution(p.speaker, p.cue, False, p.speaker_span, _content(s, e, s, s, text))
            attr.inherited = True  # "soll" alone does not carry it on once more
        elif (
            attr is None
            and tracker.topic
            and not rumoured
            and STRICT_DE.search(text, s, e)
            and not cue_matches(text, s, e)  # a cue of its own names its speaker or no one
        ):
            attr = topic(text, s, e, tracker)  # "Der Minister X reiste ab. Er sei …"
        if attr is None and paused and not rumoured and goes_on(text, s, e):
            p = paused  # "X sagte, A sei … . Die Polizei nahm … fest. Auch sei …": X goes on
            attr = Attribution(p.speaker, p.cue, False, p.speaker_span, _content(s, e, s, s, text))
            attr.inherited = True
        words = text[s : s + 40].split()[:2] if attr and attr.cue and out else []
        back: Attribution | None = None
        if (
            attr
            and attr.cue
            and out
            and (
                words[:1] in (["Dies"], ["Das"])
                and attr.cue.split()[0] == words[-1].lower()
                or points_back(text, s, e, attr.cue)  # "Das wurde von X bestätigt."
            )
        ):  # "Dies berichtete X.": X said the sentence before, this one says nothing
            if out[-1].speaker is None or out[-1].inherited:  # named beats carried on
                out[-1] = Attribution(attr.speaker, attr.cue, False, attr.speaker_span)
            elif tracker.lang == "de" and attr.speaker_span and out[-1].speaker_span:
                if role_description(text, attr.speaker_span, ROLE_WORDS):
                    attr = out[-1]  # "„…“, sagte Roth. Dies sagte der Chef der Werft.": Roth
            back, attr = attr, None  # X named just now: a "soll" sentence after it goes on as X's
        if attr is not None and attr.speaker:
            if not turned:  # "die Darstellung" is no one "er" or "sie" stands for
                remember(tracker, attr.speaker)
            out.append(attr)
            last_ind[0], last_ind[1] = attr, e
            # a report, demand or criticism named in passing ("Spekulationen, wonach …", "Kritik
            # wurde laut, …") carries no speech on
            passing = attr.cue in ("wonach", VOICED_CUE) or attr.cue in DEMAND_NOUNS
            tracker.reported = None if passing else attr
            if turned:
                tracker.reported = rejecter  # the one rejecting it goes on, if named
            if tracker.lang == "de" and attr.cue in ("nach", "zufolge"):
                own = own_source(text, s, e, attr, tracker)  # "X hat nach eigenen Angaben …"
                if own is not None:
                    tracker.reported = last_ind[0] = own  # X goes on, not "Angaben"
                    remember(tracker, own.speaker or "")
            frames_quote(attr, s, e, first, last)
        else:
            # "Demnach …", "Dem Vernehmen nach …" name their source (the report before, hearsay);
            # what goes on stays as it was
            back_to = None
            if tracker.lang == "de":
                back_to = hearsay(text, s, e) if rumoured else pointing_back(text, s, e)
            out.append(back_to or Attribution())
            framed = back or tracker.framed  # "Dies sagte X. Der Plan sei …": X goes on
            if tracker.lang == "de" and tracker.reported and passive_aside(text, s, e):
                tracker.paused = paused  # "Er wurde 1990 verurteilt.": X goes on after it
                continue
            if (
                tracker.lang == "de"
                and not framed
                and tracker.reported
                and not near
                and not new_actor(text, s, e)
            ):
                tracker.paused = tracker.reported  # one sentence of the outlet's own
            tracker.reported = framed if framed is not None and framed.speaker else None
            tracker.topic = (s, e) if tracker.lang == "de" else None
    if tracker.lang in (None, "en"):
        _turn(text, bstart, bend, sentences, tracker, out)
    for i in range(len(quotes)):
        attr_of(i)
    # does a quote run on into the next paragraph?
    last_attr = next((quote_attr[i] for i in reversed(range(len(quotes))) if quote_attr[i]), None)
    nxt = clauses.intro_for_next(text, bend, out)  # 'X says:' + the next block
    if quotes and last_attr is not None:
        tracker.open_quote = last_attr
    elif nxt or _is_prose(text, sentences):
        tracker.open_quote = nxt
    intro, tracker.intro = tracker.intro, nxt
    if intro is not None and not quotes and _own_words(text, bstart, bend, tracker, intro):
        for i, attr in enumerate(out):  # 'X wrote:' and then a paragraph of X's words, unquoted
            if not attr.speaker and not _reports_another(text, *sentences[i]):
                out[i] = Attribution(intro.speaker, intro.cue, False, intro.speaker_span)
                out[i].inherited = True
    # attr_of calls itself: its cell would keep a cycle holding the block's state till a collection
    del attr_of
    return out


def _turn(
    text: str,
    bstart: int,
    bend: int,
    sentences: list[tuple[int, int]],
    tracker: Tracker,
    out: list[Attribution],
) -> None:
    """A transcript turn ("TAPPER: …"): its sentences are the label's, but for quotes inside it;
    a turn quoted paragraph by paragraph goes on in the next block that opens with a quote mark
    (its sentences without a speaker, but for a promotion line: "Follow X on Twitter @x")."""
    if tracker.turns is None:
        tracker.turns = turn_labels(text)
    span = turn_speaker(text, bstart, bend, tracker.turns)
    turn = attribution_of(text, span, ":", tracker, True) if span else None
    if turn is None or turn.speaker is None:
        prev, tracker.turn = tracker.turn, None
        if prev is not None and prev.speaker and text.startswith(('"', "“"), bstart):
            for i, (attr, (s, e)) in enumerate(zip(out, sentences, strict=True)):
                if attr.speaker is None and not promotion(text, s, e):
                    out[i] = Attribution(
                        prev.speaker, ":", True, prev.speaker_span, attr.content_span
                    )
            tracker.turn = prev
        return
    tracker.turn = turn
    for i, attr in enumerate(out):
        if not (attr.quote and attr.speaker):
            out[i] = Attribution(turn.speaker, ":", True, span, attr.content_span)


# a sentence opening with its source: "According to the Herald, Doe said “…”" is the Herald's
_ACCORDING_OPENS = re.compile(r"According to\s")
