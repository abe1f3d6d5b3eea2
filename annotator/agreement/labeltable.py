"""Read a label table from anywhere: CSV or JSONL with the columns `item`, `annotator`, `label`.

This is the input of `annotator agreement` and `annotator aggregate`.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from annotator.errors import AnnotatorError

REQUIRED = ("item", "annotator", "label")


@dataclass(frozen=True)
class LabelRecord:
    item: str
    annotator: str
    label: str


def read_label_table(path: str | Path) -> list[LabelRecord]:
    """Records of a `.csv`/`.tsv`/`.jsonl` file; empty labels are skipped as missing.

    Raises AnnotatorError naming the file and line on any malformed row.
    """
    path = Path(path)
    if not path.is_file():
        raise AnnotatorError("no such file", path=str(path))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnnotatorError(
            f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=str(path)
        ) from None
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return _read_jsonl(path, text)
    if suffix in (".csv", ".tsv", ".txt"):
        return _read_csv(path, text, "\t" if suffix == ".tsv" else ",")
    raise AnnotatorError("unsupported table format (use .csv, .tsv or .jsonl)", path=str(path))


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
        if row["label"] not in (None, ""):
            raise AnnotatorError("'label' must be a string or number", path=str(path), line=lineno)
        return []
    return [LabelRecord(str(_cell(row["item"])), str(_cell(row["annotator"])), label)]


def _non_empty(records: list[LabelRecord], path: Path) -> list[LabelRecord]:
    if not records:
        raise AnnotatorError("no labels in the table", path=str(path))
    return records
