"""Export a dataset version: one row per claim unit, a data card, and per-source profiles.

Formats (data file, in `out`, default `exports/NAME/VERSION/` under the working directory):
`jsonl` -> data.jsonl, `csv` -> data.csv, `parquet` -> data.parquet, `hf` -> data/train.parquet.
Alongside: README.md (the data card, whose `configs` make `datasets.load_dataset(out)` work for
every format), the source profiles in the data's own format (sources.jsonl, sources.csv or
sources.parquet: `datasets.load_dataset(out, "sources")` reads them), and with
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
from sqlalchemy import String, and_, cast, func
from sqlalchemy import select as sa_select
from sqlmodel import select

from annotator import store
from annotator.datasets.claim_votes import sql_columns
from annotator.datasets.dataset import (
    READ_BATCH,
    check_simulated,
    describe,
    get_version,
    validate_name,
)
from annotator.datasets.frozen import public_path, row_columns
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
SOURCES_FILES = {
    "jsonl": "sources.jsonl",
    "csv": "sources.csv",
    "parquet": "sources.parquet",
    "hf": "sources.parquet",
}
BASE_COLUMNS: list[tuple[str, pa.DataType]] = row_columns()
ROW_BATCH = 10000
_TYPES = {"string": pa.string(), "float": pa.float64(), "int": pa.int64()}
NO_LICENSE = "other"


def arrow_schema(schema: LabelSchema, pseudonyms: list[str] | None = None) -> pa.Schema:
    """The export's columns and types: claim/document columns, label columns, silver, raw."""
    fields = list(BASE_COLUMNS)
    fields.extend((col, _TYPES[kind]) for col, kind in schema.export_fields())
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
    license: str | None = None,
    include_simulated: bool = False,
    url: str | None = None,
) -> Path:
    """Write the export of `name@version` (latest by default); return the output folder.

    `license`: an SPDX id for the data card (None: the card says no licence was given).
    A version built with simulated labels is refused unless `include_simulated`.
    """
    validate_name(name)
    if fmt not in FORMATS:
        raise AnnotatorError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    with store.session(url) as s:
        v = get_version(s, name, version)
        assert v.id is not None
        check_simulated(v, include_simulated)
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
            _write_sources(stage, name, v.version, fmt, url, include_simulated)
            if with_mapping:
                with open(stage.path("annotators.csv"), "w", encoding="utf-8", newline="") as f:
                    w = csv.writer(f, lineterminator="\n")
                    w.writerow(["pseudonym", "annotator_id"])
                    w.writerows((p, mapping[p]) for p in sorted(mapping, key=_pseudo_key))
            from annotator.datasets.datacard import render
            from annotator.split.sample import frozen_sampling

            card = render(
                info,
                schema,
                columns,
                DATA_FILES[fmt],
                data_bytes=data_path.stat().st_size,
                sources_file=SOURCES_FILES[fmt],
                provenance=prov.result(),
                license=license,
                raw=raw,
                include_simulated=include_simulated,
                private={real: p for p, real in mapping.items()},
                sampling=frozen_sampling(s, v.id),  # as when the version was built
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
    f = models.DatasetClaim
    return int(
        s.exec(
            select(func.count(func.distinct(f.document_id))).where(f.version_id == version_id)
        ).one()
    )


def _select(version_id: int) -> Any:
    """The version's frozen claim rows with their items' gold and raw JSON texts."""
    i, f = models.DatasetItem, models.DatasetClaim
    base = [getattr(f, name) for name, _ in BASE_COLUMNS]
    return (
        sa_select(*sql_columns(*base, cast(i.gold, String), cast(i.raw, String), i.silver))
        .select_from(i)
        .join(f, and_(f.version_id == i.version_id, f.claim_id == i.claim_id))  # type: ignore[arg-type]
        .where(i.version_id == version_id)  # type: ignore[arg-type]
        .order_by(i.claim_id)
        .execution_options(yield_per=READ_BATCH, stream_results=True)
    )


class RowMaker:
    """Turns a frozen claim row and its item's gold/raw JSON into one export row (a tuple in
    `arrow_schema` order): gold label, target text, confidence and votes per choice, texts."""

    def __init__(self, schema: LabelSchema, pseudonyms: list[str]) -> None:
        self.fields = schema.label_fields
        self.pseudonyms = pseudonyms
        self.path = [n for n, _ in BASE_COLUMNS].index("path")

    def row(self, base: Any, gold_text: str | None, raw_text: str | None, silver: Any) -> tuple:
        gold = json.loads(gold_text) if gold_text else {}
        raw = json.loads(raw_text) if raw_text else {}
        out: list[Any] = list(base)
        out[self.path] = public_path(out[self.path])
        for lf in self.fields:
            g = gold.get(lf.key) or {}
            given = raw.get(lf.key) or {}
            out.append(g.get("label"))
            if lf.target is not None:
                out.append(lf.target.text)
            if lf.is_text:
                texts = [given[p] for p in sorted(given, key=_pseudo_key)]
                out.append(json.dumps(texts, ensure_ascii=False) if texts else None)
                continue
            out.append(g.get("confidence"))
            chosen = list(given.values())
            out.extend(chosen.count(v) for v in lf.values)
        out.append(bool(silver))
        for lf in self.fields:
            given = raw.get(lf.key) or {}
            out.extend(given.get(p) for p in self.pseudonyms)
        return tuple(out)


def iter_batches(
    s: Any, version_id: int, schema: LabelSchema, pseudonyms: list[str]
) -> Iterator[list[tuple[Any, ...]]]:
    """Export rows of a version in claim id order, as tuples in `arrow_schema` column order,
    `ROW_BATCH` at a time (a bounded working set whatever the size of the version)."""
    maker = RowMaker(schema, pseudonyms)
    n = len(BASE_COLUMNS)
    result = s.connection().execute(_select(version_id))
    while True:
        rows = result.fetchmany(ROW_BATCH)
        if not rows:
            return
        yield [maker.row(r[:n], r[n], r[n + 1], r[n + 2]) for r in rows]


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
        self.languages: set[str] = set()

    def add(self, row: dict[str, Any]) -> None:
        key = (row.get("source") or "(unknown)", row.get("source_kind") or "")
        self.outlets[key] = self.outlets.get(key, 0) + 1
        self.with_url += bool(row.get("url"))
        if row.get("lang"):
            self.languages.add(row["lang"])
        if len(self.examples) < 20:
            example = row.get("url") or public_path(row.get("path"))
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
        lang = names.index("lang")
        self.languages.update(r[lang] for r in rows if r[lang])
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
            "languages": sorted(self.languages),
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


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (starting with = + - @, tab or CR)
    gets a leading apostrophe; everything else is unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(path: Path, batches: Batches, columns: pa.Schema) -> None:
    """CSV with text cells guarded against formula injection (`csv_safe`)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow([csv_safe(c) for c in columns.names])
        for batch in batches:
            w.writerows([csv_safe(x) for x in r] for r in batch)


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


def _write_sources(
    stage: _Staging, name: str, version: int, fmt: str, url: str | None, include_simulated: bool
) -> None:
    from annotator.datasets.sources import source_profiles, table_rows

    rows = table_rows(source_profiles(name, version, url=url, include_simulated=include_simulated))
    if fmt in ("parquet", "hf"):
        import pyarrow.parquet as pq

        table = (
            pa.Table.from_pylist(rows) if rows else pa.table({"kind": pa.array([], pa.string())})
        )
        pq.write_table(table, stage.path(SOURCES_FILES[fmt]))
        return
    if fmt == "jsonl":
        with open(stage.path(SOURCES_FILES[fmt]), "w", encoding="utf-8") as f:
            f.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        return
    with open(stage.path(SOURCES_FILES[fmt]), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]) if rows else ["kind"], lineterminator="\n")
        w.writeheader()
        w.writerows({k: csv_safe(v) for k, v in row.items()} for row in rows)
