"""Put a SQLite store into WAL mode when several processes open it at once.

`PRAGMA journal_mode=WAL` needs exclusive access to convert a file's journal, and SQLite does
not run the busy handler for it: while another connection holds a lock (a second `annotator
split` creating the same new store), it fails at once with "database is locked", whatever the
busy timeout. WAL is a property of the file, so a store already in WAL mode needs no switch and
takes no lock; otherwise the switch is retried, with growing pauses, within the busy timeout.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable


def use_wal(
    conn: sqlite3.Connection, budget_s: float, pause: Callable[[float], None] = time.sleep
) -> None:
    """Switch `conn`'s database to WAL unless it is in WAL already; retry while it is locked."""
    cur = conn.cursor()
    try:
        if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
            return
        deadline = time.monotonic() + budget_s
        wait = 0.005
        while True:
            try:
                mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc).lower() or time.monotonic() + wait > deadline:
                    raise
                mode = None
            if mode is not None and mode.lower() == "wal":
                return
            if mode is not None and mode.lower() == "memory":
                return  # an in-memory database has no WAL; it keeps its journal
            if time.monotonic() + wait > deadline:
                raise sqlite3.OperationalError("database is locked")
            pause(wait)  # another connection holds a lock: it may be the one converting
            wait = min(wait * 2, 0.25)
    finally:
        cur.close()
