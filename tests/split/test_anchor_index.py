"""The anchor-pair buckets of the clustering, built in numpy."""

from __future__ import annotations

import random

from annotator.split.anchor_index import anchor_buckets
from annotator.split.clusters import TextFeatures
from annotator.split.salient import EVENT_CONCEPTS


def _dict_buckets(reps: list[int], sets: list[set[str]], max_bucket: int) -> list[list[int]]:
    """The reference: a dict of lists filled rep by rep, anchor then other token, sorted."""
    index: dict[tuple[str, str], list[int]] = {}
    for i, tokens in zip(reps, sets, strict=True):
        toks = sorted(tokens)
        if len(toks) < 4:
            continue
        for x in [t for t in toks if t in EVENT_CONCEPTS or t[0].isdigit()]:
            for y in toks:
                if y != x:
                    index.setdefault((x, y), []).append(i)
    return [m for m in index.values() if 1 < len(m) <= max_bucket]


def test_anchor_buckets_come_in_the_order_a_dict_filled_rep_by_rep_meets_them() -> None:
    rng = random.Random(5)
    words = ["#casualty", "#attack", "#injured", "13", "170", "2021", "kabul", "airport"]
    words += ["taliban", "troops", "us", "afghan", "bomber", "gate", "ab", "zz9"]
    reps = sorted(rng.sample(range(3000), 300))
    sets = [set(rng.sample(words, rng.randint(2, 9))) for _ in reps]
    for max_bucket in (2, 5, 2000):
        assert anchor_buckets(reps, sets, EVENT_CONCEPTS, max_bucket) == _dict_buckets(
            reps, sets, max_bucket
        )
    assert anchor_buckets([4, 7], [{"a", "b"}, {"a"}], EVENT_CONCEPTS, 10) == []
    assert anchor_buckets([], [], EVENT_CONCEPTS, 10) == []


def test_texts_equal_once_normalised_share_a_key_number() -> None:
    feats = TextFeatures()
    feats.add(["The blast  killed 13.", "Another claim."])
    texts = ["the blast killed 13.", "Another claim.", "The blast  killed 13."]
    keys = [feats.key_of[n] for n in feats.text_numbers(texts)]
    assert keys[0] == keys[2] != keys[1]
    assert feats.norms[keys[0]] == "the blast killed 13."
    assert "the blast killed 13." not in feats.signatures  # numbered only: no signature
    assert feats.figure_sets[feats.figures_of[feats.numbers[texts[0]]]] == {"13"}
