"""`annotator schema show`: the packaged schema, a user's own schema, and bad schemas refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.schema import DEFAULT_SCHEMA

REPO = Path(__file__).resolve().parents[2]


def test_packaged_default_schema_is_the_user_facing_copy() -> None:
    assert DEFAULT_SCHEMA.is_relative_to(REPO / "annotator")
    assert DEFAULT_SCHEMA.read_bytes() == (REPO / "schemas" / "default.yaml").read_bytes()


def test_show_json_has_fields_levels_columns_and_config(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "show", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    levels = {lf["key"]: lf["level"] for lf in out["label_fields"]}
    assert levels["stance_us_taliban"] == "nominal"
    assert levels["source_reliability"] == "ordinal"
    assert "stance_us_taliban_confidence" in out["export_columns"]
    assert out["label_config"].startswith("<View")


def test_show_xml_of_a_users_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "harm.yaml"
    path.write_text(
        "name: harm\nfields:\n  - {name: harm, level: interval, choices: "
        "[{value: '1'}, {value: '2'}, {value: '3'}]}\n"
    )
    assert main(["schema", "show", "--schema", str(path), "--format", "xml"]) == 0
    xml = capsys.readouterr().out
    assert 'name="harm"' in xml and "stance" not in xml


def test_invalid_schema_is_one_line_naming_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("name: bad\nfields:\n  - {name: x, level: nominal\n")
    assert main(["schema", "show", "--schema", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"Error: {path}:") and len(err.splitlines()) == 1
