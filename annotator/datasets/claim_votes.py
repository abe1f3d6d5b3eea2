"""Reading a project's annotations for a dataset build: the project (with its adjudication
projects), the annotations that count, and each claim's votes in claim id order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from annotator.datasets.versions import READ_BATCH
from annotator.errors import AnnotatorError
from annotator.schema import LabelSchema, schema_from_dict
from annotator.store import models
from annotator.votes import Vote, counted, last_votes, when


def resolve_project(s: Session, project: str | None) -> tuple[models.Project, LabelSchema]:
    """The (non-adjudication) project named `project`, or the only one, and its stored schema."""
    q = select(models.Project).where(models.Project.kind != "adjudication")
    if project is not None:
        q = q.where(models.Project.name == project)
    rows = list(s.exec(q).all())
    if not rows:
        raise AnnotatorError(
            f"no project named {project!r}" if project else "no project yet; push first"
        )
    if len(rows) > 1:
        names = ", ".join(sorted({r.name for r in rows}))
        raise AnnotatorError(
            f"several projects match ({names}); choose one with --project"
            if project is None
            else f"several projects are named {project!r} on different backends"
        )
    row = rows[0]
    if not row.label_schema:
        raise AnnotatorError(f"project {row.name!r} has no stored schema; push it again")
    return row, schema_from_dict(row.label_schema, f"project {row.name}")


def project_and_adjudications(s: Session, project: models.Project) -> tuple[list[int], set[int]]:
    """The project and its adjudication projects; the latter's ids."""
    adj = s.exec(
        select(models.Project.id).where(
            models.Project.kind == "adjudication", models.Project.parent == project.name
        )
    ).all()
    adj_ids = {int(i) for i in adj if i is not None}
    assert project.id is not None
    return [project.id, *sorted(adj_ids)], adj_ids


def valid_annotations(project_ids: list[int], include_simulated: bool = False) -> Any:
    """The annotations that count (`annotator.votes.counted`) in the projects, on claims not
    stale after a re-split."""
    a, c = models.Annotation, models.ClaimUnit
    stale = sa_select(col(c.id)).where(col(c.stale) == True)  # noqa: E712
    return (
        a.project_id.in_(project_ids),  # type: ignore[attr-defined]
        *counted(include_simulated),
        a.claim_id.not_in(stale),  # type: ignore[attr-defined]
    )


def sql_columns(*columns: Any) -> list[Any]:
    """Table-model attributes as SQL columns (for multi-column selects)."""
    return list(columns)


def iter_claims(
    s: Session, project_ids: list[int], adj_ids: set[int], include_simulated: bool = False
) -> Iterator[tuple[str, list[Vote]]]:
    """(claim id, its counted votes: one per annotator, see `annotator.votes`) in claim id
    order, read in batches."""
    a = models.Annotation
    columns = (a.claim_id, a.annotator_id, a.values, a.adjudicated, a.project_id)
    stmt = (
        sa_select(*sql_columns(*columns, a.updated_at, a.created_at))
        .where(*valid_annotations(project_ids, include_simulated))
        .order_by(a.claim_id, a.id)  # type: ignore[arg-type]
        .execution_options(yield_per=READ_BATCH, stream_results=True)
    )
    current: str | None = None
    votes: list[Vote] = []
    for (
        claim,
        annotator_id,
        values,
        adjudicated,
        project_id,
        updated,
        created,
    ) in s.connection().execute(stmt):
        if claim != current:
            if current is not None:
                yield current, last_votes(votes)
            current, votes = claim, []
        judged = bool(adjudicated) or project_id in adj_ids
        votes.append(Vote(annotator_id, values or {}, judged, when(updated, created)))
    if current is not None:
        yield current, last_votes(votes)


def batches(
    claims: Iterator[tuple[str, list[Vote]]], size: int
) -> Iterator[list[tuple[str, list[Vote]]]]:
    """`claims` in lists of `size` (the last one shorter)."""
    batch: list[tuple[str, list[Vote]]] = []
    for claim in claims:
        batch.append(claim)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
