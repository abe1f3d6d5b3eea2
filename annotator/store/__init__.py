"""The project's own store: SQLModel tables (`models`), engine, sessions and migrations (`database`).

`from annotator import store` then `store.session()` is the usual way in.
"""

from annotator.store import models
from annotator.store.database import (
    LATEST,
    MIGRATIONS,
    backup_path,
    current_version,
    engine,
    migrate,
    migration_number,
    redact_url,
    reset_engines,
    session,
    write_lock,
)

__all__ = [
    "LATEST",
    "MIGRATIONS",
    "backup_path",
    "current_version",
    "engine",
    "migrate",
    "migration_number",
    "models",
    "redact_url",
    "reset_engines",
    "session",
    "write_lock",
]
