"""The project's own store: SQLite by default, any SQLAlchemy URL (PostgreSQL) by `ANNOTATOR_DB`.

Migrations are small ordered functions (`m001_initial`, ...); each runs in a transaction and is
recorded in `schemamigration`. A store newer than this code is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session, SQLModel, create_engine, select

from annotator import config, models
from annotator.errors import AnnotatorError


def m001_initial(conn: Connection) -> None:
    """All tables of the first release."""
    SQLModel.metadata.create_all(conn)


MIGRATIONS: list[Callable[[Connection], None]] = [m001_initial]
LATEST = len(MIGRATIONS)

_engines: dict[str, Engine] = {}


def redact_url(url: str) -> str:
    """The URL with any password replaced by ***."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return "<database url>"


def engine(url: str | None = None) -> Engine:
    """The (cached, migrated) engine for `url` or the configured store."""
    url = url or config.database_url()
    if url in _engines:
        return _engines[url]
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AnnotatorError(
                f"cannot create the store folder ({exc.strerror})", path=str(path.parent)
            ) from None
        eng = create_engine(url, connect_args={"timeout": 30})
        event.listen(eng, "connect", _sqlite_pragmas)
    else:
        eng = create_engine(url, pool_pre_ping=True)
    try:
        migrate(eng)
    except OperationalError as exc:
        eng.dispose()
        raise AnnotatorError(
            f"cannot open the store {redact_url(url)}: {_first_line(exc)}"
        ) from None
    _engines[url] = eng
    return eng


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("schemamigration"):
        return 0
    rows = conn.execute(select(models.SchemaMigration.version)).scalars().all()
    return max(rows, default=0)


def migrate(eng: Engine) -> int:
    """Apply pending migrations, each in its own transaction; return the store's version."""
    with eng.begin() as conn:
        if eng.dialect.name == "postgresql":
            # one migrator at a time across processes
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(727274)")
        version = current_version(conn)
        if version > LATEST:
            raise AnnotatorError(
                f"the store {redact_url(str(eng.url))} has schema version {version}, newer than this "
                f"annotator ({LATEST}); upgrade annotator"
            )
        for number in range(version + 1, LATEST + 1):
            step = MIGRATIONS[number - 1]
            step(conn)
            conn.execute(
                models.SchemaMigration.__table__.insert().values(  # type: ignore[attr-defined]
                    version=number, name=step.__name__, applied_at=models.utcnow()
                )
            )
        return max(version, LATEST)


@contextmanager
def session(url: str | None = None) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    with Session(engine(url), expire_on_commit=False) as s:
        try:
            yield s
            s.commit()
        except OperationalError as exc:
            s.rollback()
            if "locked" in str(exc).lower():
                raise AnnotatorError(
                    "the store is busy (database is locked); retry in a moment"
                ) from None
            raise AnnotatorError(f"store error: {_first_line(exc)}") from None
        except SQLAlchemyError:
            s.rollback()
            raise
        except BaseException:
            s.rollback()
            raise


def reset_engines() -> None:
    """Forget cached engines (tests switch ANNOTATOR_HOME / ANNOTATOR_DB)."""
    for eng in _engines.values():
        eng.dispose()
    _engines.clear()
