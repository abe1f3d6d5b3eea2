"""The split stage's store side: bulk writes of split documents, clustering (`claim_reads`:
claim reads).

`write_documents(session, items)` writes documents, sources, posts and claim units in bulk,
under the store's write lock `split`, in the caller's transaction: a batch is all-or-nothing.
Documents already stored are found first (under the lock), so the new documents' rows are
written with the driver's bulk path: one SQLite `executemany` of tuples per table, PostgreSQL
`COPY`; sources, which may be stored already, with `INSERT ... ON CONFLICT DO NOTHING`.
`annotator load` and `annotator split` both call it.

`recluster(db_url)` recomputes cluster ids over every stored (not stale) claim and writes only
the rows whose cluster or conflict flag changed (`update_clusters`: one executemany, or on
PostgreSQL a `COPY` and one `UPDATE ... FROM`), under the same lock, in one transaction: two
splits at once cannot interleave a read of the claims with another's writes, so no claim is
left without a cluster.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, SQLModel

from annotator import store
from annotator.split import cluster_index
from annotator.split.bulk_rows import _bulk_insert, _insert_ignore, _rows, _table
from annotator.split.cluster_index import CLUSTER_INDEX, CLUSTER_INDEX_SQL
from annotator.split.identity import adopt_legacy_ids, holds_only
from annotator.split.pgcopy import copy_rows
from annotator.store.models import ClaimUnit, Document, Post, Source

if TYPE_CHECKING:
    from annotator.split.clusters import TextFeatures

LOCK = "split"
SQLITE_CACHE_KIB = 65_536  # SQLite page cache while writing (default 2 MiB): indexes stay cached
READ_CHUNK = 900  # ids per `IN (...)` (SQLite allows 32,766 parameters; keep statements small)


@dataclass
class WriteResult:
    documents_new: int = 0
    documents_existing: int = 0
    claims_new: int = 0
    new_document_ids: list[str] = field(default_factory=list)
    only_own: bool = False  # the store held only the caller's `own_documents` (no legacy check)


def update_clusters(
    conn: Connection, changes: Sequence[tuple[str | None, bool, str]], rows: int | None = None
) -> None:
    """Set (cluster id, conflict) of claim units by id: SQLite one executemany, PostgreSQL a
    `COPY` into a temporary table and one `UPDATE ... FROM` (so rows per second, not trips),
    whose hash join holds the changes in memory (`PG_UPDATE_WORK_MEM`, ~85 bytes a change: at
    PostgreSQL's default 4 MB, 268k changes went through 4 batches on temporary files).
    `rows`: claim units in the store; on PostgreSQL, when a quarter of them or more change,
    the secondary indexes are rebuilt around the update (see `_pg_rebuilding_indexes`)."""
    if not changes:
        return
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE TEMPORARY TABLE _cluster_change "
            "(id VARCHAR PRIMARY KEY, cluster_id VARCHAR, conflict BOOLEAN) ON COMMIT DROP"
        )
        copy = "COPY _cluster_change (cluster_id, conflict, id) FROM STDIN"
        copy_rows(conn, copy, changes, "cluster change")
        conn.exec_driver_sql(  # never lowered; back to the server's setting after the commit
            "SELECT set_config('work_mem', %(m)s, true) "
            "WHERE pg_size_bytes(current_setting('work_mem')) < pg_size_bytes(%(m)s)",
            {"m": PG_UPDATE_WORK_MEM},
        )
        with _pg_rebuilding_indexes(conn, rows is not None and len(changes) * 4 >= rows):
            conn.exec_driver_sql(
                "UPDATE claimunit AS c SET cluster_id = t.cluster_id, conflict = t.conflict "
                "FROM _cluster_change AS t WHERE c.id = t.id"
            )
        conn.exec_driver_sql("DROP TABLE _cluster_change")
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "UPDATE claimunit SET cluster_id = ?, conflict = ? WHERE id = ?", list(changes)
        )
    else:
        c = _table(ClaimUnit).c
        stmt = (
            update(_table(ClaimUnit))
            .where(c.id == bindparam("b_id"))
            .values(cluster_id=bindparam("b_cluster"), conflict=bindparam("b_conflict"))
        )
        conn.execute(stmt, [{"b_cluster": k, "b_conflict": f, "b_id": i} for k, f, i in changes])


PG_UPDATE_WORK_MEM = "64MB"  # work_mem for the update's transaction (a higher one is kept)
PG_INDEX_LOCK_TIMEOUT = "2s"  # waiting longer for readers to finish: update with the indexes


@contextmanager
def _pg_rebuilding_indexes(conn: Connection, rebuild: bool) -> Iterator[None]:
    """PostgreSQL: with `rebuild`, drop claimunit's secondary indexes for the block and create
    them again after it, in the caller's transaction. An UPDATE writes a new version of each row
    and so an entry in every index (the cluster id is indexed: no in-place update); one build
    per index after it is cheaper when many rows change (10 MB of the bench corpus, 54k claims,
    server CPU of the update 1.4-1.8 -> 1.1 s). Dropping needs the table to itself until the
    commit: when readers hold it longer than `PG_INDEX_LOCK_TIMEOUT` (or the role may not drop
    the indexes), the block runs with the indexes in place."""
    indexes: list[tuple[str, str]] = []
    if rebuild:
        savepoint = conn.begin_nested()
        try:
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{PG_INDEX_LOCK_TIMEOUT}'")
            indexes = [
                (name, sql)
                for name, sql in conn.exec_driver_sql(
                    "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
                    "JOIN pg_class i ON i.oid = x.indexrelid "
                    "WHERE x.indrelid = 'claimunit'::regclass AND NOT x.indisprimary "
                    "ORDER BY i.relname"
                )
            ]
            for name, _ in indexes:
                conn.exec_driver_sql(f'DROP INDEX "{name}"')
            conn.exec_driver_sql("SET LOCAL lock_timeout = DEFAULT")
            savepoint.commit()
        except DBAPIError:
            savepoint.rollback()  # the lock or the right to drop them: keep the indexes
            indexes = []
    yield
    for _, sql in indexes:
        conn.exec_driver_sql(sql)


def _bulk_pragmas(conn: Connection) -> None:
    """SQLite: a larger page cache for this connection (memory only; journaling and crash
    safety unchanged)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")


def _pg_lz4_toast(conn: Connection) -> None:
    """PostgreSQL: compress the values this transaction moves out of line (a document's text
    over ~2 kB) with lz4 instead of the default pglz, when the server is built with it (`SET
    LOCAL`: back to the server's setting after the commit; a column given its own compression
    keeps it). The stored values read back the same; lz4 compresses ~2x faster (10 MB of the
    bench corpus: the documents' COPY 0.30-0.32 -> 0.14-0.16 server CPU s)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "SELECT set_config(name, 'lz4', true) FROM pg_settings "
            "WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)"
        )


def existing_ids(conn: Connection, model: type[SQLModel], ids: Sequence[str]) -> set[str]:
    """Which of `ids` are stored in `model`'s table (primary key `id`)."""
    column = _table(model).c.id
    found: set[str] = set()
    for k in range(0, len(ids), READ_CHUNK):
        chunk = list(ids[k : k + READ_CHUNK])
        found.update(conn.execute(select(column).where(column.in_(chunk))).scalars())
    return found


def write_documents(
    session: Session,
    items: Iterable[Any],
    defer_cluster_index: bool = False,
    own_documents: int | None = None,
    provisional: Callable[[list[dict[str, Any]]], None] | None = None,
) -> WriteResult:
    """Store split documents (`SplitDocument`s: .document, .source, .posts, .claims dicts).

    A document already stored (same id) is left as it is, with its posts and claims. Takes the
    store's write lock `split` in the session's transaction; the caller commits (one
    transaction per batch). Returns counts and the ids of the documents written.
    `defer_cluster_index`: for a caller that reclusters after (`split_paths`); see
    `cluster_index`. `own_documents`: how many documents the caller wrote in its earlier batches
    (`split_paths`, while the store held no other); when the store holds no more, none has a
    legacy id and the legacy-id check (`identity.adopt_legacy_ids`) is skipped (`only_own`).
    `provisional(claims)`: called with the claims to be written (their final ids), before the
    insert; it may set their "cluster_id" (`split_paths`: `clusters.guess_clusters`), which
    the caller's recluster corrects. Without it (or a claim without one) a claim is its own
    cluster until then.
    """
    store.write_lock(session, LOCK)
    conn = session.connection()
    batch: dict[str, Any] = {}
    given = 0
    for item in items:
        batch.setdefault(item.document["id"], item)  # the same text twice in one batch: once
        given += 1
    result = WriteResult()
    stored = existing_ids(conn, Document, list(batch))
    result.only_own = own_documents is not None and holds_only(conn, own_documents)
    adopted: set[str] = set()
    if not result.only_own:
        adopted = adopt_legacy_ids(conn, list(batch.values()), stored)  # before outlet ids
    if adopted:
        stored |= adopted
        batch = {item.document["id"]: item for item in batch.values()}
    new = [item for doc_id, item in batch.items() if doc_id not in stored]
    # a repeat within the batch counts as stored, as in a later batch: counts do not depend on
    # where batches end
    result.documents_existing = given - len(new)
    result.documents_new = len(new)
    result.new_document_ids = [item.document["id"] for item in new]
    if not new:
        return result
    _bulk_pragmas(conn)
    _pg_lz4_toast(conn)
    sources = {item.source["id"]: item.source for item in new if item.source}
    _insert_ignore(conn, Source, _rows(Source, sources.values()))  # may be stored: few rows
    # documents checked absent under the lock: so are their posts and claims (ids cover them)
    paths = {item.document["id"]: item.document.get("path") for item in new}
    origin = lambda row: paths.get(row.get("document_id") or row["id"])  # noqa: E731 - its file
    _bulk_insert(conn, Document, (item.document for item in new), origin=origin)
    _bulk_insert(conn, Post, (p for item in new for p in item.posts), origin=origin)
    from annotator.split.clusters import cluster_id

    if defer_cluster_index:
        cluster_index.defer_cluster_index(conn)
    claims: Iterable[dict[str, Any]] = (c for item in new for c in item.claims)
    if provisional is not None:
        claims = [c for item in new for c in item.claims]
        provisional(claims)
    # a claim is its own cluster until `recluster` links it (or as `provisional` set it)
    fill = ("cluster_id", "id", cluster_id)
    result.claims_new = _bulk_insert(conn, ClaimUnit, claims, fill, origin)
    return result


def recluster(
    db_url: str | None = None,
    features: TextFeatures | None = None,
    numbers: Mapping[str, int] | None = None,
) -> int:
    """Recompute cluster ids and figure conflicts over every stored claim; returns rows changed."""
    return recluster_store(db_url, features, numbers)[1]


def recluster_store(
    db_url: str | None = None,
    features: TextFeatures | None = None,
    numbers: Mapping[str, int] | None = None,
) -> tuple[int, int]:
    """Recompute cluster ids and figure conflicts: (claims clustered, rows changed).

    Reads and writes under the write lock `split` in one transaction (see the module docstring);
    claims marked stale are left out of clusters (their cluster id is cleared). `features`:
    clustering features of claim texts computed ahead (`split_paths` computes those of the
    claims it writes while its workers still split), so less is left for this serial step.
    `numbers`: claim id -> its text's number in `features` for claims the caller holds
    (`split_paths`: those it wrote); only the texts of the other stored claims are read.
    """
    gc.freeze()  # the objects the caller holds (claims, features) are not scanned again
    enabled = gc.isenabled()
    gc.disable()  # nor the clustering's own: all live until it ends (~9% of its CPU at 20 MB)
    try:
        return _recluster(db_url, features, numbers)
    finally:
        if enabled:
            gc.enable()
        gc.unfreeze()


def _recluster(
    db_url: str | None, features: TextFeatures | None, numbers: Mapping[str, int] | None
) -> tuple[int, int]:
    import numpy as np

    from annotator.split.clusters import TextFeatures, cluster_numbers_with_conflicts

    feats = features or TextFeatures()

    with store.session(db_url) as s:
        store.write_lock(s, LOCK)
        conn = s.connection()
        _bulk_pragmas(conn)
        sqlite = conn.dialect.name == "sqlite"
        held = None  # the caller's claims, by id, when the store holds no other (checked)
        wait: Callable[[], Any] | None = None
        if numbers is not None and _count(conn) == len(numbers):
            ids = held = sorted(numbers)  # the states are read (SQLite: indexes built) meanwhile
            text_numbers = np.fromiter(map(numbers.__getitem__, held), np.int64, count=len(held))
            wait = _in_thread(_states_then_indexes, conn)
        else:
            rows, ids, text_numbers = _clustered_claims(conn, numbers, feats)
            if sqlite:
                wait = _in_thread(cluster_index.build_later_indexes, conn)
        try:
            clusters, flagged = cluster_numbers_with_conflicts(ids, text_numbers, feats)
        finally:
            read = wait() if wait is not None else None
        if read is not None:
            rows = read
            if [r[0] for r in rows if not r[3]] != held:  # another's claims came in: as without
                rows, ids, text_numbers = _clustered_claims(conn, numbers, feats)
                clusters, flagged = cluster_numbers_with_conflicts(ids, text_numbers, feats)
        per_row: Sequence[str | None] = clusters
        if len(ids) < len(rows):  # stale rows: no cluster
            in_order = iter(clusters)  # those of the live rows, in order
            per_row = [None if r[3] else next(in_order) for r in rows]
        key = 4 if sqlite else 0  # the row's key: rowid or id
        flag = _SQLITE_FLAG if sqlite else _FLAG  # SQLite: the int it stores
        changes: list[tuple[str | None, Any, Any]] = [
            (cluster, flag[conflict], row[key])
            for row, cluster in zip(rows, per_row, strict=True)
            if (conflict := row[0] in flagged) != bool(row[2]) or row[1] != cluster
        ]
        if sqlite:
            _update_by_rowid(conn, changes, len(rows))
        else:
            update_clusters(conn, changes, len(rows))
        cluster_index.ensure_cluster_index(conn)  # left out by a first split's writes
    return len(ids), len(changes)


def _clustered_claims(
    conn: Connection, numbers: Mapping[str, int] | None, feats: TextFeatures
) -> tuple[list[tuple[Any, ...]], list[str], Any]:
    """(`_claim_states` rows without texts, ids of the live claims, their text numbers)."""
    import numpy as np

    rows = _claim_states(conn, numbers is None)
    ids = [r[0] for r in rows if not r[3]]
    if numbers is None:
        return [r[:5] for r in rows], ids, feats.text_numbers([r[5] for r in rows if not r[3]])
    got = list(map(numbers.get, ids))  # None: a claim the caller does not hold
    missing = [i for i, n in zip(ids, got, strict=True) if n is None]
    if missing:
        found = _texts(conn, missing)
        more = iter(feats.text_numbers([found[i] for i in missing]).tolist())
        got = [next(more) if n is None else n for n in got]
    return rows, ids, np.fromiter(got, np.int64, count=len(got))


def _count(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT count(*) FROM claimunit").scalar() or 0)


def _states_then_indexes(conn: Connection) -> list[tuple[Any, ...]]:
    rows = _claim_states(conn, False)
    if conn.dialect.name == "sqlite":
        cluster_index.build_later_indexes(conn)
    return rows


def _in_thread(work: Callable[[Connection], Any], conn: Connection) -> Callable[[], Any]:
    """Run `work(conn)` in a thread; returns the call that waits for it and returns its result
    (or raises its error). SQLite leaves the GIL while a statement runs, psycopg while it waits
    for the server: `recluster` reads the claims' states (when the caller holds every stored
    claim) and builds SQLite's `cluster_index.LATER` while it clusters (Python), on the other
    core, instead of before and after it. The caller does not use `conn` until it has waited."""
    import threading

    out: list[Any] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            out.append(work(conn))
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            failed.append(exc)

    thread = threading.Thread(target=run, name="recluster-reads")
    thread.start()

    def wait() -> Any:
        thread.join()
        if failed:
            raise failed[0]
        return out[0]

    return wait


def _claim_states(conn: Connection, with_text: bool) -> list[tuple[Any, ...]]:
    """(id, cluster id, conflict, stale, rowid or None[, text]) of every claim unit, by id, as
    the driver's plain tuples.

    The table is read in its own order and sorted here (Python compares text bytewise, as
    SQLite does; hash ids sort alike under any collation): SQLite does not read the table
    through the id index at random, and the rowid lets its update go in table order;
    PostgreSQL does not sort on disk (268k rows at its default work_mem: external merge,
    0.97-1.07 s -> 0.29 s for the read)."""
    text = ", text" if with_text else ""
    rowid = "rowid" if conn.dialect.name == "sqlite" else "NULL"
    raw = conn.connection.dbapi_connection
    assert raw is not None
    cur = raw.cursor()
    try:
        cur.execute(f"SELECT id, cluster_id, conflict, stale, {rowid}{text} FROM claimunit")
        rows = [tuple(r) for r in cur.fetchall()]
    finally:
        cur.close()
    return sorted(rows, key=itemgetter(0))


def _texts(conn: Connection, ids: Sequence[str]) -> dict[str, str]:
    """Claim id -> text of these claim units: by id, or one scan of the table for many."""
    if not ids:
        return {}
    c = _table(ClaimUnit).c
    if len(ids) > 20 * READ_CHUNK:
        return dict(conn.execute(select(c.id, c.text)).all())
    found: dict[str, str] = {}
    for k in range(0, len(ids), READ_CHUNK):
        chunk = list(ids[k : k + READ_CHUNK])
        found.update(conn.execute(select(c.id, c.text).where(c.id.in_(chunk))).all())
    return found


_FLAG = (False, True)  # conflict (a bool) -> the value bound: PostgreSQL's boolean
_SQLITE_FLAG = (0, 1)  # the int SQLite stores: bound without `sqlite3`'s adapter lookup for a
# bool (~1,400 instructions a value)


def _update_by_rowid(
    conn: Connection, changes: list[tuple[str | None, int, int]], rows: int
) -> None:
    """SQLite: set (cluster id, conflict 0 or 1) by rowid, in rowid order. Updating by claim id
    reads the table's pages at random (the ids are hashes): 1.8x the CPU on 30 MB of claims.
    When a quarter of the rows or more change (a first split), the cluster id index is dropped
    and built again after, in the same transaction: one sort instead of a delete and an insert
    per row (10 MB: 0.86 -> 0.48 CPU s)."""
    if not changes:
        return
    changes.sort(key=itemgetter(2))
    rebuild = len(changes) * 4 >= rows and cluster_index.index_sql(conn) == CLUSTER_INDEX_SQL
    if rebuild:
        conn.exec_driver_sql(f"DROP INDEX {CLUSTER_INDEX}")
    conn.exec_driver_sql(
        "UPDATE claimunit SET cluster_id = ?, conflict = ? WHERE rowid = ?", changes
    )
    if rebuild:
        conn.exec_driver_sql(CLUSTER_INDEX_SQL)
