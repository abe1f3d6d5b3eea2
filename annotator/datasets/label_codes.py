"""Label records -> integer codes: the items, annotators and classes of `(item, annotator,
label)` records as sorted names and one code per vote, with the missing values taken out.

The common input of every aggregation method in `annotator.datasets.aggregate`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray

from annotator.agreement.labeltable import LabelRecord, LabelTable
from annotator.errors import AnnotatorError

Record = LabelRecord | tuple[str, str, str]


@dataclass(frozen=True)
class Encoded:
    """Records as codes: `item`, `annotator` and `label` hold one index per counted vote into
    `items`, `annotators` (sorted) and `classes` (in `order`, else sorted)."""

    items: list[str]
    annotators: list[str]
    classes: list[str]
    item: NDArray[np.intp]
    annotator: NDArray[np.intp]
    label: NDArray[np.intp]

    def counts(self) -> NDArray[np.float64]:
        """(items, classes) vote counts."""
        k = len(self.classes)
        flat = np.bincount(self.item * k + self.label, minlength=len(self.items) * k)
        return flat.reshape(len(self.items), k).astype(np.float64)


def encode(
    records: Iterable[Record], missing: Iterable[str], order: Sequence[str] | None
) -> Encoded:
    """`records` (or a `LabelTable`) coded; values in `missing` are dropped, not counted."""
    skip = frozenset(missing)
    if isinstance(records, LabelTable):  # columns straight from the file: factorized in Arrow
        label_names, label_codes = records.label.names, records.label.codes
        item_names, item = records.item.names, records.item.codes
        ann_names, ann = records.annotator.names, records.annotator.codes
        classes = _classes([x for x in label_names if x not in skip], skip, order)
        index = {c: k for k, c in enumerate(classes)} | dict.fromkeys(skip, -1)
        lookup = np.array([index[x] for x in label_names], dtype=np.intp)
        return _compacted(item_names, ann_names, classes, item, ann, lookup[label_codes])
    items, annotators, labels = _columns(records)
    seen = [label for label in dict.fromkeys(labels) if label not in skip]
    classes = _classes(seen, skip, order)
    index = {c: k for k, c in enumerate(classes)} | dict.fromkeys(skip, -1)
    label = np.fromiter(map(index.__getitem__, labels), dtype=np.intp, count=len(labels))
    item_names, item_codes = _factorize(items)
    ann_names, ann_codes = _factorize(annotators)
    return _compacted(item_names, ann_names, classes, item_codes, ann_codes, label)


def _classes(seen: list[str], skip: frozenset[str], order: Sequence[str] | None) -> list[str]:
    """The classes in `order` (or sorted); AnnotatorError for a label outside `order`."""
    if order is None:
        classes = sorted(seen)
    else:
        classes = [c for c in order if c not in skip]
        if len(set(classes)) != len(classes):
            raise AnnotatorError("the label order lists a label twice")
        known = set(classes)
        unknown = [label for label in seen if label not in known]
        if unknown:
            raise AnnotatorError(
                f"label {unknown[0]!r} is not one of {', '.join(map(str, classes))}"
            )
    return classes


def _compacted(
    item_names: list[str],
    ann_names: list[str],
    classes: list[str],
    item: NDArray[Any],
    ann: NDArray[Any],
    label: NDArray[np.intp],
) -> Encoded:
    """Without the missing values (label -1), and the items/annotators left with no label."""
    item, ann = item.astype(np.intp, copy=False), ann.astype(np.intp, copy=False)
    keep = label >= 0
    if not keep.all():
        label = label[keep]
        item_names, item = _compact(item_names, item[keep])
        ann_names, ann = _compact(ann_names, ann[keep])
    return Encoded(item_names, ann_names, classes, item, ann, label)


def _columns(records: Iterable[Record]) -> tuple[list[str], list[str], list[str]]:
    rows: list[Record] = records if isinstance(records, list) else list(records)
    if not rows:
        return [], [], []
    if all(isinstance(r, tuple) for r in rows):  # fast path, e.g. 1M tuples
        triples = cast(list[tuple[str, str, str]], rows)
        return [r[0] for r in triples], [r[1] for r in triples], [r[2] for r in triples]
    return (
        [r[0] if isinstance(r, tuple) else r.item for r in rows],
        [r[1] if isinstance(r, tuple) else r.annotator for r in rows],
        [r[2] if isinstance(r, tuple) else r.label for r in rows],
    )


def _factorize(values: list[str]) -> tuple[list[str], NDArray[np.intp]]:
    """Sorted distinct values and each value's index among them."""
    names = sorted(dict.fromkeys(values))
    index = {v: k for k, v in enumerate(names)}
    return names, np.fromiter(map(index.__getitem__, values), dtype=np.intp, count=len(values))


def _compact(names: list[str], codes: NDArray[np.intp]) -> tuple[list[str], NDArray[np.intp]]:
    used, inverse = np.unique(codes, return_inverse=True)
    return [names[u] for u in used], inverse.astype(np.intp)
