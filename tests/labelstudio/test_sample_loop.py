"""A corpus sample from split --out to an exported dataset, in the real Label Studio.

split --out (shards) -> load -> sample (one per cluster, by outlet and language) -> push
--collection -> simulate -> pull -> dataset build -> export: the data card says how the sample
was drawn and from what population, and the version keeps saying it after the collection is
re-sampled or deleted (the record is frozen with the version).
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path

import pytest

from annotator.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "split"))
from scale_corpus import build_corpus  # noqa: E402


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code = main([*argv, "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


@pytest.mark.labelstudio
def test_sampled_collection_is_pushed_and_the_export_says_how(db, ls_backend, tmp_path, capsys):
    shards = [str(p) for p in build_corpus(tmp_path / "in", copies=1)]
    out = tmp_path / "claims"
    split = run_json(capsys, "split", *shards, "--out", str(out))
    assert run_json(capsys, "load", str(out))["claims_new"] == split["claims"]
    drawn = run_json(
        capsys, "sample", "--n", "6", "--stratify", "outlet,lang", "--seed", "11", "--name", "w1"
    )
    assert drawn["drawn"] == 6
    project = f"sample-{uuid.uuid4().hex[:8]}"
    pushed = run_json(capsys, "push", "--project", project, "--collection", "w1", "--overlap", "2")
    assert pushed["created"] == 6
    run_json(capsys, "simulate", "--project", project, "--annotators", "2", "--seed", "3")
    assert run_json(capsys, "pull", "--project", project)["total"] == 12
    build = ["dataset", "build", "w1-gold", "--project", project, "--method", "majority"]
    build.append("--include-simulated")  # the labels are simulate's
    assert run_json(capsys, *build)["items"] == 6
    folder = tmp_path / "export"
    export = ["export", "w1-gold@1", "--format", "jsonl", "--out", str(folder)]
    assert main([*export, "--include-simulated"]) == 0
    card = (folder / "README.md").read_text(encoding="utf-8")
    assert "## Sample `w1`" in card
    population = drawn["population"]
    assert f"6 claim units drawn from a population of {population['claims']}" in card
    assert "stratified by outlet, lang" in card and "seed 11" in card
    for stratum, n in drawn["per_stratum"].items():
        assert f"| {stratum} | {n} | {population['strata'][stratum]} |" in card
    first = {p.name: p.read_bytes() for p in folder.iterdir()}
    capsys.readouterr()  # export's own output
    again = run_json(capsys, "sample", "--n", "4", "--seed", "12", "--name", "w1")
    assert again["drawn"] == 4  # the collection's record now says seed 12
    resampled = tmp_path / "export-resampled"
    assert main([*export[:-1], str(resampled), "--include-simulated"]) == 0
    assert {p.name: p.read_bytes() for p in resampled.iterdir()} == first
    from sqlalchemy import delete

    from annotator import store
    from annotator.store.models import Collection, CollectionItem

    with store.session() as s:
        s.execute(delete(CollectionItem).where(CollectionItem.collection == "w1"))  # type: ignore[arg-type]
        s.execute(delete(Collection).where(Collection.name == "w1"))  # type: ignore[arg-type]
    deleted = tmp_path / "export-deleted"
    assert main([*export[:-1], str(deleted), "--include-simulated"]) == 0
    assert {p.name: p.read_bytes() for p in deleted.iterdir()} == first
