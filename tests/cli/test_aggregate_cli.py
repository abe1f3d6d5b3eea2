"""`annotator aggregate` run as a user would, on real files in a temp folder."""

from __future__ import annotations

import json

from annotator.cli import main

TABLE = """item,annotator,label
b,x,1
b,y,0
a,x,1
a,y,1
a,z,F
c,x,0
c,y,0
c,z,6
d,x,6
"""


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["aggregate", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_majority_jsonl_with_missing_values(tmp_path, capsys):
    path = tmp_path / "labels.csv"
    path.write_text(TABLE, encoding="utf-8")
    code, out, err = run(capsys, str(path), "--missing", "F,6", "--tie", "first")
    assert (code, err) == (0, "")
    assert [json.loads(line) for line in out.splitlines()] == [
        {"item": "a", "label": "1", "confidence": 1.0, "n": 2},
        {"item": "b", "label": "0", "confidence": 0.5, "n": 2},
        {"item": "c", "label": "0", "confidence": 1.0, "n": 2},
    ]


def test_tie_none_drops_tied_items_and_says_so(tmp_path, capsys):
    path = tmp_path / "labels.csv"
    path.write_text(TABLE, encoding="utf-8")
    code, out, err = run(capsys, str(path), "--missing", "F,6", "--tie", "none")
    assert code == 0
    assert [json.loads(line)["item"] for line in out.splitlines()] == ["a", "c"]
    assert err == "1 of 3 items got no gold (tied under --tie none, or below --min-annotations)\n"


def test_dawid_skene_csv_from_jsonl(tmp_path, capsys):
    path = tmp_path / "labels.jsonl"
    rows = [
        {"item": f"i{k}", "annotator": a, "label": "yes" if (k + j) % 4 else "no"}
        for k in range(6)
        for j, a in enumerate("pqr")
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, _ = run(capsys, str(path), "--method", "dawid-skene", "--format", "csv")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "item,label,confidence,n"
    assert [line.split(",")[0] for line in lines[1:]] == [f"i{k}" for k in range(6)]
    assert all(line.split(",")[1] in ("yes", "no") for line in lines[1:])
    assert all(0.5 <= float(line.split(",")[2]) <= 1 and line.endswith(",3") for line in lines[1:])


def test_median_with_silver_items(tmp_path, capsys):
    path = tmp_path / "labels.tsv"
    path.write_text(
        "item\tannotator\tlabel\nx\tp\t1\nx\tq\t4\nx\tr\t5\nx\ts\t2\ny\tp\t3\n", encoding="utf-8"
    )
    args = ("--method", "median", "--order", "1,2,3,4,5", "--format", "csv")
    code, out, _ = run(capsys, str(path), *args, "--min-annotations", "2", "--below-min", "silver")
    assert code == 0
    assert out == "item,label,confidence,n,silver\nx,2,0.25,4,false\ny,3,1.0,1,true\n"


def test_malformed_table_is_one_error_line(tmp_path, capsys):
    path = tmp_path / "labels.csv"
    path.write_text("item,annotator,value\na,x,1\n", encoding="utf-8")
    code, out, err = run(capsys, str(path))
    assert (code, out) == (1, "")
    assert err == f"Error: {path}:1: missing column(s) label\n"


def test_bad_json_line_is_one_error_line(tmp_path, capsys):
    path = tmp_path / "labels.jsonl"
    path.write_text('{"item": "a", "annotator": "x", "label": "1"}\n{"item": \n', encoding="utf-8")
    code, _, err = run(capsys, str(path))
    assert code == 1
    assert err == f"Error: {path}:2: invalid JSON (Expecting value)\n"


def test_only_missing_values_is_an_error(tmp_path, capsys):
    path = tmp_path / "labels.csv"
    path.write_text("item,annotator,label\na,x,F\na,y,6\n", encoding="utf-8")
    code, _, err = run(capsys, str(path), "--missing", "F,6")
    assert code == 1
    assert err == f"Error: {path}: no labels left once the missing values are removed\n"


def test_median_needs_order(tmp_path, capsys):
    path = tmp_path / "labels.csv"
    path.write_text(TABLE, encoding="utf-8")
    code, _, err = run(capsys, str(path), "--method", "median")
    assert (code, err) == (1, "Error: median aggregation needs the order of the labels\n")


def test_label_outside_order(tmp_path, capsys):
    path = tmp_path / "labels.csv"
    path.write_text(TABLE, encoding="utf-8")
    code, _, err = run(capsys, str(path), "--order", "0,1", "--missing", "F")
    assert (code, err) == (1, "Error: label '6' is not one of 0, 1\n")


def test_help_ends_with_example(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "Example: annotator aggregate labels.csv --method dawid-skene" in out


def test_jsonl_lines_are_what_json_dumps_writes() -> None:
    import json

    from annotator.cli.aggregate import _jsonl
    from annotator.datasets.aggregate import Gold

    gold = {
        'a"b': Gold("x", 0.5, 3),
        "ü\n": Gold("y\\", 1.0, 2, silver=True),
        "c": Gold("x", 2 / 3, 3),
        "d": Gold("z", 0.1234565, 1),
    }
    for silver in (False, True):
        cols = ("item", "label", "confidence", "n") + (("silver",) if silver else ())
        ref = [
            json.dumps(
                dict(zip(cols, (i, g.label, round(g.confidence, 6), g.n, g.silver), strict=False)),
                ensure_ascii=False,
            )
            + "\n"
            for i, g in gold.items()
        ]
        assert _jsonl(gold, silver) == ref
