"""Inter-annotator agreement: one call from a label table to every number the audit needs.

Pure functions over (item, annotator, label) records, no I/O. The pieces live in:
- `agreement_ratings`: records -> `Ratings` (integer codes, levels, `order`, `missing`);
- `agreement_coefficients`: Krippendorff's alpha (all four levels), Cohen's kappa, Fleiss'
  kappa, Scott's pi, Gwet's AC1/AC2, percent agreement (definitions in that module's doc);
- `agreement_bootstrap`: item-bootstrap confidence interval of alpha;
- `agreement_diagnostics`: per annotator, annotator pairs, groups of items, items to adjudicate.

`summarize(records, level)` gives the headline numbers as a JSON-safe dict (never NaN/inf,
never an exception for degenerate data: a metric without a value is null and `reasons` says
why). `build_field_report(...)` adds the diagnostics for one schema field, in the shape that
`annotator.agreement.report.render_report` draws.

Example:
    >>> from annotator.agreement.summary import summarize
    >>> rows = [("c1", "ann", "true"), ("c1", "bob", "true"), ("c2", "ann", "false"),
    ...         ("c2", "bob", "false"), ("c3", "ann", "true"), ("c3", "bob", "false")]
    >>> round(summarize(rows, "nominal", bootstrap=0)["alpha"], 3)
    0.444
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from annotator.agreement.coefficients import (
    UndefinedMetric,
    cohen_kappa,
    coincidence_matrix,
    fleiss_kappa,
    gwet_ac,
    gwet_ac1,
    krippendorff_alpha,
    labels_per_item,
    percent_agreement,
    scott_pi,
)
from annotator.agreement.ratings import LEVELS, Level, Ratings, Record, encode

if TYPE_CHECKING:
    from annotator.agreement.bootstrap import Interval, bootstrap_alpha
    from annotator.agreement.diagnostics import (
        annotator_table,
        confusion_matrix,
        group_alphas,
        item_disagreement,
        pair_agreement,
    )

DIAGNOSTICS = (
    "annotator_table",
    "confusion_matrix",
    "group_alphas",
    "item_disagreement",
    "pair_agreement",
)


def __getattr__(name: str) -> Any:
    """The diagnostics and the bootstrap, imported on first use (`summarize` without a
    bootstrap needs neither)."""
    if name in DIAGNOSTICS:
        from annotator.agreement import diagnostics

        return getattr(diagnostics, name)
    if name in ("Interval", "bootstrap_alpha"):
        from annotator.agreement import bootstrap

        return getattr(bootstrap, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "LEVELS",
    "METRICS",
    "Interval",
    "Level",
    "Ratings",
    "Record",
    "UndefinedMetric",
    "annotator_table",
    "bootstrap_alpha",
    "build_field_report",
    "coincidence_matrix",
    "cohen_kappa",
    "confusion_matrix",
    "encode",
    "fleiss_kappa",
    "group_alphas",
    "gwet_ac",
    "gwet_ac1",
    "item_disagreement",
    "krippendorff_alpha",
    "pair_agreement",
    "percent_agreement",
    "scott_pi",
    "summarize",
    "summarize_ratings",
]

METRICS = (  # the headline numbers of `summarize`, in the order reports show them
    ("alpha", "Krippendorff's alpha"),
    ("percent_agreement", "Percent agreement (pairwise)"),
    ("fleiss_kappa", "Fleiss' kappa"),
    ("scott_pi", "Scott's pi"),
    ("cohen_kappa", "Cohen's kappa"),
    ("cohen_kappa_linear", "Cohen's kappa, linear weights"),
    ("cohen_kappa_quadratic", "Cohen's kappa, quadratic weights"),
    ("gwet_ac1", "Gwet's AC1"),
    ("gwet_ac2", "Gwet's AC2"),
)
ORDERED_ONLY = "weights need an ordered level (ordinal, interval or ratio)"


def _finite(x: float | None) -> float | None:
    return float(x) if x is not None and math.isfinite(x) else None


def summarize(
    records: Iterable[Record],
    level: str,
    order: Sequence[str] | None = None,
    bootstrap: int = 1000,
    seed: int = 0,
    missing: Iterable[str] = (),
) -> dict[str, Any]:
    """Headline agreement numbers for a label table (see `summarize_ratings` for the keys).

    Raises AnnotatorError only for invalid input (unknown level, label outside `order`,
    non-numeric interval label, conflicting duplicate labels), never for degenerate data.
    """
    return summarize_ratings(encode(records, level, order, missing), bootstrap, seed)


def summarize_ratings(r: Ratings, bootstrap: int = 1000, seed: int = 0) -> dict[str, Any]:
    """JSON-safe dict with the keys:

    level, categories, n_labels, n_items, n_annotators, n_pairable (values in items with two or
    more labels), n_pairable_items, n_missing (labels dropped as missing), alpha, alpha_ci
    ([low, high] 95% or null), bootstrap ({method, resamples, valid, seed, confidence} or null),
    percent_agreement, fleiss_kappa, scott_pi, cohen_kappa, cohen_kappa_linear,
    cohen_kappa_quadratic, gwet_ac1, gwet_ac2, gwet_ac2_weights, and reasons: {metric: why
    it is null} for every null metric.
    """
    reasons: dict[str, str] = {}
    blocker = None
    if r.n_labels == 0:
        blocker = "no labels"
    elif len(r.annotators) < 2:
        blocker = "fewer than two annotators"

    def metric(name: str, compute: Callable[[], float], reason: str | None = None) -> float | None:
        why = blocker or reason
        if why is None:
            try:
                value = _finite(compute())
            except UndefinedMetric as exc:
                why = str(exc)
            else:
                if value is not None:
                    return value
                why = "not a finite number"
        reasons[name] = why
        return None

    ordered = r.level != "nominal"
    ac2_weights = "ordinal" if r.level == "ordinal" else "quadratic" if ordered else None
    m = labels_per_item(r)
    out: dict[str, Any] = {
        "level": r.level,
        "categories": list(r.categories),
        "n_labels": r.n_labels,
        "n_items": len(r.items),
        "n_annotators": len(r.annotators),
        "n_pairable": int(m[m >= 2].sum()),
        "n_pairable_items": int((m >= 2).sum()),
        "n_missing": r.n_missing,
        "alpha": metric("alpha", lambda: krippendorff_alpha(r)),
        "alpha_ci": None,
        "bootstrap": None,
        "percent_agreement": metric("percent_agreement", lambda: percent_agreement(r)),
        "fleiss_kappa": metric("fleiss_kappa", lambda: fleiss_kappa(r)),
        "scott_pi": metric("scott_pi", lambda: scott_pi(r)),
        "cohen_kappa": metric("cohen_kappa", lambda: cohen_kappa(r)),
        "cohen_kappa_linear": metric(
            "cohen_kappa_linear",
            lambda: cohen_kappa(r, "linear"),
            None if ordered else ORDERED_ONLY,
        ),
        "cohen_kappa_quadratic": metric(
            "cohen_kappa_quadratic",
            lambda: cohen_kappa(r, "quadratic"),
            None if ordered else ORDERED_ONLY,
        ),
        "gwet_ac1": metric("gwet_ac1", lambda: gwet_ac1(r)),
        "gwet_ac2": metric(
            "gwet_ac2",
            lambda: gwet_ac(r, "ordinal" if r.level == "ordinal" else "quadratic"),
            None if ordered else ORDERED_ONLY,
        ),
        "gwet_ac2_weights": ac2_weights,
    }
    if out["alpha"] is None:
        reasons["alpha_ci"] = reasons["alpha"]
    elif bootstrap <= 0:
        reasons["alpha_ci"] = "bootstrap disabled"
    else:
        try:
            from annotator.agreement.bootstrap import bootstrap_alpha

            ci = bootstrap_alpha(r, bootstrap, seed)
        except UndefinedMetric as exc:
            reasons["alpha_ci"] = str(exc)
        else:
            low, high = _finite(ci.low), _finite(ci.high)
            if low is None or high is None:
                reasons["alpha_ci"] = "not a finite number"
            else:
                out["alpha_ci"] = [low, high]
                out["bootstrap"] = {
                    "method": "item bootstrap, percentile interval",
                    "resamples": ci.resamples,
                    "valid": ci.valid,
                    "seed": ci.seed,
                    "confidence": ci.confidence,
                }
    out["reasons"] = reasons
    return out


def build_field_report(
    records: Iterable[Record],
    level: str,
    order: Sequence[str] | None = None,
    missing: Iterable[str] = (),
    groups: Mapping[str, str] | None = None,
    texts: Mapping[str, str] | None = None,
    bootstrap: int = 1000,
    seed: int = 0,
    *,
    name: str = "",
    top: int = 50,
) -> dict[str, Any]:
    """One schema field's section of the audit report (the shape documented in annotator.agreement.report).

    `groups` maps item -> group (source, outlet, speaker); `texts` maps item -> claim text
    shown in the disagreement list; `top` caps that list. Labels marked `missing` still appear
    in the disagreement list (an annotator's "cannot judge" matters for adjudication).
    """
    from annotator.agreement.diagnostics import (
        annotator_table,
        group_alphas,
        item_disagreement,
        pair_agreement,
    )

    rows = list(records)
    r = encode(rows, level, order, missing)
    summary = summarize_ratings(r, bootstrap, seed)
    section: dict[str, Any] = {
        "name": name,
        "level": r.level,
        "summary": summary,
        "categories": list(r.categories),
        "annotators": list(r.annotators),
        "agreement_matrix": None,
        "shared_items": None,
        "coincidence": None,
        "per_annotator": [],
        "groups": None,
        "disagreements": [],
        "n_disagreements": 0,
        "notes": {},
    }
    notes: dict[str, str] = section["notes"]
    if r.n_labels == 0:
        notes["all"] = "no labels"
        return section
    try:
        pairs = pair_agreement(r)
    except UndefinedMetric as exc:
        notes["agreement_matrix"] = str(exc)
    else:
        section["agreement_matrix"] = [[_finite(x) for x in row] for row in pairs.matrix().tolist()]
        section["shared_items"] = [[int(x) for x in row] for row in pairs.shared.tolist()]
    try:
        section["coincidence"] = [[float(x) for x in row] for row in coincidence_matrix(r).tolist()]
    except UndefinedMetric as exc:
        notes["coincidence"] = str(exc)
    section["per_annotator"] = [
        {
            "annotator": row.annotator,
            "n_labels": row.n_labels,
            "n_shared": row.n_shared,
            "pairwise_agreement": _finite(row.pairwise_agreement),
            "alpha_without": _finite(row.alpha_without),
            "alpha_without_reason": row.alpha_without_reason,
        }
        for row in annotator_table(r)
    ]
    if groups is not None:
        section["groups"] = [
            {
                "group": g.group,
                "n_items": g.n_items,
                "n_labels": g.n_labels,
                "alpha": _finite(g.alpha),
                "reason": g.reason,
            }
            for g in group_alphas(r, groups)
        ]
    ranked = [row for row in item_disagreement(r) if row.agreement < 1.0]
    section["n_disagreements"] = len(ranked)
    shown = ranked[: max(top, 0)]
    labels: dict[str, set[tuple[str, str]]] = {row.item: set() for row in shown}
    for item, annotator, label in rows:  # LabelRecords are 3-tuples too
        if item in labels:
            labels[item].add((str(annotator), str(label)))
    texts = texts or {}
    section["disagreements"] = [
        {
            "item": row.item,
            "text": texts.get(row.item),
            "score": _finite(row.disagreement),
            "agreement": _finite(row.agreement),
            "labels": [list(pair) for pair in sorted(labels[row.item])],
        }
        for row in shown
    ]
    return section
