"""Per-source reliability profiles of a dataset version: one row per outlet and per speaker.

For each source: the number of claims, the distribution of the gold labels of the profiled
fields, the modal label (for `source_reliability`, the modal Admiralty grade; ties go to the
label earliest in the schema's order), and Krippendorff's alpha on that source's claims (needs
two annotators on at least one claim; otherwise null with the reason).

Profiled fields are found by name in the schema: `source_reliability`, `credibility` and every
per-target `stance_*`; a schema with none of them gets every choice field profiled.

Streaming: items are read in batches in claim id order; the gold labels are picked out of the
JSON by the database. Per source we keep counters, plus the raw labels of its first
`MAX_AGREEMENT_CLAIMS` claims by claim id for alpha (claim ids are content hashes, so this is a
pseudo-random sample, the same on every store); a source with more claims is noted
`sampled_claims`. Memory is therefore O(sources x MAX_AGREEMENT_CLAIMS), not O(items), and the
alpha work per source is bounded too (its bootstrap has `BOOTSTRAP` resamples).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, and_, cast
from sqlalchemy import select as sa_select

from annotator import store
from annotator.datasets.claim_votes import sql_columns
from annotator.datasets.dataset import READ_BATCH, check_simulated, get_version
from annotator.datasets.summary import field_agreement
from annotator.schema import LabelField, LabelSchema, schema_from_dict
from annotator.store import models

PROFILED = ("source_reliability", "credibility")
MAX_AGREEMENT_CLAIMS = 500
BOOTSTRAP = 100
UNKNOWN_OUTLET = "(unknown)"


def profiled_fields(schema: LabelSchema) -> list[LabelField]:
    named = [
        lf
        for lf in schema.choice_fields
        if lf.key in PROFILED or (lf.field.name == "stance" and lf.target is not None)
    ]
    return named or schema.choice_fields


@dataclass
class _Profile:
    kind: str
    source: str
    claims: int = 0
    labels: dict[str, dict[str, int]] = field(default_factory=dict)
    records: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    sampled: bool = False


def source_profiles(
    name: str,
    version: int | None = None,
    *,
    url: str | None = None,
    seed: int = 0,
    include_simulated: bool = False,
) -> list[dict[str, Any]]:
    """Profiles of every outlet (kind "outlet") and speaker (kind "speaker"), sorted by kind,
    then by claims (most first), then by name. Reads only what the version froze."""
    with store.session(url) as s:
        v = get_version(s, name, version)
        check_simulated(v, include_simulated)
        schema = schema_from_dict(v.label_schema, f"{name}@{v.version}")
        fields = profiled_fields(schema)
        i, f = models.DatasetItem, models.DatasetClaim
        labels = [i.gold[(lf.key, "label")].as_string() for lf in fields]  # type: ignore[index]
        stmt = (
            sa_select(*sql_columns(i.claim_id, cast(i.raw, String), f.speaker, f.source, *labels))
            .select_from(i)
            .join(f, and_(f.version_id == i.version_id, f.claim_id == i.claim_id))  # type: ignore[arg-type]
            .where(i.version_id == v.id)  # type: ignore[arg-type]
            .order_by(i.claim_id)
            .execution_options(yield_per=READ_BATCH, stream_results=True)
        )
        profiles: dict[tuple[str, str], _Profile] = {}
        for claim, raw_text, speaker, outlet, *gold in s.connection().execute(stmt):
            keys = [("outlet", outlet or UNKNOWN_OUTLET)]
            if speaker:
                keys.append(("speaker", speaker))
            raw: dict[str, Any] | None = None
            for key in keys:
                p = profiles.get(key)
                if p is None:
                    p = profiles[key] = _Profile(*key)
                if raw is None and p.claims < MAX_AGREEMENT_CLAIMS:
                    raw = json.loads(raw_text) if raw_text else {}
                _add(p, fields, claim, gold, raw or {})
    out = [_result(p, fields, seed) for p in profiles.values()]
    out.sort(key=lambda r: (r["kind"] != "outlet", -r["claims"], r["source"]))
    return out


def _add(
    p: _Profile, fields: list[LabelField], claim: str, gold: list[str | None], raw: dict[str, Any]
) -> None:
    """Count one claim's gold labels (`gold`: one per field of `fields`) into `p`."""
    p.claims += 1
    keep_raw = p.claims <= MAX_AGREEMENT_CLAIMS
    p.sampled = p.sampled or not keep_raw
    for lf, label in zip(fields, gold, strict=True):
        dist = p.labels.setdefault(lf.key, {})
        if label is not None:
            dist[label] = dist.get(label, 0) + 1
        if keep_raw:
            p.records.setdefault(lf.key, []).extend(
                (claim, a, value) for a, value in (raw.get(lf.key) or {}).items()
            )


def _result(p: _Profile, fields: list[LabelField], seed: int) -> dict[str, Any]:
    row: dict[str, Any] = {"kind": p.kind, "source": p.source, "claims": p.claims}
    agreement: dict[str, Any] = {}
    for lf in fields:
        dist = p.labels.get(lf.key, {})
        row[lf.key] = {v: dist[v] for v in lf.categories if v in dist}
        row[f"{lf.key}_mode"] = max(
            (v for v in lf.categories if v in dist), key=lambda v: dist[v], default=None
        )
        agreement[lf.key] = field_agreement(
            p.records.get(lf.key, []), lf, seed=seed, bootstrap=BOOTSTRAP
        ) | ({"sampled_claims": MAX_AGREEMENT_CLAIMS} if p.sampled else {})
    row["agreement"] = agreement
    return row


def table_rows(profiles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flat rows (scalars only) for CSV, Parquet and the terminal table.

    Columns: kind, source, claims, `<field>__<label>` counts, `<field>_mode`,
    `alpha_<field>`, `alpha_<field>_low`, `alpha_<field>_high`, `alpha_<field>_note`.
    """
    rows = []
    for prof in profiles:
        row: dict[str, Any] = {}
        for key, value in prof.items():
            if key == "agreement":
                continue
            if isinstance(value, dict):
                row.update({f"{key}__{label}": n for label, n in value.items()})
            else:
                row[key] = value
        for key, a in prof["agreement"].items():
            ci = a.get("alpha_ci") or [None, None]
            row[f"alpha_{key}"] = a.get("alpha")
            row[f"alpha_{key}_low"] = ci[0]
            row[f"alpha_{key}_high"] = ci[1]
            row[f"alpha_{key}_note"] = a.get("reason")
        rows.append(row)
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return [{c: row.get(c, 0 if "__" in c else None) for c in columns} for row in rows]
