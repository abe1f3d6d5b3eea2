"""Shared helpers of the hostile-input and secrets tests (tests/hardening/test_{fuzz_ingest,
escaping,paths,cli_errors,secrets}.py): the CLI as a real subprocess, hostile strings, tmpfs
mounts, and the checks of "one `Error:` line, non-zero exit, no traceback".
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The `annotator` command installed beside the Python running the tests (any checkout or venv).
ANNOTATOR = Path(sys.executable).parent / "annotator"

# Text that must come out literally everywhere: script tags, entities, both quotes, CDATA end,
# right-to-left marks and a Label Studio variable. `__pwned` / the title change is what a script
# that ran would leave behind.
HOSTILE = (
    "<script>window.__pwned=1;document.title='PWNED'</script>"
    ' Tom & Jerry said "it\'s 5 > 3" ]]> \u202eevil\u202c \u200fשלום $text'
    ' <img src=x onerror="window.__pwned=2">'
)
HOSTILE_LABEL = '<b>Yes</b> & "sure" ]]><script>window.__pwned=3</script>\u202e'

TRACEBACK_MARKERS = ("Traceback (most recent call last)", 'File "', "raise ", "Error:\n")


@dataclass
class Run:
    args: Sequence[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def __str__(self) -> str:
        return (
            f"annotator {' '.join(map(str, self.args))!s} -> exit {self.returncode}\n"
            f"--- stdout\n{self.stdout[-2000:]}\n--- stderr\n{self.stderr[-2000:]}"
        )


def cli_env(home: Path | None, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of a CLI subprocess: a clean copy without Label Studio or debug settings."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY", "ANNOTATOR_DEBUG", "ANNOTATOR_DB")
        and not k.startswith("PYTEST_")
    }
    env["COLUMNS"] = "200"
    env["NO_COLOR"] = "1"
    if home is not None:
        env["ANNOTATOR_HOME"] = str(home)
    env.update(extra or {})
    return env


def run_cli(
    args: Sequence[str],
    *,
    home: Path | None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
    user: str | None = None,
) -> Run:
    """`annotator ARGS` as a user would run it (optionally as another Unix user via setpriv)."""
    cmd = [str(ANNOTATOR), *map(str, args)]
    if user is not None:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
    t0 = time.monotonic()
    proc = subprocess.run(
        cmd,
        env=cli_env(home, env),
        cwd=str(cwd) if cwd else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    return Run(list(args), proc.returncode, proc.stdout, proc.stderr, time.monotonic() - t0)


def one_line_error(run: Run) -> str | None:
    """Why `run` is not "exit != 0, stderr exactly one `Error: ...` line, no traceback"; or None."""
    if run.returncode == 0:
        return "exit 0"
    if any(m in run.stderr or m in run.stdout for m in TRACEBACK_MARKERS[:1]):
        return "traceback"
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    if not lines:
        return "nothing on stderr"
    errors = [line for line in lines if line.startswith("Error:")]
    if not errors:
        return f"stderr does not start with 'Error:' ({lines[0][:120]!r})"
    if len(lines) != 1:
        return f"{len(lines)} lines on stderr"
    return None


@contextmanager
def tmpfs(path: Path, *, size: str = "64k", readonly: bool = False) -> Iterator[Path]:
    """A tmpfs at `path` (tests run as root; a read-only mount stops root, chmod does not)."""
    path.mkdir(parents=True, exist_ok=True)
    opts = f"size={size}" + (",ro" if readonly else "")
    subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(path)], check=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def closed_port() -> int:
    """A loopback port nothing listens on (bound then released)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
