"""`annotator audit` in every state a project goes through, text and JSON agreeing each time:
pushed but never pulled, pulled with no annotations, one annotator, two annotators, and a
schema with text fields only. The claims come from the real splitter, the annotations from
real annotator accounts in the real Label Studio, through `pull`."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml

from annotator.cli import main
from annotator.labelstudio.client import Backend
from annotator.labelstudio.pull import pull
from annotator.labelstudio.push import push
from annotator.schema import load_schema, schema_from_dict

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]
VALUES = {
    "stance_us_taliban": "support",
    "source_reliability": "B",
    "credibility": "2",
    "checkworthy": "yes",
}
NOTES_ONLY = {"name": "notes-only", "fields": [{"name": "note", "type": "text"}]}


def _fmt(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}"


def audit_both(capsys: pytest.CaptureFixture[str], project: str) -> tuple[dict[str, Any], str]:
    """The JSON and the text output of the same audit, checked to say the same things."""
    argv = ["audit", "--project", project, "--bootstrap", "0"]
    assert main([*argv, "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert main(argv) == 0
    captured = capsys.readouterr()
    text = captured.out
    assert captured.err == ""
    flat = " ".join(text.split())
    assert (
        f"{result['n_annotations']} annotation(s) by {result['n_annotators']} annotator(s)" in flat
    )
    for note in result["notes"]:
        assert " ".join(note.split()) in flat
    for f in result["fields"]:
        [row] = [
            line
            for line in text.splitlines()
            if re.match(rf"[│|]\s*{f['field']}\b", line)  # the table row, not a note
        ]
        cells = [c.strip() for c in re.split(r"[│|]", row) if c.strip()]
        assert cells[1] == _fmt(f["alpha"]) and cells[-2:] == [
            str(f["n_items"]),
            str(f["n_annotators"]),
        ], row
        if f["alpha"] is None:
            assert f["reasons"]["alpha"]
            assert " ".join(f"{f['field']}: no alpha ({f['reasons']['alpha']})".split()) in flat
    return result, text


@pytest.mark.labelstudio
def test_audit_in_every_project_state(db, ls_backend, make_annotators, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["split", str(SEED), "--format", "json"]) == 0
    name = f"states-{uuid.uuid4().hex[:8]}"
    ls_id = push(name, overlap=2).ls_project_id
    capsys.readouterr()

    never, _ = audit_both(capsys, name)
    assert never["n_annotations"] == 0 and never["pulled_at"] is None
    assert any("never pulled" in n for n in never["notes"])

    pull(name)
    empty, _ = audit_both(capsys, name)
    assert empty["pulled_at"] is not None and empty["n_annotators"] == 0
    assert any("no annotations" in n for n in empty["notes"])

    tasks = [r.id for r in ls_backend.task_refs(ls_id)][:4]
    schema = load_schema()
    one, two = (Backend.connect(as_user=e) for e in make_annotators(2))
    for i, tid in enumerate(tasks):
        one.create_annotation(tid, schema.result_for({**VALUES, "credibility": str(1 + i % 3)}))
    pull(name)
    single, _ = audit_both(capsys, name)
    assert single["n_annotators"] == 1 and all(f["alpha"] is None for f in single["fields"])
    assert any("one annotator" in n for n in single["notes"])

    for tid in tasks:
        two.create_annotation(tid, schema.result_for(VALUES))
    pull(name)
    pair, _ = audit_both(capsys, name)
    assert pair["n_annotators"] == 2 and pair["notes"] == []
    cred = next(f for f in pair["fields"] if f["field"] == "credibility")
    assert cred["n_items"] == 4 and cred["n_annotators"] == 2 and cred["alpha"] is not None


@pytest.mark.labelstudio
def test_audit_of_a_schema_with_text_fields_only(
    db, ls_backend, make_annotators, capsys, monkeypatch, tmp_path
):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["split", str(SEED), "--format", "json"]) == 0
    schema_file = tmp_path / "notes.yaml"
    schema_file.write_text(yaml.safe_dump(NOTES_ONLY), encoding="utf-8")
    name = f"notes-{uuid.uuid4().hex[:8]}"
    ls_id = push(name, schema_path=schema_file).ls_project_id
    [email] = make_annotators(1)
    tid = ls_backend.task_refs(ls_id)[0].id
    result = schema_from_dict(NOTES_ONLY).result_for({"note": "reads like an ad"})
    Backend.connect(as_user=email).create_annotation(tid, result)
    assert pull(name).new == 1
    capsys.readouterr()
    out, _ = audit_both(capsys, name)
    assert out["fields"] == [] and out["n_annotations"] == 1
    assert any("no choice fields" in n for n in out["notes"])
