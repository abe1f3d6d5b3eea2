"""Boilerplate on the five seeds: what is cut, what is kept, and the invariants on any text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.split import boilerplate as bp
from annotator.split.document import RawDocument, StructuredDocument
from annotator.split.ingest import read_documents
from annotator.split.structure import structure

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed(prefix: str) -> StructuredDocument:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    docs, errors = read_documents(path)
    assert not errors
    return structure(docs[0])


def block_texts(doc: StructuredDocument) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks]


def kind_of(doc: StructuredDocument, line: str, whole_line: bool = False) -> str:
    """The kind of the boilerplate span holding `line`; fails if a block holds any of it."""
    pattern = r"\s+".join(re.escape(w) for w in line.split(" "))  # seeds hold no-break spaces
    if whole_line:
        pattern = rf"(?m)^{pattern}$"
    found = re.search(pattern, doc.text)
    assert found, f"not in the text: {line!r}"
    start, end = found.span()
    assert not any(b.start < end and start < b.end for b in doc.blocks), f"kept: {line!r}"
    kinds = [k for s, e, k in doc.boilerplate if s <= start and end <= e]
    assert kinds, f"not in any boilerplate span: {line!r}"
    return kinds[0]


def kept(doc: StructuredDocument, paragraph: str) -> None:
    assert paragraph.split() in [t.split() for t in block_texts(doc)], f"not a block: {paragraph!r}"


def check_invariants(doc: StructuredDocument) -> None:
    text = doc.text
    previous_end = 0
    for b in doc.blocks:
        assert 0 <= b.start < b.end <= len(text)
        assert b.start >= previous_end, "blocks overlap or are out of order"
        previous_end = b.end
        piece = text[b.start : b.end]
        assert piece == piece.strip() and piece.strip()
        for s, e, kind in doc.boilerplate:
            assert e <= b.start or s >= b.end, f"block meets {kind} span"
    for s, e, kind in doc.boilerplate:
        assert 0 <= s < e <= len(text) and kind
    for p in doc.posts:
        assert 0 <= p.start <= p.end <= len(text)
        for s, e in p.quote_spans:
            assert p.start <= s < e <= p.end


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_invariants_on_seeds(prefix: str) -> None:
    check_invariants(seed(prefix))


def test_seed_000_dateline_junk_and_footer() -> None:
    doc = seed("000")
    assert kind_of(doc, "($1=0.72 British Ponds)") == "junk"
    assert kind_of(doc, "LONDON,") == "dateline"
    assert kind_of(doc, "The situation in Afghanistan") == "heading"
    assert kind_of(doc, "Follow us everywhere and at any time.") == "social"
    assert kind_of(doc, "Our standards: Manifesto & ethical princliples") == "social"
    assert any(
        t.startswith("In an interview with The Telegraph last week") for t in block_texts(doc)
    )
    kemp = next(t for t in block_texts(doc) if "Richard Kemp" in t)
    assert kemp.startswith("“We have no idea") and kemp.endswith("still exist.")
    assert len(doc.blocks) == 17


def test_seed_001_masthead_related_list_and_repeat() -> None:
    doc = seed("001")
    assert kind_of(doc, "بالشعب و للشعب") == "slogan"
    assert kind_of(doc, "Friday, Apr 26, 2024") == "page-date"
    for heading in (
        "'Routed and Dispersed'",
        "Pakistan, China",
        "'There's Nothing the Americans Can Do'",
    ):
        assert kind_of(doc, heading) == "heading"
    for line in (
        "Newsletter",
        "Related Articles",
        "Is artificial intelligence the solution to cyber security threats?",
        '"Gazans Urge Israeli Forces to Target Hamas in Leaked Audio"',
        "Egypt has been identified as the leading military force among Arab nations and ranks 15th globally",
        "South Africa Urges World Court to Halt Israeli Actions in Gaza",
    ):
        assert kind_of(doc, line) == "related"
    for line in ("0:00", "Close", "×"):
        assert kind_of(doc, line, whole_line=True) == "player"
    awkward = "The situation is awkward for both the U.S. and the Taliban."
    assert sum(t.startswith(awkward) for t in block_texts(doc)) == 1
    assert any(k == "repeat" and doc.text[s:e].startswith(awkward) for s, e, k in doc.boilerplate)
    kept(
        doc,
        "Moreover, intelligence-sharing between the former Afghan government and other nations is now halted at a time when many jailed terrorists have been set free.",
    )
    assert block_texts(doc)[-1].startswith(
        '"There\'s nothing the Afghan Taliban can easily do about this,"'
    )


def test_seed_002_teasers_consent_and_quotes() -> None:
    doc = seed("002")
    assert kind_of(doc, "We use your sign-up to provide content") == "consent"
    assert (
        kind_of(
            doc, "JUST IN: EU at war with itself? Parliament moves to take von der Leyen to court"
        )
        == "teaser"
    )
    assert kind_of(doc, "Kabul: Taliban flags sold by vendor outside embassy") == "teaser"
    assert (
        kind_of(doc, "Biden shamed: Taliban flag shop set up outside US embassy [VIDEO]")
        == "teaser"
    )
    assert (
        kind_of(doc, "Taliban-China deal exposed as militants make pledge to Beijing [INSIGHT]")
        == "teaser"
    )
    assert kind_of(doc, "Source: Read Full Article") == "nav"
    assert kind_of(doc, "‘Desperate’ Taliban leaders beg for US help") == "title"
    kept(doc, "ISIS ‘common enemy’ for US and Taliban says expert")  # a standfirst carries a claim
    kept(doc, "“ISIS are a common enemy for the Taliban and the US.”")
    kept(doc, "“The Taliban is more moderate than ISIS. The Taliban need recognition.")
    assert block_texts(doc)[-1] == "“We will not allow anyone to use Afghanistan against them.”"


def test_seed_003_forum_chrome_and_caption() -> None:
    doc = seed("003")
    assert kind_of(doc, "What's new") == "nav"
    assert kind_of(doc, "Taliban, officials, ISIS, mosque, blast, Kunduz") == "tags"
    assert kind_of(doc, "AFP/GETTY IMAGES") == "credit"
    assert kind_of(doc, "Users Who Are Viewing This Thread") == "forum-chrome"
    assert kind_of(doc, "Top Bottom") == "forum-chrome"
    for card_line in (
        "SENIOR MEMBER",
        "Dec 9, 2018",
        "2,713",
        "Country\nPakistan\nLocation\nPakistan",
    ):
        assert kind_of(doc, card_line) == "usercard"
    caption = next(t for t in block_texts(doc) if t.startswith("Taliban officials are pictured"))
    assert caption.endswith("Sunni Muslim group.")  # the caption is kept, its credit is not
    kept(doc, "Agree 100%")
    kept(doc, "This explains a lot.")


def test_seed_004_player_nav_related_tags() -> None:
    doc = seed("004")
    assert kind_of(doc, "Listen Live") == "player"
    assert kind_of(doc, "Asia & Pacific") == "nav"
    assert kind_of(doc, "Get short URL") == "nav"
    assert kind_of(doc, "Taliban Pledges Support to Afghanistan in Anti-Daesh Fight") == "related"
    assert kind_of(doc, "alliance, Daesh, Taliban, Afghanistan") == "tags"
    assert kind_of(doc, "Community standardsDiscussion") == "forum-chrome"
    kept(
        doc,
        "The Afghan wing of Daesh was formed in 2015, when infighting between Taliban factions broke out.",
    )
    assert len(doc.blocks) == 10


def test_shape_rules() -> None:
    assert bp.is_headline_like("Is artificial intelligence the solution to cyber security threats?")
    assert not bp.is_headline_like("The K stands for ‘Khorasan.’")
    assert bp.is_tag_line("alliance, Daesh, Taliban, Afghanistan")
    assert not bp.is_tag_line("Be it in Syria, Iraq, Yemen, Libya or Afghanistan.")
    assert not bp.is_tag_line("Pakistan, China")
    assert bp.is_teaser(
        "Biden has shown us contempt, time to end the ‘special relationship’ [COMMENT]"
    )
    assert not bp.is_teaser("WASHINGTON: The president said on Monday that talks would resume.")
    assert bp.inline_junk("Shares rose 3% ($1 = 0.9 euros) on Friday.") == [(15, 31, "junk")]


def test_hard_wrapped_lines_join_into_one_block() -> None:
    text = "Title Of Some Plain Page Here\n\nThe minister said the figure was\nwrong and would be revised.\n"
    doc = structure(RawDocument(path="x.txt", format="txt", text=text))
    assert block_texts(doc) == ["The minister said the figure was\nwrong and would be revised."]


def test_page_without_prose_keeps_its_lines() -> None:
    doc = structure(RawDocument(path="x.jsonl:1", format="jsonl", text="Vaccines cause autism"))
    assert block_texts(doc) == ["Vaccines cause autism"]


_lines = st.lists(
    st.one_of(
        st.text(max_size=80),
        st.sampled_from(
            [
                "",
                " ",
                "\xa0",
                "Close",
                "0:00",
                "SENIOR MEMBER",
                "Dec 9, 2018",
                "2,713",
                "5",
                "Country",
                "Pakistan",
                "Nasr",
                "Agree 100%",
                "a, b, c, d",
                "LONDON, ($1=0.72 British Ponds) – He said it was so, and it was.",
                "The long-time foes are understood to be cooperating with one another.",
                "Taliban flags sold by vendor outside embassy",
                "x.AFP/GETTY IMAGES",
            ]
        ),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(_lines)
def test_structure_never_raises_and_keeps_invariants(lines: list[str]) -> None:
    doc = structure(RawDocument(path="fuzz.txt", format="txt", text="\n".join(lines)))
    check_invariants(doc)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_structure_on_any_text(text: str) -> None:
    check_invariants(structure(RawDocument(path="fuzz.txt", format="txt", text=text)))


# The fast forms used by the line rules agree with the plain definitions they replace.
_shapes = st.text(alphabet="aZé字 .,'’-_1²\t[]():AFPREUTERS", max_size=120)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_shapes, st.sampled_from(["share", " Read more ", "12:30", "Comments (3)", "×"])))
def test_widget_kind_is_the_first_widget_pattern_that_matches(line: str) -> None:
    s = line.strip()
    expected = None
    if s and len(s) <= 600:
        expected = next((kind for kind, p in bp.WIDGETS if p.fullmatch(s)), None)
        expected = expected or bp.shape_widget_kind(s)
    assert bp.widget_kind(line) == expected


@settings(max_examples=300, deadline=None)
@given(_shapes)
def test_word_thresholds_match_word_count(line: str) -> None:
    n = len(bp.words(line))
    for k in (1, 3, 12, 25, 31):
        assert bp._has_words(line, k) == (n >= k)
    prose = (
        (n >= 3 and bp.ends_sentence(line)) or n >= 25 or (n >= 12 and bp.has_sentence_break(line))
    )
    assert bp.is_prose(line) == (prose and not bp.widget_kind(line))


def test_credit_after_a_mark_or_a_space_only() -> None:
    def credit(line: str) -> str | None:
        spans = [(s, e) for s, e, kind in bp.inline_junk(line) if kind == "credit"]
        return line[spans[0][0] : spans[0][1]] if spans else None

    assert credit("Crowds gathered near the old bridge.AFP/GETTY IMAGES") == "AFP/GETTY IMAGES"
    assert credit("Crowds gathered near the old bridge ”Reuters  ") == "Reuters"
    assert credit("Crowds gathered near the old bridge\tEPA / Jane Doe") == "EPA / Jane Doe"
    assert credit("Crowds gathered near the old bridge xAFP") is None  # glued to a word
    assert credit("Crowds gathered near the old bridge,PA") is None  # right after a comma


def _nav_bar_separators_first(s: str) -> bool:
    """`is_nav_bar` as it was written before the sentence-end test moved first."""
    if len(s) > 300:
        return False
    if bp._NAV_HINT.search(s):
        if bp.ends_sentence(s):
            return False
        items = [i for i in bp._NAV_SEPARATORS.split(s) if i]
        if len(items) >= 3:
            return all(len(i) <= 30 and 1 <= len(bp.words(i)) <= 3 for i in items)
    if len(s) > 200 or not s[:1].isupper() or bp.ends_sentence(s):
        return False
    ws = s.split()
    if len(ws) < 7 or len(ws) > 20:
        return False
    return all(w[:1].isupper() and w.isalpha() and w.lower() not in bp._SMALL_WORDS for w in ws)


_bars = st.lists(
    st.sampled_from(["Pantry", "Garden", "Loft", "Atelier", "of", "Kiln", "Yard", "Quay", "x."]),
    min_size=1,
    max_size=22,
)


_bar_lines = st.builds(
    lambda items, sep, end: sep.join(items) + end,
    _bars,
    st.sampled_from([" ", " | ", " › ", " / ", "\t", "   "]),
    st.sampled_from(["", ".", "!", "?", ".”", " |"]),
)


@settings(max_examples=300, deadline=None)
@given(_shapes | _bar_lines)
def test_nav_bar_same_with_the_sentence_end_first(line: str) -> None:
    assert bp.is_nav_bar(line) == _nav_bar_separators_first(line)


def test_nav_bar_and_a_sentence_with_bars() -> None:
    assert bp.is_nav_bar("Pantry | Garden | Loft | Atelier")
    assert not bp.is_nav_bar("Pantry | Garden | Loft | Atelier.")  # ends like a sentence
