"""The store on SQLite and on a real PostgreSQL: migrations, ids, round trips."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from annotator import store
from annotator.errors import AnnotatorError
from annotator.store.models import ClaimUnit, Document, SchemaMigration, Source


def test_migrates_fresh_store(db_url: str) -> None:
    with store.session(db_url) as s:
        versions = s.exec(select(SchemaMigration.version)).all()
    assert sorted(versions) == [store.database.migration_number(m) for m in store.MIGRATIONS]


def test_migration_is_idempotent(db_url: str) -> None:
    store.engine(db_url)
    store.reset_engines()
    eng = store.engine(db_url)
    with eng.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM schemamigration")).scalar() == len(
            store.MIGRATIONS
        )


def test_newer_store_is_refused(db_url: str) -> None:
    eng = store.engine(db_url)
    with eng.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO schemamigration (version, name, applied_at) VALUES (999, 'm999_future', CURRENT_TIMESTAMP)"
            )
        )
    store.reset_engines()
    with pytest.raises(AnnotatorError, match="schema version 999, newer than this annotator"):
        store.engine(db_url)


def test_round_trip_and_rollback(db_url: str) -> None:
    with store.session(db_url) as s:
        s.add(Source(id="s1", name="Arab Press", kind="news"))
        s.add(
            Document(id="d1", source_id="s1", text="Hello “world” 🌍.", boilerplate=[[0, 5, "nav"]])
        )
        s.flush()
        s.add(
            ClaimUnit(
                id="c1", document_id="d1", text="Hello", start=0, end=5, features={"numbers": 0}
            )
        )
    with pytest.raises(RuntimeError):
        with store.session(db_url) as s:
            s.add(ClaimUnit(id="c2", document_id="d1", text="world", start=7, end=12))
            s.flush()
            raise RuntimeError("crash midway")
    with store.session(db_url) as s:
        ids = s.exec(select(ClaimUnit.id)).all()
        doc = s.get(Document, "d1")
    assert ids == ["c1"]
    assert (
        doc is not None and doc.text == "Hello “world” 🌍." and doc.boilerplate == [[0, 5, "nav"]]
    )


def test_unreachable_postgres_is_one_line_error() -> None:
    with pytest.raises(AnnotatorError) as info:
        store.engine("postgresql+psycopg://nobody:secretpw@127.0.0.1:1/none")
    message = str(info.value)
    assert "\n" not in message and "secretpw" not in message and "cannot open the store" in message


def test_new_sqlite_store_has_large_pages(tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    store.engine(f"sqlite:///{db}")
    with store.session(f"sqlite:///{db}") as s:
        s.add(Source(id="s1", name="Harbour Gazette", kind="news"))
    store.reset_engines()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == store.database.SQLITE_PAGE_SIZE
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_existing_sqlite_store_keeps_its_page_size(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA page_size=4096")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE note (body TEXT)")
    conn.commit()
    conn.close()
    store.engine(f"sqlite:///{db}")  # migrated in place: the tables added on 4096-byte pages
    with store.session(f"sqlite:///{db}") as s:
        s.add(Source(id="s1", name="Harbour Gazette", kind="news"))
    store.reset_engines()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT name FROM source").fetchall() == [("Harbour Gazette",)]
    finally:
        conn.close()


def test_sqlite_store_binds_none_and_bool_through_plain_adapters(tmp_path: Path) -> None:
    store.engine(f"sqlite:///{tmp_path / 'a.db'}")  # registers them
    protocol = sqlite3.PrepareProtocol
    assert (type(None), protocol) in sqlite3.adapters and (bool, protocol) in sqlite3.adapters
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE t (a, b, c)")
        conn.executemany("INSERT INTO t VALUES (?, ?, ?)", [(None, True, False), (None, 1, 0)])
        rows = conn.execute("SELECT a, typeof(a), b, typeof(b), c, typeof(c) FROM t").fetchall()
    finally:
        conn.close()
    assert rows == [(None, "null", 1, "integer", 0, "integer")] * 2  # as bound without them
