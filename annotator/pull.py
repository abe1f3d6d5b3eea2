"""The pull stage: annotations in Label Studio -> `Annotation` rows with their full history.

`pull(project)` reads only the tasks whose `updated_at` moved since the last pull (Label Studio
moves it when an annotation on the task is created, edited or deleted) and, per task:

- an annotation not seen before -> `Annotation` + `AnnotationRevision` 1;
- a known annotation whose result, `updated_at` or cancelled flag changed -> revision + 1
  (every earlier revision is kept);
- a stored annotation missing from the task -> `deleted=True` and a revision marking it;
- a cancelled (skipped) annotation is stored with `cancelled=True`, `valid=False` and no values:
  it records that the annotator saw the task, and is never a label;
- every result is checked with the schema stored on the Project row when it was pushed:
  invalid -> `valid=False` with its `errors`, reported in the summary, never gold.

Cursor: `PullState.cursor` is the largest task `updated_at` processed, as Label Studio writes it
(ISO, ending in `Z`). The next pull asks for tasks updated at or after it, so tasks sharing the
boundary timestamp are never lost; re-reading the boundary task is harmless because processing
is idempotent. Each page is committed with the cursor in the same transaction, so an
interrupted pull resumes where it stopped. A pull that finds nothing new writes nothing.

Annotators get a stable pseudonymous id: `"ann-" + content_hash([backend_url, ls_user_id])[:12]`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import TYPE_CHECKING, Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from annotator import store
from annotator.errors import AnnotatorError
from annotator.ids import content_hash
from annotator.models import (
    Annotation,
    AnnotationRevision,
    Annotator,
    Project,
    PullState,
    PushedTask,
    utcnow,
)
from annotator.schema import LabelSchema, load_schema, schema_from_dict

if TYPE_CHECKING:
    from annotator.backend import Backend

PAGE_SIZE = 1000  # tasks per transaction
SIMULATED_DOMAIN = "@simulated.annotator"  # simulator accounts (see `annotator.simulate`)
MAX_REPORTED_ERRORS = 20


@dataclass
class PullSummary:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    total: int = 0  # annotations (not deleted) the store holds for the project after the pull
    invalid: int = 0  # new or changed annotations whose result fails the schema
    cancelled: int = 0  # new or changed annotations that are skips
    tasks: int = 0  # changed tasks read
    errors: list[str] = field(default_factory=list)  # first few validation problems
    cursor: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def annotator_id(backend_url: str, ls_user_id: int) -> str:
    return "ann-" + content_hash([backend_url, int(ls_user_id)])[:12]


def is_simulated(email: str | None) -> bool:
    return bool(email) and str(email).lower().endswith(SIMULATED_DOMAIN)


def parse_time(value: str | None) -> datetime | None:
    """A Label Studio timestamp as an aware UTC datetime (the store's convention)."""
    if not value:
        return None
    dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def format_cursor(dt: datetime) -> str:
    """Label Studio's filter wants `...Z` (an offset like `+00:00` gives HTTP 500)."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def query_after(cursor: str | None) -> str | None:
    """The `updated_after` bound that re-reads the boundary: 1 microsecond before the cursor."""
    dt = parse_time(cursor)
    return format_cursor(dt - timedelta(microseconds=1)) if dt else None


def load_project(s: Session, name: str, backend_url: str) -> Project:
    rows = s.exec(select(Project).where(Project.name == name)).all()
    if not rows:
        raise AnnotatorError(f"no project '{name}' in the store; push it first")
    for row in rows:
        if row.backend_url == backend_url:
            return row
    urls = ", ".join(sorted(r.backend_url for r in rows))
    raise AnnotatorError(f"project '{name}' was pushed to {urls}, not to {backend_url}")


def project_schema(project: Project) -> LabelSchema:
    if project.schema_json:
        return schema_from_dict(project.schema_json, f"project {project.name}")
    return load_schema(None)


def _pages(items: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(items)
    while page := list(islice(it, size)):
        yield page


class _Annotators:
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


def pull(project: str, *, backend: Backend | None = None, page_size: int = PAGE_SIZE) -> PullSummary:
    """Bring the project's new, edited and deleted annotations into the store."""
    if backend is None:
        from annotator.backend import Backend

        backend = Backend.connect()
    with store.session() as s:
        proj = load_project(s, project, backend.url)
        state = s.get(PullState, proj.id)
        cursor = state.cursor if state else None
        annotators = _Annotators(backend, s)
    schema = project_schema(proj)
    assert proj.id is not None
    summary = PullSummary(cursor=cursor)

    changed = backend.changed_tasks(proj.ls_project_id, query_after(cursor))
    for page in _pages(changed, page_size):
        with store.session() as s:
            changes = _apply_page(s, proj, schema, page, annotators, summary)
            page_max = max((parse_time(t.get("updated_at")) for t in page), default=None, key=_key)
            new_cursor = cursor
            if page_max is not None and (cursor is None or page_max > _key(parse_time(cursor))):
                new_cursor = format_cursor(page_max)
            if changes or new_cursor != cursor:
                state = s.get(PullState, proj.id) or PullState(project_id=proj.id)
                state.cursor = new_cursor
                state.pulled_at = utcnow()
                s.add(state)
            cursor = new_cursor
        summary.tasks += len(page)
    summary.cursor = cursor
    with store.session() as s:
        summary.total = s.exec(
            select(func.count())
            .select_from(Annotation)
            .where(Annotation.project_id == proj.id, col(Annotation.deleted).is_(False))
        ).one()
    return summary


def _key(dt: datetime | None) -> datetime:
    return dt or datetime.min.replace(tzinfo=UTC)


def _apply_page(
    s: Session,
    proj: Project,
    schema: LabelSchema,
    tasks: list[dict[str, Any]],
    annotators: _Annotators,
    summary: PullSummary,
) -> int:
    """Apply one page of changed tasks; returns how many annotations changed."""
    assert proj.id is not None
    task_ids = [int(t["id"]) for t in tasks]
    stored: dict[int, dict[int, Annotation]] = defaultdict(dict)
    for ann in s.exec(
        select(Annotation).where(
            Annotation.project_id == proj.id, col(Annotation.ls_task_id).in_(task_ids)
        )
    ):
        stored[ann.ls_task_id][ann.ls_annotation_id] = ann
    pushed = {
        tid: cid
        for tid, cid in s.exec(
            select(PushedTask.ls_task_id, PushedTask.claim_id).where(
                PushedTask.project_id == proj.id, col(PushedTask.ls_task_id).in_(task_ids)
            )
        )
    }
    adjudicated = proj.kind == "adjudication"  # hook: audit's adjudication projects
    touched: list[tuple[Annotation, dict[str, Any]]] = []  # (row, revision snapshot)
    for task in tasks:
        tid = int(task["id"])
        data = task.get("data") or {}
        meta = task.get("meta") or {}
        claim_id = pushed.get(tid) or data.get("claim_id") or meta.get("claim_id")
        if claim_id is None:
            continue  # not one of ours
        current = {int(a["id"]): a for a in task.get("annotations") or []}
        for aid, a in current.items():
            found = stored[tid].get(aid)
            if found is None:
                ann = _new_annotation(s, proj.id, str(claim_id), tid, a, schema, annotators)
                ann.adjudicated = adjudicated
                stored[tid][aid] = ann  # the same task may come twice in one page
                summary.new += 1
            elif _differs(found, a):
                ann = found
                _apply(ann, a, schema)
                ann.revision += 1
                summary.updated += 1
            else:
                continue
            s.add(ann)
            touched.append((ann, _snapshot(ann)))
            if ann.cancelled:
                summary.cancelled += 1
            elif not ann.valid:
                summary.invalid += 1
                for err in ann.errors or []:
                    if len(summary.errors) < MAX_REPORTED_ERRORS:
                        summary.errors.append(f"claim {ann.claim_id} annotation {aid}: {err}")
        for aid, ann in stored[tid].items():
            if aid not in current and not ann.deleted:
                ann.deleted = True
                ann.revision += 1
                s.add(ann)
                touched.append((ann, _snapshot(ann)))
                summary.deleted += 1
    if touched:
        s.flush()  # one batched insert gives the new rows their ids
        for ann, snap in touched:
            assert ann.id is not None
            s.add(AnnotationRevision(annotation_id=ann.id, **snap))
    return len(touched)


def _new_annotation(
    s: Session,
    project_id: int,
    claim_id: str,
    task_id: int,
    a: dict[str, Any],
    schema: LabelSchema,
    annotators: _Annotators,
) -> Annotation:
    who = annotators.get(s, a.get("completed_by"))
    ann = Annotation(
        project_id=project_id,
        claim_id=claim_id,
        ls_task_id=task_id,
        ls_annotation_id=int(a["id"]),
        annotator_id=who.id,
        simulated=who.simulated,
        created_at=parse_time(a.get("created_at")),
    )
    _apply(ann, a, schema)
    return ann


def _apply(ann: Annotation, a: dict[str, Any], schema: LabelSchema) -> None:
    """Copy Label Studio's current state of the annotation onto the row, validated."""
    result = a.get("result") or []
    ann.result = result
    ann.updated_at = parse_time(a.get("updated_at"))
    ann.lead_time = a.get("lead_time")
    ann.cancelled = bool(a.get("was_cancelled"))
    ann.deleted = False
    if ann.cancelled:
        ann.values, ann.errors, ann.valid = {}, ["cancelled: skipped by the annotator"], False
        return
    values, errors = schema.parse_result(result)
    ann.values, ann.errors, ann.valid = values, errors or None, not errors


def _differs(ann: Annotation, a: dict[str, Any]) -> bool:
    return (
        ann.deleted
        or (ann.result or []) != (a.get("result") or [])
        or ann.updated_at != parse_time(a.get("updated_at"))
        or ann.cancelled != bool(a.get("was_cancelled"))
    )


def _snapshot(ann: Annotation) -> dict[str, Any]:
    """The revision row's fields, taken when the change is seen."""
    return {
        "revision": ann.revision,
        "values": ann.values,
        "result": ann.result,
        "valid": ann.valid,
        "errors": ann.errors,
        "cancelled": ann.cancelled,
        "updated_at": ann.updated_at,
        "deleted": ann.deleted,
    }
