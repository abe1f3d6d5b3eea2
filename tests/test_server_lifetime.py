"""The servers the test fixtures start die with the test process, however it ends: a process
that starts them as the fixtures do (Label Studio, a Ray cluster) is SIGKILLed, and every
process of both servers is gone soon after (`annotator.parent_death`, `session_reaper.py`)."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from labelstudio_fixtures import LabelStudioInfo
from ray_cluster import temp_dir

from annotator import parent_death

pytestmark = pytest.mark.labelstudio

TESTS = Path(__file__).resolve().parent
STARTED = 600.0  # both servers up (Label Studio migrates nothing here; the machine is shared)
GONE = 120.0  # every process of both servers ended after the kill

# starts both servers with the fixtures' own code and a detached Ray actor (a worker outside
# `ray start`'s process group, as the split's Ray Data actors are), prints their pids, waits
CHILD = """
import os, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import ray
from labelstudio_fixtures import free_port, running_label_studio
from ray_cluster import ray_cluster
from annotator.split.executors.ray import RayExecutor

class Kept:
    def pid(self):
        return os.getpid()

with running_label_studio(Path(sys.argv[2]), free_port(), keep=False) as ls:
    with ray_cluster(Path(sys.argv[3])) as cluster:
        RayExecutor(address=cluster.address)  # connects as the split does
        kept = ray.remote(Kept).options(name="kept", lifetime="detached").remote()
        print("pids", ls.pid, cluster.pid, ray.get(kept.pid.remote()), flush=True)
        sys.stdin.read()
"""


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(state, parent pid, start time) of a process, or None when there is none."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(") ", 1)[1].split()
    except (OSError, IndexError):
        return None
    return fields[0], int(fields[1]), int(fields[19])


def _descendants(root: int) -> dict[int, int]:
    """Every process below `root`: pid -> start time (a pid reused later is another process)."""
    parents: dict[int, int] = {}
    starts: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (st := _stat(int(entry))) is not None:
            parents[int(entry)], starts[int(entry)] = st[1], st[2]
    found: dict[int, int] = {}
    todo = [root]
    while todo:
        parent = todo.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in found:
                found[pid] = starts[pid]
                todo.append(pid)
    return found


def _running(procs: dict[int, int]) -> list[int]:
    """The processes of `procs` still running (a zombie has ended)."""
    return [p for p, start in procs.items() if (st := _stat(p)) and st[2] == start and st[0] != "Z"]


def _pids_line(child: subprocess.Popen[str], lines: queue.Queue[str]) -> None:
    """Put the child's "pids …" line (Ray's raylet writes warnings to the same stdout)."""
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("pids "):
            break
    else:
        line = ""
    lines.put(line)


def _copy_home(src: Path, dst: Path) -> None:
    """Label Studio's home with its migrated database (read through SQLite's backup, since the
    session's server may write to it), so the copy starts in seconds, not minutes."""
    db = Path("labelstudio") / "label_studio.sqlite3"
    ignore = shutil.ignore_patterns("label_studio.sqlite3*", "*.pid", "*.log", "*.lock")
    shutil.copytree(src, dst, ignore=ignore)
    with sqlite3.connect(src / db) as source, sqlite3.connect(dst / db) as target:
        source.backup(target)


def test_servers_die_with_a_killed_test_process(
    label_studio: LabelStudioInfo, tmp_path: Path
) -> None:
    assert parent_death.TIE_SERVERS  # the suite ties the servers it starts
    home = tmp_path / "ls-home"
    _copy_home(label_studio.home, home)
    (tmp_path / "ray").mkdir()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(TESTS), str(home), str(tmp_path / "ray")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=parent_death.die_with_parent(signal.SIGKILL),  # and dies with this run
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_pids_line, args=(child, lines), daemon=True).start()
    try:
        try:
            line = lines.get(timeout=STARTED)
        except queue.Empty:
            line = ""
        assert line.strip(), f"the servers did not start: {child.stderr.read()[-3000:]}"  # type: ignore[union-attr]
        ls_pid, ray_pid, actor_pid = map(int, line.split()[1:])
        servers = _descendants(child.pid)
        ray = _descendants(ray_pid)
        assert ls_pid in servers and ray_pid in servers and actor_pid in ray, (servers, ray)
        assert os.getpgid(actor_pid) != os.getpgid(ray_pid)  # the actor left the group
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=60)
        deadline = time.monotonic() + GONE
        while (left := _running(servers)) and time.monotonic() < deadline:
            time.sleep(0.2)  # polling: the kernel signals them, they take a moment to exit
        print(
            f"FIGURE server lifetime: {len(servers)} server processes (Label Studio, Ray with "
            f"{len(ray)} below its reaper, a detached actor included) after a SIGKILL of their parent: {len(left)} left "
            f"after {time.monotonic() - deadline + GONE:.1f} s"
        )
        assert not left, [Path(f"/proc/{p}/cmdline").read_bytes()[:120] for p in left]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        shutil.rmtree(temp_dir(child.pid), ignore_errors=True)


def test_only_a_tied_start_ties() -> None:
    """`annotator server start` leaves its server detached; a thread other than the main one
    cannot tie (the kernel would signal when that thread ends)."""
    saved = parent_death.TIE_SERVERS
    try:
        parent_death.TIE_SERVERS = False
        assert parent_death.server_preexec() is None
        parent_death.TIE_SERVERS = True
        assert parent_death.server_preexec() is not None
        with parent_death.detached():
            assert parent_death.server_preexec() is None
        assert parent_death.TIE_SERVERS is True
    finally:
        parent_death.TIE_SERVERS = saved
    seen: list[object] = []
    thread = threading.Thread(target=lambda: seen.append(parent_death.die_with_parent()))
    thread.start()
    thread.join()
    assert seen == [None]
