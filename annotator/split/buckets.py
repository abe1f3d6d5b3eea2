"""The clustering passes over key partitions: buckets, the claims they need, verified edges.

A key partition is a range of key space (`banding.key_bounds`); their number is sized to the
corpus (`split_corpus`), so each pass holds a bounded share of it:

1. `bucket_partition` (per partition): the partition's slice of every shard's key rows.
   Keys met once are dropped; exact-text buckets give copy edges (every claim to the smallest
   claim id of its normalised text); in every bucket the smallest id of each normalised text
   stays, and a bucket of 2 to `MAX_BUCKET` texts is kept for verification, its members in
   claim-id order. Writes the copy edges and the buckets, grouped by the partition that will
   verify them: a hash of the bucket's first member (`_target`), not of its key.
2. `plan_partition` (per partition): the buckets it verifies, from every key partition, and
   the claims they need. The band and anchor keys of two similar claims land in many key
   partitions; their buckets, led by the same claim, meet here, so equal buckets and repeated
   pairs are verified once instead of once per key partition.
3. `gather_shard` (per shard): reads the shard's texts and salient tokens once and writes, for
   each partition, the records of the claims it needs (one Arrow batch per partition).
4. `verify_partition` (per partition): `clusters`' rules on each bucket -- each text compared
   with at most `MAX_ROOTS` earlier representatives, a bucket with the same members as one
   already decided skipped -- giving edges between claims.

Claims are named by reference (shard number << 32 | row) and ordered by claim id. Every bucket
is decided on its own, so the edges do not depend on the partition count or on which
partition verifies a bucket.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from annotator.split.banding import ANCHOR, EXACT, ROW
from annotator.split.clusters import MAX_BUCKET, MAX_ROOTS
from annotator.split.salient import _salient_rule
from annotator.split.shingles import jaccard, shingles
from annotator.split.stage import part_path, paths

_ROW = np.uint64(0xFFFFFFFF)
CACHE = 200_000  # verified pairs remembered per partition (shingle sets: 1/100 of that)


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _slice(out: Path, shards: list[str], lo: int, hi: int) -> np.ndarray:
    """The key rows of [lo, hi) of every shard, with `ref` in place of the row number."""
    dtype = np.dtype([("key", "<u8"), ("cid", "<u8"), ("norm", "<u8"), ("ref", "<u8")])
    pieces = []
    for number, key in enumerate(shards):
        rows = np.load(paths(out, key)["keys"], mmap_mode="r")
        i, j = np.searchsorted(rows["low"], np.array([lo, hi], dtype=np.uint64))
        if j > i:
            got = np.array(rows[i:j], dtype=ROW)
            piece = np.empty(len(got), dtype=dtype)
            piece["key"] = got["low"] | (got["kind"].astype(np.uint64) << np.uint64(62))
            piece["cid"], piece["norm"] = got["cid"], got["norm"]
            piece["ref"] = (np.uint64(number) << np.uint64(32)) | got["row"].astype(np.uint64)
            pieces.append(piece)
    return np.concatenate(pieces) if pieces else np.empty(0, dtype=dtype)


def bucket_partition(task: dict[str, Any]) -> dict[str, Any]:
    """Pass 1 for one partition (see the module docstring)."""
    out, part = Path(task["out"]), task["part"]
    rows = _slice(out, task["shards"], task["lo"], task["hi"])
    held = len(rows)
    rows = rows[np.lexsort((rows["cid"], rows["norm"], rows["key"]))]
    key, norm = rows["key"], rows["norm"]
    new_key = np.r_[True, key[1:] != key[:-1]] if len(rows) else np.zeros(0, bool)
    size = np.diff(np.r_[np.flatnonzero(new_key), len(rows)])
    rows = rows[np.repeat(size, size) >= 2]  # keys met once are no bucket
    key, norm = rows["key"], rows["norm"]
    head = (
        np.r_[True, (key[1:] != key[:-1]) | (norm[1:] != norm[:-1])] if len(rows) else new_key[:0]
    )
    first = rows["ref"][np.maximum.accumulate(np.where(head, np.arange(len(rows)), 0))]
    copy = ~head & ((key >> np.uint64(62)) == EXACT)
    copies = np.stack([first[copy], rows["ref"][copy]], axis=1)
    heads = rows[head]
    heads = heads[np.lexsort((heads["cid"], heads["key"]))]
    hk = heads["key"]
    starts = np.flatnonzero(np.r_[True, hk[1:] != hk[:-1]]) if len(heads) else np.zeros(0, int)
    count = np.diff(np.r_[starts, len(heads)])
    keep = np.repeat((count >= 2) & (count <= MAX_BUCKET), count)
    heads = heads[keep]
    hk = heads["key"]
    starts = np.flatnonzero(np.r_[True, hk[1:] != hk[:-1]]) if len(heads) else np.zeros(0, int)
    lexical = (hk[starts] >> np.uint64(62)) != ANCHOR
    members = heads["ref"]
    count = task.get("count", 1)
    target = _target(members[starts], count)
    order = np.argsort(target, kind="stable")  # buckets grouped by the partition verifying them
    size = np.diff(np.r_[starts, len(members)]).astype(np.int64)[order]
    new_starts = np.r_[0, np.cumsum(size)].astype(np.int64)
    if len(order):
        within = np.arange(len(members)) - np.repeat(new_starts[:-1], size)
        members = members[np.repeat(starts[order], size) + within]
    np.save(part_path(out, "copies", part), copies)
    np.save(part_path(out, "bmembers", part), members)
    np.save(part_path(out, "bstarts", part), new_starts)  # with the end: one more than buckets
    np.save(part_path(out, "blexical", part), lexical[order])
    np.save(part_path(out, "btargets", part), np.searchsorted(target[order], np.arange(count + 1)))
    return {
        "part": part,
        "rows": held,
        "buckets": len(starts),
        "worker_peak_rss_mb": _peak_rss_mb(),
    }


def _target(first: np.ndarray, count: int) -> np.ndarray:
    """The partition that verifies a bucket: a hash of its first (smallest-id) member, so the
    buckets of one pair of claims, cut by several keys into several key partitions, meet in
    one verification partition, where equal buckets and repeated pairs are decided once."""
    mixed = (first * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(33)
    return (mixed % np.uint64(count)).astype(np.int64)


def plan_partition(task: dict[str, Any]) -> dict[str, Any]:
    """Pass 1b for one verification partition: its buckets from every key partition and the
    claims they need."""
    out, part = Path(task["out"]), task["part"]
    members_out: list[np.ndarray] = []
    sizes: list[np.ndarray] = []
    lexicals: list[np.ndarray] = []
    for source in range(task["count"]):
        tb = np.load(part_path(out, "btargets", source), mmap_mode="r")
        a, b = int(tb[part]), int(tb[part + 1])
        if b <= a:
            continue
        st = np.load(part_path(out, "bstarts", source), mmap_mode="r")
        lo, hi = int(st[a]), int(st[b])
        held = np.load(part_path(out, "bmembers", source), mmap_mode="r")
        members_out.append(np.array(held[lo:hi]))
        sizes.append(np.diff(np.array(st[a : b + 1])))
        lexicals.append(np.array(np.load(part_path(out, "blexical", source), mmap_mode="r")[a:b]))
    members = np.concatenate(members_out) if members_out else np.empty(0, np.uint64)
    size = np.concatenate(sizes) if sizes else np.empty(0, np.int64)
    lexical = np.concatenate(lexicals) if lexicals else np.empty(0, bool)
    starts = np.r_[0, np.cumsum(size)[:-1]].astype(np.int64) if len(size) else size
    needs = np.unique(members)
    np.savez(
        part_path(out, "buckets", part, "npz"), members=members, starts=starts, lexical=lexical
    )
    np.save(part_path(out, "needs", part), needs)
    return {"part": part, "buckets": len(starts), "needs": len(needs)}


def gather_shard(task: dict[str, Any]) -> dict[str, Any]:
    """Pass 2 for one shard: the records (ref, text, salient tokens) each partition needs."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out, key, number = Path(task["out"]), task["key"], task["number"]
    lo, hi = np.uint64(number) << np.uint64(32), np.uint64(number + 1) << np.uint64(32)
    wanted = []
    for part in range(task["partitions"]):
        needs = np.load(part_path(out, "needs", part), mmap_mode="r")
        i, j = np.searchsorted(needs, np.array([lo, hi], dtype=np.uint64))
        wanted.append(np.array(needs[i:j]))
    if not any(len(w) for w in wanted):
        return {"key": key, "records": 0, "worker_peak_rss_mb": _peak_rss_mb()}
    p = paths(out, key)
    texts = pq.read_table(p["stage"], columns=["text"])["text"].combine_chunks()
    salient = pq.read_table(p["salient"])["salient"].combine_chunks()
    schema = pa.schema(
        [("ref", pa.uint64()), ("text", pa.string()), ("salient", pa.list_(pa.string()))]
    )
    path = p["records"]
    options = pa.ipc.IpcWriteOptions(compression="zstd")
    total = 0
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, schema, options=options) as w:
        for refs in wanted:
            take = pa.array((refs & _ROW).astype(np.int64))
            cols = [pa.array(refs, pa.uint64()), texts.take(take), salient.take(take)]
            w.write_batch(pa.record_batch(cols, schema=schema))
            total += len(refs)
    return {"key": key, "records": total, "worker_peak_rss_mb": _peak_rss_mb()}


def verify_partition(task: dict[str, Any]) -> dict[str, Any]:
    """Pass 3 for one partition: verified edges of its buckets (`clusters`' rules)."""
    import pyarrow as pa

    out, part = Path(task["out"]), task["part"]
    with np.load(part_path(out, "buckets", part, "npz")) as z:
        members_all, starts, lex_all = z["members"], z["starts"], z["lexical"]
    texts: dict[int, str] = {}
    salient: dict[int, set[str]] = {}
    for key in task["shards"]:
        path = paths(out, key)["records"]
        if not path.exists():
            continue
        with pa.memory_map(str(path)) as source:
            batch = pa.ipc.open_file(source).get_batch(part)
            refs = batch.column(0).to_numpy().tolist()
            texts.update(zip(refs, batch.column(1).to_pylist(), strict=True))
            salient.update(zip(refs, map(set, batch.column(2).to_pylist()), strict=True))
    tried: dict[tuple[int, int, bool], bool] = {}  # verification is pure: each pair once
    gram_sets: dict[int, set[str]] = {}

    def verify(a: int, b: int, lexical: bool) -> bool:
        if tried.get((a, b, False)):  # the salient rule alone matched: any bucket matches
            return True
        known = tried.get((a, b, lexical))
        if known is None:
            if len(tried) >= CACHE:  # the caches only save work: bounded, results the same
                tried.clear()
            known = tried[(a, b, lexical)] = _verify(a, b, lexical)
        return known

    def _verify(a: int, b: int, lexical: bool) -> bool:
        if _salient_rule(salient[a], salient[b]):
            return True
        if not lexical:
            return False
        if len(gram_sets) >= CACHE // 100:
            gram_sets.clear()
        for x in (a, b):
            if x not in gram_sets:
                gram_sets[x] = shingles(texts[x])
        return jaccard(gram_sets[a], gram_sets[b]) >= 0.6

    edges: set[tuple[int, int]] = set()
    seen: set[tuple[bool, tuple[int, ...]]] = set()
    bounds = np.r_[starts, len(members_all)].astype(np.int64).tolist()
    members_list = members_all.tolist()
    for n, lexical in enumerate(lex_all.tolist()):
        members = tuple(members_list[bounds[n] : bounds[n + 1]])
        if (lexical, members) in seen:
            continue
        seen.add((lexical, members))
        reps: list[int] = []
        for m in members:
            for rep in reps[:MAX_ROOTS]:
                if verify(rep, m, lexical):
                    edges.add((rep, m))
                    break
            else:
                reps.append(m)
    found = np.array(sorted(edges), dtype=np.uint64).reshape(-1, 2)
    np.save(part_path(out, "edges", part), found)
    return {
        "part": part,
        "records": len(texts),
        "edges": len(found),
        "worker_peak_rss_mb": _peak_rss_mb(),
    }
