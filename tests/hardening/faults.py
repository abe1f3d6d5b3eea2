"""Helpers for the fault tests: kill a server, run a script, build annotated projects, read rows.

Projects with many annotations are built quickly: tasks are imported with their annotations in
one bulk call, instead of one request per annotation.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from annotator.parent_death import die_with_parent

REPO = Path(__file__).resolve().parents[2]

VALUES = {
    "stance_us_taliban": "support",
    "source_reliability": "B",
    "credibility": "2",
    "checkworthy": "yes",
}


def kill_server(home: Path) -> int:
    """SIGKILL the server's whole process group (no cleanup of any kind); returns its pid."""
    pid = int((home / "labelstudio.pid").read_text())
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:  # reap it (the test process started it)
            if os.waitpid(pid, os.WNOHANG)[0]:
                break
        except ChildProcessError:
            break
        time.sleep(0.05)
    return pid


def run_script(code: str, **popen: Any) -> subprocess.Popen[str]:
    """A Python process running `code` with this environment (ANNOTATOR_HOME, ANNOTATOR_DB)."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.Popen(
        [sys.executable, "-c", code],
        env=env,
        cwd=str(REPO),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=die_with_parent(signal.SIGKILL),  # a killed test run takes it along
        **popen,
    )


def annotated_project(
    backend: Any, n_tasks: int, per_task: int = 1, into: tuple[str, int] | None = None
) -> tuple[str, int]:
    """A pushed project (Project row in the store) plus `n_tasks` imported tasks that each carry
    `per_task` annotations by the admin; `into=(name, ls_id)` adds the tasks to that project.
    Returns (project name, Label Studio project id)."""
    from synthetic_claims import add_claims

    from annotator.labelstudio.push import push, task_payload
    from annotator.schema import load_schema

    if into is None:
        add_claims(2)
        name = f"hard-{uuid.uuid4().hex[:10]}"
        ls_id = push(name, backend=backend).ls_project_id
    else:
        name, ls_id = into
    schema = load_schema()
    admin_id = int(backend.whoami()["id"])
    result = schema.result_for(VALUES)
    tag = uuid.uuid4().hex[:8]
    tasks = []
    for i in range(n_tasks):
        claim = {"id": f"imp-{tag}-{i:06d}", "text": f"Claim {i}.", "context": f"Claim {i}."}
        task, _ = task_payload(schema, claim)
        task.pop("predictions", None)
        task["annotations"] = [
            {"result": result, "completed_by": admin_id, "lead_time": 1.0} for _ in range(per_task)
        ]
        tasks.append(task)
    for start in range(0, len(tasks), 2000):
        backend.import_tasks(ls_id, tasks[start : start + 2000])
    return name, ls_id


def server_annotations(backend: Any, ls_id: int) -> dict[int, list[Any]]:
    """Every annotation the server holds for the project: id -> result."""
    out: dict[int, list[Any]] = {}
    for task in backend.changed_tasks(ls_id, None):
        for a in task["annotations"]:
            out[int(a["id"])] = a["result"]
    return out


def store_rows(url: str) -> tuple[list[int], list[tuple[int, int]]]:
    """(ls_annotation_id of every Annotation row, (ls_annotation_id, revision) of every revision)."""
    from sqlalchemy import create_engine, text

    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            anns = [
                int(r[0]) for r in conn.execute(text("SELECT ls_annotation_id FROM annotation"))
            ]
            revs = [
                (int(a), int(r))
                for a, r in conn.execute(
                    text(
                        "SELECT a.ls_annotation_id, r.revision FROM annotationrevision r "
                        "JOIN annotation a ON a.id = r.annotation_id"
                    )
                )
            ]
    finally:
        eng.dispose()
    return anns, revs
