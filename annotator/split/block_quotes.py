"""A block's direct quotes while `attribution.attribute_block` reads its sentences: who says
each quote (its own cue, else a speaker carried on to it), which quotes a sentence can overlap,
and the sentences a quote decides (a partial quote in a report, the quote's speaker, none for a
sentence mostly quoted)."""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Final

from annotator.split.cues import _SO, cue_matches
from annotator.split.indirect import attribute_sentence
from annotator.split.lexicon import inflect
from annotator.split.quote_runs import _heading, _own_verb, _unnamed_frame
from annotator.split.quote_speakers import attribute_quote
from annotator.split.reported_spans import _content
from annotator.split.tracker import Attribution, Tracker, remember
from annotator.split.uncued_sources_de import subjunctive

_FIRST: Final = itemgetter(0)
# a sentence opening with its source: "According to the Herald, Doe said “…”" is the Herald's
_ACCORDING_OPENS: Final = re.compile(r"According to\s")
# cues of a wish, expectation, feeling or finding: no speech that a quote after it goes on with
# ("Doe wants a recount. “…”", "a survey found … . “…”")
_NOT_SPOKEN: Final = frozenset(
    f for lemma in "want expect feel find hope plan seek decide".split() for f in inflect(lemma)
)


class BlockQuotes:
    """A block's quotes while its sentences are read: their speakers (each read once, on
    demand), the ones the current sentence can overlap, the block's last indirect report (a
    quote right after it goes on as its speaker's) and the block's attributions so far."""

    def __init__(
        self,
        text: str,
        bstart: int,
        bend: int,
        tracker: Tracker,
        quotes: list[tuple[int, int]],
        sentences: list[tuple[int, int]],
    ) -> None:
        self.text, self.bstart, self.bend, self.tracker = text, bstart, bend, tracker
        self.quotes = quotes
        self.quote_attr: dict[int, Attribution | None] = {}
        self.said: Attribution | None = None  # the last indirect attribution of the block
        self.said_end = bstart  # and where its sentence ends
        self.out: list[Attribution] = []
        # quotes come in order (each ends before the next starts), sentences too: a sentence
        # looks only at quotes[first:last], the ones that can overlap it (linear, not
        # sentences x quotes)
        nq = len(quotes)
        starts = list(map(_FIRST, sentences)) if nq else []  # in order when sorting keeps them
        self.ordered = (
            nq > 0
            and (nq < 2 or all(quotes[i][1] <= quotes[i + 1][0] for i in range(nq - 1)))
            and starts == sorted(starts)
        )
        self.first, self.last = 0, nq

    def quote_speaker(self, i: int) -> Attribution | None:
        """The speaker of quotes[i] (read once): its own cue's, else one carried on to it."""
        if i in self.quote_attr:
            return self.quote_attr[i]
        text, bend, tracker = self.text, self.bend, self.tracker
        qs, qe = self.quotes[i]
        attr = attribute_quote(text, qs, qe, self.bstart, bend, tracker)
        if attr is None and not _unnamed_frame(text, qs, qe, bend):
            attr = self._carried_to_quote(i, qs, qe)
        if attr is not None and attr.speaker:
            remember(tracker, attr.speaker)
        self.quote_attr[i] = attr
        return attr

    def _carried_to_quote(self, i: int, qs: int, qe: int) -> Attribution | None:
        """A quote with no cue of its own goes on as the quote left open in the paragraph before,
        the report right before it, or the quote before it ('"…" he said. "…"')."""
        text, bstart, tracker = self.text, self.bstart, self.tracker
        if (
            i == 0
            and not text[bstart:qs].strip()
            and tracker.open_quote
            and not _heading(text, bstart, self.bend, qs, qe)
        ):
            p = tracker.open_quote
            return Attribution(p.speaker, p.cue, True, p.speaker_span, inherited=True)
        said = self.said
        if (
            said is not None
            and not text[self.said_end : qs].strip()
            and (said.cue or "").split(" ", 1)[0].lower() not in _NOT_SPOKEN
        ):
            # 'X said the engines were old. "We asked …': X goes on
            return Attribution(said.speaker, said.cue, True, said.speaker_span, inherited=True)
        if i > 0:
            before = self.quote_speaker(i - 1)
            gap = text[self.quotes[i - 1][1] : qs]
            framed_by = before is not None and _SO.match(gap)  # "„…“, so X. „…“"
            if before is not None and (
                cue_matches(gap, 0, len(gap))
                or not gap.strip()
                or framed_by
                or _own_verb(gap, before)
            ):
                return Attribution(
                    before.speaker, before.cue, True, before.speaker_span, inherited=True
                )
        return None

    def frame_quotes(self, attr: Attribution, s: int, e: int, lo: int, hi: int) -> None:
        """'X told Y that “A. B.”': a quote opened in X's sentence and going on after it is
        X's (unless it names a speaker of its own)."""
        quotes, quote_attr = self.quotes, self.quote_attr
        for i in range(lo, hi):
            known = quote_attr.get(i)
            if s < quotes[i][0] and quotes[i][1] > e and (known is None or known.inherited):
                quote_attr[i] = Attribution(attr.speaker, attr.cue, True, attr.speaker_span)

    def window(self, s: int, e: int) -> list[tuple[int, int]]:
        """The quotes that can overlap text[s:e] (all of them when the block is out of order)."""
        quotes = self.quotes
        if self.ordered:
            nq, first = len(quotes), self.first
            while first < nq and quotes[first][1] <= s:
                first += 1
            last = first
            while last < nq and quotes[last][0] < e:
                last += 1
            self.first, self.last = first, last
        return quotes[self.first : self.last]

    def quoted(self, s: int, e: int, near: list[tuple[int, int]]) -> bool:
        """Attribute text[s:e] by the quote it overlaps most, when that decides it (a partial
        quote in a report, the quote's speaker, none for a sentence mostly quoted); False
        when the sentence is read as prose."""
        text, tracker, quotes, out = self.text, self.tracker, self.quotes, self.out
        best: Attribution | None = None
        best_q: tuple[int, int] | None = None
        best_i = inside = 0
        first, last = self.first, self.last
        for i in range(first, last) if first < last else ():
            qs, qe = quotes[i]
            overlap = (e if e < qe else qe) - (s if s > qs else qs)  # no min/max calls: hot
            if overlap > 0:
                attr = self.quote_speaker(i)
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
                self.said, self.said_end = attr, e
                tracker.reported = attr
                self.frame_quotes(attr, s, e, best_i, best_i + 1)
                return True
        if best is not None and best_q is not None:
            a, b = best_q[0] + 1, best_q[1] - 1
            a, b = (a if a > s else s), (b if b < e else e)
            content = _content(a, b, a, a, text) if b > a else None
            out.append(Attribution(best.speaker, best.cue, True, best.speaker_span, content))
            if best.speaker:
                tracker.reported = best  # the speaker goes on in the subjunctive
            return True
        if inside * 2 >= (e - s):
            p = tracker.reported  # 'Es drohe „eine dramatische Erwärmung“.': X goes on
            if p and best_q and best_q[0] > s and subjunctive(tracker, text, s, best_q[0]):
                out.append(Attribution(p.speaker, p.cue, False, p.speaker_span))
            else:
                out.append(Attribution(None, None, True))
            return True
        return False
