"""Named collections of claim units, and the selections `push` sends.

A collection is a named set of claim ids with a `meta` dict saying how it was drawn:
`annotator split PATH... --collection NAME` records the claims of the documents it split
(`{"split": [paths]}`), a sample records its parameters. `save` creates a collection or extends
it (claims are added, never removed; `meta` keys are merged, lists concatenated).

`select_claims(collections=..., documents=...)` resolves a push selection to claim ids:
documents are chosen by stored path (as given to `split`, e.g. `seeds/000.txt`) or by a glob
over it (`'seeds/00*'`); a relative pattern also matches the absolute form of stored paths.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from annotator import store
from annotator.errors import AnnotatorError
from annotator.names import validate_name
from annotator.store.models import ClaimUnit, Collection, CollectionItem, Document, utcnow

_BATCH = 900  # bound parameters per IN (...) below SQLite's limit


@dataclass
class CollectionSummary:
    name: str
    added: int = 0
    total: int = 0
    created: bool = False
    meta: dict[str, Any] = field(default_factory=dict)


def _merge(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    out = dict(old)
    for key, value in new.items():
        if isinstance(out.get(key), list) and isinstance(value, list):
            out[key] = out[key] + [v for v in value if v not in out[key]]
        else:
            out[key] = value
    return out


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _BATCH):
        yield ids[start : start + _BATCH]


def save(
    name: str, claim_ids: Iterable[str], meta: dict[str, Any] | None = None
) -> CollectionSummary:
    """Create collection `name` or add `claim_ids` to it; `meta` records how they were drawn.

    Every id must be a stored claim unit (else nothing is written). Idempotent: claims already
    in the collection are not added twice.
    """
    validate_name(name, "collection")
    ids = list(dict.fromkeys(claim_ids))
    with store.session() as s:
        store.write_lock(s, "collection")
        known: set[str] = set()
        for chunk in _chunks(ids):
            known.update(s.exec(select(ClaimUnit.id).where(col(ClaimUnit.id).in_(chunk))))
        missing = [i for i in ids if i not in known]
        if missing:
            raise AnnotatorError(
                f"collection {name!r}: {len(missing)} claim id(s) not in the store "
                f"(first: {missing[0]})"
            )
        row = s.get(Collection, name)
        summary = CollectionSummary(name=name, created=row is None)
        if row is None:
            row = Collection(name=name, meta=dict(meta or {}))
        else:
            row.meta = _merge(row.meta or {}, dict(meta or {}))
            row.updated_at = utcnow()
        s.add(row)
        s.flush()
        present = set(members(s, name))
        fresh = [i for i in ids if i not in present]
        if fresh:
            now = utcnow()
            s.execute(
                insert(CollectionItem),
                [{"collection": name, "claim_id": i, "added_at": now} for i in fresh],
            )
        summary.added = len(fresh)
        summary.total = len(present) + len(fresh)
        summary.meta = dict(row.meta or {})
    return summary


def members(s: Session, name: str) -> list[str]:
    """The claim ids of collection `name` (empty when it does not exist)."""
    return list(
        s.exec(
            select(CollectionItem.claim_id)
            .where(CollectionItem.collection == name)
            .order_by(col(CollectionItem.claim_id))
        )
    )


def claim_ids(name: str) -> list[str]:
    """The claim ids of an existing collection; a one-line error naming the known ones if not."""
    with store.session() as s:
        if s.get(Collection, name) is None:
            known = sorted(s.exec(select(Collection.name)))
            hint = f"; known: {', '.join(known[:10])}" if known else "; none yet"
            raise AnnotatorError(
                f"no collection {name!r} in the store (create one with "
                f"`annotator split PATH --collection {name}`){hint}"
            )
        return members(s, name)


def list_collections() -> list[dict[str, Any]]:
    """Every collection: name, claim count, meta, created_at."""
    with store.session() as s:
        rows = s.exec(select(Collection).order_by(col(Collection.name))).all()
        return [
            {
                "name": r.name,
                "claims": len(members(s, r.name)),
                "meta": r.meta or {},
                "created_at": r.created_at.isoformat(),
            }
            for r in rows
        ]


def _path_matches(stored: str, patterns: Sequence[str]) -> bool:
    path = stored.rsplit(":", 1)[0] if stored.rsplit(":", 1)[-1].isdigit() else stored
    forms = {path, os.path.normpath(path), str(Path(path).absolute())}
    return any(fnmatch.fnmatchcase(f, p) for f in forms for p in patterns)


def document_claims(patterns: Sequence[str]) -> list[str]:
    """Claim ids of the documents whose stored path is one of `patterns` (paths or globs).

    A pattern that matches no document is an error naming it.
    """
    norm = {p: [p, os.path.normpath(p), str(Path(p).expanduser().absolute())] for p in patterns}
    with store.session() as s:
        docs = s.exec(select(Document.id, Document.path)).all()
        chosen: set[str] = set()
        for pattern, forms in norm.items():
            hits = {d for d, path in docs if path and _path_matches(path, forms)}
            if not hits:
                raise AnnotatorError(f"--documents {pattern!r} matches no stored document")
            chosen |= hits
        ids: list[str] = []
        chosen_list = sorted(chosen)
        for chunk in _chunks(chosen_list):
            ids.extend(s.exec(select(ClaimUnit.id).where(col(ClaimUnit.document_id).in_(chunk))))
    return sorted(ids)


def select_claims(
    collections: Sequence[str] = (), documents: Sequence[str] = ()
) -> set[str] | None:
    """The claim ids a selection names; None when nothing is selected (meaning: every claim)."""
    if not collections and not documents:
        return None
    chosen: set[str] = set()
    for name in collections:
        chosen.update(claim_ids(name))
    if documents:
        chosen.update(document_claims(documents))
    return chosen
