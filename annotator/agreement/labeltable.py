"""Read a label table from anywhere: CSV or JSONL with the columns `item`, `annotator`, `label`.

This is the input of `annotator agreement` and `annotator aggregate`. Files are read with
pyarrow and checked a whole column at a time (cells trimmed; an empty label is a missing value,
skipped; an empty item or annotator is an error). A file the fast path cannot take as it is
(a bad row, mixed JSON types) is read again row by row, which names the first bad line in a
one-line error, or reads the rows the fast path could not type.

`LabelTable` keeps the three columns as Arrow arrays: the agreement and aggregation code
factorizes them in Arrow (`codes`), and it still iterates as `LabelRecord`s.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from annotator.errors import AnnotatorError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pyarrow as pa

REQUIRED = ("item", "annotator", "label")


@dataclass(frozen=True)
class LabelRecord:
    item: str
    annotator: str
    label: str


class LabelTable:
    """Labels as three Arrow string columns; a sequence of `LabelRecord`s."""

    def __init__(self, item: pa.Array, annotator: pa.Array, label: pa.Array) -> None:
        self.item, self.annotator, self.label = item, annotator, label

    @classmethod
    def from_records(cls, records: list[LabelRecord]) -> LabelTable:
        import pyarrow as pa

        return cls(
            pa.array([r.item for r in records], pa.string()),
            pa.array([r.annotator for r in records], pa.string()),
            pa.array([r.label for r in records], pa.string()),
        )

    def __len__(self) -> int:
        return len(self.item)

    @overload
    def __getitem__(self, k: int) -> LabelRecord: ...
    @overload
    def __getitem__(self, k: slice) -> list[LabelRecord]: ...
    def __getitem__(self, k: int | slice) -> LabelRecord | list[LabelRecord]:
        if isinstance(k, slice):
            return list(self)[k]
        return LabelRecord(self.item[k].as_py(), self.annotator[k].as_py(), self.label[k].as_py())

    def __iter__(self) -> Iterator[LabelRecord]:
        for i, a, v in zip(
            self.item.to_pylist(), self.annotator.to_pylist(), self.label.to_pylist(), strict=True
        ):
            yield LabelRecord(i, a, v)

    def without(self, labels: set[str]) -> LabelTable:
        """The labels not in `labels` (e.g. the missing values)."""
        import numpy as np

        names, index = codes(self.label)
        drop = [k for k, name in enumerate(names) if name in labels]
        if not drop:
            return self
        keep = _mask(~np.isin(index, drop))
        return LabelTable(
            self.item.filter(keep), self.annotator.filter(keep), self.label.filter(keep)
        )

    def n_items(self) -> int:
        return len(_compute().unique(self.item))


def _mask(keep: Any) -> Any:
    """A numpy bool array as an Arrow one (built from its bits: `pa.array` imports pandas)."""
    import numpy as np
    import pyarrow as pa

    bits = pa.py_buffer(np.packbits(keep, bitorder="little"))
    return pa.Array.from_buffers(pa.bool_(), len(keep), [None, bits])


def _compute() -> Any:
    """pyarrow.compute (its functions are generated at import: typed as Any)."""
    import pyarrow.compute

    return pyarrow.compute


def codes(column: pa.Array) -> tuple[list[str], npt.NDArray[np.int64]]:
    """Distinct values sorted by code point, and each value's index among them."""
    import numpy as np
    import pyarrow as pa

    pc = _compute()
    distinct = pc.unique(column)
    distinct = distinct.take(pc.sort_indices(distinct))
    index = pc.index_in(column, value_set=distinct).cast(pa.int64())
    if index.null_count:
        raise ValueError("a null value in a label-table column")
    # straight from the Arrow buffers: to_numpy()/to_pylist() would import pandas (~1 s)
    values = np.frombuffer(index.buffers()[1], dtype=np.int64, count=index.offset + len(index))
    return _strings(distinct), values[index.offset :]


def _strings(array: Any) -> list[str]:
    """A string array's values as Python strings, decoded from its buffers."""
    import numpy as np
    import pyarrow as pa

    if array.type != pa.string():
        array = array.cast(pa.string())
    offsets = np.frombuffer(
        array.buffers()[1], dtype=np.int32, count=array.offset + len(array) + 1
    )[array.offset :].tolist()
    data = array.buffers()[2]
    raw = data.to_pybytes() if data is not None else b""
    return [raw[a:b].decode("utf-8") for a, b in zip(offsets[:-1], offsets[1:], strict=True)]


def read_label_table(path: str | Path) -> LabelTable:
    """Labels of a `.csv`/`.tsv`/`.jsonl` file; empty labels are skipped as missing.

    Raises AnnotatorError naming the file and line on any malformed row.
    """
    path = Path(path)
    if not path.is_file():
        raise AnnotatorError("no such file", path=str(path))
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".txt"):
        raise AnnotatorError("unsupported table format (use .csv, .tsv or .jsonl)", path=str(path))
    is_json = suffix in (".jsonl", ".ndjson", ".json")
    try:
        table = _fast_jsonl(path) if is_json else _fast_csv(path, "\t" if suffix == ".tsv" else ",")
    except (_NotFast, UnicodeDecodeError):
        table = None
    if table is None:  # the row-by-row reader names the bad line, or types odd rows
        text = _text(path)
        records = (
            _read_jsonl(path, text)
            if is_json
            else _read_csv(path, text, "\t" if suffix == ".tsv" else ",")
        )
        return LabelTable.from_records(records)
    if len(table) == 0:
        raise AnnotatorError("no labels in the table", path=str(path))
    return table


class _NotFast(Exception):
    """The fast path declines: the row-by-row reader decides."""


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnnotatorError(
            f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=str(path)
        ) from None


def _fast_csv(path: Path, delimiter: str) -> LabelTable:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    bad: list[Any] = []

    def invalid(row: Any) -> str:
        bad.append(row)
        return "skip"

    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            header = next(csv.reader([f.readline()], delimiter=delimiter), [])
    except (UnicodeDecodeError, OSError):
        raise _NotFast from None
    names = list(header)
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise AnnotatorError(f"missing column(s) {', '.join(missing)}", path=str(path), line=1)
    try:
        table = pacsv.read_csv(
            path,
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, block_size=1 << 24),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, invalid_row_handler=invalid),
            convert_options=pacsv.ConvertOptions(
                include_columns=list(REQUIRED),
                column_types={c: pa.string() for c in REQUIRED},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, OSError):
        raise _NotFast from None
    if bad:
        raise _NotFast
    return _checked(table)


def _fast_jsonl(path: Path) -> LabelTable:
    import pyarrow as pa
    import pyarrow.json as pajson

    try:
        table = pajson.read_json(path, read_options=pajson.ReadOptions(block_size=1 << 24))
    except (pa.ArrowInvalid, OSError):
        raise _NotFast from None
    if not all(c in table.column_names for c in REQUIRED):
        raise _NotFast
    columns = []
    for c in REQUIRED:
        col = table.column(c)
        if not (pa.types.is_string(col.type) or pa.types.is_integer(col.type)):
            raise _NotFast  # floats, booleans, nested values: typed row by row
        columns.append(col.cast(pa.string()))
    return _checked(pa.table(dict(zip(REQUIRED, columns, strict=True))))


def _checked(table: pa.Table) -> LabelTable:
    """Trim every cell; empty item/annotator -> _NotFast (the row reader names the line);
    empty or null labels are missing values, dropped."""
    pc = _compute()

    import pyarrow as pa

    # no Python scalars in these calls: converting one makes pyarrow import pandas (~1 s)
    cols = {c: pc.utf8_trim_whitespace(table.column(c).combine_chunks()) for c in REQUIRED}
    for c in ("item", "annotator"):
        if cols[c].null_count or (len(cols[c]) and pc.min(pc.utf8_length(cols[c])).as_py() == 0):
            raise _NotFast
    label = cols["label"]
    keep = pc.and_kleene(pc.is_valid(label), pc.cast(pc.utf8_length(label), pa.bool_()))
    if not pc.all(keep).as_py():
        return LabelTable(
            cols["item"].filter(keep), cols["annotator"].filter(keep), label.filter(keep)
        )
    return LabelTable(cols["item"], cols["annotator"], label)


# --- row by row: exact line numbers in errors ---------------------------------------------


def _cell(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (str, int, float)):
        text = str(value).strip()
        return text or None
    return None


def _read_jsonl(path: Path, text: str) -> list[LabelRecord]:
    records = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AnnotatorError(f"invalid JSON ({exc.msg})", path=str(path), line=lineno) from None
        if not isinstance(row, dict):
            raise AnnotatorError("expected a JSON object", path=str(path), line=lineno)
        records.extend(_record(row, path, lineno))
    return _non_empty(records, path)


def _read_csv(path: Path, text: str, delimiter: str) -> list[LabelRecord]:
    reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise AnnotatorError(f"missing column(s) {', '.join(missing)}", path=str(path), line=1)
    records = []
    for row in reader:
        if None in row:  # more cells than columns
            raise AnnotatorError(
                f"{len(reader.fieldnames or []) + len(row[None])} cells, the header has "  # type: ignore[index]
                f"{len(reader.fieldnames or [])}",
                path=str(path),
                line=reader.line_num,
            )
        records.extend(_record(row, path, reader.line_num))
    return _non_empty(records, path)


def _record(row: dict, path: Path, lineno: int) -> list[LabelRecord]:
    for column in ("item", "annotator"):
        if _cell(row.get(column)) is None:
            raise AnnotatorError(f"missing or invalid '{column}'", path=str(path), line=lineno)
    if "label" not in row:
        raise AnnotatorError("missing 'label'", path=str(path), line=lineno)
    label = _cell(row["label"])
    if label is None:
        blank = row["label"] is None or (isinstance(row["label"], str) and not row["label"].strip())
        if not blank:
            raise AnnotatorError("'label' must be a string or number", path=str(path), line=lineno)
        return []
    return [LabelRecord(str(_cell(row["item"])), str(_cell(row["annotator"])), label)]


def _non_empty(records: list[LabelRecord], path: Path) -> list[LabelRecord]:
    if not records:
        raise AnnotatorError("no labels in the table", path=str(path))
    return records
