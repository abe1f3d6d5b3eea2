"""Near-duplicate clusters at corpus scale: the rules of `clusters`, as keys, buckets and edges.

`clusters.cluster_claims` holds every claim of the store in one process. Here the work is cut
the way LSH allows:

1. `claim_keys` / `shard_rows` (per input shard, in parallel): every claim gets 64-bit bucket
   keys -- its normalised text (exact copies), its anchor pairs of salient tokens
   (paraphrases) and its 16 MinHash bands over word bigrams (near-verbatim copies) -- the
   candidate generation of `clusters`. The top two bits say which kind; the low 62 bits are
   uniform, so a range of them (`key_bounds`) is a hash partition of any size. A key row also
   carries the claim's id as a number and its normalised-text class, so the buckets can be
   formed without a text; the claim's figures and salient tokens are kept beside them.
2. `buckets` (per key partition, in parallel): shared keys, copy edges, buckets of distinct
   texts in claim-id order, verified with `clusters`' exact rules -- each compared with at
   most `MAX_ROOTS` earlier representatives, buckets over `MAX_BUCKET` distinct texts
   skipped, a bucket with the same texts as one already decided skipped.
3. `components` (one process, over edges only): union-find over the claims that have an edge;
   a cluster id is `cluster_id` of the smallest claim id, like `clusters`; a claim without an
   edge is its own cluster; conflicts use `clusters.conflicts`' rule on figure sets.

Every step is a pure function of its inputs and each bucket is decided on its own, in id order,
so the clusters are the same whatever the number of partitions, workers or machines. They can
differ from `cluster_claims` in the store in one respect: there a component found in one bucket
can let a later bucket skip a comparison (`MAX_ROOTS` counts components, not members).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

import numpy as np

from annotator.ids import text_hash
from annotator.split.clusters import BANDS, ROWS
from annotator.split.minhash import K
from annotator.split.minhash import bigrams as _bigrams
from annotator.split.minhash import signatures as _signatures
from annotator.split.salient import _YEAR, EVENT_CONCEPTS, _salient_tokens

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
        g = _bigrams(text)
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


ROW = np.dtype([("low", "<u8"), ("kind", "u1"), ("cid", "<u8"), ("norm", "<u8"), ("row", "<u4")])


def claim_number(claim_id: str) -> int:
    """A claim id (16 lower-case hex digits) as an integer in the same order."""
    if len(claim_id) != 16 or claim_id != claim_id.lower():
        raise ValueError(f"not a claim id: {claim_id!r}")
    return int(claim_id, 16)


def norm_hash(text: str) -> int:
    """64-bit class of a text's normalised form (exact copies share it)."""
    data = _norm(text).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8, person=b"norm").digest(), "little")


def figures_of(tokens: Iterable[str]) -> list[str]:
    """The figures among a claim's salient tokens (numbers that are not years), sorted."""
    return sorted(t for t in tokens if t[0].isdigit() and not _YEAR.match(t))


def figure_hash(figs: Sequence[str]) -> int:
    """64-bit id of a figure set (0: no figures)."""
    if not figs:
        return 0
    data = "\x00".join(figs).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little") | 1


def shard_rows(
    ids: Sequence[str], texts: Sequence[str]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str | None], list[list[str]]]:
    """Everything the clustering passes need of one shard's claims, without their texts.

    Returns (rows, cids, figs, figure_texts, salient): `rows` is one `ROW` record per bucket
    key of a claim, sorted by the key's low bits (so any range of key space is one slice);
    a key other than the exact-text key is kept once per (key, normalised text), for the
    smallest claim id, as a bucket groups copies under that claim anyway (their own exact-text
    bucket joins them). Per claim: its id as a number, its figure-set id and figures (" "-joined,
    None without figures) and its salient tokens."""
    keys, rows, salient = claim_keys(texts)
    cids = np.array([claim_number(c) for c in ids], dtype=np.uint64)
    norms = np.array([norm_hash(t) for t in texts], dtype=np.uint64)
    fig_lists = [figures_of(toks) for toks in salient]
    figs = np.array([figure_hash(f) for f in fig_lists], dtype=np.uint64)
    out = np.empty(len(keys), dtype=ROW)
    out["low"] = keys & _LOW
    out["kind"] = (keys >> np.uint64(62)).astype(np.uint8)
    out["cid"] = cids[rows] if len(rows) else cids[:0]
    out["norm"] = norms[rows] if len(rows) else norms[:0]
    out["row"] = rows
    if len(out):
        order = np.lexsort((out["cid"], out["norm"], out["kind"], out["low"]))
        out = out[order]
        same = np.zeros(len(out), dtype=bool)
        same[1:] = (
            (out["low"][1:] == out["low"][:-1])
            & (out["kind"][1:] == out["kind"][:-1])
            & (out["norm"][1:] == out["norm"][:-1])
        )
        out = out[~same | (out["kind"] == EXACT)]
    texts_of = [" ".join(f) if f else None for f in fig_lists]
    return out, cids, figs, texts_of, salient


def key_bounds(partitions: int) -> list[int]:
    """Bounds of the key-space ranges of `partitions` partitions (range p: [b[p], b[p+1]))."""
    span = 1 << 62
    return [span * p // partitions for p in range(partitions + 1)]


def cluster_id(smallest_claim_id: str) -> str:
    return "c-" + text_hash(smallest_claim_id)[:12]
