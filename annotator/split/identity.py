"""Document identity: one document per text *and* place it was published.

A document id is `content_hash(["document", text hash, outlet, where])`, where `outlet` is the
source name (lower-cased; None when unknown) and `where` is the URL or, without one, the file
name (with `:line` for a JSONL line; the folder is left out so the id is the same on any machine).
The same wire story from two outlets or two URLs is two documents; their claims share a cluster
(`clusters.py`), so the copies stay linked.

Stores written before this scheme (schema < 4) keyed a document by its text hash alone. Those
ids stay as they are (claims, tasks and annotations point at them): when a split document's new
id is not stored but its text hash is, and the stored document has the same outlet and place,
the split rows are re-keyed to the stored id (`adopt_legacy_ids`), so re-splitting an old store
stores nothing twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Final

from annotator.ids import content_hash, text_hash

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

READ_CHUNK: Final = 900


def place(url: str | None, path: str | None) -> str:
    """Where a document was published: its URL, else its file name (and JSONL line)."""
    if url and url.strip():
        return url.strip()
    return PurePath(path or "").name


def _where(outlet: str | None, url: str | None, path: str | None) -> list[str | None]:
    outlet_key = outlet.strip().lower() if outlet and outlet.strip() else None
    return [outlet_key, place(url, path)]


def document_id(text: str, outlet: str | None, url: str | None, path: str | None) -> str:
    return content_hash(["document", text_hash(text), *_where(outlet, url, path)])


def legacy_document_id(text: str) -> str:
    """The id of the same text in a store written before outlet-aware ids."""
    return text_hash(text)


def rekey(item: Any, new: str) -> None:
    """Point a split document's rows (document, posts, claims) at document id `new`."""
    from annotator.split.document_rows import claim_id, post_id

    posts = {p["id"]: p for p in item.posts}
    item.document["id"] = new
    index_of = {pid: p["index"] for pid, p in posts.items()}
    for p in item.posts:
        p["id"] = post_id(new, p["index"])
        p["document_id"] = new
        if p.get("quoted_post_id") in index_of:
            p["quoted_post_id"] = post_id(new, index_of[p["quoted_post_id"]])
    for c in item.claims:
        c["document_id"] = new
        if c.get("post_id") in index_of:
            c["post_id"] = post_id(new, index_of[c["post_id"]])
        c["id"] = claim_id(new, c["start"], c["end"], c["text"])


def holds_only(conn: Connection, documents: int) -> bool:
    """Whether the store holds at most `documents` documents. When those are all the caller
    wrote, every stored id is outlet-aware (no code writes a legacy id now): no document is
    left to adopt, and hashing each new text again to look for one is skipped."""
    from sqlalchemy import func, select

    from annotator.store.models import Document

    count = select(func.count()).select_from(Document.__table__)  # type: ignore[attr-defined]
    return int(conn.execute(count).scalar_one()) <= documents


def adopt_legacy_ids(conn: Connection, items: Sequence[Any], stored: set[str]) -> set[str]:
    """Re-key items whose document is stored under its legacy (text hash) id, same place;
    returns the legacy ids adopted."""
    wanted: dict[str, list[Any]] = {}
    for item in items:
        if item.document["id"] in stored:
            continue
        wanted.setdefault(legacy_document_id(item.document["text"]), []).append(item)
    adopted: set[str] = set()
    if not wanted:
        return adopted
    from sqlalchemy import select  # the store's modules: not for `document_id` in split workers

    from annotator.store.models import Document, Source

    d, s = Document.__table__.c, Source.__table__.c  # type: ignore[attr-defined]
    ids = list(wanted)
    for k in range(0, len(ids), READ_CHUNK):
        stmt = (
            select(d.id, d.url, d.path, s.name)
            .select_from(Document.__table__.outerjoin(Source.__table__, d.source_id == s.id))  # type: ignore[attr-defined]
            .where(d.id.in_(ids[k : k + READ_CHUNK]))
        )
        for row in conn.execute(stmt):
            for item in wanted[row.id]:
                outlet = item.source["name"] if item.source else None
                here = _where(outlet, item.document.get("url"), item.document.get("path"))
                if here == _where(row.name, row.url, row.path):
                    rekey(item, row.id)
                    adopted.add(row.id)
    return adopted
