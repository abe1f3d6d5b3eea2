"""The claim units' cluster id index and their other secondary indexes (`LATER`), left out
while a split writes into a store holding no claim unit yet and built once by the clustering
after the writes.

Each claim is written with a cluster of its own (a hash of its id), so every insert puts an
entry at a random place of the index; the first split's clustering then changes most rows
(SQLite drops and rebuilds the index around its update, PostgreSQL every secondary index:
`storing._update_by_rowid`, `storing._pg_rebuilding_indexes`). `defer_cluster_index` drops
it before the first claims go in (under the split's write lock, in the batch's transaction);
`ensure_cluster_index` builds it when it is missing, at the end of every recluster (so also
after a split that stopped before its clustering: the next split or `annotator recluster`).
Until then cluster reads scan the table; the stored rows are the same. The indexes on each
claim's document, post and language go alike: one sort each after the writes instead of an
entry per claim (10 MB of the bench corpus: SQLite, the parent replayed, -2.8% instructions;
PostgreSQL, the claims' COPY 0.90-1.00 -> 0.61-0.70 server CPU s, the builds after the
clustering as before, when its update dropped and rebuilt them).
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
LATER = {  # the other secondary indexes of claimunit (their columns), as the schema makes them
    "ix_claimunit_post_id": "post_id",
    "ix_claimunit_document_id": "document_id",
    "ix_claimunit_lang": "lang",
    "ix_claimunit_document_start": "document_id, start, id",
}
LATER_SQL = {name: f"CREATE INDEX {name} ON claimunit ({cols})" for name, cols in LATER.items()}


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
    """Drop the cluster id index and `LATER`, each as the schema makes it, when no claim unit is
    stored (see the module docstring). PostgreSQL: all or none (a reader holds the table)."""
    dialect = conn.dialect.name
    if dialect not in ("sqlite", "postgresql") or not is_model_index(index_sql(conn), dialect):
        return
    if conn.exec_driver_sql("SELECT 1 FROM claimunit LIMIT 1").first() is not None:
        return
    if dialect == "sqlite":
        conn.exec_driver_sql(f"DROP INDEX {CLUSTER_INDEX}")
        for name, sql in LATER_SQL.items():
            if index_sql(conn, name) == sql:
                conn.exec_driver_sql(f"DROP INDEX {name}")
        return
    savepoint = conn.begin_nested()  # PostgreSQL: the table to itself until the commit
    try:
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{PG_DROP_LOCK_TIMEOUT}'")
        conn.exec_driver_sql(f'DROP INDEX "{CLUSTER_INDEX}"')
        for name, cols in LATER.items():
            sql = index_sql(conn, name) or ""  # as `PG_CLUSTER_INDEX_TAIL`: any schema
            tail = f"claimunit USING btree ({cols})"
            if sql.startswith(f"CREATE INDEX {name} ON ") and sql.endswith(tail):
                conn.exec_driver_sql(f'DROP INDEX "{name}"')
        conn.exec_driver_sql("SET LOCAL lock_timeout = DEFAULT")
        savepoint.commit()
    except DBAPIError:
        savepoint.rollback()  # a reader holds the table, or the role may not drop it


def ensure_cluster_index(conn: Connection) -> None:
    """Build the cluster id index and those of `LATER` that have none by their names."""
    dialect = conn.dialect.name
    if dialect not in ("sqlite", "postgresql"):
        return
    if index_sql(conn) is None:
        if dialect == "sqlite":
            conn.exec_driver_sql(CLUSTER_INDEX_SQL)
        else:
            conn.execute(CreateIndex(_model_index()))
    build_later_indexes(conn)


def build_later_indexes(conn: Connection) -> None:
    """Build those of `LATER` that are missing (none of them holds the cluster id or the
    conflict flag, so SQLite's clustering update leaves them as they are; PostgreSQL writes a
    new row version, and so an entry in each, for every changed row: built after it there)."""
    for name, sql in LATER_SQL.items():
        if index_sql(conn, name) is None:
            conn.exec_driver_sql(sql)


def _model_index() -> Index:
    table = ClaimUnit.__table__  # type: ignore[attr-defined]
    return next(i for i in table.indexes if i.name == CLUSTER_INDEX)
