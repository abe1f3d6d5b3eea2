"""credentials.json under concurrent writers: no lost entry, mode 0600 (issue 11)."""

from __future__ import annotations

import multiprocessing
import os
import stat
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest

from annotator.labelstudio import accounts, credentials

N = 20


def _add_entries(home: str, tag: str) -> None:
    os.environ["ANNOTATOR_HOME"] = home
    for i in range(N):
        with credentials.update() as data:
            data.setdefault("annotators", {})[f"{tag}-{i}@example.org"] = {"user_id": i}


def test_concurrent_updates_from_two_processes_lose_nothing(annotator_home: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_add_entries, args=(str(annotator_home), t)) for t in "ab"]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    names = set(credentials.load()["annotators"])
    assert names == {f"{t}-{i}@example.org" for t in "ab" for i in range(N)}
    path = credentials.path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.with_name(".credentials.json.lock").stat().st_mode) == 0o600
    assert not list(path.parent.glob(".credentials.json.*.tmp"))  # no temporary file left


def test_update_that_raises_writes_nothing(annotator_home: Path) -> None:
    credentials.save({"url": "http://127.0.0.1:1"})
    with pytest.raises(RuntimeError), credentials.update() as data:
        data["url"] = "changed"
        raise RuntimeError("stop")
    assert credentials.load() == {"url": "http://127.0.0.1:1"}


@pytest.mark.labelstudio
def test_two_concurrent_annotators_add_keep_both(ls_home: Path) -> None:
    """Two `annotator annotators add` processes at once against the real Label Studio."""
    emails = [[f"lock{k}-{uuid.uuid4().hex[:8]}@example.org" for k in range(2)] for _ in "ab"]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    cmd = [sys.executable, "-c", "from annotator.cli import entrypoint; entrypoint()"]
    cmd += ["annotators", "add"]
    procs = [subprocess.Popen(cmd + pair, env=env, stdout=subprocess.PIPE) for pair in emails]
    for p in procs:
        p.communicate(timeout=300)
        assert p.returncode == 0
    stored = credentials.load()["annotators"]
    for email in sum(emails, []):
        assert stored[email]["token"] and stored[email]["user_id"]
    assert {a["email"] for a in accounts.list_annotators()} >= set(sum(emails, []))
    assert stat.S_IMODE(credentials.path().stat().st_mode) == 0o600


def test_threads_share_the_lock(annotator_home: Path) -> None:
    threads = [threading.Thread(target=_add_entries, args=(str(annotator_home), t)) for t in "xy"]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(credentials.load()["annotators"]) == 2 * N
