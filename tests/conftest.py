"""Shared fixtures: an isolated ANNOTATOR_HOME per test, and real PostgreSQL databases.

PostgreSQL: `.ci/run` starts the cluster and creates the `annotator` role; locally the fixture
starts it too when it can. Tests never skip because a service is missing: they fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from labelstudio_fixtures import *  # noqa: E402,F401,F403
from pg_databases import drop_database  # noqa: E402

PG_ADMIN_URL = os.environ.get(
    "ANNOTATOR_TEST_PG", "postgresql+psycopg://annotator:annotator@127.0.0.1:5432/postgres"
)
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def annotator_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own home (SQLite store, credentials) unless it asks for another."""
    from annotator import store

    home = tmp_path / "home"
    monkeypatch.setenv("ANNOTATOR_HOME", str(home))
    monkeypatch.delenv("ANNOTATOR_DB", raising=False)
    store.reset_engines()
    yield home
    store.reset_engines()


def _pg_admin_engine():  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    return create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")


def _ensure_postgres() -> None:
    from sqlalchemy.exc import OperationalError

    try:
        with _pg_admin_engine().connect():
            return
    except OperationalError:
        pass
    # Local convenience only: start the cluster if it is down. The `annotator` role (LOGIN,
    # CREATEDB, no superuser) is created by scripts/setup.sh, never by the tests.
    subprocess.run(["pg_ctlcluster", "15", "main", "start"], check=False, capture_output=True)
    try:
        with _pg_admin_engine().connect():
            return
    except OperationalError as exc:
        raise RuntimeError(
            "PostgreSQL is not reachable as the annotator role: run scripts/setup.sh"
        ) from exc


@pytest.fixture(scope="session")
def postgres_server() -> str:
    _ensure_postgres()
    return PG_ADMIN_URL


@pytest.fixture
def pg_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    from annotator import store

    name = "annotator_test_" + uuid.uuid4().hex[:12]
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = postgres_server.rsplit("/", 1)[0] + "/" + name
    yield url
    store.reset_engines()
    drop_database(admin, name)
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(
    request: pytest.FixtureRequest, annotator_home: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """The store URL under test, on SQLite and on PostgreSQL; also set as ANNOTATOR_DB."""
    if request.param == "sqlite":
        url = f"sqlite:///{annotator_home / 'annotator.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    monkeypatch.setenv("ANNOTATOR_DB", url)
    return url


@pytest.fixture
def seeds() -> Path:
    return REPO / "seeds"
