"""Each test loads exports through a `datasets` cache of its own."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def own_datasets_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`datasets.load_dataset(folder)` caches a local folder in the machine-wide cache
    (~/.cache/huggingface, read when `datasets` is first imported, so HF_HOME set later has no
    effect) under a key that did not change between two exports to the same relative folder
    in two runs: a later test read an earlier run's rows. Point the cache into tmp_path."""
    import datasets.config

    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", tmp_path / "hf-cache")
