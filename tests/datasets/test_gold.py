"""Annotations -> gold per field (annotator.datasets.gold), and Dawid-Skene at the dataset level."""

from __future__ import annotations

import random

from test_dataset import SCHEMA, gold_of, seed_store, values

from annotator.datasets.dataset import build_dataset
from annotator.datasets.gold import Vote, gold_items, pseudonym_map

P = pseudonym_map(["a", "b", "c", "judge"])


def one(votes: list[Vote], **kw: object) -> dict:
    items = gold_items(SCHEMA, [("c1", votes)], P, **kw)  # type: ignore[arg-type]
    return items[0] if items else {}


def test_pseudonyms_follow_sorted_ids() -> None:
    assert pseudonym_map(["z", "b", "b", "a"]) == {
        "a": "annotator-1",
        "b": "annotator-2",
        "z": "annotator-3",
    }


def test_cannot_be_judged_is_not_a_vote() -> None:
    item = one(
        [
            Vote("a", values(rel="F", cred="6")),
            Vote("b", values(rel="F", cred="6")),
            Vote("c", values(rel="D", cred="5")),
        ]
    )
    assert item["gold"]["source_reliability"]["label"] == "D"
    assert item["gold"]["source_reliability"]["n"] == 1
    assert item["gold"]["credibility"]["label"] == "5"
    # raw keeps the F values
    assert item["raw"]["source_reliability"] == {
        "annotator-1": "F",
        "annotator-2": "F",
        "annotator-3": "D",
    }


def test_only_missing_values_give_no_gold() -> None:
    item = one([Vote("a", values(rel="F")), Vote("b", values(rel="F"))])
    assert item["gold"]["source_reliability"] == {
        "label": None,
        "confidence": None,
        "n": 0,
        "source": None,
        "silver": False,
    }
    assert item["gold"]["stance_us_taliban"]["label"] == "support"


def test_adjudication_wins_even_against_unanimity() -> None:
    item = one([Vote("a", values()), Vote("b", values()), Vote("judge", values("refute"), True)])
    g = item["gold"]["stance_us_taliban"]
    assert (g["label"], g["confidence"], g["source"], g["n"]) == ("refute", 1.0, "adjudication", 2)
    assert "annotator-4" not in item["raw"]["stance_us_taliban"]


def test_adjudicated_cannot_be_judged_nulls_the_gold() -> None:
    item = one([Vote("a", values()), Vote("judge", values(rel="F"), True)])
    assert item["gold"]["source_reliability"]["label"] is None
    assert item["gold"]["source_reliability"]["source"] == "adjudication"


def test_median_on_ordinal_majority_on_nominal() -> None:
    votes = [
        Vote("a", values("support", "A")),
        Vote("b", values("refute", "C")),
        Vote("c", values("refute", "E")),
    ]
    item = one(votes, method="median")
    assert item["gold"]["source_reliability"]["label"] == "C"
    assert item["gold"]["stance_us_taliban"]["label"] == "refute"


def test_one_annotator_counts_once() -> None:
    item = one([Vote("a", values("refute")), Vote("a", values("support")), Vote("b", values())])
    assert item["gold"]["stance_us_taliban"] == {
        "label": "support",
        "confidence": 1.0,
        "n": 2,
        "source": "vote",
        "silver": False,
    }


def test_claim_without_any_gold_is_left_out() -> None:
    only_missing = {"source_reliability": "F", "credibility": "6"}
    assert gold_items(SCHEMA, [("c1", [Vote("a", only_missing)])], P) == []


def test_dawid_skene_beats_majority_on_unequal_annotators() -> None:
    rng = random.Random(7)
    classes = ["support", "refute", "discuss", "unrelated"]
    accuracy = {"good-1": 0.95, "good-2": 0.9, "bad-1": 0.35, "bad-2": 0.35, "bad-3": 0.35}
    truth: dict[str, str] = {}
    rows: dict[str, list] = {}
    for k in range(300):
        claim = f"c{k:04d}"
        truth[claim] = rng.choice(classes)
        rows[claim] = []
        for who, acc in accuracy.items():
            # bad annotators mostly answer "unrelated": a bias Dawid-Skene can learn
            label = (
                truth[claim]
                if rng.random() < acc
                else ("unrelated" if who.startswith("bad") else rng.choice(classes))
            )
            rows[claim].append((who, {**values(), "stance_us_taliban": label}, False))
    seed_store(rows)

    def accuracy_of(name: str) -> float:
        gold = gold_of(name)
        return sum(gold[c]["stance_us_taliban"]["label"] == t for c, t in truth.items()) / len(
            truth
        )

    build_dataset("mv", method="majority")
    build_dataset("ds", method="dawid-skene")
    mv, ds = accuracy_of("mv"), accuracy_of("ds")
    assert ds > mv + 0.1, (mv, ds)
    assert ds > 0.9
