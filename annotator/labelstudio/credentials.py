"""The credentials file: `ANNOTATOR_HOME/credentials.json`, mode 0600, never printed.

It holds the local Label Studio's URL, its admin login and personal access token (PAT), and
one entry per annotator account created with `annotator annotators add`:

    {"url": "http://127.0.0.1:8085", "port": 8085, "db_url": null,
     "admin": {"email": ..., "password": ..., "token": ..., "user_id": 1},
     "annotators": {"ann1@example.org": {"password": ..., "token": ..., "user_id": 2}}}

The file is written to a temporary file created with mode 0600 (`mkstemp`, never a chmod after
writing) and renamed over the old one. Read-modify-write goes through `update()`, which holds
an exclusive `flock` on `.credentials.lock` (0600) beside it, so two processes adding
annotators at once both keep their entries. Tokens and passwords must never reach a message, log or
repr: `redact` scrubs every secret known to this file from a string.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import secrets as _secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annotator.config import ensure_home, home
from annotator.errors import AnnotatorError

FILENAME = "credentials.json"
_SECRET_KEYS = ("password", "token", "signing_key")
# JWTs (PATs and access tokens) and 40-hex legacy tokens, wherever they appear.
_TOKENISH = re.compile(
    r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}|\b[0-9a-f]{40}\b"
)
_DB_PASSWORD = re.compile(r"(://[^:/@\s]+:)[^@\s]+@")


def path() -> Path:
    return home() / FILENAME


def load() -> dict[str, Any]:
    """The stored credentials, or `{}` when there are none yet."""
    p = path()
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise AnnotatorError(
            "credentials file is not valid JSON; delete it and run `annotator server start`",
            path=str(p),
        ) from None
    if not isinstance(data, dict):
        raise AnnotatorError("credentials file is not a JSON object", path=str(p))
    return data


def save(data: dict[str, Any]) -> Path:
    """Write `data` atomically; the file is created with mode 0600 and never widened.
    Callers that change what they loaded use `update()` instead (it holds the lock)."""
    ensure_home()
    p = path()
    fd, tmp = tempfile.mkstemp(prefix=f".{FILENAME}.", suffix=".tmp", dir=p.parent)  # 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=True)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return p


@contextmanager
def update() -> Iterator[dict[str, Any]]:
    """Load, let the caller change, and save the credentials under an exclusive file lock
    (nothing is written when the block raises)."""
    ensure_home()
    lock = os.open(path().with_name(f".{FILENAME}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        data = load()
        yield data
        save(data)
    finally:
        os.close(lock)  # closing the descriptor releases the lock


def signing_key(data: dict[str, Any], data_dir: Path) -> str:
    """The key Label Studio signs its tokens with, the same at every start (kept in `data`).

    Label Studio stores a generated key in its data folder's `.env`, but django-environ reads a
    value that starts with "$" as a reference to another variable: with such a key (1 in 50)
    Label Studio signs with a new random key at every start and every token stops working after
    a restart. So the key lives in the credentials file and is passed by environment; a usable
    key already in `.env` is adopted, so tokens issued before keep working.
    """
    key = data.get("signing_key")
    if not key:
        env_file = data_dir / ".env"
        lines = env_file.read_text(encoding="utf-8").splitlines() if env_file.exists() else []
        found = [ln.split("=", 1)[1].strip() for ln in lines if ln.startswith("SECRET_KEY=")]
        key = found[0] if found and found[0] and not found[0].startswith("$") else None
        data["signing_key"] = key = key or _secrets.token_urlsafe(48)
    return str(key)


def secrets(data: dict[str, Any] | None = None) -> list[str]:
    """Every password and token in the credentials (for redaction)."""
    data = load() if data is None else data
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in _SECRET_KEYS and isinstance(value, str) and value:
                    out.append(value)
                else:
                    walk(value)

    walk(data)
    env_key = os.environ.get("LABEL_STUDIO_API_KEY")
    if env_key:
        out.append(env_key)
    return out


def redact(text: str, extra: list[str] | None = None) -> str:
    """`text` with known secrets, anything token-shaped and database passwords replaced."""
    try:
        known = secrets()
    except AnnotatorError:
        known = []
    for secret in sorted(set(known + (extra or [])), key=len, reverse=True):
        if len(secret) >= 6:
            text = text.replace(secret, "***")
    text = _TOKENISH.sub("***", text)
    return _DB_PASSWORD.sub(r"\1***@", text)


def resolve(as_user: str | None = None) -> tuple[str, str, str | None]:
    """(URL, token, user) to reach Label Studio with: `LABEL_STUDIO_URL`/`LABEL_STUDIO_API_KEY`
    (a team's server), else the local server's admin; `as_user` is an annotator's own token."""
    env_url = os.environ.get("LABEL_STUDIO_URL")
    env_key = os.environ.get("LABEL_STUDIO_API_KEY")
    creds = load()
    if as_user is not None:
        email = as_user.strip().lower()
        entry = (creds.get("annotators") or {}).get(email)
        if not entry or not entry.get("token"):
            raise AnnotatorError(
                f"no token for annotator {email}; add the account with "
                f"`annotator annotators add {email}`"
            )
        url = env_url or creds.get("url")
        if not url:
            raise AnnotatorError("no Label Studio URL; run `annotator server start`")
        return url, str(entry["token"]), email
    if env_url and env_key:
        return env_url, env_key, None
    if env_url and not env_key:
        raise AnnotatorError(
            "LABEL_STUDIO_URL is set but LABEL_STUDIO_API_KEY is not; create a Personal "
            "Access Token under Account & Settings in Label Studio and set it"
        )
    admin = creds.get("admin") or {}
    if not creds.get("url") or not admin.get("token"):
        raise AnnotatorError(
            "no Label Studio configured: run `annotator server start`, or set "
            "LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY for a team server"
        )
    return str(creds["url"]), str(admin["token"]), admin.get("email")
