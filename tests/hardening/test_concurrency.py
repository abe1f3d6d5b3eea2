"""Two pulls, and a pull and a push, at the same time, as real processes, on SQLite and PostgreSQL.

The runs surely overlap: each stops at a pause point (`annotator.pauses`: a pull after its first
committed page, a push after its first import, before recording it) and none goes on until all
are stopped there, so they are all mid-way at once; then they go on together. The result equals a
single run: every annotation and revision exactly once, the concurrent pulls' `new` counts add up
to what one pull would report, nothing lost. A busy SQLite store waits (or says "retry"), and is
never corrupt.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter
from typing import Any

import pytest
from faults import VALUES, annotated_project, server_annotations, store_rows
from paused_runs import PausedRun
from sqlmodel import select
from synthetic_claims import add_claims

from annotator import store
from annotator.schema import load_schema
from annotator.store.models import ClaimUnit, PushedTask

pytestmark = pytest.mark.hardening

TASKS = 1500
EDITS = 40
NEW_CLAIMS = 600
BUSY = "Error: the store is busy (database is locked); retry in a moment"


# `annotator <cmd>` as a user runs it, but with store pages of a few tasks so that two
# processes interleave page by page (with the default 1,000 they rarely overlap at all).
CLI = (
    "import sys, annotator.labelstudio.pull as p; p.pull.__kwdefaults__['page_size'] = {page}; "
    "from annotator.cli import main; sys.exit(main(sys.argv[1:]))"
)
PAGE = 5
PAUSE = {"pull": "pull.page:1", "push": "push.imported:1"}  # where each stops until all have


def _together(*commands: list[str], overlap: bool = True) -> list[dict[str, Any]]:
    """Run the commands at once; with `overlap`, all surely mid-way together (each must reach
    its pause point). A busy store may ask for one retry."""
    code = CLI.format(page=PAGE)
    pauses = [PAUSE[cmd[0]] if overlap else "" for cmd in commands]
    runs = [
        PausedRun(code, p, *cmd, "--format", "json")
        for p, cmd in zip(pauses, commands, strict=True)
    ]
    try:
        for run, pause in zip(runs, pauses, strict=True):
            if pause:
                assert run.wait_paused() == "paused " + pause.replace(":", " ")
    except BaseException:
        for run in runs:
            run.proc.kill()
        raise
    for run in runs:  # every run is stopped mid-way: now they all go on
        run.go()
    out = []
    for cmd, run in zip(commands, runs, strict=True):
        code_, stdout, stderr = run.finish()
        errors = [line for line in stderr.splitlines() if not line.startswith("paused ")]
        if code_ == 1 and errors == [BUSY]:  # the documented, retryable error
            code_, stdout, stderr = PausedRun(code, "", *cmd, "--format", "json").finish()
        assert code_ == 0, f"{cmd}: exit {code_}\n{stderr[-2000:]}"
        out.append(json.loads(stdout))
    return out


def _check_store(url: str, expected: set[tuple[int, int]], on_server: set[int]) -> None:
    anns, revs = store_rows(url)
    assert len(anns) == len(set(anns)), "an annotation stored twice"
    assert set(anns) == on_server
    assert [r for r, n in Counter(revs).items() if n > 1] == [], "a revision stored twice"
    assert set(revs) == expected, "a revision lost or invented"


def test_concurrent_pulls_and_push_equal_a_single_run(db_url, ls_home, ls_backend):
    started = time.monotonic()
    name, ls_id = annotated_project(ls_backend, TASKS)
    on_server = set(server_annotations(ls_backend, ls_id))
    pull = ["pull", "--project", name]

    # 1. two pulls of everything at once: together they do what one would
    first = _together(pull, pull)
    assert sum(p["new"] for p in first) == len(on_server)
    expected = {(aid, 1) for aid in on_server}
    _check_store(db_url, expected, on_server)

    # 2. edits, then two pulls at once: each edit is one revision 2, exactly once
    result = load_schema().result_for({**VALUES, "credibility": "4"})
    edited = sorted(on_server)[:: max(1, len(on_server) // EDITS)][:EDITS]
    for aid in edited:
        ls_backend.update_annotation(aid, result)
    second = _together(pull, pull)
    assert sum(p["updated"] for p in second) == len(edited)
    assert all(p["new"] == 0 for p in second)
    expected |= {(aid, 2) for aid in edited}
    _check_store(db_url, expected, on_server)

    # 3. a push of new claims and a pull at once (one more edit: the pull surely has a page to
    # pull); then both again settle everything
    with store.session(db_url) as s:
        before = len(s.exec(select(ClaimUnit.id)).all())
    add_claims(NEW_CLAIMS)
    one_more = max(set(on_server) - set(edited))
    ls_backend.update_annotation(one_more, result)
    expected.add((one_more, 2))
    _together(["push", "--project", name], pull)
    settle = _together(["push", "--project", name], pull, overlap=False)  # nothing left to push
    assert settle[0]["created"] == 0
    _check_store(db_url, expected, on_server)
    with store.session(db_url) as s:
        pushed = s.exec(select(PushedTask.claim_id, PushedTask.ls_task_id)).all()
    refs = ls_backend.task_refs(ls_id)
    assert len(pushed) == before + NEW_CLAIMS == len({c for c, _ in pushed})
    assert {t for _, t in pushed} <= {r.id for r in refs}
    assert Counter(r.claim_id for r in refs).most_common(1)[0][1] == 1

    integrity = "n/a"
    if db_url.startswith("sqlite"):
        conn = sqlite3.connect(db_url.removeprefix("sqlite:///"))
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
        assert integrity == "ok"
    dialect = db_url.split(":", 1)[0].split("+")[0]
    print(
        f"FIGURE concurrency-{dialect}: 2 pulls x2 + push||pull, {len(on_server)} annotations, "
        f"{len(expected)} revisions, new {[p['new'] for p in first]}, "
        f"updated {[p['updated'] for p in second]}, 0 duplicates, 0 lost, "
        f"integrity {integrity}, {time.monotonic() - started:.0f} s"
    )
