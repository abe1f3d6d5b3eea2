"""Killed during pull, 10 times (seeded random moments): afterwards the store holds every
annotation and every revision exactly once.

Kills alternate between the pull process itself (SIGKILL mid-transaction: no rollback handler
runs) and the Label Studio server (restarted on the same data folder). Between rounds some
already-pulled annotations are edited once each, and more annotated tasks arrive, so every round
has work to be interrupted and revisions to record. The reference: every (annotation, 1) the
server holds, plus (annotation, 2) for each edited one.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from collections import Counter

import pytest
from faults import (
    VALUES,
    annotated_project,
    kill_server,
    run_script,
    server_annotations,
    store_rows,
)

from annotator import store
from annotator.labelstudio import server
from annotator.labelstudio.client import Backend
from annotator.labelstudio.pull import pull
from annotator.schema import load_schema

pytestmark = pytest.mark.hardening

KILLS = 10
SEED = 20260612
FIRST_TASKS = 1500
MORE_TASKS = 300  # arriving before each round
EDITS = 10  # already-pulled annotations edited before each round
PAGE = 10  # tasks per store transaction: many commits for a kill to land between (or in)


def _revisions(db: str) -> int:
    conn = sqlite3.connect(db.removeprefix("sqlite:///"), timeout=30)
    try:
        return int(conn.execute("SELECT count(*) FROM annotationrevision").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def _pulled_unedited(db: str, edited: set[int]) -> list[int]:
    conn = sqlite3.connect(db.removeprefix("sqlite:///"), timeout=30)
    try:
        rows = conn.execute("SELECT ls_annotation_id FROM annotation WHERE revision = 1").fetchall()
    finally:
        conn.close()
    return sorted({int(r[0]) for r in rows} - edited)


def test_killed_during_pull_ten_times(use_dedicated, dedicated_ls):
    rng = random.Random(SEED)
    db = use_dedicated
    backend = Backend.connect()
    name, ls_id = annotated_project(backend, FIRST_TASKS)
    edit = load_schema().result_for({**VALUES, "credibility": "4"})
    script = (
        "import annotator.labelstudio.client as b\n"
        "b.Backend.backoff = 0.05  # fail fast once the server is gone\n"
        "b.PAGE_SIZE = 100  # several reads per pull, so a server kill lands between two\n"
        "from annotator.labelstudio.pull import pull\n"
        f"pull({name!r}, page_size={PAGE})\n"
    )
    edited: set[int] = set()
    mid_pull = {"pull process": 0, "Label Studio": 0}  # kills while the pull was running
    failed = 0  # pulls the kill interrupted (a pull that already read everything may finish)
    started = time.monotonic()
    for k in range(KILLS):
        if k:
            annotated_project(backend, MORE_TASKS, into=(name, ls_id))
            for aid in rng.sample(_pulled_unedited(db, edited), EDITS):
                backend.update_annotation(aid, edit)
                edited.add(aid)
        target = "pull process" if k % 2 == 0 else "Label Studio"
        before = _revisions(db)
        proc = run_script(script)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and _revisions(db) <= before:
            time.sleep(0.02)  # wait for this run's first committed page...
        time.sleep(rng.uniform(0.0, 0.4))  # ...then kill at a seeded random moment
        running = proc.poll() is None
        if target == "pull process":
            os.kill(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=60)
        else:
            kill_server(dedicated_ls.home)
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0 or "not reachable" in err, err[-1500:]
            server.start(timeout=300)
            store.reset_engines()
            backend = Backend.connect()
        if running:
            mid_pull[target] += 1
            failed += proc.returncode != 0

    final = pull(name, page_size=PAGE)
    on_server = server_annotations(backend, ls_id)
    anns, revs = store_rows(db)
    expected = {(aid, 1) for aid in on_server} | {(aid, 2) for aid in edited}
    duplicates = len(anns) - len(set(anns)) + sum(n - 1 for n in Counter(revs).values())
    missing = len(expected - set(revs)) + len(set(on_server) - set(anns))
    extra = len(set(revs) - expected)
    figure = (
        f"FIGURE kill-during-pull: {KILLS} kills ({mid_pull['pull process']} of the pull process, "
        f"{mid_pull['Label Studio']} of Label Studio, mid-pull; {failed} pulls interrupted), "
        f"{len(on_server)} annotations, "
        f"{len(expected)} revisions ({len(edited)} edits), {duplicates} duplicates, "
        f"{missing} missing, {extra} unexpected, {time.monotonic() - started:.0f} s"
    )
    print(figure)
    assert sum(mid_pull.values()) == KILLS and failed >= KILLS // 2, figure
    assert (duplicates, missing, extra) == (0, 0, 0), figure
    assert final.total == len(on_server)
    conn = sqlite3.connect(db.removeprefix("sqlite:///"))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
