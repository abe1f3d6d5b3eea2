"""Submitting and skipping through the Label Studio API, as the annotator, exactly once.

The annotator's own personal access token (held in `credentials.json`, never sent to the
browser) creates the annotation, so Label Studio records who labelled what and `pull`, `audit`,
`adjudicate` and `dataset` see ordinary annotations with their `lead_time`.

Exactly once, without a clean-up pass. A submission is first *claimed*: in one desk.db
transaction the assignment goes `open` -> `pending` and a `submission` row stores what to send,
so a second submission of the task (double Enter, two tabs) finds it taken and creates nothing.
Delivery then repeats one step until Label Studio holds the annotation:

1. read the task (with cancelled annotations) as the annotator: one of theirs is adopted (done);
   when the task cannot be read, nothing is posted (the row stays `pending`);
2. no POST while an earlier one may still be running in Label Studio: `posted` marks a POST
   whose outcome is unknown (timed out, connection dropped, desk killed), and the next POST
   waits `SETTLE_SECONDS` after it;
3. claim the POST with a compare-and-set on `posted`, then POST. An answer (created, or an
   HTTP 5xx such as SQLite's "database is locked") clears `posted`, so step 1 is conclusive
   next time; a 4xx puts the task back to `open` and shows the error.

A submission still `pending` after `CREATE_TRIES` rounds (Label Studio down) is delivered by
`recover()`, which the desk runs at start and when the annotator next asks for a task; a
`pending` row without a stored payload (a desk from before) is adopted or reopened.
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
SETTLE_SECONDS = 120.0  # > the client's 60 s timeout plus Label Studio's own lock waits
_clients: dict[str, Backend] = {}
_lock = threading.Lock()
_inflight: set[tuple[str, str, int]] = set()


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


def existing(email: str, task_id: int) -> list[int] | None:
    """Ids of `email`'s annotations of a task (skips included), lowest first; None when
    Label Studio cannot say."""
    uid = _user_id(email)
    if uid is None:
        return None
    try:
        task = backend_for(email).get_task(task_id)
    except (BackendError, BackendUnavailable):
        return None
    if task is None:
        return []
    ids = []
    for a in task.get("annotations") or []:
        who = a.get("completed_by")
        if (who.get("id") if isinstance(who, dict) else who) == uid:
            ids.append(int(a["id"]))
    return sorted(ids)


def _row(key: tuple[str, str, int]) -> dict[str, Any] | None:
    with state.db() as conn:
        row = conn.execute(
            "SELECT s.payload, s.posted FROM submission s JOIN assignment a USING "
            "(project, email, task_id) WHERE project=? AND email=? AND task_id=? "
            "AND a.state='pending'",
            key,
        ).fetchone()
    return {"payload": json.loads(row[0]), "posted": row[1]} if row else None


def _claim_post(key: tuple[str, str, int], seen: float | None) -> bool:
    """Mark a POST as starting, unless another one started since `seen` was read."""
    with state.db() as conn:
        cur = conn.execute(
            "UPDATE submission SET posted=?, attempts=attempts+1 WHERE project=? AND email=? "
            "AND task_id=? AND coalesce(posted, -1)=?",
            (time.time(), *key, -1 if seen is None else seen),
        )
        return cur.rowcount == 1


def _answered(key: tuple[str, str, int]) -> None:
    with state.db() as conn:
        conn.execute(
            "UPDATE submission SET posted=NULL WHERE project=? AND email=? AND task_id=?", key
        )


def _settle(key: tuple[str, str, int], ann_id: int | None, payload: dict[str, Any]) -> None:
    """Record the outcome: done/skipped with the annotation id, or back to `open`."""
    with state.db() as conn:
        conn.execute("DELETE FROM submission WHERE project=? AND email=? AND task_id=?", key)
        if ann_id is None:
            cols: dict[str, Any] = {"state": "open"}
        else:
            cols = {"state": "skipped" if payload.get("cancelled") else "done",
                    "annotation_id": ann_id, "lead_time": payload.get("lead"),
                    "suggested": json.dumps(payload.get("suggested") or []),
                    "reason": payload.get("reason")}  # fmt: skip
        names = ", ".join(f"{k}=?" for k in cols)
        conn.execute(
            f"UPDATE assignment SET {names}, updated=? WHERE project=? AND email=? AND task_id=? "
            "AND state='pending'",
            (*cols.values(), time.time(), *key),
        )


def _keep_first(email: str, ids: list[int]) -> int:
    """Adopt the lowest id; a copy beyond it (never seen with this protocol) is deleted."""
    for extra in ids[1:]:
        try:
            backend_for(email).delete_annotation(extra)
        except (BackendError, BackendUnavailable):
            pass
    return ids[0]


def deliver(project: str, email: str, task_id: int, tries: int = CREATE_TRIES) -> str:
    """Bring a claimed submission into Label Studio exactly once; returns the assignment's
    state afterwards (`done`, `skipped`, or `pending` when it has to wait). A submission that
    Label Studio rejects (4xx) is reopened and its error raised."""
    key = (project, email, task_id)
    with _lock:
        if key in _inflight:
            return "pending"
        _inflight.add(key)
    try:
        for attempt in range(tries):
            if attempt:
                time.sleep(0.5 * 2**attempt)
            row = _row(key)
            if row is None:  # finished meanwhile
                return "done"
            payload, posted = row["payload"], row["posted"]
            mine = existing(email, task_id)
            if mine is None:
                continue  # cannot tell whether it exists: never post blind
            if mine:
                _settle(key, _keep_first(email, mine), payload)
                return "skipped" if payload.get("cancelled") else "done"
            if posted is not None and time.time() - posted < SETTLE_SECONDS:
                return "pending"  # an earlier POST may still land
            if not _claim_post(key, posted):
                return "pending"
            try:
                ann_id = backend_for(email).create_annotation(
                    task_id, payload["result"], lead_time=payload["lead"],
                    cancelled=bool(payload.get("cancelled")),
                )  # fmt: skip
            except BackendUnavailable:
                continue  # outcome unknown: `posted` stays, the next POST waits
            except BackendError as exc:
                if "(HTTP 5" in str(exc):
                    _answered(key)  # Label Studio answered: the next read is conclusive
                    continue
                _settle(key, None, payload)
                raise
            _settle(key, ann_id, payload)
            return "skipped" if payload.get("cancelled") else "done"
        return "pending"
    finally:
        with _lock:
            _inflight.discard(key)


def recover(project: str | None = None, email: str | None = None) -> dict[str, int]:
    """Deliver every `pending` submission (of a project / annotator): after a desk crash, or
    when Label Studio was unreachable. Returns counts of the states reached."""
    query = "SELECT a.project, a.email, a.task_id, s.payload IS NOT NULL FROM assignment a "
    query += "LEFT JOIN submission s USING (project, email, task_id) WHERE a.state='pending'"
    args: list[Any] = []
    for col, val in (("project", project), ("email", email)):
        if val is not None:
            query += f" AND a.{col}=?"
            args.append(val)
    with state.db() as conn:
        rows = [(str(r[0]), str(r[1]), int(r[2]), bool(r[3])) for r in conn.execute(query, args)]
    out: dict[str, int] = {}
    for proj, who, tid, has_payload in rows:
        if has_payload:
            try:
                got = deliver(proj, who, tid, tries=1)
            except AnnotatorError:
                got = "open"
        else:
            got = _adopt_legacy((proj, who, tid))
        out[got] = out.get(got, 0) + 1
    return out


def _adopt_legacy(key: tuple[str, str, int]) -> str:
    """A `pending` row left by a desk that stored no payload: adopt or reopen."""
    mine = existing(key[1], key[2])
    if mine is None:
        return "pending"
    with state.db() as conn:
        conn.execute(
            "UPDATE assignment SET state=?, annotation_id=?, updated=? WHERE project=? "
            "AND email=? AND task_id=? AND state='pending'",
            ("done" if mine else "open", _keep_first(key[1], mine) if mine else None,
             time.time(), *key),
        )  # fmt: skip
    return "done" if mine else "open"


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


def _claim(project: str, email: str, task_id: int, payload: dict[str, Any]) -> bool:
    """`open` -> `pending` with the payload stored, atomically; False when already taken."""
    with state.db() as conn:
        row = conn.execute(
            "SELECT state FROM assignment WHERE project=? AND email=? AND task_id=?",
            (project, email, task_id),
        ).fetchone()
        if row is None:
            raise AnnotatorError("this task is not in your queue")
        if row[0] != "open":
            return False
        conn.execute(
            "UPDATE assignment SET state='pending', updated=? "
            "WHERE project=? AND email=? AND task_id=? AND state='open'",
            (time.time(), project, email, task_id),
        )
        conn.execute(
            "INSERT OR REPLACE INTO submission (project, email, task_id, payload, created) "
            "VALUES (?, ?, ?, ?, ?)",
            (project, email, task_id, json.dumps(payload), time.time()),
        )
    return True


def submit(
    project: str,
    schema: LabelSchema,
    email: str,
    task_id: int,
    values: dict[str, str],
    lead_time: float,
    suggested: list[str],
) -> bool:
    """Create `email`'s annotation of `task_id`; False when it was already submitted. When
    Label Studio cannot take it now, it stays `pending` and `recover()` delivers it later."""
    result = check_values(schema, values)
    lead = round(min(max(lead_time, 0.0), MAX_LEAD_TIME), 3)
    payload = {"result": result, "lead": lead, "suggested": sorted(suggested)}
    if not _claim(project, email, task_id, payload):
        return False
    deliver(project, email, task_id)
    return True


def skip(project: str, email: str, task_id: int, reason: str, lead_time: float) -> bool:
    """Skip with a reason: a cancelled annotation in Label Studio (never a label)."""
    reason = " ".join(reason.split())[:500]
    if not reason:
        raise AnnotatorError("say why you skip this item")
    lead = round(min(max(lead_time, 0.0), MAX_LEAD_TIME), 3)
    payload = {"result": [], "lead": lead, "cancelled": True, "reason": reason}
    if not _claim(project, email, task_id, payload):
        return False
    deliver(project, email, task_id)
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
