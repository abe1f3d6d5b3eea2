"""The input of every agreement coefficient: a label table encoded as integer codes.

`encode(records, level, order, missing)` turns (item, annotator, label) rows into `Ratings`:
three parallel integer arrays (one entry per label) plus the names behind the codes. Items and
annotators are sorted by name so the same table always gives the same codes.

Categories:
- nominal: the labels; in `order` if given, else sorted (numerically if every label is a number).
- ordinal: the labels in `order` (lowest first); without `order` every label must be a number.
- interval / ratio: the distinct numbers (labels parsed as floats, "1" and "1.0" are one value);
  `order` is ignored. Ratio values must be >= 0.

`missing` drops labels that mean "no answer" (e.g. Admiralty "F", credibility "6") before anything
else, so they neither count as a category nor make an item pairable.
An annotator labelling the same item twice with the same label counts once; with two different
labels it is an error (the table is ambiguous).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

import numpy as np

from annotator.agreement.labeltable import LabelRecord, LabelTable
from annotator.errors import AnnotatorError

Level = Literal["nominal", "ordinal", "interval", "ratio"]
LEVELS: tuple[Level, ...] = ("nominal", "ordinal", "interval", "ratio")

if TYPE_CHECKING:
    import numpy.typing as npt

    IntArray = npt.NDArray[np.int64]
    FloatArray = npt.NDArray[np.float64]
else:  # numpy.typing is not imported at run time (~5 ms): annotations only need the names
    IntArray = FloatArray = np.ndarray

# Largest dense items x categories count table a `Ratings` keeps (8 bytes a cell: 40 MB).
DENSE_CELLS = 5_000_000


class Ratings:
    """A label table as codes: label k is `annotator[k]`'s `value[k]` for `item[k]`.

    `numbers[c]` is the number of category c: its value for interval/ratio, its position
    (0, 1, 2, ...) for nominal/ordinal. Every item and annotator has at least one label.
    (A plain class: importing `dataclasses` is ~15 ms of the agreement command's start-up.)
    """

    level: Level
    items: tuple[str, ...]
    annotators: tuple[str, ...]
    categories: tuple[str, ...]
    numbers: FloatArray
    item: IntArray
    annotator: IntArray
    value: IntArray
    n_missing: int

    def __init__(
        self,
        level: Level,
        items: tuple[str, ...],
        annotators: tuple[str, ...],
        categories: tuple[str, ...],
        numbers: FloatArray,
        item: IntArray,
        annotator: IntArray,
        value: IntArray,
        n_missing: int = 0,
    ) -> None:
        self.level, self.items, self.annotators = level, items, annotators
        self.categories, self.numbers = categories, numbers
        self.item, self.annotator, self.value = item, annotator, value
        self.n_missing = n_missing

    @property
    def n_labels(self) -> int:
        return int(self.item.size)

    @cached_property
    def per_item(self) -> IntArray:
        """Labels per item (computed once, read-only)."""
        m = np.bincount(self.item, minlength=len(self.items)).astype(np.int64)
        m.setflags(write=False)
        return m

    @cached_property
    def counts(self) -> FloatArray | None:
        """n_uc, labels of category c on item u (items x categories, computed once, read-only),
        or None when that table would exceed DENSE_CELLS cells."""
        n_cat = len(self.categories)
        if len(self.items) * n_cat > DENSE_CELLS or n_cat == 0:
            return None
        flat = np.bincount(self.item * n_cat + self.value, minlength=len(self.items) * n_cat)
        table = flat.reshape(len(self.items), n_cat).astype(np.float64)
        table.setflags(write=False)
        return table

    def subset(self, keep: npt.NDArray[np.bool_]) -> Ratings:
        """The ratings of the labels where `keep` is true; names and categories are kept."""
        item_codes, item = np.unique(self.item[keep], return_inverse=True)
        ann_codes, annotator = np.unique(self.annotator[keep], return_inverse=True)
        return Ratings(
            level=self.level,
            items=tuple(self.items[i] for i in item_codes),
            annotators=tuple(self.annotators[a] for a in ann_codes),
            categories=self.categories,
            numbers=self.numbers,
            item=item.astype(np.int64),
            annotator=annotator.astype(np.int64),
            value=self.value[keep],
        )


Record = LabelRecord | tuple[str, str, str]


def encode(
    records: Iterable[Record],
    level: str,
    order: Sequence[str] | None = None,
    missing: Iterable[str] = (),
) -> Ratings:
    """Encode label records (LabelRecord or (item, annotator, label) tuples) for `level`.

    Raises AnnotatorError for an unknown level, a label outside `order`, a non-numeric label at
    the interval/ratio level, or an annotator giving one item two different labels.
    """
    if level not in LEVELS:
        raise AnnotatorError(f"unknown level '{level}' (use {', '.join(LEVELS)})")
    lvl = cast(Level, level)
    if isinstance(records, LabelTable):  # columns straight from the file: factorized in Arrow
        item_names, item_codes = records.item.names, records.item.codes
        ann_names, ann_codes = records.annotator.names, records.annotator.codes
        label_names, label_codes = records.label.names, records.label.codes
    else:
        rows = list(records)
        if rows and isinstance(rows[0], LabelRecord):
            recs = cast(list[LabelRecord], rows)
            items = [r.item for r in recs]
            anns = [r.annotator for r in recs]
            labels = [r.label for r in recs]
        else:
            items = [str(r[0]) for r in rows]  # type: ignore[index]
            anns = [str(r[1]) for r in rows]  # type: ignore[index]
            labels = [str(r[2]) for r in rows]  # type: ignore[index]
        label_names, label_codes = _factorize(labels)
        item_names, item_codes = _factorize(items)
        ann_names, ann_codes = _factorize(anns)

    missing_set = {str(m) for m in missing}
    dropped = np.array([name in missing_set for name in label_names], dtype=bool)
    keep = ~dropped[label_codes]
    present = [name for name, d in zip(label_names, dropped, strict=True) if not d]
    categories, numbers, name_to_cat = _categories(lvl, present, order, missing_set)
    label_to_cat = np.array([name_to_cat.get(name, -1) for name in label_names], dtype=np.int64)

    value = label_to_cat[label_codes]
    n_missing = int(keep.size - keep.sum())
    if n_missing:  # drop the labels and any item/annotator left without labels
        value = value[keep]
        item_names, item_codes = _compact(item_names, item_codes[keep])
        ann_names, ann_codes = _compact(ann_names, ann_codes[keep])

    item_codes, ann_codes, value = _deduplicate(
        item_codes, ann_codes, value, item_names, ann_names, categories
    )
    return Ratings(
        level=lvl,
        items=tuple(item_names),
        annotators=tuple(ann_names),
        categories=tuple(categories),
        numbers=numbers,
        item=item_codes,
        annotator=ann_codes,
        value=value,
        n_missing=n_missing,
    )


def _factorize(values: list[str]) -> tuple[list[str], IntArray]:
    """Distinct values sorted (stable codes whatever the row order) and the code of each value."""
    names = sorted(dict.fromkeys(values))
    code = {name: i for i, name in enumerate(names)}
    return names, np.fromiter(map(code.__getitem__, values), dtype=np.int64, count=len(values))


def _compact(names: list[str], codes: IntArray) -> tuple[list[str], IntArray]:
    """Drop names no code refers to any more."""
    used, codes = np.unique(codes, return_inverse=True)
    return [names[i] for i in used], codes.astype(np.int64)


def _number(text: str) -> float | None:
    try:
        x = float(text)
    except ValueError:
        return None
    return x if math.isfinite(x) else None


def _format_number(x: float) -> str:
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else repr(x)


def _categories(
    level: Level, present: list[str], order: Sequence[str] | None, missing: set[str]
) -> tuple[list[str], FloatArray, dict[str, int]]:
    """Category names, their numbers, and the category of each present label."""
    if level in ("interval", "ratio"):
        parsed = {}
        for name in present:
            x = _number(name)
            if x is None:
                raise AnnotatorError(f"the {level} level needs numeric labels; got '{name}'")
            if level == "ratio" and x < 0:
                raise AnnotatorError(f"the ratio level needs numbers >= 0; got '{name}'")
            parsed[name] = x
        values = sorted(set(parsed.values()))
        position = {x: i for i, x in enumerate(values)}
        names = [_format_number(x) for x in values]
        return (
            names,
            np.array(values, dtype=np.float64),
            {n: position[x] for n, x in parsed.items()},
        )

    if order is not None:
        ordered = [str(o) for o in order if str(o) not in missing]
        if len(set(ordered)) != len(ordered):
            dup = next(o for o in ordered if ordered.count(o) > 1)
            raise AnnotatorError(f"category '{dup}' appears twice in the order")
        outside = sorted(set(present) - set(ordered))
        if outside:
            shown = ", ".join(f"'{o}'" for o in outside[:5])
            raise AnnotatorError(f"label(s) not in the order: {shown}")
        names = ordered
    else:
        numeric = {name: _number(name) for name in present}
        if all(x is not None for x in numeric.values()):
            names = sorted(present, key=lambda n: (numeric[n], n))
        elif level == "ordinal":
            raise AnnotatorError(
                "the ordinal level needs the order of the categories (e.g. --order low,mid,high) "
                "unless every label is a number"
            )
        else:
            names = sorted(present)
    return names, np.arange(len(names), dtype=np.float64), {n: i for i, n in enumerate(names)}


def _deduplicate(
    item: IntArray,
    annotator: IntArray,
    value: IntArray,
    items: list[str],
    annotators: list[str],
    categories: list[str],
) -> tuple[IntArray, IntArray, IntArray]:
    """One label per (item, annotator); identical repeats collapse, conflicting ones raise."""
    if item.size == 0:
        return item, annotator, value
    key = item * len(annotators)
    key += annotator
    if len(items) * len(annotators) <= DENSE_CELLS:
        seen = np.zeros(len(items) * len(annotators), dtype=np.bool_)
        seen[key] = True
        if np.count_nonzero(seen) == key.size:
            return item, annotator, value  # no (item, annotator) pair twice: nothing to sort
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    repeat = np.flatnonzero(sorted_key[1:] == sorted_key[:-1])
    if repeat.size == 0:
        return item, annotator, value
    conflict = repeat[value[order[repeat]] != value[order[repeat + 1]]]
    if conflict.size:
        first, second = order[conflict[0]], order[conflict[0] + 1]
        raise AnnotatorError(
            f"annotator '{annotators[annotator[first]]}' gave item '{items[item[first]]}' two "
            f"labels ('{categories[value[first]]}' and '{categories[value[second]]}')"
        )
    keep = np.ones(item.size, dtype=bool)
    keep[order[repeat + 1]] = False
    return item[keep], annotator[keep], value[keep]
