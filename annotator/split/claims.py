"""Claim drafts from a structured document: sentences of blocks, attributed and scored.

`extract_claims(doc)` walks the blocks in order (attribution state runs across blocks: a quote
may go on in the next paragraph), splits each into sentences (`annotator.split.sentences`), attributes
them per paragraph (`annotator.split.attribution`), scores them (`annotator.split.checkworthiness`) and
keeps the statements:
- a sentence needs 3+ words, except in a forum post ("Agree 100%" is stance: kept, low score);
- a bare heading (no end punctuation, no verb-like word, Title Case or under 6 words) is skipped,
  but not a title kept as a block (`Block.headline`);
- a post that repeats its own sentence yields one claim (the first).

A quote sentence whose frame only names the speaker ('“…,” said Doe, a pollster.') gives the
quoted words as its claim (`annotator.split.quote_units`).

A claim's `context` is the paragraph that holds it (in a forum post: the post), and
`context_start` its document offset, so the claim sits at `start - context_start` inside it.

Invariant: `doc.text[d.start:d.end] == d.text` for every draft.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import Final

from annotator.split import (
    asked_by,
    attribution,
    bare_responses,
    checkworthiness,
    cue_modifiers,
    glued_names,
    narration,
    quoted_phrases,
    relative_heads,
    reports,
    reports_de,
    signatures,
    speaker_clauses,
    speaker_counts,
    speaker_sanity,
    speaker_tails,
)
from annotator.split.document import ClaimDraft, PostSpan, StructuredDocument
from annotator.split.quote_units import quote_unit
from annotator.split.quotes import direct_quotes
from annotator.split.sentences import split_sentences

_CLOSERS: Final = "\"'”’»)]“‘«›‹"  # closing quotes of every style


def _ends_sentence(sentence: str) -> bool:
    """End punctuation, then closing quotes or brackets only (`[.!?…][closers]*$`)."""
    if sentence.endswith("\n"):  # `$` matches before a final newline too
        sentence = sentence[:-1]
    core = sentence.rstrip(_CLOSERS)
    return bool(core) and core[-1] in ".!?…"


def extract_claims(
    doc: StructuredDocument, lang: str | None = None, post_langs: dict[int, str] | None = None
) -> list[ClaimDraft]:
    """Claim drafts of `doc`; `lang` (and `post_langs` per forum post) pick sentence and
    check-worthiness rules per language (None: the language-neutral rules)."""
    text = doc.text
    post_langs = post_langs or {}
    # the name index is read lazily: only the surnames of resolved speakers are looked up
    tracker = attribution.Tracker(names=attribution.NameIndex(_claim_text(doc)), lang=lang)
    posts: dict[int, PostSpan] = {p.index: p for p in doc.posts}
    drafts: list[ClaimDraft] = []
    seen: dict[int | None, set[str]] = {}
    contexts: dict[tuple[int, int], str] = {}
    for b, block in enumerate(doc.blocks):
        block_lang = (
            post_langs.get(block.post_index, lang) if block.post_index is not None else lang
        )
        spans = split_sentences(text, block.start, block.end, block_lang)
        if not spans:
            continue
        post_index = block.post_index
        post = posts.get(post_index) if post_index is not None else None
        in_post = post is not None
        # the claims' context: the post or paragraph, or when longer the runs around each claim
        paragraph: tuple[int, int] | None = None
        if post is not None and post.end - post.start <= CONTEXT_MAX:
            paragraph = post.start, post.end
        elif block.end - block.start <= CONTEXT_MAX:
            paragraph = block.start, block.end
        else:
            grown = [-1, 0]  # the run of the paragraph's claim before (`_context_span`)
        quotes: list[tuple[int, int]] = []  # the block's direct quotes (read again by reports)
        if post is not None and post.author is not None:
            attrs = [_post_attribution(post, s, e, posts) for s, e in spans]
        else:
            quotes = direct_quotes(text, block.start, block.end)
            tracker.encodings.clear()  # the sentences of the block before
            attrs = attribution.attribute_block(
                text, block.start, block.end, spans, tracker, quotes
            )
            after = doc.blocks[b + 1] if b + 1 < len(doc.blocks) else None
            signed = (
                signatures.signer(text, (block.start, block.end), (after.start, after.end))
                if after
                else None
            )
            if signed:  # '"…"' then '- Jane Doe.'
                signatures.sign(text, signed, attrs, tracker)
        last = len(spans) - 1
        headline = block.headline
        for i, ((s0, e0), attr0) in enumerate(zip(spans, attrs, strict=True)):
            sentence = text[s0:e0]
            words = sentence.split()  # cut once: the statement test, a post's key, the score
            if not _is_statement(sentence, words, in_post, headline):
                continue
            if post_index is not None:
                key = " ".join(words).lower()
                bucket = seen.setdefault(post_index, set())
                if key in bucket:
                    continue
                bucket.add(key)
            c0, c1 = paragraph or _context_span(spans, i, grown)
            context = contexts.get((c0, c1))
            if context is None:  # one string per paragraph, shared by its claims (and pickled once)
                context = contexts[(c0, c1)] = text[c0:c1]
            parts = None
            if i == last and attr0.speaker and narration.colon_frame(text, s0, e0, attr0):
                attr0 = attribution.Attribution()  # 'In a speech, Doe said:' frames the next block
            # a sentence with two reports: two claim units
            if not in_post and attr0.speaker and tracker.lang == "de":
                if reports_de.may_split(text, s0, e0):  # "…, während X von … sprach."
                    parts = reports_de.split_reports_de(text, s0, e0, attr0, tracker, quotes)
            elif (
                not in_post
                and attr0.speaker
                and reports.may_split(text, s0, e0, attr0.speaker_span)
            ):
                parts = reports.split_reports(text, s0, e0, attr0, tracker, quotes)
            if parts is None and not in_post and sentence.startswith(asked_by.OPENINGS):
                parts = asked_by.split_asked(text, s0, e0, attr0, tracker, quotes)  # the asker
            for s, e, attr in parts or [(s0, e0, attr0)]:
                if attr.speaker:  # a string that cannot name a speaker: cut, renamed or none
                    attr = speaker_clauses.checked(text, speaker_sanity.checked(text, attr))
                    if block_lang == "en" and quoted_phrases.quoted(text, attr):
                        attr = attribution.Attribution()  # 'his “Harbour Lions” remark'
                    if attr.cue in bare_responses.FORMS:  # "Doe responded to the post."
                        attr = bare_responses.checked(text, s, e, attr)
                    attr = relative_heads.checked(text, attr)
                    attr = speaker_counts.checked(text, speaker_tails.checked(text, attr))
                    if block_lang == "en":  # German speakers keep their role ("Fahrer Tom Berg")
                        attr = cue_modifiers.checked(text, glued_names.checked(text, attr))
                    if not in_post and not parts:  # '“…,” said Doe, a pollster.': the quoted words
                        s, e = quote_unit(text, s, e, attr)  # (a claim with no speaker: as cut)
                whole = s == s0 and e == e0  # the sentence as cut: its words are known
                unit = sentence if whole else text[s:e]
                cw, features = checkworthiness.score(
                    unit,
                    attr.speaker,
                    attr.cue,
                    block_lang,
                    words if whole else None,
                    tracker.encodings.get((s, e)) if tracker.encodings else None,
                )
                drafts.append(
                    ClaimDraft(
                        start=s,
                        end=e,
                        text=unit,
                        post_index=post_index,
                        speaker=attr.speaker,
                        cue=attr.cue,
                        quote=attr.quote,
                        speaker_span=attr.speaker_span if attr.speaker else None,
                        content_span=attr.content_span if attr.speaker else None,
                        context=context,
                        context_start=c0,
                        checkworthiness=cw,
                        features=features,
                    )
                )
    return drafts


CONTEXT_MAX: Final = 1500  # characters: a longer paragraph or post is cut to the sentences around
_START, _END = itemgetter(0), itemgetter(1)


def _context_span(spans: list[tuple[int, int]], i: int, grown: list[int]) -> tuple[int, int]:
    """The context of a claim in a paragraph (or post) longer than CONTEXT_MAX: the run of the
    paragraph's sentences around it that fits, grown a sentence before, then one after, in turn
    while each fits.

    A side that does not fit never fits again (the run only widens), so the run grows on both
    sides while the next sentence after fits with the one before (then the one before fits too),
    and then on one side only: a bisection of the sentences' starts or ends.

    `grown`: [j, k] of the paragraph's call before (j <= i; j = -1 at first), updated: the run k
    sentences wide on both sides of j fits, so the run k - (i - j) wide on both sides of i, which
    lies inside it, fits too, and the growth on both sides starts there (not at i alone)."""
    known = grown[1] - (i - grown[0]) if grown[0] >= 0 else 0
    lo, hi = (i - known, i + known) if known > 0 else (i, i)
    last = len(spans) - 1
    while lo > 0 and hi < last and spans[hi + 1][1] - spans[lo - 1][0] <= CONTEXT_MAX:
        lo, hi = lo - 1, hi + 1
    grown[0], grown[1] = i, i - lo
    if lo > 0 and spans[hi][1] - spans[lo - 1][0] <= CONTEXT_MAX:  # the one before fits
        low = spans[hi][1] - CONTEXT_MAX
        lo = bisect_left(spans, low, 0, lo - 1, key=_START)
    else:  # the ones after that fit
        high = spans[lo][0] + CONTEXT_MAX
        end = bisect_right(spans, high, hi, last + 1, key=_END) - 1
        if end > hi:  # `max(hi, end)` without a call
            hi = end
    return spans[lo][0], spans[hi][1]


def _claim_text(doc: StructuredDocument) -> str:
    return "\n".join(doc.text[b.start : b.end] for b in doc.blocks)


def _post_attribution(
    post: PostSpan, s: int, e: int, posts: dict[int, PostSpan]
) -> attribution.Attribution:
    """In a forum post the author speaks ("posted"); quoted text belongs to the quoted author."""
    for qs, qe in post.quote_spans:
        if qs <= s and e <= qe:
            quoted = (
                posts.get(post.quoted_post_index) if post.quoted_post_index is not None else None
            )
            return attribution.Attribution(quoted.author if quoted else None, "posted", True)
    return attribution.Attribution(post.author, "posted" if post.author else None, False)


def _is_statement(sentence: str, words: list[str], in_post: bool, headline: bool = False) -> bool:
    """`sentence` (cut into `words` by `str.split`) states something: not a bare heading."""
    if not (sentence[:1].isalpha() or any(ch.isalpha() for ch in sentence)):
        return False
    if in_post:
        return True
    if len(words) < 3:
        return False
    if headline or _ends_sentence(sentence):
        return True
    # no end punctuation: a heading unless it is long and reads like prose
    capitalised = sum(1 for w in words if w[:1].isupper())
    if len(words) < 6 or capitalised * 2 > len(words):
        return False
    return bool(attribution._VERB.search(sentence)) or len(words) >= 12
