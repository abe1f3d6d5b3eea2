"""Exactly-once submission without a clean-up pass (issue 11): a create that Label Studio
commits but answers with a 5xx, a desk killed before or after its POST, and a POST whose
outcome is unknown each end with one annotation per (task, annotator), against the real
Label Studio."""

from __future__ import annotations

import time
import uuid

import pytest
from conftest import DeskServer, login_client, split_document

from annotator.desk import auth, queue, state, submit
from annotator.errors import BackendError
from annotator.labelstudio.pull import project_schema
from annotator.labelstudio.push import push

pytestmark = pytest.mark.labelstudio

VALUES = {"stance_us_taliban": "support", "source_reliability": "B", "credibility": "2",
          "checkworthy": "yes"}  # fmt: skip


@pytest.fixture
def queued(db, make_annotators, tmp_path):  # type: ignore[no-untyped-def]
    split_document(tmp_path)
    project = f"once-{uuid.uuid4().hex[:8]}"
    push(project, overlap=1)
    [email] = make_annotators(1, "once")
    queue.add_member(project, email)
    queue.sync(project)
    return project, email


def _mine(email: str, tid: int) -> list[int]:
    got = submit.existing(email, tid)
    assert got is not None
    return got


def _state(project: str, email: str, tid: int) -> tuple[str, int | None]:
    with state.db() as conn:
        row = conn.execute(
            "SELECT state, annotation_id FROM assignment WHERE project=? AND email=? AND task_id=?",
            (project, email, tid),
        ).fetchone()
    return str(row[0]), row[1]


def _claim(project: str, email: str, tid: int) -> None:
    payload = {"result": project_schema(queue.store_project(project)).result_for(VALUES),
               "lead": 4.0, "suggested": []}  # fmt: skip
    assert submit._claim(project, email, tid, payload)


def test_create_committed_but_answered_500_is_adopted_not_repeated(queued, monkeypatch):
    project, email = queued
    tid = queue.next_task(project, email)
    client = submit.backend_for(email)
    real = client.create_annotation
    calls = []

    def commits_then_fails(*args, **kwargs):  # what Label Studio on SQLite does under locks
        calls.append(real(*args, **kwargs))
        raise BackendError(f"annotating task {tid}: Label Studio failed (HTTP 500): locked")

    monkeypatch.setattr(client, "create_annotation", commits_then_fails)
    schema = project_schema(queue.store_project(project))
    assert submit.submit(project, schema, email, tid, VALUES, 3.0, []) is True
    assert len(calls) == 1 and _mine(email, tid) == calls
    assert _state(project, email, tid) == ("done", calls[0])
    # a double Enter after that creates nothing
    assert submit.submit(project, schema, email, tid, VALUES, 3.0, []) is False
    assert _mine(email, tid) == calls


def test_desk_killed_before_or_after_its_post_recovers_once(queued):
    project, email = queued
    # killed after claiming, before posting
    before = queue.next_task(project, email)
    _claim(project, email, before)
    # killed after Label Studio created the annotation, before the desk recorded it
    after = queue.next_task(project, email)
    _claim(project, email, after)
    assert submit._claim_post((project, email, after), None)
    landed = submit.backend_for(email).create_annotation(after, [], cancelled=True)
    # killed while a POST was in flight that never reached Label Studio
    unknown = queue.next_task(project, email)
    _claim(project, email, unknown)
    assert submit._claim_post((project, email, unknown), None)

    assert submit.recover(project) == {"done": 2, "pending": 1}
    assert len(_mine(email, before)) == 1
    assert _mine(email, after) == [landed] and _state(project, email, after)[1] == landed
    # the in-flight POST might still land: nothing is posted until it has settled
    assert _mine(email, unknown) == [] and _state(project, email, unknown)[0] == "pending"
    with state.db() as conn:
        conn.execute(
            "UPDATE submission SET posted=? WHERE task_id=?",
            (time.time() - submit.SETTLE_SECONDS - 1, unknown),
        )
    assert submit.recover(project, email) == {"done": 1}
    assert len(_mine(email, unknown)) == 1
    with state.db() as conn:
        left = conn.execute("SELECT count(*) FROM submission WHERE project=?", (project,))
        assert left.fetchone()[0] == 0


def _wait(project: str, email: str, tid: int, poke=lambda: None) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 60
    while _state(project, email, tid)[0] == "pending" and time.monotonic() < deadline:
        poke()
        time.sleep(0.2)


def test_restarted_desk_and_next_load_deliver_pending_work(queued):
    project, email = queued
    old = queue.next_task(project, email)
    _claim(project, email, old)
    with state.db() as conn:  # left by a desk from before the submission table: no payload
        conn.execute("DELETE FROM submission WHERE task_id=?", (old,))
    with DeskServer() as desk:
        _wait(project, email, old)  # the desk's start-up pass
        assert _state(project, email, old) == ("open", None) and _mine(email, old) == []
        # a submission whose delivery could not finish goes out when its annotator next
        # asks for a task
        tid = queue.next_task(project, email)
        _claim(project, email, tid)
        c = login_client(desk.url, auth.create_invite(email, project))
        _wait(project, email, tid, lambda: c.get(f"/p/{project}"))
        c.close()
    st, ann = _state(project, email, tid)
    assert st == "done" and _mine(email, tid) == [ann]
