"""annotator.labelstudio.push against the real Label Studio: idempotence, updates, and crash recovery."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from labelstudio_fixtures import free_port
from paused_runs import PausedRun
from sqlmodel import select
from synthetic_claims import add_claims

from annotator import store
from annotator.cli import main
from annotator.labelstudio.push import MODEL_VERSION, predictions_for, push, task_payload
from annotator.schema import load_schema, schema_from_dict
from annotator.store.models import Document, Project, PushedTask

REPO = Path(__file__).resolve().parents[2]


def project_name() -> str:
    return f"push-{uuid.uuid4().hex[:10]}"


def claims_in_project(backend: Any, ls_id: int) -> Counter[str | None]:
    return Counter(ref.claim_id for ref in backend.task_refs(ls_id))


# --- pure -------------------------------------------------------------------------------------


def test_task_payload_carries_claim_metadata_and_a_prediction():
    schema = load_schema()
    claim = {
        "id": "c1",
        "text": "A said B.",
        "context": "x A said B. y",
        "outlet": "Example Times",
        "title": "T",
        "published": "2021-09-01",
        "url": "https://e.org",
        "checkworthiness": 0.8,
    }
    assert task_payload(schema, claim)[0]["predictions"] == []  # suggestions are off by default
    task, h = task_payload(schema, claim, ["checkworthy"])
    assert task["data"]["claim_id"] == "c1" and task["meta"] == {"claim_id": "c1"}
    assert task["data"]["outlet"] == "Example Times" and task["data"]["url"] == "https://e.org"
    [pred] = task["predictions"]
    assert pred["model_version"] == MODEL_VERSION
    assert pred["result"][0]["from_name"] == "checkworthy"
    assert pred["result"][0]["value"] == {"choices": ["yes"]}
    assert schema.parse_result(pred["result"])[0] == {"checkworthy": "yes"}
    low = predictions_for(schema, {**claim, "checkworthiness": 0.1})
    assert low[0]["result"][0]["value"] == {"choices": ["no"]} and low[0]["score"] == 0.9
    # the hash covers data and meta only, and is stable
    assert task_payload(schema, claim)[1] == h
    assert task_payload(schema, {**claim, "title": "T2"})[1] != h


def test_no_prediction_without_a_checkworthy_field():
    schema = schema_from_dict(
        {"name": "s", "fields": [{"name": "stance", "choices": [{"value": "a"}, {"value": "b"}]}]}
    )
    assert predictions_for(schema, {"id": "c", "checkworthiness": 0.9}) == []


# --- against the server -----------------------------------------------------------------------


def test_push_twice_creates_nothing_and_updates_changed(db, ls_backend, capsys):
    ids = add_claims(25)
    name = project_name()
    assert main(["push", "--project", name, "--overlap", "2", "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert (first["created"], first["updated"], first["unchanged"]) == (25, 0, 0)

    assert main(["push", "--project", name, "--format", "json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert (second["created"], second["updated"], second["unchanged"]) == (0, 0, 25)

    with store.session() as s:
        proj = s.exec(select(Project).where(Project.name == name)).one()
        assert proj.overlap == 2 and proj.label_schema and proj.backend_url == ls_backend.url
        doc = s.get(Document, "doc-" + ids[0].split("-")[1] + "-0")
        assert doc is not None
        doc.title = "A corrected title"
        s.add(doc)
    summary = push(name)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 10, 15)
    tasks = {t["data"]["claim_id"]: t for t in ls_backend.changed_tasks(proj.ls_project_id, None)}
    assert tasks[ids[0]]["data"]["title"] == "A corrected title"
    assert tasks[ids[0]]["meta"] == {"claim_id": ids[0]}
    assert claims_in_project(ls_backend, proj.ls_project_id) == Counter(ids)

    # new claims later: only they are imported
    more = add_claims(5)
    assert push(name).created == 5
    assert claims_in_project(ls_backend, proj.ls_project_id) == Counter(ids + more)


def test_text_output_is_readable(db, capsys):
    add_claims(3)
    assert main(["push", "--project", project_name()]) == 0
    out = capsys.readouterr().out
    assert "3 task(s) created, 0 updated, 0 unchanged" in out


def test_crash_after_import_before_commit_resumes_without_duplicates(db, ls_backend, monkeypatch):
    ids = add_claims(30)
    name = project_name()
    original = type(ls_backend).import_tasks
    calls = {"n": 0}

    def import_then_die(self, project_id, tasks):
        got = original(self, project_id, tasks)
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # dies after Label Studio created the tasks, before our commit
        return got

    monkeypatch.setattr(type(ls_backend), "import_tasks", import_then_die)
    with pytest.raises(KeyboardInterrupt):
        push(name, chunk_size=10, backend=ls_backend)
    monkeypatch.setattr(type(ls_backend), "import_tasks", original)
    with store.session() as s:
        assert len(s.exec(select(PushedTask)).all()) == 10

    again = push(name, chunk_size=10, backend=ls_backend)
    assert (again.adopted, again.created, again.unchanged) == (10, 10, 10)
    ls_id = again.ls_project_id
    assert claims_in_project(ls_backend, ls_id) == Counter(ids)
    with store.session() as s:
        rows = s.exec(select(PushedTask)).all()
    assert sorted(r.claim_id for r in rows) == sorted(ids)
    assert {r.ls_task_id for r in rows} == {ref.id for ref in ls_backend.task_refs(ls_id)}


def test_process_killed_between_import_and_commit(db, ls_backend, ls_home):
    """A real process dies (os._exit: no cleanup, no rollback handler) right after an import."""
    ids = add_claims(40)
    name = project_name()
    script = textwrap.dedent(
        f"""
        import os
        from annotator.labelstudio.client import Backend
        from annotator.labelstudio.push import push
        original = Backend.import_tasks
        calls = []
        def import_then_die(self, pid, tasks):
            got = original(self, pid, tasks)
            calls.append(1)
            if len(calls) == 3:
                os._exit(9)
            return got
        Backend.import_tasks = import_then_die
        push({name!r}, chunk_size=10)
        """
    )
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 9, proc.stderr[-2000:]
    with store.session() as s:
        assert len(s.exec(select(PushedTask)).all()) == 20
    again = push(name)
    assert (again.adopted, again.created) == (10, 10)
    assert claims_in_project(ls_backend, again.ls_project_id) == Counter(ids)


def test_duplicate_task_is_deleted_and_lowest_id_kept(db, ls_backend):
    ids = add_claims(3)
    name = project_name()
    first = push(name, backend=ls_backend)
    schema = load_schema()
    claim = {"id": ids[1], "text": "dup", "context": "dup"}
    [dup_id] = ls_backend.import_tasks(first.ls_project_id, [task_payload(schema, claim)[0]])
    again = push(name, backend=ls_backend)
    assert again.duplicates_deleted == 1 and again.created == 0
    assert dup_id not in {r.id for r in ls_backend.task_refs(first.ls_project_id)}
    assert claims_in_project(ls_backend, first.ls_project_id) == Counter(ids)


def test_server_down_is_one_error_line_and_store_unchanged(
    db, ls_home, tmp_path, monkeypatch, capfd
):
    add_claims(5)
    creds = json.loads((ls_home / "credentials.json").read_text())
    creds["url"] = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    down = tmp_path / "down-home"
    down.mkdir()
    (down / "credentials.json").write_text(json.dumps(creds))
    monkeypatch.setenv("ANNOTATOR_HOME", str(down))
    db_file = Path(db.removeprefix("sqlite:///"))
    store.reset_engines()
    before = _dump(db_file)
    monkeypatch.setattr("annotator.labelstudio.client.Backend.backoff", 0.01)
    assert main(["push", "--project", project_name(), "--format", "json"]) == 1
    out, err = capfd.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: Label Studio at http://127.0.0.1:")
    assert "not reachable" in lines[0]
    assert _dump(db_file) == before


def _dump(path: Path) -> list[str]:
    import sqlite3

    store.reset_engines()
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_server_killed_during_push_then_restarted(db, ls_backend, label_studio, ls_home, capfd):
    """SIGKILL the Label Studio process group mid-push; after a restart, pushing again repairs.

    The push stops after its second chunk is recorded (a pause point) while 8 chunks are left,
    the server is killed, then the push goes on: it surely meets a dead server mid-push.
    """
    from annotator.labelstudio import server

    ids = add_claims(3000)
    name = project_name()
    code = f"from annotator.labelstudio.push import push; push({name!r}, chunk_size=300)"
    run = PausedRun(code, "push.recorded:2")
    assert run.wait_paused() == "paused push.recorded 2"
    pid = int((ls_home / "labelstudio.pid").read_text())
    try:
        os.killpg(pid, signal.SIGKILL)
        code_, _, err = run.finish()
        assert code_ != 0
        assert "not reachable" in err or "BackendUnavailable" in err, err[-1500:]
        # while it is down: one Error line, exit 1, store unchanged
        before = _count_pushed(db)
        assert before == 600  # two chunks recorded, the third never imported
        assert main(["push", "--project", name]) == 1
        assert capfd.readouterr().err.count("Error:") == 1
        assert _count_pushed(db) == before
    finally:
        server.start()
    store.reset_engines()
    again = push(name)
    assert (again.created, again.adopted, again.duplicates_deleted) == (len(ids) - before, 0, 0)
    assert claims_in_project(ls_backend, again.ls_project_id) == Counter(ids)


def _count_pushed(db: str) -> int:
    import sqlite3

    conn = sqlite3.connect(db.removeprefix("sqlite:///"), timeout=30)
    try:
        return int(conn.execute("select count(*) from pushedtask").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()
