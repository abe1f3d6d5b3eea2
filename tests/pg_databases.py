"""Dropping the PostgreSQL databases that tests create."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError


def drop_database(admin: Engine, name: str) -> None:
    """Drop `name` even while sessions or an autovacuum worker are still in it.

    WITH (FORCE) ends the sessions the code under test left behind, but a role without SUPERUSER
    may not end an autovacuum worker busy in the database ("must be a member of the role whose
    process is being terminated"); a plain DROP DATABASE cancels such a worker itself and waits
    up to 5 s (inside the server) for sessions that are leaving.
    """
    for attempt in range(6):
        force = " WITH (FORCE)" if attempt == 0 else ""
        try:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"{force}')
            return
        except DBAPIError:
            if attempt == 5:
                raise
