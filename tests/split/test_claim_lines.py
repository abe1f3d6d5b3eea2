"""`split --format jsonl` lines read through the driver equal the JSON of the ORM rows."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from annotator import store
from annotator.errors import AnnotatorError
from annotator.split.claim_lines import iter_claim_lines, write_claim_lines
from annotator.split.document_rows import split_file
from annotator.split.pipeline import claim_rows
from annotator.split.storing import recluster, write_documents

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _store_seeds(db_url: str) -> list[str]:
    """The seeds' split documents stored (features of three claims changed), their claim ids."""
    items = [doc for path in sorted(SEEDS.iterdir()) for doc in split_file(str(path))[0]]
    claims = [c for item in items for c in item.claims]
    claims[0]["features"] = None
    claims[1]["features"] = {"naïve": ["Zürich", 1.5], "quote": 'a "b" \\u'}
    claims[2]["features"] = json.dumps({"city": "Köln"})  # JSON text, as the workers send it
    with store.session(db_url) as s:
        write_documents(s, items)
    recluster(db_url)
    return [c["id"] for c in claims]


def test_lines_are_the_rows_json_in_the_given_order(db_url: str) -> None:
    ids = _store_seeds(db_url)
    wanted = list(reversed(ids))
    rows = claim_rows([*wanted, "no-such-claim"], db_url)
    lines = list(iter_claim_lines([*wanted, "no-such-claim"], db_url, chunk=7))
    assert len(lines) == len(rows) == len(ids) > 150
    assert lines == [ENCODE(r) for r in rows]
    by_id = {json.loads(line)["id"]: json.loads(line) for line in lines}
    assert by_id[ids[0]]["features"] is None
    assert by_id[ids[1]]["features"] == {"naïve": ["Zürich", 1.5], "quote": 'a "b" \\u'}
    assert '"city": "Köln"' in lines[len(ids) - 3]  # written as itself, not escaped
    assert any(r["post_author"] for r in rows) and any(r["quote"] for r in rows)


def test_write_claim_lines_writes_one_line_per_claim(db_url: str) -> None:
    ids = _store_seeds(db_url)
    out = io.StringIO()
    write_claim_lines(ids[:20], out, db_url, chunk=6)
    assert out.getvalue() == "".join(line + "\n" for line in iter_claim_lines(ids[:20], db_url))
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ids[:20]


def test_other_stores_get_the_orm_rows_lines(db_url: str) -> None:
    from annotator.split.claim_lines import _encoder, _orm_line_chunks

    ids = _store_seeds(db_url)[:25]
    chunks = list(_orm_line_chunks(ids, db_url, 10, _encoder()))
    assert [len(c) for c in chunks] == [10, 10, 5]
    assert [line for c in chunks for line in c] == list(iter_claim_lines(ids, db_url))


def test_line_writer_writes_what_the_encoder_writes() -> None:
    from annotator.split.claim_lines import _line_writer

    class Name(str):  # a type the writer does not know: the encoder's own line
        pass

    keys = ["id", "score", "quote", "features", "odd%s", "n", "gone", "big", "note"]
    line = _line_writer(keys, keys.index("features"), [keys.index("quote")])
    stored = json.dumps({"city": "Köln", "n": [1, 2.5]})
    rows = [
        ("c1", 0.1 + 0.2, 1, None, 'say "hi"\n', 7, None, float("inf"), "naïve € 100%", stored),
        ("c2", float("nan"), 0, None, "\u2028", -3, None, float("-inf"), "", None),
        ("c3", 1e-300, None, None, "x", 0, None, 2.0, Name("Ann"), "null"),
    ]
    for r in rows:
        want = dict(zip(keys, r, strict=False))
        want["quote"] = None if r[2] is None else bool(r[2])
        want["features"] = json.loads(r[-1]) if r[-1] is not None else None
        assert line(r) == ENCODE(want)


def test_lines_written_by_several_processes_are_the_same_bytes(
    db_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from annotator.split import claim_lines

    ids = _store_seeds(db_url)
    one = io.StringIO()
    write_claim_lines(ids, one, db_url)
    monkeypatch.setattr(claim_lines, "PART_CLAIMS", 40)
    parts = io.StringIO()  # no binary buffer: the parts' text is decoded and written
    write_claim_lines(ids, parts, db_url, chunk=9, processes=3)
    assert parts.getvalue() == one.getvalue()
    with (tmp_path / "out.jsonl").open("w", encoding="utf-8") as fh:
        fh.write("first\n")  # buffered before the fork: written once
        write_claim_lines(ids, fh, db_url, processes=4)
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == "first\n" + one.getvalue()


def test_a_failing_part_process_fails_the_write(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    from annotator.split import claim_lines

    ids = _store_seeds(db_url)
    parent, write = os.getpid(), claim_lines._write_lines

    def write_in_parent_only(*args: Any) -> None:
        if os.getpid() != parent:
            raise RuntimeError("part lost")
        write(*args)

    monkeypatch.setattr(claim_lines, "PART_CLAIMS", 40)
    monkeypatch.setattr(claim_lines, "_write_lines", write_in_parent_only)
    with pytest.raises(
        AnnotatorError, match="cannot write the claim lines: RuntimeError: part lost"
    ):
        write_claim_lines(ids, io.StringIO(), db_url, processes=2)
    assert capfd.readouterr().err == ""  # one line, from the command: no traceback
