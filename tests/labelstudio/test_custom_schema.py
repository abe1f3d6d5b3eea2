"""A user's own label schema gives a working project, end to end, in the real Label Studio.

Other targets, other choices, an interval field and a text field: the labelling config, the
simulated answers, validation on pull, each field's level in the audit and the export columns
all follow the schema file, with nothing else to configure.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
import yaml

from annotator.cli import main

REPO = Path(__file__).resolve().parents[2]
SEED = next((REPO / "seeds").glob("004_*.txt"))

RUMOURS = {
    "name": "rumours",
    "version": 3,
    "description": "Stance toward two rumours and the harm a claim could do.",
    "guidelines": "Judge the claim as stated.",
    "targets": [
        {"id": "airport_bombing", "text": "ISIS-K carried out the Kabul airport bombing"},
        {"id": "taliban_deal", "text": "The US and the Taliban have a secret deal"},
    ],
    "fields": [
        {
            "name": "stance",
            "per_target": True,
            "level": "nominal",
            "choices": [{"value": v} for v in ("support", "deny", "query", "comment")],
        },
        {
            "name": "harm",
            "title": "Potential harm (1 none - 5 severe)",
            "level": "interval",
            "choices": [{"value": str(v)} for v in range(1, 6)],
        },
        {"name": "note", "type": "text", "required": False},
    ],
}
KEYS = ["stance_airport_bombing", "stance_taliban_deal", "harm"]


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code = main([*argv, "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


@pytest.mark.labelstudio
def test_own_schema_from_push_to_export(db, ls_backend, tmp_path, monkeypatch, capsys):
    import pyarrow.parquet as pq

    monkeypatch.chdir(tmp_path)
    schema = tmp_path / "rumours.yaml"
    schema.write_text(yaml.safe_dump(RUMOURS), encoding="utf-8")
    claims = run_json(capsys, "split", str(SEED))["claims"]
    project = f"rumours-{uuid.uuid4().hex[:8]}"

    pushed = run_json(
        capsys, "push", "--project", project, "--overlap", "2", "--schema", str(schema)
    )
    assert pushed["created"] == claims
    config = ls_backend._raw("GET", f"/api/projects/{pushed['ls_project_id']}/")["label_config"]
    for key in (*KEYS, "note"):
        assert f'name="{key}"' in config
    assert "secret deal" in config and 'value="query"' in config

    truth = tmp_path / "truth.jsonl"
    run_json(
        capsys, "simulate", "--project", project, "--annotators", "2", "--truth-out", str(truth)
    )
    first = json.loads(truth.read_text(encoding="utf-8").splitlines()[0])
    assert set(KEYS) <= set(first) and first["harm"] in {"1", "2", "3", "4", "5"}
    pulled = run_json(capsys, "pull", "--project", project)
    assert pulled["total"] == 2 * claims and pulled["invalid"] == 0 and not pulled["errors"]

    audit = run_json(
        capsys, "audit", "--project", project, "--bootstrap", "0", "--include-simulated"
    )
    levels = {f["field"]: f["level"] for f in audit["fields"]}
    assert levels == {
        "stance_airport_bombing": "nominal",
        "stance_taliban_deal": "nominal",
        "harm": "interval",
    }

    build = ["dataset", "build", "rumours-gold", "--project", project, "--include-simulated"]
    run_json(capsys, *build)
    out = ["export", "rumours-gold", "--format", "parquet", "--out", "out", "--include-simulated"]
    assert main(out) == 0
    capsys.readouterr()
    columns = pq.read_table(tmp_path / "out" / "data.parquet").column_names
    for key in KEYS:
        assert key in columns and f"{key}_confidence" in columns
    assert "stance_us_taliban" not in columns and "source_reliability" not in columns
