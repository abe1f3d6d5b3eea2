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
(ISO, ending in `Z`). Label Studio stamps `updated_at` before its transaction commits, so a slow
commit can become visible after a later-stamped one was pulled: the next pull therefore asks for
tasks updated after `cursor - reread` (`REREAD`, 5 minutes by default; `pull --reread SECONDS`).
Re-reading is harmless because processing is idempotent: an annotation whose result, time and
cancelled flag are unchanged gets no revision, so nothing is stored twice. Each page is committed with the cursor in the same transaction, so an
interrupted pull resumes where it stopped. A pull that finds nothing new writes nothing.

Tasks deleted in Label Studio take their annotations with them without moving any `updated_at`:
each pull compares the project's task count with the tasks pushed (one request); only when
Label Studio holds fewer does it list the task ids, mark the annotations of the missing tasks
deleted (with a revision) and forget those tasks, so the next `push` sends their claims again.

Concurrent pulls (two terminals, a cron job): each page transaction takes `store.write_lock`
first (PostgreSQL advisory lock; SQLite `BEGIN IMMEDIATE`), so it reads the rows the other pull
committed and never inserts an annotation or a revision twice; the cursor only moves forward.

Leads: after each page, `flags.write_flags` writes the task's agreement into its `agreement`
data column (a Data Manager column to sort and filter on) when it changed.

Annotators get a stable pseudonymous id: `"ann-" + content_hash([backend_url, ls_user_id])[:12]`
(`annotation_rows`, which writes the rows).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, insert, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from annotator import store
from annotator.errors import AnnotatorError
from annotator.labelstudio import flags
from annotator.labelstudio.annotation_rows import Annotators, apply_page, parse_time, snapshot
from annotator.labelstudio.sync import forget_tasks
from annotator.labelstudio.types import PulledTask
from annotator.pauses import pause
from annotator.schema import LabelSchema, load_schema, schema_from_dict
from annotator.store.models import (
    Annotation,
    AnnotationRevision,
    Project,
    PullState,
    PushedTask,
    utcnow,
)

if TYPE_CHECKING:
    from annotator.labelstudio.client import Backend

PAGE_SIZE = 1000  # tasks per transaction
REREAD = timedelta(minutes=5)  # how far behind its cursor a pull reads again (late commits)


@dataclass
class PullSummary:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    total: int = 0  # annotations (not deleted) the store holds for the project after the pull
    invalid: int = 0  # new or changed annotations whose result fails the schema
    cancelled: int = 0  # new or changed annotations that are skips
    tasks: int = 0  # changed tasks read
    tasks_deleted: int = 0  # pushed tasks no longer in Label Studio (deleted there)
    flagged: int = 0  # tasks whose Data Manager `agreement` column was written (`flags`)
    errors: list[str] = field(default_factory=list)  # first few validation problems
    cursor: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def format_cursor(dt: datetime) -> str:
    """Label Studio's filter wants `...Z` (an offset like `+00:00` gives HTTP 500)."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def query_after(cursor: str | None, reread: timedelta = timedelta(0)) -> str | None:
    """The `updated_after` bound: `reread` before the cursor, and 1 microsecond more so that
    the boundary timestamp itself is read again."""
    dt = parse_time(cursor)
    return format_cursor(dt - reread - timedelta(microseconds=1)) if dt else None


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
    if project.label_schema:
        return schema_from_dict(project.label_schema, f"project {project.name}")
    return load_schema(None)


def _pages(items: Iterable[PulledTask], size: int) -> Iterator[list[PulledTask]]:
    it = iter(items)
    while page := list(islice(it, size)):
        yield page


def pull(
    project: str,
    *,
    backend: Backend | None = None,
    page_size: int = PAGE_SIZE,
    reread: timedelta = REREAD,
    include_simulated: bool = False,
) -> PullSummary:
    """Bring the project's new, edited and deleted annotations into the store.

    `include_simulated`: the leads' agreement column counts simulated labels too.

    Tasks changed up to `reread` before the cursor are read again (see the module docstring).
    """
    if reread < timedelta(0):
        raise AnnotatorError("--reread must be zero or more seconds")
    if backend is None:
        from annotator.labelstudio.client import Backend

        backend = Backend.connect()
    with store.session() as s:
        proj = load_project(s, project, backend.url)
        state = s.get(PullState, proj.id)
        cursor = state.cursor if state else None
        annotators = Annotators(backend, s)
    schema = project_schema(proj)
    assert proj.id is not None
    summary = PullSummary(cursor=cursor)

    changed = backend.changed_tasks(proj.ls_project_id, query_after(cursor, reread))
    written: dict[int, str | None] = {}
    for page in _pages(changed, page_size):
        with store.session() as s:
            # Concurrent pulls: one page transaction at a time, each reading what the other
            # committed, so an annotation or revision is never inserted twice.
            store.write_lock(s, "pull")
            changes = apply_page(s, proj, schema, page, annotators, summary)
            page_max = max((parse_time(t.updated_at) for t in page), default=None, key=_key)
            new_cursor = cursor
            if page_max is not None and (cursor is None or page_max > _key(parse_time(cursor))):
                new_cursor = format_cursor(page_max)
            if changes or new_cursor != cursor:
                state = s.get(PullState, proj.id) or PullState(project_id=proj.id)
                if _key(parse_time(state.cursor)) > _key(parse_time(new_cursor)):
                    new_cursor = state.cursor  # another pull got further: never move back
                state.cursor = new_cursor
                state.pulled_at = utcnow()
                s.add(state)
            cursor = new_cursor
            pause("pull.applied")  # tests: the page is written, not committed (the lock is held)
        pause("pull.page")  # tests: a page and its cursor are committed
        if proj.kind != "adjudication":
            with store.session() as s:
                written.update(flags.write_flags(backend, s, proj, schema, page, include_simulated))
        summary.tasks += len(page)
    summary.flagged = len(written)
    if written and cursor is not None:
        own = flags.past_own_writes(backend, proj.ls_project_id, cursor, written)
        if own is not None:
            cursor = _move_cursor(proj, format_cursor(parse_time(own)))  # type: ignore[arg-type]
    summary.cursor = cursor
    gone = deleted_tasks(backend, proj)
    if gone:
        with store.session() as s:
            store.write_lock(s, "pull")
            empty = [PulledTask(id=tid) for tid in gone]
            apply_page(s, proj, schema, empty, annotators, summary)
        forget_tasks(proj.id, gone)  # after the annotations: a crash between repeats both
        summary.tasks_deleted = len(gone)
    with store.session() as s:
        summary.total = s.exec(
            select(func.count())
            .select_from(Annotation)
            .where(Annotation.project_id == proj.id, col(Annotation.deleted).is_(False))
        ).one()
    return summary


def _move_cursor(proj: Project, cursor: str) -> str:
    """Move the stored cursor forward to `cursor` (never back); returns the stored one."""
    assert proj.id is not None
    with store.session() as s:
        store.write_lock(s, "pull")
        state = s.get(PullState, proj.id) or PullState(project_id=proj.id)
        if _key(parse_time(state.cursor)) < _key(parse_time(cursor)):
            state.cursor = cursor
            s.add(state)
        return str(state.cursor)


def deleted_tasks(backend: Backend, proj: Project) -> list[int]:
    """Ids of tasks pushed to the project that Label Studio no longer has."""
    with store.session() as s:
        pushed = s.exec(
            select(func.count()).select_from(PushedTask).where(PushedTask.project_id == proj.id)
        ).one()
    if not pushed or backend.task_count(proj.ls_project_id) >= pushed:
        return []
    # The recorded ids first, then Label Studio's: a task a concurrent push records in between
    # is not in this set, so it cannot be taken for a deleted one.
    with store.session() as s:
        ids = set(s.exec(select(PushedTask.ls_task_id).where(PushedTask.project_id == proj.id)))
    live = {ref.id for ref in backend.task_refs(proj.ls_project_id)}
    return sorted(ids - live)


def forget_project(s: Session, proj: Project) -> int:
    """The project is gone from Label Studio: its annotations are marked deleted (each with a
    revision, as for a deleted task) and its pull cursor is reset. Returns annotations marked."""
    ann_t = Annotation.__table__  # type: ignore[attr-defined]
    rows = [
        dict(r)
        for r in s.execute(
            sa_select(ann_t).where(ann_t.c.project_id == proj.id, ann_t.c.deleted.is_(False))
        ).mappings()
    ]
    for row in rows:
        row["deleted"] = True
        row["revision"] += 1
    if rows:
        s.execute(
            update(ann_t)
            .where(ann_t.c.id == bindparam("_id"))
            .values(deleted=True, revision=bindparam("revision")),
            [{"_id": r["id"], "revision": r["revision"]} for r in rows],
        )
        now = utcnow()
        s.execute(
            insert(AnnotationRevision.__table__),  # type: ignore[attr-defined]
            [{"annotation_id": r["id"], "recorded_at": now, **snapshot(r)} for r in rows],
        )
    state = s.get(PullState, proj.id)
    if state is not None:
        s.delete(state)
    return len(rows)


def _key(dt: datetime | None) -> datetime:
    return dt or datetime.min.replace(tzinfo=UTC)
