"""Submitting and skipping through the Label Studio API, as the annotator, exactly once.

The annotator's own personal access token (held in `credentials.json`, never sent to the
browser) creates the annotation, so Label Studio records who labelled what and `pull`, `audit`,
`adjudicate` and `dataset` see ordinary annotations with their `lead_time`.

Exactly once: the assignment row goes `open` -> `pending` in one UPDATE before Label Studio is
called, so a second submission of the same task (double Enter, two tabs) finds it taken and
creates nothing; it becomes `done` with the annotation id after Label Studio answers, and goes
back to `open` when Label Studio refused or was unreachable (nothing was created then).
"""

from __future__ import annotations

import json
import threading
import time
from typing import TYPE_CHECKING, Any

from annotator.desk import state
from annotator.errors import AnnotatorError
from annotator.schema import LabelSchema

if TYPE_CHECKING:
    from annotator.labelstudio.client import Backend

MAX_LEAD_TIME = 3600.0
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
        ann_id = backend_for(email).create_annotation(task_id, result, lead_time=lead)
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
        ann_id = backend_for(email).create_annotation(task_id, [], lead_time=lead, cancelled=True)
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
