"""Submitting and skipping through the Label Studio API, as the annotator, exactly once.

The annotator's own personal access token (held in `credentials.json`, never sent to the
browser) creates the annotation, so Label Studio records who labelled what and `pull`, `audit`,
`adjudicate` and `dataset` see ordinary annotations with their `lead_time`.

Exactly once: the assignment row goes `open` -> `pending` in one UPDATE before Label Studio is
called, so a second submission of the same task (double Enter, two tabs) finds it taken and
creates nothing; it becomes `done` with the annotation id after Label Studio answers (and the
task is read again `RECHECK_SECONDS` later, keeping the lowest of any copies). When the
create call fails (Label Studio on SQLite answers 500 "database is locked" under many writers,
sometimes after committing), the desk reads the task's annotations: one by this annotator means
it was created (done); otherwise it tries again, up to `CREATE_TRIES` times, and only then puts
the task back to `open` (it comes round again in the queue).
"""

from __future__ import annotations

import json
import threading
import time
from typing import TYPE_CHECKING, Any

from annotator.desk import state
from annotator.errors import AnnotatorError, BackendError, BackendUnavailable
from annotator.schema import LabelSchema

if TYPE_CHECKING:
    from annotator.labelstudio.client import Backend

MAX_LEAD_TIME = 3600.0
CREATE_TRIES = 4
READ_TRIES = 4
RECHECK_SECONDS = 15.0
_clients: dict[str, Backend] = {}
_lock = threading.Lock()


def backend_for(email: str) -> Backend:
    """A Label Studio connection acting as `email` (their own token; cached per annotator)."""
    from annotator.labelstudio.client import Backend

    with _lock:
        client = _clients.get(email)
        if client is None:
            client = _clients[email] = Backend.connect(as_user=email)
        return client


def _user_id(email: str) -> int | None:
    from annotator.labelstudio import credentials

    entry = (credentials.load().get("annotators") or {}).get(email) or {}
    uid = entry.get("user_id")
    return int(uid) if uid is not None else None


def _mine(client: Backend, email: str, task_id: int) -> list[int] | None:
    """Ids of `email`'s annotations of a task, lowest first; None when they cannot be read."""
    uid = _user_id(email)
    for attempt in range(READ_TRIES):
        try:
            rows = client.task_annotations(task_id)
        except (BackendError, BackendUnavailable):
            time.sleep(1.0 * (attempt + 1))
            continue
        return sorted(int(a["id"]) for a in rows if uid is not None and a["completed_by"] == uid)
    return None


def _create(email: str, task_id: int, result: list[Any], lead: float, cancelled: bool) -> int:
    """Create the annotation once: after a failure, adopt it if it exists, else try again;
    after a retry, extra copies a failed-but-committed call left are deleted (lowest id kept).
    When Label Studio cannot even say whether it exists, the error is raised (no blind retry)."""
    client = backend_for(email)
    for attempt in range(CREATE_TRIES):
        try:
            ann_id = client.create_annotation(task_id, result, lead_time=lead, cancelled=cancelled)
        except (BackendError, BackendUnavailable) as exc:
            time.sleep(0.5 * 2**attempt)  # let a slow commit of the failed call land first
            mine = _mine(client, email, task_id)
            if mine:
                return _keep_first(client, mine)
            server_side = isinstance(exc, BackendUnavailable) or "(HTTP 5" in str(exc)
            if mine is None or not server_side or attempt == CREATE_TRIES - 1:
                raise
            continue
        _later(client, email, task_id)
        return ann_id
    raise AssertionError("unreachable")


def _later(client: Backend, email: str, task_id: int) -> None:
    """Check the task again after `RECHECK_SECONDS`: under lock errors Label Studio has been
    seen to keep a copy of a create it answered with a failure; the extra copy is deleted."""

    def check() -> None:
        mine = _mine(client, email, task_id)
        if mine and len(mine) > 1:
            _keep_first(client, mine)

    timer = threading.Timer(RECHECK_SECONDS, check)
    timer.daemon = True
    timer.start()


def _keep_first(client: Backend, ids: list[int]) -> int:
    for extra in ids[1:]:
        try:
            client.delete_annotation(extra)
        except (BackendError, BackendUnavailable):
            pass
    return ids[0]


def values_from_form(schema: LabelSchema, form: dict[str, str]) -> dict[str, str]:
    """The label-field values of a submitted form (unknown keys ignored, blanks dropped)."""
    out: dict[str, str] = {}
    for lf in schema.label_fields:
        value = (form.get(f"f_{lf.key}") or "").strip()
        if value:
            out[lf.key] = value[:5000]
    return out


def check_values(schema: LabelSchema, values: dict[str, str]) -> list[dict[str, Any]]:
    """The Label Studio result for `values`; AnnotatorError naming what is missing or wrong."""
    result = schema.result_for(values)
    _, errors = schema.parse_result(result)
    if errors:
        raise AnnotatorError("; ".join(errors))
    return result


def _take(project: str, email: str, task_id: int) -> str:
    """Mark the assignment pending; returns the state it had ('open' when this call took it)."""
    with state.db() as conn:
        row = conn.execute(
            "SELECT state FROM assignment WHERE project=? AND email=? AND task_id=?",
            (project, email, task_id),
        ).fetchone()
        if row is None:
            raise AnnotatorError("this task is not in your queue")
        if row[0] != "open":
            return str(row[0])
        conn.execute(
            "UPDATE assignment SET state='pending', updated=? "
            "WHERE project=? AND email=? AND task_id=? AND state='open'",
            (time.time(), project, email, task_id),
        )
    return "open"


def _finish(project: str, email: str, task_id: int, **cols: Any) -> None:
    names = ", ".join(f"{k}=?" for k in cols)
    with state.db() as conn:
        conn.execute(
            f"UPDATE assignment SET {names}, updated=? WHERE project=? AND email=? AND task_id=?",
            (*cols.values(), time.time(), project, email, task_id),
        )


def submit(
    project: str,
    schema: LabelSchema,
    email: str,
    task_id: int,
    values: dict[str, str],
    lead_time: float,
    suggested: list[str],
) -> bool:
    """Create `email`'s annotation of `task_id`; False when it was already submitted."""
    result = check_values(schema, values)
    if _take(project, email, task_id) != "open":
        return False
    lead = round(min(max(lead_time, 0.0), MAX_LEAD_TIME), 3)
    try:
        ann_id = _create(email, task_id, result, lead, cancelled=False)
    except BaseException:
        _finish(project, email, task_id, state="open")
        raise
    _finish(
        project,
        email,
        task_id,
        state="done",
        annotation_id=ann_id,
        lead_time=lead,
        suggested=json.dumps(sorted(suggested)),
    )
    return True


def skip(project: str, email: str, task_id: int, reason: str, lead_time: float) -> bool:
    """Skip with a reason: a cancelled annotation in Label Studio (never a label)."""
    reason = " ".join(reason.split())[:500]
    if not reason:
        raise AnnotatorError("say why you skip this item")
    if _take(project, email, task_id) != "open":
        return False
    lead = round(min(max(lead_time, 0.0), MAX_LEAD_TIME), 3)
    try:
        ann_id = _create(email, task_id, [], lead, cancelled=True)
    except BaseException:
        _finish(project, email, task_id, state="open")
        raise
    _finish(
        project, email, task_id, state="skipped", annotation_id=ann_id, lead_time=lead,
        reason=reason,
    )  # fmt: skip
    return True


def own_annotation(project: str, email: str, task_id: int) -> dict[str, Any] | None:
    """The annotator's own record of a task they submitted (state, lead time, reason)."""
    with state.db() as conn:
        row = conn.execute(
            "SELECT state, lead_time, reason FROM assignment "
            "WHERE project=? AND email=? AND task_id=?",
            (project, email, task_id),
        ).fetchone()
    return dict(row) if row else None
