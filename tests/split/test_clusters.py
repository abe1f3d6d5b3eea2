"""Near-duplicate clusters across documents and conflicting figures."""

from __future__ import annotations

import random
import time
from pathlib import Path

from annotator.split.claims import extract_claims
from annotator.split.clusters import (
    TextFeatures,
    cluster_claims,
    cluster_id,
    conflicts,
    guess_clusters,
    same_claim,
)
from annotator.split.document import RawDocument
from annotator.split.structure import structure

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))

TOLL_001 = "which killed 13 U.S. service members and at least 60 Afghans"
TOLL_002 = "increased to 170"
TOLL_003 = "The bombing killed 13 U.S. soldiers and up to 170 Afghan civilians."


def seed_claims() -> list[tuple[str, str]]:
    pairs = []
    for path in SEEDS:
        raw = RawDocument(path=str(path), format="txt", text=path.read_text("utf-8"))
        for k, d in enumerate(extract_claims(structure(raw))):
            pairs.append((f"{path.name[:3]}-{k:03d}", d.text))
    return pairs


def test_death_toll_reports_share_a_cluster_and_conflict() -> None:
    pairs = seed_claims()
    texts = dict(pairs)
    clusters = cluster_claims(pairs)
    toll = [next(i for i, t in pairs if frag in t) for frag in (TOLL_001, TOLL_002, TOLL_003)]
    assert len({clusters[i] for i in toll}) == 1
    members = [i for i, c in clusters.items() if c == clusters[toll[0]]]
    assert sorted(members) == sorted(toll), [texts[m] for m in members]
    assert set(toll) <= conflicts(texts, clusters)


def test_unrelated_claims_stay_apart() -> None:
    assert not same_claim(
        "ISIS-K is the most extreme and violent of all the jihadist militant groups in Afghanistan.",
        "The Taliban and ISIS are enemies with conflicting ambitions in their respective struggles.",
    )
    assert not same_claim(
        "After a 20-year presence on August 31, US troops left Afghanistan.",
        "At least 20 small terrorist groups are currently operating in Afghanistan.",
    )


def test_ids_are_deterministic_and_singletons_get_their_own() -> None:
    pairs = [("b", "The sky is green today."), ("a", "Paris hosted the 2024 Olympic Games.")]
    first = cluster_claims(pairs)
    assert first == cluster_claims(list(reversed(pairs)))
    assert first["a"] != first["b"] and all(c.startswith("c-") for c in first.values())


def test_agreeing_figures_do_not_conflict() -> None:
    pairs = [
        ("x", "The blast at Kabul airport killed 13 U.S. troops and 60 Afghans on Thursday."),
        ("y", "A blast at the Kabul airport on Thursday killed 13 U.S. troops and 60 Afghans."),
    ]
    clusters = cluster_claims(pairs)
    assert clusters["x"] == clusters["y"]
    assert conflicts(dict(pairs), clusters) == set()


def test_scales_to_100k_synthetic_claims() -> None:
    rng = random.Random(7)
    base = [t for _, t in seed_claims()]
    names = ["Kabul", "Kunduz", "Herat", "Doha", "Quetta", "Jalalabad", "Kandahar", "Mosul"]
    pairs = []
    for i in range(100_000):
        words = rng.choice(base).split()
        for _ in range(3):
            words[rng.randrange(len(words))] = rng.choice(names + [str(rng.randrange(1000))])
        pairs.append((f"id{i:06d}", " ".join(words)))
    t0 = time.perf_counter()
    clusters = cluster_claims(pairs)
    elapsed = time.perf_counter() - t0
    assert len(clusters) == len(pairs)
    print(f"FIGURE clusters: 100k synthetic claims in {elapsed:.1f} s (speed: benchmarks/)")


def test_batched_signatures_equal_one_by_one() -> None:
    import numpy as np

    from annotator.split.minhash import signature as _signature
    from annotator.split.minhash import signatures as _signatures

    rng = random.Random(5)
    sets = [
        {f"w{rng.randrange(500)} w{rng.randrange(500)}" for _ in range(rng.randint(1, 40))}
        for _ in range(300)
    ]
    batched = _signatures(sets, chunk=64)  # several chunks
    assert all(np.array_equal(batched[k], _signature(s)) for k, s in enumerate(sets))


def test_remainder_by_the_prime_without_division() -> None:
    import numpy as np

    from annotator.split.minhash import _A, _B, _PRIME
    from annotator.split.minhash import mod_prime as _mod_prime

    p = (1 << 61) - 1
    top = ((1 << 32) - 1) * int(_A.max()) + int(_B.max())  # the largest hash * A + B
    edges = [0, 1, p - 1, p, p + 1, 2 * p - 1, 2 * p, 2 * p + 1, 3 * p, 4 * p, 4 * p + 7, top]
    edges += [1 << 61, (1 << 62) + 5, (1 << 63) - 1, 1 << 63]
    rng = np.random.default_rng(9)
    hashes = rng.integers(0, 1 << 32, size=2000, dtype=np.uint64)
    values = np.concatenate([np.array(edges, dtype=np.uint64), (hashes[:, None] * _A + _B).ravel()])
    assert np.array_equal(_mod_prime(values.copy()), values % _PRIME)


def test_features_computed_ahead_give_the_same_clusters_and_conflicts() -> None:
    from annotator.split.clusters import TextFeatures, cluster_with_conflicts

    pairs = seed_claims()
    rng = random.Random(3)
    # re-worded copies (near-duplicates) and exact copies, so buckets and duplicates are exercised
    more = [
        (f"z{k:04d}", t.replace("said", "says") if k % 2 else t) for k, (_, t) in enumerate(pairs)
    ]
    claims = sorted(pairs + rng.sample(more, len(more) // 2))
    plain = cluster_with_conflicts(claims)
    ahead = TextFeatures()
    for k in range(0, len(claims), 37):  # batch by batch, as `split_paths` adds them
        ahead.add(t for _, t in claims[k : k + 37])
    assert cluster_with_conflicts(claims, ahead) == plain
    coded = TextFeatures()  # with the 5-gram codes of their keys
    for k in range(0, len(claims), 37):
        coded.add((t for _, t in claims[k : k + 37]), gram_codes=True)
    assert len(coded.gram_codes) == len(coded.norms)
    assert cluster_with_conflicts(claims, coded) == plain
    partly = TextFeatures()  # texts missing from the features are computed on the spot
    partly.add(t for _, t in claims[::3])
    assert cluster_with_conflicts(claims, partly) == plain
    assert len(set(plain[0].values())) < len(claims) and plain[1]


def test_the_cluster_list_is_the_clusters_in_the_claims_order() -> None:
    from annotator.split.clusters import cluster_list_with_conflicts, cluster_with_conflicts

    pairs = seed_claims()
    more = [(f"y{k:04d}", t.replace("said", "says")) for k, (_, t) in enumerate(pairs[::2])]
    for claims in (sorted(pairs + more), list(reversed(pairs + more))):  # any order of ids
        clusters, flagged = cluster_with_conflicts(claims)
        in_order, flagged_too = cluster_list_with_conflicts(claims)
        assert in_order == [clusters[cid] for cid, _ in claims]
        assert flagged_too == flagged and flagged
        assert len(set(in_order)) < len(claims)


def test_claims_given_by_text_number_cluster_as_by_text() -> None:
    from annotator.split.clusters import (
        TextFeatures,
        cluster_list_with_conflicts,
        cluster_numbers_with_conflicts,
    )

    pairs = seed_claims()
    claims = sorted(
        pairs + [(f"x{k:04d}", t.replace("said", "says")) for k, (_, t) in enumerate(pairs)]
    )
    feats = TextFeatures()
    feats.add(t for _, t in claims)
    numbers = feats.text_numbers([t for _, t in claims])
    assert [feats.texts[n] for n in numbers] == [t for _, t in claims]
    by_number = cluster_numbers_with_conflicts([cid for cid, _ in claims], numbers, feats)
    assert by_number == cluster_list_with_conflicts(claims) and by_number[1]


def test_a_cluster_is_named_by_its_smallest_claim_id_in_any_input_order() -> None:
    from collections import defaultdict

    from annotator.split.clusters import cluster_id, cluster_with_conflicts

    pairs = seed_claims()
    texts = [t for _, t in pairs] + [t.replace("said", "says") for _, t in pairs[::2]]
    ascending = [(f"a{k:05d}", t) for k, t in enumerate(texts)]
    descending = [(f"d{len(texts) - k:05d}", t) for k, t in enumerate(texts)]  # same order
    partitions = []
    for claims in (ascending, descending):
        clusters, flagged = cluster_with_conflicts(claims)
        members: dict[str, list[str]] = defaultdict(list)
        for cid, cluster in clusters.items():
            members[cluster].append(cid)
        assert all(cluster == cluster_id(min(ids)) for cluster, ids in members.items())
        rank = {cid: k for k, (cid, _) in enumerate(claims)}
        partitions.append(sorted(sorted(rank[c] for c in ids) for ids in members.values()))
        assert {rank[c] for c in flagged} == {rank[c] for c in conflicts(dict(claims), clusters)}
    assert partitions[0] == partitions[1]
    assert any(len(p) > 1 for p in partitions[0])


def test_band_buckets_come_in_the_order_a_dict_filled_rep_by_rep_meets_them() -> None:
    import numpy as np

    from annotator.split.clusters import BANDS, ROWS, K, _band_buckets

    rng = np.random.default_rng(9)
    reps = sorted(rng.choice(5000, size=400, replace=False).tolist())
    rows = rng.integers(0, 3, size=(len(reps), K), dtype=np.uint64)  # many equal bands
    signatures = [row.tobytes() for row in rows]
    by_key: dict[tuple[int, bytes], list[int]] = {}
    step = ROWS * 8
    for i, sig in zip(reps, signatures, strict=True):
        for band in range(BANDS):
            by_key.setdefault((band, sig[band * step : (band + 1) * step]), []).append(i)
    expected = [m for m in by_key.values() if len(m) > 1]
    assert _band_buckets(reps, signatures) == expected
    assert _band_buckets([], []) == []


def test_cluster_id_is_the_text_hash_of_the_smallest_claim_id() -> None:
    from annotator.ids import text_hash
    from annotator.split.clusters import cluster_id

    for claim in ["0f1e2d3c4b5a6978", "claim-ä", ""]:
        assert cluster_id(claim) == "c-" + text_hash(claim)[:12]


def test_guessed_cluster_is_the_smallest_id_of_exact_duplicates_so_far() -> None:
    """A first split writes claims with the cluster of their exact duplicates given so far;
    a claim worded otherwise (the near miss) keeps its own cluster."""
    lighthouse = "The harbour board said the lighthouse at Korvik will reopen in May."
    feats, smallest = TextFeatures(), dict[int, str]()
    first = [
        {"id": "k7", "text": lighthouse},
        {"id": "k3", "text": lighthouse.upper()},
        {"id": "k1", "text": "The harbour board said the ferry to Korvik will reopen in May."},
    ]
    feats.add(c["text"] for c in first)
    guess_clusters(first, feats, smallest)
    k3, k1 = cluster_id("k3"), cluster_id("k1")
    assert [c["cluster_id"] for c in first] == [k3, k3, k1]
    later = [{"id": "k2", "text": lighthouse}, {"id": "k9", "text": lighthouse + " Later."}]
    feats.add(c["text"] for c in later)
    guess_clusters(later, feats, smallest)
    assert [c["cluster_id"] for c in later] == [cluster_id("k2"), cluster_id("k9")]
