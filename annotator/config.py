"""Where annotator keeps its state: one home folder, one database URL.

`ANNOTATOR_HOME` (default `.annotator/` in the working directory) holds the SQLite store,
the local Label Studio data and the credentials file. `ANNOTATOR_DB` overrides the store with
any SQLAlchemy URL (e.g. `postgresql+psycopg://user@127.0.0.1/annotator`).
"""

from __future__ import annotations

import os
from pathlib import Path


def home() -> Path:
    """The annotator home folder (created on first use)."""
    # absolute: the local Label Studio runs with the home as its working directory
    return Path(os.environ.get("ANNOTATOR_HOME") or ".annotator").expanduser().absolute()


def ensure_home() -> Path:
    path = home()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    """The store's SQLAlchemy URL: `ANNOTATOR_DB`, else SQLite in the home folder."""
    url = os.environ.get("ANNOTATOR_DB")
    if url:
        return url
    return f"sqlite:///{home() / 'annotator.db'}"


def debug() -> bool:
    return os.environ.get("ANNOTATOR_DEBUG", "") not in ("", "0", "false")
