"""Gold datasets: immutable, content-hashed versions of the gold labels of a project.

`build_dataset` streams the project's valid, non-deleted annotations ordered by claim id (in
batches, `yield_per`), turns each batch of claims into items (`annotator.gold`), hashes them and
spools them to a temporary file; only if the hash differs from the latest version's is a new
`DatasetVersion` stored (with its `DatasetItem`s and the private pseudonym mapping). Stored rows
are never updated (the store has triggers refusing it).

Speed: the rows are read with a Core select of the five columns needed (streamed, no ORM
objects); `annotator.gold.ItemEncoder` computes majority/median for a whole batch with numpy and
writes each item's JSON texts directly; the items are bulk inserted from the spool with their
JSON texts as they are (COPY on PostgreSQL, executemany on SQLite). `benchmarks/bench_dataset.py`
measures it.

Memory: majority and median hold one batch of claims at a time (bounded, whatever the size);
the agreement summary holds the votes of at most ~AGREEMENT_MAX_ITEMS sampled claims.
Dawid-Skene needs a global pass first: it holds every vote of a field as
(claim, annotator, label) records plus numpy arrays of per-annotator confusion matrices
(annotators x classes x classes) and per-item posteriors (items x classes floats), i.e.
O(annotations + items x classes); for 1,000,000 claims x 3 annotations that is a few hundred MB.

Version hash contract (anyone can recompute it from a `--raw` JSONL export or `show`):

    sha256(canonical_json({
        "format": 1,
        "items": [item, ...],           # sorted by claim_id
        "method": "majority" | "dawid-skene" | "median",
        "params": {"below_min": ..., "min_annotations": ..., "seed": ...},
        "schema_hash": <LabelSchema.hash of the project's schema>,
    })) as 64 hex digits

with `canonical_json` from `annotator.ids` (sorted keys, `(",", ":")` separators, UTF-8,
`ensure_ascii=False`) and each item `{"claim_id", "gold", "raw", "silver"}` as described in
`annotator.gold` (confidence rounded to 6 decimals; raw labels under pseudonyms). The agreement
summary, creation time, tool version and pseudonym mapping are metadata, not content: they do
not enter the hash.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import IO, Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, select

import annotator
from annotator import models, names, store
from annotator.errors import AnnotatorError
from annotator.gold import METHODS, ItemEncoder, ItemRow, Vote, pseudonym_map, votes_of
from annotator.ids import canonical_json
from annotator.schema import LabelSchema, schema_from_dict

HASH_FORMAT = 1
BATCH_CLAIMS = 2000
READ_BATCH = 10000
AGREEMENT_MAX_ITEMS = 20000
AGREEMENT_BOOTSTRAP = 200


@dataclass(frozen=True)
class BuildResult:
    name: str
    version: int
    hash: str
    items: int
    created: bool


def validate_name(name: str) -> str:
    """A dataset name safe as a folder name (see `annotator.names`)."""
    return names.validate_name(name, "dataset")


def parse_ref(ref: str) -> tuple[str, int | None]:
    """`NAME` or `NAME@VERSION` -> (name, version or None)."""
    name, sep, version = ref.partition("@")
    validate_name(name)
    if not sep:
        return name, None
    if not version.isdigit() or int(version) < 1:
        raise AnnotatorError(
            f"invalid version {version!r} in {ref!r}: expected NAME@1, NAME@2, ..."
        )
    return name, int(version)


# --- hashing -----------------------------------------------------------------------------


class VersionHasher:
    """SHA-256 of the canonical JSON payload (see module docstring), fed one item at a time."""

    def __init__(self, method: str, params: dict[str, Any], schema_hash: str) -> None:
        self._sha = hashlib.sha256()
        self._first = True
        self._tail = canonical_json(
            {"method": method, "params": params, "schema_hash": schema_hash}
        )
        self._sha.update(f'{{"format":{HASH_FORMAT},"items":['.encode())

    def add(self, item_json: str) -> None:
        self._sha.update((item_json if self._first else "," + item_json).encode("utf-8"))
        self._first = False

    def add_many(self, item_jsons: Iterable[str]) -> None:
        text = ",".join(item_jsons)
        if text:
            self.add(text)

    def hexdigest(self) -> str:
        sha = self._sha.copy()
        sha.update(("]," + self._tail[1:]).encode("utf-8"))
        return sha.hexdigest()


def version_hash(
    items: list[dict[str, Any]], method: str, params: dict[str, Any], schema_hash: str
) -> str:
    """The version hash of `items` computed the plain way (the contract, for anyone to check)."""
    payload = {
        "format": HASH_FORMAT,
        "items": sorted(items, key=lambda i: i["claim_id"]),
        "method": method,
        "params": params,
        "schema_hash": schema_hash,
    }
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()


# --- reading annotations -----------------------------------------------------------------


def resolve_project(s: Session, project: str | None) -> tuple[models.Project, LabelSchema]:
    q = select(models.Project).where(models.Project.kind != "adjudication")
    if project is not None:
        q = q.where(models.Project.name == project)
    rows = list(s.exec(q).all())
    if not rows:
        raise AnnotatorError(
            f"no project named {project!r}" if project else "no project yet; push first"
        )
    if len(rows) > 1:
        names = ", ".join(sorted({r.name for r in rows}))
        raise AnnotatorError(
            f"several projects match ({names}); choose one with --project"
            if project is None
            else f"several projects are named {project!r} on different backends"
        )
    row = rows[0]
    if not row.label_schema:
        raise AnnotatorError(f"project {row.name!r} has no stored schema; push it again")
    return row, schema_from_dict(row.label_schema, f"project {row.name}")


def _project_ids(s: Session, project: models.Project) -> tuple[list[int], set[int]]:
    """The project and its adjudication projects; the latter's ids."""
    adj = s.exec(
        select(models.Project.id).where(
            models.Project.kind == "adjudication", models.Project.parent == project.name
        )
    ).all()
    adj_ids = {int(i) for i in adj if i is not None}
    assert project.id is not None
    return [project.id, *sorted(adj_ids)], adj_ids


def _valid(project_ids: list[int]) -> Any:
    a = models.Annotation
    return (
        a.project_id.in_(project_ids),  # type: ignore[attr-defined]
        a.valid == True,  # noqa: E712
        a.deleted == False,  # noqa: E712
    )


def sql_columns(*columns: Any) -> list[Any]:
    """Table-model attributes as SQL columns (for multi-column selects)."""
    return list(columns)


def iter_claims(
    s: Session, project_ids: list[int], adj_ids: set[int]
) -> Iterator[tuple[str, list[Vote]]]:
    """(claim id, its valid annotations) in claim id order, read in batches."""
    a = models.Annotation
    stmt = (
        sa_select(*sql_columns(a.claim_id, a.annotator_id, a.values, a.adjudicated, a.project_id))
        .where(*_valid(project_ids))
        .order_by(a.claim_id, a.id)  # type: ignore[arg-type]
        .execution_options(yield_per=READ_BATCH, stream_results=True)
    )
    current: str | None = None
    votes: list[Vote] = []
    for claim, annotator_id, values, adjudicated, project_id in s.connection().execute(stmt):
        if claim != current:
            if current is not None:
                yield current, votes
            current, votes = claim, []
        votes.append(Vote(annotator_id, values or {}, bool(adjudicated) or project_id in adj_ids))
    if current is not None:
        yield current, votes


def _batches(
    claims: Iterator[tuple[str, list[Vote]]], size: int
) -> Iterator[list[tuple[str, list[Vote]]]]:
    batch: list[tuple[str, list[Vote]]] = []
    for claim in claims:
        batch.append(claim)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- building ----------------------------------------------------------------------------


def build_dataset(
    name: str,
    *,
    project: str | None = None,
    method: str = "majority",
    min_annotations: int = 1,
    below_min: str = "drop",
    seed: int = 0,
    url: str | None = None,
) -> BuildResult:
    """Freeze the project's gold labels as a new version of dataset `name` (if anything changed).

    Returns the new version (`created=True`) or the latest one when its hash is the same.
    """
    validate_name(name)
    if method not in METHODS:
        raise AnnotatorError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    if below_min not in ("drop", "silver"):
        raise AnnotatorError(f"below_min must be drop or silver, not {below_min!r}")
    if min_annotations < 1:
        raise AnnotatorError("min_annotations must be at least 1")
    params = {"below_min": below_min, "min_annotations": min_annotations, "seed": seed}
    with store.session(url) as s:
        proj, schema = resolve_project(s, project)
        project_ids, adj_ids = _project_ids(s, proj)
        a = models.Annotation
        annotator_ids = s.exec(
            select(a.annotator_id)
            .where(*_valid(project_ids), a.adjudicated == False)  # noqa: E712
            .where(a.project_id.not_in(adj_ids or {-1}))  # type: ignore[attr-defined]
            .distinct()
        ).all()
        pseudonyms = pseudonym_map(annotator_ids)
        n_claims = s.exec(
            select(func.count(func.distinct(a.claim_id))).where(*_valid(project_ids))
        ).one()
        fitted = None
        if method == "dawid-skene":
            fitted = _fit_globally(s, schema, project_ids, adj_ids, params)
        hasher = VersionHasher(method, params, schema.hash)
        counts = _Counts(schema)
        sample = _AgreementSample(schema, n_claims, seed)
        encoder = ItemEncoder(
            schema,
            pseudonyms,
            method=method,
            min_annotations=min_annotations,
            below_min=below_min,  # type: ignore[arg-type]
            seed=seed,
            fitted=fitted,
        )
        with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as spool:
            for batch in _batches(iter_claims(s, project_ids, adj_ids), BATCH_CLAIMS):
                sample.add(batch)
                rows = encoder.rows(batch)
                hasher.add_many(r.line for r in rows)
                spool.writelines(_spool_line(r) for r in rows)
                counts.add_rows(rows)
            if counts.items == 0:
                raise AnnotatorError(
                    f"project {proj.name!r} has no valid annotation with a gold label yet; pull first"
                )
            digest = hasher.hexdigest()
            latest = _latest(s, name)
            if latest is not None and latest.hash == digest:
                return BuildResult(name, latest.version, digest, _items(latest), False)
            if s.get(models.Dataset, name) is None:
                s.add(models.Dataset(name=name))
                s.flush()
            version = models.DatasetVersion(
                dataset=name,
                version=(latest.version + 1) if latest else 1,
                hash=digest,
                parent=latest.version if latest else None,
                project=proj.name,
                method=method,
                schema_hash=schema.hash,
                config_hash=_config_hash(schema),
                tool_version=annotator.__version__,
                counts=counts.result(len(pseudonyms)),
                agreement=sample.summary(),
                params=params,
                label_schema=schema.canonical(),
            )
            s.add(version)
            _flush_version(s, name)
            assert version.id is not None
            if pseudonyms:
                s.execute(
                    models.DatasetAnnotator.__table__.insert(),  # type: ignore[attr-defined]
                    [
                        {"version_id": version.id, "pseudonym": p, "annotator_id": real}
                        for real, p in pseudonyms.items()
                    ],
                )
            _insert_items(s, version.id, spool)
            return BuildResult(name, version.version, digest, counts.items, True)


def _flush_version(s: Session, name: str) -> None:
    from sqlalchemy.exc import IntegrityError

    try:
        s.flush()
    except IntegrityError:
        raise AnnotatorError(
            f"another build of dataset {name!r} stored a version at the same time; build again"
        ) from None


def _spool_line(row: ItemRow) -> str:
    # JSON texts from json.dumps never hold a raw tab or newline; the claim id is JSON-escaped.
    return (
        f"{json.encoder.encode_basestring_ascii(row.claim_id)}"  # type: ignore[attr-defined]
        f"\t{row.gold}\t{row.raw}\t{1 if row.silver else 0}\n"
    )


def _spooled(spool: IO[str], version_id: int) -> Iterator[tuple[int, str, str, str, bool]]:
    spool.seek(0)
    for line in spool:
        claim, gold, raw, silver = line.rstrip("\n").split("\t")
        claim = json.loads(claim) if "\\" in claim else claim[1:-1]
        yield version_id, claim, gold, raw, silver == "1"


INSERT_BATCH = 5000


def _insert_items(s: Session, version_id: int, spool: IO[str]) -> None:
    """Bulk insert of the spooled items: the JSON texts go in as they are (the same text the
    JSON column type would write): COPY on PostgreSQL (psycopg), executemany elsewhere."""
    conn = s.connection()
    rows = _spooled(spool, version_id)
    columns = "version_id, claim_id, gold, raw, silver"
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        dbapi = conn.connection.driver_connection
        assert dbapi is not None
        with dbapi.cursor() as cur, cur.copy(f"COPY datasetitem ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join(["?"] * 5) if conn.dialect.paramstyle == "qmark" else ", ".join(["%s"] * 5)
    sql = f"INSERT INTO datasetitem ({columns}) VALUES ({marks})"
    while True:
        chunk = list(islice(rows, INSERT_BATCH))
        if not chunk:
            break
        conn.exec_driver_sql(sql, chunk)  # type: ignore[arg-type]


def _config_hash(schema: LabelSchema) -> str:
    from annotator.labelconfig import config_hash

    return config_hash(schema)


def _fit_globally(
    s: Session,
    schema: LabelSchema,
    project_ids: list[int],
    adj_ids: set[int],
    params: dict[str, Any],
) -> dict[str, Any]:
    """Dawid-Skene per field over every vote of the project (the global pass)."""
    from annotator.gold import aggregate_field

    records: dict[str, list[tuple[str, str, str]]] = {lf.key: [] for lf in schema.choice_fields}
    for claim, votes in iter_claims(s, project_ids, adj_ids):
        for lf in schema.choice_fields:
            records[lf.key].extend(votes_of(lf, claim, votes))
    return {
        lf.key: aggregate_field(
            records.pop(lf.key),
            lf,
            "dawid-skene",
            min_annotations=params["min_annotations"],
            below_min=params["below_min"],
            seed=params["seed"],
        )
        for lf in schema.choice_fields
    }


class _Counts:
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


class _AgreementSample:
    """Votes of a deterministic sample of claims (all of them up to AGREEMENT_MAX_ITEMS)."""

    def __init__(self, schema: LabelSchema, n_claims: int, seed: int) -> None:
        self.schema = schema
        self.seed = seed
        self.rate = min(1.0, AGREEMENT_MAX_ITEMS / max(n_claims, 1))
        self.items = 0
        self.records: dict[str, list[tuple[str, str, str]]] = {
            lf.key: [] for lf in schema.choice_fields
        }

    def add(self, batch: list[tuple[str, list[Vote]]]) -> None:
        for claim, votes in batch:
            if self.rate < 1.0 and _uniform(claim) >= self.rate:
                continue
            self.items += 1
            for lf in self.schema.choice_fields:
                self.records[lf.key].extend(
                    (claim, v.annotator, str(v.values[lf.key]))
                    for v in votes
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

    The alpha and interval `annotator.agreement.summarize` gives (same functions, same seed),
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

    from annotator.agreement import UndefinedMetric, bootstrap_alpha, encode, krippendorff_alpha

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


# --- reading versions --------------------------------------------------------------------


def _latest(s: Session, name: str) -> models.DatasetVersion | None:
    v = models.DatasetVersion
    return s.exec(
        select(v).where(v.dataset == name).order_by(v.version.desc()).limit(1)  # type: ignore[attr-defined]
    ).first()


def _items(version: models.DatasetVersion) -> int:
    return int((version.counts or {}).get("items", 0))


def get_version(s: Session, name: str, version: int | None = None) -> models.DatasetVersion:
    """The stored version (latest when `version` is None); AnnotatorError if there is none."""
    validate_name(name)
    if version is None:
        row = _latest(s, name)
    else:
        v = models.DatasetVersion
        row = s.exec(select(v).where(v.dataset == name, v.version == version)).first()
    if row is None:
        what = f"{name}@{version}" if version is not None else name
        raise AnnotatorError(f"no dataset {what}; build it with: annotator dataset build {name}")
    return row


def iter_items(s: Session, version_id: int) -> Iterator[models.DatasetItem]:
    """A version's items in claim id order, read in batches."""
    i = models.DatasetItem
    stmt = (
        select(i)
        .where(i.version_id == version_id)
        .order_by(i.claim_id)  # type: ignore[arg-type]
        .execution_options(yield_per=READ_BATCH)
    )
    for (item,) in s.execute(stmt):
        yield item


def describe(row: models.DatasetVersion) -> dict[str, Any]:
    return {
        "name": row.dataset,
        "version": row.version,
        "hash": row.hash,
        "parent": row.parent,
        "project": row.project,
        "method": row.method,
        "params": row.params,
        "schema_hash": row.schema_hash,
        "config_hash": row.config_hash,
        "tool_version": row.tool_version,
        "created_at": _iso(row.created_at),
        "items": _items(row),
        "counts": row.counts,
        "agreement": row.agreement,
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") + "Z" if value else None


def list_datasets(url: str | None = None) -> list[dict[str, Any]]:
    """Every dataset with its number of versions and its latest version."""
    with store.session(url) as s:
        names = s.exec(select(models.Dataset.name).order_by(models.Dataset.name)).all()
        out = []
        for name in names:
            latest = _latest(s, name)
            if latest is None:
                continue
            out.append(
                {
                    "name": name,
                    "versions": latest.version,
                    "latest": latest.version,
                    "hash": latest.hash,
                    "items": _items(latest),
                    "method": latest.method,
                    "created_at": _iso(latest.created_at),
                }
            )
        return out


def show(name: str, version: int | None = None, url: str | None = None) -> dict[str, Any]:
    """A version's metadata: hash, parent, method, params, counts, agreement, provenance."""
    with store.session(url) as s:
        return describe(get_version(s, name, version))


def diff(name: str, a: int, b: int, url: str | None = None) -> dict[str, Any]:
    """Claims added, removed and gold labels changed from version `a` to version `b`.

    `why` of a change: "method" when the versions were built by different methods,
    "adjudication" when the new gold comes from an adjudicated label, else "new annotations".
    """
    with store.session(url) as s:
        va, vb = get_version(s, name, a), get_version(s, name, b)
        assert va.id is not None and vb.id is not None
        method_changed = va.method != vb.method or va.params != vb.params
        added: list[str] = []
        removed: list[str] = []
        changed: list[dict[str, Any]] = []
        left, right = iter_items(s, va.id), _second_session_items(vb.id, url)
        for claim, old, new in _merge(left, right):
            if old is None:
                added.append(claim)
            elif new is None:
                removed.append(claim)
            else:
                changed.extend(_changes(claim, old.gold or {}, new.gold or {}, method_changed))
        return {
            "name": name,
            "a": {"version": va.version, "hash": va.hash, "method": va.method},
            "b": {"version": vb.version, "hash": vb.hash, "method": vb.method},
            "added": added,
            "removed": removed,
            "changed": changed,
        }


def _second_session_items(version_id: int, url: str | None) -> Iterator[models.DatasetItem]:
    # Two interleaved streaming reads need two connections (one server-side cursor each).
    with Session(store.engine(url)) as s:
        yield from iter_items(s, version_id)


def _merge(
    left: Iterator[models.DatasetItem], right: Iterator[models.DatasetItem]
) -> Iterator[tuple[str, models.DatasetItem | None, models.DatasetItem | None]]:
    a, b = next(left, None), next(right, None)
    while a is not None or b is not None:
        if b is None or (a is not None and a.claim_id < b.claim_id):
            assert a is not None
            yield a.claim_id, a, None
            a = next(left, None)
        elif a is None or b.claim_id < a.claim_id:
            yield b.claim_id, None, b
            b = next(right, None)
        else:
            yield a.claim_id, a, b
            a, b = next(left, None), next(right, None)


def _changes(
    claim: str, old: dict[str, Any], new: dict[str, Any], method_changed: bool
) -> list[dict[str, Any]]:
    out = []
    for field in sorted(set(old) | set(new)):
        o = (old.get(field) or {}).get("label")
        n = (new.get(field) or {}).get("label")
        if o == n:
            continue
        if method_changed:
            why = "method"
        elif (new.get(field) or {}).get("source") == "adjudication":
            why = "adjudication"
        else:
            why = "new annotations"
        out.append({"claim_id": claim, "field": field, "old": o, "new": n, "why": why})
    return out


__all__ = [
    "BuildResult",
    "build_dataset",
    "diff",
    "get_version",
    "iter_items",
    "list_datasets",
    "parse_ref",
    "show",
    "validate_name",
    "version_hash",
]
