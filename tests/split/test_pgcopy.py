"""A row PostgreSQL's bulk load refuses: one `Error:` line naming file, line and problem, exit 1,
and nothing of the batch stored (on the real PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from annotator import store
from annotator.cli import main
from annotator.errors import AnnotatorError
from annotator.split.pgcopy import copy_rows

LINES = [
    {"text": "Officials said the bridge will close on Monday, according to the city council."},
    {"text": "The mayor said the budget doubled last year.\u0000 Critics said it was wasteful."},
    {"text": "Police said three people were arrested after the protest on Friday night."},
]


def _counts(url: str) -> dict[str, int]:
    with store.engine(url).connect() as conn:
        return {
            t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
            for t in ("document", "post", "claimunit", "source")
        }


def test_a_nul_byte_in_a_jsonl_line_is_one_error_line_and_stores_nothing(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ANNOTATOR_DB", pg_url)
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in LINES), encoding="utf-8")
    assert main(["split", str(path), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [err.strip()], err  # one line, no traceback
    assert err.startswith(f"Error: {path}:2: PostgreSQL refused a document row: ")
    assert "NUL (0x00)" in err and "nothing of this batch was stored" in err
    assert _counts(pg_url) == {"document": 0, "post": 0, "claimunit": 0, "source": 0}
    # the same file, the byte removed: every document is stored
    clean = [{"text": d["text"].replace("\u0000", "")} for d in LINES]
    path.write_text("".join(json.dumps(d) + "\n" for d in clean), encoding="utf-8")
    assert main(["split", str(path), "--workers", "1"]) == 0
    assert _counts(pg_url)["document"] == 3


def test_a_row_the_server_refuses_is_named_by_its_copy_line(pg_url: str) -> None:
    rows = [(1, "a"), ("two", "b"), (3, "c")]  # PostgreSQL, not psycopg, refuses "two"
    with pytest.raises(AnnotatorError) as caught, store.session(pg_url) as s:
        conn = s.connection()
        conn.exec_driver_sql("CREATE TEMPORARY TABLE t (n INTEGER, origin VARCHAR)")
        copy_rows(conn, "COPY t (n, origin) FROM STDIN", rows, "t", lambda k: f"f.jsonl:{k + 1}")
    message = str(caught.value)
    assert message.startswith("f.jsonl:2: PostgreSQL refused a t row: ")
    assert "invalid input syntax for type integer" in message and "\n" not in message
