"""The splitter's version, stored with every document and claim unit it produces.

`SPLITTER_VERSION` is the package version plus a digest of the source of the modules that decide
what a claim unit is (structure, sentences, attribution, ...). Any change to them, a fix
included, gives a new version, so `annotator split --resplit` can tell which stored documents
were split by an older splitter.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from annotator import __version__

MODULES = (
    "attribution",
    "boilerplate",
    "checkworthiness",
    "claims",
    "document",
    "forum",
    "ingest",
    "metadata",
    "reports",
    "sentences",
    "structure",
)


def _digest() -> str:
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in MODULES:
        path = here / f"{name}.py"
        h.update(name.encode())
        h.update(path.read_bytes() if path.exists() else b"")
    return h.hexdigest()[:12]


SPLITTER_VERSION = f"{__version__}+{_digest()}"
