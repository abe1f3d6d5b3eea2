"""Forum thread seed 003: posts, authors, the full-post quote and the repeated line."""

from __future__ import annotations

import random
from pathlib import Path

from annotator.split import forum
from annotator.split.document import RawDocument, StructuredDocument
from annotator.split.forum import find_cards, find_quotes
from annotator.split.ingest import read_documents
from annotator.split.metadata import is_date_line
from annotator.split.structure import structure

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def thread() -> StructuredDocument:
    (path,) = SEEDS.glob("003_*.txt")
    docs, _ = read_documents(path)
    return structure(docs[0])


def post_blocks(doc: StructuredDocument, index: int) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.post_index == index]


def test_posts_and_authors() -> None:
    doc = thread()
    assert doc.source_kind == "forum"
    assert [p.author for p in doc.posts] == [
        None,
        "Nasr",
        "Pandora",
        "Clutch",
        "AZMwi",
        "One_Nation",
    ]
    assert [p.index for p in doc.posts] == list(range(6))
    assert all(p.posted is None for p in doc.posts)  # card dates are join dates
    assert doc.author is None  # the starter's handle is missing from the scrape
    assert all(b.post_index is not None for b in doc.blocks)
    assert doc.text[doc.posts[2].start : doc.posts[2].end].startswith(
        "ISIS leadership was given Refuge"
    )
    assert doc.text[doc.posts[5].start : doc.posts[5].end].endswith("This explains a lot.")
    assert post_blocks(doc, 0)[0].startswith("The Taliban blames the United States")


def test_handles_are_kept_as_post_authors_not_blocks() -> None:
    doc = thread()
    for handle in ("Nasr", "Pandora", "Clutch", "AZMwi", "One_Nation"):
        start = doc.text.index(f"\n{handle}\n") + 1
        assert any(s <= start < e and k == "usercard" for s, e, k in doc.boilerplate)


def test_clutch_quotes_nasr_in_full() -> None:
    doc = thread()
    clutch = doc.posts[3]
    assert clutch.quoted_post_index == 1
    (span,) = clutch.quote_spans
    nasr = doc.posts[1]
    assert doc.text[span[0] : span[1]] == doc.text[nasr.start : nasr.end]
    assert (span[0], span[1], "quote-repost") in doc.boilerplate
    assert post_blocks(doc, 3) == ["Agree 100%"]
    assert all(p.quoted_post_index is None for i, p in enumerate(doc.posts) if i != 3)


def test_repeated_line_in_a_post_gives_one_block() -> None:
    doc = thread()
    line = "US needs excuses to stay in Muslim countries or to keep them destabilised so they created ISIS."
    assert post_blocks(doc, 4) == [line]
    assert sum(k == "repeat" for _, _, k in doc.boilerplate) == 1


def test_card_without_rank_has_no_author() -> None:
    lines = [
        "A Thread Title With Words",
        "",
        "Sep 26, 2018",
        "9,312",
        "17",
        "Country",
        "France",
        "Hello there.",
    ]
    (card,) = find_cards(lines)
    assert card.author is None and card.start_line == 2 and card.end_line == 7
    assert card.joined == "Sep 26, 2018"


def test_a_date_and_one_number_is_not_a_card() -> None:
    assert find_cards(["Sep 26, 2018", "9,312", "Then prose follows."]) == []


def test_find_quotes_ignores_tiny_posts() -> None:
    assert find_quotes([["ok"], ["ok", "me too"]]) == [None, None]
    assert find_quotes([["A long enough post body."], ["x", "A long enough post body.", "y"]]) == [
        None,
        (0, 1, 2),
    ]


def test_same_sentence_by_another_member_is_not_a_repeat() -> None:
    card = "{name}\n\nFULL MEMBER\nApr 17, 2021\n313\n0\n460\n"
    text = (
        "Some Thread About Things\n\n"
        + card.format(name="Ann")
        + "Prices rose by ten percent last year.\n\n"
        + card.format(name="Bob")
        + "Prices rose by ten percent last year.\nAgreed.\n"
    )
    doc = structure(RawDocument(path="t.txt", format="txt", text=text))
    assert [p.author for p in doc.posts] == ["Ann", "Bob"]
    assert doc.posts[1].quoted_post_index == 0  # the whole earlier post, so a quote
    assert post_blocks(doc, 1) == ["Agreed."]


def test_pages_without_two_count_lines_are_skipped_as_a_scan_would_find() -> None:
    rng = random.Random(5)
    pieces = ["Mar 3, 2019", "1,204", " 87 ", "12\r", "SENIOR MEMBER", "kabul_fan", "", "  ",
              "Country", "Norway", "The mayor said 12 roads were shut.", "4,5", "١٢"]  # fmt: skip
    pages = [["kabul_fan", "SENIOR MEMBER", "Mar 3, 2019", "1,204", "87", "The roads are shut."]]
    pages += [[rng.choice(pieces) for _ in range(rng.randint(1, 12))] for _ in range(3000)]
    for lines in pages:
        text = "\n".join(lines)
        assert find_cards(lines, text) == find_cards(lines), lines
    assert find_cards(["x", "Mar 3, 2019", "1,204", " 87"], "x\nMar 3, 2019\n1,204\n 87")


def _unlabelled_cards_date_first(lines: list[str]) -> list[tuple[int, int]]:
    """The card search as it was written first: every line tried as a date line, then counted."""
    out, i = [], 0
    while i < len(lines):
        if not is_date_line(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and forum._COUNT.fullmatch(lines[j].strip()):
            j += 1
        if j - i - 1 < 2:
            i += 1
            continue
        out.append((i, j))
        i = j
    return out


def test_count_lines_tested_before_the_date_find_the_same_cards() -> None:
    rng = random.Random(11)
    pieces = ["Mar 3, 2019", "1,204", " 87 ", "12\r", "4,5", "١٢", "7\u2028", "", " ", "x 3",
              "Sep 26, 2018", "2,713", "0", "The mayor said 12 roads were shut.", "Mar 3 2019 9"]  # fmt: skip
    found = 0
    for _ in range(3000):
        lines = [rng.choice(pieces) for _ in range(rng.randint(0, 10))]
        want = _unlabelled_cards_date_first(lines)
        got = forum._find_unlabelled_cards(lines)
        assert [(c.start_line, c.end_line) for c in got] == want, lines  # (no rank, no label)
        found += len(want)
    assert found > 200
