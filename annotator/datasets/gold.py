"""Where a gold label comes from: the annotations of claim units -> one gold value per field.

Pure functions, no database. The dataset stage (`annotator.datasets.dataset`) streams annotation rows
ordered by claim id and hands them here a batch of claims at a time.

Rules, per choice label field of the schema:
* Only valid, non-deleted annotations are given to these functions (the caller filters).
* An adjudicated label takes precedence: if an adjudicated annotation gives the field a value,
  that value is the gold (`confidence` 1.0, `source` "adjudication"); the latest adjudication
  (last in the input) wins. An adjudicator's "cannot be judged" (F, 6) is a decision too: the
  gold is then null with source "adjudication".
* Otherwise the votes of the (non-adjudicated) annotators are aggregated by `method`:
  "majority"; "median" (ordinal fields take the lower median, nominal fields fall back to
  majority); "dawid-skene" (fitted on the whole dataset beforehand, see `fit_dawid_skene`).
  "Cannot be judged" values are not votes: a field whose votes are all missing has no gold.
  One annotator counts once per claim (their last annotation in the input).
* `min_annotations` counts votes (missing values excluded) per field: below it the field's gold
  is dropped (null) or kept with `silver: true`. A claim whose fields all end up null and that
  has no adjudication is left out of the dataset.

Text fields get no vote: their gold is the adjudicator's text if any, else null.

Each item is `{"claim_id", "gold", "raw", "silver"}` with
`gold[field] = {"label", "confidence", "n", "source", "silver"}` (confidence rounded to 6
decimals so the version hash is the same on every machine), and
`raw[field] = {pseudonym: value}` (every non-adjudicated annotator's value, missing ones
included).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from annotator.datasets.aggregate import BelowMin, Gold
from annotator.datasets.aggregate import aggregate as _aggregate
from annotator.schema import LabelField, LabelSchema
from annotator.votes import Vote


def field_method(lf: LabelField, method: str) -> str:
    """The aggregation used for one field: median only applies to ordinal fields."""
    if method == "median" and lf.level != "ordinal":
        return "majority"
    return method


def aggregate_field(
    records: Sequence[tuple[str, str, str]],
    lf: LabelField,
    method: str,
    *,
    min_annotations: int = 1,
    below_min: BelowMin = "drop",
    seed: int = 0,
) -> dict[str, Gold]:
    """Gold per claim of one field from `(claim, annotator, value)` records.

    The one place the dataset stage calls `annotator.datasets.aggregate` (so it can adapt to it).
    """
    if not records:
        return {}
    return _aggregate(
        records,
        field_method(lf, method),  # type: ignore[arg-type]
        seed=seed,
        missing=lf.missing,
        order=lf.categories,
        min_annotations=min_annotations,
        below_min=below_min,
    )


def votes_of(lf: LabelField, claim: str, votes: Iterable[Vote]) -> list[tuple[str, str, str]]:
    """The countable records of one claim for one field: one per annotator, known values only."""
    last: dict[str, str] = {}
    allowed = set(lf.values)
    for v in votes:
        if v.adjudicated:
            continue
        value = v.values.get(lf.key)
        if value is None:
            continue
        value = str(value)
        if value in allowed:
            last[v.annotator] = value
    return [(claim, a, value) for a, value in last.items()]


def gold_items(
    schema: LabelSchema,
    claims: Sequence[tuple[str, Sequence[Vote]]],
    pseudonyms: Mapping[str, str],
    *,
    method: str = "majority",
    min_annotations: int = 1,
    below_min: BelowMin = "drop",
    seed: int = 0,
    fitted: Mapping[str, Mapping[str, Gold]] | None = None,
) -> list[dict[str, Any]]:
    """Items (see module docstring) for a batch of claims, in the order given.

    `fitted[field][claim]` replaces the batch aggregation (Dawid-Skene, fitted globally).
    """
    per_field: dict[str, Mapping[str, Gold]] = {}
    for lf in schema.choice_fields:
        if fitted is not None:
            per_field[lf.key] = fitted.get(lf.key, {})
            continue
        records = [r for claim, votes in claims for r in votes_of(lf, claim, votes)]
        per_field[lf.key] = aggregate_field(
            records, lf, method, min_annotations=min_annotations, below_min=below_min, seed=seed
        )
    items = []
    for claim, votes in claims:
        item = _item(schema, claim, votes, pseudonyms, per_field)
        if item is not None:
            items.append(item)
    return items


def _item(
    schema: LabelSchema,
    claim: str,
    votes: Sequence[Vote],
    pseudonyms: Mapping[str, str],
    per_field: Mapping[str, Mapping[str, Gold]],
) -> dict[str, Any] | None:
    gold: dict[str, Any] = {}
    raw: dict[str, Any] = {}
    keep = False
    for lf in schema.label_fields:
        labels = {
            pseudonyms[v.annotator]: str(v.values[lf.key])
            for v in votes
            if not v.adjudicated and v.values.get(lf.key) is not None
        }
        if labels:
            raw[lf.key] = dict(sorted(labels.items(), key=lambda kv: _pseudonym_order(kv[0])))
        adjudicated = [
            v.values[lf.key] for v in votes if v.adjudicated and v.values.get(lf.key) is not None
        ]
        if lf.is_text:
            if adjudicated:
                gold[lf.key] = _entry(str(adjudicated[-1]), None, len(labels), "adjudication")
                keep = True
            continue
        n = len([x for x in labels.values() if x not in lf.missing and x in lf.values])
        if adjudicated:
            value = str(adjudicated[-1])
            label = value if value in lf.categories else None
            gold[lf.key] = _entry(label, 1.0 if label else None, n, "adjudication")
            keep = True
            continue
        g = per_field.get(lf.key, {}).get(claim)
        if g is None:
            gold[lf.key] = _entry(None, None, n, None)
            continue
        gold[lf.key] = _entry(g.label, round(float(g.confidence), 6), int(g.n), "vote", g.silver)
        keep = True
    if not keep:
        return None
    silver = any(g["silver"] for g in gold.values())
    return {"claim_id": claim, "gold": gold, "raw": raw, "silver": silver}


def _entry(
    label: str | None, confidence: float | None, n: int, source: str | None, silver: bool = False
) -> dict[str, Any]:
    return {"label": label, "confidence": confidence, "n": n, "source": source, "silver": silver}


def _pseudonym_order(name: str) -> tuple[int, str]:
    head, _, number = name.rpartition("-")
    return (int(number), head) if number.isdigit() else (0, name)


def pseudonym_map(annotator_ids: Iterable[str]) -> dict[str, str]:
    """`annotator-1`, `annotator-2`, ... in sorted order of the real ids (stable in a dataset)."""
    return {a: f"annotator-{k}" for k, a in enumerate(sorted(set(annotator_ids)), start=1)}
