"""The project's own store: SQLite by default, any SQLAlchemy URL (PostgreSQL) by `ANNOTATOR_DB`.

Migrations are small ordered functions (`m001_initial`, ...), recorded in `schemamigration`.
They are frozen once released: `m001_initial` builds the tables of the first release from the
models, so any later change to the schema is a new, additive migration (`m002_...`) that an older
store gets in place; since a fresh store already has the change through m001, each step must be
idempotent (`IF NOT EXISTS`, or inspect first). tests/hardening/test_migrations.py fingerprints
the models so that a change without a migration fails. Migrating an existing store first makes a backup: on SQLite a consistent copy
`<db>.bak-v<N>` (N = the version it had), on PostgreSQL all pending steps run in one transaction
(DDL is transactional there), under an advisory lock. A store newer than this code is refused.

Concurrent writers: `write_lock(s)` at the start of a session serializes the read-then-write
transactions of pull/push (PostgreSQL: `pg_advisory_xact_lock`; SQLite: `BEGIN IMMEDIATE`, which
waits up to the busy timeout instead of failing when another writer committed since the read).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session, SQLModel, create_engine, select

from annotator import config
from annotator.errors import AnnotatorError
from annotator.store import models
from annotator.store.sqlite_wal import use_wal


def m001_initial(conn: Connection) -> None:
    """All tables of the first release."""
    SQLModel.metadata.create_all(conn)


def m002_query_indexes(conn: Connection) -> None:
    """Indexes for the dataset and push reads (not declared on the models: m001 stays as released).

    - annotation (project_id, claim_id, id): a dataset's votes, read per project in claim order;
    - claimunit (document_id, start, id): push reads every claim unit in document order.
    """
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_annotation_project_claim "
        "ON annotation (project_id, claim_id, id)"
    )
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_claimunit_document_start "
        "ON claimunit (document_id, start, id)"
    )


def _add_columns(conn: Connection, table: str, columns: dict[str, str]) -> None:
    """`ALTER TABLE table ADD COLUMN name ddl` for each column the table does not have yet."""
    have = {c["name"] for c in inspect(conn).get_columns(table)}
    for name, ddl in columns.items():
        if name not in have:
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {name} {ddl}")


def m003_attribution_spans(conn: Connection) -> None:
    """Document offsets of a claim unit's speaker mention and reported content."""
    _add_columns(
        conn,
        "claimunit",
        {n: "INTEGER" for n in ("speaker_start", "speaker_end", "content_start", "content_end")},
    )


def m004_claim_context(conn: Connection) -> None:
    """`claimunit.context_start`: the document offset of a claim's context (its paragraph)."""
    _add_columns(conn, "claimunit", {"context_start": "INTEGER"})


def m005_language(conn: Connection) -> None:
    """A `lang` column (ISO 639-1) on document, post and claimunit, indexed on claimunit."""
    for table in ("document", "post", "claimunit"):
        _add_columns(conn, table, {"lang": "VARCHAR"})
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_claimunit_lang ON claimunit (lang)")


def m006_collections(conn: Connection) -> None:
    """Named collections of claim units, and the selection a project was pushed with."""
    for table in ("collection", "collectionitem"):
        SQLModel.metadata.tables[table].create(conn, checkfirst=True)
    _add_columns(conn, "project", {"scope": "JSON"})


def m007_frozen_dataset_rows(conn: Connection) -> None:
    """`datasetclaim`: the claim rows each dataset version froze; filled for existing versions
    from the claims as they are now (the best an older store can give)."""
    models.DatasetClaim.__table__.create(conn, checkfirst=True)  # type: ignore[attr-defined]
    if _has_dataset_versions(conn):  # else nothing to fill (a fresh store: pyarrow not imported)
        from annotator.datasets.frozen import backfill

        backfill(conn)


def m008_splitter_version(conn: Connection) -> None:
    """The splitter version of documents and claim units, and the `stale` flag of a claim unit
    that a re-split no longer finds (kept, with its labels)."""
    _add_columns(conn, "document", {"splitter_version": "VARCHAR"})
    _add_columns(
        conn,
        "claimunit",
        {"splitter_version": "VARCHAR", "stale": "BOOLEAN NOT NULL DEFAULT false"},
    )


def m010_frozen_sampling(conn: Connection) -> None:
    """`datasetsampling`: how the sampled collections of a version's project were drawn, frozen
    with the version; filled for existing versions from the collections as they are now (the
    best an older store can give)."""
    models.DatasetSampling.__table__.create(conn, checkfirst=True)  # type: ignore[attr-defined]
    if _has_dataset_versions(conn):
        from annotator.split.sample import backfill_sampling

        backfill_sampling(conn)


def _has_dataset_versions(conn: Connection) -> bool:
    """Whether any dataset version is stored (the backfills of m007 and m010 have work)."""
    table = models.DatasetVersion.__table__  # type: ignore[attr-defined]
    return conn.execute(select(table.c.id).limit(1)).first() is not None


# Ordered by number. A migration's version is the number in its name (`m008_...` is 8), so
# numbers assigned to parallel work may land in any order: a store gets every step it lacks.
MIGRATIONS: list[Callable[[Connection], None]] = [
    m001_initial,
    m002_query_indexes,
    m003_attribution_spans,
    m004_claim_context,
    m005_language,
    m006_collections,
    m007_frozen_dataset_rows,
    m008_splitter_version,
    m010_frozen_sampling,
]
BUSY_TIMEOUT_MS = 30_000


def migration_number(step: Callable[[Connection], None]) -> int:
    return int(step.__name__[1:4])


LATEST = max(migration_number(m) for m in MIGRATIONS)

_engines: dict[str, Engine] = {}


def redact_url(url: str) -> str:
    """The URL with any password replaced by ***."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return "<database url>"


def engine(url: str | None = None) -> Engine:
    """The (cached, migrated) engine for `url` or the configured store."""
    url = url or config.database_url()
    if url in _engines:
        return _engines[url]
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AnnotatorError(
                f"cannot create the store folder ({exc.strerror})", path=str(path.parent)
            ) from None
        eng = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(eng, "connect", _sqlite_pragmas)
        _sqlite_plain_adapters()
    else:
        eng = create_engine(url, pool_pre_ping=True)
    try:
        migrate(eng)
    except OperationalError as exc:
        eng.dispose()
        raise AnnotatorError(
            f"cannot open the store {redact_url(url)}: {_first_line(exc)}"
        ) from None
    _engines[url] = eng
    return eng


SQLITE_PAGE_SIZE = 16_384  # bytes a page of a store created here (SQLite's default: 4096)


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    """Per connection: busy timeout, foreign keys, WAL (`sqlite_wal.use_wal`).

    `SQLITE_PAGE_SIZE` only takes effect on a file with no page yet (a new store; set before WAL
    mode writes its first page) and is a no-op on an existing one: fewer, larger pages to write
    and checkpoint in bulk writes (split, load, recluster), the same rows."""
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute(f"PRAGMA page_size={SQLITE_PAGE_SIZE}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()
    use_wal(dbapi_conn, BUSY_TIMEOUT_MS / 1000)  # the switch runs no busy handler: retried


def _sqlite_plain_adapters() -> None:
    """Register `sqlite3` adapters for None and bool that give what the driver binds without
    them (NULL; 0 or 1). CPython 3.11's `sqlite3` looks up an adapter for every parameter that is
    not exactly an int, float, str or bytearray; finding none, it asks the protocol type for
    `__adapt__`, which raises and formats an AttributeError each time (~3,300 instructions a
    value, ~8 values a claim row in a split's bulk insert, one a row in its cluster update).
    Registered, the lookup finds them at once. Process-wide, and the same values everywhere.
    Both are C callables (a Python function costs a frame a value: ~4.5 Nones a claim row)."""
    sqlite3.register_adapter(type(None), _NULL)
    sqlite3.register_adapter(bool, int)


_NULL = {None: None}.get  # None -> None


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def applied_versions(conn: Connection) -> set[int]:
    if not inspect(conn).has_table("schemamigration"):
        return set()
    return set(conn.execute(select(models.SchemaMigration.version)).scalars().all())


def current_version(conn: Connection) -> int:
    return max(applied_versions(conn), default=0)


def _pending(applied: set[int]) -> list[Callable[[Connection], None]]:
    return [m for m in MIGRATIONS if migration_number(m) not in applied]


def migrate(eng: Engine) -> int:
    """Apply pending migrations in one transaction; return the store's version.

    An existing SQLite store is copied to `<db>.bak-v<N>` first (see the module docstring).
    """
    if eng.dialect.name == "sqlite":
        with eng.connect() as conn:
            applied = applied_versions(conn)
        if applied and _pending(applied):
            _backup_sqlite(eng, max(applied))
    with eng.begin() as conn:
        if eng.dialect.name == "postgresql":
            # one migrator at a time across processes
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(727274)")
        elif eng.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # one migrator at a time; waits when busy
        applied = applied_versions(conn)
        version = max(applied, default=0)
        if version > LATEST:
            raise AnnotatorError(
                f"the store {redact_url(str(eng.url))} has schema version {version}, newer than this "
                f"annotator ({LATEST}); upgrade annotator"
            )
        for step in MIGRATIONS if not applied else _pending(applied):
            step(conn)
            conn.execute(
                models.SchemaMigration.__table__.insert().values(  # type: ignore[attr-defined]
                    version=migration_number(step), name=step.__name__, applied_at=models.utcnow()
                )
            )
        return max(version, LATEST)


def backup_path(db_file: str | Path, version: int) -> Path:
    """Where a SQLite store at schema `version` is copied before it is migrated."""
    return Path(f"{db_file}.bak-v{version}")


def _backup_sqlite(eng: Engine, version: int) -> None:
    """A consistent copy of the store (WAL included) through SQLite's backup API.

    Taken before the migration's write lock (SQLite cannot back up a database from inside a
    write transaction); a store migrated meanwhile by another process is simply current then.
    """
    db_file = eng.url.database
    if not db_file or db_file == ":memory:":
        return
    target = backup_path(db_file, version)
    try:
        source = sqlite3.connect(db_file, timeout=BUSY_TIMEOUT_MS / 1000)
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
    except sqlite3.Error as exc:
        raise AnnotatorError(
            f"cannot back up the store before migrating it from version {version} ({exc}); "
            "nothing was changed",
            path=str(target),
        ) from None


def write_lock(s: Session, name: str = "store") -> None:
    """Serialize this session's transaction with other writers taking the same lock.

    Call it first in the session. PostgreSQL: a transaction-scoped advisory lock on `name`
    (released at commit or rollback). SQLite: `BEGIN IMMEDIATE` (one writer per database file;
    waits up to the busy timeout, then the session reports a retryable "store is busy").
    """
    conn = s.connection()
    dialect = conn.dialect.name
    if dialect == "postgresql":
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big") >> 1
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({key})")
    elif dialect == "sqlite":
        raw = conn.connection.dbapi_connection
        if isinstance(raw, sqlite3.Connection) and not raw.in_transaction:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def session(url: str | None = None) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    with Session(engine(url), expire_on_commit=False) as s:
        try:
            yield s
            s.commit()
        except OperationalError as exc:
            s.rollback()
            if "locked" in str(exc).lower():
                raise AnnotatorError(
                    "the store is busy (database is locked); retry in a moment"
                ) from None
            raise AnnotatorError(f"store error: {_first_line(exc)}") from None
        except SQLAlchemyError:
            s.rollback()
            raise
        except BaseException:
            s.rollback()
            raise


def reset_engines() -> None:
    """Forget cached engines (tests switch ANNOTATOR_HOME / ANNOTATOR_DB)."""
    for eng in _engines.values():
        eng.dispose()
    _engines.clear()
