"""Running the desk: start/stop/status of its uvicorn process, invitations, reassignment.

The server runs detached (its own session) with its pid in `ANNOTATOR_HOME/desk.pid` and its
output in `ANNOTATOR_HOME/desk.log`. It binds 127.0.0.1 unless `--host` says otherwise (a LAN
address, or 0.0.0.0 behind a TLS-terminating reverse proxy; see the README). Invitation links
use the URL it was started on, or `--public-url` when annotators reach it through a proxy.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from annotator.config import ensure_home, home
from annotator.desk import auth, queue, state
from annotator.errors import AnnotatorError
from annotator.parent_death import server_preexec

DEFAULT_PORT = 8090


def pid_path() -> Path:
    return home() / "desk.pid"


def log_path() -> Path:
    return home() / "desk.log"


def _setting(key: str) -> str | None:
    with state.db() as conn:
        row = conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
    return str(row[0]) if row else None


def _set(key: str, value: str) -> None:
    with state.db() as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value=excluded.value",
            (key, value),
        )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (ProcessLookupError, FileNotFoundError):
        return False
    except PermissionError:
        return True
    return b"annotator.desk" in cmd


def _pid() -> int | None:
    try:
        pid = int(pid_path().read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    return pid if _alive(pid) else None


def base_url() -> str:
    return _setting("public_url") or _setting("url") or f"http://127.0.0.1:{DEFAULT_PORT}"


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=2.0).status_code == 200
    except httpx.HTTPError:
        return False


def start(
    host: str = "127.0.0.1", port: int | None = None, public_url: str | None = None
) -> dict[str, Any]:
    """Start the desk (or report the running one); returns url, pid, already_running."""
    ensure_home()
    pid = _pid()
    if pid is not None:
        return {"url": base_url(), "pid": pid, "already_running": True, "log": str(log_path())}
    port = int(port or DEFAULT_PORT)
    state.secret_key()  # create desk.db and the signing key before the server reads them
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
    _set("url", url)
    _set("public_url", public_url.rstrip("/") if public_url else "")
    env = dict(os.environ, ANNOTATOR_HOME=str(home()))
    cmd = [
        sys.executable, "-m", "uvicorn", "annotator.desk.app:create_app", "--factory",
        "--host", host, "--port", str(port), "--no-access-log", "--no-server-header",
        "--proxy-headers", "--forwarded-allow-ips", "127.0.0.1",
    ]  # fmt: skip
    with open(log_path(), "ab") as log:
        proc = subprocess.Popen(
            cmd, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True, cwd=str(home()), preexec_fn=server_preexec(),
        )  # fmt: skip
    pid_path().write_text(f"{proc.pid}\n")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if _healthy(url):
            return {
                "url": base_url(),
                "pid": proc.pid,
                "already_running": False,
                "log": str(log_path()),
            }
        if proc.poll() is not None:
            pid_path().unlink(missing_ok=True)
            raise AnnotatorError(f"the desk exited while starting; see {log_path()}")
        time.sleep(0.2)
    stop()
    raise AnnotatorError(f"the desk did not answer on {url} within 60 s; see {log_path()}")


def stop() -> bool:
    """Stop the desk; False when it was not running."""
    pid = _pid()
    pid_path().unlink(missing_ok=True)
    if pid is None:
        return False
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return True
    for _ in range(100):
        if not _alive(pid):
            break
        time.sleep(0.1)
    else:
        os.killpg(pid, signal.SIGKILL)
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
    return True


def status(project: str | None = None) -> dict[str, Any]:
    """Whether the desk runs, its URL and pid; with `project`, every member's progress."""
    pid = _pid()
    url = base_url()
    out: dict[str, Any] = {"running": pid is not None and _healthy(_setting("url") or url),
                           "url": url, "pid": pid}  # fmt: skip
    if project:
        out["members"] = queue.team_progress(project)
    return out


def invite(email: str, project: str) -> dict[str, Any]:
    """Make sure `email` has a Label Studio account (token kept server-side), add them to
    `project`'s queue, and return a one-time login link."""
    from annotator.labelstudio import accounts

    email = email.strip().lower()
    queue.store_project(project)  # fails early when the project was never pushed
    rows = accounts.add_annotators([email])
    if rows[0]["status"] == "exists-no-credentials":
        raise AnnotatorError(
            f"{email} already has a Label Studio account whose token this machine does not hold"
        )
    queue.add_member(project, email)
    synced = queue.sync(project)
    token = auth.create_invite(email, project)
    return {
        "email": email,
        "project": project,
        "link": f"{base_url()}/invite/{token}",
        "assigned": synced.added + synced.moved,
    }


def reassign(project: str, email: str) -> dict[str, Any]:
    """Take `email` off `project`; their open tasks go to the other members."""
    out = queue.reassign(project, email.strip().lower())
    return {"project": project, "email": email, "freed": out.dropped, "assigned": out.added}
