"""Agreement coefficients: published worked examples, peer libraries, bootstrap, diagnostics."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.agreement.bootstrap import resample_alphas
from annotator.agreement.coefficients import alpha_features
from annotator.agreement.labeltable import LabelRecord
from annotator.agreement.summary import (
    UndefinedMetric,
    annotator_table,
    bootstrap_alpha,
    build_field_report,
    cohen_kappa,
    coincidence_matrix,
    confusion_matrix,
    encode,
    fleiss_kappa,
    group_alphas,
    gwet_ac,
    gwet_ac1,
    item_disagreement,
    krippendorff_alpha,
    pair_agreement,
    percent_agreement,
    scott_pi,
    summarize,
)
from annotator.errors import AnnotatorError

# Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability", section C: 4 observers x
# 12 units with missing values. The same table is Gwet (2014)'s "4 raters" example.
K2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


def table_records(matrix, annotators="ABCD"):
    return [
        LabelRecord(f"u{j:02d}", annotators[i], str(v))
        for i, row in enumerate(matrix)
        for j, v in enumerate(row)
        if v is not None
    ]


@pytest.fixture
def k2011():
    return table_records(K2011)


# ------------------------------------------------------------ published worked examples


@pytest.mark.parametrize(
    ("level", "expected"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_krippendorff_2011_worked_example(k2011, level, expected):
    assert round(krippendorff_alpha(encode(k2011, level)), 3) == expected


def test_krippendorff_2011_coincidence_matrix(k2011):
    # Krippendorff (2011) p. 5: the coincidence matrix of the worked example, n = 40.
    o = coincidence_matrix(encode(k2011, "nominal"))
    third = 1 / 3
    expected = [
        [7, 4 * third, third, third, 0],
        [4 * third, 10, 4 * third, third, 0],
        [third, 4 * third, 8, third, 0],
        [third, third, third, 4, 0],
        [0, 0, 0, 0, 3],
    ]
    np.testing.assert_allclose(o, expected, atol=1e-12)
    assert o.sum() == pytest.approx(40)


def test_gwet_2014_four_raters_example(k2011):
    # Gwet (2014) Handbook of Inter-Rater Reliability, 4th ed.; values as published with the
    # irrCAC package (pa 0.818, pe 0.190, AC1 0.775; AC2 linear 0.859, quadratic 0.914,
    # ordinal 0.899; Fleiss' kappa 0.761).
    r = encode(k2011, "ordinal")
    assert round(percent_agreement(r), 3) == 0.818
    assert round(gwet_ac1(r), 3) == 0.775
    assert round(gwet_ac(r, "linear"), 3) == 0.859
    assert round(gwet_ac(r, "quadratic"), 3) == 0.914
    assert round(gwet_ac(r, "ordinal"), 3) == 0.899
    assert round(fleiss_kappa(r), 3) == 0.761


def test_gwet_ac1_by_hand(k2011):
    # AC1 = (pa - pe) / (1 - pe), with
    #   pa = mean over the 11 items with >= 2 ratings of sum_k r_ik (r_ik - 1) / (r_i (r_i - 1))
    #   pi_k = mean over all 12 items of r_ik / r_i;  pe = sum_k pi_k (1 - pi_k) / (q - 1), q = 5
    item_agreement = [1, 0.5, 1, 1, 1, 0, 1, 0.5, 1, 1, 1]  # u05: 1,2,3,4; u01, u07: 3 of 4 agree
    pa = sum(item_agreement) / 11
    shares = {  # r_ik / r_i per item (u11 has one rating, still counted in pi)
        1: [1, 0.25, 0.75, 1],
        2: [0.75, 1, 0.25, 0.25, 1],
        3: [0.25, 1, 1, 0.25, 1],
        4: [0.25, 1],
        5: [1],
    }
    pi = {k: sum(v) / 12 for k, v in shares.items()}
    assert sum(pi.values()) == pytest.approx(1)
    pe = sum(p * (1 - p) for p in pi.values()) / 4
    expected = (pa - pe) / (1 - pe)
    assert gwet_ac1(encode(k2011, "nominal")) == pytest.approx(expected, abs=1e-12)
    assert expected == pytest.approx(0.77544, abs=1e-5)


# ------------------------------------------------------------ peer libraries on random data


def random_table(seed, n_items=40, n_annotators=5, n_cat=4, missing=0.3, signal=0.6):
    """Reliability matrix (annotators x items, NaN = missing) with a hidden true category."""
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, n_cat, size=n_items)
    noise = rng.integers(0, n_cat, size=(n_annotators, n_items))
    m = np.where(rng.random((n_annotators, n_items)) < signal, truth, noise).astype(float)
    m[rng.random(m.shape) < missing] = np.nan
    return m


def matrix_records(m, values=None):
    values = values or (lambda v: str(int(v) + 1))
    return [
        LabelRecord(f"i{j:03d}", f"a{i}", values(v))
        for i, row in enumerate(m)
        for j, v in enumerate(row)
        if not np.isnan(v)
    ]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_alpha_matches_krippendorff_package(seed, level):
    import krippendorff

    m = random_table(seed, n_cat=3 + seed % 4)
    expected = krippendorff.alpha(reliability_data=m + 1, level_of_measurement=level)
    ours = krippendorff_alpha(encode(matrix_records(m), level))
    assert ours == pytest.approx(float(expected), abs=1e-9)


def test_alpha_matches_krippendorff_package_on_real_numbers():
    import krippendorff

    rng = np.random.default_rng(7)
    m = np.round(rng.gamma(2.0, 10.0, size=(4, 30)) + rng.normal(0, 5, size=30), 2).clip(0)
    m[rng.random(m.shape) < 0.25] = np.nan
    records = matrix_records(m, values=lambda v: repr(float(v)))
    for level in ("interval", "ratio"):
        expected = krippendorff.alpha(reliability_data=m, level_of_measurement=level)
        assert krippendorff_alpha(encode(records, level)) == pytest.approx(
            float(expected), abs=1e-9
        )


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("weights", [None, "linear", "quadratic"])
def test_cohen_kappa_matches_sklearn(seed, weights):
    from sklearn import metrics

    m = random_table(seed, n_items=60, n_annotators=2, n_cat=5)
    both = ~np.isnan(m).any(0)
    order = [str(k) for k in range(1, 6)]
    expected = metrics.cohen_kappa_score(
        [str(int(v) + 1) for v in m[0, both]],
        [str(int(v) + 1) for v in m[1, both]],
        labels=order,
        weights=weights,
    )
    r = encode(matrix_records(m), "ordinal", order=order)
    assert cohen_kappa(r, weights) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("seed", range(5))
def test_fleiss_kappa_matches_statsmodels_on_complete_data(seed):
    from statsmodels.stats import inter_rater

    m = random_table(seed, n_items=50, n_annotators=3 + seed, n_cat=4, missing=0.0)
    counts, _ = inter_rater.aggregate_raters(m.T.astype(int))
    expected = inter_rater.fleiss_kappa(counts, method="fleiss")
    assert fleiss_kappa(encode(matrix_records(m), "nominal")) == pytest.approx(expected, abs=1e-9)


def test_scott_pi_two_annotators_by_hand():
    a = list("AABBCCAABC")
    b = list("AABCCCABBA")
    records = [LabelRecord(str(i), "x", v) for i, v in enumerate(a)]
    records += [LabelRecord(str(i), "y", v) for i, v in enumerate(b)]
    p_o = sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
    pooled = a + b
    p_e = sum((pooled.count(c) / len(pooled)) ** 2 for c in "ABC")
    assert scott_pi(encode(records, "nominal")) == pytest.approx((p_o - p_e) / (1 - p_e))


def test_percent_agreement_with_missing_is_mean_over_items():
    records = [
        ("1", "x", "a"),
        ("1", "y", "a"),
        ("1", "z", "b"),
        ("2", "x", "a"),
        ("2", "y", "a"),
        ("3", "x", "c"),
    ]
    # item 1: 1 agreeing pair of 3; item 2: 1 of 1; item 3 has a single label (not pairable).
    assert percent_agreement(encode(records, "nominal")) == pytest.approx((1 / 3 + 1) / 2)


# ------------------------------------------------------------ encoding and missing values


def test_missing_values_are_dropped(k2011):
    with_f = k2011 + [LabelRecord("u11", "A", "F"), LabelRecord("u00", "C", "F")]
    r = encode(with_f, "ordinal", order=["1", "2", "3", "4", "5", "F"], missing={"F"})
    assert r.n_missing == 2
    assert "F" not in r.categories
    assert krippendorff_alpha(r) == pytest.approx(krippendorff_alpha(encode(k2011, "ordinal")))


def test_item_with_only_missing_labels_is_not_counted():
    s = summarize(
        [("1", "x", "a"), ("1", "y", "b"), ("2", "x", "F"), ("2", "y", "F")],
        "nominal",
        missing=["F"],
        bootstrap=0,
    )
    assert (s["n_items"], s["n_labels"], s["n_missing"]) == (1, 2, 2)


def test_encode_errors():
    with pytest.raises(AnnotatorError, match="unknown level 'cardinal'"):
        encode([("1", "x", "a")], "cardinal")
    with pytest.raises(AnnotatorError, match=r"label\(s\) not in the order: 'd'"):
        encode([("1", "x", "a"), ("1", "y", "d")], "ordinal", order=["a", "b"])
    with pytest.raises(AnnotatorError, match="needs numeric labels; got 'high'"):
        encode([("1", "x", "high")], "interval")
    with pytest.raises(AnnotatorError, match="needs the order"):
        encode([("1", "x", "low")], "ordinal")
    with pytest.raises(
        AnnotatorError, match=r"annotator 'x' gave item '1' two labels \('a' and 'b'\)"
    ):
        encode([("1", "x", "a"), ("1", "x", "b")], "nominal")


def test_identical_duplicate_labels_count_once():
    r = encode([("1", "x", "a"), ("1", "x", "a"), ("1", "y", "b")], "nominal")
    assert r.n_labels == 2


def test_numeric_labels_sort_numerically_and_merge():
    r = encode([("1", "x", "10"), ("1", "y", "9"), ("2", "x", "1.0"), ("2", "y", "1")], "interval")
    assert r.categories == ("1", "9", "10")


# ------------------------------------------------------------ invariances (Hypothesis)

small_tables = st.lists(
    st.tuples(st.integers(0, 7), st.integers(0, 4), st.integers(0, 3)),
    min_size=0,
    max_size=40,
    unique_by=lambda t: (t[0], t[1]),
)


def as_records(rows, names="abcd"):
    return [(f"item{i}", f"ann{a}", names[v]) for i, a, v in rows]


@settings(max_examples=60, deadline=None)
@given(small_tables, st.permutations("abcd"), st.randoms(use_true_random=False))
def test_nominal_alpha_invariant_under_relabelling_and_reordering(rows, names, rnd):
    base = summarize(as_records(rows), "nominal", bootstrap=0)
    shuffled = as_records(rows, "".join(names))
    rnd.shuffle(shuffled)
    renamed = [
        (f"z{item}", f"q{ann}", v) for item, ann, v in shuffled
    ]  # other ids, other row order
    other = summarize(renamed, "nominal", bootstrap=0)
    for key in (
        "alpha",
        "fleiss_kappa",
        "percent_agreement",
        "scott_pi",
        "gwet_ac1",
        "cohen_kappa",
    ):
        if base[key] is None:
            assert other[key] is None
        else:
            assert other[key] == pytest.approx(base[key], abs=1e-12)


@settings(max_examples=60, deadline=None)
@given(
    small_tables, st.sampled_from(["nominal", "ordinal", "interval", "ratio"]), st.integers(0, 20)
)
def test_summarize_is_json_safe_and_never_raises(rows, level, bootstrap):
    s = summarize([(f"i{i}", f"a{a}", str(v)) for i, a, v in rows], level, bootstrap=bootstrap)
    json.dumps(s, allow_nan=False)
    for key in (
        "alpha",
        "fleiss_kappa",
        "percent_agreement",
        "scott_pi",
        "gwet_ac1",
        "cohen_kappa",
    ):
        assert (s[key] is None) == (key in s["reasons"])
        if s[key] is not None:
            assert math.isfinite(s[key])
    if s["alpha_ci"] is not None:
        assert s["alpha_ci"][0] <= s["alpha_ci"][1]


@settings(max_examples=40, deadline=None)
@given(small_tables, st.integers(1, 5), st.integers(-10, 10))
def test_interval_alpha_invariant_under_affine_rescaling(rows, scale, shift):
    base = summarize([(f"i{i}", f"a{a}", str(v)) for i, a, v in rows], "interval", bootstrap=0)
    moved = summarize(
        [(f"i{i}", f"a{a}", str(v * scale + shift)) for i, a, v in rows], "interval", bootstrap=0
    )
    if base["alpha"] is None:
        assert moved["alpha"] is None
    else:
        assert moved["alpha"] == pytest.approx(base["alpha"], abs=1e-9)


def test_ordinal_alpha_invariant_under_reversed_order(k2011):
    order = ["1", "2", "3", "4", "5"]
    forward = krippendorff_alpha(encode(k2011, "ordinal", order=order))
    backward = krippendorff_alpha(encode(k2011, "ordinal", order=order[::-1]))
    assert backward == pytest.approx(forward, abs=1e-12)


# ------------------------------------------------------------ degenerate data


@pytest.mark.parametrize(
    ("records", "reason"),
    [
        ([], "no labels"),
        ([("1", "x", "a"), ("2", "x", "b")], "fewer than two annotators"),
        (
            [("1", "x", "a"), ("1", "y", "a"), ("2", "x", "a"), ("2", "y", "a")],
            "only one category used",
        ),
        ([("1", "x", "a"), ("2", "y", "b")], "no item has two or more labels"),
    ],
)
def test_degenerate_inputs_give_null_with_reason(records, reason):
    s = summarize(records, "nominal")
    assert s["alpha"] is None and s["alpha_ci"] is None
    assert s["reasons"]["alpha"] == reason
    assert s["reasons"]["alpha_ci"] == reason
    json.dumps(s, allow_nan=False)


def test_all_values_equal_at_interval_level():
    s = summarize([("1", "x", "3"), ("1", "y", "3.0")], "interval")
    assert s["alpha"] is None and s["reasons"]["alpha"] == "only one value used"


def test_cohen_needs_two_annotators_sharing_items(k2011):
    s = summarize(k2011, "ordinal", bootstrap=0)
    assert s["cohen_kappa"] is None
    assert s["reasons"]["cohen_kappa"] == "needs exactly two annotators (found 4)"
    s = summarize(
        [("1", "x", "a"), ("2", "y", "b"), ("3", "x", "b"), ("3", "z", "a")], "nominal", bootstrap=0
    )
    assert s["reasons"]["cohen_kappa"] == "needs exactly two annotators (found 3)"
    s = summarize([("1", "x", "a"), ("2", "y", "b")], "nominal", bootstrap=0)
    assert s["reasons"]["cohen_kappa"] == "the two annotators share no item"


def test_weighted_metrics_need_ordered_level(k2011):
    s = summarize(k2011, "nominal", bootstrap=0)
    assert s["gwet_ac2"] is None
    assert s["reasons"]["gwet_ac2"] == "weights need an ordered level (ordinal, interval or ratio)"


def test_perfect_agreement_is_one():
    records = [(str(i), a, "ab"[i % 2]) for i in range(6) for a in "xyz"]
    s = summarize(records, "nominal", bootstrap=100)
    assert s["alpha"] == 1.0 and s["fleiss_kappa"] == 1.0 and s["percent_agreement"] == 1.0
    assert s["alpha_ci"] == [1.0, 1.0]


# ------------------------------------------------------------ bootstrap


def test_bootstrap_same_seed_same_interval_and_contains_alpha(k2011):
    r = encode(k2011, "ordinal")
    first = bootstrap_alpha(r, 1000, seed=3)
    again = bootstrap_alpha(r, 1000, seed=3)
    other = bootstrap_alpha(r, 1000, seed=4)
    assert (first.low, first.high) == (again.low, again.high)
    assert (first.low, first.high) != (other.low, other.high)
    assert first.low <= krippendorff_alpha(r) <= first.high
    assert first.resamples == 1000 and first.valid <= 1000


def test_bootstrap_summarize_is_reproducible():
    records = matrix_records(random_table(11, n_items=80))
    a = summarize(records, "nominal", bootstrap=500, seed=9)
    b = summarize(records, "nominal", bootstrap=500, seed=9)
    assert a["alpha_ci"] == b["alpha_ci"]
    assert a["alpha_ci"][0] < a["alpha"] < a["alpha_ci"][1]


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_vectorised_resamples_equal_recomputed_alpha(level):
    """Each vectorised resample equals alpha recomputed from a materialised resampled table."""
    m = random_table(5, n_items=25, n_annotators=4)
    r = encode(matrix_records(m), level)
    features, items = alpha_features(r)
    alphas = resample_alphas(r, features, resamples=5, seed=1)
    draws = np.random.Generator(np.random.SFC64(1)).integers(
        0, items.size, size=(5, items.size), dtype=np.int32
    )
    for b in range(5):
        resampled = [
            (f"copy{k}", r.annotators[a], r.categories[v])
            for k, u in enumerate(items[draws[b]])
            for a, v in zip(r.annotator[r.item == u], r.value[r.item == u], strict=True)
        ]
        recomputed = krippendorff_alpha(
            encode(resampled, level, order=list(r.categories) if level == "ordinal" else None)
        )
        assert alphas[b] == pytest.approx(recomputed, abs=1e-9)


def test_bootstrap_degenerate():
    one_item = encode([("1", "x", "a"), ("1", "y", "b")], "nominal")
    with pytest.raises(UndefinedMetric, match="fewer than two items"):
        bootstrap_alpha(one_item, 100)
    with pytest.raises(UndefinedMetric, match="bootstrap disabled"):
        bootstrap_alpha(one_item, 0)
    s = summarize([("1", "x", "a"), ("1", "y", "b")], "nominal", bootstrap=100)
    assert s["alpha_ci"] is None
    assert s["reasons"]["alpha_ci"] == "fewer than two items with two or more labels to resample"
    s = summarize(
        [("1", "x", "a"), ("1", "y", "b"), ("2", "x", "a"), ("2", "y", "a")], "nominal", bootstrap=0
    )
    assert s["reasons"]["alpha_ci"] == "bootstrap disabled" and s["bootstrap"] is None


# ------------------------------------------------------------ diagnostics


def test_pair_agreement_matches_brute_force():
    m = random_table(2, n_items=30, n_annotators=4)
    r = encode(matrix_records(m), "nominal")
    pairs = pair_agreement(r)
    for a in range(4):
        for b in range(4):
            if a == b:
                continue
            both = ~np.isnan(m[a]) & ~np.isnan(m[b])
            assert pairs.shared[a, b] == both.sum()
            assert pairs.same[a, b] == (m[a, both] == m[b, both]).sum()
    assert np.isnan(pairs.matrix()[0, 0])


def test_annotator_table_alpha_without_equals_alpha_on_filtered_table(k2011):
    rows = annotator_table(encode(k2011, "ordinal"))
    for row in rows:
        kept = [rec for rec in k2011 if rec.annotator != row.annotator]
        assert row.alpha_without == pytest.approx(krippendorff_alpha(encode(kept, "ordinal")))
    assert [row.n_labels for row in rows] == [9, 11, 10, 11]


def test_confusion_matrix_matches_sklearn(k2011):
    from sklearn import metrics

    r = encode(k2011, "nominal")
    both = [j for j in range(12) if K2011[1][j] is not None and K2011[3][j] is not None]
    expected = metrics.confusion_matrix(
        [str(K2011[1][j]) for j in both],
        [str(K2011[3][j]) for j in both],
        labels=list(r.categories),
    )
    np.testing.assert_array_equal(confusion_matrix(r, "B", "D"), expected)


def test_group_alphas_equal_alpha_within_each_group(k2011):
    groups = {f"u{j:02d}": ("even" if j % 2 == 0 else "odd") for j in range(11)}  # u11 ungrouped
    for level in ("nominal", "ordinal", "interval", "ratio"):
        rows = {row.group: row for row in group_alphas(encode(k2011, level), groups)}
        for name in ("even", "odd"):
            subset = [rec for rec in k2011 if groups.get(rec.item) == name]
            assert rows[name].alpha == pytest.approx(krippendorff_alpha(encode(subset, level)))
        assert rows[None].n_items == 1 and rows[None].alpha is None
        assert rows[None].reason == "no item has two or more labels"


def test_item_disagreement_ranks_the_worst_item_first(k2011):
    ranked = item_disagreement(encode(k2011, "nominal"))
    assert ranked[0].item == "u05"  # labels 1, 2, 3, 4: no two agree
    assert ranked[0].agreement == 0.0
    unanimous = [row for row in ranked if row.agreement == 1.0]
    assert all(row.disagreement == 0.0 for row in unanimous)
    assert len(ranked) == 11  # u11 has a single label


def test_build_field_report_shape(k2011):
    texts = {"u05": "The <b>minister</b> said so"}
    section = build_field_report(
        k2011 + [LabelRecord("u05", "E", "F")],
        "ordinal",
        missing=["F"],
        groups={f"u{j:02d}": "bbc" for j in range(12)},
        texts=texts,
        bootstrap=200,
        name="credibility",
        top=3,
    )
    json.dumps(section, allow_nan=False)
    assert section["name"] == "credibility"
    assert section["summary"]["alpha"] == pytest.approx(0.8153875, abs=1e-6)
    assert section["annotators"] == ["A", "B", "C", "D"]  # E only gave a missing label
    assert len(section["agreement_matrix"]) == 4
    assert len(section["disagreements"]) == 3 and section["n_disagreements"] == 3
    first = section["disagreements"][0]
    assert first["item"] == "u05" and first["text"] == texts["u05"]
    assert ["E", "F"] in first["labels"]  # the "cannot judge" label is shown for adjudication
    assert section["groups"][0]["group"] == "bbc"


def test_chunked_computation_equals_unchunked(monkeypatch):
    """Tables too big to hold at once are processed in chunks with the same result."""
    from annotator.agreement import coefficients as agreement_coefficients
    from annotator.agreement import diagnostics as agreement_diagnostics

    records = matrix_records(random_table(4, n_items=50, n_annotators=5, n_cat=4))
    expected = {}
    for level in ("nominal", "ordinal", "interval", "ratio"):
        r = encode(records, level)
        expected[level] = (
            krippendorff_alpha(r),
            coincidence_matrix(r),
            gwet_ac(r, "quadratic"),
            pair_agreement(r).same,
        )
    monkeypatch.setattr(agreement_coefficients, "MAX_CELLS", 30)  # 7 items of 4 categories a chunk
    monkeypatch.setattr(
        agreement_diagnostics, "_PAIR_BLOCK", 40
    )  # about 2 items' label pairs a block
    for level, (alpha, o, ac2, same) in expected.items():
        r = encode(records, level)
        assert krippendorff_alpha(r) == pytest.approx(alpha, abs=1e-12)
        np.testing.assert_allclose(coincidence_matrix(r), o, atol=1e-12)
        assert gwet_ac(r, "quadratic") == pytest.approx(ac2, abs=1e-12)
        np.testing.assert_array_equal(pair_agreement(r).same, same)
    with pytest.raises(UndefinedMetric, match=r"too many items x categories \(50 x 4\)"):
        bootstrap_alpha(encode(records, "nominal"), 10)
    s = summarize(records, "nominal", bootstrap=10)
    assert s["alpha"] == pytest.approx(expected["nominal"][0])
    assert (
        s["reasons"]["alpha_ci"] == "too many items x categories (50 x 4) for per-item statistics"
    )
