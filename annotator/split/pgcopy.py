"""PostgreSQL `COPY ... FROM STDIN` for the split stage's bulk writes, with one-line errors.

A row PostgreSQL refuses (or psycopg, before sending it: text with a NUL byte, which SQLite
stores; ingest refuses such a document first, `ingest.refuse_unstorable`) fails the whole COPY and so
the caller's transaction; the user sees one `Error:` line naming the file (and line, for JSONL)
the row came from and the problem, never a driver traceback, and nothing of the batch is stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.engine import Connection

from annotator.errors import AnnotatorError


def copy_rows(
    conn: Connection,
    sql: str,
    rows: Sequence[Sequence[Any]],
    what: str = "row",
    where: Callable[[int], str | None] | None = None,
) -> None:
    """PostgreSQL `COPY ... FROM STDIN` of `rows` on the session's connection (psycopg 3).

    A row PostgreSQL (or psycopg, before sending it) refuses, e.g. text with a NUL byte, fails
    the COPY and so the caller's transaction: an `AnnotatorError` naming the row's origin
    (`where(index)`: its file, and line for JSONL) and the problem, on one line.
    """
    import psycopg

    raw = conn.connection.dbapi_connection
    assert raw is not None
    k = -1
    try:
        with raw.cursor() as cur, cur.copy(sql) as copy:  # type: ignore[attr-defined]
            for k in range(len(rows)):
                copy.write_row(rows[k])
            k = -1  # all sent: a server error names its row in its context ("COPY t, line N")
    except psycopg.Error as exc:
        raise _refused(exc, k, what, where) from None


def _refused(
    exc: Exception, k: int, what: str, where: Callable[[int], str | None] | None
) -> AnnotatorError:
    """The one-line error for a row the COPY refused (row `k`, or the one its context names)."""
    problem = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    context = getattr(getattr(exc, "diag", None), "context", None) or ""
    found = re.search(r"COPY \S+, line (\d+)", context)
    if k < 0 and found:
        k = int(found.group(1)) - 1
    path = where(k) if where is not None and k >= 0 else None
    return AnnotatorError(
        f"PostgreSQL refused a {what} row: {problem}; nothing of this batch was stored",
        path=path or None,
    )
