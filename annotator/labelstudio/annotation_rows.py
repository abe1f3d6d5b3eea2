"""Pulled tasks -> `Annotation` rows with their revisions (the rules in `pull`'s docstring).

`apply_page` writes one page of changed tasks with batched Core statements (rows are plain
dicts: ORM objects cost ~10x more at tens of thousands of annotations per pull); `Annotators`
finds or makes the pseudonymous `Annotator` row of each Label Studio user.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from annotator.errors import AnnotatorError
from annotator.ids import content_hash
from annotator.labelstudio.types import PulledAnnotation, PulledTask
from annotator.schema import LabelSchema
from annotator.store.models import (
    Annotation,
    AnnotationRevision,
    Annotator,
    Project,
    PushedTask,
    utcnow,
)

if TYPE_CHECKING:
    from annotator.labelstudio.client import Backend
    from annotator.labelstudio.pull import PullSummary

SIMULATED_DOMAIN = (
    "@simulated.annotator"  # simulator accounts (see `annotator.labelstudio.simulate`)
)
MAX_REPORTED_ERRORS = 20


def annotator_id(backend_url: str, ls_user_id: int) -> str:
    """The stable pseudonymous id of a Label Studio user of that server."""
    return "ann-" + content_hash([backend_url, int(ls_user_id)])[:12]


def is_simulated(email: str | None) -> bool:
    """An account `annotator simulate` made."""
    return bool(email) and str(email).lower().endswith(SIMULATED_DOMAIN)


def parse_time(value: str | None) -> datetime | None:
    """A Label Studio timestamp as an aware UTC datetime (the store's convention)."""
    if not value:
        return None
    dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


class Annotators:
    """Annotator rows by Label Studio user id; asks the backend for emails once, when needed."""

    def __init__(self, backend: Backend, s: Session):
        self.backend = backend
        self.url = backend.url
        self.known: dict[int, Annotator] = {
            a.ls_user_id: a
            for a in s.exec(select(Annotator).where(Annotator.backend_url == self.url))
        }
        self._emails: dict[int, str] | None = None

    def get(self, s: Session, user: Any) -> Annotator:
        if isinstance(user, dict):  # some endpoints expand completed_by
            user = user.get("id")
        if user is None:
            raise AnnotatorError("an annotation without an author (completed_by); cannot pull it")
        uid = int(user)
        if uid in self.known:
            return self.known[uid]
        if self._emails is None:
            self._emails = self.backend.users()
        email = self._emails.get(uid)
        row = s.get(Annotator, annotator_id(self.url, uid))
        if row is None:
            row = Annotator(
                id=annotator_id(self.url, uid),
                backend_url=self.url,
                ls_user_id=uid,
                email=email,
                simulated=is_simulated(email),
            )
            s.add(row)
        self.known[uid] = row
        return row


STATE = (
    "values",
    "result",
    "valid",
    "errors",
    "cancelled",
    "deleted",
    "updated_at",
    "lead_time",
    "revision",
)
REVISION = ("revision", "values", "result", "valid", "errors", "cancelled", "updated_at", "deleted")


def apply_page(
    s: Session,
    proj: Project,
    schema: LabelSchema,
    tasks: list[PulledTask],
    annotators: Annotators,
    summary: PullSummary,
) -> int:
    """Apply one page of changed tasks; returns how many annotations changed.

    Rows are plain dicts written with batched Core statements (ORM objects cost ~10x more at
    tens of thousands of annotations per pull).
    """
    assert proj.id is not None
    ann_t = Annotation.__table__  # type: ignore[attr-defined]
    task_ids = [t.id for t in tasks]
    known: dict[int, dict[int, dict[str, Any]]] = defaultdict(dict)  # task -> annotation -> row
    for stored in s.execute(
        sa_select(ann_t).where(ann_t.c.project_id == proj.id, ann_t.c.ls_task_id.in_(task_ids))
    ).mappings():
        known[stored["ls_task_id"]][stored["ls_annotation_id"]] = dict(stored)
    pushed = {
        tid: cid
        for tid, cid in s.exec(
            select(PushedTask.ls_task_id, PushedTask.claim_id).where(
                PushedTask.project_id == proj.id, col(PushedTask.ls_task_id).in_(task_ids)
            )
        )
    }
    adjudicated = proj.kind == "adjudication"  # hook: audit's adjudication projects
    fresh: list[dict[str, Any]] = []  # rows to insert
    dirty: dict[int, dict[str, Any]] = {}  # stored rows changed, by id
    revisions: list[tuple[dict[str, Any], dict[str, Any]]] = []  # (row, snapshot)
    for task in tasks:
        tid = task.id
        claim_id = pushed.get(tid) or task.claim_id
        if claim_id is None:
            continue  # not one of ours
        current = {a.id: a for a in task.annotations}
        for aid, a in current.items():
            row = known[tid].get(aid)
            if row is None:
                who = annotators.get(s, a.completed_by)
                row = {
                    "project_id": proj.id,
                    "claim_id": str(claim_id),
                    "ls_task_id": tid,
                    "ls_annotation_id": aid,
                    "annotator_id": who.id,
                    "simulated": who.simulated,
                    "adjudicated": adjudicated,
                    "created_at": parse_time(a.created_at),
                    "revision": 1,
                }
                _apply(row, a, schema)
                known[tid][aid] = row  # the same task may come twice in one page
                fresh.append(row)
                summary.new += 1
            elif _differs(row, a):
                _apply(row, a, schema)
                row["revision"] += 1
                if "id" in row:
                    dirty[row["id"]] = row
                summary.updated += 1
            else:
                continue
            revisions.append((row, snapshot(row)))
            if row["cancelled"]:
                summary.cancelled += 1
            elif not row["valid"]:
                summary.invalid += 1
                for err in row["errors"] or []:
                    if len(summary.errors) < MAX_REPORTED_ERRORS:
                        summary.errors.append(f"claim {claim_id} annotation {aid}: {err}")
        for aid, row in known[tid].items():
            if aid not in current and not row["deleted"]:
                row["deleted"] = True
                row["revision"] += 1
                if "id" in row:
                    dirty[row["id"]] = row
                revisions.append((row, snapshot(row)))
                summary.deleted += 1
    if not revisions:
        return 0
    s.flush()  # new Annotator rows first
    if fresh:
        ids = s.execute(
            insert(ann_t).returning(ann_t.c.id, sort_by_parameter_order=True),
            [{k: v for k, v in r.items() if k != "id"} for r in fresh],
        ).scalars()
        for row, new_id in zip(fresh, ids, strict=True):
            row["id"] = new_id
    if dirty:
        s.execute(
            update(ann_t)
            .where(ann_t.c.id == bindparam("_id"))
            .values({f: bindparam(f) for f in STATE}),
            [{"_id": i, **{f: r[f] for f in STATE}} for i, r in dirty.items()],
        )
    now = utcnow()
    s.execute(
        insert(AnnotationRevision.__table__),  # type: ignore[attr-defined]
        [{"annotation_id": row["id"], "recorded_at": now, **snap} for row, snap in revisions],
    )
    return len(revisions)


def _apply(row: dict[str, Any], a: PulledAnnotation, schema: LabelSchema) -> None:
    """Copy Label Studio's current state of the annotation onto the row, validated."""
    result = a.result
    row["result"] = result
    row["updated_at"] = parse_time(a.updated_at)
    row["lead_time"] = a.lead_time
    row["cancelled"] = a.was_cancelled
    row["deleted"] = False
    if row["cancelled"]:
        row["values"], row["errors"], row["valid"] = (
            {},
            ["cancelled: skipped by the annotator"],
            False,
        )
        return
    values, errors = schema.parse_result(result)
    row["values"], row["errors"], row["valid"] = values, errors or None, not errors


def _differs(row: dict[str, Any], a: PulledAnnotation) -> bool:
    return bool(
        row["deleted"]
        or (row["result"] or []) != a.result
        or row["updated_at"] != parse_time(a.updated_at)
        or row["cancelled"] != a.was_cancelled
    )


def snapshot(row: dict[str, Any]) -> dict[str, Any]:
    """The revision row's fields, taken when the change is seen."""
    return {f: row[f] for f in REVISION}
