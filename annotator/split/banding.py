"""Near-duplicate clusters at corpus scale: the rules of `clusters`, as keys, buckets and edges.

`clusters.cluster_claims` holds every claim of the store in one process. Here the work is cut
the way LSH allows:

1. `claim_keys` (per input shard, in parallel): every claim gets 64-bit bucket keys -- its
   normalised text (exact copies), its anchor pairs of salient tokens (paraphrases) and its 16
   MinHash bands over word bigrams (near-verbatim copies) -- the candidate generation of
   `clusters`. The top two bits say which kind, the key modulo the partition count says
   which partition it goes to.
2. `bucket_edges` (per partition, in parallel): keys met once are dropped with numpy (most of
   them); every bucket left is verified with `clusters`' exact rules -- members in claim-id
   order, each compared with at most `MAX_ROOTS` earlier representatives, buckets over
   `MAX_BUCKET` distinct texts skipped -- and gives edges between claim ids.
3. `assign` (one process, over edges only): union-find over the claim ids that have an edge;
   a cluster id is `"c-" + text_hash(smallest claim id)[:12]` like `clusters`, a claim without
   an edge is its own cluster; conflicts use `clusters.conflicts`' rule on the figures that
   step 2 returns with each edge.

Every step is a pure function of its inputs and each bucket is decided on its own, in id order,
so the clusters are the same whatever the number of partitions, workers or machines. They can
differ from `cluster_claims` in the store in one respect: there a component found in one bucket
can let a later bucket skip a comparison (`MAX_ROOTS` counts components, not members).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from annotator.ids import text_hash
from annotator.split.clusters import (
    _YEAR,
    BANDS,
    EVENT_CONCEPTS,
    MAX_BUCKET,
    MAX_ROOTS,
    ROWS,
    K,
    _jaccard,
    _salient_rule,
    _salient_tokens,
    _shingles,
    _signatures,
)

EXACT, ANCHOR, BAND = 0, 1, 2
_LOW = np.uint64((1 << 62) - 1)


def _key(kind: int, data: bytes) -> int:
    value = int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")
    return (value & ((1 << 62) - 1)) | (kind << 62)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def claim_keys(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(keys, rows): every bucket key of every claim text, with the claim's index in `texts`."""
    keys: list[int] = []
    rows: list[int] = []
    memo: dict[str, str] = {}
    hashed: list[int] = []
    grams: list[set[str]] = []
    for i, text in enumerate(texts):
        keys.append(_key(EXACT, _norm(text).encode("utf-8")))
        rows.append(i)
        toks = _salient_tokens(text, memo)
        if len(toks) >= 4:
            for x in toks:
                if x in EVENT_CONCEPTS or x[0].isdigit():
                    for y in toks:
                        if y != x:
                            keys.append(_key(ANCHOR, f"{x}\x00{y}".encode()))
                            rows.append(i)
        words = text.lower().split()
        g = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
        if len(g) >= 3:
            hashed.append(i)
            grams.append(g)
    if hashed:
        raw = _signatures(grams).tobytes()
        step = ROWS * 8
        for r, i in enumerate(hashed):
            base = r * K * 8
            for band in range(BANDS):
                start = base + band * step
                keys.append(_key(BAND, bytes([band]) + raw[start : start + step]))
                rows.append(i)
    return np.array(keys, dtype=np.uint64), np.array(rows, dtype=np.uint32)


def partition_of(keys: np.ndarray, partitions: int) -> np.ndarray:
    return (keys & _LOW) % np.uint64(partitions)


def shared_keys(parts: Iterable[tuple[int, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """From (shard number, [[key, row], ...]) arrays: the rows whose key occurs more than once,
    as (key, shard << 32 | row) sorted by key."""
    keys_l, refs_l = [], []
    for shard, arr in parts:
        if len(arr):
            keys_l.append(arr[:, 0])
            refs_l.append((np.uint64(shard) << np.uint64(32)) | arr[:, 1])
    if not keys_l:
        empty = np.empty(0, dtype=np.uint64)
        return empty, empty
    keys = np.concatenate(keys_l)
    refs = np.concatenate(refs_l)
    order = np.argsort(keys, kind="stable")
    keys, refs = keys[order], refs[order]
    same_next = keys[1:] == keys[:-1]
    keep = np.zeros(len(keys), dtype=bool)
    keep[1:] |= same_next
    keep[:-1] |= same_next
    return keys[keep], refs[keep]


def bucket_edges(
    keys: np.ndarray, refs: np.ndarray, claims: dict[int, tuple[str, str]]
) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """Verified edges (claim id, claim id) of every bucket, and the figures of their ends.

    `claims` maps a ref (shard << 32 | row) to (claim id, text)."""
    edges: set[tuple[str, str]] = set()
    tried: dict[tuple[str, str, bool], bool] = {}  # verification is pure: each pair once
    memo: dict[str, str] = {}
    salient: dict[str, set[str]] = {}
    shingles: dict[str, set[str]] = {}
    texts: dict[str, str] = {}

    def verify(a: str, b: str, lexical: bool) -> bool:
        x, y = (a, b) if a < b else (b, a)
        if tried.get((x, y, False)):  # the salient rule alone matched: any bucket matches
            return True
        known = tried.get((x, y, lexical))
        if known is None:
            known = tried[(x, y, lexical)] = _verify(a, b, lexical)
        return known

    def _verify(a: str, b: str, lexical: bool) -> bool:
        if a not in salient:
            salient[a] = _salient_tokens(texts[a], memo)
        if b not in salient:
            salient[b] = _salient_tokens(texts[b], memo)
        if _salient_rule(salient[a], salient[b]):
            return True
        if not lexical:
            return False
        if a not in shingles:
            shingles[a] = _shingles(texts[a])
        if b not in shingles:
            shingles[b] = _shingles(texts[b])
        return _jaccard(shingles[a], shingles[b]) >= 0.6

    if not len(keys):
        return [], {}
    bounds = np.flatnonzero(np.diff(keys)) + 1
    starts = np.concatenate([np.zeros(1, dtype=np.int64), bounds])
    for start, group in zip(starts, np.split(refs, bounds), strict=True):
        members = sorted({claims[int(r)] for r in group})
        for cid, text in members:
            texts[cid] = text
        lexical = int(keys[start]) >> 62 != ANCHOR  # anchor pairs: the salient rule only
        _bucket(members, edges, lambda a, b, lex=lexical: verify(a, b, lex))
    figs = {}
    for a, b in edges:
        for cid in (a, b):
            if cid not in figs:
                toks = salient.get(cid)
                if toks is None:
                    toks = salient[cid] = _salient_tokens(texts[cid], memo)
                figs[cid] = sorted(t for t in toks if t[0].isdigit() and not _YEAR.match(t))
    return sorted(edges), figs


def _bucket(members, edges, verify) -> None:  # type: ignore[no-untyped-def]
    """One bucket, members (id, text) in id order: exact copies join their first occurrence;
    distinct texts are compared with at most MAX_ROOTS earlier representatives."""
    first: dict[str, str] = {}
    distinct: list[str] = []
    for cid, text in members:
        norm = _norm(text)
        if norm in first:
            edges.add((first[norm], cid))
        else:
            first[norm] = cid
            distinct.append(cid)
    if len(distinct) < 2 or len(distinct) > MAX_BUCKET:
        return
    reps: list[str] = []
    for cid in distinct:
        for rep in reps[:MAX_ROOTS]:
            if verify(rep, cid):
                edges.add((rep, cid))
                break
        else:
            reps.append(cid)


def assign(
    edges: Iterable[tuple[str, str]], figs: Mapping[str, Sequence[str]]
) -> tuple[dict[str, str], set[str]]:
    """claim id -> cluster id for claims with an edge, and the claims whose cluster conflicts."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in parent:
        groups[find(x)].append(x)
    clusters: dict[str, str] = {}
    flagged: set[str] = set()
    for root, members in groups.items():
        cluster = cluster_id(root)  # the root is the smallest id of its component
        for m in members:
            clusters[m] = cluster
        with_figs = sorted(m for m in members if figs.get(m))
        sets = {m: frozenset(figs[m]) for m in with_figs}
        for n, a in enumerate(with_figs):
            for b in with_figs[n + 1 :]:
                if not (sets[a] <= sets[b] or sets[b] <= sets[a]):
                    flagged.update((a, b))
    return clusters, flagged


def cluster_id(smallest_claim_id: str) -> str:
    return "c-" + text_hash(smallest_claim_id)[:12]
