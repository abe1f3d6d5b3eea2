"""Run a command in a session of its own and end the whole session with it.

    python tests/session_reaper.py COMMAND ...

This process leads a new session, runs COMMAND in it and, when COMMAND exits or this process gets
SIGTERM (the test run that started it ended: it is tied by `annotator.parent_death`), kills every
process left in the session, SIGTERM first, SIGKILL after a grace period. A process group is not
enough for Ray: its workers and actors leave `ray start`'s process group (a detached actor
outlives a killed cluster), but not its session. Orphans are reparented to this process (a
child subreaper), which reaps them.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

PR_SET_CHILD_SUBREAPER = 36  # <linux/prctl.h>
GRACE = 5.0  # Ray's `ray start` ignores SIGTERM for ~20 s: no need to wait for it


def _members(sid: int) -> Iterator[int]:
    """The running processes of session `sid` other than this one (zombies have ended)."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                state, _ppid, _pgrp, session = fh.read().rsplit(") ", 1)[1].split()[:4]
        except (OSError, IndexError, ValueError):
            continue
        if int(session) == sid and state != "Z":
            yield int(entry)


def _reap() -> None:
    """Collect every child that has exited (orphans of the session included)."""
    while True:
        try:
            if os.waitpid(-1, os.WNOHANG)[0] == 0:
                return
        except ChildProcessError:
            return


def kill_session(sid: int, grace: float = GRACE) -> None:
    """SIGTERM every process of session `sid`; SIGKILL those left after `grace` seconds."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10.0)):
        for pid in _members(sid):
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            _reap()
            if next(_members(sid), None) is None:
                return
            time.sleep(0.1)  # polling the exits


def main(argv: list[str]) -> int:
    if os.getsid(0) != os.getpid():
        os.setsid()
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    signal.signal(signal.SIGTERM, _stop)
    try:
        return subprocess.Popen(argv).wait()
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        kill_session(os.getpid())


def _stop(signum: int, frame: object) -> None:
    """SIGTERM: stop waiting for the command (once: a second one must not stop the kill)."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
