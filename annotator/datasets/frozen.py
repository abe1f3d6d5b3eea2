"""The claim rows a dataset version freezes (`models.DatasetClaim`), and the export's row type.

A version copies, when it is built, everything an export shows about each claim (text, offsets,
the paragraph it sits in with that paragraph's offset, document id and metadata, outlet,
speaker, cluster) from the split stage's tables into `datasetclaim`. Exports and source profiles read only that copy, so a later `split`,
re-split or recluster never changes what an exported version contains.
"""

from __future__ import annotations

from pathlib import PureWindowsPath
from typing import Any

import pyarrow as pa
from sqlalchemy import and_, case, exists
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Connection

from annotator.store import models

_ARROW = {str: pa.string(), int: pa.int64(), bool: pa.bool_(), float: pa.float64()}


def row_columns() -> list[tuple[str, pa.DataType]]:
    """The claim and document columns of an export, in `DatasetRowBase` field order."""
    out = []
    for name, info in models.DatasetRowBase.model_fields.items():
        kind = info.annotation
        base = next((t for t in _ARROW if kind is t or kind == t | None), str)
        out.append((name, _ARROW[base]))
    return out


def public_path(path: str | None) -> str | None:
    """A document's path as an export shows it: the file name only (with `:line` for JSONL)."""
    if not path:
        return None
    return PureWindowsPath(path).name or None  # splits on / and \ alike


MAX_CONTEXT = 3000


def paragraph(text: str, start: int, end: int) -> tuple[str, int]:
    """For claims split before the split stage stored `context_start` (m004): the line(s) of
    `text` holding `[start, end)`, clipped to about `MAX_CONTEXT` characters around the claim;
    and its offset."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if hi - lo > MAX_CONTEXT:
        room = max(0, (MAX_CONTEXT - (end - start)) // 2)
        lo, hi = max(lo, start - room), min(hi, end + room)
    return text[lo:hi], lo


FREEZE_BATCH = 5000


def freeze(conn: Connection, version_id: int | None = None) -> int:
    """Copy the claim rows of `version_id`'s items (of every version lacking them when None),
    read document by document; return how many rows were written."""
    i, c, d, src = models.DatasetItem, models.ClaimUnit, models.Document, models.Source
    f = models.DatasetClaim
    columns: dict[str, Any] = {
        "version_id": i.version_id,
        "claim_id": i.claim_id,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "document_id": c.document_id,
        "title": d.title,
        "url": d.url,
        "published": d.published,
        "source": src.name,
        "source_kind": src.kind,
        "path": d.path,
        "speaker": c.speaker,
        "cue": c.cue,
        "quote": c.quote,
        "cluster_id": c.cluster_id,
        "lang": c.lang,
        "context": c.context,
        "context_start": c.context_start,
        # the document's text only for claims split before m004 (their paragraph is cut here)
        "doc_text": case((c.context_start.is_(None), d.text), else_=None),  # type: ignore[union-attr]
    }
    names = list(columns)
    stmt: Any = (
        sa_select(*columns.values())
        .select_from(i)
        .outerjoin(c, c.id == i.claim_id)  # type: ignore[arg-type]
        .outerjoin(d, d.id == c.document_id)  # type: ignore[arg-type]
        .outerjoin(src, src.id == d.source_id)  # type: ignore[arg-type]
        .order_by(c.document_id, i.version_id, i.claim_id)  # type: ignore[arg-type]
        .execution_options(yield_per=FREEZE_BATCH)
    )
    if version_id is not None:
        stmt = stmt.where(i.version_id == version_id)
    else:
        stmt = stmt.where(
            ~exists().where(and_(f.version_id == i.version_id, f.claim_id == i.claim_id))  # type: ignore[arg-type]
        )
    table = f.__table__  # type: ignore[attr-defined]
    batch: list[dict[str, Any]] = []
    written = 0
    for values in conn.execute(stmt):
        row = dict(zip(names, values, strict=True))
        doc_text = row.pop("doc_text")
        start, end = row["start"] or 0, row["end"] or 0
        if row["context_start"] is None or row["context"] is None:  # claims split before m004
            row["context"], row["context_start"] = paragraph(doc_text or "", start, end)
        row.update(
            text=row["text"] or "",
            start=start,
            end=end,
            document_id=row["document_id"] or "",
            quote=bool(row["quote"]),
        )
        batch.append(row)
        if len(batch) >= FREEZE_BATCH:
            conn.execute(table.insert(), batch)
            written += len(batch)
            batch = []
    if batch:
        conn.execute(table.insert(), batch)
        written += len(batch)
    return written


def backfill(conn: Connection) -> None:
    """Freeze the claim rows of versions built before `datasetclaim` existed."""
    freeze(conn, None)
