"""`annotator agreement FILE`: run as a user would, on real files."""

from __future__ import annotations

import json

import pytest

from annotator.agreement.labeltable import read_label_table
from annotator.agreement.summary import summarize
from annotator.cli import main

ROWS = [
    ("c1", "ann", "A"), ("c1", "bob", "A"), ("c1", "cy", "A"),
    ("c2", "ann", "B"), ("c2", "bob", "C"), ("c2", "cy", "B"),
    ("c3", "ann", "F"), ("c3", "bob", "B"), ("c3", "cy", "B"),
    ("c4", "ann", "C"), ("c4", "bob", "C"),
    ("c5", "ann", "A"), ("c5", "bob", "B"), ("c5", "cy", "A"),
    ("c6", "ann", "E"), ("c6", "bob", "E"), ("c6", "cy", "D"),
]  # fmt: skip


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text(
        "item,annotator,label\n" + "".join(f"{i},{a},{v}\n" for i, a, v in ROWS), encoding="utf-8"
    )
    return path


@pytest.fixture
def jsonl_file(tmp_path):
    path = tmp_path / "labels.jsonl"
    lines = [json.dumps({"item": i, "annotator": a, "label": v}) for i, a, v in ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(capsys, *args):
    code = main(["agreement", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_matches_library(capsys, csv_file):
    code, out, err = run(
        capsys,
        csv_file,
        "--level",
        "ordinal",
        "--order",
        "A,B,C,D,E",
        "--missing",
        "F",
        "--format",
        "json",
        "--bootstrap",
        "300",
        "--seed",
        "5",
    )
    assert (code, err) == (0, "")
    result = json.loads(out)
    expected = summarize(
        read_label_table(csv_file),
        "ordinal",
        order=list("ABCDE"),
        bootstrap=300,
        seed=5,
        missing=["F"],
    )
    assert result == json.loads(json.dumps(expected))
    assert result["n_missing"] == 1 and result["n_annotators"] == 3
    assert result["alpha_ci"] is not None and result["cohen_kappa"] is None
    assert result["reasons"]["cohen_kappa"] == "needs exactly two annotators (found 3)"


def test_jsonl_input_same_result_as_csv(capsys, csv_file, jsonl_file):
    args = ("--level", "nominal", "--missing", "F", "--format", "json", "--bootstrap", "200")
    _, from_csv, _ = run(capsys, csv_file, *args)
    _, from_jsonl, _ = run(capsys, jsonl_file, *args)
    assert json.loads(from_csv) == json.loads(from_jsonl)


def test_same_seed_same_interval(capsys, csv_file):
    args = (csv_file, "--level", "nominal", "--format", "json", "--seed", "7")
    first = json.loads(run(capsys, *args)[1])["alpha_ci"]
    second = json.loads(run(capsys, *args)[1])["alpha_ci"]
    assert first == second and first is not None


def test_table_output(capsys, csv_file, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")  # rich wraps at 80 columns when not on a terminal
    code, out, err = run(
        capsys, csv_file, "--level", "ordinal", "--order", "A,B,C,D,E", "--missing", "F"
    )
    assert code == 0 and err == ""
    assert "Krippendorff's alpha" in out and "95% CI [" in out
    assert "needs exactly two annotators (found 3)" in out
    assert "17 labels" not in out and "16 labels, 6 items, 3 annotators" in out


def test_no_bootstrap(capsys, csv_file):
    code, out, _ = run(
        capsys, csv_file, "--level", "nominal", "--bootstrap", "0", "--format", "json"
    )
    result = json.loads(out)
    assert code == 0 and result["alpha_ci"] is None
    assert result["reasons"]["alpha_ci"] == "bootstrap disabled"


def test_degenerate_table_prints_null_with_reason(capsys, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("item,annotator,label\nc1,ann,A\nc2,ann,B\n", encoding="utf-8")
    code, out, _ = run(capsys, path, "--level", "nominal", "--format", "json")
    result = json.loads(out)
    assert code == 0 and result["alpha"] is None
    assert result["reasons"]["alpha"] == "fewer than two annotators"


def test_malformed_file_is_one_error_line(capsys, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("item,annotator,value\nc1,ann,A\n", encoding="utf-8")
    code, out, err = run(capsys, path, "--level", "nominal")
    assert code == 1 and out == ""
    assert err == f"Error: {path}:1: missing column(s) label\n"


def test_malformed_jsonl_names_the_line(capsys, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"item": "c1", "annotator": "a", "label": "A"}\n{"item": "c2", \n', encoding="utf-8"
    )
    code, _, err = run(capsys, path, "--level", "nominal")
    assert code == 1
    assert err.startswith(f"Error: {path}:2: invalid JSON (") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--level", "cardinal"),
            "Error: unknown level 'cardinal' (use nominal, ordinal, interval, ratio)\n",
        ),
        (
            ("--level", "nominal", "--format", "xml"),
            "Error: unknown format 'xml' (use table or json)\n",
        ),
        (
            ("--level", "ordinal", "--order", "A,B,C"),
            "Error: label(s) not in the order: 'D', 'E', 'F'\n",
        ),
        (("--level", "interval"), "Error: the interval level needs numeric labels; got 'A'\n"),
    ],
)
def test_bad_arguments_are_one_error_line(capsys, csv_file, args, message):
    code, out, err = run(capsys, csv_file, *args)
    assert (code, out, err) == (1, "", message)


def test_missing_file(capsys, tmp_path):
    code, _, err = run(capsys, tmp_path / "nope.csv", "--level", "nominal")
    assert (code, err) == (1, f"Error: {tmp_path / 'nope.csv'}: no such file\n")


def test_help_ends_with_example(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "Example: annotator agreement labels.csv --level ordinal" in " ".join(out.split())
