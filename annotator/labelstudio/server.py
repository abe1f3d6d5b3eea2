"""The local Label Studio: start, stop and status of the server process.

The server runs detached (its own session; a test run ties it to itself:
`annotator.parent_death`) on loopback, with its data under
`ANNOTATOR_HOME/labelstudio/`, its output in `ANNOTATOR_HOME/labelstudio.log` and its pid in
`ANNOTATOR_HOME/labelstudio.pid`. Analytics and Sentry are off; signup needs the organization's
invite link. Logins, tokens and annotator accounts are `annotator.labelstudio.accounts`.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx

from annotator.config import ensure_home, home
from annotator.errors import AnnotatorError, BackendError, BackendUnavailable
from annotator.labelstudio import credentials
from annotator.parent_death import server_preexec

DEFAULT_PORT = 8085
ADMIN_EMAIL = "admin@annotator.local"
START_TIMEOUT = 600.0  # the first start migrates a new database: ~1 min idle, several under load


@dataclass
class ServerInfo:
    url: str
    pid: int | None
    admin_email: str
    admin_password: str = field(repr=False)
    log: str = ""
    database: str = "sqlite"
    reused: bool = False  # True when the server was already running

    def public(self) -> dict[str, Any]:
        """What `annotator server start --format json` prints (the password, never a token)."""
        return {
            "url": self.url,
            "pid": self.pid,
            "email": self.admin_email,
            "password": self.admin_password,
            "database": self.database,
            "log": self.log,
            "already_running": self.reused,
        }


# --- paths and process helpers ------------------------------------------------------------


def data_dir() -> Path:
    return home() / "labelstudio"


def log_path() -> Path:
    return home() / "labelstudio.log"


def pid_path() -> Path:
    return home() / "labelstudio.pid"


def label_studio_binary() -> str:
    """`label-studio` next to this Python, else on PATH, else `ANNOTATOR_LABEL_STUDIO`."""
    beside = Path(sys.executable).parent / "label-studio"
    if beside.exists():
        return str(beside)
    found = shutil.which("label-studio")
    if found:
        return found
    env = os.environ.get("ANNOTATOR_LABEL_STUDIO")
    if env and Path(env).exists():
        return env
    raise AnnotatorError(
        "Label Studio is not installed; install it with `pip install 'annotator[server]'` "
        "(pip >= 26: `python -m pip install --upgrade pip` first) "
        "or set ANNOTATOR_LABEL_STUDIO to its executable"
    )


def _port(port: int | None, stored: dict[str, Any]) -> int:
    if port:
        return int(port)
    env = os.environ.get("ANNOTATOR_LS_PORT")
    if env:
        try:
            return int(env)
        except ValueError:
            raise AnnotatorError(f"ANNOTATOR_LS_PORT must be a port number, not {env!r}") from None
    return int(stored.get("port") or DEFAULT_PORT)


def _read_pid() -> int | None:
    try:
        pid = int(pid_path().read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    return pid if _alive(pid) else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a reused pid is not our server
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True
    try:
        with open(f"/proc/{pid}/stat") as fh:
            if fh.read().split(") ", 1)[1].startswith("Z"):
                return False  # zombie: exited, not yet reaped
    except (OSError, IndexError):
        pass
    return b"label-studio" in cmdline or b"label_studio" in cmdline


def health(url: str, timeout: float = 2.0) -> bool:
    try:
        r = httpx.get(f"{url}/health", timeout=timeout)
    except httpx.HTTPError:
        return False
    return r.status_code == 200


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _db_env(db_url: str | None) -> tuple[dict[str, str], str]:
    if not db_url:
        return {"DJANGO_DB": "sqlite"}, "sqlite"
    parts = urlsplit(db_url)
    scheme = parts.scheme.split("+")[0]
    if scheme not in ("postgresql", "postgres") or not parts.path.strip("/"):
        raise AnnotatorError(
            "--db must look like postgresql://USER:PASSWORD@HOST:PORT/DBNAME "
            f"(got {credentials.redact(db_url)})"
        )
    env = {
        "DJANGO_DB": "default",
        "POSTGRE_NAME": unquote(parts.path.strip("/")),
        "POSTGRE_USER": unquote(parts.username or "postgres"),
        "POSTGRE_PASSWORD": unquote(parts.password or ""),
        "POSTGRE_HOST": parts.hostname or "127.0.0.1",
        "POSTGRE_PORT": str(parts.port or 5432),
    }
    return env, "postgresql"


# --- start / stop / status ------------------------------------------------------------------


def start(
    port: int | None = None, db_url: str | None = None, timeout: float | None = None
) -> ServerInfo:
    """Start the local Label Studio (or return the running one) and make sure we hold a PAT."""
    from annotator.labelstudio.accounts import ensure_admin_token

    ensure_home()
    creds = credentials.load()
    pid = _read_pid()
    if pid is not None and not (creds.get("admin") or {}).get("token"):
        stop()  # an earlier first start never finished: start again so the admin gets created
        pid = None
    if pid is not None:
        url = creds.get("url") or f"http://127.0.0.1:{_port(port, creds)}"
        _wait_healthy(url, pid, timeout)
        ensure_admin_token(creds)
        return _info(creds, pid, reused=True)

    port = _port(port, creds)
    url = f"http://127.0.0.1:{port}"
    if not _port_free(port):
        raise AnnotatorError(
            f"port {port} on 127.0.0.1 is already in use by another program; "
            "choose another with --port or ANNOTATOR_LS_PORT"
        )
    db_url = db_url or creds.get("db_url")
    db_env, database = _db_env(db_url)
    binary = label_studio_binary()

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LABEL_STUDIO_", "POSTGRE_"))}
    env.update(db_env)
    env.update(
        LABEL_STUDIO_BASE_DATA_DIR=str(data_dir()),
        COLLECT_ANALYTICS="false",
        SENTRY_DSN="",
        FRONTEND_SENTRY_DSN="",
        DISABLE_SIGNUP_WITHOUT_LINK="true",
        PYTHONWARNINGS="ignore",
    )
    admin = creds.get("admin") or {}
    if not admin.get("password"):
        admin = {"email": ADMIN_EMAIL, "password": secrets.token_urlsafe(18)}
    if not admin.get("token"):
        # Until we hold its token, ask Label Studio to create the account (it skips an existing
        # one), so a first start interrupted before the account existed can simply be rerun.
        # Passed by env, so the password is not in `ps`.
        env["LABEL_STUDIO_USERNAME"] = admin["email"]
        env["LABEL_STUDIO_PASSWORD"] = admin["password"]
    env["SECRET_KEY"] = key = credentials.signing_key(creds, data_dir())
    fields = dict(url=url, port=port, db_url=db_url, admin=admin, database=database)
    fields["signing_key"] = key
    creds.update(fields)
    with credentials.update() as stored:
        stored.update(fields)

    cmd = [
        binary, "start", "--no-browser",
        "--internal-host", "127.0.0.1", "--port", str(port), "--host", url,
    ]  # fmt: skip
    data_dir().mkdir(parents=True, exist_ok=True)
    with open(log_path(), "ab") as log:
        log.write(f"\n--- annotator: starting Label Studio on {url} ({database}) ---\n".encode())
        log.flush()
        proc = subprocess.Popen(
            cmd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=str(home()),
            preexec_fn=server_preexec(),  # None: detached; in tests: dies with the test run
        )
    pid_path().write_text(f"{proc.pid}\n")
    try:
        _wait_healthy(url, proc.pid, timeout, proc=proc)
    except AnnotatorError:
        if proc.poll() is None:
            _kill(proc.pid)
        pid_path().unlink(missing_ok=True)
        raise
    ensure_admin_token(creds)
    return _info(creds, proc.pid, reused=False)


def _wait_healthy(
    url: str, pid: int, timeout: float | None, proc: subprocess.Popen[bytes] | None = None
) -> None:
    limit = timeout or float(os.environ.get("ANNOTATOR_LS_START_TIMEOUT") or START_TIMEOUT)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if health(url):
            return
        exited = proc.poll() is not None if proc is not None else not _alive(pid)
        if exited:
            raise BackendUnavailable(
                f"Label Studio exited while starting; see {log_path()} for the reason"
            )
        time.sleep(0.5)
    raise BackendUnavailable(
        f"Label Studio did not answer on {url} within {limit:.0f} s; see {log_path()}"
    )


def _info(creds: dict[str, Any], pid: int | None, reused: bool) -> ServerInfo:
    admin = creds.get("admin") or {}
    return ServerInfo(
        url=creds["url"],
        pid=pid,
        admin_email=admin.get("email", ""),
        admin_password=admin.get("password", ""),
        log=str(log_path()),
        database=creds.get("database", "sqlite"),
        reused=reused,
    )


def _kill(pid: int, grace: float = 20.0) -> None:
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    except PermissionError:
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not _alive(pid):
            break
        time.sleep(0.2)
    else:
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    try:  # reap it if it is our child
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def stop() -> bool:
    """Stop the local server; False when it was not running."""
    pid = _read_pid()
    pid_path().unlink(missing_ok=True)
    if pid is None:
        return False
    _kill(pid)
    return True


def status() -> dict[str, Any]:
    """`running`, `url`, `version` (from /api/version) and `pid` of the local server."""
    creds = credentials.load()
    url = creds.get("url") or f"http://127.0.0.1:{_port(None, creds)}"
    pid = _read_pid()
    out: dict[str, Any] = {"running": False, "url": url, "version": None, "pid": pid}
    if pid is None or not health(url):
        return out
    out["running"] = True
    token = (creds.get("admin") or {}).get("token")
    if token:
        from annotator.labelstudio.client import Backend

        try:
            out["version"] = Backend(url, token).version()
        except BackendError:
            pass
    return out
