"""The anchor-pair buckets of `clusters`, built in numpy.

Two claims that share >= 4 salient tokens, one of them an anchor X (a figure or an event
concept), share a key (X, Y) with Y another of their tokens. A dict of lists filled rep by rep
(ascending), X then Y in sorted order, costs ~1 us per key and claim (934k at 50 MB): here the
keys are integer codes (the tokens' ranks in sorted order, so code order is (X, Y) order),
grouped by one stable sort; the buckets come out in the order that dict would hold them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def anchor_buckets(
    reps: Sequence[int],
    salient: Sequence[set[str]],
    event_concepts: frozenset[str],
    max_bucket: int,
) -> list[list[int]]:
    """The buckets of 2 to `max_bucket` reps (ascending, with their salient token sets) that
    share a key (anchor, other token); only reps with >= 4 tokens have keys. Each bucket is in
    ascending order; buckets are ordered by first member, then key (see the module docstring)."""
    owners = [i for i, toks in zip(reps, salient, strict=True) if len(toks) >= 4]
    sets = [toks for toks in salient if len(toks) >= 4]
    if not owners:
        return []
    words = [t for toks in sets for t in toks]
    vocab = sorted(set(words))
    rank = {t: r for r, t in enumerate(vocab)}
    codes = np.fromiter(map(rank.__getitem__, words), dtype=np.int64, count=len(words))
    is_anchor = np.fromiter(
        (t in event_concepts or t[0].isdigit() for t in vocab), dtype=bool, count=len(vocab)
    )
    lens = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
    starts = np.cumsum(lens) - lens
    entry_set = np.repeat(np.arange(len(sets)), lens)
    anchors = np.flatnonzero(is_anchor[codes])  # entries that are anchors
    per_anchor = lens[entry_set[anchors]] - 1  # one key with each other token of the set
    x = np.repeat(anchors, per_anchor)
    within = np.arange(len(x)) - np.repeat(np.cumsum(per_anchor) - per_anchor, per_anchor)
    y = np.repeat(starts[entry_set[anchors]], per_anchor) + within
    y += y >= x  # skip the anchor itself
    key = codes[x] * len(vocab) + codes[y]
    member = np.asarray(owners, dtype=np.int64)[entry_set[x]]
    order = np.argsort(key, kind="stable")  # members stay ascending within a key
    key, member = key[order], member[order]
    first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    size = np.diff(np.r_[first, len(key)])
    keep = (size > 1) & (size <= max_bucket)
    first, size = first[keep], size[keep]
    by_lead = np.lexsort((key[first], member[first]))  # first member, then key
    members = member.tolist()
    return [
        members[s : s + n]
        for s, n in zip(first[by_lead].tolist(), size[by_lead].tolist(), strict=True)
    ]
