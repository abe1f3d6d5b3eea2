"""A row PostgreSQL's bulk load refuses: one error line naming file, line and problem, and
nothing of the batch stored (on the real PostgreSQL); a NUL, which only PostgreSQL would refuse,
is refused by ingest on both stores alike."""

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


def test_a_nul_in_a_jsonl_line_is_the_same_one_line_problem_on_both_stores(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ingest refuses the NUL line before any store sees it (PostgreSQL would refuse the whole
    COPY, SQLite would keep the NUL): the same problem line and the same documents on both."""
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in LINES), encoding="utf-8")
    assert main(["split", str(path), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [err.strip()], err  # one line, no traceback
    assert err.startswith(f'Error: {path}:2: "text" holds a NUL character (U+0000)'), err
    assert _counts(db_url) == {"document": 2, "post": 0, "claimunit": 2, "source": 0}
    with store.engine(db_url).connect() as conn:
        texts = conn.execute(text("SELECT text FROM document ORDER BY text")).scalars().all()
    assert texts == sorted(d["text"] for d in (LINES[0], LINES[2]))


def test_a_row_the_server_refuses_is_named_by_its_copy_line(pg_url: str) -> None:
    rows = [(1, "a"), ("two", "b"), (3, "c")]  # PostgreSQL, not psycopg, refuses "two"
    with pytest.raises(AnnotatorError) as caught, store.session(pg_url) as s:
        conn = s.connection()
        conn.exec_driver_sql("CREATE TEMPORARY TABLE t (n INTEGER, origin VARCHAR)")
        copy_rows(conn, "COPY t (n, origin) FROM STDIN", rows, "t", lambda k: f"f.jsonl:{k + 1}")
    message = str(caught.value)
    assert message.startswith("f.jsonl:2: PostgreSQL refused a t row: ")
    assert "invalid input syntax for type integer" in message and "\n" not in message
