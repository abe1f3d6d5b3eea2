"""`split --out`: shard inputs, claim shards, done markers, resume, clusters across shards."""

from __future__ import annotations

import gzip
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from scale_corpus import SEEDS, build_corpus, html_page, seed_texts, warc_bytes

from annotator.parent_death import die_with_parent
from annotator.pauses import ENV as PAUSE_ENV
from annotator.split.corpus import split_corpus
from annotator.split.ingest import html_document
from annotator.split.pipeline import split_paths
from annotator.split.readers import read_shard

REPO = Path(__file__).resolve().parents[2]


def claims_of(out: Path) -> list[dict]:
    rows = []
    for path in sorted((out / "claims").glob("*.parquet")):
        rows.extend(pq.read_table(path).to_pylist())
    return rows


def test_readers_give_documents_of_every_format_and_name_bad_lines(tmp_path: Path) -> None:
    text = seed_texts()[0]
    gz = tmp_path / "a.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": text, "source": "Wire"}) + "\n{broken\n")
    docs = list(read_shard(gz))
    assert [type(d).__name__ for d in docs] == ["RawDocument", "AnnotatorError"]
    assert docs[0].text == text and docs[0].source == "Wire" and docs[0].path == f"{gz}:1"
    assert str(docs[1]).startswith(f"{gz}:2: invalid JSON")
    page = html_page(text, "Seed zero")
    warc = tmp_path / "b.warc.gz"
    warc.write_bytes(warc_bytes([("https://example.org/x", page)]))
    (record,) = list(read_shard(warc))  # the request record is skipped
    same = html_document(page, "page.html")
    assert record.text == same.text and record.title == same.title  # the .html extraction
    assert record.url == "https://example.org/x" and record.path == f"{warc}:1"
    bad = tmp_path / "c.parquet"
    bad.write_bytes(b"not parquet")
    (err,) = list(read_shard(bad))
    assert str(err).startswith(f"{bad}: not a Parquet file")


def test_split_out_equals_the_store_path_and_a_rerun_skips_done_shards(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = split_corpus([SEEDS], out, workers=1)
    assert first.shards == 5 and first.claims > 100 and not first.errors
    stored = split_paths([SEEDS], db_url=f"sqlite:///{tmp_path / 's.db'}")
    from annotator.split.pipeline import claim_rows

    expected = {
        r["id"]: (r["cluster_id"], r["conflict"])
        for r in claim_rows(stored.claim_ids, f"sqlite:///{tmp_path / 's.db'}")
    }
    got = {r["id"]: (r["cluster_id"], r["conflict"]) for r in claims_of(out)}
    assert (
        got == expected
    )  # same claim ids, cluster ids and conflict flags as `split` into the store
    assert first.clusters_multi >= 1 and first.conflicts >= 3  # the Kabul death toll
    before = {p: p.stat().st_mtime_ns for p in (out / "documents").glob("*.parquet")}
    again = split_corpus([SEEDS], out, workers=1)
    assert again.shards_done_before == 5 and again.claims == first.claims
    assert {p: p.stat().st_mtime_ns for p in (out / "documents").glob("*.parquet")} == before


def test_clusters_cross_shards_and_formats(tmp_path: Path) -> None:
    shards = build_corpus(tmp_path / "in", copies=2)
    summary = split_corpus(shards, tmp_path / "out", workers=2, partitions=4)
    assert summary.shards == 8 and not summary.errors
    rows = claims_of(tmp_path / "out")
    assert len({r["id"] for r in rows}) == len(rows) == summary.claims
    by_text: dict[str, set[str]] = {}
    for r in rows:
        by_text.setdefault(r["text"], set()).add(r["cluster_id"])
    copied = [t for t in by_text if sum(r["text"] == t for r in rows) > 1]
    assert copied and all(len(by_text[t]) == 1 for t in copied)  # copies share one cluster
    other = split_corpus(shards, tmp_path / "out16", workers=1, partitions=16)
    assert {r["id"]: r["cluster_id"] for r in claims_of(tmp_path / "out16")} == {
        r["id"]: r["cluster_id"] for r in rows
    }  # partitions do not change clusters
    assert other.clusters_multi == summary.clusters_multi
    for kept in ("salient", "keys", "figs"):  # a folder split before they were kept
        shutil.rmtree(tmp_path / "out16" / "_stage" / kept)
    (tmp_path / "out16" / "_clusters.json").unlink()
    again = split_corpus(shards, tmp_path / "out16", workers=1)
    assert {r["id"]: (r["cluster_id"], r["conflict"]) for r in claims_of(tmp_path / "out16")} == {
        r["id"]: (r["cluster_id"], r["conflict"]) for r in rows
    }  # banding files recomputed from the staged claims: the same clusters
    assert again.shards_done_before == 8 and again.conflicts == summary.conflicts


def _run_split(shards: list[Path], out: Path, *extra: str, pause_at: str = "") -> subprocess.Popen:
    """`annotator split SHARDS --out OUT` in its own process group; with `pause_at`, a pause plan
    (`annotator.pauses`): stdin and stderr are pipes, so the run waits at it until killed."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop(PAUSE_ENV, None)
    if pause_at:
        env[PAUSE_ENV] = pause_at
    code = "import sys; from annotator.cli import main; sys.exit(main(sys.argv[1:]))"
    cmd = [sys.executable, "-c", code, "split", *map(str, shards), "--out", str(out), *extra]
    pipe = subprocess.PIPE if pause_at else None
    return subprocess.Popen(
        cmd,
        env=env,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stdin=pipe,
        stderr=pipe,
        preexec_fn=die_with_parent(signal.SIGKILL),  # a killed test run takes it along
    )


def markers(out: Path) -> int:
    """Shards the run in `out` has marked done."""
    return len(list((out / "_done").glob("*.json"))) if (out / "_done").exists() else 0


def kill_at_first_shard(shards: list[Path], out: Path, *extra: str) -> int:
    """Start `split --out`, SIGKILL its process group while its driver waits at the pause point
    after its first shard result (`split.shard`, before the clustering passes: a kill surely in
    the middle of the run, no timing involved); returns the done markers counted after the kill."""
    proc = _run_split(shards, out, *extra, pause_at="split.shard:1")
    assert proc.stderr is not None
    said = b""
    with selectors.DefaultSelector() as sel:  # the stderr lines, with an overall deadline
        sel.register(proc.stderr, selectors.EVENT_READ)
        deadline = time.monotonic() + 300
        while b"paused split.shard 1\n" not in said:
            if not sel.select(max(0.0, deadline - time.monotonic())):
                os.killpg(proc.pid, signal.SIGKILL)
                raise AssertionError(f"no pause within 300 s: {said[-2000:]!r}")
            chunk = os.read(proc.stderr.fileno(), 65536)
            if not chunk:
                raise AssertionError(f"ended without pausing (rc={proc.wait()}): {said[-2000:]!r}")
            said += chunk
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / "_clusters.json").exists() and not (out / "claims").exists()  # mid-run
    return markers(out)


def test_a_killed_run_resumes_with_no_duplicates_and_no_losses(tmp_path: Path) -> None:
    shards = build_corpus(tmp_path / "in", copies=3)
    reference = split_corpus(shards, tmp_path / "ref", workers=1)
    out = tmp_path / "out"
    done = kill_at_first_shard(shards, out, "--workers", "1")
    assert done == 1  # one process, one shard at a time: the pause stopped the rest
    resumed = _run_split(shards, out, "--workers", "1", "--format", "json")
    stdout, _ = resumed.communicate(timeout=600)
    assert resumed.returncode == 0
    summary = json.loads(stdout)
    assert summary["shards_done_before"] == done
    rows = claims_of(out)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))  # 0 duplicates
    assert {r["id"]: r["cluster_id"] for r in rows} == {
        r["id"]: r["cluster_id"] for r in claims_of(tmp_path / "ref")
    }  # 0 losses, same clusters
    assert summary["claims"] == reference.claims
    assert not list(out.rglob("*.tmp*"))


@pytest.mark.parametrize(
    "args", [["--engine", "ray"], ["--address", "127.0.0.1:1"], ["--partitions", "8"]]
)
def test_engine_options_need_out(args: list[str], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from annotator.cli import app

    result = CliRunner().invoke(app, ["split", str(SEEDS), *args])
    assert result.exit_code == 1 and "need --out" in result.output


def test_partitions_option_sets_the_count_and_not_the_clusters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator.cli import main

    out = tmp_path / "out"
    args = ["split", str(SEEDS), "--out", str(out), "--workers", "1", "--format", "json"]
    assert main([*args, "--partitions", "3"]) == 0
    assert json.loads(capsys.readouterr().out)["partitions"] == 3
    assert len(list((out / "_stage" / "shuffle").glob("needs-p*.npy"))) == 3
    first = {r["id"]: (r["cluster_id"], r["conflict"]) for r in claims_of(out)}
    (out / "_clusters.json").unlink()  # cluster again, with another count
    assert main([*args, "--partitions", "5"]) == 0
    assert json.loads(capsys.readouterr().out)["partitions"] == 5
    assert {r["id"]: (r["cluster_id"], r["conflict"]) for r in claims_of(out)} == first


def test_partition_memory_is_bounded_by_the_configured_size_not_the_corpus(
    tmp_path: Path,
) -> None:
    small = build_corpus(tmp_path / "small", copies=2)
    large = build_corpus(tmp_path / "large", copies=6)
    rows = 4000  # key rows per partition
    a = split_corpus(small, tmp_path / "a", workers=1, partition_rows=rows)
    b = split_corpus(large, tmp_path / "b", workers=1, partition_rows=rows)
    assert b.claims >= 2.5 * a.claims
    assert b.partitions >= 2 * a.partitions >= 4  # the count grows with the corpus ...
    assert a.partition_peak_rows <= 1.5 * rows  # ... and what a partition holds does not
    assert b.partition_peak_rows <= 1.5 * rows
    whole = split_corpus(large, tmp_path / "c", workers=1, partitions=2)
    assert whole.partition_peak_rows > 2 * rows  # the same corpus in 2 partitions holds more
    assert {r["id"]: (r["cluster_id"], r["conflict"]) for r in claims_of(tmp_path / "b")} == {
        r["id"]: (r["cluster_id"], r["conflict"]) for r in claims_of(tmp_path / "c")
    }


def test_claim_shards_hold_every_column_split_produces(tmp_path: Path) -> None:
    from annotator.split.document_rows import split_file
    from annotator.split.writers import CLAIM_SCHEMA, DOCUMENT_SCHEMA

    (doc,), _ = split_file(str(sorted(SEEDS.glob("*.txt"))[0]))
    assert set(doc.claims[0]) <= set(CLAIM_SCHEMA.names)  # nothing split makes is dropped
    assert set(doc.document) - {"boilerplate"} <= set(DOCUMENT_SCHEMA.names)
