"""Figure conflicts grouped in numpy: the same flags as `clusters.conflicts`."""

from __future__ import annotations

import random

import numpy as np

from annotator.split.clusters import conflicts
from annotator.split.conflict_flags import conflict_flags


def test_conflict_flags_equal_the_conflicts_of_clusters() -> None:
    rng = random.Random(3)
    figure_texts = ["no figure", "13 dead", "60 dead", "13 and 60 dead", "170 dead", "13 and 170"]
    figure_sets = [frozenset(), {"13"}, {"60"}, {"13", "60"}, {"170"}, {"13", "170"}]
    frozen = [frozenset(f) for f in figure_sets]
    claims = [(f"id{i:03d}", rng.randrange(8), rng.randrange(len(frozen))) for i in range(200)]
    texts = {cid: figure_texts[fig] for cid, _, fig in claims}
    clusters = {cid: f"c{group}" for cid, group, _ in claims}
    groups = np.array([group for _, group, _ in claims])
    figures = np.array([fig for _, _, fig in claims])
    flags = conflict_flags(groups, figures, frozen)
    assert {cid for (cid, _, _), flag in zip(claims, flags, strict=True) if flag} == conflicts(
        texts, clusters
    )
    assert flags.any() and not flags.all()


def test_no_figures_no_conflict() -> None:
    none = np.zeros(3, dtype=np.int64)
    assert not conflict_flags(np.array([0, 0, 1]), none, [frozenset()]).any()
