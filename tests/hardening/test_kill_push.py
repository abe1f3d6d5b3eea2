"""Killed during push, 10 times at seeded points, restarted each time: nothing lost or doubled.

Each run stops at a pause point (`annotator.pauses`) after a seeded number of chunks, so every
kill surely lands mid-push, with no sleeps. The rounds take turns:

- Label Studio killed while the push waits after a recorded chunk (the next import meets a dead
  server);
- Label Studio killed just after the push is let go on to import the next chunk (before, during
  or after that request: the push cannot pass the next chunk's pause until the kill is done);
- the push process killed between a chunk's import and its record (that chunk's tasks are in
  Label Studio and not in the store: the next run must adopt them).

Afterwards the project holds every claim unit exactly once, and the store's PushedTask rows name
exactly the server's tasks. Runs on a dedicated server (killing the shared one would break other
tests); each restart on the existing data folder costs ~10 s.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
import uuid
from collections import Counter

import pytest
from faults import kill_server
from paused_runs import PausedRun
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
CLAIMS = 2500  # 10 runs record at most 2,150 of them, and 300 are left after each
CHUNK = 50  # tasks per import
AT_MOST = 4  # chunks a run records before its kill: 10 runs use at most 2,000 claims
KINDS = ("server between chunks", "server as a chunk goes", "push between import and record")


def _pushed(db: str) -> int:
    conn = sqlite3.connect(db.removeprefix("sqlite:///"), timeout=30)
    try:
        return int(conn.execute("SELECT count(*) FROM pushedtask").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        conn.close()


def test_killed_during_push_ten_times(use_dedicated, dedicated_ls):
    rng = random.Random(SEED)
    db = use_dedicated
    ids = add_claims(CLAIMS)
    name = f"kill-push-{uuid.uuid4().hex[:8]}"
    code = (
        "from annotator.labelstudio.client import Backend\n"
        "Backend.backoff = 0.05  # fail fast once the server is gone\n"
        "from annotator.labelstudio.push import push\n"
        f"push({name!r}, chunk_size={CHUNK})\n"
    )
    orphans: Counter[str] = Counter()  # tasks imported by Label Studio, not recorded, per kind
    unrecorded = 0
    started = time.monotonic()
    for k in range(KILLS):
        kind = KINDS[k % len(KINDS)]
        to_import = len(ids) - _pushed(db) - unrecorded  # the last round's orphans get adopted
        n = rng.randint(1, AT_MOST)
        assert to_import >= (n + 2) * CHUNK  # two chunks or more after the pause
        if kind == "server between chunks":
            run = PausedRun(code, f"push.recorded:{n}")
            assert run.wait_paused() == f"paused push.recorded {n}"
            kill_server(dedicated_ls.home)
        elif kind == "server as a chunk goes":
            run = PausedRun(code, f"push.recorded:{n},{n + 1}")
            assert run.wait_paused() == f"paused push.recorded {n}"
            run.go()
            kill_server(dedicated_ls.home)
        else:
            run = PausedRun(code, f"push.imported:{n}")
            assert run.wait_paused() == f"paused push.imported {n}"
            os.kill(run.proc.pid, signal.SIGKILL)
        returncode, _, err = run.finish()
        assert returncode != 0, f"round {k} ({kind}): the push finished\n{err[-1500:]}"
        if kind.startswith("server"):
            assert "not reachable" in err or "BackendUnavailable" in err, err[-1500:]
            server.start(timeout=300)  # same home, same data folder
        store.reset_engines()
        unrecorded = len(Backend.connect().task_refs(_ls_id(name))) - _pushed(db)
        orphans[kind] += unrecorded
        expect = {"server between chunks": {0}, "push between import and record": {CHUNK}}
        assert unrecorded in expect.get(kind, range(CHUNK + 1)), (k, kind, unrecorded)

    final = push(name, chunk_size=CHUNK)
    backend = Backend.connect()
    counts = Counter(ref.claim_id for ref in backend.task_refs(final.ls_project_id))
    with store.session() as s:
        rows = s.exec(select(PushedTask)).all()
    duplicates = sum(n - 1 for n in counts.values() if n > 1)
    missing = len(set(ids) - set(counts))
    kinds = dict(Counter(KINDS[k % len(KINDS)] for k in range(KILLS)))
    figure = (
        f"FIGURE kill-during-push: {KILLS} kills mid-push {kinds}, "
        f"{len(ids)} claims, {sum(counts.values())} tasks, {duplicates} duplicates, "
        f"{missing} missing, task(s) orphaned by kills and adopted {dict(orphans)}, "
        f"{time.monotonic() - started:.0f} s"
    )
    print(figure)
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
