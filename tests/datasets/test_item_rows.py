"""The dataset stage's fast path (annotator.datasets.item_rows) against the reference items."""

from __future__ import annotations

import json
import random

from test_dataset import SCHEMA

from annotator.datasets.gold import aggregate_field, gold_items, pseudonym_map, votes_of
from annotator.datasets.item_rows import ItemEncoder
from annotator.ids import canonical_json
from annotator.votes import Vote


def _random_votes(rng: random.Random, k: int) -> list[Vote]:
    stance = ["support", "refute", "discuss", "unrelated", "Z", None]
    rel = ["A", "B", "C", "D", "E", "F", "F", None]
    cred = ["1", "2", "3", "4", "5", "6", 3, None]
    check = ["yes", "no", None]
    texts = [None, None, "plain", 'naïve "q" \\ — ✓\n\t\u2028 é\x01']
    votes = []
    for _ in range(rng.choice([1, 2, 3, 3, 3, 4, 5])):
        vals = {
            "stance_us_taliban": rng.choice(stance),
            "source_reliability": rng.choice(rel),
            "credibility": rng.choice(cred),
            "checkworthy": rng.choice(check),
            "rationale": rng.choice(texts),
        }
        who = rng.choice(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"])
        votes.append(
            Vote(who, {k: v for k, v in vals.items() if v is not None or k != "rationale"})
        )
    if rng.random() < 0.05:  # an adjudication now and then
        votes.append(Vote("judge", {"source_reliability": rng.choice(rel)}, True))
    if k % 3 == 0:  # mostly distinct annotators (the fast path)
        seen: dict[str, Vote] = {}
        for v in votes:
            seen.setdefault(v.annotator, v)
        votes = list(seen.values())
    return votes


def test_item_rows_match_the_reference_items() -> None:
    """The fast path (numpy over a batch, JSON from fragments) gives exactly the texts of
    `gold_items` + canonical_json / json.dumps, for every method and min_annotations rule."""
    rng = random.Random(11)
    people = pseudonym_map(list("abcdefghijkl") + ["judge"])
    claims = [(f"c{k:05d}", _random_votes(rng, k)) for k in range(3000)]
    for method, min_annotations, below_min in [
        ("majority", 1, "drop"),
        ("majority", 3, "drop"),
        ("majority", 2, "silver"),
        ("median", 1, "drop"),
        ("median", 2, "silver"),
        ("dawid-skene", 1, "drop"),
    ]:
        fitted = None
        if method == "dawid-skene":
            fitted = {
                lf.key: aggregate_field(
                    [r for c, vs in claims for r in votes_of(lf, c, vs)], lf, method, seed=3
                )
                for lf in SCHEMA.choice_fields
            }
        kw = dict(method=method, min_annotations=min_annotations, below_min=below_min, seed=3)
        encoder = ItemEncoder(SCHEMA, people, fitted=fitted, **kw)  # type: ignore[arg-type]
        for lo in range(0, len(claims), 700):
            batch = claims[lo : lo + 700]
            want = gold_items(SCHEMA, batch, people, fitted=fitted, **kw)  # type: ignore[arg-type]
            got = encoder.rows(batch)
            assert [r.claim_id for r in got] == [i["claim_id"] for i in want]
            for row, item in zip(got, want, strict=True):
                assert row.line == canonical_json(item), (method, item["claim_id"])
                # stored as before: json.dumps of the canonical (key-sorted) item
                stored = json.loads(canonical_json(item))
                assert row.gold == json.dumps(stored["gold"])
                assert row.raw == json.dumps(stored["raw"])
                assert row.silver == item["silver"]
                assert row.labels == tuple(
                    item["gold"][lf.key]["label"] for lf in SCHEMA.choice_fields
                )
