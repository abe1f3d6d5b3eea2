"""The dataset stage on a simulated project in the real Label Studio, run as a user runs it.

split -> push (overlap 3) -> simulate 3 annotators -> pull -> `dataset build` -> `export` in
every format (loaded with `datasets` and pyarrow) -> rebuild gives the same hash -> annotators
edit labels in Label Studio -> pull -> rebuild gives version 2 and `dataset diff` names exactly
the changed gold label.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import select

from annotator import store
from annotator.cli import main
from annotator.labelstudio.client import Backend
from annotator.store.models import Annotation, Annotator, ClaimUnit

REPO = Path(__file__).resolve().parents[2]
SEED = next((REPO / "seeds").glob("004_*.txt"))  # the smallest seed by claims
FIELD = "checkworthy"


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code = main([*argv, "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def flip_gold(anns: list[Annotation], people: dict[str, Annotator]) -> tuple[str, str, str]:
    """Edit just enough annotations of one claim, in Label Studio, to flip its FIELD majority."""
    by_claim: dict[str, list[Annotation]] = {}
    for a in anns:
        by_claim.setdefault(a.claim_id, []).append(a)
    claim_id = sorted(by_claim)[0]
    votes = Counter((a.values or {})[FIELD] for a in by_claim[claim_id])
    old, n_old = votes.most_common(1)[0]
    new = "no" if old == "yes" else "yes"
    flips = (n_old - votes[new]) // 2 + 1
    for a in [a for a in by_claim[claim_id] if (a.values or {})[FIELD] == old][:flips]:
        result = [dict(r) for r in a.result or []]
        for region in result:
            if region["from_name"] == FIELD:
                region["value"] = {"choices": [new]}
        email = people[a.annotator_id].email
        assert email is not None
        Backend.connect(as_user=email).update_annotation(a.ls_annotation_id, result)
    return claim_id, old, new


@pytest.mark.labelstudio
def test_build_export_rebuild_edit_diff(db, ls_backend, tmp_path, monkeypatch, capsys):
    import datasets
    import pyarrow.parquet as pq

    monkeypatch.chdir(tmp_path)
    run_json(capsys, "split", str(SEED))
    with store.session() as s:
        claims = {c.id for c in s.exec(select(ClaimUnit))}
    project = f"gold-{uuid.uuid4().hex[:10]}"
    run_json(capsys, "push", "--project", project, "--overlap", "3")
    run_json(capsys, "simulate", "--project", project, "--annotators", "3", "--seed", "5")
    assert run_json(capsys, "pull", "--project", project)["total"] == 3 * len(claims)

    name = "seeds-gold"
    build = ["dataset", "build", name, "--project", project, "--method", "majority"]
    build.append("--include-simulated")  # the labels are simulate's
    v1 = run_json(capsys, *build)
    assert (v1["name"], v1["version"], v1["items"], v1["created"]) == (
        name,
        1,
        len(claims),
        True,
    )

    for fmt in ("jsonl", "csv", "parquet", "hf"):
        out = Path("exports") / f"{name}-{fmt}"
        argv = ["export", f"{name}@1", "--format", fmt, "--out", str(out), "--include-simulated"]
        assert main(argv) == 0
        assert capsys.readouterr().out.strip() == str(out)
        ds = datasets.load_dataset(str(out))["train"]
        assert ds.num_rows == len(claims) and set(ds["claim_id"]) == claims
        assert {FIELD, f"{FIELD}_confidence", "text", "start", "end"} <= set(ds.column_names)
        assert set(ds[FIELD]) <= {"yes", "no", None}
        assert v1["hash"] in (out / "README.md").read_text(encoding="utf-8")
    table = pq.read_table(Path("exports") / f"{name}-parquet" / "data.parquet")
    assert table.num_rows == len(claims) and FIELD in table.column_names

    again = run_json(capsys, *build)
    assert (again["version"], again["hash"], again["created"]) == (1, v1["hash"], False)

    with store.session() as s:
        anns = list(s.exec(select(Annotation)))
        people = {p.id: p for p in s.exec(select(Annotator))}
    claim_id, old, new = flip_gold(anns, people)
    pulled = run_json(capsys, "pull", "--project", project)
    assert pulled["updated"] >= 1 and pulled["new"] == 0 and pulled["deleted"] == 0

    v2 = run_json(capsys, *build)
    assert (v2["version"], v2["created"]) == (2, True) and v2["hash"] != v1["hash"]
    d = run_json(capsys, "dataset", "diff", f"{name}@1", f"{name}@2")
    assert d["added"] == [] and d["removed"] == []
    assert d["changed"] == [
        {"claim_id": claim_id, "field": FIELD, "old": old, "new": new, "why": "new annotations"}
    ]
    shown = run_json(capsys, "dataset", "show", f"{name}@1")
    assert shown["hash"] == v1["hash"]  # version 1 is untouched
