"""Label Studio SIGKILLed at seeded random moments during push, 10 times, restarted each time.

Afterwards the project holds every claim unit exactly once, and the store's PushedTask rows name
exactly the server's tasks. Runs on a dedicated server (killing the shared one would break other
tests); each restart on the existing data folder costs ~10 s.
"""

from __future__ import annotations

import random
import sqlite3
import time
import uuid
from collections import Counter

import pytest
from faults import kill_server, run_script
from sqlmodel import select
from synthetic_claims import add_claims

from annotator import store
from annotator.labelstudio import server
from annotator.labelstudio.client import Backend
from annotator.labelstudio.push import push
from annotator.store.models import Project, PushedTask

pytestmark = pytest.mark.hardening

KILLS = 10
SEED = 20260611
CLAIMS = 3000
CHUNK = 50  # small chunks: a kill lands between an import and its commit now and then
TOP_UP = 500  # claims added when fewer than this are left, so every kill lands mid-push


def _pushed(db: str) -> int:
    conn = sqlite3.connect(db.removeprefix("sqlite:///"), timeout=30)
    try:
        return int(conn.execute("SELECT count(*) FROM pushedtask").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        conn.close()


def test_label_studio_killed_during_push_ten_times(use_dedicated, dedicated_ls):
    rng = random.Random(SEED)
    db = use_dedicated
    ids = add_claims(CLAIMS)
    name = f"kill-push-{uuid.uuid4().hex[:8]}"
    script = (
        "from annotator.labelstudio.client import Backend\n"
        "Backend.backoff = 0.05  # fail fast once the server is gone\n"
        "from annotator.labelstudio.push import push\n"
        f"push({name!r}, chunk_size={CHUNK})\n"
    )
    mid_push = orphans = 0
    started = time.monotonic()
    for _ in range(KILLS):
        before = _pushed(db)
        if len(ids) - before < TOP_UP:
            ids += add_claims(TOP_UP)
        proc = run_script(script)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and _pushed(db) <= before:
            time.sleep(0.05)  # wait for this run's first committed chunk...
        time.sleep(rng.uniform(0.0, 0.6))  # ...then kill at a seeded random moment
        running = proc.poll() is None
        kill_server(dedicated_ls.home)
        _, err = proc.communicate(timeout=120)
        if running and proc.returncode != 0:
            mid_push += 1
            assert "not reachable" in err or "BackendUnavailable" in err, err[-1500:]
        server.start(timeout=300)  # same home, same data folder
        store.reset_engines()
        refs = Backend.connect().task_refs(_ls_id(name))
        orphans += len(refs) - _pushed(db)  # imported by Label Studio, not yet recorded

    final = push(name, chunk_size=CHUNK)
    backend = Backend.connect()
    counts = Counter(ref.claim_id for ref in backend.task_refs(final.ls_project_id))
    with store.session() as s:
        rows = s.exec(select(PushedTask)).all()
    duplicates = sum(n - 1 for n in counts.values() if n > 1)
    missing = len(set(ids) - set(counts))
    figure = (
        f"FIGURE kill-during-push: {KILLS} kills ({mid_push} mid-push), {len(ids)} claims, "
        f"{sum(counts.values())} tasks, {duplicates} duplicates, {missing} missing, "
        f"{orphans} task(s) orphaned by kills and adopted, {time.monotonic() - started:.0f} s"
    )
    print(figure)
    assert mid_push == KILLS, figure
    assert counts == Counter(ids), figure
    assert sorted(r.claim_id for r in rows) == sorted(ids)
    assert {r.ls_task_id for r in rows} == {
        ref.id for ref in backend.task_refs(final.ls_project_id)
    }


def _ls_id(name: str) -> int:
    with store.session() as s:
        row = s.exec(select(Project).where(Project.name == name)).first()
    assert row is not None, "the first push did not even record the project"
    return row.ls_project_id
