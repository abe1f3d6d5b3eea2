"""py3langid's model, loaded from a decompressed copy cached on disk.

py3langid ships its model LZMA-compressed (4.6 MB); decompressing it costs ~0.8 CPU s in every
process that loads it, i.e. in every `annotator split`. `load()` keeps the decompressed archive
(the same arrays, 68 MB, uncompressed `.npz`, read without pickle) in the user's cache folder
(`$XDG_CACHE_HOME/annotator`, else `~/.cache/annotator`), named by py3langid's version and the
compressed file's size and time, and loads it in ~0.15 CPU s. The copy is written once, to a
temporary file renamed into place (concurrent processes never read a partial copy); when the
folder cannot be written or the copy cannot be read, the model is loaded the usual way.
Writing a copy removes the stale ones: this install's earlier copies (another py3langid version
or model file in the same folder), other installs' copies written over `STALE_AFTER` ago (a
venv still in use writes its copy again), copies named without an install hash (written before
it was in the name) and abandoned temporary files.
"""

from __future__ import annotations

import hashlib
import lzma
import os
import re
import shutil
import tempfile
import time
from array import array
from importlib.metadata import version
from pathlib import Path
from typing import Any

STALE_AFTER = 7 * 24 * 3600.0  # seconds: another install's copy older than this is removed
_TMP_STALE_AFTER = 3600.0  # a temporary file this old belongs to no running write
# py3langid-VERSION-INSTALL-SIZE-MTIME.npz, INSTALL a hash of py3langid's model folder
_NAME = re.compile(r"py3langid-[^-]+-(?P<install>[0-9a-f]{12})-[0-9]+-[0-9]+\.npz")


def cache_dir() -> Path:
    """Where the decompressed model is kept."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "annotator"


def load() -> Any:
    """py3langid's identifier (its module-wide one, set here when not loaded yet)."""
    from py3langid import langid

    if langid.IDENTIFIER is None:
        try:
            langid.IDENTIFIER = _from_cache(langid)
        except Exception:  # noqa: BLE001 - any cache problem: the usual (slower) load
            langid.IDENTIFIER = None
    identifier = langid._get_identifier()
    if identifier.nb_ptc.dtype != "float32":
        _widen(identifier)
    if isinstance(identifier.tk_output, list):
        _pack(identifier)
    return identifier


def _pack(identifier: Any) -> None:
    """Hold the automaton's per-state tables (each state's row offset and feature) in arrays of
    machine integers instead of lists of int objects (once, ~0.01 CPU s): the walk over a text's
    bytes reads both for every byte, and the lists' scattered objects miss the cache (a third
    of a ~300 µs walk within the split stage). The same numbers, so the same features."""
    identifier._rowbase = array("I", identifier._rowbase)
    identifier.tk_output = array("i", identifier.tk_output)


def _widen(identifier: Any) -> None:
    """Replace the identifier's float16 feature table by a float32 copy (once, ~0.06 CPU s,
    +28 MB): py3langid scores a text by gathering its features' rows, and gathered float16 rows
    are converted to float32 on every call (~90 µs of a ~110 µs score on 300 characters). The
    values are the same, so scores and decisions are too."""
    import numpy as np

    table, *rest = identifier._full_model
    wide = table.astype(np.float32)
    restricted = identifier.nb_ptc is not table  # `set_languages` kept some columns
    identifier.nb_ptc = identifier.nb_ptc.astype(np.float32) if restricted else wide
    identifier._full_model = (wide, *rest)


def _from_cache(langid: Any) -> Any:
    import numpy as np
    from py3langid import modelio

    source = langid.MODEL_DIR / langid.MODEL_FILE
    stat = source.stat()
    install = _install(source)
    name = f"py3langid-{version('py3langid')}-{install}-{stat.st_size}-{stat.st_mtime_ns}.npz"
    path = cache_dir() / name
    if not path.is_file():
        _write(source, path)
        remove_stale(path)
    with np.load(path, allow_pickle=False) as data:  # the arrays of modelio.load_model
        return langid.LanguageIdentifier(
            data["ptc"],
            data["pc"],
            data["classes"].tolist(),
            modelio._to_array(data["nextmove"]),
            data["out_feat"].tolist(),
            tk_row=modelio._to_array(data["nextmove_row"]),
        )


def _write(source: Path, path: Path) -> None:
    """Decompress `source` to `path` through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out, lzma.open(source) as src:
            shutil.copyfileobj(src, out, length=1 << 20)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _install(source: Path) -> str:
    """A short hash of the folder py3langid's model is installed in."""
    return hashlib.sha256(str(source.parent.resolve()).encode()).hexdigest()[:12]


def remove_stale(current: Path) -> list[Path]:
    """Remove the cached copies that `current` supersedes (see the module docstring); returns
    them. A file that vanished or cannot be removed is left to the next write."""
    found = _NAME.fullmatch(current.name)
    install = found["install"] if found else ""
    now = time.time()
    removed = []
    for other in current.parent.glob("py3langid-*"):
        if other == current:
            continue
        try:
            age = now - other.stat().st_mtime
            if other.name.endswith(".tmp"):
                stale = age > _TMP_STALE_AFTER
            else:
                m = _NAME.fullmatch(other.name)
                stale = m is None or m["install"] == install or age > STALE_AFTER
            if stale:
                other.unlink()
                removed.append(other)
        except OSError:
            continue
    return removed
