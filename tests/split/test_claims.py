"""Claim drafts from structured seeds: offsets, statements only, context, per-post dedup."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.split.claims import CONTEXT_MAX, _context_span, extract_claims
from annotator.split.document import Block, PostSpan, RawDocument, StructuredDocument
from annotator.split.structure import structure

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def doc_of(path: Path) -> StructuredDocument:
    return structure(RawDocument(path=str(path), format="txt", text=path.read_text("utf-8")))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_offsets_slice_back_and_scores_are_bounded(path: Path) -> None:
    doc = doc_of(path)
    drafts = extract_claims(doc)
    assert drafts
    for d in drafts:
        assert doc.text[d.start : d.end] == d.text
        assert 0.0 <= d.checkworthiness <= 1.0


def test_context_is_the_paragraph_or_post_holding_the_claim() -> None:
    for path in SEEDS:
        doc = doc_of(path)
        paragraphs = [(b.start, b.end) for b in doc.blocks]
        posts = {p.index: (p.start, p.end) for p in doc.posts}
        for d in extract_claims(doc):
            assert d.context_start is not None
            c0, c1 = d.context_start, d.context_start + len(d.context)
            assert doc.text[c0:c1] == d.context
            assert c0 <= d.start and d.end <= c1  # the claim is inside, once, at its offsets
            assert d.context[d.start - c0 : d.end - c0] == d.text
            expected = posts[d.post_index] if d.post_index is not None else None
            assert (c0, c1) == expected or (c0, c1) in paragraphs
    drafts = extract_claims(doc_of(SEEDS[0]))
    kemp = next(d for d in drafts if d.text.startswith("They can’t be trusted"))
    assert "We have no idea what the Taliban would do" in kemp.context
    assert "Especially since the links" in kemp.context


def test_context_of_a_huge_paragraph_is_the_sentences_around_the_claim() -> None:
    sentence = "Officials said {} people were evacuated from the city on Monday. "
    text = "".join(sentence.format(n) for n in range(200)).strip()
    doc = structure(RawDocument(path="big.txt", format="txt", text=text))
    drafts = extract_claims(doc)
    middle = drafts[100]
    assert len(middle.context) <= CONTEXT_MAX and middle.text in middle.context
    assert middle.context_start is not None and middle.context_start < middle.start
    assert text[middle.context_start :].startswith(middle.context)


def _grown_one_at_a_time(spans: list[tuple[int, int]], i: int) -> tuple[int, int]:
    """The context rule step by step: a sentence before, then one after, in turn while each fits."""
    lo = hi = i
    while True:
        grown = False
        if lo > 0 and spans[hi][1] - spans[lo - 1][0] <= CONTEXT_MAX:
            lo, grown = lo - 1, True
        if hi + 1 < len(spans) and spans[hi + 1][1] - spans[lo][0] <= CONTEXT_MAX:
            hi, grown = hi + 1, True
        if not grown:
            return spans[lo][0], spans[hi][1]


def test_context_run_is_the_one_grown_a_sentence_at_a_time() -> None:
    rng = random.Random(7)
    for _ in range(300):
        spans, at = [], 0
        for _ in range(rng.randint(1, 60)):
            length = rng.choice((rng.randint(5, 200), rng.randint(200, 1700)))
            spans.append((at, at + length))
            at += length + rng.randint(1, 3)
        grown, every = [-1, 0], rng.choice((1, 1, 2, 3))
        for i in range(len(spans)):
            got = _context_span(spans, i, [-1, 0])
            assert got == _grown_one_at_a_time(spans, i), (spans, i)
            if i % every == 0:  # the runs of the paragraph's claims before, in order
                assert _context_span(spans, i, grown) == got


def test_headings_and_fragments_are_skipped_but_forum_stance_is_kept() -> None:
    texts = [d.text for p in SEEDS for d in extract_claims(doc_of(p))]
    assert "The situation in Afghanistan" not in texts
    assert "Agree 100%" in texts


def test_a_post_repeating_its_own_sentence_yields_one_claim() -> None:
    sentence = "US needs excuses to stay in Muslim countries or to keep them destabilised."
    text = f"{sentence}\n{sentence}\nAnother point here."
    doc = StructuredDocument(
        raw=RawDocument(path="t", format="txt", text=text),
        blocks=[Block(0, len(text), post_index=0)],
        boilerplate=[],
        posts=[PostSpan(index=0, author="AZMwi", posted=None, start=0, end=len(text))],
    )
    drafts = extract_claims(doc)
    assert [d.text for d in drafts] == [sentence, "Another point here."]
    assert all(d.speaker == "AZMwi" and d.cue == "posted" for d in drafts)


def test_seed_forum_repeat_is_one_claim() -> None:
    drafts = extract_claims(doc_of(SEEDS[3]))
    repeated = [d for d in drafts if d.text.startswith("US needs excuses")]
    assert len(repeated) == 1


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.booleans())
def test_random_unicode_never_raises_and_slices_back(text: str, forum: bool) -> None:
    cut = len(text) // 2
    blocks = [Block(0, cut, 0 if forum else None), Block(cut, len(text), 0 if forum else None)]
    posts = [PostSpan(0, "x", None, 0, len(text))] if forum else []
    doc = StructuredDocument(
        raw=RawDocument(path="t", format="txt", text=text),
        blocks=blocks,
        boilerplate=[],
        posts=posts,
    )
    for d in extract_claims(doc):
        assert text[d.start : d.end] == d.text


def test_a_paragraph_that_is_one_german_quote_is_a_claim_with_its_speaker() -> None:
    text = (
        "Polizei warnt vor Hochwasser\n\n"
        "Starker Regen fiel am Montag in der ganzen Region, und die Flüsse stiegen schnell an.\n\n"
        "Polizeisprecher Jonas Wolf: „Wir haben sofort gewarnt und zwei Notunterkünfte geöffnet.“"
        "\n\nDer Bürgermeister sagte, der Schaden koste mindestens zwei Millionen Euro.\n"
    )
    doc = structure(RawDocument(path="hochwasser.txt", format="txt", text=text))
    drafts = extract_claims(doc, lang="de")
    quoted = [d for d in drafts if "Notunterkünfte" in d.text]
    assert len(quoted) == 1 and quoted[0].speaker == "Jonas Wolf"
    assert quoted[0].text.endswith("geöffnet.“")


def test_scores_with_the_encoding_attribution_shares_are_the_scores_alone() -> None:
    from annotator.split import checkworthiness

    text = (
        "Die Ministerin sagte am Montag, die Gebühren würden um 12 Prozent steigen. "
        "Laut Müller wären die Kosten höher.\n\nЗаявил министр, что цены вырастут. "
        "Der Bürgermeister von München betonte, man prüfe die Pläne. Es wurde nichts geändert."
    )
    doc = structure(RawDocument(path="de.txt", format="txt", text=text))
    for lang in ("de", "ru"):
        drafts = extract_claims(doc, lang=lang)
        assert len(drafts) >= 3
        for d in drafts:
            alone = checkworthiness.score(d.text, d.speaker, d.cue, lang)
            assert (d.checkworthiness, d.features) == alone
