"""Aggregation of labels into gold: majority, median, Dawid-Skene, the `aggregate` entry point."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.agreement.labeltable import LabelRecord
from annotator.datasets.aggregate import (
    Gold,
    TiePolicy,
    aggregate,
    dawid_skene,
    majority_vote,
    median_vote,
)
from annotator.errors import AnnotatorError


def votes(item: str, *labels: str) -> list[tuple[str, str, str]]:
    return [(item, f"a{k}", label) for k, label in enumerate(labels)]


def simulate(accuracies, n_items=2000, n_classes=2, seed=0, per_item=None):
    """Annotators who give the true class with their accuracy, else a uniformly wrong one."""
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, n_classes, n_items)
    records = []
    for j, acc in enumerate(accuracies):
        shift = rng.integers(1, n_classes, n_items)
        label = np.where(rng.random(n_items) < acc, truth, (truth + shift) % n_classes)
        seen = np.ones(n_items, bool) if per_item is None else rng.random(n_items) < per_item
        records += [(f"i{i:05d}", f"a{j}", f"c{label[i]}") for i in np.flatnonzero(seen)]
    return records, {f"i{i:05d}": f"c{t}" for i, t in enumerate(truth)}


def accuracy(gold: dict[str, Gold], truth: dict[str, str]) -> float:
    return float(np.mean([gold[i].label == t for i, t in truth.items() if i in gold]))


# --- majority -----------------------------------------------------------------------------


def test_majority_counts_and_confidence():
    gold = majority_vote(votes("x", "yes", "yes", "no") + votes("y", "no", "no", "no", "yes"))
    assert gold == {"x": Gold("yes", 2 / 3, 3), "y": Gold("no", 0.75, 4)}


def test_majority_accepts_label_records():
    records = [LabelRecord("x", "a", "1"), LabelRecord("x", "b", "1"), ("x", "c", "0")]
    assert majority_vote(records)["x"] == Gold("1", 2 / 3, 3)


def test_missing_values_are_not_votes():
    records = votes("x", "A", "F", "F", "B", "B") + votes("y", "F", "F")
    gold = majority_vote(records, missing=("F",))
    assert gold == {"x": Gold("B", 2 / 3, 3)}  # y had no votes at all


def test_tie_first_takes_lowest_in_order():
    records = votes("x", "b", "a")
    assert majority_vote(records, tie="first")["x"] == Gold("a", 0.5, 2, tie=True)
    assert majority_vote(records, tie="first", order=["b", "a"])["x"].label == "b"


def test_tie_none_gives_no_gold():
    records = votes("x", "b", "a") + votes("y", "a", "a", "b")
    assert majority_vote(records, tie="none") == {"y": Gold("a", 2 / 3, 3)}


def test_tie_random_is_seeded_fair_and_stable():
    records = [r for k in range(2000) for r in votes(f"t{k:04d}", "a", "b", "c", "c", "b")]
    first = majority_vote(records, tie="random", seed=1)
    assert majority_vote(records, tie="random", seed=1) == first
    assert all(g.tie and g.label in ("b", "c") and g.confidence == 0.4 for g in first.values())
    share_b = sum(g.label == "b" for g in first.values()) / len(first)
    assert 0.45 < share_b < 0.55
    other_seed = majority_vote(records, tie="random", seed=2)
    assert any(other_seed[i].label != g.label for i, g in first.items())
    # an item's tie-break does not depend on which other items are in the set
    alone = majority_vote(votes("t0007", "a", "b", "c", "c", "b"), tie="random", seed=1)
    assert alone["t0007"] == first["t0007"]


def test_unknown_tie_policy_is_an_error():
    with pytest.raises(AnnotatorError, match="tie must be one of"):
        majority_vote(votes("x", "a"), tie="coin")  # type: ignore[arg-type]


def test_label_outside_order_is_an_error():
    with pytest.raises(AnnotatorError, match="label 'maybe' is not one of yes, no"):
        majority_vote(votes("x", "yes", "maybe"), order=["yes", "no"])


def test_empty_input_gives_empty_result():
    assert majority_vote([]) == {}
    assert majority_vote(votes("x", "F"), missing=["F"]) == {}
    assert median_vote([], SCALE) == {}
    assert dawid_skene([]).gold == {}


# --- median -------------------------------------------------------------------------------

SCALE = ["1", "2", "3", "4", "5"]


def test_median_odd_and_lower_median_on_even():
    records = votes("odd", "1", "5", "4") + votes("even", "2", "5", "4", "1")
    gold = median_vote(records, SCALE)
    assert gold["odd"] == Gold("4", 1 / 3, 3)
    assert gold["even"] == Gold("2", 0.25, 4, tie=True)  # middle votes 2 and 4 -> lower


def test_median_even_without_tie_and_missing():
    gold = median_vote(votes("x", "3", "3", "6", "1", "5"), SCALE, missing=["6"])
    assert gold["x"] == Gold("3", 0.5, 4)  # sorted 1,3,3,5: both middle votes are 3


def test_median_uses_the_given_order_not_text_order():
    order = ["low", "medium", "high"]
    assert median_vote(votes("x", "high", "medium", "high"), order)["x"].label == "high"
    assert median_vote(votes("x", "low", "medium", "high"), order)["x"].label == "medium"


# --- Dawid-Skene --------------------------------------------------------------------------


def test_dawid_skene_beats_majority_with_unequal_annotators():
    accuracies = [0.9, 0.9, 0.9, 0.55, 0.55, 0.55, 0.55]
    records, truth = simulate(accuracies, n_items=2000, seed=7)
    fit = dawid_skene(records)
    assert fit.converged
    assert accuracy(fit.gold, truth) > accuracy(majority_vote(records), truth)
    for j, true_acc in enumerate(accuracies):
        assert fit.accuracy[f"a{j}"] == pytest.approx(true_acc, abs=0.05)


def test_dawid_skene_model_is_a_distribution():
    records, _ = simulate([0.8, 0.7, 0.6, 0.9], n_items=300, n_classes=3, seed=1, per_item=0.7)
    fit = dawid_skene(records, missing=["c2"])
    assert fit.classes == ["c0", "c1"]
    assert np.allclose(fit.posteriors.sum(axis=1), 1)
    assert sum(fit.priors.values()) == pytest.approx(1)
    for matrix in fit.confusion.values():
        assert matrix.shape == (2, 2) and np.allclose(matrix.sum(axis=1), 1)
    assert all(g.confidence == fit.posteriors[k].max() for k, g in enumerate(fit.gold.values()))
    assert list(fit.gold) == fit.items == sorted(fit.items)
    assert np.isfinite(fit.log_likelihood) and fit.log_likelihood < 0


def test_dawid_skene_init_choices_and_iteration_cap():
    records, truth = simulate([0.8, 0.75, 0.7, 0.6, 0.6], n_items=500, n_classes=3, seed=3)
    by_proportions = dawid_skene(records, init="proportions")
    by_majority = dawid_skene(records, init="majority")
    assert accuracy(by_proportions.gold, truth) == pytest.approx(
        accuracy(by_majority.gold, truth), abs=0.01
    )
    capped = dawid_skene(records, max_iter=1)
    assert capped.iterations == 1 and not capped.converged
    with pytest.raises(AnnotatorError, match="init must be one of"):
        dawid_skene(records, init="random")  # type: ignore[arg-type]


@pytest.mark.filterwarnings("ignore:The copy keyword is deprecated")
def test_dawid_skene_agrees_with_crowd_kit():
    import pandas as pd
    from crowdkit.aggregation import DawidSkene

    accuracies = [0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.9, 0.4]
    records, _ = simulate(accuracies, n_items=1500, n_classes=3, seed=11, per_item=0.5)
    ours = dawid_skene(records).gold
    frame = pd.DataFrame(records, columns=["task", "worker", "label"])
    theirs = DawidSkene(n_iter=100).fit_predict(frame)
    same = np.mean([ours[item].label == label for item, label in theirs.items()])
    assert len(theirs) == len(ours)
    assert same >= 0.99


# --- aggregate ----------------------------------------------------------------------------


def test_aggregate_min_annotations_drop_or_silver():
    records = votes("b", "x", "x", "y") + votes("a", "y")
    assert aggregate(records, min_annotations=2) == {"b": Gold("x", 2 / 3, 3)}
    silver = aggregate(records, min_annotations=2, below_min="silver")
    assert list(silver) == ["a", "b"]
    assert silver["a"] == Gold("y", 1.0, 1, silver=True) and not silver["b"].silver


def test_aggregate_dispatches_methods():
    records = votes("x", "1", "2", "5") + votes("y", "3", "3", "4")
    assert aggregate(records, "median", order=SCALE)["x"].label == "2"
    assert aggregate(records, "majority", tie="first")["x"].label == "1"
    assert set(aggregate(records, "dawid-skene")) == {"x", "y"}
    with pytest.raises(AnnotatorError, match="median aggregation needs the order"):
        aggregate(records, "median")
    with pytest.raises(AnnotatorError, match="method must be one of"):
        aggregate(records, "mean")  # type: ignore[arg-type]


# --- properties ---------------------------------------------------------------------------

LABELS = ["p", "q", "r", "s"]
TIES: tuple[TiePolicy, ...] = ("random", "first", "none")
records_strategy = st.lists(
    st.tuples(st.sampled_from("ijklm"), st.sampled_from("ABCDE"), st.sampled_from(LABELS)),
    min_size=1,
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(records=records_strategy, label=st.sampled_from(LABELS), n=st.integers(1, 6))
def test_unanimous_items_get_their_label_with_confidence_one(records, label, n):
    records = [r for r in records if r[0] != "u"] + votes("u", *[label] * n)
    for tie in TIES:
        assert majority_vote(records, tie=tie)["u"] == Gold(label, 1.0, n)
    assert median_vote(records, LABELS)["u"] == Gold(label, 1.0, n)


@settings(max_examples=150, deadline=None)
@given(records=records_strategy, perm=st.permutations(LABELS), seed=st.integers(0, 3))
def test_relabelling_categories_permutes_outputs(records, perm, seed):
    rename = dict(zip(LABELS, ["zeta", "alpha", "mu", "beta"], strict=True))
    renamed = [(i, a, rename[x]) for i, a, x in records]
    order, renamed_order = perm, [rename[x] for x in perm]
    for tie in TIES:
        before = majority_vote(records, tie=tie, seed=seed, order=order)
        after = majority_vote(renamed, tie=tie, seed=seed, order=renamed_order)
        assert after == {
            i: Gold(rename[g.label], g.confidence, g.n, g.tie) for i, g in before.items()
        }
    fit, fit_renamed = dawid_skene(records, order=order), dawid_skene(renamed, order=renamed_order)
    assert {i: rename[g.label] for i, g in fit.gold.items()} == {
        i: g.label for i, g in fit_renamed.gold.items()
    }
    assert np.array_equal(fit.posteriors, fit_renamed.posteriors)


@settings(max_examples=150, deadline=None)
@given(records=records_strategy, seed=st.integers(0, 3), data=st.data())
def test_majority_is_a_plurality_and_ignores_record_order(records, seed, data):
    gold = majority_vote(records, seed=seed)
    shuffled = data.draw(st.permutations(records))
    assert majority_vote(shuffled, seed=seed) == gold
    assert list(gold) == sorted({i for i, _, _ in records})
    for item, g in gold.items():
        counts = {x: sum(1 for i, _, y in records if i == item and y == x) for x in LABELS}
        assert g.n == sum(counts.values())
        assert counts[g.label] == max(counts.values()) == round(g.confidence * g.n)
        assert g.tie == (sum(c == counts[g.label] for c in counts.values()) > 1)
