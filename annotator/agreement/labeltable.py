"""Read a label table from anywhere: CSV or JSONL with the columns `item`, `annotator`, `label`.

This is the input of `annotator agreement` and `annotator aggregate`. A plain CSV/TSV (ASCII,
no quotes) is read with numpy alone (`annotator.agreement.plaincsv`); other files are read with
pyarrow and checked a whole column at a time: each column is dictionary-encoded in Arrow, and
only its distinct values are trimmed and checked in Python (an empty label is a missing value,
skipped; an empty item or annotator is an error). A file the fast path cannot take as it is
(a bad row, mixed JSON types) is read again row by row, which names the first bad line in a
one-line error, or reads the rows the fast path could not type.

`LabelTable` keeps each column factorized (`Column`: sorted distinct values and one integer
code per label), which is what the agreement and aggregation code start from; it still
iterates as `LabelRecord`s.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from annotator.errors import AnnotatorError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pyarrow as pa

REQUIRED = ("item", "annotator", "label")


# Plain classes, not dataclasses: importing `dataclasses` (and `inspect`) is ~15 ms of the
# agreement command's start-up.


class LabelRecord(NamedTuple):
    item: str
    annotator: str
    label: str


class Column:
    """A factorized column: its distinct values sorted by code point (each used at least once)
    and every row's index among them."""

    __slots__ = ("codes", "names")

    def __init__(self, names: list[str], codes: npt.NDArray[np.int64]) -> None:
        self.names, self.codes = names, codes

    def taken(self, keep: npt.NDArray[np.bool_]) -> Column:
        """The rows where `keep` is true, without the values no row uses any more."""
        import numpy as np

        codes = self.codes[keep]
        used = np.bincount(codes, minlength=len(self.names)) > 0
        if used.all():
            return Column(self.names, codes)
        new = np.cumsum(used) - 1
        return Column([n for n, u in zip(self.names, used.tolist(), strict=True) if u], new[codes])


def factorize(values: list[str]) -> Column:
    """Sorted distinct values and each value's index among them."""
    import numpy as np

    names = sorted(set(values))
    index = {name: i for i, name in enumerate(names)}
    return Column(
        names, np.fromiter(map(index.__getitem__, values), dtype=np.int64, count=len(values))
    )


class LabelTable:
    """Labels as three factorized columns; a sequence of `LabelRecord`s."""

    def __init__(self, item: Column, annotator: Column, label: Column) -> None:
        self.item, self.annotator, self.label = item, annotator, label

    @classmethod
    def from_records(cls, records: Iterable[LabelRecord]) -> LabelTable:
        rows = list(records)
        return cls(
            factorize([r.item for r in rows]),
            factorize([r.annotator for r in rows]),
            factorize([r.label for r in rows]),
        )

    def __len__(self) -> int:
        return len(self.item.codes)

    @overload
    def __getitem__(self, k: int) -> LabelRecord: ...
    @overload
    def __getitem__(self, k: slice) -> list[LabelRecord]: ...
    def __getitem__(self, k: int | slice) -> LabelRecord | list[LabelRecord]:
        if isinstance(k, slice):
            return list(self)[k]
        i, a, v = self.item, self.annotator, self.label
        return LabelRecord(i.names[i.codes[k]], a.names[a.codes[k]], v.names[v.codes[k]])

    def __iter__(self) -> Iterator[LabelRecord]:
        columns = [
            [c.names[k] for k in c.codes.tolist()] for c in (self.item, self.annotator, self.label)
        ]
        for i, a, v in zip(*columns, strict=True):
            yield LabelRecord(i, a, v)

    def without(self, labels: set[str]) -> LabelTable:
        """The labels not in `labels` (e.g. the missing values)."""
        import numpy as np

        drop = [k for k, name in enumerate(self.label.names) if name in labels]
        if not drop:
            return self
        keep = ~np.isin(self.label.codes, drop)
        return LabelTable(self.item.taken(keep), self.annotator.taken(keep), self.label.taken(keep))

    def n_items(self) -> int:
        return len(self.item.names)


def _call(function: str, *args: Any) -> Any:
    """An Arrow compute function; pyarrow._compute spares importing pyarrow.compute (~0.05 s),
    which generates a Python wrapper for every function."""
    try:
        from pyarrow._compute import call_function
    except ImportError:  # pragma: no cover - a pyarrow that moved its internals
        from pyarrow.compute import call_function
    return call_function(function, list(args))


def _strings(array: Any) -> list[str]:
    """A string array's values as Python strings, decoded from its buffers (no pandas): one
    decode and one split on NUL bytes put between the values (if no value holds a NUL)."""
    import numpy as np
    import pyarrow as pa

    if array.type != pa.string():
        array = array.cast(pa.string())
    if len(array) == 0:
        return []
    offsets = np.frombuffer(
        array.buffers()[1], dtype=np.int32, count=array.offset + len(array) + 1
    )[array.offset :]
    data = array.buffers()[2]
    raw = data.to_pybytes()[offsets[0] : offsets[-1]] if data is not None else b""
    if b"\0" not in raw:
        cuts = offsets[1:-1] - offsets[0]
        return np.insert(np.frombuffer(raw, np.uint8), cuts, 0).tobytes().decode().split("\0")
    bounds = (offsets - offsets[0]).tolist()
    return [raw[a:b].decode() for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def _encoded(array: pa.Array) -> tuple[list[str], npt.NDArray[np.int64]]:
    """A string column as its distinct values, trimmed and sorted, and each row's code.

    Raw values that trim to the same text share one code; an empty text or a null is code -1.
    The column is hashed once in Arrow; only its distinct values are trimmed, re-encoded and
    sorted. (Hashing pieces in threads was tried: no faster on a busy 2-core machine.)
    """
    import numpy as np

    encoded = _call("dictionary_encode", array)  # row -> raw distinct value
    trimmed = _call("dictionary_encode", _call("utf8_trim_whitespace", encoded.dictionary))
    distinct = trimmed.dictionary  # raw distinct value -> trimmed distinct value
    sort = _call("array_sort_indices", distinct)
    rank = np.empty(len(distinct), dtype=np.int64)
    rank[_int_values(sort)] = np.arange(len(distinct))
    empty = int((np.diff(_int_values(distinct, extra=1)) == 0).sum())
    rank -= empty  # "" sorts first: it becomes -1 (missing), the other codes move down one
    codes = rank[_int_values(trimmed.indices)][_int_values(encoded.indices)]
    if encoded.null_count:
        indices = encoded.indices
        bits = np.frombuffer(indices.buffers()[0], dtype=np.uint8)
        valid = np.unpackbits(bits, bitorder="little")[indices.offset : indices.offset + len(codes)]
        codes[valid == 0] = -1
    return _strings(_call("take", distinct, sort.slice(empty))), codes


def _int_values(array: Any, buffer: int = 1, extra: int = 0) -> npt.NDArray[np.integer]:
    """An integer array's values (or a string array's offsets: extra 1), read-only, no copy."""
    import numpy as np

    if buffer == 1 and extra == 1:
        width = 8 if str(array.type) == "large_string" else 4
    else:
        width = array.type.bit_width // 8
    values = np.frombuffer(
        array.buffers()[buffer], dtype=f"<i{width}", count=array.offset + len(array) + extra
    )
    return values[array.offset :]


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
    delimiter = "\t" if suffix == ".tsv" else ","
    if not is_json:
        from annotator.agreement.plaincsv import read_plain

        plain = read_plain(path, delimiter)
        if plain is not None and len(plain):
            return plain
    try:
        table = _fast_jsonl(path) if is_json else _fast_csv(path, delimiter)
    except (_NotFast, UnicodeDecodeError):
        table = None
    if table is None:  # the row-by-row reader names the bad line, or types odd rows
        text = _text(path)
        records = _read_jsonl(path, text) if is_json else _read_csv(path, text, delimiter)
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
    import csv

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
    """Factorize the three columns; an empty or null item/annotator -> _NotFast (the row reader
    names the line); empty or null labels are missing values, dropped."""
    encoded = {c: _encoded(table.column(c).combine_chunks()) for c in REQUIRED}
    if any((encoded[c][1] < 0).any() for c in ("item", "annotator")):
        raise _NotFast
    item, annotator, label = (Column(*encoded[c]) for c in REQUIRED)
    keep = label.codes >= 0
    if not keep.all():
        return LabelTable(item.taken(keep), annotator.taken(keep), label.taken(keep))
    return LabelTable(item, annotator, label)


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
    import json

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
    import csv

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
