"""A SQLite store switches to WAL even while another connection holds a lock on the new file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.store.sqlite_wal import use_wal


def _mode(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def test_the_switch_waits_for_a_lock_the_bare_pragma_fails_on(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    holder = sqlite3.connect(path, timeout=0, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")  # a second process writing the new file's first pages
    holder.execute("INSERT INTO t VALUES (1)")
    opener = sqlite3.connect(path, timeout=30, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        opener.execute("PRAGMA journal_mode=WAL")  # at once: no busy handler for the switch
    pauses: list[float] = []

    def pause(seconds: float) -> None:  # the holder commits while the opener waits
        pauses.append(seconds)
        if len(pauses) == 2:
            holder.execute("COMMIT")

    use_wal(opener, budget_s=30, pause=pause)
    assert len(pauses) == 2 and pauses[1] > pauses[0]
    opener.close()
    holder.close()
    assert _mode(path) == "wal"


def test_a_store_in_wal_mode_takes_no_lock_to_open(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    with sqlite3.connect(path) as first:
        use_wal(first, budget_s=1)
    holder = sqlite3.connect(path, timeout=0, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a writer at work: WAL lets the next one open
    holder.execute("CREATE TABLE t (x)")
    opener = sqlite3.connect(path, timeout=0, isolation_level=None)
    use_wal(opener, budget_s=0, pause=lambda s: pytest.fail("no wait expected"))
    opener.close()
    holder.execute("COMMIT")
    holder.close()
    assert _mode(path) == "wal"


def test_a_lock_held_past_the_budget_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "held.db"
    holder = sqlite3.connect(path, timeout=0, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO t VALUES (1)")
    opener = sqlite3.connect(path, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        use_wal(opener, budget_s=0.05, pause=lambda s: None)
    opener.close()
    holder.execute("ROLLBACK")
    holder.close()
    assert _mode(path) != "wal"
