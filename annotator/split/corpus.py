"""`annotator split SHARDS --out DIR`: the split stage over a corpus of shards, on an executor.

Passes, each a pure function of files mapped by the executor (`executors`):

1. `split_shard` per input shard: read (`readers`), `document_rows.split_document` each document,
   write its documents and claims (`writers`) and its banding files (`stage`: bucket keys,
   figures, salient tokens; no texts), then its done marker. Done shards are skipped.
2. The clustering passes (`buckets`) over key partitions, their number sized to the corpus
   (`PARTITION_ROWS` key rows each, at least 2 per worker): shared buckets per partition,
   regrouped so that the buckets of the same claims are verified in one partition, the
   records they need gathered per shard, verified edges per partition.
3. `finish_shard` per shard: the claims with their cluster id and conflict flag.

Between 2 and 3 the driver joins the edges into clusters (`components`): it holds the claims
that have a near-duplicate as numbers, never texts or all pairs. A worker holds one shard or
one partition, so its memory does not grow with the corpus. The clusters are redone when the
set of done shards changed since the last run (`DIR/_clusters.json`); they cover every shard
done in DIR, so a later run with more shards adds to the same corpus.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from annotator.errors import AnnotatorError
from annotator.pauses import pause
from annotator.split.writers import read_json, shard_key, write_json

PARTITIONS_PER_WORKER = 2  # at least this many key partitions per worker
PARTITION_ROWS = 1_500_000  # key rows per partition (~50 MB of rows; sets a worker's memory)


@dataclass
class CorpusSummary:
    shards: int = 0
    shards_done_before: int = 0  # skipped: marked done by an earlier run
    documents: int = 0
    claims: int = 0
    clusters_multi: int = 0  # clusters of two or more claims
    clustered_claims: int = 0  # claims in those clusters
    conflicts: int = 0
    engine: str = "local"
    seconds: dict[str, float] = field(default_factory=dict)  # split, cluster, finish
    worker_peak_rss_mb: float = 0.0  # the largest peak RSS of a worker that split a shard
    cluster_peak_rss_mb: float = 0.0  # ... of a worker in the clustering passes
    partitions: int = 0  # key partitions of the last clustering
    partition_peak_rows: int = 0  # the most key rows or records one partition held
    driver_peak_rss_mb: float = 0.0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def split_shard(task: dict[str, Any]) -> dict[str, Any]:
    """Pass 1 for one input shard (skipped when its done marker exists)."""

    from annotator.split.document_rows import split_document
    from annotator.split.readers import read_shard
    from annotator.split.stage import paths as stage_paths
    from annotator.split.stage import write_band_files
    from annotator.split.writers import ShardWriter

    out, key = Path(task["out"]), task["key"]
    paths = stage_paths(out, key)
    if paths["done"].exists():
        return {**read_json(paths["done"]), "skipped": True}
    writer = ShardWriter(out, key)
    ids: list[str] = []
    texts: list[str] = []
    errors: list[str] = []
    try:
        for item in read_shard(task["path"]):
            if isinstance(item, AnnotatorError):
                errors.append(str(item))
                continue
            try:
                doc = split_document(item, task.get("lang"))
            except Exception as exc:  # noqa: BLE001 - a splitter bug must not lose the shard
                errors.append(f"{item.path}: cannot split ({type(exc).__name__}: {exc})")
                continue
            if writer.add(doc):
                ids.extend(c["id"] for c in doc.claims)
                texts.extend(c["text"] for c in doc.claims)
        write_band_files(out, key, ids, texts)
        writer.close()
    except BaseException:
        writer.abort()
        raise
    result = {
        "path": task["path"],
        "key": key,
        "documents": writer.documents,
        "claims": writer.claims,
        "errors": [e.splitlines()[0] for e in errors],
        "worker_peak_rss_mb": _peak_rss_mb(),
    }
    write_json(paths["done"], result)
    return {**result, "skipped": False}


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def finish_shard(task: dict[str, Any]) -> dict[str, Any]:
    """Pass 3 for one shard: cluster ids (own id for a claim without edges) and conflicts."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from annotator.split.banding import cluster_id
    from annotator.split.stage import paths as stage_paths
    from annotator.split.writers import atomic_path

    out, key = Path(task["out"]), task["key"]
    paths = stage_paths(out, key)
    table = pq.read_table(paths["stage"])
    ids = table["id"].to_pylist()
    clusters = [cluster_id(c) for c in ids]  # a claim without a near-duplicate: its own
    flagged = [False] * len(ids)
    with np.load(paths["assign"]) as z:
        roots: dict[int, str] = {}
        for row, root, conflict in zip(
            z["rows"].tolist(), z["root"].tolist(), z["conflict"].tolist(), strict=True
        ):
            if root not in roots:
                roots[root] = cluster_id(f"{root:016x}")
            clusters[row] = roots[root]
            flagged[row] = conflict
    cluster_col = pa.array(clusters, pa.string())
    conflict_col = pa.array(flagged, pa.bool_())
    table = table.set_column(table.schema.get_field_index("cluster_id"), "cluster_id", cluster_col)
    table = table.set_column(table.schema.get_field_index("conflict"), "conflict", conflict_col)
    tmp = atomic_path(paths["claims"])
    pq.write_table(table, tmp, compression="zstd")
    tmp.replace(paths["claims"])
    return {"key": key, "claims": len(ids)}


def split_corpus(
    shards: Sequence[str | Path],
    out: str | Path,
    *,
    engine: str = "local",
    address: str | None = None,
    workers: int | None = None,
    partitions: int | None = None,
    partition_rows: int = PARTITION_ROWS,
    lang: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> CorpusSummary:
    """Split input shards into claim shards under `out` (see the module docstring)."""
    from annotator.split.executors import make_executor
    from annotator.split.readers import expand_shards
    from annotator.split.writers import remove_stale_temporaries

    files = expand_shards(shards)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out)
    summary = CorpusSummary(shards=len(files), engine=engine)
    keys = sorted({shard_key(f): str(f) for f in files}.items())
    clock = time.perf_counter()
    with make_executor(engine, workers=workers, address=address) as ex:
        summary.seconds["start"] = time.perf_counter() - clock
        tasks = [{"path": path, "key": key, "out": str(out), "lang": lang} for key, path in keys]
        done: dict[str, dict[str, Any]] = {}
        for r in ex.map(split_shard, tasks):
            done[r["key"]] = r
            summary.shards_done_before += int(r["skipped"])
            if progress:
                progress(f"{'skip' if r['skipped'] else 'done'} {r['path']}")
            pause("split.shard")  # a test's kill lands here: mid-run, before the clustering
        for key, _ in keys:
            r = done[key]
            summary.documents += r["documents"]
            summary.claims += r["claims"]
            summary.errors.extend(r["errors"])
            if not r["skipped"]:
                summary.worker_peak_rss_mb = max(
                    summary.worker_peak_rss_mb, r.get("worker_peak_rss_mb", 0.0)
                )
        summary.seconds["split"] = time.perf_counter() - clock - summary.seconds["start"]
        clock = time.perf_counter()
        shard_list = sorted(p.stem for p in (out / "_done").glob("*.json"))  # earlier runs too
        marker = out / "_clusters.json"
        previous = read_json(marker) if marker.exists() else {}
        if previous.get("shards") != shard_list or not all(
            (out / "claims" / f"{k}.parquet").exists() for k in shard_list
        ):
            marker.unlink(missing_ok=True)
            stats = _cluster(ex, out, shard_list, partitions, partition_rows, summary)
            summary.seconds["cluster"] = time.perf_counter() - clock
            clock = time.perf_counter()
            finals = [{"out": str(out), "key": k} for k in shard_list]
            for r in ex.map(finish_shard, finals):
                if progress:
                    progress(f"clustered {r['key']}")
            summary.seconds["finish"] = time.perf_counter() - clock
            write_json(marker, {"shards": shard_list, **stats})
        stats = read_json(marker)
    summary.clusters_multi = stats["clusters_multi"]
    summary.clustered_claims = stats["clustered_claims"]
    summary.conflicts = stats["conflicts"]
    summary.partitions = stats.get("partitions", 0)
    summary.partition_peak_rows = stats.get("partition_peak_rows", 0)
    summary.driver_peak_rss_mb = _peak_rss_mb()
    return summary


def _cluster(
    ex: Any,
    out: Path,
    shards: list[str],
    partitions: int | None,
    partition_rows: int,
    summary: CorpusSummary,
) -> dict[str, int]:
    """The clustering passes (`buckets`) and the driver's join (`components`)."""
    from annotator.split.banding import key_bounds
    from annotator.split.buckets import (
        bucket_partition,
        gather_shard,
        plan_partition,
        verify_partition,
    )
    from annotator.split.components import assign_clusters
    from annotator.split.stage import band_shard, clear_run, has_band_files, key_rows

    old = [{"out": str(out), "key": k} for k in shards if not has_band_files(out, k)]
    for _ in ex.map(band_shard, old):  # shards split before these files were kept
        pass
    clear_run(out)
    total = sum(key_rows(out, k) for k in shards)
    count = partitions or max(
        PARTITIONS_PER_WORKER * ex.workers, -(-total // max(1, partition_rows))
    )
    bounds = key_bounds(count)
    base = {"out": str(out), "shards": shards}
    parts = [
        {**base, "part": p, "count": count, "lo": bounds[p], "hi": bounds[p + 1]}
        for p in range(count)
    ]
    peak_rows = 0
    for r in ex.map(bucket_partition, parts):
        peak_rows = max(peak_rows, r["rows"])
        summary.cluster_peak_rss_mb = max(summary.cluster_peak_rss_mb, r["worker_peak_rss_mb"])
    for _ in ex.map(
        plan_partition, [{"out": str(out), "part": p, "count": count} for p in range(count)]
    ):
        pass
    gathers = [
        {"out": str(out), "key": k, "number": n, "partitions": count} for n, k in enumerate(shards)
    ]
    for r in ex.map(gather_shard, gathers):
        summary.cluster_peak_rss_mb = max(summary.cluster_peak_rss_mb, r["worker_peak_rss_mb"])
    for r in ex.map(verify_partition, [{**base, "part": p} for p in range(count)]):
        peak_rows = max(peak_rows, r["records"])
        summary.cluster_peak_rss_mb = max(summary.cluster_peak_rss_mb, r["worker_peak_rss_mb"])
    stats = assign_clusters(out, shards, count)
    return {**stats, "partitions": count, "partition_peak_rows": peak_rows}


def summary_json(summary: CorpusSummary) -> str:
    return json.dumps(summary.as_dict(), indent=2)
