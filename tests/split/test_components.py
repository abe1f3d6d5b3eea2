"""The driver's join of `split --out` (`components`): linear conflicts, edges joined in batches."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from scale_corpus import build_corpus

from annotator.split.banding import claim_keys, figures_of
from annotator.split.clusters import conflicts
from annotator.split.components import _join, conflicting_sets


def pairwise(sets: list[frozenset[int]]) -> list[bool]:
    return [any(not (a <= b or b <= a) for b in sets if b != a) for a in sets]


def test_conflicting_sets_equal_comparing_every_pair() -> None:
    rng = random.Random(3)
    flagged = chains = 0
    for _ in range(3000):
        universe = rng.randint(1, 7)
        sets = list(
            {
                frozenset(x for x in range(universe) if rng.random() < rng.random())
                for _ in range(rng.randint(2, 9))
            }
            - {frozenset()}
        )
        want = pairwise(sets)
        assert conflicting_sets(sets) == want, sets
        flagged += any(want)
        chains += not any(want)
    assert flagged > 500 and chains > 500  # both cases were met
    nested = [frozenset(range(n)) for n in range(1, 60)]  # a chain: no conflict
    assert conflicting_sets(nested) == [False] * 59
    assert conflicting_sets([*nested, frozenset({0, 99})]) == [False, *[True] * 59]


def test_conflicting_sets_give_the_store_rule_on_claim_texts() -> None:
    texts = {
        "a": "The blast killed 12 people and injured 40 in Kabul on Tuesday.",
        "b": "The blast killed 12 people in Kabul on Tuesday.",
        "c": "The blast killed 15 people and injured 40 in Kabul on Tuesday.",
        "d": "The blast in Kabul on Tuesday killed people.",
    }
    clusters = dict.fromkeys(texts, "k")
    store = conflicts(texts, clusters)
    salient = claim_keys(list(texts.values()))[2]  # what the split pass keeps per claim
    sets = {k: frozenset(figures_of(toks)) for k, toks in zip(texts, salient, strict=True)}
    keys = [k for k in texts if sets[k]]
    got = {k for k, hit in zip(keys, conflicting_sets([sets[k] for k in keys]), strict=True) if hit}
    assert got == store == {"a", "b", "c"}


def test_edges_joined_in_batches_give_the_components_of_all_at_once() -> None:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    rng = np.random.default_rng(5)
    n = 2000
    edges = rng.integers(0, n, size=(1500, 2))
    rep = np.arange(n, dtype=np.int64)
    for batch in np.array_split(edges, 37):
        rep = _join(rep, batch)
    graph = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    smallest = {}
    for i, label in enumerate(labels.tolist()):
        smallest.setdefault(label, i)
    assert rep.tolist() == [smallest[label] for label in labels.tolist()]
    assert len(set(rep.tolist())) < n - 500  # components of several claims were formed


def test_equal_buckets_from_several_key_partitions_are_verified_in_one(tmp_path: Path) -> None:
    from annotator.split.corpus import split_corpus

    shards = build_corpus(tmp_path / "in", copies=3)
    summary = split_corpus(shards, tmp_path / "out", workers=1, partitions=5)
    assert summary.clusters_multi >= 1
    shuffle = tmp_path / "out" / "_stage" / "shuffle"
    where: dict[tuple[bool, tuple[int, ...]], set[int]] = {}
    keyed = 0  # buckets as the key partitions cut them, before the regrouping
    for part in range(5):
        with np.load(shuffle / f"buckets-p{part:04d}.npz") as z:
            members, starts, lexical = z["members"].tolist(), z["starts"].tolist(), z["lexical"]
        keyed += len(np.load(shuffle / f"blexical-p{part:04d}.npy"))
        for n, (a, b) in enumerate(zip(starts, [*starts[1:], len(members)], strict=True)):
            where.setdefault((bool(lexical[n]), tuple(members[a:b])), set()).add(part)
    assert all(len(parts) == 1 for parts in where.values())  # each verified in one partition
    assert len({parts.pop() for parts in where.values()}) >= 3  # spread over the partitions
    total = sum(len(np.load(shuffle / f"buckets-p{part:04d}.npz")["starts"]) for part in range(5))
    assert total == keyed > len(where)  # equal buckets were met, and each is decided once
