"""Reading stored dataset versions: the latest or a given one, its items, its metadata."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, select

from annotator import names, store
from annotator.errors import AnnotatorError
from annotator.store import models

READ_BATCH = 10000


def validate_name(name: str) -> str:
    """A dataset name safe as a folder name (see `annotator.names`)."""
    return names.validate_name(name, "dataset")


# --- reading versions --------------------------------------------------------------------


def parse_ref(ref: str) -> tuple[str, int | None]:
    """`NAME` or `NAME@VERSION` -> (name, version or None)."""
    name, sep, version = ref.partition("@")
    validate_name(name)
    if not sep:
        return name, None
    if not version.isdigit() or int(version) < 1:
        raise AnnotatorError(
            f"invalid version {version!r} in {ref!r}: expected NAME@1, NAME@2, ..."
        )
    return name, int(version)


def check_simulated(version: models.DatasetVersion, include_simulated: bool) -> None:
    """Refuse a version built from simulated labels unless the caller opted in too."""
    if (version.params or {}).get("include_simulated") and not include_simulated:
        raise AnnotatorError(
            f"{version.dataset}@{version.version} was built with simulated labels; "
            "pass --include-simulated to use it"
        )


def _latest(s: Session, name: str) -> models.DatasetVersion | None:
    v = models.DatasetVersion
    return s.exec(
        select(v).where(v.dataset == name).order_by(v.version.desc()).limit(1)  # type: ignore[attr-defined]
    ).first()


def _items(version: models.DatasetVersion) -> int:
    return int((version.counts or {}).get("items", 0))


def get_version(s: Session, name: str, version: int | None = None) -> models.DatasetVersion:
    """The stored version (latest when `version` is None); AnnotatorError if there is none."""
    validate_name(name)
    if version is None:
        row = _latest(s, name)
    else:
        v = models.DatasetVersion
        row = s.exec(select(v).where(v.dataset == name, v.version == version)).first()
    if row is None:
        what = f"{name}@{version}" if version is not None else name
        raise AnnotatorError(f"no dataset {what}; build it with: annotator dataset build {name}")
    return row


def iter_items(s: Session, version_id: int) -> Iterator[models.DatasetItem]:
    """A version's items in claim id order, read in batches."""
    i = models.DatasetItem
    stmt = (
        select(i)
        .where(i.version_id == version_id)
        .order_by(i.claim_id)  # type: ignore[arg-type]
        .execution_options(yield_per=READ_BATCH)
    )
    for (item,) in s.execute(stmt):
        yield item


def describe(row: models.DatasetVersion) -> dict[str, Any]:
    return {
        "name": row.dataset,
        "version": row.version,
        "hash": row.hash,
        "parent": row.parent,
        "project": row.project,
        "method": row.method,
        "params": row.params,
        "schema_hash": row.schema_hash,
        "config_hash": row.config_hash,
        "tool_version": row.tool_version,
        "created_at": _iso(row.created_at),
        "items": _items(row),
        "counts": row.counts,
        "agreement": row.agreement,
    }


def _iso(value: datetime | None) -> str | None:
    """UTC, to the second, ending in Z (`datetime.fromisoformat` reads it); stores without time
    zones (SQLite) give naive UTC datetimes."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(timespec="seconds") + "Z"


def list_datasets(url: str | None = None) -> list[dict[str, Any]]:
    """Every dataset with its number of versions and its latest version."""
    with store.session(url) as s:
        names = s.exec(select(models.Dataset.name).order_by(models.Dataset.name)).all()
        out = []
        for name in names:
            latest = _latest(s, name)
            if latest is None:
                continue
            out.append(
                {
                    "name": name,
                    "versions": latest.version,
                    "latest": latest.version,
                    "hash": latest.hash,
                    "items": _items(latest),
                    "method": latest.method,
                    "created_at": _iso(latest.created_at),
                }
            )
        return out


def show(name: str, version: int | None = None, url: str | None = None) -> dict[str, Any]:
    """A version's metadata: hash, parent, method, params, counts, agreement, provenance."""
    with store.session(url) as s:
        return describe(get_version(s, name, version))
