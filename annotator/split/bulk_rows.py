"""Rows for the store's bulk writes: a model's full rows with its defaults (`_rows`), inserts
that skip rows stored already (`_insert_ignore`), and the driver's own bulk path for rows known
to be absent (`_bulk_insert`: SQLite `executemany` of tuples, PostgreSQL `COPY`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import JSON, Boolean, Float, Table
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from annotator.split.pgcopy import copy_rows


def _table(model: type[SQLModel]) -> Table:
    return model.__table__  # type: ignore[attr-defined,no-any-return]


def _defaults(model: type[SQLModel]) -> dict[str, Any]:
    """Every column's model default (factories called once per batch: `created_at`)."""
    out: dict[str, Any] = {}
    for name in _table(model).columns.keys():
        info = model.model_fields.get(name)
        if info is None:
            out[name] = None
        else:
            value = info.get_default(call_default_factory=True)
            out[name] = None if value is PydanticUndefined else value
    return out


def _rows(model: type[SQLModel], dicts: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Full rows for an executemany: model defaults, then the given values (unknown keys dropped;
    JSON text in a JSON column decoded, see `_bulk_insert`)."""
    base = _defaults(model)
    keys = base.keys()
    json_columns = _json_columns(model)
    return [
        {
            **base,
            **{
                k: json.loads(v) if k in json_columns and type(v) is str else v
                for k, v in d.items()
                if k in keys
            },
        }
        for d in dicts
    ]


def _json_columns(model: type[SQLModel]) -> set[str]:
    return {c.name for c in _table(model).columns if isinstance(c.type, JSON)}


def _insert_ignore(conn: Connection, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    table = _table(model)
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(pg_insert(table).on_conflict_do_nothing(), rows)
    elif conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(sqlite_insert(table).on_conflict_do_nothing(), rows)
    else:  # other databases: plain inserts of rows checked absent under the lock
        conn.execute(table.insert(), rows)


def _bulk_insert(
    conn: Connection,
    model: type[SQLModel],
    dicts: Iterable[dict[str, Any]],
    fill: tuple[str, str, Callable[[Any], Any]] | None = None,
    origin: Callable[[dict[str, Any]], str | None] | None = None,
) -> int:
    """Insert rows whose primary keys are known to be absent (checked under the write lock).

    The driver's own bulk path, bypassing SQLAlchemy's per-row parameter handling: SQLite
    `executemany` of positional tuples (`ON CONFLICT DO NOTHING` kept; a bool as the int SQLite
    stores, which `sqlite3` binds without looking up an adapter, ~1,400 instructions a value),
    PostgreSQL `COPY`.
    Values go through each column type's bind processor for the dialect (JSON, dates), so the
    stored values are those of `_insert_ignore`; a `str` in a JSON column is JSON text already
    (`json.dumps` of the value, as SQLAlchemy's JSON type and psycopg's `Json` encode it):
    `split`'s workers send claim features so, and it is stored as it is. `fill` = (column, key, f): a row whose column
    is empty gets `f(row[key])` there. `origin(row)` names the file (and line) a row came from
    when PostgreSQL refuses it (see `pgcopy.copy_rows`). Returns the number of rows.
    """
    table = _table(model)
    dialect = conn.dialect
    if dialect.name not in ("sqlite", "postgresql"):
        full = _rows(model, _filled(dicts, fill) if fill else dicts)
        _insert_ignore(conn, model, full)
        return len(full)
    base = _defaults(model)
    names = list(table.columns.keys())
    values = itemgetter(*names)  # of {**base, **d}: d's value, else the column's default
    convert = []  # columns whose bind processor changes the value (JSON, dates)
    for k, n in enumerate(names):
        kind = table.c[n].type
        proc = kind.dialect_impl(dialect).bind_processor(dialect)
        if proc is not None and not isinstance(kind, (Boolean, Float)):  # drivers bind these
            convert.append((k, n, proc, isinstance(kind, JSON)))
    for _, n, proc, _ in convert:  # defaults processed once per batch (`created_at`)
        base[n] = proc(base[n])  # None too: a JSON column stores JSON null, as SQLAlchemy does
    at, key, make = (names.index(fill[0]), fill[1], fill[2]) if fill else (-1, "", None)
    flags: list[int] = []  # SQLite: the Boolean columns, bound as ints
    if dialect.name == "sqlite":
        flags = [k for k, n in enumerate(names) if isinstance(table.c[n].type, Boolean)]
    rows: list[tuple[Any, ...]] = []
    for d in dicts:
        row = list(values({**base, **d}))
        if make is not None and not row[at]:
            row[at] = make(d[key])
        for k, n, proc, json_column in convert:
            if n in d and not (json_column and type(row[k]) is str):
                row[k] = proc(row[k])
        for k in flags:
            if type(row[k]) is bool:
                row[k] = int(row[k])
        rows.append(tuple(row))
    if not rows:
        return 0
    quote = dialect.identifier_preparer.quote
    cols = ", ".join(quote(n) for n in names)
    if dialect.name == "sqlite":
        marks = ", ".join("?" * len(names))
        sql = f"INSERT INTO {quote(table.name)} ({cols}) VALUES ({marks}) ON CONFLICT DO NOTHING"
        conn.exec_driver_sql(sql, rows)
    else:
        where = None
        if origin is not None:
            where = lambda k: origin(dict(zip(names, rows[k], strict=True)))  # noqa: E731
        copy_rows(conn, f"COPY {quote(table.name)} ({cols}) FROM STDIN", rows, table.name, where)
    return len(rows)


def _filled(
    dicts: Iterable[dict[str, Any]], fill: tuple[str, str, Callable[[Any], Any]]
) -> Iterator[dict[str, Any]]:
    column, key, make = fill
    for d in dicts:
        yield d if d.get(column) else {**d, column: make(d[key])}
