"""Synthetic claim units for push mechanics tests (unit level: not a stage contract)."""

from __future__ import annotations

import uuid

from annotator import store
from annotator.store.models import ClaimUnit, Document, Source


def add_claims(n: int, prefix: str = "", checkworthiness: float = 0.7) -> list[str]:
    """Insert n synthetic claim units (one document per 10) with a source; return their ids."""
    tag = prefix or uuid.uuid4().hex[:8]
    ids = []
    with store.session() as s:
        s.add(Source(id=f"src-{tag}", name="Example Times"))
        for d in range(0, n, 10):
            doc_id = f"doc-{tag}-{d}"
            s.add(
                Document(
                    id=doc_id,
                    source_id=f"src-{tag}",
                    title=f"Title {d}",
                    url=f"https://example.org/{d}",
                    published="2021-09-01",
                    text="x",
                )
            )
            for i in range(d, min(n, d + 10)):
                cid = f"claim-{tag}-{i:06d}"
                text = f"Officials said {i} people were evacuated."
                s.add(
                    ClaimUnit(
                        id=cid,
                        document_id=doc_id,
                        text=text,
                        start=0,
                        end=len(text),
                        context=f"Before. {text} After.",
                        speaker="Officials",
                        cue="said",
                        checkworthiness=checkworthiness,
                    )
                )
                ids.append(cid)
    return ids
