"""Clusters from the edges of every key partition (the driver's step of `split --out`).

Union-find over the claims that have an edge, on a compact id map: the edges are pairs of
claim references (shard number << 32 | row), the claims with an edge are numbered by
`np.unique`, and the components come from `scipy.sparse.csgraph.connected_components`. A
component's cluster id is `banding.cluster_id` of its smallest claim id, like `clusters`; a
claim without an edge is its own cluster (set by `finish_shard`). Conflicts use
`clusters.conflicts`' rule on figure sets: in a component, two distinct sets of which neither
holds the other flag every claim that has either. Per shard, `assign/<shard>.npz` holds the
rows with an edge, their component's smallest claim id and their conflict flag, so a worker
finishing a shard reads only its own.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from annotator.split.stage import part_path, paths


def assign_clusters(out: Path, shards: list[str], partitions: int) -> dict[str, int]:
    """Write every shard's assignment file; returns the counts of the corpus summary."""
    import pyarrow.parquet as pq
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    found = [np.load(part_path(out, w, p)) for p in range(partitions) for w in ("copies", "edges")]
    edges = np.concatenate([e.reshape(-1, 2) for e in found]) if found else np.empty((0, 2))
    edges = edges.astype(np.uint64)
    nodes, idx = np.unique(edges, return_inverse=True)
    idx = idx.reshape(-1, 2)
    n = len(nodes)
    graph = coo_matrix((np.ones(len(idx), dtype=np.int8), (idx[:, 0], idx[:, 1])), shape=(n, n))
    ncomp, labels = connected_components(graph, directed=False)
    cid = np.zeros(n, dtype=np.uint64)
    fig = np.zeros(n, dtype=np.uint64)
    shard_of = (nodes >> np.uint64(32)).astype(np.int64)
    rows = (nodes & np.uint64(0xFFFFFFFF)).astype(np.int64)
    bounds = np.searchsorted(shard_of, np.arange(len(shards) + 1))
    for number, key in enumerate(shards):
        i, j = bounds[number], bounds[number + 1]
        if j > i:
            table = pq.read_table(paths(out, key)["figs"], columns=["cid", "fig"])
            cid[i:j] = table["cid"].to_numpy()[rows[i:j]]
            fig[i:j] = table["fig"].to_numpy()[rows[i:j]]
    root = np.full(ncomp, np.iinfo(np.uint64).max, dtype=np.uint64)
    np.minimum.at(root, labels, cid)
    flagged = _conflicts(out, shards, labels, fig, rows, bounds)
    for number, key in enumerate(shards):
        i, j = bounds[number], bounds[number + 1]
        np.savez(
            paths(out, key)["assign"],
            rows=rows[i:j].astype(np.uint32),
            root=root[labels[i:j]],
            conflict=flagged[i:j],
        )
    return {"clusters_multi": int(ncomp), "clustered_claims": n, "conflicts": int(flagged.sum())}


def _conflicts(
    out: Path,
    shards: list[str],
    labels: np.ndarray,
    fig: np.ndarray,
    rows: np.ndarray,
    bounds: np.ndarray,
) -> np.ndarray:
    """Per node: in conflict (its figure set and another of its component's are incomparable)."""
    import pyarrow.parquet as pq

    flagged: np.ndarray = np.zeros(len(labels), dtype=bool)
    has = np.flatnonzero(fig != 0)
    pairs = np.unique(np.stack([labels[has].astype(np.uint64), fig[has]], axis=1), axis=0)
    if not len(pairs):
        return flagged
    comp = pairs[:, 0]
    starts = np.flatnonzero(np.r_[True, comp[1:] != comp[:-1]])
    count = np.diff(np.r_[starts, len(pairs)])
    multi = np.repeat(count >= 2, count)
    pairs = pairs[multi]
    if not len(pairs):
        return flagged
    wanted = np.unique(pairs[:, 1])
    sets: dict[int, frozenset[str]] = {}
    for number, key in enumerate(shards):
        i, j = bounds[number], bounds[number + 1]
        pick = np.flatnonzero(np.isin(fig[i:j], wanted))
        if not len(pick):
            continue
        table = pq.read_table(paths(out, key)["figs"], columns=["fig", "figures"])
        take = rows[i:j][pick]
        figs = table["fig"].to_numpy()[take].tolist()
        texts = table["figures"].take(take).to_pylist()
        for h, text in zip(figs, texts, strict=True):
            if h not in sets:
                sets[h] = frozenset(text.split(" "))
    bad: set[tuple[int, int]] = set()
    comp = pairs[:, 0]
    starts = np.flatnonzero(np.r_[True, comp[1:] != comp[:-1]]).tolist() + [len(pairs)]
    for a, b in zip(starts, starts[1:], strict=False):
        group = pairs[a:b].tolist()
        for x, (c, fa) in enumerate(group):
            for _, fb in group[x + 1 :]:
                sa, sb = sets[fa], sets[fb]
                if not (sa <= sb or sb <= sa):
                    bad.add((c, fa))
                    bad.add((c, fb))
    if bad:
        marks = np.array(sorted(bad), dtype=np.uint64)
        node_pairs = np.stack([labels.astype(np.uint64), fig], axis=1)
        view = np.ascontiguousarray(node_pairs).view([("c", "<u8"), ("f", "<u8")]).ravel()
        mview = np.ascontiguousarray(marks).view([("c", "<u8"), ("f", "<u8")]).ravel()
        flagged = np.isin(view, mview)
    return flagged
