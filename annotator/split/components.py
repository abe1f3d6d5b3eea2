"""Clusters from the edges of every key partition (the driver's step of `split --out`).

Claims are numbered densely over the shards (shard offset + row), so the edges need no
`np.unique` over all of them. Union-find runs one partition's edges at a time on a
representative array (each claim's component, named by its smallest number): a partition's
edges are mapped to representatives, joined with `scipy.sparse.csgraph.connected_components`
on the few representatives they touch, and the array relabelled. The driver so holds one
partition's edges, never all of them. A component's cluster id is `banding.cluster_id` of its
smallest claim id, like `clusters`; a claim without an edge is its own cluster (set by
`finish_shard`).

Conflicts use `clusters.conflicts`' rule on figure sets: in a component, two distinct sets of
which neither holds the other flag every claim that has either. `conflicting_sets` finds the
flagged sets in time linear in their sizes, without comparing all pairs: a set S is unflagged
iff it is the only set of its size, every smaller set is in S (the union of the smaller sets
is) and S is in every larger set (in their intersection). Only the figure strings of sets in
components with two or more distinct sets are read, as small integers. Per shard,
`assign/<shard>.npz` holds the rows with an edge, their component's smallest claim id and
their conflict flag, so a worker finishing a shard reads only its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from annotator.split.stage import part_path, paths

_ROW = np.uint64(0xFFFFFFFF)


def conflicting_sets(sets: Sequence[frozenset]) -> list[bool]:
    """Per distinct set: is another set of `sets` incomparable with it (neither holds the other)?

    Equal to comparing every pair (`clusters.conflicts`), in time linear in the sets' sizes."""
    order = sorted(range(len(sets)), key=lambda i: len(sets[i]))
    hit = [False] * len(sets)
    groups: list[list[int]] = []
    for i in order:
        if groups and len(sets[groups[-1][0]]) == len(sets[i]):
            groups[-1].append(i)
        else:
            groups.append([i])
    union: set = set()  # of every set smaller than the current group
    for group in groups:
        size = len(sets[group[0]])
        for i in group:
            if len(group) > 1 or len(union) > size or not union <= sets[i]:
                hit[i] = True
        for i in group:
            union |= sets[i]
    common: set | None = None  # intersection of every set larger than the current group
    for group in reversed(groups):
        if common is not None:
            for i in group:
                if not hit[i] and not sets[i] <= common:
                    hit[i] = True
        for i in group:
            common = set(sets[i]) if common is None else common & sets[i]
    return hit


def assign_clusters(out: Path, shards: list[str], partitions: int) -> dict[str, int]:
    """Write every shard's assignment file; returns the counts of the corpus summary."""
    import pyarrow.parquet as pq

    sizes = [pq.ParquetFile(paths(out, key)["figs"]).metadata.num_rows for key in shards]
    offset = np.r_[0, np.cumsum(sizes)].astype(np.int64)
    total = int(offset[-1])
    rep = np.arange(total, dtype=np.int64)  # each claim's component: its smallest number
    linked = np.zeros(total, dtype=bool)
    for p in range(partitions):
        for what in ("copies", "edges"):
            refs = np.load(part_path(out, what, p)).reshape(-1).astype(np.uint64)
            if len(refs):
                nums = offset[(refs >> np.uint64(32)).astype(np.int64)] + (refs & _ROW).astype(
                    np.int64
                )
                linked[nums] = True
                rep = _join(rep, nums.reshape(-1, 2))
    nodes = np.flatnonzero(linked)
    labels = rep[nodes]
    cid = np.empty(total, dtype=np.uint64)
    fig = np.empty(total, dtype=np.uint64)
    for number, key in enumerate(shards):
        table = pq.read_table(paths(out, key)["figs"], columns=["cid", "fig"])
        cid[offset[number] : offset[number + 1]] = table["cid"].to_numpy()
        fig[offset[number] : offset[number + 1]] = table["fig"].to_numpy()
    root = np.full(total, np.iinfo(np.uint64).max, dtype=np.uint64)
    np.minimum.at(root, labels, cid[nodes])
    flagged = _conflicts(out, shards, offset, nodes, labels, fig[nodes])
    bounds = np.searchsorted(nodes, offset)
    for number, key in enumerate(shards):
        i, j = bounds[number], bounds[number + 1]
        np.savez(
            paths(out, key)["assign"],
            rows=(nodes[i:j] - offset[number]).astype(np.uint32),
            root=root[labels[i:j]],
            conflict=flagged[i:j],
        )
    return {
        "clusters_multi": len(np.unique(labels)),
        "clustered_claims": len(nodes),
        "conflicts": int(flagged.sum()),
    }


def _join(rep: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """`rep` after joining the components of `edges` (pairs of claim numbers)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    ends = rep[edges]
    ends = ends[ends[:, 0] != ends[:, 1]]
    if not len(ends):
        return rep
    touched, idx = np.unique(ends, return_inverse=True)
    idx = idx.reshape(-1, 2)
    n = len(touched)
    graph = coo_matrix((np.ones(len(idx), dtype=np.int8), (idx[:, 0], idx[:, 1])), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    smallest = touched[np.unique(labels, return_index=True)[1]]  # touched is ascending
    if not np.any(smallest[labels] != touched):
        return rep
    relabel = np.arange(len(rep), dtype=np.int64)
    relabel[touched] = smallest[labels]
    return relabel[rep]


def _conflicts(
    out: Path,
    shards: list[str],
    offset: np.ndarray,
    nodes: np.ndarray,
    labels: np.ndarray,
    fig: np.ndarray,
) -> np.ndarray:
    """Per node: in conflict (its figure set and another of its component's are incomparable)."""
    flagged: np.ndarray = np.zeros(len(nodes), dtype=bool)
    has = np.flatnonzero(fig != 0)
    order = has[np.lexsort((fig[has], labels[has]))]
    comp, figs = labels[order], fig[order]
    if not len(order):
        return flagged
    new_pair = np.r_[True, (comp[1:] != comp[:-1]) | (figs[1:] != figs[:-1])]
    pair_of = np.cumsum(new_pair) - 1  # per entry of `order`: its (component, set) pair
    pair_comp, pair_fig = comp[new_pair], figs[new_pair]
    starts = np.flatnonzero(np.r_[True, pair_comp[1:] != pair_comp[:-1]])
    count = np.diff(np.r_[starts, len(pair_comp)])
    multi = np.repeat(count >= 2, count)  # per pair: its component has two or more sets
    if not multi.any():
        return flagged
    wanted = np.unique(pair_fig[multi])
    sets = _figure_sets(out, shards, offset, nodes[order[multi[pair_of]]], wanted)
    pair_hit = np.zeros(len(pair_comp), dtype=bool)
    bounds = np.r_[starts, len(pair_comp)].tolist()
    at = np.searchsorted(wanted, pair_fig).tolist()
    for a, b in zip(bounds, bounds[1:], strict=False):
        if b - a >= 2:
            pair_hit[a:b] = conflicting_sets([sets[x] for x in at[a:b]])
    flagged[order] = pair_hit[pair_of]
    return flagged


def _figure_sets(
    out: Path,
    shards: list[str],
    offset: np.ndarray,
    numbers: np.ndarray,
    wanted: np.ndarray,
) -> list[frozenset[int]]:
    """The figure set of each `wanted` id, as numbered figures, read from the claims `numbers`."""
    import pyarrow.parquet as pq

    sets: list[frozenset[int] | None] = [None] * len(wanted)
    token: dict[str, int] = {}
    numbers = np.unique(numbers)
    bounds = np.searchsorted(numbers, offset)
    for number, key in enumerate(shards):
        i, j = bounds[number], bounds[number + 1]
        if j <= i:
            continue
        table = pq.read_table(paths(out, key)["figs"], columns=["fig", "figures"])
        take = numbers[i:j] - offset[number]
        hashes = table["fig"].to_numpy()[take]
        at = np.searchsorted(wanted, hashes)
        first = np.unique(at, return_index=True)[1]
        new = [x for x in first.tolist() if sets[at[x]] is None]
        if not new:
            continue
        texts = table["figures"].take(take[new]).to_pylist()
        for x, text in zip(new, texts, strict=True):
            sets[at[x]] = frozenset(token.setdefault(t, len(token)) for t in text.split(" "))
    return sets  # type: ignore[return-value]
