"""Claim shards out: the layout of `annotator split --out DIR`, written atomically.

    DIR/documents/<shard>.parquet   one row per document (source, posts and boilerplate as JSON)
    DIR/claims/<shard>.parquet      one row per claim unit, with cluster_id and conflict
    DIR/_done/<shard>.json          the input shard's done marker (counts, problems)
    DIR/_stage/                     work files of the clustering (keys, edges); safe to delete
    DIR/_clusters.json              which done shards the clusters were computed over

`<shard>` is the input file's name plus a hash of its full path. Every file is written under a
temporary name and renamed into place; the done marker comes last, so a killed worker leaves
no shard half-written, and the re-run writes the same rows again under the same names.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from annotator.ids import content_hash
from annotator.split.document_rows import SplitDocument

DOCUMENT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("source_id", pa.string()),
        ("source_name", pa.string()),
        ("source_kind", pa.string()),
        ("path", pa.string()),
        ("format", pa.string()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("author", pa.string()),
        ("published", pa.string()),
        ("text", pa.string()),
        ("boilerplate", pa.string()),  # JSON [[start, end, kind], ...]
        ("posts", pa.string()),  # JSON [{id, index, author, posted, start, end, lang, ...}]
        ("lang", pa.string()),
        ("splitter_version", pa.string()),
    ]
)
CLAIM_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("document_id", pa.string()),
        ("post_id", pa.string()),
        ("text", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("speaker", pa.string()),
        ("cue", pa.string()),
        ("quote", pa.bool_()),
        ("speaker_start", pa.int64()),
        ("speaker_end", pa.int64()),
        ("content_start", pa.int64()),
        ("content_end", pa.int64()),
        ("context", pa.string()),
        ("context_start", pa.int64()),
        ("checkworthiness", pa.float64()),
        ("features", pa.string()),  # JSON object
        ("source", pa.string()),  # the outlet (source name), for sampling without a join
        ("lang", pa.string()),
        ("splitter_version", pa.string()),
        ("cluster_id", pa.string()),
        ("conflict", pa.bool_()),
    ]
)
BATCH = 2000


def shard_key(path: str | Path) -> str:
    """File-system-safe, stable name of an input shard's outputs."""
    p = Path(path)
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", p.name)[:80]
    return f"{stem}-{content_hash(str(p.resolve()))[:8]}"


def atomic_path(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.with_name(path.name + f".tmp{os.getpid()}")


def write_json(path: Path, value: Any, *, compact: bool = False) -> None:
    """Write JSON atomically; `compact` (work files: edges, clusters) skips the indentation,
    which is several times faster (the C encoder)."""
    tmp = atomic_path(path)
    text = json.dumps(value, ensure_ascii=False, indent=None if compact else 1)
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


class ShardWriter:
    """Streams one input shard's documents and (unclustered) claims to Parquet."""

    def __init__(self, out: Path, key: str):
        self.docs_path = out / "documents" / f"{key}.parquet"
        self.claims_path = out / "_stage" / "claims" / f"{key}.parquet"
        self._docs_tmp = atomic_path(self.docs_path)
        self._claims_tmp = atomic_path(self.claims_path)
        self._docs = pq.ParquetWriter(self._docs_tmp, DOCUMENT_SCHEMA, compression="zstd")
        self._claims = pq.ParquetWriter(self._claims_tmp, CLAIM_SCHEMA, compression="zstd")
        self._doc_rows: list[dict[str, Any]] = []
        self._claim_rows: list[dict[str, Any]] = []
        self.seen: set[str] = set()
        self.documents = 0
        self.claims = 0

    def add(self, item: SplitDocument) -> bool:
        """Add a document and its claims; False when the shard already had this document."""
        doc = item.document
        if doc["id"] in self.seen:
            return False
        self.seen.add(doc["id"])
        src = item.source or {}
        self._doc_rows.append(
            {
                **{k: doc.get(k) for k in DOCUMENT_SCHEMA.names if k in doc},
                "source_id": src.get("id"),
                "source_name": src.get("name"),
                "source_kind": src.get("kind"),
                "boilerplate": json.dumps(doc.get("boilerplate") or []),
                "posts": json.dumps(item.posts, ensure_ascii=False),
            }
        )
        for c in item.claims:
            row = dict(c)
            row["features"] = json.dumps(c.get("features") or {}, ensure_ascii=False)
            row["source"] = src.get("name")
            row["cluster_id"] = None
            row["conflict"] = False
            self._claim_rows.append(row)
        self.documents += 1
        self.claims += len(item.claims)
        if len(self._claim_rows) >= BATCH or len(self._doc_rows) >= BATCH:
            self._flush()
        return True

    def _flush(self) -> None:
        if self._doc_rows:
            self._docs.write_table(pa.Table.from_pylist(self._doc_rows, DOCUMENT_SCHEMA))
            self._doc_rows = []
        if self._claim_rows:
            self._claims.write_table(pa.Table.from_pylist(self._claim_rows, CLAIM_SCHEMA))
            self._claim_rows = []

    def close(self) -> None:
        self._flush()
        self._docs.close()
        self._claims.close()
        os.replace(self._docs_tmp, self.docs_path)
        os.replace(self._claims_tmp, self.claims_path)

    def abort(self) -> None:
        for w, tmp in ((self._docs, self._docs_tmp), (self._claims, self._claims_tmp)):
            try:
                w.close()
            finally:
                tmp.unlink(missing_ok=True)


def remove_stale_temporaries(out: Path) -> int:
    """Delete temporary files a killed run left behind; returns how many."""
    n = 0
    for p in out.rglob("*.tmp*"):
        if p.is_file():
            p.unlink(missing_ok=True)
            n += 1
    return n


def iter_tables(out: Path, kind: str, columns: list[str] | None = None) -> Iterator[pa.Table]:
    """Every finished shard's table of one kind (documents or claims), in shard-name order."""
    for path in sorted((out / kind).glob("*.parquet")):
        yield pq.read_table(path, columns=columns)
