"""A store whose schema is older than the code is migrated in place, data kept, with a backup.

The store is really built at version 1: only `m001_initial` runs (as the first release did), so it
lacks what `m002_query_indexes` adds. Opening it with the current code migrates it to LATEST; on
SQLite a copy `<db>.bak-v1` is made first, on PostgreSQL the steps run in one transaction.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text
from sqlmodel import select

from annotator import store
from annotator.errors import AnnotatorError
from annotator.ids import content_hash
from annotator.store import database as store_db
from annotator.store.models import ClaimUnit, Document, SchemaMigration, Source

pytestmark = pytest.mark.hardening

M002_INDEXES = {"ix_annotation_project_claim", "ix_claimunit_document_start"}
LANG_TABLES = ("document", "post", "claimunit")


def _indexes(url: str) -> set[str]:
    eng = store.engine(url)
    with eng.connect() as conn:
        insp = inspect(conn)
        return {i["name"] for t in ("annotation", "claimunit") for i in insp.get_indexes(t)}


def _build_v1(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store as the first release left it: m001 only, version 1, with some data."""
    with monkeypatch.context() as m:
        m.setattr(store_db, "MIGRATIONS", store.MIGRATIONS[:1])
        m.setattr(store_db, "LATEST", 1)
        store.reset_engines()
        with store.session(url) as s:
            s.add(Source(id="s1", name="Example Times"))
            s.add(Document(id="d1", source_id="s1", text="Officials said 12 people left."))
            s.add(ClaimUnit(id="c1", document_id="d1", text="12 people left", start=15, end=29))
        assert not M002_INDEXES & _indexes(url)
        with store.engine(url).begin() as conn:  # the first release had no language columns
            conn.exec_driver_sql("DROP INDEX ix_claimunit_lang")
            for table in LANG_TABLES:
                conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN lang")
    store.reset_engines()


def _check_migrated(url: str) -> None:
    with store.session(url) as s:
        versions = s.exec(select(SchemaMigration.version)).all()
        claim = s.get(ClaimUnit, "c1")
    assert sorted(versions) == [store.database.migration_number(m) for m in store.MIGRATIONS]
    assert claim is not None and claim.text == "12 people left" and claim.end == 29
    assert M002_INDEXES <= _indexes(url) and "ix_claimunit_lang" in _indexes(url)
    with store.engine(url).connect() as conn:
        for table in LANG_TABLES:
            assert "lang" in {c["name"] for c in inspect(conn).get_columns(table)}


def test_sqlite_v1_store_is_migrated_in_place_with_a_backup(annotator_home, monkeypatch):
    db = annotator_home / "annotator.db"
    url = f"sqlite:///{db}"
    _build_v1(url, monkeypatch)
    backup = store.backup_path(db, 1)
    assert not backup.exists()

    _check_migrated(url)
    assert backup.exists()
    conn = sqlite3.connect(backup)
    try:  # the backup is the v1 store, complete and readable
        assert conn.execute("SELECT max(version) FROM schemamigration").fetchone()[0] == 1
        assert conn.execute("SELECT text FROM claimunit").fetchall() == [("12 people left",)]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    print(
        f"FIGURE migrate-sqlite: v1 -> v{store.LATEST} in place, data kept, "
        f"backup {backup.name} ({backup.stat().st_size} bytes)"
    )
    # already current: nothing to do, no new backup
    store.reset_engines()
    store.engine(url)
    assert sorted(p.name for p in Path(db).parent.glob("*.bak-v*")) == [backup.name]


def test_postgres_v1_store_is_migrated_in_a_transaction(pg_url, monkeypatch):
    _build_v1(pg_url, monkeypatch)
    _check_migrated(pg_url)
    print(f"FIGURE migrate-postgres: v1 -> v{store.LATEST} in one transaction, data kept")


def test_failed_migration_leaves_the_store_at_its_version(db_url, monkeypatch):
    """A step that fails midway rolls back everything: version and schema stay at 1."""
    _build_v1(db_url, monkeypatch)

    def m003_broken(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("CREATE INDEX ix_broken ON claimunit (text)")
        raise RuntimeError("disk full")

    monkeypatch.setattr(store_db, "MIGRATIONS", [*store.MIGRATIONS, m003_broken])
    monkeypatch.setattr(store_db, "LATEST", len(store_db.MIGRATIONS))
    with pytest.raises(RuntimeError, match="disk full"):
        store.engine(db_url)
    monkeypatch.undo()
    store.reset_engines()
    eng = store.engine(db_url)  # the real code migrates it now
    with eng.connect() as conn:
        assert conn.execute(text("SELECT max(version) FROM schemamigration")).scalar() == (
            store.LATEST
        )
        names = {i["name"] for i in inspect(conn).get_indexes("claimunit")}
    assert "ix_broken" not in names


def test_m008_adds_splitter_version_and_stale_to_an_older_store(db_url, monkeypatch):
    """A store from before m008 (columns dropped as they were missing then) gets them, data kept."""
    from sqlalchemy import create_engine

    _build_v1(db_url, monkeypatch)
    raw = create_engine(db_url)
    with raw.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE claimunit DROP COLUMN stale")
        conn.exec_driver_sql("ALTER TABLE claimunit DROP COLUMN splitter_version")
        conn.exec_driver_sql("ALTER TABLE document DROP COLUMN splitter_version")
    raw.dispose()
    with store.session(db_url) as s:
        claim = s.get(ClaimUnit, "c1")
        assert claim is not None and claim.stale is False and claim.splitter_version is None
        assert claim.text == "12 people left"
        doc = s.get(Document, "d1")
        assert doc is not None and doc.splitter_version is None


def test_migrations_assigned_to_parallel_work_land_in_any_order(db_url, monkeypatch):
    """A store that got m008 before m003 landed still gets m003 (numbers come from names), and
    m003 adds the attribution span columns (dropped here as they were missing then)."""
    from sqlalchemy import create_engine

    spans = ("speaker_start", "speaker_end", "content_start", "content_end")
    without = [m for m in store.MIGRATIONS if m is not store_db.m003_attribution_spans]
    with monkeypatch.context() as m:
        m.setattr(store_db, "MIGRATIONS", without)
        store.reset_engines()
        store.engine(db_url)
    store.reset_engines()
    raw = create_engine(db_url)
    with raw.begin() as conn:
        for col in spans:
            conn.exec_driver_sql(f"ALTER TABLE claimunit DROP COLUMN {col}")
        versions = conn.execute(text("SELECT version FROM schemamigration")).scalars().all()
    raw.dispose()
    assert 8 in versions and 3 not in versions
    with store.engine(db_url).connect() as conn:
        versions = conn.execute(text("SELECT version FROM schemamigration")).scalars().all()
        cols = {c["name"] for c in inspect(conn).get_columns("claimunit")}
    assert 3 in versions and sorted(versions) == sorted(set(versions))
    assert set(spans) <= cols


def test_m010_freezes_the_sampling_of_versions_built_before_it(db_url, monkeypatch):
    """A version built before m010 gets its project's sampling record frozen by the migration,
    from the collections as they are then; a later re-sample no longer reaches it."""

    from annotator.split.sample import frozen_sampling
    from annotator.store.models import Collection, Dataset, DatasetVersion, Project

    drawn = {"method": "checkworthiness", "seed": 7, "n": 2}
    without = [m for m in store.MIGRATIONS if m is not store_db.m010_frozen_sampling]
    with monkeypatch.context() as m:
        m.setattr(store_db, "MIGRATIONS", without)
        store.reset_engines()
        with store.session(db_url) as s:
            s.add(Collection(name="w1", meta={"sample": drawn}))
            s.add(
                Project(
                    name="p",
                    backend_url="http://ls",
                    ls_project_id=1,
                    schema_name="default",
                    schema_hash="h",
                    scope={"collections": ["w1"]},
                )
            )
            s.add(Dataset(name="gold"))
            s.flush()
            for n, project in ((1, "p"), (2, None)):
                s.add(
                    DatasetVersion(
                        dataset="gold",
                        version=n,
                        hash=f"h{n}",
                        project=project,
                        method="majority",
                        schema_hash="h",
                        tool_version="0",
                    )
                )
    store.reset_engines()
    with store.session(db_url) as s:
        ids = {v.version: v.id for v in s.exec(select(DatasetVersion))}
        got = {n: frozen_sampling(s, vid) for n, vid in ids.items()}
        assert got == {1: [{"collection": "w1", **drawn}], 2: []}
        coll = s.get(Collection, "w1")
        assert coll is not None
        coll.meta = {"sample": {**drawn, "seed": 8}}  # re-sampled after the version
        s.add(coll)
    with store.session(db_url) as s:
        assert frozen_sampling(s, ids[1]) == [{"collection": "w1", **drawn}]
        with pytest.raises(Exception, match="immutable"):  # noqa: B017 - sqlite or psycopg
            s.exec(text("UPDATE datasetsampling SET sampling = NULL"))  # type: ignore[call-overload]


def test_m006_adds_collections_to_a_store_without_them_even_before_m003(db_url):
    """Migration numbers are handed out to parallel work: a store that lacks m006's tables
    and column gets them, whichever lower numbers exist yet, and keeps its data."""
    store.engine(db_url)
    with store.engine(db_url).begin() as conn:  # the store as a release before m006 left it
        conn.execute(text("DROP TABLE collectionitem"))
        conn.execute(text("DROP TABLE collection"))
        conn.execute(text("ALTER TABLE project DROP COLUMN scope"))
        conn.execute(text("DELETE FROM schemamigration WHERE version = 6"))
        conn.execute(
            text("INSERT INTO source (id, name, kind) VALUES ('s1', 'Example Times', 'news')")
        )
    store.reset_engines()
    eng = store.engine(db_url)
    with eng.connect() as conn:
        insp = inspect(conn)
        assert insp.has_table("collection") and insp.has_table("collectionitem")
        assert "scope" in {c["name"] for c in insp.get_columns("project")}
        assert 6 in {r[0] for r in conn.execute(text("SELECT version FROM schemamigration"))}
        assert conn.execute(text("SELECT name FROM source")).scalar() == "Example Times"


def test_newer_store_is_refused_with_a_clear_message(db_url):
    store.engine(db_url)
    with store.engine(db_url).begin() as conn:
        conn.execute(
            text(
                "INSERT INTO schemamigration (version, name, applied_at) "
                "VALUES (:v, 'm_future', CURRENT_TIMESTAMP)"
            ),
            {"v": store.LATEST + 1},
        )
    store.reset_engines()
    with pytest.raises(AnnotatorError) as info:
        store.engine(db_url)
    assert f"schema version {store.LATEST + 1}, newer than this annotator" in str(info.value)
    assert "upgrade annotator" in str(info.value)


# The models as `m001_initial` builds them. A change here means a schema change: write an
# additive, idempotent `m00N_...` in annotator/store.py (an old store needs it; a fresh one already
# has the change through m001), then update this fingerprint.
M001_FINGERPRINT = "1417537d2b6db3dd"


def _fingerprint() -> tuple[str, list[Any]]:
    from sqlmodel import SQLModel

    tables = []
    for t in sorted(SQLModel.metadata.tables.values(), key=lambda t: t.name):
        cols = [[c.name, str(c.type), bool(c.nullable), bool(c.primary_key)] for c in t.columns]
        indexes = sorted(str(i.name) for i in t.indexes)
        constraints = sorted(str(c.name) for c in t.constraints if c.name)
        tables.append([t.name, cols, indexes, constraints])
    return content_hash(tables)[:16], tables


def test_model_changes_come_with_a_migration():
    fingerprint, tables = _fingerprint()
    assert fingerprint == M001_FINGERPRINT, (
        "the table models changed: add an additive migration to annotator/store.py "
        f"(m{store.LATEST + 1:03d}_...), then set M001_FINGERPRINT = {fingerprint!r}"
    )
    assert len(tables) == 19
