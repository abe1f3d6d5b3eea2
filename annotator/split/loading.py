"""`annotator load DIR`: claim shards (`split --out DIR`) into the store, in bulk, idempotent.

Each shard is one transaction through the split stage's bulk writer (`storing.write_documents`:
SQLite executemany, PostgreSQL `COPY`, for documents not stored yet), so a document already
stored is left as it is and a shard is all-or-nothing. The cluster ids and conflict flags come from the
shards (computed across the whole corpus by `split --out`); a claim already stored whose
cluster changed since (a later run added shards) gets the new one. Loading the same DIR twice
stores nothing twice and changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from sqlalchemy import select

from annotator import store
from annotator.errors import AnnotatorError
from annotator.split.document_rows import SplitDocument
from annotator.split.storing import READ_CHUNK, update_clusters, write_documents
from annotator.store.models import ClaimUnit


@dataclass
class LoadSummary:
    shards: int = 0
    documents_new: int = 0
    documents_existing: int = 0
    claims_new: int = 0
    clusters_updated: int = 0
    skipped: list[str] = field(default_factory=list)  # shards without finished claims

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def shard_documents(docs_path: Path, claims_path: Path) -> list[SplitDocument]:
    """One output shard back as split documents (the rows `storing.write_documents` takes)."""
    docs = pq.read_table(docs_path).to_pylist()
    claims_by_doc: dict[str, list[dict[str, Any]]] = {}
    for c in pq.read_table(claims_path).to_pylist():
        c["features"] = json.loads(c["features"] or "{}")
        c.pop("source", None)
        claims_by_doc.setdefault(c["document_id"], []).append(c)
    out = []
    for d in docs:
        source = None
        if d.get("source_id"):
            source = {"id": d["source_id"], "name": d["source_name"], "kind": d["source_kind"]}
        posts = json.loads(d.pop("posts") or "[]")
        d["boilerplate"] = json.loads(d["boilerplate"] or "[]")
        for k in ("source_name", "source_kind"):
            d.pop(k)
        out.append(SplitDocument(d, source, posts, claims_by_doc.get(d["id"], [])))
    return out


def load_shards(
    folder: str | Path,
    *,
    db_url: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> LoadSummary:
    """Load every finished shard of a `split --out` folder (see the module docstring)."""
    folder = Path(folder)
    if not (folder / "_done").is_dir():
        raise AnnotatorError(
            "not a claim shard folder (no _done/; write one with split --out)", path=str(folder)
        )
    if not (folder / "_clusters.json").exists():
        raise AnnotatorError(
            "the split run did not finish (no _clusters.json); run the same split --out again",
            path=str(folder),
        )
    summary = LoadSummary()
    table = ClaimUnit.__table__  # type: ignore[attr-defined]
    for marker in sorted((folder / "_done").glob("*.json")):
        key = marker.stem
        docs_path = folder / "documents" / f"{key}.parquet"
        claims_path = folder / "claims" / f"{key}.parquet"
        if not (docs_path.exists() and claims_path.exists()):
            summary.skipped.append(key)
            continue
        items = shard_documents(docs_path, claims_path)
        with store.session(db_url) as s:
            written = write_documents(s, items)  # may re-key rows to a legacy document id
            wanted = {
                c["id"]: (c["cluster_id"], bool(c["conflict"])) for i in items for c in i.claims
            }
            conn = s.connection()
            ids = list(wanted)
            changes = []
            for k in range(0, len(ids), READ_CHUNK):
                rows = conn.execute(
                    select(table.c.id, table.c.cluster_id, table.c.conflict).where(
                        table.c.id.in_(ids[k : k + READ_CHUNK])
                    )
                )
                for r in rows:
                    cluster, conflict = wanted[r.id]
                    if r.cluster_id != cluster or bool(r.conflict) != conflict:
                        changes.append((cluster, conflict, r.id))
            update_clusters(conn, changes)
        summary.shards += 1
        summary.documents_new += written.documents_new
        summary.documents_existing += written.documents_existing
        summary.claims_new += written.claims_new
        summary.clusters_updated += len(changes)
        if progress:
            progress(key)
    return summary
