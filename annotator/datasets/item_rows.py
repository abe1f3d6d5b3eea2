"""The dataset stage's fast path: a batch of claims straight to its items' JSON texts.

`ItemEncoder.rows` gives, for a batch of claims, exactly what `gold.gold_items` +
`canonical_json` + `json.dumps` would (the canonical line the version hash is over, and the
gold and raw texts as stored), without building per-claim dicts: majority and median come from
`annotator.datasets.aggregate.winners` on the batch's vote counts (values encoded to category
codes once, one bincount per field: the one aggregation path), and the JSON is assembled from
fragments (`json.encoder`'s own string escaping, `repr` for floats, as `json.dumps` does).
Claims the fast path does not cover (an adjudicated vote, or an annotator voting twice) go
through `gold_items`, the reference. `tests/datasets/test_item_rows.py` checks both agree on
random batches; `tests/datasets/test_dataset.py` pins the hashes."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from annotator.datasets.aggregate import BelowMin, Gold, winners
from annotator.datasets.gold import field_method, gold_items
from annotator.ids import canonical_json
from annotator.schema import LabelField, LabelSchema
from annotator.votes import Vote

_ENC_U = json.encoder.encode_basestring  # type: ignore[attr-defined]  # ensure_ascii=False
_ENC_A = json.encoder.encode_basestring_ascii  # type: ignore[attr-defined]  # json.dumps default


class ItemRow(NamedTuple):
    """One item as the dataset stage stores it (see `item_rows`)."""

    claim_id: str
    line: str  # canonical_json(item): what the version hash is over
    gold: str  # json.dumps(item["gold"], sort_keys=True): the stored text
    raw: str  # json.dumps(item["raw"], sort_keys=True)
    silver: bool
    labels: tuple[str | None, ...]  # gold label per choice field (schema order)
    adjudicated: bool  # some field's gold comes from an adjudication


def _dumps_value(x: Any) -> tuple[str, str]:
    """(canonical, json.dumps) text of a JSON scalar: str, float, int, bool or None."""
    if x is None:
        return "null", "null"
    if x is True:
        return "true", "true"
    if x is False:
        return "false", "false"
    if isinstance(x, str):
        return _ENC_U(x), _ENC_A(x)
    if isinstance(x, float):
        text = float.__repr__(x)
        return text, text
    text = int.__repr__(x)
    return text, text


class _Field:
    __slots__ = (
        "lf",
        "key",
        "allowed",
        "counted",
        "code",
        "k_c",
        "k_s",
        "method",
        "index",
        "choice_index",
    )

    def __init__(self, lf: LabelField, method: str, index: int) -> None:
        self.lf = lf
        self.key = lf.key
        self.allowed = frozenset(lf.values)
        self.counted = frozenset(lf.categories)
        self.code = {c: k for k, c in enumerate(lf.categories)}
        self.k_c = _ENC_U(lf.key) + ":"
        self.k_s = _ENC_A(lf.key) + ": "
        self.method = field_method(lf, method)
        self.index = index
        self.choice_index = -1


class ItemEncoder:
    """Turns batches of claims into `ItemRow`s for one build (method, params, pseudonyms)."""

    def __init__(
        self,
        schema: LabelSchema,
        pseudonyms: Mapping[str, str],
        *,
        method: str = "majority",
        min_annotations: int = 1,
        below_min: BelowMin = "drop",
        seed: int = 0,
        fitted: Mapping[str, Mapping[str, Gold]] | None = None,
    ) -> None:
        self.schema = schema
        self.pseudonyms = pseudonyms
        self.method = method
        self.min_annotations = min_annotations
        self.below_min = below_min
        self.seed = seed
        self.fitted = fitted
        self.fields = [_Field(lf, method, k) for k, lf in enumerate(schema.label_fields)]
        self.choice = [f for f in self.fields if not f.lf.is_text]
        for k, f in enumerate(self.choice):
            f.choice_index = k
        self.canon_order = sorted(self.fields, key=lambda f: f.key)
        self.canon_choice = sorted(self.choice, key=lambda f: f.key)
        # per annotator: (pseudonym, canonical key, stored key); keys sort as the pseudonyms
        self.ann: dict[str, tuple[str, str, str]] = {
            real: (p, _ENC_U(p) + ":", _ENC_A(p) + ": ") for real, p in pseudonyms.items()
        }
        self._entries: dict[tuple[Any, ...], tuple[str, str]] = {}

    def _entry(
        self, label: str | None, confidence: float | None, n: int, source: str | None, silver: bool
    ) -> tuple[str, str]:
        key = (label, confidence, n, source, silver)
        hit = self._entries.get(key)
        if hit is None:
            lc, ls = _dumps_value(label)
            cc, cs = _dumps_value(confidence)
            sc, ss = _dumps_value(source)
            b = "true" if silver else "false"
            hit = (
                f'{{"confidence":{cc},"label":{lc},"n":{n},"silver":{b},"source":{sc}}}',
                f'{{"confidence": {cs}, "label": {ls}, "n": {n}, "silver": {b}, "source": {ss}}}',
            )
            if len(self._entries) > 100_000:  # Dawid-Skene confidences: keep the cache bounded
                self._entries.clear()
            self._entries[key] = hit
        return hit

    def rows(self, claims: Sequence[tuple[str, Sequence[Vote]]]) -> list[ItemRow]:
        """Items of a batch of claims, in the order given (claims without gold left out)."""
        simple: list[int] = []
        complex_: list[int] = []
        # per simple claim: per field, {annotator: value text} of the non-null values
        values: list[list[dict[str, str]]] = []
        for pos, (_, votes) in enumerate(claims):
            annotators = {v.annotator for v in votes}
            if len(annotators) != len(votes) or any(v.adjudicated for v in votes):
                complex_.append(pos)
                continue
            simple.append(pos)
            per_field = []
            for f in self.fields:
                got: dict[str, str] = {}
                key = f.key
                for v in votes:
                    x = v.values.get(key)
                    if x is not None:
                        got[v.annotator] = x if type(x) is str else str(x)
                per_field.append(got)
            values.append(per_field)
        golds = self._golds([claims[p][0] for p in simple], values)
        out: dict[int, ItemRow] = {}
        for j, pos in enumerate(simple):
            row = self._simple_row(claims[pos][0], values[j], golds, j)
            if row is not None:
                out[pos] = row
        if complex_:
            subset = [claims[p] for p in complex_]
            items = gold_items(
                self.schema,
                subset,
                self.pseudonyms,
                method=self.method,
                min_annotations=self.min_annotations,
                below_min=self.below_min,
                seed=self.seed,
                fitted=self.fitted,
            )
            by_claim = {item["claim_id"]: item for item in items}
            for pos in complex_:
                item = by_claim.get(claims[pos][0])
                if item is not None:
                    out[pos] = self._reference_row(item)
        return [out[p] for p in sorted(out)]

    def _reference_row(self, item: dict[str, Any]) -> ItemRow:
        gold = item["gold"]
        return ItemRow(
            item["claim_id"],
            canonical_json(item),
            json.dumps(item["gold"], sort_keys=True),
            json.dumps(item["raw"], sort_keys=True),
            bool(item["silver"]),
            tuple(gold[f.key]["label"] for f in self.choice),
            any(g["source"] == "adjudication" for g in gold.values()),
        )

    def _golds(
        self, claim_ids: list[str], values: list[list[dict[str, str]]]
    ) -> dict[int, tuple[list[Any], ...]]:
        """Per choice field index: (label, confidence, n, silver) lists, one per simple claim
        (label None: no gold)."""
        out: dict[int, tuple[list[Any], ...]] = {}
        m = len(claim_ids)
        for f in self.choice:
            if self.fitted is not None:
                fitted = self.fitted.get(f.key, {})
                got = [fitted.get(c) for c in claim_ids]
                out[f.index] = (
                    [None if g is None else g.label for g in got],
                    [None if g is None else round(float(g.confidence), 6) for g in got],
                    [0 if g is None else int(g.n) for g in got],
                    [False if g is None else g.silver for g in got],
                )
                continue
            k = len(f.code)
            code = f.code
            flat = [
                j * k + code[x]
                for j, per_field in enumerate(values)
                for x in per_field[f.index].values()
                if x in code
            ]
            counts = np.bincount(np.asarray(flat, dtype=np.intp), minlength=m * k).reshape(m, k)
            out[f.index] = self._aggregate(f, claim_ids, counts)
        return out

    def _aggregate(
        self, f: _Field, claim_ids: list[str], counts: npt.NDArray[np.intp]
    ) -> tuple[list[Any], ...]:
        """`annotator.datasets.aggregate.winners` on a (claims x categories) count matrix, then
        the minimum-votes rule as `aggregate` applies it."""
        winner, share_a, n, _ = winners(claim_ids, counts, f.method, seed=self.seed)
        share = share_a.tolist()
        cats = f.lf.categories
        labels: list[str | None] = []
        confidence: list[float | None] = []
        silver: list[bool] = []
        below = self.min_annotations
        drop = self.below_min == "drop"
        rounded: dict[float, float] = {}
        for w, c, votes in zip(winner.tolist(), share, n.tolist(), strict=True):
            if votes == 0 or (drop and votes < below):
                labels.append(None)
                confidence.append(None)
                silver.append(False)
                continue
            labels.append(cats[w])
            r = rounded.get(c)
            if r is None:
                r = rounded[c] = round(c, 6)
            confidence.append(r)
            silver.append(votes < below)
        return labels, confidence, n.tolist(), silver

    def _simple_row(
        self,
        claim: str,
        values: list[dict[str, str]],
        golds: dict[int, tuple[list[Any], ...]],
        j: int,
    ) -> ItemRow | None:
        ann = self.ann
        raw_s: list[str] = []
        raw_c: list[str] = []
        for f in self.canon_order:
            got = values[f.index]
            if not got:
                continue
            order = sorted(got, key=lambda a: ann[a][0]) if len(got) > 1 else got
            raw_s.append(f.k_s + "{" + ", ".join(ann[a][2] + _ENC_A(got[a]) for a in order) + "}")
            raw_c.append(f.k_c + "{" + ",".join(ann[a][1] + _ENC_U(got[a]) for a in order) + "}")
        gold_s: list[str] = []
        gold_c: list[str] = []
        labels: list[str | None] = [None] * len(self.choice)
        keep = False
        silver = False
        for f in self.canon_choice:
            label_l, conf_l, n_l, silver_l = golds[f.index]
            label = label_l[j]
            if label is None:
                got = values[f.index]
                n = sum(1 for x in got.values() if x in f.counted)
                ec, es = self._entry(None, None, n, None, False)
            else:
                s = silver_l[j]
                ec, es = self._entry(label, conf_l[j], n_l[j], "vote", s)
                keep = True
                silver = silver or s
            labels[f.choice_index] = label
            gold_s.append(f.k_s + es)
            gold_c.append(f.k_c + ec)
        if not keep:
            return None
        gold_text = "{" + ", ".join(gold_s) + "}"
        raw_text = "{" + ", ".join(raw_s) + "}"
        b = "true" if silver else "false"
        line = (
            '{"claim_id":'
            + _ENC_U(claim)
            + ',"gold":{'
            + ",".join(gold_c)
            + '},"raw":{'
            + ",".join(raw_c)
            + '},"silver":'
            + b
            + "}"
        )
        return ItemRow(claim, line, gold_text, raw_text, silver, tuple(labels), False)
