"""Where agreement breaks down: per annotator, per annotator pair, per group, per item.

- `pair_agreement(r)`: A x A matrices of shared items and of shared items with the same label
  (from all label pairs within items; cost O(sum of m_u^2), m_u = labels on item u).
- `annotator_table(r)`: per annotator, the share of their label pairs with the others that
  agree (pooled over all pairs, i.e. every shared item counts once per other annotator) and
  alpha recomputed without them (an annotator whose removal raises alpha is worth a look).
- `confusion_matrix(r, first, second)`: category x category counts for two annotators.
- `group_alphas(r, group_by)`: alpha within each group of items (source, outlet, speaker...).
- `item_disagreement(r)`: pairable items ranked for adjudication by their disagreement score:
  the item's mean distance between its label pairs divided by the mean distance expected by
  chance, i.e. (d_u / m_u) / (D_e / (n (n - 1))) where d_u is the item's contribution to the
  observed disagreement sum(o_ck * delta_ck). 0 = unanimous, 1 = as bad as chance, >1 = worse.
  For nominal data it is (1 - share of agreeing pairs) scaled by chance disagreement.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import numpy as np

from annotator.agreement.coefficients import (
    MAX_CELLS,
    UndefinedMetric,
    alpha_features,
    alpha_from_sums,
    krippendorff_alpha,
    labels_per_item,
    two_annotator_table,
)
from annotator.agreement.ratings import FloatArray, IntArray, Ratings

_PAIR_BLOCK = 8_000_000  # label pairs generated at once


def _item_pairs(r: Ratings) -> Iterator[tuple[IntArray, IntArray]]:
    """All ordered pairs (i, j), i != j, of labels on the same item, in blocks."""
    m = labels_per_item(r)
    order = np.argsort(r.item, kind="stable")
    first_label = np.concatenate([[0], np.cumsum(m)[:-1]])
    cum_pairs = np.cumsum(m * m)
    cuts: list[int] = []
    if m.size:
        marks = np.arange(_PAIR_BLOCK, cum_pairs[-1], _PAIR_BLOCK)
        cuts = sorted({int(c) + 1 for c in np.searchsorted(cum_pairs, marks)})
    bounds = [0, *cuts, m.size]
    for i0, i1 in zip(bounds[:-1], bounds[1:], strict=True):
        if i0 >= i1:
            continue
        lo = first_label[i0]
        hi = first_label[i1 - 1] + m[i1 - 1]
        items = r.item[order[lo:hi]]
        reps = m[items]
        total = int(reps.sum())
        left = np.repeat(np.arange(lo, hi), reps)
        offset = np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps)
        right = np.repeat(first_label[items], reps) + offset
        keep = left != right
        yield order[left[keep]], order[right[keep]]


@dataclass(frozen=True)
class PairAgreement:
    """shared[a, b]: items both labelled; same[a, b]: of those, with the same label."""

    shared: FloatArray
    same: FloatArray

    def matrix(self) -> FloatArray:
        """Share of shared items with the same label (NaN where no shared item / diagonal)."""
        out = np.full(self.shared.shape, np.nan)
        np.divide(self.same, self.shared, out=out, where=self.shared > 0)
        np.fill_diagonal(out, np.nan)
        return out


def pair_agreement(r: Ratings) -> PairAgreement:
    n_ann = len(r.annotators)
    if n_ann * n_ann > MAX_CELLS:
        raise UndefinedMetric(f"too many annotators ({n_ann}) for a pair matrix")
    shared = np.zeros(n_ann * n_ann)
    same = np.zeros(n_ann * n_ann)
    for left, right in _item_pairs(r):
        key = r.annotator[left] * n_ann + r.annotator[right]
        shared += np.bincount(key, minlength=n_ann * n_ann)
        same += np.bincount(key, weights=r.value[left] == r.value[right], minlength=n_ann * n_ann)
    return PairAgreement(shared.reshape(n_ann, n_ann), same.reshape(n_ann, n_ann))


@dataclass(frozen=True)
class AnnotatorRow:
    annotator: str
    n_labels: int
    n_shared: int  # label pairs with other annotators (= items shared, once per other annotator)
    pairwise_agreement: float | None
    alpha_without: float | None
    alpha_without_reason: str | None


def annotator_table(r: Ratings) -> list[AnnotatorRow]:
    n_ann = len(r.annotators)
    shared = np.zeros(n_ann)
    same = np.zeros(n_ann)
    for left, right in _item_pairs(r):
        who = r.annotator[left]
        shared += np.bincount(who, minlength=n_ann)
        same += np.bincount(who, weights=r.value[left] == r.value[right], minlength=n_ann)
    n_labels = np.bincount(r.annotator, minlength=n_ann)
    rows = []
    for a, name in enumerate(r.annotators):
        without: float | None = None
        reason: str | None = None
        if n_ann < 3:
            reason = "fewer than two other annotators"
        else:
            try:
                without = krippendorff_alpha(r.subset(r.annotator != a))
            except UndefinedMetric as exc:
                reason = str(exc)
        agreement = float(same[a] / shared[a]) if shared[a] else None
        rows.append(
            AnnotatorRow(name, int(n_labels[a]), int(shared[a]), agreement, without, reason)
        )
    return rows


def confusion_matrix(r: Ratings, first: str, second: str) -> FloatArray:
    """C[c, k]: items `first` labelled c and `second` labelled k (rows/cols: r.categories)."""
    codes = {name: i for i, name in enumerate(r.annotators)}
    for name in (first, second):
        if name not in codes:
            raise KeyError(f"no labels from annotator '{name}'")
    return two_annotator_table(r, codes[first], codes[second])


@dataclass(frozen=True)
class GroupRow:
    group: str | None  # None: items with no group
    n_items: int
    n_labels: int
    alpha: float | None
    reason: str | None


def group_alphas(r: Ratings, group_by: Mapping[str, str]) -> list[GroupRow]:
    """Alpha within each group of items; items absent from `group_by` form the group None."""
    names = sorted({str(group_by[i]) for i in r.items if i in group_by})
    code_of = {g: k for k, g in enumerate(names)}
    none_code = len(names)
    item_group = np.array(
        [code_of[str(group_by[i])] if i in group_by else none_code for i in r.items],
        dtype=np.int64,
    )
    n_groups = len(names) + 1
    m = labels_per_item(r)
    n_items = np.bincount(item_group, minlength=n_groups)
    n_labels = np.bincount(item_group, weights=m, minlength=n_groups)
    pairable = np.bincount(item_group, weights=m >= 2, minlength=n_groups)
    try:
        features, items = alpha_features(r)
        sums = np.zeros((n_groups, features.shape[1]))
        for j, column in enumerate(features.T):
            sums[:, j] = np.bincount(item_group[items], weights=column, minlength=n_groups)
        alphas, _ = alpha_from_sums(r, sums)
    except UndefinedMetric:  # too many categories for per-item statistics: one group at a time
        alphas = np.full(n_groups, np.nan)
        for g in range(n_groups):
            try:
                alphas[g] = krippendorff_alpha(r.subset(item_group[r.item] == g))
            except UndefinedMetric:
                pass
    rows = []
    for g in range(n_groups):
        if n_items[g] == 0:
            continue
        alpha = None if np.isnan(alphas[g]) else float(alphas[g])
        reason = None
        if alpha is None:
            reason = (
                "no item has two or more labels" if pairable[g] == 0 else "only one category used"
            )
        group = names[g] if g < len(names) else None
        rows.append(GroupRow(group, int(n_items[g]), int(n_labels[g]), alpha, reason))
    return rows


@dataclass(frozen=True)
class ItemRow:
    item: str
    n_labels: int
    disagreement: float  # mean pair distance / chance mean pair distance (see module doc)
    agreement: float  # share of label pairs with the same label


def item_disagreement(r: Ratings) -> list[ItemRow]:
    """Pairable items, most disagreed first (ties: more labels first, then item name)."""
    try:
        features, items = alpha_features(r)
    except UndefinedMetric:
        return []
    if items.size == 0:
        return []
    m = labels_per_item(r)[items].astype(np.float64)
    sums = features.sum(0, keepdims=True)
    _, d_e = alpha_from_sums(r, sums)
    if r.level == "ordinal":
        n_cat = len(r.categories)
        n_c = sums.reshape(n_cat, n_cat).sum(1)
        z = np.cumsum(n_c) - n_c / 2.0
        d_u = features @ ((z[:, None] - z[None, :]) ** 2).ravel()
        n = n_c.sum()
    else:
        d_u = features[:, 0]
        n = m.sum()
    chance = float(d_e[0]) / (n * (n - 1.0)) if n > 1 else 0.0
    score = (d_u / m) / chance if chance > 0 else np.zeros_like(d_u)
    same = np.zeros(len(r.items))
    for left, right in _item_pairs(r):
        same += np.bincount(
            r.item[left], weights=r.value[left] == r.value[right], minlength=len(r.items)
        )
    agreement = same[items] / (m * (m - 1.0))
    order = sorted(range(items.size), key=lambda k: (-score[k], -m[k], r.items[items[k]]))
    return [
        ItemRow(r.items[items[k]], int(m[k]), float(score[k]), float(agreement[k])) for k in order
    ]
