"""annotator.labelstudio.pull: incremental, revisioned, validated; against the real Label Studio."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlmodel import select
from synthetic_claims import add_claims

from annotator import store
from annotator.cli import main
from annotator.labelstudio.annotation_rows import annotator_id, parse_time
from annotator.labelstudio.client import Backend
from annotator.labelstudio.pull import REREAD, format_cursor, pull, query_after
from annotator.labelstudio.push import push
from annotator.labelstudio.types import PulledTask
from annotator.schema import load_schema
from annotator.store.models import Annotation, AnnotationRevision, Annotator, Project, PullState

VALUES = {
    "stance_us_taliban": "support",
    "source_reliability": "B",
    "credibility": "2",
    "checkworthy": "yes",
}


def pushed_project(n: int, overlap: int = 2) -> tuple[str, int, list[str]]:
    ids = add_claims(n)
    name = f"pull-{uuid.uuid4().hex[:10]}"
    summary = push(name, overlap=overlap)
    return name, summary.ls_project_id, ids


def task_ids(backend: Backend, ls_id: int) -> dict[str, int]:
    return {r.claim_id: r.id for r in backend.task_refs(ls_id) if r.claim_id}


def revisions(ls_annotation_id: int) -> list[AnnotationRevision]:
    with store.session() as s:
        ann = s.exec(
            select(Annotation).where(Annotation.ls_annotation_id == ls_annotation_id)
        ).one()
        return list(
            s.exec(
                select(AnnotationRevision)
                .where(AnnotationRevision.annotation_id == ann.id)
                .order_by(AnnotationRevision.revision)  # type: ignore[arg-type]
            )
        )


# --- pure -------------------------------------------------------------------------------------


def test_cursor_format_and_boundary():
    dt = parse_time("2026-11-22T13:05:23.488833Z")
    assert dt is not None and dt.tzinfo is not None
    assert format_cursor(dt) == "2026-11-22T13:05:23.488833Z"
    assert query_after("2026-11-22T13:05:23.488833Z") == "2026-11-22T13:05:23.488832Z"
    assert query_after("2026-11-22T13:05:23Z") == "2026-11-22T13:05:22.999999Z"
    assert query_after("2026-11-22T13:05:23Z", REREAD) == "2026-11-22T13:00:22.999999Z"
    assert query_after(None) is None


# --- against the server -----------------------------------------------------------------------


def test_pull_new_edit_delete_and_nothing(db, ls_backend, make_annotators, capsys):
    name, ls_id, ids = pushed_project(4)
    tasks = task_ids(ls_backend, ls_id)
    schema = load_schema()
    emails = make_annotators(2)
    a, b = (Backend.connect(as_user=e) for e in emails)
    made = [a.create_annotation(tasks[c], schema.result_for(VALUES), lead_time=12.5) for c in ids]
    made.append(
        b.create_annotation(tasks[ids[0]], schema.result_for({**VALUES, "credibility": "3"}))
    )

    assert main(["pull", "--project", name, "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert {k: first[k] for k in ("new", "updated", "deleted", "total", "invalid")} == {
        "new": 5,
        "updated": 0,
        "deleted": 0,
        "total": 5,
        "invalid": 0,
    }

    with store.session() as s:
        anns = s.exec(select(Annotation)).all()
        people = {p.ls_user_id: p for p in s.exec(select(Annotator))}
        state = s.get(PullState, anns[0].project_id)
    assert {x.claim_id for x in anns} == set(ids)
    assert all(x.valid and x.values == VALUES for x in anns if x.ls_annotation_id != made[-1])
    assert all(x.revision == 1 and not x.simulated and x.lead_time in (12.5, None) for x in anns)
    users = ls_backend.users()
    for p in people.values():
        assert p.id == annotator_id(ls_backend.url, p.ls_user_id) and p.email == users[p.ls_user_id]
        assert not p.simulated
    assert state is not None and state.cursor and state.cursor.endswith("Z")

    # nothing changed: all zeros, nothing written
    again = pull(name)
    assert (again.new, again.updated, again.deleted, again.total) == (0, 0, 0, 5)
    with store.session() as s:
        assert s.get(PullState, anns[0].project_id).cursor == state.cursor  # type: ignore[union-attr]

    # an edit becomes revision 2; revision 1 is kept
    a.update_annotation(made[1], schema.result_for({**VALUES, "stance_us_taliban": "refute"}))
    edited = pull(name)
    assert (edited.new, edited.updated, edited.deleted, edited.total) == (0, 1, 0, 5)
    revs = revisions(made[1])
    assert [r.revision for r in revs] == [1, 2]
    assert revs[0].values["stance_us_taliban"] == "support"  # type: ignore[index]
    assert revs[1].values["stance_us_taliban"] == "refute"  # type: ignore[index]

    # a delete is marked, with a revision saying so
    b.delete_annotation(made[-1])
    gone = pull(name)
    assert (gone.new, gone.updated, gone.deleted, gone.total) == (0, 0, 1, 4)
    revs = revisions(made[-1])
    assert [(r.revision, r.deleted) for r in revs] == [(1, False), (2, True)]

    assert (lambda z: (z.new, z.updated, z.deleted))(pull(name)) == (0, 0, 0)
    assert main(["pull", "--project", name]) == 0
    assert "0 new, 0 updated, 0 deleted" in capsys.readouterr().out


def test_invalid_results_are_stored_flagged_and_reported(db, ls_backend, make_annotators):
    name, ls_id, ids = pushed_project(2)
    tasks = task_ids(ls_backend, ls_id)
    a = Backend.connect(as_user=make_annotators(1)[0])
    partial = load_schema().result_for({"stance_us_taliban": "support"})  # required fields missing
    aid = a.create_annotation(tasks[ids[0]], partial)
    summary = pull(name)
    assert summary.new == 1 and summary.invalid == 1
    assert any("source_reliability: missing" in e for e in summary.errors)
    with store.session() as s:
        ann = s.exec(select(Annotation).where(Annotation.ls_annotation_id == aid)).one()
    assert not ann.valid and ann.errors and "credibility: missing" in ann.errors


def test_interrupted_pull_resumes_without_loss(db, ls_backend, make_annotators, monkeypatch):
    name, ls_id, ids = pushed_project(12)
    tasks = task_ids(ls_backend, ls_id)
    a = Backend.connect(as_user=make_annotators(1)[0])
    result = load_schema().result_for(VALUES)
    for c in ids:
        a.create_annotation(tasks[c], result)

    original = Backend.changed_tasks

    def dies_after_five(self: Backend, pid: int, after: str | None) -> Iterator[dict[str, Any]]:
        for n, task in enumerate(original(self, pid, after)):
            if n == 5:
                raise ConnectionError("network went away")
            yield task

    monkeypatch.setattr(Backend, "changed_tasks", dies_after_five)
    with pytest.raises(ConnectionError):
        pull(name, page_size=2)
    with store.session() as s:
        assert len(s.exec(select(Annotation)).all()) == 4  # two pages committed
    monkeypatch.setattr(Backend, "changed_tasks", original)
    rest = pull(name, page_size=2)
    assert rest.new == 8 and rest.total == 12


# --- processing rules without a server ----------------------------------------------------------


class FakeBackend:
    """Only what pull reads: a url, users and a fixed list of changed tasks."""

    url = "http://fake.invalid"

    def __init__(self, tasks: list[dict[str, Any]]):
        self.tasks = tasks

    def users(self) -> dict[int, str]:
        return {7: "sim-1@simulated.annotator", 8: "someone@example.org"}

    def changed_tasks(self, project_id: int, updated_after: str | None) -> Iterator[PulledTask]:
        yield from (PulledTask.model_validate(t) for t in self.tasks)


def _ann(
    aid: int, user: int, result: list[Any], updated: str, cancelled: bool = False
) -> dict[str, Any]:
    return {
        "id": aid,
        "completed_by": user,
        "result": result,
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": updated,
        "lead_time": 3.0,
        "was_cancelled": cancelled,
    }


def test_cancelled_simulated_adjudicated_and_same_task_twice():
    schema = load_schema()
    ok = schema.result_for(VALUES)
    with store.session() as s:
        proj = Project(
            name="adj",
            backend_url=FakeBackend.url,
            ls_project_id=1,
            kind="adjudication",
            label_schema=schema.canonical(),
        )
        s.add(proj)
    t1 = {
        "id": 1,
        "data": {"claim_id": "c1"},
        "updated_at": "2026-01-01T00:00:01Z",
        "annotations": [
            _ann(10, 7, ok, "2026-01-01T00:00:01Z"),
            _ann(11, 8, [], "2026-01-01T00:00:01Z", cancelled=True),
        ],
    }
    # the same task again, newer (Label Studio can send a task twice while it changes)
    t1b = {
        **t1,
        "updated_at": "2026-01-01T00:00:02Z",
        "annotations": [
            _ann(10, 7, schema.result_for({**VALUES, "credibility": "5"}), "2026-01-01T00:00:02Z")
        ],
    }
    summary = pull("adj", backend=FakeBackend([t1, t1b]))  # type: ignore[arg-type]
    assert (summary.new, summary.updated, summary.deleted, summary.total) == (2, 1, 1, 1)
    assert summary.cancelled == 1 and summary.invalid == 0
    assert summary.cursor == "2026-01-01T00:00:02.000000Z"
    with store.session() as s:
        by_id = {a.ls_annotation_id: a for a in s.exec(select(Annotation))}
    assert by_id[10].simulated and by_id[10].adjudicated and by_id[10].revision == 2
    assert by_id[10].values["credibility"] == "5"  # type: ignore[index]
    assert by_id[11].cancelled and not by_id[11].valid and by_id[11].deleted
    assert [r.revision for r in revisions(10)] == [1, 2]
    assert [(r.revision, r.cancelled, r.deleted) for r in revisions(11)] == [
        (1, True, False),
        (2, True, True),
    ]
    # the same tasks again: idempotent
    again = pull("adj", backend=FakeBackend([t1b]))  # type: ignore[arg-type]
    assert (again.new, again.updated, again.deleted) == (0, 0, 0)


def test_pull_unknown_project_is_one_line(db, capfd):
    assert main(["pull", "--project", "never-pushed"]) == 1
    err = capfd.readouterr().err.strip().splitlines()
    assert err == ["Error: no project 'never-pushed' in the store; push it first"]
