"""Read-only listings of what the store holds (documents, claim units)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from annotator import store
from annotator.store.models import ClaimUnit, Document, Source


def documents(db_url: str | None = None) -> list[dict[str, Any]]:
    with store.session(db_url) as s:
        counts = dict(
            s.exec(
                select(ClaimUnit.document_id, func.count()).group_by(ClaimUnit.document_id)
            ).all()
        )
        out = []
        for doc, src in s.exec(
            select(Document, Source).join(Source, isouter=True).order_by(Document.path)
        ).all():
            out.append(
                {
                    "id": doc.id,
                    "path": doc.path,
                    "title": doc.title,
                    "source": src.name if src else None,
                    "published": doc.published,
                    "url": doc.url,
                    "claims": counts.get(doc.id, 0),
                }
            )
        return out


def claim_ids(
    document: str | None = None, cluster: str | None = None, db_url: str | None = None
) -> list[str]:
    with store.session(db_url) as s:
        q = select(ClaimUnit.id).order_by(col(ClaimUnit.document_id), col(ClaimUnit.start))
        if document:
            q = q.where(ClaimUnit.document_id.startswith(document))  # type: ignore[attr-defined]
        if cluster:
            q = q.where(ClaimUnit.cluster_id == cluster)
        return list(s.exec(q).all())
