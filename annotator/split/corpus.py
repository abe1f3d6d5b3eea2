"""`annotator split SHARDS --out DIR`: the split stage over a corpus of shards, on an executor.

Three passes, each a pure function of files mapped by the executor (`executors`):

1. `split_shard` per input shard: read (`readers`), `pipeline.split_document` each document,
   write its documents and claims (`writers`) and its bucket keys (`banding.claim_keys`), then
   its done marker. Shards already marked done are skipped.
2. `cluster_partition` per key partition: shared keys, verified buckets, edges (`banding`).
3. `finish_shard` per shard: the claims with their cluster id and conflict flag.

Between 2 and 3 the driver joins the edges into clusters (`banding.assign`): it holds the ids
of claims that have a near-duplicate, never all claims or all pairs. The clusters are redone
when the set of done shards changed since the last run (`DIR/_clusters.json`); they cover every
shard done in DIR, so a later run with more shards adds to the same corpus.
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
from annotator.split.writers import read_json, shard_key, write_json

PARTITIONS_PER_WORKER = 2  # key partitions (fixed per DIR on its first run: `_corpus.json`)


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
    cluster_peak_rss_mb: float = 0.0  # ... of a worker that verified a key partition
    driver_peak_rss_mb: float = 0.0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _paths(out: Path, key: str) -> dict[str, Path]:
    return {
        "done": out / "_done" / f"{key}.json",
        "stage": out / "_stage" / "claims" / f"{key}.parquet",
        "keys": out / "_stage" / "keys" / f"{key}.npz",
        "salient": out / "_stage" / "salient" / f"{key}.parquet",
        "claims": out / "claims" / f"{key}.parquet",
    }


def split_shard(task: dict[str, Any]) -> dict[str, Any]:
    """Pass 1 for one input shard (skipped when its done marker exists)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from annotator.split.banding import claim_keys, partition_of
    from annotator.split.pipeline import split_document
    from annotator.split.readers import read_shard
    from annotator.split.writers import ShardWriter, atomic_path

    out, key = Path(task["out"]), task["key"]
    paths = _paths(out, key)
    if paths["done"].exists():
        return {**read_json(paths["done"]), "skipped": True}
    writer = ShardWriter(out, key)
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
                texts.extend(c["text"] for c in doc.claims)
        keys, rows, salient = claim_keys(texts)
        parts = partition_of(keys, task["partitions"])
        pairs = np.stack([keys, rows.astype(np.uint64)], axis=1)
        arrays = {f"p{p}": pairs[parts == p] for p in range(task["partitions"])}
        tmp = atomic_path(paths["keys"])
        with tmp.open("wb") as fh:
            np.savez(fh, **arrays)
        tokens_tmp = atomic_path(paths["salient"])
        table = pa.table({"salient": pa.array(salient, pa.list_(pa.string()))})
        pq.write_table(table, tokens_tmp, compression="zstd")
        writer.close()
        tmp.replace(paths["keys"])
        tokens_tmp.replace(paths["salient"])
    except BaseException:
        writer.abort()
        raise
    result = {
        "path": task["path"],
        "key": key,
        "documents": writer.documents,
        "claims": writer.claims,
        "errors": [e.splitlines()[0] for e in errors],
        "partitions": task["partitions"],
        "worker_peak_rss_mb": _peak_rss_mb(),
    }
    write_json(paths["done"], result)
    return {**result, "skipped": False}


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def cluster_partition(task: dict[str, Any]) -> dict[str, Any]:
    """Pass 2 for one partition: verified edges of its shared keys, written to the stage."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from annotator.split.banding import bucket_edges, shared_keys

    out, part, shards = Path(task["out"]), task["part"], task["shards"]

    def arrays():  # type: ignore[no-untyped-def]
        for number, key in enumerate(shards):
            with np.load(_paths(out, key)["keys"]) as z:
                yield number, z[f"p{part}"]

    keys, refs = shared_keys(arrays())
    claims: dict[int, tuple[str, str]] = {}
    tokens: dict[int, list[str]] | None = {}
    needed = np.unique(refs)
    for number in np.unique(needed >> np.uint64(32)):
        rows = needed[(needed >> np.uint64(32)) == number] & np.uint64(0xFFFFFFFF)
        paths = _paths(out, shards[int(number)])
        take = pa.array(rows.astype(np.int64))
        picked = pq.read_table(paths["stage"], columns=["id", "text"]).take(take)
        base = int(number) << 32
        refs_here = [base | row for row in rows.tolist()]
        for ref, cid, text in zip(
            refs_here, picked["id"].to_pylist(), picked["text"].to_pylist(), strict=True
        ):
            claims[ref] = (cid, text)
        if tokens is not None and paths["salient"].exists():  # a folder split before: none
            salient = pq.read_table(paths["salient"]).take(take)["salient"].to_pylist()
            tokens.update(zip(refs_here, salient, strict=True))
        else:
            tokens = None
    edges, figs = bucket_edges(keys, refs, claims, tokens)
    path = out / "_stage" / "edges" / f"p{part:03d}.json"
    write_json(path, {"edges": edges, "figures": figs}, compact=True)
    return {"part": part, "edges": len(edges), "worker_peak_rss_mb": _peak_rss_mb()}


def finish_shard(task: dict[str, Any]) -> dict[str, Any]:
    """Pass 3 for one shard: cluster ids (own id for a claim without edges) and conflicts."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from annotator.split.banding import cluster_id
    from annotator.split.writers import atomic_path

    out, key = Path(task["out"]), task["key"]
    paths = _paths(out, key)
    assigned = read_json(out / "_stage" / "clusters.json")
    clusters, flagged = assigned["clusters"], set(assigned["conflicts"])
    table = pq.read_table(paths["stage"])
    ids = table["id"].to_pylist()
    cluster_col = pa.array([clusters.get(c) or cluster_id(c) for c in ids], pa.string())
    conflict_col = pa.array([c in flagged for c in ids], pa.bool_())
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
    lang: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> CorpusSummary:
    """Split input shards into claim shards under `out` (see the module docstring)."""
    from annotator.split.banding import assign
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
        partitions = _partitions(out, partitions, ex.workers)
        tasks = [
            {"path": path, "key": key, "out": str(out), "partitions": partitions, "lang": lang}
            for key, path in keys
        ]
        done: dict[str, dict[str, Any]] = {}
        for r in ex.map(split_shard, tasks):
            done[r["key"]] = r
            summary.shards_done_before += int(r["skipped"])
            if progress:
                progress(f"{'skip' if r['skipped'] else 'done'} {r['path']}")
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
        state = {"shards": shard_list, "partitions": partitions}
        marker = out / "_clusters.json"
        previous = read_json(marker) if marker.exists() else {}
        if {k: previous.get(k) for k in state} != state or not all(
            (out / "claims" / f"{k}.parquet").exists() for k in shard_list
        ):
            marker.unlink(missing_ok=True)
            parts = [{"out": str(out), "part": p, "shards": shard_list} for p in range(partitions)]
            for r in ex.map(cluster_partition, parts):
                summary.cluster_peak_rss_mb = max(
                    summary.cluster_peak_rss_mb, r.get("worker_peak_rss_mb", 0.0)
                )
            edges: list[tuple[str, str]] = []
            figs: dict[str, list[str]] = {}
            for p in range(partitions):
                got = read_json(out / "_stage" / "edges" / f"p{p:03d}.json")
                edges.extend((a, b) for a, b in got["edges"])
                figs.update(got["figures"])
            clusters, flagged = assign(edges, figs)
            summary.seconds["cluster"] = time.perf_counter() - clock
            clock = time.perf_counter()
            write_json(
                out / "_stage" / "clusters.json",
                {"clusters": clusters, "conflicts": sorted(flagged)},
                compact=True,
            )
            finals = [{"out": str(out), "key": k} for k in shard_list]
            for r in ex.map(finish_shard, finals):
                if progress:
                    progress(f"clustered {r['key']}")
            summary.seconds["finish"] = time.perf_counter() - clock
            counts: dict[str, int] = {}
            for c in clusters.values():
                counts[c] = counts.get(c, 0) + 1
            write_json(
                marker,
                {
                    **state,
                    "clusters_multi": len(counts),
                    "clustered_claims": len(clusters),
                    "conflicts": len(flagged),
                },
            )
        stats = read_json(marker)
    summary.clusters_multi = stats["clusters_multi"]
    summary.clustered_claims = stats["clustered_claims"]
    summary.conflicts = stats["conflicts"]
    summary.driver_peak_rss_mb = _peak_rss_mb()
    return summary


def _partitions(out: Path, asked: int | None, workers: int) -> int:
    """The key partition count of DIR: set by its first run (a re-run must read the same)."""
    state = out / "_corpus.json"
    if state.exists():
        fixed = int(read_json(state)["partitions"])
        if asked is not None and asked != fixed:
            raise AnnotatorError(f"this folder was split with {fixed} partitions", path=str(out))
        return fixed
    chosen = asked or max(2, PARTITIONS_PER_WORKER * workers)
    write_json(state, {"partitions": chosen})
    return chosen


def summary_json(summary: CorpusSummary) -> str:
    return json.dumps(summary.as_dict(), indent=2)
