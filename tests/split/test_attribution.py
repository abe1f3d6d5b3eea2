"""Attribution on the seed documents: quote spans, speakers, cues, pronouns, continuations."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from annotator.split.attribution import Tracker, attribute_block, build_name_index, quote_spans
from annotator.split.claims import extract_claims
from annotator.split.document import ClaimDraft, RawDocument
from annotator.split.document_rows import split_document
from annotator.split.quotes import direct_quotes
from annotator.split.sentences import split_sentences
from annotator.split.structure import structure

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@cache
def claims_of(prefix: str) -> tuple[ClaimDraft, ...]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    raw = RawDocument(path=str(path), format="txt", text=path.read_text(encoding="utf-8"))
    return tuple(extract_claims(structure(raw)))


def find(prefix: str, fragment: str) -> ClaimDraft:
    hits = [c for c in claims_of(prefix) if fragment in c.text]
    assert hits, f"no claim with {fragment!r} in seed {prefix}"
    return hits[0]


@pytest.mark.parametrize(
    "seed,fragment,speaker,cue",
    [
        (
            "003",
            "The Islamic Emirate has no need for cooperation",
            "Qari Saeed Khosty",
            "told Newsweek",
        ),
        ("003", "As you see, it was with American help", "Qari Saeed Khosty", "told Newsweek"),
        ("003", "we do not have any personnel on the ground", "John Rigsbee", "told Newsweek"),
        ("003", "there is no doubt that the malicious hand", "Ahmad Yasir", "replied"),
        (
            "004",
            "If it is true that there really is this alliance",
            "Michael Kugelman",
            "told Sputnik",
        ),
        ("004", "The Taliban likes to", "Michael Kugelman", "argued"),  # "the expert argued"
        ("004", "The Taliban has been doing pretty well", "Michael Kugelman", "said"),  # "he said"
        ("004", "So the idea that it would wanna look", "Michael Kugelman", "concluded"),
        ("000", "We have no idea what the Taliban would do", "Richard Kemp", "said"),
        ("000", "They can’t be trusted", "Richard Kemp", "said"),
        ("000", "What the UK government needs to do first", "Lord Danat", "said"),
        ("000", "Only then will our future actions make sense", "Lord Danat", "said"),
        ("000", "In the last few months in Eastern Afghanistan", "Kenneth Mackenzie", "said"),
        ("001", "in the interest of the Taliban", "Joe Biden", "said"),
        ("001", "It's not a matter of trust", "Joe Biden", "added"),
        ("001", "ahead of where we are", "Jen Psaki", "said"),
        ("001", "They want no U.S. presence", "Kabir Taneja", "added"),
        ("001", "Whatever happens now in Afghanistan", "Kabir Taneja", "added"),
        (
            "001",
            "our local partners have just been routed",
            "William Wechsler",
            "told Bloomberg Television",
        ),
        ("001", "there's nothing the Americans can do", "Greg Barton", "told Bloomberg Television"),
        ("002", "It is something ISIS has been working towards", "Michael Maloof", "said"),
        ("002", "They want to tell the Taliban", "Michael Maloof", "said"),
        ("002", "There is a huge disconnect", "Michael Maloof", "continued"),
        ("002", "The Taliban will be unable to control ISIS", "Michael Maloof", "continued"),
        ("002", "They need international funding", "Michael Maloof", "continued"),
        (
            "002",
            "ISIS are a common enemy for the Taliban and the US",
            "Michael Maloof",
            "continued",
        ),
        ("002", "We were at war with the Taliban for 20 years", "Rick Sanchez", "responded"),
        ("002", "No death will be caused", "Zabihullah Mujahid", "said"),
    ],
)
def test_quoted_speaker_and_cue(seed: str, fragment: str, speaker: str, cue: str) -> None:
    claim = find(seed, fragment)
    assert (claim.speaker, claim.cue, claim.quote) == (speaker, cue, True)


def test_indirect_speech_is_attributed_but_not_a_quote() -> None:
    claim = find("002", "Speaking to RT, Michael Maloof said that")
    assert (claim.speaker, claim.cue, claim.quote) == ("Michael Maloof", "said", False)
    claim = find("000", "According to US President Joe Biden")
    assert (claim.speaker, claim.cue, claim.quote) == ("Joe Biden", "according to", False)


def test_a_dotted_abbreviation_keeps_its_final_dot() -> None:
    claim = find("003", "The U.S. responded with airstrikes")
    assert (claim.speaker, claim.cue, claim.quote) == ("U.S.", "responded", False)
    assert claim.text.startswith("The U.S. responded")


def test_outlet_voice_has_no_speaker() -> None:
    claim = find("003", "The bombing killed 13 U.S. soldiers")
    assert (claim.speaker, claim.cue, claim.quote) == (None, None, False)
    claim = find("002", "ISIS-K is the most extreme and violent")
    assert claim.speaker is None


def test_forum_posts_are_spoken_by_their_author() -> None:
    claim = find("003", "Agree 100%")
    assert (claim.speaker, claim.cue) == ("Clutch", "posted")
    claim = find("003", "ISIS leadership was given Refuge")
    assert (claim.speaker, claim.cue, claim.quote) == ("Pandora", "posted", False)


def test_fullest_name_index() -> None:
    text = "Army Major John Rigsbee spoke. Rigsbee said so. Qari Saeed Khosty agreed with Khosty."
    names = build_name_index(text)
    assert names["Rigsbee"] == "John Rigsbee"
    assert names["Khosty"] == "Qari Saeed Khosty"


def test_quote_spans_straight_curly_and_unclosed() -> None:
    text = 'He said "one two." Then “three four” and “five'
    assert [text[s:e] for s, e in quote_spans(text, 0, len(text))] == [
        '"one two."',
        "“three four”",
        "“five",
    ]


def test_a_paragraph_opened_with_a_closing_mark_is_a_quote() -> None:
    text = "”The ferry must run. The bridge can wait.” ― Ann Liddell"
    assert [text[s:e] for s, e in quote_spans(text, 0, len(text))] == [
        "”The ferry must run. The bridge can wait.”"
    ]
    claims = split_document(RawDocument(path="q.txt", format="txt", text=text)).claims
    assert {c["speaker"] for c in claims if "ferry" in c["text"]} == {"Ann Liddell"}
    plain = "He left.” Then the ferry came."
    assert quote_spans(plain, 0, len(plain)) == []


def test_pronoun_resolves_to_nearest_speaker_in_a_block() -> None:
    text = (
        "Analyst Jane Doe said the talks failed. “There is no deal. There will be none,” she added."
    )
    tracker = Tracker(names=build_name_index(text))
    spans = split_sentences(text)
    attrs = attribute_block(text, 0, len(text), spans, tracker)
    assert [(a.speaker, a.cue, a.quote) for a in attrs] == [
        ("Jane Doe", "said", False),
        ("Jane Doe", "added", True),
        ("Jane Doe", "added", True),
    ]


def test_attribute_block_reads_the_quotes_it_is_given() -> None:
    text = (
        "The mayor spoke first. “The bridge opens in May, and the tolls stay low,” Ann Vale said."
    )
    spans = split_sentences(text)

    def attrs(quotes: list[tuple[int, int]] | None) -> list[tuple[str | None, bool]]:
        tracker = Tracker(names=build_name_index(text))
        return [
            (a.speaker, a.quote)
            for a in attribute_block(text, 0, len(text), spans, tracker, quotes)
        ]

    found = attrs(None)
    assert found == [(None, False), ("Ann Vale", True)]
    assert attrs(direct_quotes(text, 0, len(text))) == found  # the caller's scan, the same answer
    assert attrs([])[1][1] is False  # no quotes given: the sentence is not read as a quote


def test_attribute_block_leaves_no_reference_cycle() -> None:
    """Its state is freed on return (no cycle left for the collector to find): a block with
    quotes, whose recursive quote reader made one, and a block with none."""
    import gc

    texts = [
        "Tom Berg said the pier was closed. “The storm broke it,” he added. “We wait.”",
        "The ferry left at noon and came back at six.",
    ]
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        for text in texts:
            tracker = Tracker(names=build_name_index(text))
            assert attribute_block(text, 0, len(text), split_sentences(text), tracker)
            del tracker
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


def test_lazy_name_index_gives_what_the_full_index_gives() -> None:
    from annotator.split.attribution import NameIndex

    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        full = build_name_index(text)
        lazy = NameIndex(text)
        for key in [*full, *(w.strip(",;:.") for w in text.split()[:300]), "Jr.", "Nobody"]:
            assert lazy.get(key) == full.get(key), key
    text = "Army Major John Rigsbee said. Rigsbee added. Qari Saeed Khosty and Khosty."
    full, lazy = build_name_index(text), NameIndex(text)
    assert all(lazy.get(k) == v for k, v in full.items()) and lazy.get("Major") is None


def test_many_quotes_in_one_paragraph_keep_their_speakers() -> None:
    # a paragraph's sentences look only at the quotes around them: each still gets its own
    from annotator.split.document import RawDocument
    from annotator.split.document_rows import split_document

    para = " ".join(
        f'Item {i} was noted. "Quote number {i} is here," Smith said.' for i in range(300)
    )
    claims = split_document(RawDocument(path="q.txt", format="txt", text=f"T\n\n{para}\n")).claims
    quoted = [c for c in claims if c["quote"]]
    assert len(quoted) == 300
    assert {c["speaker"] for c in quoted} == {"Smith"}
    assert all(c["text"] == f"Quote number {i} is here" for i, c in enumerate(quoted))
