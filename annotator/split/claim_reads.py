"""Claim units read back from the store with their document, source and post metadata.

`iter_claim_rows(claim_ids)` streams them in the given order, one joined query per chunk of
ids; `claim_rows` is its list. `split --format table`, `claim_lines` and the tests read them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import bindparam, select

from annotator import store
from annotator.split.bulk_rows import _table
from annotator.split.storing import READ_CHUNK
from annotator.store.models import ClaimUnit, Document, Post, Source


def iter_claim_rows(
    claim_ids: Sequence[str], db_url: str | None = None, chunk: int = READ_CHUNK
) -> Iterator[dict[str, Any]]:
    """Claim units with their document, source and post metadata, in the given order.

    One joined query per `chunk` ids, so a caller can stream 100,000s of rows.
    """
    claim, doc, src, post = _table(ClaimUnit), _table(Document), _table(Source), _table(Post)
    stmt = (
        select(
            claim,
            src.c.name.label("_source"),
            src.c.kind.label("_source_kind"),
            doc.c.title.label("_title"),
            doc.c.url.label("_url"),
            doc.c.published.label("_published"),
            doc.c.path.label("_path"),
            post.c.author.label("_post_author"),
            post.c.posted.label("_posted"),
        )
        .join(doc, doc.c.id == claim.c.document_id)
        .outerjoin(src, src.c.id == doc.c.source_id)
        .outerjoin(post, post.c.id == claim.c.post_id)
        .where(claim.c.id.in_(bindparam("ids", expanding=True)))  # compiled once, not per chunk
    )
    names = list(claim.columns.keys())
    n = len(names)
    with store.session(db_url) as s:
        conn = s.connection()
        for k in range(0, len(claim_ids), chunk):
            ids = list(claim_ids[k : k + chunk])
            found = {}
            for r in conn.execute(stmt, {"ids": ids}).all():
                row = dict(zip(names, r[:n], strict=True))  # the claim columns come first
                source, kind, title, url, published, path, author, posted = r[n:]
                row["source"] = source
                row["source_kind"] = kind
                row["title"] = title
                row["url"] = url
                row["published"] = posted or published
                row["path"] = path
                row["post_author"] = author
                found[row["id"]] = row
            for cid in ids:
                if cid in found:
                    yield found[cid]


def claim_rows(claim_ids: Sequence[str], db_url: str | None = None) -> list[dict[str, Any]]:
    """`iter_claim_rows` as a list."""
    return list(iter_claim_rows(claim_ids, db_url))
