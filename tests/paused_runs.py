"""A stage run as a real process that stops at pause points (`annotator.pauses`) on request.

`PausedRun(code, "push.recorded:2")` starts `python -c code`; `wait_paused()` returns once the
process says it is paused there (it cannot go on until `go()` or `finish()`), so a test kills a
server or the process at a moment it knows, with no sleeps and no race.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

from annotator.parent_death import die_with_parent

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = 300.0


class PausedRun:
    def __init__(self, code: str, pause_at: str, *args: str) -> None:
        env = {**os.environ, "PYTHONWARNINGS": "ignore", "ANNOTATOR_PAUSE_AT": pause_at}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, *args],
            env=env,
            cwd=str(REPO),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=die_with_parent(signal.SIGKILL),  # a killed test run takes it along
        )
        self.err_lines: list[str] = []
        self._out: list[str] = []
        self._pauses: queue.Queue[str | None] = queue.Queue()
        self._readers = [
            threading.Thread(target=self._read_err, daemon=True),
            threading.Thread(target=self._read_out, daemon=True),
        ]
        for t in self._readers:
            t.start()

    def _read_err(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.err_lines.append(line)
            if line.startswith("paused "):
                self._pauses.put(line.strip())
        self._pauses.put(None)  # end of output: the process is gone

    def _read_out(self) -> None:
        assert self.proc.stdout is not None
        self._out.extend(self.proc.stdout)

    def wait_paused(self) -> str:
        """Block until the process reports its next pause; returns `paused POINT N`."""
        try:
            line = self._pauses.get(timeout=TIMEOUT)
        except queue.Empty:
            raise AssertionError(
                f"no pause within {TIMEOUT:.0f} s:\n{self.stderr[-2000:]}"
            ) from None
        if line is None:
            self.proc.wait(timeout=TIMEOUT)
            raise AssertionError(
                f"the process ended (exit {self.proc.returncode}) before pausing:\n"
                f"{self.stderr[-2000:]}"
            )
        return line

    def go(self) -> None:
        """Let a paused process go on to its next pause."""
        assert self.proc.stdin is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()

    def finish(self) -> tuple[int, str, str]:
        """Let it run to the end (no more pauses); returns (exit code, stdout, stderr)."""
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.close()
        except BrokenPipeError:  # it is dead already (killed)
            pass
        code = self.proc.wait(timeout=TIMEOUT)
        for t in self._readers:
            t.join(timeout=TIMEOUT)
        return code, "".join(self._out), self.stderr

    @property
    def stderr(self) -> str:
        return "".join(self.err_lines)
