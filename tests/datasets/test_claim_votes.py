"""annotator.datasets.claim_votes: a project's counted votes per claim, read from the store."""

from __future__ import annotations

import pytest
from test_dataset import seed_store, values

from annotator import store
from annotator.datasets.claim_votes import (
    batches,
    iter_claims,
    project_and_adjudications,
    resolve_project,
)
from annotator.errors import AnnotatorError


def test_votes_per_claim_in_id_order_with_the_adjudications() -> None:
    seed_store(
        {
            "k2": [("ann-a", values(), False), ("ann-b", values("refute"), False)],
            "k1": [("ann-a", values("discuss"), False), ("ann-z", values(), True)],
        },
        adjudication_project=True,
    )
    with store.session() as s:
        proj, schema = resolve_project(s, None)
        ids, adj = project_and_adjudications(s, proj)
        got = [
            (claim, sorted((v.annotator, v.adjudicated) for v in votes))
            for claim, votes in iter_claims(s, ids, adj)
        ]
    assert proj.name == "claims" and schema.label_fields
    assert ids[0] == proj.id and len(ids) == 2 and set(ids[1:]) == adj
    assert got == [
        ("k1", [("ann-a", False), ("ann-z", True)]),
        ("k2", [("ann-a", False), ("ann-b", False)]),
    ]


def test_no_project_is_a_one_line_error() -> None:
    with store.session() as s:
        with pytest.raises(AnnotatorError, match="no project yet; push first"):
            resolve_project(s, None)
        with pytest.raises(AnnotatorError, match="no project named 'harbour'"):
            resolve_project(s, "harbour")


def test_batches_keep_the_order_and_the_last_short_one() -> None:
    claims = [(f"k{n}", []) for n in range(5)]
    assert [[c for c, _ in b] for b in batches(iter(claims), 2)] == [
        ["k0", "k1"],
        ["k2", "k3"],
        ["k4"],
    ]
