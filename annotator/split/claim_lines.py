"""Stored claim units as JSON lines (`annotator split --format jsonl`), read through the driver.

Each line is the JSON of `storing.iter_claim_rows`' row for the claim (same keys, same order,
as `json.JSONEncoder(ensure_ascii=False)` writes it), but the rows are read with the driver's
own cursor, and the claim's features go into the line as the stored JSON text instead of
being decoded and encoded again: the store holds `json.dumps` text (default separators, ASCII
escapes), which is what the encoder writes for the decoded value unless it holds an escaped
character (`\\u`); such a value is decoded and encoded. 5 MB of the benchmark corpus
(27k claims), reading and encoding: 1.5-1.7 -> 0.7-0.9 CPU s. Stores other than SQLite and
PostgreSQL get the ORM rows' lines.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from sqlalchemy import Boolean
from sqlalchemy.engine import Connection

from annotator import store
from annotator.split.storing import READ_CHUNK, _table, iter_claim_rows
from annotator.store.models import ClaimUnit

# the metadata each row ends with, as `iter_claim_rows` names it ("published": the post's
# date, else the document's, as `posted or published` there)
_TAIL = ("source", "source_kind", "title", "url", "published", "path", "post_author")
_TAIL_SQL = (
    "s.name, s.kind, d.title, d.url, COALESCE(NULLIF(p.posted, ''), d.published), d.path, p.author"
)
# the features as the line's encoder writes None: a key followed by `null` can only be the key
# itself (a quote inside a JSON string is escaped), so one replace puts the stored text there
_NULL_FEATURES = '"features": null'


def _encoder() -> Callable[[Any], str]:
    """`json.JSONEncoder(ensure_ascii=False).encode` of a dict, from one C encoder made once
    (no circular check: rows hold no containers but the features text)."""
    make = json.encoder.c_make_encoder  # type: ignore[attr-defined]
    if make is None:
        return json.JSONEncoder(ensure_ascii=False).encode
    c_encode = make(
        None, json.JSONEncoder().default, json.encoder.encode_basestring, None,
        ": ", ", ", False, False, True,
    )  # fmt: skip
    return lambda value: "".join(c_encode(value, 0))


def write_claim_lines(
    claim_ids: Sequence[str], stream: IO[str], db_url: str | None = None, chunk: int = READ_CHUNK
) -> None:
    """Write one JSON line per stored claim unit of `claim_ids`, in that order (ids not stored
    are skipped), one write per `chunk` claims."""
    for lines in _line_chunks(claim_ids, db_url, chunk):
        if lines:
            stream.write("\n".join(lines) + "\n")


def iter_claim_lines(
    claim_ids: Sequence[str], db_url: str | None = None, chunk: int = READ_CHUNK
) -> Iterator[str]:
    """The JSON text (no newline) of each stored claim unit of `claim_ids`, in that order."""
    for lines in _line_chunks(claim_ids, db_url, chunk):
        yield from lines


def _line_chunks(claim_ids: Sequence[str], db_url: str | None, chunk: int) -> Iterator[list[str]]:
    encode = _encoder()
    table = _table(ClaimUnit)
    names = list(table.columns.keys())
    keys = [*names, *_TAIL]
    if store.engine(db_url).dialect.name not in ("sqlite", "postgresql"):  # the ORM rows
        yield from _orm_line_chunks(claim_ids, db_url, chunk, encode)
        return
    with store.session(db_url) as s:
        conn = s.connection()
        sqlite = conn.dialect.name == "sqlite"
        # SQLite gives 0/1 for a boolean column
        bools = [n for n in names if isinstance(table.c[n].type, Boolean)] if sqlite else []
        sql = _query(conn, names)
        raw = conn.connection.dbapi_connection
        assert raw is not None
        cur = raw.cursor()
        try:
            for k in range(0, len(claim_ids), chunk):
                ids = list(claim_ids[k : k + chunk])
                if sqlite:
                    cur.execute(sql.format(marks=", ".join("?" * len(ids))), ids)
                else:
                    cur.execute(sql, (ids,))
                found: dict[str, str] = {}
                for r in cur.fetchall():
                    row = dict(zip(keys, r, strict=True))
                    for n in bools:
                        if row[n] is not None:
                            row[n] = bool(row[n])
                    features = row["features"]
                    row["features"] = None
                    line = encode(row)
                    if features is not None and features != "null":
                        line = line.replace(_NULL_FEATURES, _features_json(features, encode), 1)
                    found[row["id"]] = line
                yield [found[cid] for cid in ids if cid in found]
        finally:
            cur.close()


def _orm_line_chunks(
    claim_ids: Sequence[str], db_url: str | None, chunk: int, encode: Callable[[Any], str]
) -> Iterator[list[str]]:
    """The lines of `storing.iter_claim_rows`' rows, `chunk` at a time."""
    lines: list[str] = []
    for row in iter_claim_rows(claim_ids, db_url, chunk):
        lines.append(encode(row))
        if len(lines) == chunk:
            yield lines
            lines = []
    yield lines


def _query(conn: Connection, names: list[str]) -> str:
    """The joined SELECT of a chunk of ids: SQLite `IN (?, ...)` (`{marks}` to fill in),
    PostgreSQL `= ANY(%s)` of one array."""
    quote = conn.dialect.identifier_preparer.quote
    pg = conn.dialect.name == "postgresql"
    # PostgreSQL: the features' stored text (a json column keeps it), not psycopg's value
    cols = ", ".join(
        "c.features::text" if pg and n == "features" else f"c.{quote(n)}" for n in names
    )
    return (
        f"SELECT {cols}, {_TAIL_SQL} FROM claimunit AS c "
        "JOIN document AS d ON d.id = c.document_id "
        "LEFT OUTER JOIN source AS s ON s.id = d.source_id "
        "LEFT OUTER JOIN post AS p ON p.id = c.post_id "
        + ("WHERE c.id = ANY(%s)" if pg else "WHERE c.id IN ({marks})")
    )


def _features_json(stored: str, encode: Callable[[Any], str]) -> str:
    """`"features": ` and the stored JSON text as the line's encoder writes its value."""
    if "\\u" in stored:  # an escaped character: the encoder writes it as itself
        return '"features": ' + encode({"": json.loads(stored)})[5:-1]
    return '"features": ' + stored
