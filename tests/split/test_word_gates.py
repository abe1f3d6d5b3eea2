"""Word gates (`word_gates`) never hide a match of the pattern they stand before."""

from __future__ import annotations

import random
import re

import pytest

from annotator.split import acts, documents, english_frames, participles, stance, surveys
from annotator.split.cues import cue_scan_encoded
from annotator.split.indirect import attribute_sentence
from annotator.split.textscan import encode_part
from annotator.split.tracker import Tracker
from annotator.split.word_gates import _GATED, GateSet, WordGate, word_set, words_of


def test_word_set_is_the_sentences_gated_word_runs() -> None:
    WordGate("ab Z09_ it s dog life e mail")  # a gate lists ASCII words
    listed = {w.decode("ascii") for w in _GATED}  # the words of every gate made so far
    rng = random.Random(17)
    pools = [
        "ab Z09_'-.,;:!?\"\t\n",
        "ab Z09_-,. ’éüß“”…ª²",
        "ab дж Ё, .",
        "ab ş ı ğ,",
        "ab 中 é д",
    ]
    cases = ["it's a dog's life", "e-mail", "", "x", "Über die Straße", "  "]
    for _ in range(5000):
        pool = rng.choice(pools)
        cases.append("".join(rng.choice(pool) for _ in range(rng.randint(0, 14))))
    for text in cases:
        padded = "¿ " + text + " ?"
        words = word_set(padded, 2, 2 + len(text))
        runs = re.findall(r"\w+", text)
        if words is None:  # no single-byte encoding holds the text
            assert "中" in text or ("д" in text and any(c in text for c in "éüßş"))
            continue
        assert {w.decode("latin-1") for w in words} == {
            r for r in runs if r.isascii() and r in listed
        }, repr(text)
    assert word_set("Doe's dog-life, it: Über", 0, 24) == {b"s", b"dog", b"life", b"it"}
    assert b"Doe" not in _GATED


def test_gate_needs_a_word_of_every_group() -> None:
    gate = WordGate("make made", "case point")
    assert gate.open(word_set("Doe made the case.", 0, 18))
    assert not gate.open(word_set("Doe made the cases.", 0, 19))  # "cases" is another word
    assert not gate.open(word_set("Doe remade the case.", 0, 20))
    assert gate.open(None)  # no words known: the rule runs
    both = GateSet([WordGate("x"), gate, WordGate("is was", "critic")])
    assert both.open(word_set("made a point", 0, 12))
    assert both.open(word_set("Roe was a critic", 0, 16))
    assert not both.open(word_set("Roe was a point", 0, 15))


_GLUE = [" ", " ", " ", "  ", "\n", ", ", "-", "'", "’", "“", "”", ".", "é"]


def _variants(rng: random.Random, phrase: str, extra: list[str]) -> list[str]:
    """The phrase as written, then with words dropped, swapped, recased and glued otherwise."""
    out = [phrase]
    words = phrase.split()
    for _ in range(40):
        ws = list(words)
        for _ in range(rng.randint(0, 2)):
            k = rng.randrange(len(ws))
            roll = rng.random()
            if roll < 0.3:
                del ws[k]
            elif roll < 0.6:
                ws[k] = rng.choice(extra)
            elif roll < 0.8:
                ws[k] = ws[k].capitalize() if ws[k].islower() else ws[k].lower()
            else:
                ws.insert(k, rng.choice(extra))
        if not ws:
            continue
        text = ws[0]
        for w in ws[1:]:
            text += (" " if rng.random() < 0.8 else rng.choice(_GLUE)) + w
        out.append(text)
    return out


def _check(pattern: re.Pattern[str], opens, phrases: list[str], finds=None) -> None:
    """Variants of each phrase: wherever `finds` (the pattern's search) finds something in
    one, the gate is open for its words."""
    rng = random.Random(23)
    extra = sorted(set(re.findall(r"[a-z]+", pattern.pattern))) + ["Doe", "Jane", "the", "s"]
    finds = finds or (lambda text, s, e: pattern.search(text, s, e) is not None)
    found = 0
    for phrase in phrases:
        for text in _variants(rng, phrase, extra):
            padded = "Q " + text + " q"
            if finds(padded, 2, 2 + len(text)):
                found += 1
                assert opens(word_set(padded, 2, 2 + len(text))), (pattern.pattern[:40], text)
    assert found >= len(phrases) * 5


def test_act_gates_list_every_act_class() -> None:
    assert list(acts._ACT_GATES) == list(acts._ACTS)


def test_act_gates_never_hide_an_act() -> None:
    phrases = [
        "Doe made the case that the tolls must rise",
        "Roe makes it clear that the pier stays shut",
        "Doe made several remarks about the harbour board",
        "Roe made his prediction about the vote",
        "Doe made public promises to pave the quay",
        "Roe had strong views on the toll",
        "Roe pointed to the old ferry",
        "The board released a statement saying it would close",
        "Doe sent out the following statement: no",
        "Roe cast the harbour master as a liar",
        "Doe went after the mayor",
        "Roe delivered a blunt message to the pilots",
        "The club issued a stern warning",
        "The union filed a federal lawsuit over the fares",
        "Doe took a firm stance on the tolls",
        "Roe sounded the alarm over costs",
        "Doe has been a vocal critic of the ferry",
        "Roe was quoted as saying the dock is unsafe",
        "Doe pointed out that the dock is unsafe",
        "The agency projects that fares will rise",
        "Roe is already claiming victory at the port",
        "Doe was attacking the plan for the quay",
        "as Roe put it, the port is lost",
        "Doe took aim at the ferry company",
        "The club released a video that accuses the mayor",
        "Roe spoke out against the tolls",
        "Doe came out in favor of the bridge",
        "Roe opened up about the strike",
        "Doe would not say whether the ferry runs",
        "Roe won't comment on the strike",
        "Doe wouldn’t confirm the closure",
        "Roe isn't saying whether the pier opens",
        "Doe is not commenting on the strike",
        "The board has not said when the ferry runs",
        "Roe hasn’t confirmed the closure",
        "Roe laid out a plan for the quay",
        "Doe fired back at the harbour board",
        "Roe has made no secret of her doubts",
        "The board is looking into the closure",
        "The pilots are looking forward to the season",
        "Roe turned her attention to the pier",
        "Doe signed the new toll bill",
        "Doe doubled down on her plan",
        "Roe raised new questions about the pier",
        "Doe made a last plea to the board",
        "The club released a new ad about the mayor",
        "Roe released data on the fares",
        "Doe stood by her claim that the pier is unsafe",
    ]
    _check(acts._ACT, acts.ACT_GATES.open, phrases)


def _document(text: str, s: int, e: int) -> bool:
    """`document_subject`'s two patterns both match (its other tests only reject)."""
    m = documents._OPENER.match(text, s, e)
    return m is not None and documents._VERB.search(text, m.end(), e) is not None


def test_other_gates_never_hide_a_match() -> None:
    _check(
        stance._KEY,
        stance.STANCE_GATE.open,
        ["Doe is confident that the pier holds", "Roe remains wary of the plan", "sure to win"],
    )
    _check(
        documents._OPENER,
        documents.DOCUMENT_GATE.open,
        [
            "A new harbour survey of pilots shows a split",
            "The e-mail from the board found nothing new",
            "Its filings indicated a loss",
            "Port Authority data suggested a rise",
            "The May harbour poll has Roe leading Hale",
        ],
        finds=_document,
    )
    _check(
        acts._HELD,
        acts.HELD_GATE.open,
        [
            "Jane Doe's claim that the pier is safe",
            "Mr. Roe’s argument on Friday was that it",
            "The harbour pilot's most pointed reply was: it",
        ],
    )
    _check(
        stance._POSSESSED,
        stance.POSSESSED_GATE.open,
        ["in Jane Doe's view the pier is safe", "By the Port Trust’s own tally, it grew"],
    )
    _check(
        surveys._IN_NAMED,
        surveys.NAMED_POLL_GATE.open,
        [
            "Doe led in a new Harbour Times poll",
            "in the Port average of coastal polls",
            "in the latest Harbour Times Poll",
        ],
    )
    _check(
        participles._PARTICIPLE,
        participles.PARTICIPLE_GATE.open,
        ["a harbour PAC supporting Doe", "pilots' polls showing a rise", "a sign saying no'"],
    )


def test_act_classes_read_alone_give_the_matches_of_the_whole_pattern() -> None:
    # `acts._act_matches` searches only the classes whose gate is open, one by one: the same
    # matches (span, class, words) as `_ACT.finditer`, leftmost first, the earlier class at a tie
    texts = [
        "Doe made the case that the tolls must rise and pointed to the old ferry.",
        "Roe is not saying whether the pier opens, but she took aim at the board.",
        "The board hasnot said when the ferry runs; Roe pointed out the cost.",
        "Doe has made no secret of her doubts and made a last plea to the board.",
        "The club released a statement saying it would close, and Doe fired back.",
        "Roe was quoted as saying the dock is unsafe; Doe has been a vocal critic of it.",
        "Nothing here is an act of speech at all.",
        "He’d like to see the quay rebuilt, and she wouldn’t confirm the closure.",
    ]
    for text in texts:
        words = word_set(text, 0, len(text))
        got = [
            (m.span(), m.lastgroup, m.group()) for m in acts._act_matches(text, 0, len(text), words)
        ]
        want = [(m.span(), m.lastgroup, m.group()) for m in acts._ACT.finditer(text, 0, len(text))]
        assert got == want, text
        inner = [(m.span(), m.lastgroup) for m in acts._act_matches(text, 4, len(text) - 3, words)]
        assert inner == [
            (m.span(), m.lastgroup) for m in acts._ACT.finditer(text, 4, len(text) - 3)
        ]


def test_the_cue_scans_runs_stand_for_the_gate_words_without_a_hyphen() -> None:
    for text in ("Mara Lind made the case for a toll, aides said.", "Doe made a well-known case."):
        encoded = encode_part(text, 0, len(text))
        matches, runs = cue_scan_encoded(text, 0, len(text), encoded)
        assert [m.group(1) for m in matches] == (["said"] if "aides" in text else [])
        assert words_of(encoded, runs) == words_of(encoded) == word_set(text, 0, len(text))
    assert cue_scan_encoded("Über 30 Boote", 0, 13, None)[1] is None  # nothing cut: scanned


def test_one_set_test_closes_every_english_frame_gate_it_covers() -> None:
    gates = [
        stance.STANCE_GATE,
        acts.HELD_GATE,
        stance.POSSESSED_GATE,
        documents.DOCUMENT_GATE,
        surveys.NAMED_POLL_GATE,
        participles.PARTICIPLE_GATE,
        participles.RELATIVE_GATE,
    ]
    groups = [sorted(group) for gate in gates for group in gate.groups]
    rng = random.Random(29)
    closed = opened = 0
    for _ in range(4000):  # a word of each group or none: every gate open, closed or in between
        words = frozenset(rng.choice(g) for g in groups if rng.random() < 0.4) | {b"harbour"}
        if english_frames.may_open(words):
            opened += any(gate.open(words) for gate in gates)
        else:
            closed += 1
            assert not any(gate.open(words) for gate in gates), sorted(words)
    assert closed > 50 and opened > 50
    assert english_frames.may_open(None)  # no words known: every rule runs
    assert not english_frames.may_open(word_set("In the harbour that ferry was late", 0, 34))
    assert english_frames.may_open(word_set("In the skipper's view, it was late", 0, 34))


@pytest.mark.parametrize(
    "body,speaker",
    [
        ("In Tom Greer's view, the new ferry is far too slow.", "Tom Greer"),
        ("A harbour survey shows the toll losing support.", "harbour survey"),
        ("The pier reopened in May, and the new ferry was late.", None),
    ],
)
def test_the_english_frames_behind_the_set_test(body: str, speaker: str | None) -> None:
    text = "Harbour news\n\n" + body + "\n"
    attr = attribute_sentence(text, 14, 14 + len(body), Tracker())
    assert (attr.speaker if attr else None) == speaker
