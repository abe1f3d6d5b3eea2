"""Child processes that die with the process that starts them (Linux's parent-death signal).

`annotator server start` leaves Label Studio running detached, on purpose. The test suite sets
`TIE_SERVERS`, so every server its tests start (`labelstudio.server.start`, `desk.service.start`)
gets a signal from the kernel when `pytest` ends, however it ends (SIGKILL included), instead of
running on and slowing the next run.

The kernel sends the signal when the *thread* that forked the child ends, not the process: a
child is tied only when started from the main thread, whose end is the process's end.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
TIE_SERVERS = False  # set by the test suite (tests/conftest.py)


def die_with_parent(sig: int = signal.SIGTERM) -> Callable[[], None] | None:
    """A `preexec_fn` that makes the child get `sig` when this process ends; None where that
    cannot be done (not Linux, or not the main thread)."""
    if not sys.platform.startswith("linux"):
        return None
    if threading.current_thread() is not threading.main_thread():
        return None  # the signal would come when this thread ends, not the process
    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up here, not in the forked child
    parent = os.getpid()

    def tie() -> None:
        if prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
        if os.getppid() != parent:  # the parent ended before the tie was made
            os.kill(os.getpid(), sig)

    return tie


def server_preexec(sig: int = signal.SIGTERM) -> Callable[[], None] | None:
    """`preexec_fn` for a server `annotator` starts: tied when `TIE_SERVERS` is set, else None
    (the server outlives the command that started it)."""
    return die_with_parent(sig) if TIE_SERVERS else None


@contextmanager
def detached() -> Iterator[None]:
    """Servers started inside the block outlive this process even when `TIE_SERVERS` is set."""
    global TIE_SERVERS
    saved, TIE_SERVERS = TIE_SERVERS, False
    try:
        yield
    finally:
        TIE_SERVERS = saved
