"""Task sync: what `push` sends to a Label Studio project and how `pull` reads it back.

The HTTP client (`annotator.labelstudio.client.Backend`) sends single requests; this module is
the policy over them. `sync_tasks` makes a project hold a set of claim payloads, each once.
Each import chunk's `PushedTask` rows (claim id, Label Studio task id, payload hash) are
committed right after the chunk returns, so an interrupted push loses at most the bookkeeping
of one chunk, and that is recovered on the next run:

Resume contract. Before importing, push asks Label Studio for the project's tasks with an id
greater than the highest task id it has recorded, and adopts those whose `data.claim_id` it has
not recorded (they were imported by a run that died before its commit). If a claim turns out to
have two tasks, the lowest id is kept and the others are deleted when nobody has annotated them
(an annotated duplicate is left in place and reported; pull maps it to the same claim). So a
push killed anywhere, or a server killed and restarted during a push, is repaired by pushing
again: every claim ends up exactly once in the project.

A claim whose task payload changed (document metadata, context) gets `update_task`; the hash
covers `data` and `meta` (predictions cannot be updated in place and are not hashed).

Reading: `task_refs` lists a project's tasks by id (keyset paging, stable while tasks are
added); `changed_tasks` reads the tasks changed after a cursor, oldest first, as `PulledTask`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, update
from sqlmodel import col, select

from annotator import store
from annotator.errors import AnnotatorError
from annotator.labelstudio import client
from annotator.labelstudio.types import TASK_FIELDS, PulledTask, TaskRef
from annotator.pauses import pause
from annotator.store.models import PushedTask, utcnow

if TYPE_CHECKING:
    from sqlmodel import Session

    from annotator.labelstudio.client import Backend

CHUNK_SIZE = 5000  # tasks per import call: big chunks amortise Label Studio's per-call overhead

Progress = Callable[[int, int], None]  # (done, total)


@dataclass
class PushSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    adopted: int = 0  # tasks an interrupted earlier push created, recorded now
    duplicates_deleted: int = 0
    duplicates_kept: list[int] = field(default_factory=list)  # annotated duplicate task ids
    selected: int = 0  # claim units in the selection pushed
    recreated: bool = False  # the project was gone from Label Studio and was created again
    project: str = ""
    ls_project_id: int = 0
    backend_url: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- push: the project holds every payload once --------------------------------------------


def recorded_tasks(s: Session, project_id: int) -> dict[str, tuple[int, str]]:
    """claim id -> (Label Studio task id, payload hash) of what was pushed to the project."""
    return {
        cid: (tid, h)
        for cid, tid, h in s.exec(
            select(PushedTask.claim_id, PushedTask.ls_task_id, PushedTask.payload_hash).where(
                PushedTask.project_id == project_id
            )
        )
    }


def sync_tasks(
    backend: Backend,
    project_id: int,
    ls_id: int,
    recorded: dict[str, tuple[int, str]],
    payloads: dict[str, tuple[dict[str, Any], str]],
    summary: PushSummary,
    *,
    chunk_size: int = CHUNK_SIZE,
    progress: Progress | None = None,
) -> None:
    """Make the Label Studio project hold `payloads` (claim id -> (task, hash)), each once.

    Adopts what an interrupted run created, imports the missing tasks in bulk chunks (each
    chunk recorded as soon as Label Studio answers), updates tasks whose payload changed.
    """
    _reconcile(backend, project_id, ls_id, recorded, payloads, summary)
    to_create = [cid for cid in payloads if cid not in recorded]
    to_update = [
        cid for cid, (_, h) in recorded.items() if cid in payloads and payloads[cid][1] != h
    ]
    summary.unchanged = (
        sum(1 for cid, (_, h) in recorded.items() if cid in payloads and payloads[cid][1] == h)
        - summary.adopted
    )
    total = len(to_create) + len(to_update)
    done = 0
    if progress:
        progress(0, total)

    for start in range(0, len(to_create), max(1, chunk_size)):
        chunk = to_create[start : start + chunk_size]
        ids = backend.import_tasks(ls_id, [payloads[cid][0] for cid in chunk])
        if len(ids) != len(chunk):
            raise AnnotatorError(
                f"Label Studio returned {len(ids)} task ids for {len(chunk)} tasks; "
                "run the command again to reconcile"
            )
        pause("push.imported")  # tests: the window a killed push leaves tasks unrecorded in
        _record(
            project_id, [(cid, tid, payloads[cid][1]) for cid, tid in zip(chunk, ids, strict=True)]
        )
        pause("push.recorded")
        summary.created += len(chunk)
        done += len(chunk)
        if progress:
            progress(done, total)

    for cid in to_update:
        task, h = payloads[cid]
        backend.update_task(recorded[cid][0], task["data"], task["meta"])
        with store.session() as s:
            s.execute(
                update(PushedTask)
                .where(PushedTask.project_id == project_id, PushedTask.claim_id == cid)  # type: ignore[arg-type]
                .values(payload_hash=h, pushed_at=utcnow())
            )
        summary.updated += 1
        done += 1
        if progress:
            progress(done, total)


def forget_tasks(project_id: int, task_ids: Sequence[int]) -> None:
    """Drop the records of tasks that are gone from Label Studio (the next push sends them)."""
    if not task_ids:
        return
    with store.session() as s:
        s.execute(
            delete(PushedTask).where(
                PushedTask.project_id == project_id,  # type: ignore[arg-type]
                col(PushedTask.ls_task_id).in_(task_ids),
            )
        )


def _record(project_id: int, rows: Sequence[tuple[str, int, str]]) -> None:
    """Insert PushedTask rows in one transaction."""
    if not rows:
        return
    now = utcnow()
    with store.session() as s:
        s.execute(
            insert(PushedTask),
            [
                {
                    "project_id": project_id,
                    "claim_id": cid,
                    "ls_task_id": tid,
                    "payload_hash": h,
                    "pushed_at": now,
                }
                for cid, tid, h in rows
            ],
        )


def _reconcile(
    backend: Backend,
    project_id: int,
    ls_id: int,
    recorded: dict[str, tuple[int, str]],
    payloads: dict[str, tuple[dict[str, Any], str]],
    summary: PushSummary,
) -> None:
    """Adopt tasks an interrupted push created but never recorded; drop duplicate tasks.

    Updates `recorded` in place. Adopted tasks get the payload hash of what this run would send:
    they were created from the same claim rows by the run that died.
    """
    with store.session() as s:
        max_known = s.exec(
            select(func.max(PushedTask.ls_task_id)).where(PushedTask.project_id == project_id)
        ).one()
    refs = sorted(backend.task_refs(ls_id, min_id=max_known), key=lambda r: r.id)
    adopt: list[tuple[str, int, str]] = []
    duplicates: list[int] = []
    for ref in refs:
        cid = ref.claim_id
        if cid is None or cid not in payloads:
            continue  # not a claim of this store (someone else's import): leave it alone
        if cid in recorded:
            if recorded[cid][0] != ref.id:
                duplicates.append(ref.id)
            continue
        h = payloads[cid][1]
        recorded[cid] = (ref.id, h)
        adopt.append((cid, ref.id, h))
    _record(project_id, adopt)
    summary.adopted = len(adopt)
    if duplicates:
        deleted, kept = delete_unannotated_tasks(backend, duplicates)
        summary.duplicates_deleted = len(deleted)
        summary.duplicates_kept = sorted(kept)


def delete_unannotated_tasks(backend: Backend, task_ids: list[int]) -> tuple[list[int], list[int]]:
    """Delete those of `task_ids` that nobody has annotated; returns (deleted, kept)."""
    deleted: list[int] = []
    kept: list[int] = []
    for tid in task_ids:
        task = backend.get_task(tid)
        if task is None:
            continue
        if task.get("annotations") or task.get("total_annotations"):
            kept.append(tid)
            continue
        backend.delete_task(tid)
        deleted.append(tid)
    return deleted, kept


# --- reading tasks back ------------------------------------------------------------------------


def task_refs(backend: Backend, project_id: int, min_id: int | None = None) -> list[TaskRef]:
    """Every task of the project as (id, data.claim_id, updated_at), ordered by id."""
    out: list[TaskRef] = []
    last = (min_id - 1) if min_id is not None else 0
    while True:  # keyset paging on id: stable while tasks are added
        flt = [
            {
                "filter": "filter:tasks:id",
                "operator": "greater",
                "type": "Number",
                "value": last,
            }
        ]
        rows = backend._call(
            f"listing tasks of project {project_id}",
            lambda f=flt: backend._task_page(project_id, "id,data,updated_at", f, "tasks:id", 1),  # type: ignore[misc]
        )
        for row in rows:
            data = row.get("data") or {}
            out.append(
                TaskRef(
                    id=int(row["id"]),
                    claim_id=data.get("claim_id"),
                    updated_at=row.get("updated_at"),
                )
            )
        if len(rows) < client.PAGE_SIZE:  # read at call time: the page size the client asked
            return out
        last = int(rows[-1]["id"])


def changed_tasks(
    backend: Backend, project_id: int, updated_after: str | None
) -> Iterator[PulledTask]:
    """Tasks with `updated_at` > the cursor, oldest change first, with their annotations.

    Keyset paging on `updated_at`: after a full page the next one starts at the newest change
    seen (or pages through a page-long run of one timestamp). A task changed while we read may
    come twice (its newer state last). The next cursor is the largest `updated_at` seen.
    """
    since = _z(updated_after) if updated_after else None
    operator = "greater"
    page = 1
    seen: set[tuple[int, str]] = set()
    while True:
        flt = []
        if since:
            flt = [
                {
                    "filter": "filter:tasks:updated_at",
                    "operator": operator,
                    "type": "Datetime",
                    "value": since,
                }
            ]
        rows = backend._call(
            f"reading changed tasks of project {project_id}",
            lambda f=flt, p=page: backend._task_page(
                project_id, TASK_FIELDS, f, "tasks:updated_at", p
            ),  # type: ignore[misc]
        )
        for row in rows:
            key = (int(row["id"]), str(row.get("updated_at")))
            if key in seen:
                continue
            seen.add(key)
            yield PulledTask.model_validate(row)
        if len(rows) < client.PAGE_SIZE:  # read at call time: the page size the client asked
            return
        newest = str(rows[-1].get("updated_at"))
        if newest != since:  # keyset: restart from the newest change seen
            since, operator, page = newest, "greater_or_equal", 1
        else:  # a whole page with one timestamp: page through it
            page += 1


def _z(ts: str) -> str:
    """Label Studio filters need `...Z`; `+00:00` gives an HTTP 500."""
    return ts[:-6] + "Z" if ts.endswith("+00:00") else ts
