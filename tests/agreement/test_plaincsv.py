"""The numpy reader of plain CSV/TSV label tables: the same table as the row-by-row reader, a
decline (None) for anything it does not handle, and the line-naming errors kept."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest

from annotator.agreement import labeltable
from annotator.agreement.labeltable import LabelRecord, read_label_table
from annotator.agreement.plaincsv import read_plain
from annotator.errors import AnnotatorError


def slow(path: Path) -> list[LabelRecord]:
    text = path.read_text(encoding="utf-8-sig")
    return labeltable._read_csv(path, text, "\t" if path.suffix == ".tsv" else ",")


def write(path: Path, header: list[str], rows: list[list[str]], sep: str = ",") -> Path:
    path.write_text(
        sep.join(header) + "\n" + "".join(sep.join(r) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def ids(rng: random.Random, kind: str, count: int) -> list[str]:
    if kind == "padded":  # item000123: a shared prefix, the rest in one window
        return [f"item{i:06d}" for i in rng.sample(range(10**6), count)]
    if kind == "url":  # 30 shared bytes before what varies
        return [f"https://example.org/claims/{i}" for i in rng.sample(range(10**5), count)]
    if kind == "short":  # 1-8 characters, different lengths, prefixes of each other
        letters = "ab-_.Z9 "
        out = {
            (
                rng.choice("abc") + "".join(rng.choice(letters) for _ in range(rng.randint(0, 7)))
            ).rstrip()
            for _ in range(count)
        }
        return sorted(out)
    if kind == "mid":  # 1-16 characters past the shared ones: the 16-byte window
        return sorted({f"a{i * 7919 % 10 ** rng.randint(0, 15)}" for i in range(count)})
    if kind == "random8":  # 8 varying bytes: too many codes for a dense table
        chars = string.ascii_letters + string.digits
        return ["".join(rng.choice(chars) for _ in range(8)) for _ in range(count)]
    raise ValueError(kind)


@pytest.mark.parametrize("kind", ["padded", "url", "short", "mid", "random8"])
@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_plain_tables_read_as_the_row_reader_reads_them(
    tmp_path: Path, kind: str, suffix: str
) -> None:
    rng = random.Random(f"{kind}{suffix}")
    items = ids(rng, kind, 300)
    annotators = ids(rng, "short", 12)
    labels = ["1", "2", "10", "x y", "", "N/A"]
    rows = [
        [str(rng.randint(0, 9)), a, i, rng.choice(labels)]
        for i in items
        for a in annotators
        if rng.random() < 0.6
    ]
    sep = "\t" if suffix == ".tsv" else ","
    path = write(tmp_path / f"labels{suffix}", ["note", "annotator", "item", "label"], rows, sep)
    table = read_plain(path, sep)
    assert table is not None
    assert list(table) == slow(path)
    for column in (table.item, table.annotator, table.label):
        assert column.names == sorted(set(column.names))
        assert int(column.codes.min()) == 0 and int(column.codes.max()) == len(column.names) - 1
    assert list(read_label_table(path)) == slow(path)


def test_bom_no_final_newline_and_one_value_columns(tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    path.write_bytes(b"\xef\xbb\xbfitem,annotator,label\nsame-item-for-all-rows,a,B\n"
                     b"same-item-for-all-rows,b,B")  # fmt: skip
    table = read_plain(path, ",")
    assert table is not None
    assert (
        list(table)
        == slow(path)
        == [
            LabelRecord("same-item-for-all-rows", "a", "B"),
            LabelRecord("same-item-for-all-rows", "b", "B"),
        ]
    )


@pytest.mark.parametrize("width", [1, 7, 8, 9, 15, 16])
@pytest.mark.parametrize("final_newline", [True, False])
def test_cells_at_the_end_of_the_file(tmp_path: Path, width: int, final_newline: bool) -> None:
    """The last cells' windows reach past the end of the file: they read zero padding."""
    rows = [[str(k % 3), f"ann{k % 2}", f"{k:0{width}d}"[-width:]] for k in range(40)]
    path = write(tmp_path / "labels.csv", ["label", "annotator", "item"], rows)
    if not final_newline:
        path.write_bytes(path.read_bytes()[:-1])
    table = read_plain(path, ",")
    assert table is not None
    assert list(table) == slow(path)


@pytest.mark.parametrize(
    "body",
    [
        '"c,1",a,A\nc2,b,B\n',  # quoted cell
        "c1,a,A\r\nc2,b,B\r\n",  # CRLF
        "c1,a,Ä\nc2,b,B\n",  # not ASCII
        " c1,a,A\nc2,b,B\n",  # a cell to trim
        "c1,a,A\n\nc2,b,B\n",  # blank line
        "c1,a,A\nc2,b\n",  # ragged line
        "c1,a,A,extra\nc2,b,B\n",  # ragged line
        ",a,A\nc2,b,B\n",  # empty item
        "c1,a,A\nc2,,B\n",  # empty annotator
        "c1,a,\nc2,b,\n",  # no labels at all
        "c1,annotator number one,A\nc1,the second annotator,B\n",  # 17+ bytes past the shared ones
    ],
)
def test_what_is_not_plain_is_declined_and_read_by_the_other_readers(
    tmp_path: Path, body: str
) -> None:
    path = tmp_path / "labels.csv"
    path.write_text("item,annotator,label\n" + body, encoding="utf-8")
    assert read_plain(path, ",") is None
    try:
        expected: list[LabelRecord] | str = slow(path)
    except AnnotatorError as exc:
        expected = str(exc)
    try:
        got: list[LabelRecord] | str = list(read_label_table(path))
    except AnnotatorError as exc:
        got = str(exc)
    assert got == expected


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("x,y,1\n" * 50 + ",y,2\n", "b.csv:52: missing or invalid 'item'"),
        ("x,y,1\n" * 50 + "x,,2\n", "b.csv:52: missing or invalid 'annotator'"),
        ("x,y,1\n" * 50 + "x,y,2,3\n", "b.csv:52: 4 cells, the header has 3"),
        ("x,y,\n" * 50, "b.csv: no labels in the table"),
    ],
)
def test_bad_lines_in_a_plain_file_are_named(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "b.csv"
    path.write_text("item,annotator,label\n" + body, encoding="utf-8")
    with pytest.raises(AnnotatorError) as info:
        read_label_table(path)
    assert message in str(info.value) and "\n" not in str(info.value)
