"""`annotator load DIR`: claim shards from `split --out` into the store (SQLite, PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from scale_corpus import SEEDS, build_corpus
from test_corpus import claims_of

from annotator.errors import AnnotatorError
from annotator.split.corpus import split_corpus
from annotator.split.inventory import claim_ids
from annotator.split.loading import load_shards
from annotator.split.pipeline import claim_rows, split_paths


def test_load_stores_what_split_stores_and_twice_is_once(tmp_path: Path, db_url: str) -> None:
    out = tmp_path / "out"
    split_corpus([SEEDS], out, workers=1)
    first = load_shards(out, db_url=db_url)
    assert first.shards == 5 and first.documents_new == 5 and first.claims_new > 100
    again = load_shards(out, db_url=db_url)
    assert (again.documents_new, again.claims_new, again.clusters_updated) == (0, 0, 0)
    direct = f"sqlite:///{tmp_path / 'direct.db'}"
    split_paths([SEEDS], db_url=direct)

    def rows(url: str) -> dict[str, tuple]:
        return {
            r["id"]: (
                r["text"],
                r["start"],
                r["speaker"],
                r["speaker_start"],
                r["lang"],
                r["cluster_id"],
                r["conflict"],
                r["source"],
            )
            for r in claim_rows(claim_ids(db_url=url), url)
        }

    assert rows(db_url) == rows(direct)  # the same claim units as `split` into the store


def test_load_updates_clusters_when_the_corpus_grew(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    shards = build_corpus(tmp_path / "in", copies=2)
    out = tmp_path / "out"
    split_corpus(shards[:4], out, workers=1, partitions=4)
    before = load_shards(out, db_url=url)
    split_corpus(shards, out, workers=1, partitions=4)  # four more shards: copies of the same
    grown = load_shards(out, db_url=url)
    assert grown.documents_existing == before.documents_new and grown.documents_new > 0
    assert grown.clusters_updated > 0  # stored claims joined clusters with the new copies
    stored = {r["id"]: r["cluster_id"] for r in claim_rows(claim_ids(db_url=url), url)}
    assert stored == {r["id"]: r["cluster_id"] for r in claims_of(out)}


def test_load_refuses_an_unfinished_folder(tmp_path: Path) -> None:
    (tmp_path / "_done").mkdir()
    with pytest.raises(AnnotatorError, match="did not finish"):
        load_shards(tmp_path)
    with pytest.raises(AnnotatorError, match="not a claim shard folder"):
        load_shards(tmp_path / "missing")
