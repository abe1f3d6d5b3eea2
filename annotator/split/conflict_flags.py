"""Figure conflicts of clustered claims, grouped in numpy.

`clusters._conflicts` walks every claim with a dict of clusters and figure sets; here each claim
comes as two numbers (its cluster, its text's figure set), the distinct (cluster, figure set)
pairs come from one `np.unique`, and only clusters with two or more figure sets are compared
in Python. Same rule: a claim is flagged when another claim of its cluster has figures and
neither figure set contains the other.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def conflict_flags(
    groups: np.ndarray, figures: np.ndarray, figure_sets: Sequence[frozenset[str]]
) -> np.ndarray:
    """Whether each claim conflicts: `groups` numbers its cluster, `figures` its figure set
    (an index into `figure_sets`, whose entry 0 is the empty set: no figures)."""
    width = len(figure_sets)
    codes = groups.astype(np.int64) * width + figures
    has = figures > 0
    pairs = np.unique(codes[has])
    group = pairs // width
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]]) if len(pairs) else group
    sizes = np.diff(np.r_[starts, len(pairs)])
    several = sizes > 1
    numbers = (pairs % width).tolist()
    bad: list[int] = []
    for start, size in zip(starts[several].tolist(), sizes[several].tolist(), strict=True):
        sets = [figure_sets[f] for f in numbers[start : start + size]]
        for x, fa in enumerate(sets):  # flagged when one other set is incomparable
            if any(not (fa <= fb or fb <= fa) for fb in sets):
                bad.append(int(pairs[start + x]))
    return has & np.isin(codes, np.array(bad, dtype=np.int64))
