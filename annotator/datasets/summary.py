"""What a dataset version says about itself: counts per label, and agreement per field.

`Counts` tallies the items of a build batch by batch; `AgreementSample` keeps the votes of a
deterministic sample of claims (all of them up to AGREEMENT_MAX_ITEMS, so memory stays bounded
at any size) and `field_agreement` gives Krippendorff's alpha with its bootstrap interval, as
`annotator agreement` computes them. Used by `annotator.datasets.dataset` and `annotator.datasets.sources`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

from annotator.datasets.item_rows import ItemRow
from annotator.errors import AnnotatorError
from annotator.schema import LabelSchema
from annotator.votes import Vote, last_votes

AGREEMENT_MAX_ITEMS = 20000
AGREEMENT_BOOTSTRAP = 200


class Counts:
    """Counts stored with a version: items, silver, annotations, label distribution per field."""

    def __init__(self, schema: LabelSchema) -> None:
        self.schema = schema
        self.items = 0
        self.silver = 0
        self.adjudicated = 0
        self.labels: dict[str, dict[str, int]] = {lf.key: {} for lf in schema.choice_fields}
        self.no_gold: dict[str, int] = {lf.key: 0 for lf in schema.choice_fields}

    def add_rows(self, rows: list[ItemRow]) -> None:
        self.items += len(rows)
        self.silver += sum(r.silver for r in rows)
        self.adjudicated += sum(r.adjudicated for r in rows)
        for k, key in enumerate(self.labels):
            dist = self.labels[key]
            for label, n in Counter(r.labels[k] for r in rows).items():
                if label is None:
                    self.no_gold[key] += n
                else:
                    dist[label] = dist.get(label, 0) + n

    def result(self, annotators: int) -> dict[str, Any]:
        order = {lf.key: lf.values for lf in self.schema.choice_fields}
        return {
            "items": self.items,
            "silver": self.silver,
            "adjudicated_items": self.adjudicated,
            "annotators": annotators,
            "labels": {k: {v: d[v] for v in order[k] if v in d} for k, d in self.labels.items()},
            "no_gold": self.no_gold,
        }


class AgreementSample:
    """Votes of a deterministic sample of claims (all of them up to AGREEMENT_MAX_ITEMS)."""

    def __init__(
        self, schema: LabelSchema, n_claims: int, seed: int, pseudonyms: dict[str, str]
    ) -> None:
        self.schema = schema
        self.seed = seed
        self.pseudonyms = pseudonyms  # records name annotators by pseudonym: reasons are public
        self.rate = min(1.0, AGREEMENT_MAX_ITEMS / max(n_claims, 1))
        self.items = 0
        self.records: dict[str, list[tuple[str, str, str]]] = {
            lf.key: [] for lf in schema.choice_fields
        }

    def add(self, batch: list[tuple[str, list[Vote]]]) -> None:
        """Votes as `annotator.votes.last_votes` keeps them (one per annotator and claim)."""
        names = self.pseudonyms
        for claim, votes in batch:
            if self.rate < 1.0 and _uniform(claim) >= self.rate:
                continue
            self.items += 1
            kept = last_votes(votes)
            for lf in self.schema.choice_fields:
                self.records[lf.key].extend(
                    (claim, names.get(v.annotator, "annotator"), str(v.values[lf.key]))
                    for v in kept
                    if not v.adjudicated and v.values.get(lf.key) is not None
                )

    def summary(self) -> dict[str, Any]:
        return {
            lf.key: field_agreement(self.records[lf.key], lf, seed=self.seed)
            | ({"sampled_items": self.items} if self.rate < 1.0 else {})
            for lf in self.schema.choice_fields
        }


def field_agreement(
    records: list[tuple[str, str, str]],
    lf: Any,
    *,
    seed: int = 0,
    bootstrap: int = AGREEMENT_BOOTSTRAP,
) -> dict[str, Any]:
    """Krippendorff's alpha and its interval for one field, or nulls with the reason.

    The alpha and interval `annotator.agreement.summary.summarize` gives (same functions, same seed),
    without the other coefficients it also computes (kappas, AC1/AC2), which nobody reads here.
    """
    missing, allowed = lf.missing, set(lf.values)
    counted = [r for r in records if r[2] not in missing and r[2] in allowed]
    per_item: dict[str, int] = {}
    for item, _, _ in counted:
        per_item[item] = per_item.get(item, 0) + 1
    annotators = len({r[1] for r in counted})
    empty: dict[str, Any] = {"alpha": None, "alpha_ci": None, "annotators": annotators}
    if annotators < 2 or not any(n >= 2 for n in per_item.values()):
        return empty | {"reason": "fewer than 2 annotators on any claim"}
    try:
        alpha, ci, reason = _alpha(counted, lf, bootstrap, seed)
    except ImportError:
        return empty | {"reason": "agreement module unavailable"}
    except AnnotatorError as exc:
        return empty | {"reason": str(exc)}
    out: dict[str, Any] = {
        "alpha": None if alpha is None else round(float(alpha), 6),
        "alpha_ci": None if ci is None else [round(float(x), 6) for x in ci],
        "annotators": annotators,
        "items": sum(1 for n in per_item.values() if n >= 2),
    }
    if alpha is None:
        out["reason"] = reason or "undefined"
    return out


def _alpha(
    records: list[tuple[str, str, str]], lf: Any, bootstrap: int, seed: int
) -> tuple[float | None, list[float] | None, str | None]:
    """(alpha, [low, high] or None, why alpha is null) exactly as in `summarize`."""
    import math

    from annotator.agreement.summary import (
        UndefinedMetric,
        bootstrap_alpha,
        encode,
        krippendorff_alpha,
    )

    def finite(x: float | None) -> float | None:
        return float(x) if x is not None and math.isfinite(x) else None

    r = encode(records, lf.level, lf.categories, tuple(lf.missing))
    if r.n_labels == 0:
        return None, None, "no labels"
    if len(r.annotators) < 2:
        return None, None, "fewer than two annotators"
    try:
        alpha = finite(krippendorff_alpha(r))
    except UndefinedMetric as exc:
        return None, None, str(exc)
    if alpha is None:
        return None, None, "not a finite number"
    if bootstrap <= 0:
        return alpha, None, None
    try:
        interval = bootstrap_alpha(r, bootstrap, seed)
    except UndefinedMetric:
        return alpha, None, None
    low, high = finite(interval.low), finite(interval.high)
    return alpha, None if low is None or high is None else [low, high], None


def _uniform(claim: str) -> float:
    digest = hashlib.blake2b(claim.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2.0**64
