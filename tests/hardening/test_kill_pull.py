"""Killed during pull, 10 times at seeded points: afterwards the store holds every annotation
and every revision exactly once.

Each run stops at a pause point (`annotator.pauses`) at a seeded page, so every kill surely lands
mid-pull, with no sleeps. The rounds take turns: the pull process SIGKILLed inside a page's
transaction (rows written, write lock held, nothing committed: no rollback handler runs), Label
Studio killed while the pull waits after a committed page, the pull process killed between two
pages, and Label Studio killed just after the pull is let go on (it cannot pass the next page
until the kill is done). Label Studio restarts on the same data folder. Between rounds some
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
    server_annotations,
    store_rows,
)
from paused_runs import PausedRun

from annotator import store
from annotator.labelstudio import server
from annotator.labelstudio.client import Backend
from annotator.labelstudio.pull import pull
from annotator.schema import load_schema

pytestmark = pytest.mark.hardening

KILLS = 10
SEED = 20260612
FIRST_TASKS = 1500
MORE_TASKS = 300  # arriving before each round: 30 pages or more to pull in every round
EDITS = 10  # already-pulled annotations edited before each round
PAGE = 10  # tasks per store transaction
AT_MOST = 20  # pages a run commits before its kill
KINDS = (
    "pull process in a transaction",
    "Label Studio between pages",
    "pull process between pages",
    "Label Studio as a page goes",
)


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
    code = (
        "import annotator.labelstudio.client as b\n"
        "b.Backend.backoff = 0.05  # fail fast once the server is gone\n"
        "b.PAGE_SIZE = 100  # several reads per pull, so a server kill lands between two\n"
        "from annotator.labelstudio.pull import pull\n"
        f"pull({name!r}, page_size={PAGE})\n"
    )
    edited: set[int] = set()
    kills: Counter[str] = Counter()
    started = time.monotonic()
    for k in range(KILLS):
        if k:
            annotated_project(backend, MORE_TASKS, into=(name, ls_id))
            for aid in rng.sample(_pulled_unedited(db, edited), EDITS):
                backend.update_annotation(aid, edit)
                edited.add(aid)
        kind = KINDS[k % len(KINDS)]
        n = rng.randint(1, AT_MOST)
        if kind == "pull process in a transaction":
            run = PausedRun(code, f"pull.applied:{n}")
            assert run.wait_paused() == f"paused pull.applied {n}"
            committed = _revisions(db)  # the open transaction's rows are not visible
            os.kill(run.proc.pid, signal.SIGKILL)
        elif kind == "pull process between pages":
            run = PausedRun(code, f"pull.page:{n}")
            assert run.wait_paused() == f"paused pull.page {n}"
            os.kill(run.proc.pid, signal.SIGKILL)
        elif kind == "Label Studio between pages":
            run = PausedRun(code, f"pull.page:{n}")
            assert run.wait_paused() == f"paused pull.page {n}"
            kill_server(dedicated_ls.home)
        else:
            run = PausedRun(code, f"pull.page:{n},{n + 1}")
            assert run.wait_paused() == f"paused pull.page {n}"
            run.go()
            kill_server(dedicated_ls.home)
        returncode, _, err = run.finish()
        assert returncode != 0, f"round {k} ({kind}): the pull finished\n{err[-1500:]}"
        if kind == "pull process in a transaction":
            assert _revisions(db) == committed  # the killed transaction left nothing behind
        if kind.startswith("Label Studio"):
            assert "not reachable" in err, err[-1500:]
            server.start(timeout=300)
            store.reset_engines()
            backend = Backend.connect()
        kills[kind] += 1

    final = pull(name, page_size=PAGE)
    on_server = server_annotations(backend, ls_id)
    anns, revs = store_rows(db)
    expected = {(aid, 1) for aid in on_server} | {(aid, 2) for aid in edited}
    duplicates = len(anns) - len(set(anns)) + sum(n - 1 for n in Counter(revs).values())
    missing = len(expected - set(revs)) + len(set(on_server) - set(anns))
    extra = len(set(revs) - expected)
    figure = (
        f"FIGURE kill-during-pull: {KILLS} kills mid-pull {dict(kills)}, "
        f"{len(on_server)} annotations, "
        f"{len(expected)} revisions ({len(edited)} edits), {duplicates} duplicates, "
        f"{missing} missing, {extra} unexpected, {time.monotonic() - started:.0f} s"
    )
    print(figure)
    assert (duplicates, missing, extra) == (0, 0, 0), figure
    assert final.total == len(on_server)
    conn = sqlite3.connect(db.removeprefix("sqlite:///"))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
