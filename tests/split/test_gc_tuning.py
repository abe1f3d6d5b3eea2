"""The split stage's garbage-collector setting."""

from __future__ import annotations

import gc

from annotator.split.gc_tuning import relaxed_gc


def test_relaxed_gc_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    with relaxed_gc():
        assert gc.get_threshold()[0] >= 100_000
    assert gc.get_threshold() == before
