"""The loop survives Label Studio's side changing under it: a project deleted there (push
recreates it), and a commit that lands late behind the pull cursor (pull re-reads a window).

Claims come from the real splitter on one sample document; annotations are real, made through
Label Studio's API by annotator accounts."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

from sqlmodel import col, select

from annotator import store
from annotator.cli import main
from annotator.labelstudio.annotation_rows import parse_time
from annotator.labelstudio.client import Backend
from annotator.labelstudio.pull import format_cursor, pull
from annotator.labelstudio.push import push
from annotator.schema import load_schema
from annotator.store.models import Annotation, AnnotationRevision, Project, PullState

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]
VALUES = {
    "stance_us_taliban": "support",
    "source_reliability": "B",
    "credibility": "2",
    "checkworthy": "yes",
}


def _split_and_push(overlap: int = 1) -> tuple[str, int]:
    assert main(["split", str(SEED), "--format", "json"]) == 0
    name = f"rec-{uuid.uuid4().hex[:8]}"
    return name, push(name, overlap=overlap).ls_project_id


def _tasks(backend: Backend, ls_id: int) -> dict[str, int]:
    return {r.claim_id: r.id for r in backend.task_refs(ls_id) if r.claim_id}


def _cursor(name: str) -> str | None:
    with store.session() as s:
        proj = s.exec(select(Project).where(Project.name == name)).one()
        state = s.get(PullState, proj.id)
        return state.cursor if state else None


def test_push_recreates_a_project_deleted_in_label_studio(db, ls_backend, make_annotators, capsys):
    name, old_id = _split_and_push()
    tasks = _tasks(ls_backend, old_id)
    [email] = make_annotators(1)
    ann = Backend.connect(as_user=email)
    schema = load_schema()
    first = next(iter(tasks))
    ann.create_annotation(tasks[first], schema.result_for(VALUES))
    assert pull(name).new == 1 and _cursor(name) is not None

    ls_backend.delete_project(old_id)
    capsys.readouterr()
    # pull before push: one line saying what to do
    assert main(["pull", "--project", name]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "annotator push --project" in err and err.count("\n") == 1

    assert main(["push", "--project", name]) == 0
    out = capsys.readouterr()
    assert "was gone from Label Studio: created again" in out.err
    with store.session() as s:
        proj = s.exec(select(Project).where(Project.name == name)).one()
    assert proj.ls_project_id != old_id
    assert _tasks(ls_backend, proj.ls_project_id).keys() == tasks.keys()  # every claim, once
    assert f"{len(tasks)} task(s) created" in out.out
    assert _cursor(name) is None  # pull starts over
    with store.session() as s:  # the old annotation is gone with its project, with a revision
        old = s.exec(select(Annotation).where(Annotation.project_id == proj.id)).one()
        revs = s.exec(
            select(AnnotationRevision.revision, AnnotationRevision.deleted).where(
                AnnotationRevision.annotation_id == old.id
            )
        ).all()
    assert old.deleted and sorted(revs) == [(1, False), (2, True)]

    # the loop goes on in the new project
    new_tasks = _tasks(ls_backend, proj.ls_project_id)
    ann.create_annotation(new_tasks[first], schema.result_for(VALUES))
    summary = pull(name)
    assert (summary.new, summary.total) == (1, 1)
    assert push(name).created == 0


def test_a_late_commit_behind_the_cursor_is_pulled_once(db, ls_backend, make_annotators):
    """Label Studio stamps `updated_at` before its transaction commits: a slow commit can
    appear after a later-stamped one was pulled. Pull re-reads a window behind its cursor."""
    name, ls_id = _split_and_push()
    tasks = list(_tasks(ls_backend, ls_id).values())
    [email] = make_annotators(1)
    ann = Backend.connect(as_user=email)
    schema = load_schema()
    ann.create_annotation(tasks[0], schema.result_for(VALUES))
    assert pull(name).new == 1
    late = ann.create_annotation(tasks[1], schema.result_for(VALUES))
    [late_task] = [t for t in ls_backend.changed_tasks(ls_id, None) if t["id"] == tasks[1]]
    stamped = parse_time(late_task["updated_at"])
    assert stamped is not None
    # the cursor already stands 2 s past the late task, as after pulling a later commit
    with store.session() as s:
        proj = s.exec(select(Project).where(Project.name == name)).one()
        state = s.get(PullState, proj.id)
        assert state is not None
        state.cursor = format_cursor(stamped + timedelta(seconds=2))
        s.add(state)
    # without a window (the old 1 microsecond) the late commit is skipped
    assert pull(name, reread=timedelta(0)).new == 0
    summary = pull(name)
    assert summary.new == 1 and summary.updated == 0 and summary.total == 2
    # pulling again re-reads the window but stores nothing twice
    again = pull(name)
    assert (again.new, again.updated, again.total) == (0, 0, 2)
    with store.session() as s:
        rows = s.exec(
            select(AnnotationRevision.revision)
            .join(Annotation, col(Annotation.id) == AnnotationRevision.annotation_id)
            .where(Annotation.ls_annotation_id == late)
        ).all()
    assert rows == [1]
