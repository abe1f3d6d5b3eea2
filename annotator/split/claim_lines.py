"""Stored claim units as JSON lines (`annotator split --format jsonl`), read through the driver.

Each line is the JSON of `claim_reads.iter_claim_rows`' row for the claim (same keys, same order,
as `json.JSONEncoder(ensure_ascii=False)` writes it), but the rows are read with the driver's
own cursor, and the claim's features go into the line as the stored JSON text instead of
being decoded and encoded again: the store holds `json.dumps` text (default separators, ASCII
escapes), which is what the encoder writes for the decoded value unless it holds an escaped
character (`\\u`); such a value is decoded and encoded. 5 MB of the benchmark corpus
(27k claims), reading and encoding: 1.5-1.7 -> 0.7-0.9 CPU s. Stores other than SQLite and
PostgreSQL get the ORM rows' lines.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from sqlalchemy import Boolean
from sqlalchemy.engine import Connection

from annotator import store
from annotator.config import debug
from annotator.errors import AnnotatorError
from annotator.split.bulk_rows import _table
from annotator.split.claim_reads import iter_claim_rows
from annotator.split.storing import READ_CHUNK
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
    claim_ids: Sequence[str],
    stream: IO[str],
    db_url: str | None = None,
    chunk: int = READ_CHUNK,
    processes: int = 1,
) -> None:
    """Write one JSON line per stored claim unit of `claim_ids`, in that order (ids not stored
    are skipped), one write per `chunk` claims.

    `processes` > 1 (where `os.fork` exists): the ids are cut into that many parts of at least
    `PART_CLAIMS`; forked processes write the later parts' lines into temporary files while
    this one writes the first part to `stream`, then the files are copied on in order (same
    bytes; `split`'s last step then runs on more than one core)."""
    parts = max(1, min(processes, len(claim_ids) // PART_CLAIMS))
    if parts == 1 or not hasattr(os, "fork"):
        _write_lines(claim_ids, stream, db_url, chunk)
        return
    size = -(-len(claim_ids) // parts)
    store.engine(db_url).dispose()  # no connection open across the fork: each opens its own
    stream.flush()
    children = [
        _fork_part(claim_ids[k : k + size], stream, db_url, chunk)
        for k in range(size, len(claim_ids), size)
    ]
    try:
        _write_lines(claim_ids[:size], stream, db_url, chunk)
    finally:
        problems = [_ended(pid, reason) for pid, _, reason in children]
    for problem in problems:
        if problem:
            raise AnnotatorError(f"cannot write the claim lines: {problem}")
    for _, part, _ in children:
        with part:
            part.seek(0)
            _copy(part, stream)


PART_CLAIMS = 10_000  # claims per process at least when the lines are written by several


def _write_lines(claim_ids: Sequence[str], stream: IO[str], db_url: str | None, chunk: int) -> None:
    """The lines of these claims onto `stream`, one write per `chunk` claims."""
    for lines in _line_chunks(claim_ids, db_url, chunk):
        if lines:
            stream.write("\n".join(lines) + "\n")


def _fork_part(
    claim_ids: Sequence[str], stream: IO[str], db_url: str | None, chunk: int
) -> tuple[int, IO[bytes], int]:
    """(process id, file, pipe) of a forked process writing these claims' lines into the file,
    in `stream`'s encoding; it exits 0 when all are written, else sends its problem's first line
    through the pipe (a traceback on stderr with `ANNOTATOR_DEBUG`)."""
    part = tempfile.TemporaryFile()
    reason, send = os.pipe()
    pid = os.fork()
    if pid:
        os.close(send)
        return pid, part, reason
    code = 1
    try:
        os.close(reason)
        encoding = getattr(stream, "encoding", None) or "utf-8"
        errors = getattr(stream, "errors", None) or "strict"
        out = io.TextIOWrapper(part, encoding=encoding, errors=errors, newline="")
        _write_lines(claim_ids, out, db_url, chunk)
        out.flush()
        code = 0
    except KeyboardInterrupt:  # the command reports the interrupt
        code = 130
    except BaseException as exc:  # noqa: BLE001 - the parent raises it as one line
        if debug():
            traceback.print_exc()
        text = str(exc).strip()
        os.write(send, f"{type(exc).__name__}: {text}".splitlines()[0].encode()[:500])
    finally:
        os._exit(code)  # no atexit handlers, no flush of the parent's buffers


def _ended(pid: int, reason: int) -> str | None:
    """Wait for a part's process: None when it wrote its part, else its problem."""
    status = os.waitpid(pid, 0)[1]
    with os.fdopen(reason, "rb") as pipe:
        sent = pipe.read().decode(errors="replace")
    if status == 0:
        return None
    return sent or f"a process ended with status {os.waitstatus_to_exitcode(status)}"


def _copy(part: IO[bytes], stream: IO[str]) -> None:
    """The bytes of `part` onto `stream` (through its binary buffer when it has one)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(part.read().decode(getattr(stream, "encoding", None) or "utf-8"))
        return
    stream.flush()
    shutil.copyfileobj(part, buffer, 1 << 20)
    buffer.flush()


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
        bools = [k for k, n in enumerate(names) if isinstance(table.c[n].type, Boolean)]
        line = _line_writer(keys, names.index("features"), bools if sqlite else [])
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
                    found[r[0]] = line(r)
                yield [found[cid] for cid in ids if cid in found]
        finally:
            cur.close()


def _line_writer(
    keys: list[str], features: int, bools: list[int]
) -> Callable[[Sequence[Any]], str]:
    """The line of a selected row (`keys`' values, then the stored features text; NULL at
    `features`): each key written once in a template, each value as the line's encoder writes
    it (`_VALUE`, by exact type; the integers at `bools` as booleans), the features text as
    `_features_value` gives it. A value of another type gets the encoder's line of the row's
    dict. 20 MB of the benchmark corpus (108k claims): 1.8 -> 1.25 CPU s after the reads."""
    encode = _encoder()
    template = "{" + ", ".join(f"{_string(k).replace('%', '%%')}: %s" for k in keys) + "}"
    n = len(keys)
    value = _VALUE

    def line(r: Sequence[Any]) -> str:
        stored = r[n]
        try:
            parts = [value[type(v)](v) for v in r[:n]]
        except KeyError:
            row = dict(zip(keys, r, strict=False))
            for b in bools:
                if row[keys[b]] is not None:
                    row[keys[b]] = bool(row[keys[b]])
            text = encode(row)
            if stored is not None and stored != "null":
                text = text.replace(_NULL_FEATURES, _features_json(stored, encode), 1)
            return text
        for b in bools:
            if r[b] is not None:
                parts[b] = "true" if r[b] else "false"
        if stored is not None and stored != "null":
            parts[features] = _features_value(stored, encode)
        return template % tuple(parts)

    return line


def _float(v: float) -> str:
    """A float as `json` writes it (`allow_nan`: NaN and infinities by name)."""
    if v != v:
        return "NaN"
    if v in (_INF, -_INF):
        return "Infinity" if v > 0 else "-Infinity"
    return float.__repr__(v)


_INF = float("inf")
_string: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]
# how the line's encoder (`ensure_ascii=False`) writes a value of each type (bool is no int here:
# types are looked up exactly)
_VALUE: dict[type, Callable[[Any], str]] = {
    str: _string,
    int: int.__repr__,
    float: _float,
    bool: lambda v: "true" if v else "false",
    type(None): lambda v: "null",
}


def _orm_line_chunks(
    claim_ids: Sequence[str], db_url: str | None, chunk: int, encode: Callable[[Any], str]
) -> Iterator[list[str]]:
    """The lines of `claim_reads.iter_claim_rows`' rows, `chunk` at a time."""
    lines: list[str] = []
    for row in iter_claim_rows(claim_ids, db_url, chunk):
        lines.append(encode(row))
        if len(lines) == chunk:
            yield lines
            lines = []
    yield lines


def _query(conn: Connection, names: list[str]) -> str:
    """The joined SELECT of a chunk of ids: the claim's columns (NULL for the features), the
    metadata, then the features' stored text; SQLite `IN (?, ...)` (`{marks}` to fill in),
    PostgreSQL `= ANY(%s)` of one array."""
    quote = conn.dialect.identifier_preparer.quote
    pg = conn.dialect.name == "postgresql"
    # PostgreSQL: the features' stored text (a json column keeps it), not psycopg's value
    cols = ", ".join("NULL" if n == "features" else f"c.{quote(n)}" for n in names)
    features = "c.features::text" if pg else "c.features"
    return (
        f"SELECT {cols}, {_TAIL_SQL}, {features} FROM claimunit AS c "
        "JOIN document AS d ON d.id = c.document_id "
        "LEFT OUTER JOIN source AS s ON s.id = d.source_id "
        "LEFT OUTER JOIN post AS p ON p.id = c.post_id "
        + ("WHERE c.id = ANY(%s)" if pg else "WHERE c.id IN ({marks})")
    )


def _features_json(stored: str, encode: Callable[[Any], str]) -> str:
    """`"features": ` and the stored JSON text as the line's encoder writes its value."""
    return '"features": ' + _features_value(stored, encode)


def _features_value(stored: str, encode: Callable[[Any], str]) -> str:
    """The stored JSON text as the line's encoder writes its value."""
    if "\\u" in stored:  # an escaped character: the encoder writes it as itself
        return encode({"": json.loads(stored)})[5:-1]
    return stored
