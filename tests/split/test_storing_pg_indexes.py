"""PostgreSQL: a recluster changing many rows rebuilds claimunit's secondary indexes around its
update, and keeps them when a reader holds the table."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from annotator import store
from annotator.split import storing
from annotator.split.pipeline import split_paths

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _indexes(url: str) -> dict[str, str]:
    with store.engine(url).connect() as conn:
        return dict(
            conn.execute(
                text("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'claimunit'")
            ).all()
        )


def _clusters(url: str) -> dict[str, tuple[str, bool]]:
    with store.engine(url).connect() as conn:
        rows = conn.execute(text("SELECT id, cluster_id, conflict FROM claimunit")).all()
    return {r[0]: (r[1], r[2]) for r in rows}


def _wipe(url: str) -> None:
    with store.engine(url).begin() as conn:
        conn.execute(text("UPDATE claimunit SET cluster_id = NULL, conflict = false"))


def test_a_recluster_of_every_row_leaves_the_same_indexes_and_clusters(pg_url: str) -> None:
    split_paths([SEEDS], workers=1, db_url=pg_url)
    indexes, clusters = _indexes(pg_url), _clusters(pg_url)
    assert len(indexes) >= 6 and any(v[1] for v in clusters.values())
    _wipe(pg_url)
    dropped: list[str] = []
    real = storing._pg_rebuilding_indexes

    def spy(conn, rebuild):  # type: ignore[no-untyped-def]
        dropped.append(str(rebuild))
        return real(conn, rebuild)

    storing._pg_rebuilding_indexes = spy  # type: ignore[assignment]
    try:
        claims, changed = storing.recluster_store(pg_url)
    finally:
        storing._pg_rebuilding_indexes = real  # type: ignore[assignment]
    assert dropped == ["True"] and changed == claims == len(clusters)
    assert _indexes(pg_url) == indexes and _clusters(pg_url) == clusters


def test_a_reader_holding_the_table_keeps_the_indexes_in_place(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    split_paths([SEEDS], workers=1, db_url=pg_url)
    indexes, clusters = _indexes(pg_url), _clusters(pg_url)
    _wipe(pg_url)
    monkeypatch.setattr(storing, "PG_INDEX_LOCK_TIMEOUT", "100ms")
    reader = store.engine(pg_url).connect()
    try:
        reader.execute(text("SELECT count(*) FROM claimunit")).scalar()  # holds its lock: open
        claims, changed = storing.recluster_store(pg_url)
        reader.rollback()
    finally:
        reader.close()
    assert changed == claims == len(clusters)
    assert _indexes(pg_url) == indexes and _clusters(pg_url) == clusters


def test_a_first_split_builds_the_cluster_index_when_it_clusters(pg_url: str) -> None:
    """Claims written into a store holding none go in without the cluster id index and the
    other secondary indexes (`LATER`); the clustering after the writes builds them as the schema
    makes them; into a store holding claims the indexes stay."""
    from annotator.split.cluster_index import LATER
    from annotator.split.document_rows import split_file

    indexes = _indexes(pg_url)
    assert "ix_claimunit_cluster_id" in indexes and set(LATER) <= set(indexes)
    items = [doc for path in sorted(SEEDS.iterdir()) for doc in split_file(str(path))[0]]
    with store.session(pg_url) as s:
        storing.write_documents(s, items[:2], defer_cluster_index=True)
    assert set(_indexes(pg_url)) == set(indexes) - {"ix_claimunit_cluster_id", *LATER}
    storing.recluster(pg_url)
    assert _indexes(pg_url) == indexes
    with store.session(pg_url) as s:
        assert storing.write_documents(s, items[2:], defer_cluster_index=True).claims_new > 0
    assert _indexes(pg_url) == indexes


def test_an_index_made_otherwise_under_a_later_name_stays(pg_url: str) -> None:
    """An index by one of `LATER`'s names but not as the schema makes it (here on two columns)
    is left in place by a first split, and the others are built again as before."""
    from annotator.split.document_rows import split_file

    with store.engine(pg_url).begin() as conn:
        conn.execute(text("DROP INDEX ix_claimunit_lang"))
        conn.execute(text("CREATE INDEX ix_claimunit_lang ON claimunit (lang, id)"))
    indexes = _indexes(pg_url)
    items = split_file(str(sorted(SEEDS.iterdir())[0]))[0]
    with store.session(pg_url) as s:
        assert storing.write_documents(s, items, defer_cluster_index=True).claims_new > 0
    assert _indexes(pg_url)["ix_claimunit_lang"] == indexes["ix_claimunit_lang"]
    assert "ix_claimunit_post_id" not in _indexes(pg_url)
    storing.recluster(pg_url)
    assert _indexes(pg_url) == indexes


def test_a_reader_holding_the_table_keeps_the_cluster_index_of_a_first_split(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.split import cluster_index
    from annotator.split.document_rows import split_file

    indexes = _indexes(pg_url)
    items = split_file(str(sorted(SEEDS.iterdir())[0]))[0]
    monkeypatch.setattr(cluster_index, "PG_DROP_LOCK_TIMEOUT", "100ms")
    reader = store.engine(pg_url).connect()
    try:
        reader.execute(text("SELECT count(*) FROM claimunit")).scalar()  # holds its lock: open
        with store.session(pg_url) as s:
            assert storing.write_documents(s, items, defer_cluster_index=True).claims_new > 0
        reader.rollback()
    finally:
        reader.close()
    assert _indexes(pg_url) == indexes


def _work_mem(conn) -> str:  # type: ignore[no-untyped-def]
    return str(conn.execute(text("SHOW work_mem")).scalar())


def test_the_cluster_update_raises_work_mem_for_its_transaction_only(pg_url: str) -> None:
    split_paths([SEEDS], workers=1, db_url=pg_url)
    clusters = _clusters(pg_url)
    cid, (cluster, conflict) = next(iter(clusters.items()))
    with store.engine(pg_url).connect() as conn:
        server = _work_mem(conn)
    for before, during in (("4MB", storing.PG_UPDATE_WORK_MEM), ("256MB", "256MB")):
        with store.engine(pg_url).begin() as conn:
            conn.execute(text(f"SET LOCAL work_mem = '{before}'"))
            storing.update_clusters(conn, [(cluster, conflict, cid)])  # a higher one is kept
            assert _work_mem(conn) == during
        with store.engine(pg_url).connect() as conn:
            assert _work_mem(conn) == server
    assert _clusters(pg_url) == clusters
