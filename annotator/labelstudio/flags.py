"""Per-task agreement for leads: an `agreement` column in Label Studio's Data Manager.

Label Studio Community has no agreement column (it is an Enterprise feature), so `pull` writes
one into each task's data after storing the page's annotations. The value sorts and filters as
text: `"0.50 disagree: stance_us_taliban"` (the lowest share of agreeing annotator pairs over
the choice fields, then the fields where someone disagrees), `"1.00 agree"`, or
`"waiting: 1 label"` while fewer than two annotators labelled it. It counts the annotations
that `annotator.votes` counts (simulated ones only with `pull --include-simulated`, as in
`audit`), one per annotator (their latest); "cannot be judged" is not a vote.

Only tasks whose value changed are written (`PATCH` with the task's own data plus the column,
as Label Studio replaces `data` whole), so a pull that finds nothing new writes nothing; and
only when the data read is what `push` last sent (its recorded hash), so a push updating the
task meanwhile is not undone (the next pull writes the column). A
write moves the task's `updated_at`; when nothing but our own writes changed after the pull's
cursor, the cursor moves past them (`past_own_writes`), so they do not count as news. Read
again (the re-read window, or a concurrent change), a task's annotations are unchanged: no
revision is stored and no column is written again.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import combinations
from typing import TYPE_CHECKING, Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from annotator.ids import content_hash
from annotator.schema import LabelSchema
from annotator.store.models import Annotation, Project, PushedTask
from annotator.votes import counted, last_values, when

if TYPE_CHECKING:
    from annotator.labelstudio.client import Backend
    from annotator.labelstudio.types import PulledTask

COLUMN = "agreement"


def flag(schema: LabelSchema, by_annotator: Mapping[str, Mapping[str, Any]]) -> str:
    """The column's value for one task from each annotator's latest values."""
    worst, fields, labellers = 1.0, [], 0
    for lf in schema.choice_fields:
        votes = [
            str(v[lf.key])
            for v in by_annotator.values()
            if v.get(lf.key) not in (None, "") and str(v[lf.key]) not in lf.missing
        ]
        labellers = max(labellers, len(votes))
        pairs = list(combinations(votes, 2))
        if not pairs:
            continue
        share = sum(a == b for a, b in pairs) / len(pairs)
        if share < 1.0:
            fields.append(lf.key)
        worst = min(worst, share)
    if labellers < 2:
        return f"waiting: {labellers} label{'' if labellers == 1 else 's'}"
    return f"{worst:.2f} disagree: {', '.join(fields)}" if fields else "1.00 agree"


def claim_flags(
    s: Session,
    proj: Project,
    schema: LabelSchema,
    claim_ids: list[str],
    include_simulated: bool = False,
) -> dict[str, str]:
    """claim id -> the column's value, from the store."""
    a = Annotation
    stmt = (
        sa_select(
            col(a.claim_id),
            col(a.annotator_id),
            col(a.values),
            col(a.updated_at),
            col(a.created_at),
        )  # fmt: skip
        .where(
            col(a.project_id) == proj.id,
            col(a.claim_id).in_(claim_ids),
            col(a.adjudicated).is_(False),
            *counted(include_simulated),
        )
        .order_by(a.id)  # type: ignore[arg-type]
    )
    rows = [(c, who, values, when(u, cr)) for c, who, values, u, cr in s.execute(stmt)]
    latest = last_values(rows)
    return {c: flag(schema, latest.get(c, {})) for c in claim_ids}


def write_flags(
    backend: Backend,
    s: Session,
    proj: Project,
    schema: LabelSchema,
    page: list[PulledTask],
    include_simulated: bool = False,
) -> dict[int, str | None]:
    """Write the column into the page's tasks whose value changed: task id -> new updated_at."""
    tasks = [t for t in page if t.claim_id and t.data]
    if not tasks:
        return {}
    claims = sorted({str(t.claim_id) for t in tasks})
    want = claim_flags(s, proj, schema, claims, include_simulated)
    pushed = dict(
        s.execute(
            sa_select(col(PushedTask.ls_task_id), col(PushedTask.payload_hash)).where(
                col(PushedTask.project_id) == proj.id,
                col(PushedTask.ls_task_id).in_([t.id for t in tasks]),
            )
        ).all()
    )
    written: dict[int, str | None] = {}
    for t in tasks:
        value = want[str(t.claim_id)]
        if t.data.get(COLUMN) == value or (COLUMN not in t.data and not t.annotations):
            continue
        data = {k: v for k, v in t.data.items() if k != COLUMN}
        if pushed.get(t.id) != content_hash({"data": data, "meta": t.meta}):
            continue  # not the data push last sent (a push is updating it): next pull
        written[t.id] = backend.update_task(t.id, {**t.data, COLUMN: value})
    return written


def past_own_writes(
    backend: Backend, ls_project_id: int, cursor: str, written: Mapping[int, str | None]
) -> str | None:
    """The newest `updated_at` of our own writes when nothing else changed after `cursor`
    (the pull cursor may then move past them), else None."""
    from annotator.labelstudio.annotation_rows import parse_time

    newest = None
    for t in backend.changed_tasks(ls_project_id, cursor):
        mine = written.get(t.id)
        at = parse_time(t.updated_at)
        if mine is None or at is None or parse_time(mine) != at:
            return None
        newest = t.updated_at if newest is None or at > parse_time(newest) else newest  # type: ignore[operator]
    return newest
