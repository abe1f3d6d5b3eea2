"""Which annotations count, one rule for every stage that reads labels (audit, adjudicate,
dataset build, exports and source profiles through the versions they read).

- Counted: valid, not deleted, and not simulated unless `include_simulated` (labels that
  `annotator simulate` made are a demo's, never data, unless asked for).
- Re-labelled claims: the last annotation of each annotator per claim counts, as a whole (its
  values replace the earlier ones', a field it leaves empty stays empty). "Last" is the latest
  `updated_at` (else `created_at`), then the latest stored row. Adjudications are kept apart
  (each one is a decision; the dataset stage takes the latest).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from annotator.store import models


@dataclass(frozen=True, slots=True)
class Vote:
    """One counted annotation of a claim unit (`at`: when it was last changed, if known)."""

    annotator: str
    values: Mapping[str, Any]
    adjudicated: bool = False
    at: datetime | None = None


def counted(include_simulated: bool = False) -> tuple[Any, ...]:
    """SQL conditions on `Annotation` for the annotations that count."""
    a = models.Annotation
    conditions: tuple[Any, ...] = (a.valid == True, a.deleted == False)  # noqa: E712
    if not include_simulated:
        conditions += (a.simulated == False,)  # noqa: E712
    return conditions


def when(updated_at: datetime | None, created_at: datetime | None) -> datetime | None:
    return updated_at or created_at


def _key(at: datetime | None, position: int) -> tuple[bool, float, int]:
    if at is None:
        return (False, 0.0, position)
    return (True, at.timestamp(), position)


def last_votes(votes: Sequence[Vote]) -> list[Vote]:
    """One vote per annotator (their last, see the module docstring), then the adjudications,
    in input order."""
    best: dict[str, tuple[tuple[bool, float, int], Vote]] = {}
    adjudications = []
    for position, v in enumerate(votes):
        if v.adjudicated:
            adjudications.append(v)
            continue
        key = _key(v.at, position)
        held = best.get(v.annotator)
        if held is None or key >= held[0]:
            best[v.annotator] = (key, v)
    if len(best) + len(adjudications) == len(votes):
        return list(votes)
    keep = {id(v) for _, v in best.values()}
    return [v for v in votes if v.adjudicated or id(v) in keep]


def last_values(
    rows: Iterable[tuple[str, str, Mapping[str, Any] | None, datetime | None]],
) -> dict[str, dict[str, Mapping[str, Any]]]:
    """claim -> annotator -> the values of their last annotation, from
    (claim, annotator, values, at) rows in stored order."""
    best: dict[tuple[str, str], tuple[tuple[bool, float, int], Mapping[str, Any]]] = {}
    for position, (claim, annotator, values, at) in enumerate(rows):
        key = _key(at, position)
        held = best.get((claim, annotator))
        if held is None or key >= held[0]:
            best[(claim, annotator)] = (key, values or {})
    out: dict[str, dict[str, Mapping[str, Any]]] = {}
    for (claim, annotator), (_, values) in best.items():
        out.setdefault(claim, {})[annotator] = values
    return out
