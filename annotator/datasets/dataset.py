"""Gold datasets: immutable, content-hashed versions of the gold labels of a project.

`build_dataset` streams the project's valid, non-deleted annotations ordered by claim id (in
batches, `yield_per`: `annotator.datasets.claim_votes`), turns each batch of claims into items
(`annotator.datasets.gold`), hashes them and spools them to a temporary file; only if the hash differs from the latest version's is a new
`DatasetVersion` stored (with its `DatasetItem`s and the private pseudonym mapping). Stored rows
are never updated (the store has triggers refusing it).

Speed: the rows are read with a Core select of the five columns needed (streamed, no ORM
objects); `annotator.datasets.item_rows.ItemEncoder` computes majority/median for a whole batch
with numpy and writes each item's JSON texts directly; the items are bulk inserted from the
spool with their JSON texts as they are (COPY on PostgreSQL, executemany on SQLite).
`benchmarks/bench_dataset.py` measures it.

Memory: majority and median hold one batch of claims at a time (bounded, whatever the size);
the agreement summary (`annotator.datasets.summary`) holds the votes of a bounded sample.
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
`annotator.datasets.gold` (confidence rounded to 6 decimals; raw labels under pseudonyms). The agreement
summary, creation time, tool version and pseudonym mapping are metadata, not content: they do
not enter the hash.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import IO, Any

from sqlalchemy import func
from sqlmodel import Session, select

import annotator
from annotator import store
from annotator.datasets.aggregate import METHODS
from annotator.datasets.claim_votes import (
    batches,
    iter_claims,
    project_and_adjudications,
    resolve_project,
    valid_annotations,
)
from annotator.datasets.frozen import freeze
from annotator.datasets.gold import pseudonym_map, votes_of
from annotator.datasets.item_rows import ItemEncoder, ItemRow
from annotator.datasets.summary import AgreementSample, Counts
from annotator.datasets.versions import (
    READ_BATCH,
    _items,
    _latest,
    check_simulated,
    describe,
    get_version,
    iter_items,
    list_datasets,
    parse_ref,
    show,
    validate_name,
)
from annotator.errors import AnnotatorError
from annotator.ids import canonical_json
from annotator.schema import LabelSchema
from annotator.split.sample import freeze_sampling
from annotator.store import models

HASH_FORMAT = 1
BATCH_CLAIMS = 2000


@dataclass(frozen=True)
class BuildResult:
    name: str
    version: int
    hash: str
    items: int
    created: bool


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


# --- building ----------------------------------------------------------------------------


def build_dataset(
    name: str,
    *,
    project: str | None = None,
    method: str = "majority",
    min_annotations: int = 1,
    below_min: str = "drop",
    seed: int = 0,
    include_simulated: bool = False,
    url: str | None = None,
) -> BuildResult:
    """Freeze the project's gold labels as a new version of dataset `name` (if anything changed).

    Simulated labels are left out unless `include_simulated` (recorded in the version's params).
    Returns the new version (`created=True`) or the latest one when its hash is the same.
    """
    validate_name(name)
    if method not in METHODS:
        raise AnnotatorError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    if below_min not in ("drop", "silver"):
        raise AnnotatorError(f"below_min must be drop or silver, not {below_min!r}")
    if min_annotations < 1:
        raise AnnotatorError("min_annotations must be at least 1")
    params: dict[str, Any] = {
        "below_min": below_min,
        "min_annotations": min_annotations,
        "seed": seed,
    }
    if include_simulated:  # only when set: versions built before the option keep their hash
        params["include_simulated"] = True
    sim = include_simulated
    with store.session(url) as s:
        proj, schema = resolve_project(s, project)
        project_ids, adj_ids = project_and_adjudications(s, proj)
        a = models.Annotation
        annotator_ids = s.exec(
            select(a.annotator_id)
            .where(*valid_annotations(project_ids, sim), a.adjudicated == False)  # noqa: E712
            .where(a.project_id.not_in(adj_ids or {-1}))  # type: ignore[attr-defined]
            .distinct()
        ).all()
        pseudonyms = pseudonym_map(annotator_ids)
        n_claims = s.exec(
            select(func.count(func.distinct(a.claim_id))).where(
                *valid_annotations(project_ids, sim)
            )
        ).one()
        fitted = None
        if method == "dawid-skene":
            fitted = _fit_globally(s, schema, project_ids, adj_ids, params, sim)
        hasher = VersionHasher(method, params, schema.hash)
        counts = Counts(schema)
        sample = AgreementSample(schema, n_claims, seed, pseudonyms)
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
            for batch in batches(iter_claims(s, project_ids, adj_ids, sim), BATCH_CLAIMS):
                sample.add(batch)
                rows = encoder.rows(batch)
                hasher.add_many(r.line for r in rows)
                spool.writelines(_spool_line(r) for r in rows)
                counts.add_rows(rows)
            if counts.items == 0:
                raise AnnotatorError(_nothing_counted(s, proj.name, project_ids, sim))
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
            freeze_sampling(s, version.id, proj.name)  # how the project's claims were sampled
            if pseudonyms:
                s.execute(
                    models.DatasetAnnotator.__table__.insert(),  # type: ignore[attr-defined]
                    [
                        {"version_id": version.id, "pseudonym": p, "annotator_id": real}
                        for real, p in pseudonyms.items()
                    ],
                )
            _insert_items(s, version.id, spool)
            freeze(s.connection(), version.id)
            return BuildResult(name, version.version, digest, counts.items, True)


def _nothing_counted(s: Session, project: str, project_ids: list[int], sim: bool) -> str:
    a = models.Annotation
    if not sim:
        simulated = s.exec(
            select(func.count()).where(
                *valid_annotations(project_ids, True),
                a.simulated == True,  # noqa: E712
            )
        ).one()
        if simulated:
            return (
                f"project {project!r} has only simulated labels ({simulated}); they are left out "
                "unless you pass --include-simulated"
            )
    return f"project {project!r} has no valid annotation with a gold label yet; pull first"


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
    from annotator.labelstudio.labelconfig import config_hash

    return config_hash(schema)


def _fit_globally(
    s: Session,
    schema: LabelSchema,
    project_ids: list[int],
    adj_ids: set[int],
    params: dict[str, Any],
    include_simulated: bool = False,
) -> dict[str, Any]:
    """Dawid-Skene per field over every vote of the project (the global pass)."""
    from annotator.datasets.gold import aggregate_field

    records: dict[str, list[tuple[str, str, str]]] = {lf.key: [] for lf in schema.choice_fields}
    for claim, votes in iter_claims(s, project_ids, adj_ids, include_simulated):
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


__all__ = [
    "READ_BATCH",
    "check_simulated",
    "describe",
    "BuildResult",
    "build_dataset",
    "get_version",
    "iter_items",
    "list_datasets",
    "parse_ref",
    "show",
    "validate_name",
    "version_hash",
]
