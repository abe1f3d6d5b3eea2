"""Who says what: direct quotes and indirect speech, with speaker, cue and character spans.

Sentence-level rules fail when the speaker is named after a multi-sentence quote, when the
speaker is "he" or "the expert", and when a quote runs over several paragraphs (SPLITTING.md).
So `attribute_block` first finds quote spans in a block (" ' “ ” ‘ ’ « » » « „ “ ‚ ‘; an opening
quote left unclosed runs to the end of the block, the convention for quotes that go on in the
next paragraph), attributes each from the words right after it (`"…," X said`, `"…" said X`,
`«…», — заявил X`) or right before it (`X said: "`) in `quote_speakers`, and only then maps
sentences onto quotes (`block_quotes`): a sentence mostly inside a quote takes that quote's
speaker with `quote=True`. Sentences outside quotes may carry indirect speech (`indirect`): a
cue verb (lexicon: English lemmas inflected, forms in de, fr, es, ru, ar) with its subject
before it ("X said (that)", "X told Y", "X, who …, said") or after it ("…, said Rep. Jane
Doe"), "according to X" in each language, "X zufolge", a headline "Name: …". Everything else is
the outlet's own voice (speaker None).

Speakers: a mention becomes a canonical speaker in `mentions.resolve` (the speaker span keeps
the whole mention); `tracker` holds the state carried from block to block. A block that opens
with a quote that has no cue continues the quote speaker of the paragraphs before it.
"""

from __future__ import annotations

from annotator.split import clauses
from annotator.split.asides_de import passive_aside
from annotator.split.block_quotes import BlockQuotes
from annotator.split.cues import _VERB as _VERB  # claims reads it here
from annotator.split.cues import cue_matches
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
    _is_prose,
    _own_words,
    _reports_another,
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
    block = _Block(text, bstart, bend, tracker, quotes, sentences)
    out = block.out
    de = tracker.lang == "de"
    for s, e in sentences:
        if not quotes:  # a block with no quote: no sentence of it overlaps one
            near: list[tuple[int, int]] = []
            if e <= s:
                out.append(Attribution(None, None, True))
                continue
        else:
            near = block.window(s, e)
            if block.quoted(s, e, near):
                continue
        tracker.new_sentence()
        paused, tracker.paused = tracker.paused, None
        found = attribute_sentence(text, s, e, tracker, near)
        if (
            found is None
            and not de
            and paused is None
            and tracker.reported is None
            and tracker.topic is None
            and tracker.framed is None
        ):
            # no cue, no German rule and no one to go on (most sentences): the steps below
            # would only add the outlet's own voice
            out.append(Attribution())
            continue
        attr, turned, rejecter = block.cued(s, e, found)
        if attr is None and de:
            attr = _uncued_de(text, s, e, tracker)
        # "Dem Vernehmen nach soll …", "Bisher hieß es, …": someone unnamed, X does not go on
        rumoured = attr is None and de and (rumour(text, s, e) or unnamed_report(text, s, e))
        if attr is None and not rumoured:
            attr = _carried_on(text, s, e, tracker, paused)
        back = _said_before(text, s, e, attr, out, tracker) if attr and attr.cue and out else None
        if back is not None:
            attr = None  # X named just now: a "soll" sentence after it goes on as X's
        if attr is not None and attr.speaker:
            block.speaks(attr, s, e, turned, rejecter)
        else:
            block.own_voice(s, e, rumoured, back, paused, near)
    block.close(sentences)
    return out


class _Block(BlockQuotes):
    """A block being read: its quotes, and the steps of a sentence outside them."""

    def cued(
        self, s: int, e: int, found: Attribution | None
    ) -> tuple[Attribution | None, bool, Attribution | None]:
        """text[s:e]'s own cue and speaker (`found`: its `attribute_sentence`), whether it was
        turned to a German account it rejects or cites ("X bestätigte die Befunde, wonach …":
        the Befunde's words), and the one it was turned from; none for the one asked ("Glauben
        Sie, dass …?"), a governed topic, or in English a bare frame of the quote before."""
        text, tracker = self.text, self.tracker
        attr = rejecter = found
        turned = None
        if tracker.lang == "de":
            said = attr.cue if attr is not None else None
            turned = rejected_source(text, s, e, said) or (
                object_source(text, s, e, said, attr.speaker_span) if attr else None
            )
            if turned:  # "X wies die Darstellung zurück, A sei …": not X's words; X goes on
                (a, b), noun = turned
                who = resolve(text[a:b], tracker, text, a)
                attr = (
                    Attribution(who, noun, False, (a, b), _content(s, e, s, s, text))
                    if who
                    else None
                )
            if attr is not None and asked(text, s, e, attr.speaker_span):
                attr = None  # "Glauben Sie, dass …?": the one asked says nothing
            if attr is not None and governed(text, s, attr.speaker_span, attr.cue):
                attr = None  # "… zur Frage der Gebühren äußern": the topic says nothing
        elif attr is not None and self.ordered and self.first > 0 and tracker.lang in (None, "en"):
            gap = text[self.quotes[self.first - 1][1] : s]
            before = self.quote_speaker(self.first - 1) if not gap.strip() else None
            if bare_frame(text, s, e, attr, before.speaker if before else None):
                attr = None  # '"Can she stay?" | Mrs. Clinton asked.': the quote is hers
        return attr, bool(turned), rejecter

    def speaks(
        self, attr: Attribution, s: int, e: int, turned: bool, rejecter: Attribution | None
    ) -> None:
        """text[s:e] is attr's: its speech goes on (not a report named in passing), and so does
        a quote opened in the sentence."""
        text, tracker = self.text, self.tracker
        if not turned and attr.speaker:  # "die Darstellung" is no one "er" or "sie" stands for
            remember(tracker, attr.speaker)
        self.out.append(attr)
        self.said, self.said_end = attr, e
        # a report, demand or criticism named in passing ("Spekulationen, wonach …", "Kritik
        # wurde laut, …") carries no speech on
        passing = attr.cue in ("wonach", VOICED_CUE) or attr.cue in DEMAND_NOUNS
        tracker.reported = None if passing else attr
        if turned:
            tracker.reported = rejecter  # the one rejecting it goes on, if named
        if tracker.lang == "de" and attr.cue in ("nach", "zufolge"):
            own = own_source(text, s, e, attr, tracker)  # "X hat nach eigenen Angaben …"
            if own is not None:
                tracker.reported = self.said = own  # X goes on, not "Angaben"
                remember(tracker, own.speaker or "")
        self.frame_quotes(attr, s, e, self.first, self.last)

    def own_voice(
        self,
        s: int,
        e: int,
        rumoured: bool,
        back: Attribution | None,
        paused: Attribution | None,
        near: list[tuple[int, int]],
    ) -> None:
        """text[s:e] is the outlet's own (or names its source only as hearsay or the report
        before): German speech before it may go on after it."""
        text, tracker = self.text, self.tracker
        de = tracker.lang == "de"
        # "Demnach …", "Dem Vernehmen nach …" name their source (the report before, hearsay);
        # what goes on stays as it was
        back_to = None
        if de:
            back_to = hearsay(text, s, e) if rumoured else pointing_back(text, s, e)
        self.out.append(back_to or Attribution())
        framed = back or tracker.framed  # "Dies sagte X. Der Plan sei …": X goes on
        if de and tracker.reported and passive_aside(text, s, e):
            tracker.paused = paused  # "Er wurde 1990 verurteilt.": X goes on after it
            return
        if de and not framed and tracker.reported and not near and not new_actor(text, s, e):
            tracker.paused = tracker.reported  # one sentence of the outlet's own
        tracker.reported = framed if framed is not None and framed.speaker else None
        tracker.topic = (s, e) if de else None

    def close(self, sentences: list[tuple[int, int]]) -> None:
        """After the block's last sentence: a transcript turn, the quotes no sentence read, and
        what goes on into the next block (a quote left open, 'X says:' closing it)."""
        text, bstart, bend, tracker = self.text, self.bstart, self.bend, self.tracker
        quotes, out = self.quotes, self.out
        if tracker.lang in (None, "en"):
            _turn(text, bstart, bend, sentences, tracker, out)
        for i in range(len(quotes)):
            self.quote_speaker(i)
        # does a quote run on into the next paragraph?
        speakers = self.quote_attr
        last_attr = next((speakers[i] for i in reversed(range(len(quotes))) if speakers[i]), None)
        nxt = clauses.intro_for_next(text, bend, out)  # 'X says:' + the next block
        if quotes and last_attr is not None:
            tracker.open_quote = last_attr
        elif nxt or _is_prose(text, sentences):
            tracker.open_quote = nxt
        intro, tracker.intro = tracker.intro, nxt
        if intro is not None and not quotes and _own_words(text, bstart, bend, tracker, intro):
            for i, attr in enumerate(out):  # 'X wrote:' and then a paragraph of X's words, unquoted
                if not attr.speaker and not _reports_another(text, *sentences[i]):
                    out[i] = Attribution(
                        intro.speaker, intro.cue, False, intro.speaker_span, inherited=True
                    )


def _uncued_de(text: str, s: int, e: int, tracker: Tracker) -> Attribution | None:
    """A German source named without a cue verb of its own."""
    return (
        framed_by_subject(text, s, e, tracker)  # "X begegnet …, die Löhne seien …"
        or wonach(text, s, e, tracker)  # "Berichte, wonach …"
        or demand(text, s, e, tracker)  # "die Forderung des X, … zu …"
        or coming_from(text, s, e, tracker)  # "Von X kam die Nachricht, …"
        or confident(text, s, e, tracker)  # "X ist zuversichtlich, … zu …"
    )


def _carried_on(
    text: str, s: int, e: int, tracker: Tracker, paused: Attribution | None
) -> Attribution | None:
    """The speaker before goes on into text[s:e], which names none: German reported speech in
    the subjunctive, the topic's subject ("Der Minister X reiste ab. Er sei …"), or speech
    paused for one sentence of the outlet's own."""
    if tracker.lang == "de" and pointing_back(text, s, e):
        return None  # "Demnach sei …" names its source "Demnach", as "Demnach ist …" does
    p = tracker.reported
    if p and subjunctive(tracker, text, s, e) and not carries_no_report(text, s, e, p.inherited):
        # German reported speech goes on in the subjunctive; "soll" alone does not carry it on
        # once more
        return Attribution(
            p.speaker, p.cue, False, p.speaker_span, _content(s, e, s, s, text), inherited=True
        )
    attr = None
    if (
        tracker.topic
        and STRICT_DE.search(text, s, e)
        and not cue_matches(text, s, e)  # a cue of its own names its speaker or no one
    ):
        attr = topic(text, s, e, tracker)
    if attr is None and paused and goes_on(text, s, e):
        p = paused  # "X sagte, A sei … . Die Polizei nahm … fest. Auch sei …": X goes on
        attr = Attribution(
            p.speaker, p.cue, False, p.speaker_span, _content(s, e, s, s, text), inherited=True
        )
    return attr


def _said_before(
    text: str, s: int, e: int, attr: Attribution, out: list[Attribution], tracker: Tracker
) -> Attribution | None:
    """'Dies berichtete X.', 'Das wurde von X bestätigt.': X said the sentence before (a named
    speaker there wins over one carried on) and this one says nothing; the one who goes on."""
    assert attr.cue is not None
    words = text[s : s + 40].split()[:2]
    if not (
        words[:1] in (["Dies"], ["Das"])
        and attr.cue.split()[0] == words[-1].lower()
        or points_back(text, s, e, attr.cue)
    ):
        return None
    if out[-1].speaker is None or out[-1].inherited:  # named beats carried on
        out[-1] = Attribution(attr.speaker, attr.cue, False, attr.speaker_span)
    elif tracker.lang == "de" and attr.speaker_span and out[-1].speaker_span:
        if role_description(text, attr.speaker_span, ROLE_WORDS):
            return out[-1]  # "„…“, sagte Roth. Dies sagte der Chef der Werft.": Roth
    return attr


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
