"""The split stage as a library: the parallel path gives what the serial one gives."""

from __future__ import annotations

import gc
import json
from pathlib import Path

from annotator.split import checkworthiness
from annotator.split.pipeline import _dumps, claim_rows, relaxed_gc, split_paths

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_two_workers_store_what_one_worker_stores(tmp_path: Path) -> None:
    one = f"sqlite:///{tmp_path / 'one.db'}"
    two = f"sqlite:///{tmp_path / 'two.db'}"
    serial = split_paths([SEEDS], workers=1, db_url=one)
    parallel = split_paths([SEEDS], workers=2, db_url=two)
    assert serial.files == parallel.files == 5
    assert serial.claim_ids == parallel.claim_ids and serial.claims > 100
    assert not serial.errors and not parallel.errors
    assert claim_rows(serial.claim_ids, one) == claim_rows(parallel.claim_ids, two)


def test_relaxed_gc_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    with relaxed_gc():
        assert gc.get_threshold()[0] >= 100_000
    assert gc.get_threshold() == before


def test_worker_features_json_is_what_json_dumps_writes() -> None:
    _, features = checkworthiness.score("Doe said 13 “Kabul” officials, NATO’s 2.5% claim.", "Doe")
    values = [
        features,
        {"numbers": ["13", "2.5%"], "ratio": 0.1 + 0.2, "nested": {"é": [None, True, -7]}},
        {"big": float("inf"), "tiny": 1e-300, "text": 'quote " and \\ and \n'},
        {},
    ]
    for value in values:
        assert _dumps(value) == json.dumps(value)
