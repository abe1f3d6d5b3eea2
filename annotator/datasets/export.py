"""Export a dataset version: one row per claim unit, a data card, and per-source profiles.

Formats (data file, in `out`, default `exports/NAME/VERSION/` under the working directory):
`jsonl` -> data.jsonl, `csv` -> data.csv, `parquet` -> data.parquet, `hf` -> data/train.parquet.
Alongside: README.md (the data card, whose `configs` make `datasets.load_dataset(out)` work for
every format), sources.csv (jsonl, csv) or sources.parquet (parquet, hf), and with
`with_mapping` annotators.csv (pseudonym -> annotator id; private, only when asked).

Columns come from the version's schema (`LabelSchema.export_columns()`), after the claim and
document columns; with `raw`, `<field>__annotator-K` per annotator.

Safety: the dataset name is validated (no `..`, `/`, NUL) and every file must land inside `out`.
Every file is written under a temporary name in its own directory and renamed once all are
written, so a crash never leaves a half-written file under a final name. Rows are streamed in
batches (Parquet through `pyarrow.parquet.ParquetWriter`), so memory is bounded.
"""

from __future__ import annotations

import csv
import json
import os
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pyarrow as pa
from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import select

from annotator import store
from annotator.datasets.dataset import READ_BATCH, describe, get_version, sql_columns, validate_name
from annotator.errors import AnnotatorError
from annotator.schema import LabelSchema, schema_from_dict
from annotator.store import models

FORMATS = ("jsonl", "csv", "parquet", "hf")
DATA_FILES = {
    "jsonl": "data.jsonl",
    "csv": "data.csv",
    "parquet": "data.parquet",
    "hf": "data/train.parquet",
}
BASE_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("claim_id", pa.string()),
    ("text", pa.string()),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("document_id", pa.string()),
    ("title", pa.string()),
    ("url", pa.string()),
    ("published", pa.string()),
    ("source", pa.string()),
    ("source_kind", pa.string()),
    ("path", pa.string()),
    ("speaker", pa.string()),
    ("cue", pa.string()),
    ("quote", pa.bool_()),
    ("cluster_id", pa.string()),
    ("lang", pa.string()),
]
ROW_BATCH = 10000


def arrow_schema(schema: LabelSchema, pseudonyms: list[str] | None = None) -> pa.Schema:
    """The export's columns and types: claim/document columns, gold columns, silver, raw."""
    fields = list(BASE_COLUMNS)
    for col in schema.export_columns():
        fields.append((col, pa.float64() if col.endswith("_confidence") else pa.string()))
    fields.append(("silver", pa.bool_()))
    for lf in schema.label_fields:
        fields.extend((f"{lf.key}__{p}", pa.string()) for p in pseudonyms or [])
    return pa.schema(fields)


def export(
    name: str,
    version: int | None = None,
    fmt: str = "jsonl",
    out: str | Path | None = None,
    raw: bool = False,
    with_mapping: bool = False,
    *,
    license: str = "unknown",
    url: str | None = None,
) -> Path:
    """Write the export of `name@version` (latest by default); return the output folder."""
    validate_name(name)
    if fmt not in FORMATS:
        raise AnnotatorError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    with store.session(url) as s:
        v = get_version(s, name, version)
        assert v.id is not None
        folder = _folder(out, name, v.version)
        schema = schema_from_dict(v.label_schema, f"{name}@{v.version}")
        mapping = _mapping(s, v.id)
        pseudonyms = sorted(mapping, key=lambda p: int(p.rsplit("-", 1)[1])) if raw else []
        columns = arrow_schema(schema, pseudonyms)
        info = describe(v)
        with _Staging(folder) as stage:
            data_path = stage.path(DATA_FILES[fmt])
            prov = _Provenance()
            batches = _counted(iter_batches(s, v.id, schema, pseudonyms), columns.names, prov)
            _WRITERS[fmt](data_path, batches, columns)
            prov.documents = _documents(s, v.id)
            _write_sources(stage, name, v.version, fmt, url)
            if with_mapping:
                with open(stage.path("annotators.csv"), "w", encoding="utf-8", newline="") as f:
                    w = csv.writer(f, lineterminator="\n")
                    w.writerow(["pseudonym", "annotator_id"])
                    w.writerows((p, mapping[p]) for p in sorted(mapping, key=_pseudo_key))
            from annotator.datasets.datacard import render

            card = render(
                info,
                schema,
                columns,
                DATA_FILES[fmt],
                data_bytes=data_path.stat().st_size,
                sources_file="sources.parquet" if fmt in ("parquet", "hf") else "sources.csv",
                provenance=prov.result(),
                license=license,
                raw=raw,
            )
            stage.path("README.md").write_text(card, encoding="utf-8")
    return folder


def _pseudo_key(p: str) -> int:
    return int(p.rsplit("-", 1)[1])


def _folder(out: str | Path | None, name: str, version: int) -> Path:
    if out is not None and "\x00" in str(out):
        raise AnnotatorError("the output folder name contains a NUL character")
    base = Path(out) if out is not None else Path("exports") / name / str(version)
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AnnotatorError(
            f"cannot create the export folder ({exc.strerror})", path=str(base)
        ) from None
    return base


class _Staging:
    """Files written under temporary names, renamed to their final names only on success."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.root = folder.resolve()
        self.tag = f".tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.files: list[tuple[Path, Path]] = []

    def path(self, relative: str) -> Path:
        final = (self.folder / relative).resolve()
        if "\x00" in relative or not final.is_relative_to(self.root) or final == self.root:
            raise AnnotatorError(f"refusing to write outside the export folder: {relative!r}")
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_name("." + final.name + self.tag)
        self.files.append((tmp, final))
        return tmp

    def __enter__(self) -> _Staging:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            for tmp, final in self.files:
                os.replace(tmp, final)
            return
        for tmp, _ in self.files:
            tmp.unlink(missing_ok=True)


def _mapping(s: Any, version_id: int) -> dict[str, str]:
    m = models.DatasetAnnotator
    rows = s.exec(select(m.pseudonym, m.annotator_id).where(m.version_id == version_id)).all()
    return {p: a for p, a in rows}


def _documents(s: Any, version_id: int) -> int:
    i, c = models.DatasetItem, models.ClaimUnit
    return int(
        s.exec(
            select(func.count(func.distinct(c.document_id)))
            .select_from(i)
            .join(c, c.id == i.claim_id)  # type: ignore[arg-type]
            .where(i.version_id == version_id)  # type: ignore[arg-type]
        ).one()
    )


def _select(version_id: int, schema: LabelSchema, pseudonyms: list[str]) -> Any:
    """The export's columns in order; gold labels and raw values are picked out of the JSON by
    the database (JSON path expressions), so no row's JSON is parsed in Python."""
    i, c, d, src = models.DatasetItem, models.ClaimUnit, models.Document, models.Source
    gold, raw = i.gold, i.raw
    exprs: list[Any] = [
        i.claim_id,
        c.text,
        c.start,
        c.end,
        c.document_id,
        d.title,
        d.url,
        d.published,
        src.name,
        src.kind,
        d.path,
        c.speaker,
        c.cue,
        c.quote,
        c.cluster_id,
        c.lang,
    ]
    for lf in schema.label_fields:
        exprs.append(gold[(lf.key, "label")].as_string())  # type: ignore[index]
        if not lf.is_text:
            exprs.append(gold[(lf.key, "confidence")].as_float())  # type: ignore[index]
    exprs.append(i.silver)
    for lf in schema.label_fields:
        exprs.extend(raw[(lf.key, p)].as_string() for p in pseudonyms)  # type: ignore[index]
    return (
        sa_select(*sql_columns(*exprs))
        .select_from(i)
        .outerjoin(c, c.id == i.claim_id)  # type: ignore[arg-type]
        .outerjoin(d, d.id == c.document_id)  # type: ignore[arg-type]
        .outerjoin(src, src.id == d.source_id)  # type: ignore[arg-type]
        .where(i.version_id == version_id)  # type: ignore[arg-type]
        .order_by(i.claim_id)
        .execution_options(yield_per=READ_BATCH, stream_results=True)
    )


def iter_batches(
    s: Any, version_id: int, schema: LabelSchema, pseudonyms: list[str]
) -> Iterator[list[tuple[Any, ...]]]:
    """Export rows of a version in claim id order, as tuples in `arrow_schema` column order,
    `ROW_BATCH` at a time (a bounded working set whatever the size of the version)."""
    silver = len(BASE_COLUMNS) + len(schema.export_columns())
    result = s.connection().execute(_select(version_id, schema, pseudonyms))
    while True:
        rows = result.fetchmany(ROW_BATCH)
        if not rows:
            return
        # silver is NOT NULL but a bool on every store: SQLite gives 0/1 without the type
        yield [(*r[:silver], bool(r[silver]), *r[silver + 1 :]) for r in rows]


def iter_rows(
    s: Any, version_id: int, schema: LabelSchema, pseudonyms: list[str]
) -> Iterator[dict[str, Any]]:
    """Export rows of a version in claim id order, read in batches."""
    names = arrow_schema(schema, pseudonyms).names
    for batch in iter_batches(s, version_id, schema, pseudonyms):
        for r in batch:
            yield dict(zip(names, r, strict=True))


class _Provenance:
    def __init__(self) -> None:
        self.outlets: dict[tuple[str, str], int] = {}
        self.with_url = 0
        self.examples: dict[str, None] = {}
        self.documents = 0

    def add(self, row: dict[str, Any]) -> None:
        key = (row.get("source") or "(unknown)", row.get("source_kind") or "")
        self.outlets[key] = self.outlets.get(key, 0) + 1
        self.with_url += bool(row.get("url"))
        if len(self.examples) < 20:
            example = row.get("url") or row.get("path")
            if example:
                self.examples[str(example)] = None

    def add_batch(self, names: list[str], rows: list[tuple[Any, ...]]) -> None:
        """`add` for a batch of row tuples (columns `names`)."""
        source, kind = names.index("source"), names.index("source_kind")
        url, path = names.index("url"), names.index("path")
        counts = Counter((r[source] or "(unknown)", r[kind] or "") for r in rows)
        for key, n in counts.items():
            self.outlets[key] = self.outlets.get(key, 0) + n
        self.with_url += sum(1 for r in rows if r[url])
        if len(self.examples) < 20:
            for r in rows:
                example = r[url] or r[path]
                if example:
                    self.examples[str(example)] = None
                    if len(self.examples) >= 20:
                        break

    def result(self) -> dict[str, Any]:
        outlets = sorted(self.outlets.items(), key=lambda kv: (-kv[1], kv[0]))
        return {
            "documents": self.documents,
            "with_url": self.with_url,
            "outlets": [(name, kind, n) for (name, kind), n in outlets[:50]],
            "examples": list(self.examples),
        }


Batches = Iterator[list[tuple[Any, ...]]]


def _counted(batches: Batches, names: list[str], prov: _Provenance) -> Batches:
    for batch in batches:
        prov.add_batch(names, batch)
        yield batch


def write_jsonl(path: Path, batches: Batches, columns: pa.Schema) -> None:
    names = columns.names
    with open(path, "w", encoding="utf-8") as f:
        for batch in batches:
            f.writelines(
                json.dumps(dict(zip(names, r, strict=True)), ensure_ascii=False) + "\n"
                for r in batch
            )


def write_csv(path: Path, batches: Batches, columns: pa.Schema) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns.names)
        for batch in batches:
            w.writerows(batch)


def write_parquet(path: Path, batches: Batches, columns: pa.Schema) -> None:
    """One row group per batch, built column by column (no per-row dicts)."""
    import pyarrow.parquet as pq

    with ExitStack() as stack:
        writer = stack.enter_context(pq.ParquetWriter(path, columns, compression="zstd"))
        wrote = False
        for batch in batches:
            arrays = [
                pa.array(col, type=f.type)
                for col, f in zip(zip(*batch, strict=True), columns, strict=True)
            ]
            writer.write_table(pa.Table.from_arrays(arrays, schema=columns))
            wrote = True
        if not wrote:
            writer.write_table(columns.empty_table())


_WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet, "hf": write_parquet}


def _write_sources(stage: _Staging, name: str, version: int, fmt: str, url: str | None) -> None:
    from annotator.datasets.sources import source_profiles, table_rows

    rows = table_rows(source_profiles(name, version, url=url))
    if fmt in ("parquet", "hf"):
        import pyarrow.parquet as pq

        table = (
            pa.Table.from_pylist(rows) if rows else pa.table({"kind": pa.array([], pa.string())})
        )
        pq.write_table(table, stage.path("sources.parquet"))
        return
    with open(stage.path("sources.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]) if rows else ["kind"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
