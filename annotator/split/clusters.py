"""Near-duplicate claims across documents, and clusters whose figures disagree.

The same event is reported in different words: "killed 13 U.S. service members and at least 60
Afghans" / "killed 13 U.S. soldiers and up to 170 Afghan civilians" / "the death toll ...
increased to 170". Character 5-gram MinHash (AUC 0.98 on FNC-1 headline pairs, SPLITTING.md)
finds re-wordings of one sentence but not these paraphrases, so the similarity here works on
*salient tokens* (`salient`):

- numbers ("13", "170", "1,000" -> "1000"; years kept as tokens but not as figures);
- entities and content words, lower-cased, de-pluralised, stop words dropped;
- concept classes that merge synonyms: killed/dead/death toll/victims -> `#casualty`,
  blast/bombing/attack -> `#attack`, soldiers/troops/service members/marines -> `#troops`,
  U.S./US/American -> `us`, Afghans/Afghan -> `afghan`.

Candidates, so ~1M claims never meet all-pairs: (a) MinHash (K=48 permutations, stable
crc32-based hashing, `minhash`) over each claim's word bigrams, banded for LSH (16 bands x 3 rows), for
near-verbatim copies; (b) an index on pairs of salient tokens of which one is an anchor (a figure
or an event concept), for paraphrases. A bucket larger than `MAX_BUCKET` is skipped (it holds
boilerplate-like sentences, not news). Each candidate pair is
verified exactly; a pair is the same claim when
  (a) character 5-gram Jaccard >= 0.6 (a near-verbatim copy), or
  (b) they share >= 4 salient tokens, covering >= half of the smaller claim's salient set, and
      the shared set holds a figure plus an event concept (`#casualty`, `#attack`, `#injured`),
      or two event concepts among >= 6 shared tokens -- topic words alone ("Taliban", "Afghanistan",
      "ISIS") never make two claims one.
Clusters are the connected components (union-find) of verified pairs. A cluster id is
`"c-" + text_hash(smallest claim id)[:12]`: the same input gives the same ids, and a singleton
gets its own id.

`conflicts`: in a cluster, two claims with figures conflict when neither's set of figures
contains the other's (13/60 vs 13/170 vs 170: all three flagged).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import islice
from typing import Any, Final

import numpy as np

from annotator.ids import text_hash
from annotator.split.anchor_index import anchor_buckets
from annotator.split.conflict_flags import conflict_flags
from annotator.split.minhash import K, bigrams, signatures
from annotator.split.salient import (
    _NO_FIGURES,
    EVENT_CONCEPTS,
    _figures_in,
    _salient_rule,
    _salient_tokens,
    salient_tokens,
)
from annotator.split.shingles import (
    BATCH,
    LexicalSimilarity,
    gram_codes_of,
    jaccard,
    normalise,
    shingles,
)

BANDS: Final = 16
ROWS: Final = 3
MAX_BUCKET: Final = 2000
MAX_ROOTS: Final = 5


def same_claim(a: str, b: str) -> bool:
    """The verification rule for one pair (see the module docstring)."""
    if _salient_rule(salient_tokens(a), salient_tokens(b)):
        return True
    return jaccard(shingles(a), shingles(b)) >= 0.6


def cluster_claims(claims: list[tuple[str, str]]) -> dict[str, str]:
    """claim id -> cluster id over (claim id, text) pairs from all documents."""
    return _cluster(claims, TextFeatures())


class TextFeatures:
    """What the clustering computes from one claim text alone (so it may be computed ahead, e.g.
    while worker processes still split): the exact-duplicate key, the salient tokens and the
    MinHash signature of the word bigrams, the figures, and (`add(..., gram_codes=True)`) the
    character 5-gram codes of its key (`shingles.gram_codes`, ~8 bytes a character). Keyed by
    exact text; the clustering of the same claims gives the same clusters and conflicts with or
    without it."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}  # text -> its number (one lookup gives the following)
        self.texts: list[str] = []  # text number -> the text
        self.key_of: list[int] = []  # text number -> number of its exact-duplicate key
        self.figures_of: list[int] = []  # text number -> number of its figure set (0: none)
        self.norms: list[str] = []  # key number -> the key: the normalised text
        self.figure_sets: list[frozenset[str]] = [_NO_FIGURES]  # figure set number -> the set
        self._numbered: dict[str, int] = {}  # normalised text -> key number
        self._figure_numbers: dict[frozenset[str], int] = {_NO_FIGURES: 0}
        self.salient: dict[str, set[str]] = {}
        self.figures: dict[str, frozenset[str]] = {}
        self.signatures: dict[str, bytes | None] = {}  # K uint64 values; None: < 3 bigrams
        self.gram_codes: dict[int, np.ndarray | None] = {}  # key number -> its 5-gram codes
        self._memo: dict[str, str] = {}

    def add(self, texts: Iterable[str], gram_codes: bool = False) -> None:
        """Compute the features of the texts not seen yet (with `gram_codes`, their keys' codes
        too: else the clustering codes those it compares, after the workers)."""
        new = [t for t in dict.fromkeys(texts) if t not in self.signatures]
        self._number([t for t in new if t not in self.numbers])
        if gram_codes:
            coded, numbers, key_of = self.gram_codes, self.numbers, self.key_of
            keys = [k for k in dict.fromkeys(key_of[numbers[t]] for t in new) if k not in coded]
            for j in range(0, len(keys), BATCH):
                part = keys[j : j + BATCH]
                coded.update(zip(part, gram_codes_of([self.norms[k] for k in part]), strict=True))
        hashed: list[str] = []
        gram_sets: list[set[str]] = []
        for t in new:
            grams = bigrams(t)
            if len(grams) < 3:
                self.signatures[t] = None
                continue
            hashed.append(t)
            gram_sets.append(grams)
        if hashed:
            raw = signatures(gram_sets).tobytes()
            size = K * 8
            for r, t in enumerate(hashed):
                self.signatures[t] = raw[r * size : (r + 1) * size]

    def text_numbers(self, texts: list[str]) -> np.ndarray:
        """The number of each text (its key, salient tokens and figures computed here if not
        seen yet; `key_of` and `figures_of` are indexed by it)."""
        try:  # all known: one lookup each
            return np.fromiter(map(self.numbers.__getitem__, texts), np.int64, count=len(texts))
        except KeyError:
            self._number([t for t in dict.fromkeys(texts) if t not in self.numbers])
        return np.fromiter(map(self.numbers.__getitem__, texts), np.int64, count=len(texts))

    def _number(self, texts: list[str]) -> None:
        numbered, norms, memo = self._numbered, self.norms, self._memo
        figure_numbers, figure_sets = self._figure_numbers, self.figure_sets
        for t in texts:
            self.numbers[t] = len(self.key_of)
            self.texts.append(t)
            norm = normalise(t)
            key = numbered.setdefault(norm, len(norms))
            if key == len(norms):
                norms.append(norm)
            self.key_of.append(key)
            salient = self.salient[t] = _salient_tokens(t, memo)
            figs = self.figures[t] = _figures_in(salient)
            number = figure_numbers.setdefault(figs, len(figure_sets))
            if number == len(figure_sets):
                figure_sets.append(figs)
            self.figures_of.append(number)


def cluster_with_conflicts(
    claims: list[tuple[str, str]], features: TextFeatures | None = None
) -> tuple[dict[str, str], set[str]]:
    """`cluster_claims` and `conflicts` in one pass: the features computed for the clustering
    give the figures (a text's own, so the result is the same). `features` holds texts'
    features computed ahead (the others are computed here)."""
    feats = features or TextFeatures()
    clusters = _cluster(claims, feats)
    members = ((cid, text, clusters[cid]) for cid, text in claims)
    return clusters, _conflicts(members, feats.figures)


def cluster_list_with_conflicts(
    claims: list[tuple[str, str]], features: TextFeatures | None = None
) -> tuple[list[str], set[str]]:
    """`cluster_with_conflicts` of claims with distinct ids, the cluster ids as a list in the
    claims' order (no dict of every claim built, none read)."""
    feats = features or TextFeatures()
    numbers = feats.text_numbers([t for _, t in claims])
    return cluster_numbers_with_conflicts([cid for cid, _ in claims], numbers, feats)


def cluster_numbers_with_conflicts(
    ids: list[str], numbers: np.ndarray, feats: TextFeatures
) -> tuple[list[str], set[str]]:
    """`cluster_list_with_conflicts` of claims given by id and text number in `feats` (e.g.
    numbered as they were written: no text looked up again)."""
    clusters = _clustered(ids, numbers, feats)
    names = {c: n for n, c in enumerate(dict.fromkeys(clusters))}  # equal ids: one group
    groups = np.fromiter(map(names.__getitem__, clusters), np.int64, count=len(clusters))
    figures = np.asarray(feats.figures_of, dtype=np.int64)[numbers]
    flags = conflict_flags(groups, figures, feats.figure_sets)
    return clusters, {ids[i] for i in np.flatnonzero(flags).tolist()}


def _cluster(claims: list[tuple[str, str]], feats: TextFeatures) -> dict[str, str]:
    """`cluster_claims`, adding the features of the texts it compares to `feats`."""
    ids = [cid for cid, _ in claims]
    clusters = _clustered(ids, feats.text_numbers([t for _, t in claims]), feats)
    return dict(zip(ids, clusters, strict=True))


def _clustered(ids: list[str], text_numbers: np.ndarray, feats: TextFeatures) -> list[str]:
    """The cluster id of each claim, in order (see `_cluster`), given its id and its text's
    number in `feats`."""
    texts: list[str] = list(map(feats.texts.__getitem__, text_numbers.tolist()))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri < rj:
            parent[rj] = ri
        elif rj < ri:
            parent[ri] = rj

    # exact duplicates (normalised text) first: cheap and common (reposts, repeated paragraphs);
    # each points at the first claim of its key (its rep, a root of the union-find)
    numbers = np.asarray(feats.key_of, dtype=np.int64)[text_numbers]
    _, firsts, inverse = np.unique(numbers, return_index=True, return_inverse=True)
    parent: list[int] = firsts[inverse].tolist()
    reps_all: list[int] = np.sort(firsts).tolist()
    feats.add(texts[i] for i in reps_all)  # those not computed ahead
    salient = {i: feats.salient[texts[i]] for i in reps_all}
    figures = {i: feats.figures[texts[i]] for i in reps_all}
    # the salient rule passes only when both hold an event concept (`_salient_rule`): the
    # pairs of the others (~70% of its calls) go to the lexical rule without it
    eventful = {i for i, toks in salient.items() if not toks.isdisjoint(EVENT_CONCEPTS)}
    similarity = LexicalSimilarity(texts)

    tried: set[tuple[int, int]] = set()

    def merge_bucket(members: list[int], lexical: bool) -> None:
        # Compare each member with one member of each component already met in this bucket
        # (at most MAX_ROOTS of them): near-duplicate-heavy buckets cost O(len), not O(len^2).
        # A pair is verified once: the salient rule, then (`lexical`) the lexical rule.
        reps: dict[int, int] = {}
        for i in members:
            ri = parent[i]  # the root (a component's smallest index) without a call when near
            if parent[ri] != ri:
                ri = find(i)
            if ri in reps:
                continue
            if not reps or not (lexical or i in eventful):  # a first component, or one the
                reps[ri] = i  # salient rule alone cannot join (an anchor bucket's pairs come
                continue  # after every band bucket's: none of them is tried again lexically)
            met = reps.items() if len(reps) <= MAX_ROOTS else islice(reps.items(), MAX_ROOTS)
            for rj, j in met:
                if parent[rj] != rj:  # no longer a root
                    continue
                pair = (j, i) if j < i else (i, j)
                if pair in tried:
                    continue
                tried.add(pair)
                if (
                    j in eventful
                    and i in eventful
                    and _salient_rule(salient[j], salient[i], figures[j])
                ) or (lexical and similarity(j, i) >= 0.6):
                    union(i, j)
                    break
            else:
                reps[ri] = i

    # (a) near-verbatim copies: MinHash LSH over word bigrams (none under 3 word bigrams)
    signed = [(i, sig) for i in reps_all if (sig := feats.signatures[texts[i]]) is not None]
    band_buckets = _band_buckets([i for i, _ in signed], [sig for _, sig in signed])
    in_buckets = {i for members in band_buckets for i in members}  # all that may be compared
    norms, number_of, coded = feats.norms, numbers.tolist(), feats.gram_codes
    ahead = [(i, k) for i in reps_all if i in in_buckets and (k := number_of[i]) in coded]
    similarity.codes.update((i, coded[k]) for i, k in ahead)
    similarity.prepare(
        {i: norms[number_of[i]] for i in reps_all if i in in_buckets and i not in similarity.codes}
    )
    for members in band_buckets:
        merge_bucket(members, True)
    # (b) anchor-pair index: two claims that share >= 4 salient tokens including an anchor
    # (a figure or an event concept) share a bucket (`anchor_index`)
    sets = [salient[i] for i in reps_all]
    for members in anchor_buckets(reps_all, sets, EVENT_CONCEPTS, MAX_BUCKET):
        merge_bucket(members, False)

    # every rep points at its root; an exact duplicate still points at its rep (only reps were
    # merged), so parent[parent[i]] is the root of any claim
    for i in reps_all:
        parent[i] = find(i)
    roots = [parent[p] for p in parent]
    if ids == sorted(ids):  # a root is its component's smallest index: its smallest claim id
        cluster_of = {root: cluster_id(ids[root]) for root in set(roots)}
    else:
        smallest: dict[int, str] = {}  # root -> smallest claim id of its component
        for cid, root in zip(ids, roots, strict=True):
            known = smallest.get(root)
            if known is None or cid < known:
                smallest[root] = cid
        cluster_of = {root: cluster_id(cid) for root, cid in smallest.items()}
    return list(map(cluster_of.__getitem__, roots))


def _band_buckets(reps: list[int], signatures: list[bytes]) -> list[list[int]]:
    """The LSH buckets of 2 to `MAX_BUCKET` reps (ascending, with their signatures) that share
    one band of signature rows: each in ascending order, ordered by first member, then band --
    as a dict keyed by (band, rows) and filled rep by rep, band by band, would hold them."""
    if not reps:
        return []
    rows = np.frombuffer(b"".join(signatures), dtype=np.uint64).reshape(len(reps), K)
    numbers = np.array(reps, dtype=np.int64)
    found: list[tuple[int, int, list[int]]] = []  # (first member, band, members)
    for band in range(BANDS):
        part = rows[:, band * ROWS : (band + 1) * ROWS]
        order = np.lexsort(part.T)  # equal rows next to each other, in rep order (stable)
        ordered = part[order]
        starts = np.flatnonzero(np.r_[True, (ordered[1:] != ordered[:-1]).any(axis=1)])
        sizes = np.diff(np.r_[starts, len(order)])
        keep = (sizes > 1) & (sizes <= MAX_BUCKET)
        in_order = numbers[order].tolist()
        for start, size in zip(starts[keep].tolist(), sizes[keep].tolist(), strict=True):
            members = in_order[start : start + size]
            found.append((members[0], band, members))
    found.sort(key=lambda bucket: (bucket[0], bucket[1]))
    return [members for _, _, members in found]


def cluster_id(smallest_claim_id: str) -> str:
    """The id of the cluster whose smallest claim id is this one (alone: its own cluster)."""
    return "c-" + text_hash(smallest_claim_id)[:12]


def guess_clusters(
    claims: list[dict[str, Any]], feats: TextFeatures, smallest: dict[int, str]
) -> None:
    """Set each claim's "cluster_id" (dicts with "id" and "text", the texts added to `feats`) to
    that of the smallest claim id with its exact-duplicate key given so far, these claims
    included (`smallest`: key number -> that id, updated here). A guess that the clustering
    corrects: exact duplicates end in one cluster, mostly with a smallest id already seen, so a
    first split's recluster rewrites fewer rows (10 MB of the bench corpus: ~99% -> ~61%)."""
    numbers, key_of = feats.numbers, feats.key_of
    keys = [key_of[numbers[c["text"]]] for c in claims]
    for c, k in zip(claims, keys, strict=True):
        best = smallest.get(k)
        if best is None or c["id"] < best:
            smallest[k] = c["id"]
    memo: dict[str, str] = {}
    for c, k in zip(claims, keys, strict=True):
        best = smallest[k]
        cid = memo.get(best)
        if cid is None:
            cid = memo[best] = cluster_id(best)
        c["cluster_id"] = cid


def conflicts(texts: dict[str, str], clusters: dict[str, str]) -> set[str]:
    """Claim ids in clusters where two claims' figures disagree (neither set contains the other)."""
    members = ((cid, texts[cid], cluster) for cid, cluster in clusters.items() if cid in texts)
    return _conflicts(members, {})


def _conflicts(
    members: Iterable[tuple[str, str, str]], known: dict[str, frozenset[str]]
) -> set[str]:
    """`conflicts` over (claim id, text, cluster id) triples, reusing figure sets already
    computed for a text (`known`)."""
    memo: dict[str, str] = {}
    figs_by_text: dict[str, frozenset[str]] = {}

    def figs_of(text: str) -> frozenset[str]:
        found = known.get(text)
        if found is None:
            found = _figures_in(_salient_tokens(text, memo))
        figs_by_text[text] = found
        return found

    # claim ids by cluster, then by figure set, in one pass (a lone claim never conflicts)
    by_cluster: dict[str, dict[frozenset[str], list[str]]] = defaultdict(dict)
    for cid, text, cluster in members:
        fig = figs_by_text.get(text)
        if fig is None:
            fig = figs_of(text)
        if fig:
            by_cluster[cluster].setdefault(fig, []).append(cid)
    flagged: set[str] = set()
    for by_set in by_cluster.values():
        if len(by_set) < 2:
            continue
        sets = list(by_set)
        hit = [False] * len(sets)
        for x, fa in enumerate(sets):  # a set is flagged when one other set is incomparable
            if hit[x]:
                continue
            for y, fb in enumerate(sets):
                if y != x and not (fa <= fb or fb <= fa):
                    hit[x] = hit[y] = True
                    break
        for x, fa in enumerate(sets):
            if hit[x]:
                flagged.update(by_set[fa])
    return flagged
