"""The split stage's store side: bulk writes, clustering safe under concurrent splits, recluster.

Every test feeds the real splitter's output (the seeds) into the store, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, text

from annotator import store
from annotator.cli import main
from annotator.split.pipeline import claim_rows, split_paths

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


def _count_statements(db_url: str) -> list[str]:
    seen: list[str] = []

    def before(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement.split(None, 1)[0].upper())

    event.listen(store.engine(db_url), "before_cursor_execute", before)
    return seen


def test_split_stores_in_bulk_not_one_statement_per_claim(db_url: str) -> None:
    statements = _count_statements(db_url)
    summary = split_paths([SEEDS], workers=1, db_url=db_url)
    assert summary.claims_new == summary.claims > 150 and summary.documents_new == 5
    # one executemany per table and batch, plus the clustering read and update
    assert len(statements) < 40, statements
    with store.engine(db_url).connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM claimunit")).scalar()
        unclustered = conn.execute(
            text("SELECT count(*) FROM claimunit WHERE cluster_id IS NULL")
        ).scalar()
    assert stored == summary.claims and unclustered == 0
    statements.clear()
    again = split_paths([SEEDS], workers=1, db_url=db_url)
    assert again.documents_new == 0 and again.documents_existing == 5 and again.claims_new == 0
    assert again.claim_ids == summary.claim_ids
    assert len(statements) < 10, statements  # nothing new: no clustering either


def test_written_claims_have_a_cluster_before_clustering_runs(db_url: str) -> None:
    """A split stopped between its writes and its clustering leaves no claim without a cluster."""
    from annotator.split.document_rows import split_file
    from annotator.split.storing import recluster, write_documents

    items = [doc for path in sorted(SEEDS.iterdir()) for doc in split_file(str(path))[0]]
    with store.session(db_url) as s:
        written = write_documents(s, items)
    assert written.documents_new == 5 and written.claims_new > 150
    with store.engine(db_url).connect() as conn:
        missing = conn.execute(text("SELECT count(*) FROM claimunit WHERE cluster_id IS NULL"))
        assert missing.scalar() == 0
    changed = recluster(db_url)  # only claims linked to others change
    assert 0 < changed < written.claims_new


def _cluster_index(url: str) -> str | None:
    with store.engine(url).connect() as conn:
        query = "SELECT sql FROM sqlite_master WHERE name = 'ix_claimunit_cluster_id'"
        return conn.execute(text(query)).scalar()


def _claim_indexes(url: str) -> dict[str, str]:
    """Name -> statement of claimunit's secondary indexes."""
    with store.engine(url).connect() as conn:
        query = (
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'claimunit' AND sql IS NOT NULL"
        )
        return {name: sql for name, sql in conn.execute(text(query)).all()}


def test_a_first_split_into_sqlite_builds_the_cluster_index_when_it_clusters(
    tmp_path: Path,
) -> None:
    """Claims written into a SQLite store holding none go in without the cluster id index
    and claimunit's other secondary indexes; the clustering after the writes builds them as
    the schema made them (also when few rows change); into a store holding claims the indexes
    stay (PostgreSQL: test_storing_pg_indexes.py)."""
    from annotator.split.document_rows import split_file
    from annotator.split.storing import recluster, write_documents

    url = f"sqlite:///{tmp_path / 'a.db'}"
    index = "CREATE INDEX ix_claimunit_cluster_id ON claimunit (cluster_id)"
    items = [doc for path in sorted(SEEDS.iterdir()) for doc in split_file(str(path))[0]]
    store.engine(url)  # the schema's indexes
    made = _claim_indexes(url)
    assert len(made) == 5 and made["ix_claimunit_cluster_id"] == index
    with store.session(url) as s:
        write_documents(s, items[:2], defer_cluster_index=True)
    assert _cluster_index(url) is None and _claim_indexes(url) == {}
    with store.session(url) as s:
        write_documents(s, items[2:-1], defer_cluster_index=True)
    changed = recluster(url)
    assert 0 < changed * 4 < len({c["id"] for item in items[:-1] for c in item.claims})
    assert _cluster_index(url) == index and _claim_indexes(url) == made
    with store.session(url) as s:  # claims stored: the indexes stay
        assert write_documents(s, items[-1:], defer_cluster_index=True).claims_new > 0
    assert _cluster_index(url) == index and _claim_indexes(url) == made
    other = f"sqlite:///{tmp_path / 'b.db'}"
    assert split_paths([SEEDS], workers=1, db_url=other).claims_new > 150
    assert _cluster_index(other) == index


def test_bulk_rows_read_back_as_the_splitter_made_them(db_url: str) -> None:
    """Rows written through the driver's bulk path (executemany / COPY) read back through the
    ORM equal the splitter's dicts: JSON, booleans, floats, nulls and the creation time."""
    from sqlmodel import select

    from annotator.split.document_rows import split_file
    from annotator.split.storing import write_documents
    from annotator.store.models import ClaimUnit, Document, Post

    items = [doc for path in sorted(SEEDS.iterdir()) for doc in split_file(str(path))[0]]
    with store.session(db_url) as s:
        write_documents(s, items)
    with store.session(db_url) as s:
        claims = {c.id: c for c in s.exec(select(ClaimUnit))}
        docs = {d.id: d for d in s.exec(select(Document))}
        posts = {p.id: p for p in s.exec(select(Post))}
    made = [c for item in items for c in item.claims]
    assert len(claims) == len(made) > 150 and any(c["quote"] for c in made)
    for c in made:
        row = claims[c["id"]]
        assert {k: getattr(row, k) for k in c} == c
        assert row.cluster_id and row.conflict is False and row.stale is False
    for item in items:
        doc = docs[item.document["id"]]
        assert {k: getattr(doc, k) for k in item.document} == item.document
        assert doc.created_at is not None and doc.created_at.utcoffset() is not None
        for p in item.posts:
            assert {k: getattr(posts[p["id"]], k) for k in p} == p
    assert posts and any(d.boilerplate for d in docs.values())


def test_claim_rows_come_in_the_given_order_with_metadata(db_url: str) -> None:
    summary = split_paths([SEEDS], workers=1, db_url=db_url)
    ids = list(reversed(summary.claim_ids))
    rows = claim_rows([*ids, "no-such-claim"], db_url)
    assert [r["id"] for r in rows] == ids
    by_path = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for r in rows:
        assert by_path[Path(r["path"]).name][r["start"] : r["end"]] == r["text"]
        assert r["cluster_id"].startswith("c-") and isinstance(r["features"], dict)
    assert any(r["post_author"] for r in rows) and any(r["source"] for r in rows)


def _annotator(*args: str, db_url: str) -> subprocess.Popen[str]:
    env = {**os.environ, "ANNOTATOR_DB": db_url, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from annotator.cli import main; sys.exit(main())",
            *args,
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_concurrent_split_commands_leave_every_claim_clustered(db_url: str) -> None:
    files = sorted(SEEDS.iterdir())
    # two real processes at once, with one file in common
    procs = [
        _annotator("split", *map(str, files[:3]), "--format", "json", db_url=db_url),
        _annotator("split", *map(str, files[2:]), "--format", "json", db_url=db_url),
    ]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    with store.engine(db_url).connect() as conn:
        total, missing = conn.execute(
            text(
                "SELECT count(*), sum(CASE WHEN cluster_id IS NULL THEN 1 ELSE 0 END) FROM claimunit"
            )
        ).one()
    print(
        f"FIGURE concurrent-split-{db_url.split(':')[0]}: {total} claims, {missing} without cluster"
    )
    assert total > 150 and missing == 0
    # the clusters equal those of one full recluster of the store
    assert main(["recluster", "--format", "json"]) == 0
    with store.engine(db_url).connect() as conn:
        rows = dict(conn.execute(text("SELECT id, cluster_id FROM claimunit")).all())
    one = f"sqlite:///{Path(str(os.environ['ANNOTATOR_HOME'])) / 'one.db'}"
    split_paths([SEEDS], workers=1, db_url=one)
    with store.engine(one).connect() as conn:
        assert dict(conn.execute(text("SELECT id, cluster_id FROM claimunit")).all()) == rows


def test_recluster_command_rebuilds_wiped_cluster_ids(db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    split_paths([SEEDS], workers=1, db_url=db_url)
    with store.engine(db_url).begin() as conn:
        before = dict(conn.execute(text("SELECT id, cluster_id FROM claimunit")).all())
        conn.execute(text("UPDATE claimunit SET cluster_id = NULL, conflict = false"))
    assert main(["recluster"]) == 0
    out = capsys.readouterr().out
    assert f"{len(before)} claim unit(s)" in out and "changed" in out
    with store.engine(db_url).connect() as conn:
        after = dict(conn.execute(text("SELECT id, cluster_id FROM claimunit")).all())
        flagged = conn.execute(text("SELECT count(*) FROM claimunit WHERE conflict")).scalar()
    assert after == before and flagged >= 3  # the Kabul death toll cluster
    if db_url.startswith("sqlite"):  # every row changed: the cluster id index was rebuilt
        with store.engine(db_url).connect() as conn:
            sql = conn.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'ix_claimunit_cluster_id'")
            ).scalar()
        assert sql == "CREATE INDEX ix_claimunit_cluster_id ON claimunit (cluster_id)"


def test_a_repeated_document_counts_as_stored_wherever_batches_end(db_url: str) -> None:
    """The same document twice: one new, one already stored, in one batch or in two (`split`
    ends its batches where its workers happen to be busy)."""
    from annotator.split.document_rows import split_file
    from annotator.split.storing import write_documents

    first = sorted(SEEDS.glob("*.txt"))[0]
    doc = split_file(str(first))[0][0]
    with store.session(db_url) as s:
        one = write_documents(s, [doc, doc])
    with store.engine(db_url).begin() as conn:
        for table in ("claimunit", "post", "document"):
            conn.execute(text(f"DELETE FROM {table}"))
    counts = []
    for batch in ([doc], [doc]):
        with store.session(db_url) as s:
            written = write_documents(s, batch)
        counts.append((written.documents_new, written.documents_existing))
    assert (one.documents_new, one.documents_existing) == (1, 1)
    assert counts == [(1, 0), (0, 1)]


def test_features_sent_as_json_text_store_what_dicts_store(db_url: str, tmp_path: Path) -> None:
    """The worker path (`_split_file_encoded`: features as JSON text) stores the same rows as
    the in-process path (dicts), on SQLite and PostgreSQL; the generic insert decodes it."""
    from annotator.split.bulk_rows import _rows
    from annotator.split.pipeline import _decoded, _split_file_encoded, split_file
    from annotator.split.storing import write_documents
    from annotator.store.models import ClaimUnit

    paths = [str(p) for p in sorted(SEEDS.iterdir())]
    plain = [doc for p in paths for doc in split_file(p)[0]]
    encoded = [_decoded(doc) for p in paths for doc in _split_file_encoded(p, None)[0]]
    assert all(isinstance(c["features"], str) for d in encoded for c in d.claims)
    with store.session(db_url) as s:
        write_documents(s, encoded)
    query = "SELECT id, features FROM claimunit ORDER BY id"
    with store.engine(db_url).connect() as conn:
        got = conn.execute(text(query)).all()
        conn.execute(text("DELETE FROM claimunit"))
        conn.execute(text("DELETE FROM post"))
        conn.execute(text("DELETE FROM document"))
        conn.commit()
    with store.session(db_url) as s:
        write_documents(s, plain)
    with store.engine(db_url).connect() as conn:
        assert conn.execute(text(query)).all() == got and len(got) > 150
    claim = encoded[0].claims[0]
    assert _rows(ClaimUnit, [claim])[0]["features"] == plain[0].claims[0]["features"]


def test_a_split_into_a_store_holding_claims_clusters_them_with_its_own(
    db_url: str, tmp_path: Path
) -> None:
    """`split` clusters with the texts of the claims it wrote held in memory and reads only the
    others' texts: two splits one after the other give the clusters and conflict flags of one
    split of every file."""
    files = sorted(SEEDS.iterdir())
    split_paths(files[:2], workers=1, db_url=db_url)
    second = split_paths(files[2:], workers=1, db_url=db_url)
    assert second.documents_new == len(files) - 2
    query = "SELECT id, cluster_id, conflict FROM claimunit ORDER BY id"
    with store.engine(db_url).connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(query)).all()]
    one = f"sqlite:///{tmp_path / 'one.db'}"
    split_paths([SEEDS], workers=1, db_url=one)
    with store.engine(one).connect() as conn:
        assert [tuple(r) for r in conn.execute(text(query)).all()] == rows
    assert len({r[1] for r in rows}) < len(rows) and any(r[2] for r in rows)


def test_recluster_reads_the_texts_only_of_claims_not_given_by_number(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.split import storing
    from annotator.split.clusters import TextFeatures

    split_paths([SEEDS], workers=1, db_url=db_url)
    query = "SELECT id, text, cluster_id, conflict FROM claimunit ORDER BY id"
    with store.engine(db_url).connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(query)).all()]
    feats = TextFeatures()
    held = rows[::2]
    feats.add(t for _, t, _, _ in held)
    found = feats.text_numbers([r[1] for r in held]).tolist()
    numbers = dict(zip([r[0] for r in held], found, strict=True))
    asked: list[str] = []
    read = storing._texts
    monkeypatch.setattr(storing, "_texts", lambda conn, ids: asked.extend(ids) or read(conn, ids))
    with store.engine(db_url).begin() as conn:  # clusters to be recomputed
        conn.execute(text("UPDATE claimunit SET cluster_id = 'c-x', conflict = false"))
    assert storing.recluster(db_url, feats, numbers) == len(rows)
    assert sorted(asked) == [r[0] for r in rows[1::2]]
    with store.engine(db_url).connect() as conn:
        assert [tuple(r) for r in conn.execute(text(query)).all()] == rows


def test_recluster_runs_no_garbage_collection_and_restores_the_collector(db_url: str) -> None:
    from annotator.split.storing import recluster

    split_paths([SEEDS], workers=1, db_url=db_url)
    started: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    threshold = gc.get_threshold()
    gc.callbacks.append(seen)
    gc.set_threshold(1)  # a collection at nearly every allocation, were it enabled
    try:
        recluster(db_url)
    finally:
        gc.set_threshold(*threshold)
        gc.callbacks.remove(seen)
    assert started == []
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_long_document_texts_go_out_of_line_with_lz4_on_postgresql(
    db_url: str, tmp_path: Path
) -> None:
    """PostgreSQL compresses a long text moved out of line with lz4 in the split's write
    (`storing._pg_lz4_toast`), a short one stays in the row; both read back as written, and the
    connection's setting is the server's again after the commit."""
    long = "".join(
        f"The harbour board of Quellmouth said crane {k} would be moved to pier {k % 7 + 2}.\n"
        for k in range(90)
    )
    short = "A ferry captain in Quellmouth said the night crossing was calm.\n"
    (tmp_path / "long.txt").write_text(long, encoding="utf-8")
    (tmp_path / "short.txt").write_text(short, encoding="utf-8")
    summary = split_paths([tmp_path / "long.txt", tmp_path / "short.txt"], db_url=db_url)
    assert summary.documents_new == 2 and len(long) > 4000
    postgres = db_url.startswith("postgresql")
    method = "pg_column_compression(text)" if postgres else "NULL"
    with store.engine(db_url).connect() as conn:
        rows = conn.execute(text(f"SELECT text, {method} FROM document")).all()
        if postgres:
            setting = conn.execute(text("SHOW default_toast_compression")).scalar()
            server = conn.execute(
                text("SELECT reset_val FROM pg_settings WHERE name = 'default_toast_compression'")
            ).scalar()
            assert setting == server  # SET LOCAL: the write's transaction only
    assert sorted(t for t, _ in rows) == sorted([long, short])
    assert {t: m for t, m in rows} == {long: "lz4" if postgres else None, short: None}


def test_recluster_builds_sqlite_later_indexes_beside_the_clustering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On SQLite the indexes of `cluster_index.LATER` are built in a second thread while the clustering
    runs (the store ends as before); an error there fails the recluster and rolls it back."""
    import threading

    from annotator.split import cluster_index
    from annotator.split.document_rows import split_file
    from annotator.split.storing import recluster, write_documents

    url = f"sqlite:///{tmp_path / 'a.db'}"
    store.engine(url)  # the schema's indexes
    made = _claim_indexes(url)
    items = [doc for path in sorted(SEEDS.iterdir()) for doc in split_file(str(path))[0]]
    with store.session(url) as s:
        write_documents(s, items, defer_cluster_index=True)
    build = cluster_index.build_later_indexes
    threads: list[str] = []

    def failing(conn) -> None:  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        raise RuntimeError("no room for the index")

    monkeypatch.setattr(cluster_index, "build_later_indexes", failing)
    with pytest.raises(RuntimeError, match="no room"):
        recluster(url)
    assert threads == ["recluster-reads"] and _claim_indexes(url) == {}  # rolled back

    def recorded(conn) -> None:  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        build(conn)

    monkeypatch.setattr(cluster_index, "build_later_indexes", recorded)
    assert recluster(url) > 0
    assert threads[1] == "recluster-reads" and _claim_indexes(url) == made


def test_recluster_given_every_stored_claim_reads_the_states_while_it_clusters(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given a number for as many claims as are stored, the clustering starts on those ids while
    a thread reads the states; when the ids differ (another split's claims), it clusters again
    as without: the stored rows are those of a recluster from the texts either way."""
    import threading

    from annotator.split import storing
    from annotator.split.clusters import TextFeatures

    split_paths([SEEDS], workers=1, db_url=db_url)
    query = "SELECT id, text, cluster_id, conflict FROM claimunit ORDER BY id"
    with store.engine(db_url).connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(query)).all()]
    states = storing._claim_states
    threads: list[str] = []
    monkeypatch.setattr(
        storing,
        "_claim_states",
        lambda conn, t: threads.append(threading.current_thread().name) or states(conn, t),
    )
    for held in (rows, [("x-not-stored", rows[0][1]), *rows[1:]]):
        feats = TextFeatures()
        feats.add(r[1] for r in held)
        found = feats.text_numbers([r[1] for r in held]).tolist()
        numbers = dict(zip([r[0] for r in held], found, strict=True))
        with store.engine(db_url).begin() as conn:  # clusters to be recomputed
            conn.execute(text("UPDATE claimunit SET cluster_id = 'c-x', conflict = false"))
        threads.clear()
        assert storing.recluster(db_url, feats, numbers) == len(rows)
        assert threads[0] == "recluster-reads"
        assert threads[1:] == ([] if held is rows else ["MainThread"])
        with store.engine(db_url).connect() as conn:
            assert [tuple(r) for r in conn.execute(text(query)).all()] == rows


def test_sqlite_stores_flags_as_integers_from_the_bulk_insert_and_the_cluster_update(
    tmp_path: Path,
) -> None:
    """The claims' flags (quote from the bulk insert, conflict from the recluster's update,
    stale a default) go to SQLite as the 0/1 integers a bool binds as: a quote, and two texts
    that cluster with different figures (a conflict)."""
    body = (
        "The harbor board said on Tuesday that the new ferry terminal will cost {} million "
        "dollars to build over three years.\n\n"
        '"We will open the terminal in spring," the chair of the harbor board told reporters.\n'
    )
    for name, figure in (("a", 41), ("b", 47)):
        (tmp_path / f"{name}.txt").write_text(f"Harbor Notes\n\n{body.format(figure)}")
    db_url = f"sqlite:///{tmp_path / 'flags.db'}"
    split_paths([tmp_path / "a.txt", tmp_path / "b.txt"], workers=1, db_url=db_url)
    query = "SELECT typeof(quote), quote, typeof(conflict), conflict, typeof(stale), stale "
    with store.engine(db_url).connect() as conn:
        rows = conn.execute(text(query + "FROM claimunit")).all()
    assert {r[0::2] for r in rows} == {("integer",) * 3}
    assert {r[1] for r in rows} == {0, 1} and {r[3] for r in rows} == {0, 1}
    assert {r[5] for r in rows} == {0}
