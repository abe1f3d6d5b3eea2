"""The label-table reader: pyarrow columns checked whole, the same records as a row-by-row read,
and one-line errors that name the line."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from annotator.agreement import labeltable
from annotator.agreement.labeltable import LabelRecord, LabelTable, read_label_table
from annotator.agreement.summary import summarize
from annotator.datasets.aggregate import aggregate
from annotator.errors import AnnotatorError


def slow(path: Path) -> list[LabelRecord]:
    """The row-by-row reader (the reference the pyarrow path must agree with)."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".jsonl":
        return labeltable._read_jsonl(path, text)
    return labeltable._read_csv(path, text, "\t" if path.suffix == ".tsv" else ",")


def error(path: Path) -> str:
    with pytest.raises(AnnotatorError) as info:
        read_label_table(path)
    return str(info.value)


def test_fast_csv_equals_row_by_row_on_messy_cells(tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    path.write_text(
        "\ufeffitem,annotator,label,note\n"
        ' c1 , ann ,A,x\n"c,2",bob, B ,y\n\nc3,cy,,empty label\nc3,ann,  ,blank\n'
        "c4,bob,ü,\r\n",
        encoding="utf-8",
    )
    table = read_label_table(path)
    assert isinstance(table, LabelTable)
    assert (
        list(table)
        == slow(path)
        == [
            LabelRecord("c1", "ann", "A"),
            LabelRecord("c,2", "bob", "B"),
            LabelRecord("c4", "bob", "ü"),
        ]
    )


def test_fast_jsonl_equals_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    rows = [
        {"item": 1, "annotator": "a", "label": "x"},
        {"item": 2, "annotator": "b", "label": ""},
        {"item": 3, "annotator": "c", "label": "y", "extra": [1]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert (
        list(read_label_table(path))
        == slow(path)
        == [
            LabelRecord("1", "a", "x"),
            LabelRecord("3", "c", "y"),
        ]
    )
    mixed = tmp_path / "mixed.jsonl"  # numbers and strings in one column: typed row by row
    mixed.write_text(
        '{"item": "i", "annotator": "a", "label": 1.0}\n'
        '{"item": "i", "annotator": "b", "label": "2"}\n'
        '{"item": "i", "annotator": "c", "label": true}\n',
        encoding="utf-8",
    )
    assert [r.label for r in read_label_table(mixed)] == ["1", "2", "true"]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("a.csv", "item,annotator\nx,y\n", "a.csv:1: missing column(s) label"),
        ("b.csv", "item,annotator,label\nx,y,1\n,y,2\n", "b.csv:3: missing or invalid 'item'"),
        ("c.csv", "item,annotator,label\nx,y,1\n\nx, ,2\n", "c.csv:4: missing or invalid 'annotator'"),
        ("d.csv", "item,annotator,label\nx,y,1\nx,z,2,3\n", "d.csv:3: 4 cells, the header has 3"),
        ("e.jsonl", '{"item": "x", "annotator": "y", "label": 1}\n{"item": \n', "e.jsonl:2: invalid JSON"),
        ("f.jsonl", '{"item": "x", "annotator": "y", "label": [1]}\n', "f.jsonl:1: 'label' must be a"),
        ("g.csv", "item,annotator,label\n", "g.csv: no labels in the table"),
        ("h.tsv", "item\tannotator\tlabel\nx\t\t1\n", "h.tsv:2: missing or invalid 'annotator'"),
    ],
)  # fmt: skip
def test_bad_rows_name_the_line(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    got = error(path)
    assert message in got and "\n" not in got, got


def test_not_utf8_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("item,annotator,label\nx,y,caf\xe9\n".encode("latin-1"))
    assert "not UTF-8 text" in error(path)


def test_same_alpha_and_gold_from_the_table_as_from_records(tmp_path: Path) -> None:
    rng = random.Random(3)
    rows = [
        (f"i{i:03d}", f"a{a}", rng.choice("ABCDF"))
        for i in range(300)
        for a in range(5)
        if rng.random() < 0.7
    ]
    path = tmp_path / "labels.csv"
    path.write_text(
        "item,annotator,label\n" + "".join(f"{i},{a},{v}\n" for i, a, v in rows), encoding="utf-8"
    )
    table = read_label_table(path)
    records = [LabelRecord(*r) for r in rows]
    for level in ("nominal", "ordinal"):
        fast = summarize(table, level, order=list("ABCD"), missing=["F"], bootstrap=50)
        ref = summarize(records, level, order=list("ABCD"), missing=["F"], bootstrap=50)
        assert fast == ref
    for method in ("majority", "dawid-skene", "median"):
        kwargs = {"missing": {"F"}, "order": list("ABCD"), "seed": 2}
        assert aggregate(table, method, **kwargs) == aggregate(records, method, **kwargs)  # type: ignore[arg-type]


def test_cells_trimming_to_one_value_share_a_code_and_unlabelled_items_vanish(
    tmp_path: Path,
) -> None:
    path = tmp_path / "labels.csv"
    path.write_text(
        "item,annotator,label\nb,x, 2\n b ,y,2\na,x,\nc, x ,1\nc,y,1 \n", encoding="utf-8"
    )
    table = read_label_table(path)
    assert list(table) == slow(path)
    assert table.item.names == ["b", "c"] and table.annotator.names == ["x", "y"]
    assert table.label.names == ["1", "2"] and table.n_items() == 2
    assert table.without({"1"}).item.names == ["b"] and len(table.without({"1"})) == 2
