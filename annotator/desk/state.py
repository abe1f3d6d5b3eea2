"""The desk's own state: `ANNOTATOR_HOME/desk.db`, a SQLite file created with mode 0600.

It holds what only the desk needs, never labels (Label Studio stays the store of record):

- `settings`: the session-signing key;
- `users`: desk logins (email, argon2 password hash);
- `invites`: one-time invitation tokens (SHA-256 of the token, never the token);
- `projects`: per project, the queue seed and the label fields whose suggestion is shown;
- `members`: who labels which project (inactive after `desk reassign`);
- `assignment`: one row per (project, annotator, task): queue position, state (`open`,
  `pending` from the moment a submission is claimed until Label Studio holds it, `done`,
  `skipped`), the Label Studio annotation id, the lead time, the fields whose suggestion was
  visible, a skip reason;
- `submission`: one row per claimed (project, annotator, task) while it is `pending`: what to
  send (`payload`), when the last POST whose outcome is unknown started (`posted`), attempts.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annotator.config import ensure_home, home

FILENAME = "desk.db"

SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
    email TEXT PRIMARY KEY, pw_hash TEXT, created REAL NOT NULL DEFAULT (unixepoch()));
CREATE TABLE IF NOT EXISTS invites (
    token_hash TEXT PRIMARY KEY, email TEXT NOT NULL, project TEXT NOT NULL,
    expires REAL NOT NULL, used INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS projects (
    name TEXT PRIMARY KEY, seed INTEGER NOT NULL DEFAULT 0, suggest TEXT NOT NULL DEFAULT '[]');
CREATE TABLE IF NOT EXISTS members (
    project TEXT NOT NULL, email TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (project, email));
CREATE TABLE IF NOT EXISTS assignment (
    project TEXT NOT NULL, email TEXT NOT NULL, task_id INTEGER NOT NULL, pos INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'open', annotation_id INTEGER, lead_time REAL,
    suggested TEXT, reason TEXT, updated REAL,
    PRIMARY KEY (project, email, task_id));
CREATE INDEX IF NOT EXISTS ix_assignment_queue ON assignment (project, email, state, pos);
CREATE INDEX IF NOT EXISTS ix_assignment_task ON assignment (project, task_id);
CREATE TABLE IF NOT EXISTS submission (
    project TEXT NOT NULL, email TEXT NOT NULL, task_id INTEGER NOT NULL, payload TEXT NOT NULL,
    posted REAL, attempts INTEGER NOT NULL DEFAULT 0, created REAL NOT NULL,
    PRIMARY KEY (project, email, task_id));
"""


def path() -> Path:
    return home() / FILENAME


_ready: set[str] = set()


@contextmanager
def db() -> Iterator[sqlite3.Connection]:
    """A connection to desk.db (one transaction, committed on success)."""
    p = path()
    key = str(p)
    if key not in _ready or not p.exists():
        ensure_home()
        if not p.exists():
            os.close(os.open(p, os.O_WRONLY | os.O_CREAT, 0o600))
    conn = sqlite3.connect(p, timeout=30.0, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    try:
        if key not in _ready:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(SCHEMA)
            _ready.add(key)
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute("BEGIN IMMEDIATE")  # a read-then-write never fails to upgrade its lock
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.close()


def secret_key() -> str:
    """The key that signs session cookies (made once, kept in desk.db)."""
    with db() as conn:
        row = conn.execute("SELECT value FROM settings WHERE key='secret'").fetchone()
        if row:
            return str(row[0])
        value = secrets.token_urlsafe(32)
        conn.execute("INSERT INTO settings (key, value) VALUES ('secret', ?)", (value,))
        return value


def ensure_project(conn: sqlite3.Connection, name: str) -> dict[str, Any]:
    conn.execute("INSERT OR IGNORE INTO projects (name) VALUES (?)", (name,))
    row = conn.execute("SELECT seed, suggest FROM projects WHERE name=?", (name,)).fetchone()
    return {"name": name, "seed": int(row["seed"]), "suggest": json.loads(row["suggest"])}


def suggested_fields(project: str) -> list[str]:
    """The label fields whose suggestion annotators see in `project` (none by default)."""
    if not path().exists():
        return []
    with db() as conn:
        row = conn.execute("SELECT suggest FROM projects WHERE name=?", (project,)).fetchone()
    return list(json.loads(row["suggest"])) if row else []


def set_suggested_fields(project: str, fields: list[str]) -> None:
    with db() as conn:
        ensure_project(conn, project)
        conn.execute(
            "UPDATE projects SET suggest=? WHERE name=?", (json.dumps(sorted(set(fields))), project)
        )


def suggestion_visible(project: str) -> dict[int, list[str]]:
    """Label Studio annotation id -> fields whose suggestion the annotator saw (desk only)."""
    if not path().exists():
        return {}
    with db() as conn:
        rows = conn.execute(
            "SELECT annotation_id, suggested FROM assignment "
            "WHERE project=? AND annotation_id IS NOT NULL",
            (project,),
        ).fetchall()
    return {int(r[0]): json.loads(r[1] or "[]") for r in rows}
