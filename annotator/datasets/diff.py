"""Differences between two versions of a dataset: claims added and removed, gold labels changed.

Both versions are streamed in claim order (two connections, one cursor each) and merged, so a
diff of million-item versions holds one item of each at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlmodel import Session

from annotator import store
from annotator.datasets.dataset import get_version, iter_items
from annotator.store import models


def diff(name: str, a: int, b: int, url: str | None = None) -> dict[str, Any]:
    """Claims added, removed and gold labels changed from version `a` to version `b`.

    `why` of a change: "method" when the versions were built by different methods,
    "adjudication" when the new gold comes from an adjudicated label, else "new annotations".
    """
    with store.session(url) as s:
        va, vb = get_version(s, name, a), get_version(s, name, b)
        assert va.id is not None and vb.id is not None
        method_changed = va.method != vb.method or va.params != vb.params
        added: list[str] = []
        removed: list[str] = []
        changed: list[dict[str, Any]] = []
        left, right = iter_items(s, va.id), _second_session_items(vb.id, url)
        for claim, old, new in _merge(left, right):
            if old is None:
                added.append(claim)
            elif new is None:
                removed.append(claim)
            else:
                changed.extend(_changes(claim, old.gold or {}, new.gold or {}, method_changed))
        return {
            "name": name,
            "a": {"version": va.version, "hash": va.hash, "method": va.method},
            "b": {"version": vb.version, "hash": vb.hash, "method": vb.method},
            "added": added,
            "removed": removed,
            "changed": changed,
        }


def _second_session_items(version_id: int, url: str | None) -> Iterator[models.DatasetItem]:
    # Two interleaved streaming reads need two connections (one server-side cursor each).
    with Session(store.engine(url)) as s:
        yield from iter_items(s, version_id)


def _merge(
    left: Iterator[models.DatasetItem], right: Iterator[models.DatasetItem]
) -> Iterator[tuple[str, models.DatasetItem | None, models.DatasetItem | None]]:
    a, b = next(left, None), next(right, None)
    while a is not None or b is not None:
        if b is None or (a is not None and a.claim_id < b.claim_id):
            assert a is not None
            yield a.claim_id, a, None
            a = next(left, None)
        elif a is None or b.claim_id < a.claim_id:
            yield b.claim_id, None, b
            b = next(right, None)
        else:
            yield a.claim_id, a, b
            a, b = next(left, None), next(right, None)


def _changes(
    claim: str, old: dict[str, Any], new: dict[str, Any], method_changed: bool
) -> list[dict[str, Any]]:
    out = []
    for field in sorted(set(old) | set(new)):
        o = (old.get(field) or {}).get("label")
        n = (new.get(field) or {}).get("label")
        if o == n:
            continue
        if method_changed:
            why = "method"
        elif (new.get(field) or {}).get("source") == "adjudication":
            why = "adjudication"
        else:
            why = "new annotations"
        out.append({"claim_id": claim, "field": field, "old": o, "new": n, "why": why})
    return out
