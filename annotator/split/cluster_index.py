"""The claim units' cluster id index (on SQLite the other secondary indexes, `SQLITE_LATER`),
left out while a split writes into a store holding no claim unit yet and built once by the
clustering after the writes.

Each claim is written with a cluster of its own (a hash of its id), so every insert puts an
entry at a random place of the index; the first split's clustering then changes most rows
(SQLite drops and rebuilds the index around its update, PostgreSQL every secondary index:
`storing._update_by_rowid`, `storing._pg_rebuilding_indexes`). `defer_cluster_index` drops
it before the first claims go in (under the split's write lock, in the batch's transaction);
`ensure_cluster_index` builds it when it is missing, at the end of every recluster (so also
after a split that stopped before its clustering: the next split or `annotator recluster`).
Until then cluster reads scan the table; the stored rows are the same. On SQLite the indexes
on each claim's document, post and language go alike: one sort each after the writes instead of
an entry per claim (10 MB of the bench corpus, the parent replayed: -2.8% instructions);
on PostgreSQL they stay (-0.15 s, in the noise).
"""

from __future__ import annotations

from sqlalchemy import Index
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.schema import CreateIndex

from annotator.store.models import ClaimUnit

CLUSTER_INDEX = "ix_claimunit_cluster_id"
CLUSTER_INDEX_SQL = f"CREATE INDEX {CLUSTER_INDEX} ON claimunit (cluster_id)"  # SQLite's text
PG_CLUSTER_INDEX_TAIL = "claimunit USING btree (cluster_id)"  # of PostgreSQL's definition
PG_DROP_LOCK_TIMEOUT = "2s"  # readers holding the table longer: the index stays
SQLITE_LATER = {  # SQLite: the other secondary indexes of claimunit, as the schema makes them
    "ix_claimunit_post_id": "CREATE INDEX ix_claimunit_post_id ON claimunit (post_id)",
    "ix_claimunit_document_id": "CREATE INDEX ix_claimunit_document_id ON claimunit (document_id)",
    "ix_claimunit_lang": "CREATE INDEX ix_claimunit_lang ON claimunit (lang)",
    "ix_claimunit_document_start": "CREATE INDEX ix_claimunit_document_start "
    "ON claimunit (document_id, start, id)",
}


def index_sql(conn: Connection, name: str = CLUSTER_INDEX) -> str | None:
    """The statement that made this index (SQLite: as written, PostgreSQL: `pg_get_indexdef`),
    None when there is none by this name."""
    if conn.dialect.name == "postgresql":
        found = conn.exec_driver_sql(
            "SELECT pg_get_indexdef(to_regclass(%(n)s))", {"n": name}
        ).scalar()
    else:
        found = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
        ).scalar()
    return None if found is None else str(found)


def is_model_index(sql: str | None, dialect: str) -> bool:
    """The cluster id index as the store's schema makes it (one made otherwise is left alone)."""
    if sql is None:
        return False
    return (
        sql.endswith(PG_CLUSTER_INDEX_TAIL) if dialect == "postgresql" else sql == CLUSTER_INDEX_SQL
    )


def defer_cluster_index(conn: Connection) -> None:
    """Drop the cluster id index (SQLite: and `SQLITE_LATER`, each as the schema makes it) when
    no claim unit is stored (see the module docstring)."""
    dialect = conn.dialect.name
    if dialect not in ("sqlite", "postgresql") or not is_model_index(index_sql(conn), dialect):
        return
    if conn.exec_driver_sql("SELECT 1 FROM claimunit LIMIT 1").first() is not None:
        return
    if dialect == "sqlite":
        conn.exec_driver_sql(f"DROP INDEX {CLUSTER_INDEX}")
        for name, sql in SQLITE_LATER.items():
            if index_sql(conn, name) == sql:
                conn.exec_driver_sql(f"DROP INDEX {name}")
        return
    savepoint = conn.begin_nested()  # PostgreSQL: the table to itself until the commit
    try:
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{PG_DROP_LOCK_TIMEOUT}'")
        conn.exec_driver_sql(f'DROP INDEX "{CLUSTER_INDEX}"')
        conn.exec_driver_sql("SET LOCAL lock_timeout = DEFAULT")
        savepoint.commit()
    except DBAPIError:
        savepoint.rollback()  # a reader holds the table, or the role may not drop it


def ensure_cluster_index(conn: Connection) -> None:
    """Build the cluster id index (SQLite: and `SQLITE_LATER`) when there is none by its name."""
    dialect = conn.dialect.name
    if dialect not in ("sqlite", "postgresql"):
        return
    if index_sql(conn) is None:
        if dialect == "sqlite":
            conn.exec_driver_sql(CLUSTER_INDEX_SQL)
        else:
            conn.execute(CreateIndex(_model_index()))
    if dialect == "sqlite":
        build_later_indexes(conn)


def build_later_indexes(conn: Connection) -> None:
    """SQLite: build those of `SQLITE_LATER` that are missing (none of them holds the cluster
    id or the conflict flag, so the clustering's update leaves them as they are)."""
    for name, sql in SQLITE_LATER.items():
        if index_sql(conn, name) is None:
            conn.exec_driver_sql(sql)


def _model_index() -> Index:
    table = ClaimUnit.__table__  # type: ignore[attr-defined]
    return next(i for i in table.indexes if i.name == CLUSTER_INDEX)
