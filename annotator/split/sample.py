"""`annotator sample`: pick what people annotate from a corpus-sized store, reproducibly.

1. Population: the stored claim units (stale ones left out), each with its cluster, score,
   outlet (the document's source name) and language.
2. Per cluster: the `per_cluster` best claims -- by check-worthiness (highest first) or at random
   (`by="random"`) -- ties and random order broken by a seeded hash of the claim id, so the same
   store and seed give the same sample on any machine.
3. Strata: the values of the `stratify` columns (`outlet`, `lang`, `source_kind`; a missing
   value is its own stratum "unknown"). Claims are taken round-robin over the strata (in a
   seeded order), each stratum best-first, until `n`: every outlet and language gets the same
   share until the small ones run out, instead of the largest outlet filling the sample.

The result carries `meta`, which says how it was drawn (population size, clusters, strata and
how many came from each): a dataset built from the sample can say what population it stands for.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from annotator import store
from annotator.errors import AnnotatorError
from annotator.store.models import ClaimUnit, Document, Source

STRATA_COLUMNS = ("outlet", "lang", "source_kind")
ORDERS = ("checkworthiness", "random")


@dataclass
class Sample:
    claim_ids: list[str]
    meta: dict[str, Any] = field(default_factory=dict)


def _tiebreak(seed: int, value: str) -> str:
    return hashlib.sha256(f"{seed}:{value}".encode()).hexdigest()


def population(db_url: str | None = None) -> list[dict[str, Any]]:
    """Every live claim with what sampling needs (id, cluster, score, outlet, lang, kind)."""
    c, d, s = ClaimUnit.__table__.c, Document.__table__.c, Source.__table__.c  # type: ignore[attr-defined]
    stmt = (
        select(c.id, c.cluster_id, c.checkworthiness, c.lang, d.lang, s.name, s.kind)
        .join(Document.__table__, d.id == c.document_id)  # type: ignore[attr-defined]
        .outerjoin(Source.__table__, s.id == d.source_id)  # type: ignore[attr-defined]
        .where(c.stale.is_(False))
    )
    with store.session(db_url) as session:
        rows = session.connection().execute(stmt).all()
    return [
        {
            "id": r[0],
            "cluster": r[1] or r[0],
            "score": float(r[2] or 0.0),
            "lang": r[3] or r[4],
            "outlet": r[5],
            "source_kind": r[6],
        }
        for r in rows
    ]


def check_options(*, n: int, by: str, per_cluster: int, stratify: Sequence[str]) -> None:
    """Refuse bad sampling options (before reading the store)."""
    if n < 1 or per_cluster < 1:
        raise AnnotatorError("--n and --per-cluster must be at least 1")
    if by not in ORDERS:
        raise AnnotatorError(f"--by must be one of {', '.join(ORDERS)}, not {by!r}")
    unknown = [col for col in stratify if col not in STRATA_COLUMNS]
    if unknown:
        raise AnnotatorError(
            f"cannot stratify by {', '.join(unknown)}; use {', '.join(STRATA_COLUMNS)}"
        )


def draw(
    rows: Sequence[dict[str, Any]],
    *,
    n: int,
    by: str = "checkworthiness",
    per_cluster: int = 1,
    stratify: Sequence[str] = (),
    seed: int = 0,
) -> Sample:
    """The sample of `rows` (see the module docstring); pure, so it can be tested on any rows."""
    check_options(n=n, by=by, per_cluster=per_cluster, stratify=stratify)

    def rank(r: dict[str, Any]) -> tuple[float, str]:
        score = -r["score"] if by == "checkworthiness" else 0.0
        return score, _tiebreak(seed, r["id"])

    clusters: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        clusters[r["cluster"]].append(r)
    picked = [r for members in clusters.values() for r in sorted(members, key=rank)[:per_cluster]]
    strata: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for r in picked:
        strata[tuple(str(r.get(col) or "unknown") for col in stratify)].append(r)
    queues = {k: sorted(v, key=rank) for k, v in strata.items()}
    order = sorted(queues, key=lambda k: _tiebreak(seed, "\x00".join(k)))
    chosen: list[str] = []
    drawn: dict[tuple[str, ...], int] = defaultdict(int)
    depth = 0
    while len(chosen) < n and any(depth < len(queues[k]) for k in order):
        for k in order:
            if depth < len(queues[k]) and len(chosen) < n:
                chosen.append(queues[k][depth]["id"])
                drawn[k] += 1
        depth += 1
    meta = {
        "method": "one claim per cluster" if per_cluster == 1 else f"{per_cluster} per cluster",
        "n": n,
        "drawn": len(chosen),
        "by": by,
        "per_cluster": per_cluster,
        "stratify": list(stratify),
        "allocation": "equal (round-robin over strata)",
        "seed": seed,
        "population": {
            "claims": len(rows),
            "clusters": len(clusters),
            "strata": {" / ".join(k): len(v) for k, v in sorted(strata.items())},
        },
        "per_stratum": {" / ".join(k): drawn[k] for k in sorted(drawn)},
    }
    return Sample(chosen, meta)


def sample_store(
    *,
    n: int,
    by: str = "checkworthiness",
    per_cluster: int = 1,
    stratify: Sequence[str] = (),
    seed: int = 0,
    db_url: str | None = None,
) -> Sample:
    """`draw` over the store's claims."""
    check_options(n=n, by=by, per_cluster=per_cluster, stratify=stratify)
    rows = population(db_url)
    if not rows:
        raise AnnotatorError("the store has no claim units; run annotator split or load first")
    return draw(rows, n=n, by=by, per_cluster=per_cluster, stratify=stratify, seed=seed)


def project_samples(conn: Any, project: str | None) -> list[dict[str, Any]]:
    """How the claims a project was pushed with were sampled: one entry per sampled collection
    in the project's scope (`push --collection NAME`), as the collections are now. A dataset
    version freezes this list when it is built (`DatasetVersion.sampling`); its data card reads
    the frozen copy. `conn` is a Session or a Connection (only the columns needed are read)."""
    from annotator.store.models import Collection, Project

    if not project:
        return []
    projects = Project.__table__.c  # type: ignore[attr-defined]
    collections = Collection.__table__.c  # type: ignore[attr-defined]
    names: set[str] = set()
    for scope in conn.execute(select(projects.scope).where(projects.name == project)).scalars():
        names.update((scope or {}).get("collections", ()))
    out = []
    for name in sorted(names):
        meta = conn.execute(select(collections.meta).where(collections.name == name)).scalar()
        sample = (meta or {}).get("sample")
        if sample:
            out.append({"collection": name, **sample})
    return out


def freeze_sampling(conn: Any, version_id: int, project: str | None) -> None:
    """Store `project_samples` of a version's project with the version (`DatasetSampling`)."""
    from sqlalchemy import insert

    from annotator.store.models import DatasetSampling

    row = {"version_id": version_id, "sampling": project_samples(conn, project)}
    conn.execute(insert(DatasetSampling.__table__).values(**row))  # type: ignore[attr-defined]


def frozen_sampling(conn: Any, version_id: int) -> list[dict[str, Any]]:
    """The sampling record frozen with a version ([] when its project was not sampled)."""
    from annotator.store.models import DatasetSampling

    table = DatasetSampling.__table__  # type: ignore[attr-defined]
    value = conn.execute(select(table.c.sampling).where(table.c.version_id == version_id)).scalar()
    return list(value or [])


def backfill_sampling(conn: Any) -> int:
    """Freeze the sampling record of dataset versions built before it was frozen (m010), from
    the collections as they are now; returns how many versions got one."""
    from annotator.store.models import DatasetSampling, DatasetVersion

    versions = DatasetVersion.__table__.c  # type: ignore[attr-defined]
    frozen = DatasetSampling.__table__.c  # type: ignore[attr-defined]
    have = select(frozen.version_id)
    rows = conn.execute(select(versions.id, versions.project).where(versions.id.not_in(have))).all()
    for vid, project in rows:
        freeze_sampling(conn, vid, project)
    return len(rows)
