"""Re-split stored documents with the current splitter (`annotator split --resplit`).

A document whose stored `splitter_version` differs from `SPLITTER_VERSION` is split again from
its stored text (the text claim offsets point into; for HTML, the extracted text: extraction
itself is not redone). Per document:

- a claim whose text and offsets are unchanged keeps its id (ids hash document, start, end and
  text); its other fields (speaker, cue, context, scores) take the new splitter's values;
- a new claim is inserted;
- a claim the new splitter no longer produces is deleted, unless it was already pushed or
  labelled: then it is kept with `stale = True`, its tasks and annotations untouched, and
  reported. Stale claims are not pushed, not clustered and left out of dataset builds.

Each batch of documents is one transaction under the store's `split` write lock; clustering is
rebuilt once at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, delete, select, update

from annotator import store
from annotator.split.document import RawDocument
from annotator.split.version import SPLITTER_VERSION
from annotator.store.models import (
    Annotation,
    ClaimUnit,
    CollectionItem,
    Document,
    Post,
    Project,
    PushedTask,
    Source,
    utcnow,
)

BATCH = 200  # documents per transaction
# columns a kept claim takes from the new split (its id fixes document, offsets and text)
FIXED = frozenset({"id", "document_id", "start", "end", "text", "cluster_id", "conflict", "stale"})


@dataclass
class ResplitSummary:
    documents: int = 0  # documents re-split
    documents_current: int = 0  # already split by this splitter version
    claims_kept: int = 0  # same text and offsets: same id
    claims_new: int = 0
    claims_removed: int = 0  # gone and never pushed: deleted
    stale: list[dict[str, Any]] = field(default_factory=list)  # gone but pushed: kept, flagged
    errors: list[str] = field(default_factory=list)
    splitter_version: str = SPLITTER_VERSION


def _raw(row: Any) -> RawDocument:
    return RawDocument(
        path=row.path,
        format=row.format,
        text=row.text,
        title=row.title,
        url=row.url,
        source=row.source,
        published=row.published,
        author=row.author,
    )


def resplit(
    db_url: str | None = None,
    *,
    every: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ResplitSummary:
    """Re-split stored documents split by another splitter version (`every`: all of them)."""
    from annotator.split.bulk_rows import _table
    from annotator.split.document_rows import split_document
    from annotator.split.gc_tuning import relaxed_gc
    from annotator.split.identity import rekey
    from annotator.split.storing import recluster

    d, src = _table(Document), _table(Source)
    summary = ResplitSummary()
    with store.session(db_url) as s:
        conn = s.connection()
        stmt = select(d.c.id, d.c.splitter_version).order_by(d.c.id)
        todo = []
        for doc_id, version in conn.execute(stmt):
            if every or version != SPLITTER_VERSION:
                todo.append(doc_id)
            else:
                summary.documents_current += 1
    with relaxed_gc():
        for k in range(0, len(todo), BATCH):
            ids = todo[k : k + BATCH]
            with store.session(db_url) as s:
                store.write_lock(s, "split")
                conn = s.connection()
                rows = conn.execute(
                    select(
                        d.c.id,
                        d.c.path,
                        d.c.format,
                        d.c.text,
                        d.c.title,
                        d.c.url,
                        d.c.published,
                        d.c.author,
                        src.c.name.label("source"),
                    )
                    .select_from(d.outerjoin(src, src.c.id == d.c.source_id))
                    .where(d.c.id.in_(ids))
                ).all()
                for row in rows:
                    try:
                        item = split_document(_raw(row))
                    except Exception as exc:  # noqa: BLE001 - one bad document must not stop all
                        summary.errors.append(
                            f"{row.path}: cannot re-split ({exc})".splitlines()[0]
                        )
                        continue
                    if item.document["id"] != row.id:
                        rekey(item, row.id)  # the stored id stays, whatever the id scheme
                    _resplit_one(conn, row.id, item, summary)
                    summary.documents += 1
            if progress:
                progress(min(k + BATCH, len(todo)), len(todo))
    if summary.documents:
        recluster(db_url)
    return summary


def _resplit_one(conn: Any, doc_id: str, item: Any, summary: ResplitSummary) -> None:
    from annotator.split.bulk_rows import _insert_ignore, _rows, _table

    c, p = _table(ClaimUnit), _table(Post)
    old = {
        r.id: r for r in conn.execute(select(c.c.id, c.c.stale).where(c.c.document_id == doc_id))
    }
    new = {claim["id"]: claim for claim in item.claims}
    kept = [cid for cid in new if cid in old]
    added = [new[cid] for cid in new if cid not in old]
    gone = [cid for cid in old if cid not in new]
    # posts: replaced (claims point at them by id only; the ids are the same for the same index)
    conn.execute(delete(p).where(p.c.document_id == doc_id))
    _insert_ignore(conn, Post, _rows(Post, item.posts))
    if kept:
        names = [n for n in c.columns.keys() if n not in FIXED and n in new[kept[0]]]
        values: dict[str, Any] = {name: bindparam(f"v_{name}") for name in names}
        stmt = update(c).where(c.c.id == bindparam("v_id")).values(stale=False, **values)
        conn.execute(
            stmt,
            [{"v_id": cid, **{f"v_{n}": new[cid].get(n) for n in names}} for cid in kept],
        )
    _insert_ignore(conn, ClaimUnit, _rows(ClaimUnit, added))
    _follow_collections(conn, list(old), [claim["id"] for claim in added])
    if gone:
        used = _pushed_or_labelled(conn, gone)
        removable = [cid for cid in gone if cid not in used]
        if removable:
            conn.execute(delete(c).where(c.c.id.in_(removable)))
            items = _table(CollectionItem)
            conn.execute(delete(items).where(items.c.claim_id.in_(removable)))
        flagged = [cid for cid in gone if cid in used]
        if flagged:
            conn.execute(update(c).where(c.c.id.in_(flagged)).values(stale=True))
            for cid in flagged:
                summary.stale.append(
                    {
                        "id": cid,
                        "document_id": doc_id,
                        "text": used[cid]["text"],
                        "projects": used[cid]["projects"],
                        "annotations": used[cid]["annotations"],
                    }
                )
        summary.claims_removed += len(removable)
    d = _table(Document)
    conn.execute(
        update(d)
        .where(d.c.id == doc_id)
        .values(boilerplate=item.document["boilerplate"], splitter_version=SPLITTER_VERSION)
    )
    summary.claims_kept += len(kept)
    summary.claims_new += len(added)


def _follow_collections(conn: Any, old_ids: list[str], new_ids: list[str]) -> None:
    """A document's new claims join every collection that held one of its old claims."""
    from annotator.split.bulk_rows import _insert_ignore, _table

    if not old_ids or not new_ids:
        return
    items = _table(CollectionItem)
    names = conn.execute(
        select(items.c.collection).where(items.c.claim_id.in_(old_ids)).distinct()
    ).scalars()
    now = utcnow()
    rows = [{"collection": n, "claim_id": cid, "added_at": now} for n in names for cid in new_ids]
    _insert_ignore(conn, CollectionItem, rows)


def _pushed_or_labelled(conn: Any, claim_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Of `claim_ids`, those with a task in a project or an annotation: text, projects, count."""
    from annotator.split.bulk_rows import _table

    c, t, a, pr = _table(ClaimUnit), _table(PushedTask), _table(Annotation), _table(Project)
    out: dict[str, dict[str, Any]] = {}
    tasks = (
        select(t.c.claim_id, pr.c.name)
        .select_from(t.join(pr, pr.c.id == t.c.project_id))
        .where(t.c.claim_id.in_(claim_ids))
    )
    labels = select(a.c.claim_id, pr.c.name).select_from(a.join(pr, pr.c.id == a.c.project_id))
    texts = dict(conn.execute(select(c.c.id, c.c.text).where(c.c.id.in_(claim_ids))).all())
    for cid, project in conn.execute(tasks):
        entry = out.setdefault(cid, {"text": texts.get(cid), "projects": [], "annotations": 0})
        if project not in entry["projects"]:
            entry["projects"].append(project)
    for cid, project in conn.execute(labels.where(a.c.claim_id.in_(claim_ids))):
        entry = out.setdefault(cid, {"text": texts.get(cid), "projects": [], "annotations": 0})
        entry["annotations"] += 1
        if project not in entry["projects"]:
            entry["projects"].append(project)
    for entry in out.values():
        entry["projects"].sort()
    return out
