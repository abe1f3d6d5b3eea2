"""`annotator sample`: one claim per cluster, spread over outlets and languages, reproducible."""

from __future__ import annotations

from pathlib import Path

import pytest
from scale_corpus import build_corpus

from annotator.errors import AnnotatorError
from annotator.split.corpus import split_corpus
from annotator.split.loading import load_shards
from annotator.split.sample import draw, population


@pytest.fixture
def corpus_rows(tmp_path: Path) -> list[dict]:
    url = f"sqlite:///{tmp_path / 's.db'}"
    out = tmp_path / "out"
    split_corpus(build_corpus(tmp_path / "in", copies=2), out, workers=1, partitions=4)
    load_shards(out, db_url=url)
    return population(url)


def test_one_per_cluster_spread_over_outlets_and_reproducible(corpus_rows: list[dict]) -> None:
    rows = {r["id"]: r for r in corpus_rows}
    outlets = {r["outlet"] for r in corpus_rows}
    assert len(outlets) >= 4 and len({r["cluster"] for r in corpus_rows}) < len(corpus_rows)
    s = draw(corpus_rows, n=20, per_cluster=1, stratify=["outlet", "lang"], seed=7)
    assert len(s.claim_ids) == 20 == len(set(s.claim_ids))
    clusters = [rows[i]["cluster"] for i in s.claim_ids]
    assert len(set(clusters)) == len(clusters)  # one claim per cluster
    counts = s.meta["per_stratum"]
    assert max(counts.values()) - min(counts.values()) <= 1  # equal shares while strata last
    assert draw(corpus_rows, n=20, per_cluster=1, stratify=["outlet", "lang"], seed=7) == s
    for cid in s.claim_ids:  # the best of its cluster by check-worthiness
        mates = [r for r in corpus_rows if r["cluster"] == rows[cid]["cluster"]]
        assert rows[cid]["score"] == max(m["score"] for m in mates)
    assert s.meta["population"]["claims"] == len(corpus_rows)
    assert s.meta["seed"] == 7 and s.meta["stratify"] == ["outlet", "lang"]


def test_random_order_depends_on_the_seed_only(corpus_rows: list[dict]) -> None:
    a = draw(corpus_rows, n=15, by="random", seed=1)
    b = draw(list(reversed(corpus_rows)), n=15, by="random", seed=1)
    c = draw(corpus_rows, n=15, by="random", seed=2)
    assert a.claim_ids == b.claim_ids and a.claim_ids != c.claim_ids


def test_bad_sample_options_are_refused(corpus_rows: list[dict]) -> None:
    with pytest.raises(AnnotatorError, match="cannot stratify by colour"):
        draw(corpus_rows, n=5, stratify=["colour"])
    with pytest.raises(AnnotatorError, match="--by must be"):
        draw(corpus_rows, n=5, by="length")


def test_sample_command_saves_a_collection_with_how_it_was_drawn(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from annotator.cli import app
    from annotator.store import collections

    out = tmp_path / "out"
    runner = CliRunner()
    shards = [str(p) for p in build_corpus(tmp_path / "in", copies=1)]
    assert runner.invoke(app, ["split", *shards, "--out", str(out)]).exit_code == 0
    assert runner.invoke(app, ["load", str(out)]).exit_code == 0
    args = ["sample", "--n", "8", "--stratify", "outlet,lang", "--seed", "3", "--name", "wave1"]
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    ids = collections.claim_ids("wave1")
    assert len(ids) == shown["drawn"] == 8
    (saved,) = [c for c in collections.list_collections() if c["name"] == "wave1"]
    assert saved["meta"]["sample"]["seed"] == 3
    assert saved["meta"]["sample"]["stratify"] == ["outlet", "lang"]
    again = runner.invoke(app, [*args, "--format", "json"])
    assert json.loads(again.output)["total"] == 8  # the same sample again adds nothing
