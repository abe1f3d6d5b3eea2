"""`split --out --engine ray` on the session's local Ray cluster: same output as the local
engine, and a run killed in the middle resumes with no duplicates."""

from __future__ import annotations

import json
from pathlib import Path

from scale_corpus import build_corpus
from test_corpus import _run_split, claims_of, kill_at_first_shard

from annotator.split.corpus import split_corpus


def test_ray_and_local_give_the_same_claims_and_clusters(tmp_path: Path, ray_address: str) -> None:
    shards = build_corpus(tmp_path / "in", copies=2)
    local = split_corpus(shards, tmp_path / "local", workers=2, partitions=4)
    ray = split_corpus(shards, tmp_path / "ray", engine="ray", address=ray_address, partitions=4)
    assert ray.engine == "ray" and not ray.errors
    rows = claims_of(tmp_path / "ray")
    expected = claims_of(tmp_path / "local")
    assert len(rows) == ray.claims == local.claims > 100
    assert rows == expected  # every column: ids, cluster ids, conflicts, texts, offsets
    assert ray.clusters_multi == local.clusters_multi > 0


def test_ray_run_killed_midway_resumes_without_duplicates(tmp_path: Path, ray_address: str) -> None:
    shards = build_corpus(tmp_path / "in", copies=3)
    out = tmp_path / "out"
    done = kill_at_first_shard(shards, out, "--engine", "ray", "--address", ray_address)
    # killed mid-run (before the clustering); Ray's workers may have done every shard by then
    assert 1 <= done <= len(shards)
    again = _run_split(shards, out, "--engine", "ray", "--address", ray_address, "--format", "json")
    stdout, _ = again.communicate(timeout=600)
    assert again.returncode == 0, stdout
    summary = json.loads(stdout)
    assert done <= summary["shards_done_before"] <= len(shards)  # a worker may finish after
    rows = claims_of(out)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == summary["claims"]  # 0 duplicates
    reference = split_corpus(shards, tmp_path / "ref", workers=1)
    assert sorted(ids) == sorted(r["id"] for r in claims_of(tmp_path / "ref"))  # 0 losses
    assert reference.claims == summary["claims"]
