"""Near-duplicate clusters at corpus scale: the rules of `clusters`, as keys, buckets and edges.

`clusters.cluster_claims` holds every claim of the store in one process. Here the work is cut
the way LSH allows:

1. `claim_keys` (per input shard, in parallel): every claim gets 64-bit bucket keys -- its
   normalised text (exact copies), its anchor pairs of salient tokens (paraphrases) and its 16
   MinHash bands over word bigrams (near-verbatim copies) -- the candidate generation of
   `clusters`. The top two bits say which kind, the key modulo the partition count says
   which partition it goes to. Each claim's salient tokens are kept for step 2.
2. `bucket_edges` (per partition, in parallel): keys met once are dropped with numpy (most of
   them); buckets are grouped with numpy too (exact copies join their first occurrence, a
   bucket whose texts are all one text needs nothing more), and every bucket left is verified
   with `clusters`' exact rules -- distinct texts in claim-id order, each compared with at most
   `MAX_ROOTS` earlier representatives, buckets over `MAX_BUCKET` distinct texts skipped, a
   bucket with the same texts as one already decided skipped -- and gives edges between claim
   ids.
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


def claim_keys(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, list[list[str]]]:
    """(keys, rows, salient): every bucket key of every claim text, with the claim's index in
    `texts`, and each text's salient tokens (sorted; kept so that step 2 need not redo them)."""
    keys: list[int] = []
    rows: list[int] = []
    memo: dict[str, str] = {}
    hashed: list[int] = []
    grams: list[set[str]] = []
    salient: list[list[str]] = []
    for i, text in enumerate(texts):
        keys.append(_key(EXACT, _norm(text).encode("utf-8")))
        rows.append(i)
        toks = _salient_tokens(text, memo)
        salient.append(sorted(toks))
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
    return np.array(keys, dtype=np.uint64), np.array(rows, dtype=np.uint32), salient


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
    keys: np.ndarray,
    refs: np.ndarray,
    claims: Mapping[int, tuple[str, str]],
    tokens: Mapping[int, Iterable[str]] | None = None,
) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """Verified edges (claim id, claim id) of every bucket, and the figures of their ends.

    `claims` maps a ref (shard << 32 | row) to (claim id, text), `tokens` (optional) a ref to
    the claim's salient tokens as `claim_keys` gave them. A bucket's members are taken
    in claim-id order: an exact copy joins the first member with the same normalised text; the
    first members of distinct texts meet at most `MAX_ROOTS` earlier representatives (a bucket
    over `MAX_BUCKET` distinct texts is skipped). The the grouping is done with numpy over all buckets at once, so only
    buckets with two or more distinct texts reach Python, and a bucket whose distinct texts
    repeat another bucket's (copies share all their keys) is decided once."""
    if not len(keys):
        return [], {}
    uniq, inverse = np.unique(refs, return_inverse=True)
    info = [claims[int(r)] for r in uniq.tolist()]
    ids = sorted({cid for cid, _ in info})
    number = {cid: n for n, cid in enumerate(ids)}  # dense claim numbers in claim-id order
    texts: list[str] = [""] * len(ids)
    norm_class: dict[str, int] = {}
    cls_of = np.empty(len(ids), dtype=np.int64)
    salient: dict[int, set[str]] = {}
    for ref, (cid, text) in zip(uniq.tolist(), info, strict=True):
        n = number[cid]
        texts[n] = text
        cls_of[n] = norm_class.setdefault(_norm(text), len(norm_class))
        if tokens is not None:
            salient[n] = set(tokens[ref])
    num = np.fromiter((number[cid] for cid, _ in info), dtype=np.int64, count=len(info))[
        inverse.reshape(-1)
    ]
    bucket = np.zeros(len(keys), dtype=np.int64)
    np.cumsum(keys[1:] != keys[:-1], out=bucket[1:])
    lexical_of = (
        keys[np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])] >> np.uint64(62)
    ) != ANCHOR
    order = np.lexsort((num, cls_of[num], bucket))
    b, n, c = bucket[order], num[order], cls_of[num][order]
    head = np.ones(len(b), dtype=bool)  # the first (smallest id) member of a text in a bucket
    head[1:] = (b[1:] != b[:-1]) | (c[1:] != c[:-1])
    first = n[np.maximum.accumulate(np.where(head, np.arange(len(b)), 0))]
    copy = ~head & (n != first)  # an exact copy joins its text's first member
    pairs = np.unique(np.stack([first[copy], n[copy]], axis=1), axis=0)
    edges: set[tuple[int, int]] = set(map(tuple, pairs.tolist()))  # type: ignore[arg-type]
    rb, rn = b[head], n[head]  # per bucket: its distinct texts' first members
    counts = np.bincount(rb, minlength=int(b[-1]) + 1)
    keep = (counts[rb] >= 2) & (counts[rb] <= MAX_BUCKET)
    rb, rn = rb[keep], rn[keep]
    order = np.lexsort((rn, rb))
    rb, rn = rb[order], rn[order]
    bounds = np.flatnonzero(rb[1:] != rb[:-1]) + 1
    starts = np.r_[0, bounds].astype(np.int64).tolist()
    ends = np.r_[bounds, len(rb)].astype(np.int64).tolist()
    members_all = rn.tolist()
    lex_all = lexical_of[rb[np.r_[0, bounds].astype(np.int64)]].tolist() if len(rb) else []

    tried: dict[tuple[int, int, bool], bool] = {}  # verification is pure: each pair once
    memo: dict[str, str] = {}
    shingles: dict[int, set[str]] = {}

    def verify(a: int, b: int, lexical: bool) -> bool:  # a < b
        if tried.get((a, b, False)):  # the salient rule alone matched: any bucket matches
            return True
        known = tried.get((a, b, lexical))
        if known is None:
            known = tried[(a, b, lexical)] = _verify(a, b, lexical)
        return known

    def _verify(a: int, b: int, lexical: bool) -> bool:
        for x in (a, b):
            if x not in salient:
                salient[x] = _salient_tokens(texts[x], memo)
        if _salient_rule(salient[a], salient[b]):
            return True
        if not lexical:
            return False
        for x in (a, b):
            if x not in shingles:
                shingles[x] = _shingles(texts[x])
        return _jaccard(shingles[a], shingles[b]) >= 0.6

    seen: set[tuple[bool, tuple[int, ...]]] = set()
    for start, end, lexical in zip(starts, ends, lex_all, strict=True):
        members = tuple(members_all[start:end])
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
    figs = {}
    for a, b in edges:
        for x in (a, b):
            if ids[x] not in figs:
                toks = salient.get(x)
                if toks is None:
                    toks = salient[x] = _salient_tokens(texts[x], memo)
                figs[ids[x]] = sorted(t for t in toks if t[0].isdigit() and not _YEAR.match(t))
    return sorted((ids[a], ids[b]) for a, b in edges), figs


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
        holders: dict[frozenset[str], list[str]] = defaultdict(list)  # figure set -> claims
        for m in members:
            if figs.get(m):
                holders[frozenset(figs[m])].append(m)
        sets = list(holders)  # pairs of distinct sets only: copies share theirs
        for n, fa in enumerate(sets):
            for fb in sets[n + 1 :]:
                if not (fa <= fb or fb <= fa):
                    flagged.update(holders[fa])
                    flagged.update(holders[fb])
    return clusters, flagged


def cluster_id(smallest_claim_id: str) -> str:
    return "c-" + text_hash(smallest_claim_id)[:12]
