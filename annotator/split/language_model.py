"""py3langid's model, loaded from a decompressed copy cached on disk.

py3langid ships its model LZMA-compressed (4.6 MB); decompressing it costs ~0.8 CPU s in every
process that loads it, i.e. in every `annotator split`. `load()` keeps a decompressed copy in the
user's cache folder (`$XDG_CACHE_HOME/annotator`, else `~/.cache/annotator`), named by
py3langid's version and the compressed file's size and time: the same arrays stored raw (95 MB;
the feature table already widened to float32, see `_widen`) after a short header, which are
mapped into memory, not read (`numpy.memmap`: no copy, no checksum, no conversion; processes
share the pages). Loading it costs ~0.02 CPU s (the earlier uncompressed `.npz` ~0.2 s: reading
and checking 68 MB, then widening the table). The copy is written once, to a temporary file
renamed into place (concurrent processes never read a partial copy); when the folder cannot be
written or the copy cannot be read, the model is loaded the usual way.
Writing a copy removes the stale ones: this install's earlier copies (another py3langid version
or model file in the same folder, or the earlier `.npz` format), other installs' copies written
over `STALE_AFTER` ago (a venv still in use writes its copy again), copies named without an
install hash (written before it was in the name) and abandoned temporary files.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import os
import re
import shutil
import tempfile
import time
from array import array
from collections import Counter
from importlib.metadata import version
from pathlib import Path
from typing import Any

STALE_AFTER = 7 * 24 * 3600.0  # seconds: another install's copy older than this is removed
_TMP_STALE_AFTER = 3600.0  # a temporary file this old belongs to no running write
# langid-VERSION-INSTALL-SIZE-MTIME.arrays, INSTALL a hash of py3langid's model folder; the
# earlier format's py3langid-VERSION-INSTALL-SIZE-MTIME.npz (its cleaning removes every other
# "py3langid-" file: the new name keeps clear of it)
_NAME = re.compile(r"langid-[^-]+-(?P<install>[0-9a-f]{12})-[0-9]+-[0-9]+\.arrays")
_OLD_NAME = re.compile(r"py3langid-[^-]+-(?P<install>[0-9a-f]{12})-[0-9]+-[0-9]+\.npz")
_MAGIC = b"annotator py3langid arrays 1\n"  # then a JSON line: the classes and each array's place
_HEADER = 4096  # bytes: magic and JSON line, padded; the arrays follow, each 64-byte aligned


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
    window = WINDOWS.get((len(identifier._rowbase), len(identifier.tk_nextmove)))
    if window:
        _walk_at_once(identifier, window)


# How many bytes back fix the automaton's state, by the model's shape (states, table size): in
# py3langid's model, from any state, reading any 6 bytes leads where reading them from the start
# does (checked over every state: the pairs of states reached from a state and from the start
# by the same bytes are all equal after 6 bytes, not after 5). Another model walks byte by byte.
WINDOWS = {(104583, 9816576): 6}
_WALKS: dict[int, tuple[Any, tuple[Any, Any, Any], int]] = {}  # id -> identifier, tables, window


def _walk_at_once(identifier: Any, window: int) -> None:
    """Make py3langid count this identifier's features with `visit_counts_at_once` instead of
    its walk (a Python step per byte, ~2,000 instructions a byte): the library's `visit_counts`
    (which its scoring calls) is wrapped once; other tables are still walked by it."""
    import numpy as np
    from py3langid import langid

    nextmove = identifier.tk_nextmove
    tables = (
        np.frombuffer(nextmove, dtype=f"u{nextmove.itemsize}"),
        np.array(identifier._rowbase, dtype=np.intp),
        np.frombuffer(identifier.tk_output, dtype=np.int32),
    )
    by_step = getattr(langid.visit_counts, "by_step", langid.visit_counts)

    def visit_counts(nm: Any, rowbase: Any, out: Any, text: bytes) -> Any:
        if nm is nextmove:
            return visit_counts_at_once(tables, window, text)
        return by_step(nm, rowbase, out, text)

    visit_counts.by_step = by_step  # type: ignore[attr-defined]
    langid.visit_counts = visit_counts
    _WALKS[id(identifier)] = identifier, tables, window  # `classify` reads them


def visit_counts_at_once(tables: tuple[Any, Any, Any], window: int, text: bytes) -> Any:
    """py3langid's `visit_counts(nextmove, rowbase, output, text)`: each feature the walk over
    the bytes of `text` meets and how often, in the order first met (None when none), with
    array operations. The state after byte i is the one reached from the start over the
    `window` bytes up to i (fewer at the text's start), so every position's state is advanced
    together, one byte at a time, oldest first: `window` steps, not one per byte."""
    return Counter(_features_met(tables, window, text).tolist()) or None


def _features_met(tables: tuple[Any, Any, Any], window: int, text: bytes) -> Any:
    """The features the walk over `text` meets, one per position that outputs one, in order."""
    import numpy as np

    nextmove, rowbase, output = tables
    codes = np.frombuffer(text, dtype=np.uint8).astype(np.intp)  # intp: a plain gather
    n = codes.size
    states = np.zeros(n, dtype=np.intp)  # the start state
    first = min(window, n) - 1
    if first >= 0:  # the first step leaves the start state: its row is the start's, no gather
        states[first:] = nextmove.take(codes[: n - first] + rowbase[0])
    for back in range(first - 1, -1, -1):  # position i reads byte i - back
        rows = rowbase.take(states[back:])
        rows += codes[: n - back]
        states[back:] = nextmove.take(rows)
    found = output.take(states)
    return found[found >= 0]


def classify(identifier: Any, text: str) -> str:
    """`identifier.classify(text)[0]`, its features taken as arrays: `feature_counts_at_once`
    gives the same features and counts in the same order as the `Counter` py3langid scores
    (whose keys and values it turns into arrays again), so the same product and the same
    decision. An identifier that scores otherwise (probabilities, a confidence floor, a model
    walked byte by byte) decides itself."""
    walk = _WALKS.get(id(identifier))
    if walk is None or walk[0] is not identifier or identifier._norm_probs:
        return str(identifier.classify(text)[0])
    if identifier.min_confidence is not None:
        return str(identifier.classify(text)[0])
    import numpy as np
    from py3langid import langid

    found = feature_counts_at_once(walk[1], walk[2], identifier._encode(text))
    if found is None:
        scores = np.full(len(identifier.nb_classes), langid.RAW_FLOOR, dtype=np.float32)
    else:
        idx, counts = found
        scores = np.log1p(counts) @ identifier.nb_ptc[idx] + identifier.nb_pc
    for i, j in identifier._alias_pairs:  # as `_decide` folds them
        scores[i] = max(scores[i], scores[j])
        scores[j] = langid.RAW_FLOOR
    return str(identifier.nb_classes[int(scores.argmax())])


def feature_counts_at_once(tables: tuple[Any, Any, Any], window: int, text: bytes) -> Any:
    """`visit_counts_at_once` as two arrays: the features (intp) in the order first met and
    their counts (float32, as py3langid converts them), or None when there is none."""
    import numpy as np

    found = _features_met(tables, window, text)
    n = found.size
    if not n:
        return None
    # `np.unique(found, return_index=True, return_counts=True)` without its wrapper's calls:
    # a stable sort, so each run of equal features starts at its first position in `found`
    perm = found.argsort(kind="stable")
    ranked = found.take(perm)
    bounds = np.empty(n + 1, dtype=bool)  # where a run starts, and the end
    bounds[0] = bounds[n] = True
    np.not_equal(ranked[1:], ranked[:-1], out=bounds[1:n])
    starts = np.flatnonzero(bounds)
    counts = starts[1:] - starts[:-1]
    starts = starts[:-1]
    order = perm.take(starts).argsort()
    return ranked.take(starts.take(order)).astype(np.intp), counts.take(order).astype(np.float32)


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
    name = f"langid-{version('py3langid')}-{install}-{stat.st_size}-{stat.st_mtime_ns}.arrays"
    path = cache_dir() / name
    if not path.is_file():
        _write(source, path)
        remove_stale(path)
    classes, arrays = _read(path)
    return langid.LanguageIdentifier(
        np.asarray(arrays["ptc"]),  # a plain array over the mapped pages
        np.array(arrays["pc"]),
        classes,
        modelio._to_array(arrays["nextmove"]),  # the walk reads it byte by byte: a copy
        arrays["out_feat"].tolist(),
        tk_row=modelio._to_array(arrays["nextmove_row"]),
    )


def _read(path: Path) -> tuple[list[str], dict[str, Any]]:
    """The classes and the arrays (mapped read-only) of a copy `_write` made."""
    import numpy as np

    with open(path, "rb") as f:
        head = f.read(_HEADER)
    if not head.startswith(_MAGIC):
        raise ValueError(f"{path}: not a model copy")
    meta = json.loads(head[len(_MAGIC) :].split(b"\n", 1)[0])
    arrays = {  # a short file fails here (the mapping would pass its end)
        key: np.memmap(path, dtype=np.dtype(dtype), mode="r", offset=offset, shape=tuple(shape))
        for key, dtype, shape, offset in meta["arrays"]
    }
    return [str(c) for c in meta["classes"]], arrays


def _write(source: Path, path: Path) -> None:
    """Decompress `source` (an LZMA-compressed `.npz`) and store its arrays raw in `path`, the
    feature table as float32, through a temporary file in the same folder."""
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(suffix=".npz") as npz:
        with lzma.open(source) as src:
            shutil.copyfileobj(src, npz, length=1 << 20)
        npz.seek(0)
        with np.load(npz, allow_pickle=False) as data:
            classes = data["classes"].tolist()
            arrays = {
                key: np.ascontiguousarray(data[key])
                for key in ("pc", "nextmove", "nextmove_row", "out_feat")
            }
            arrays["ptc"] = np.ascontiguousarray(data["ptc"], dtype=np.float32)
    places: list[tuple[str, str, list[int], int]] = []
    offset = _HEADER
    for key, value in arrays.items():
        places.append((key, value.dtype.str, list(value.shape), offset))
        offset += -(-value.nbytes // 64) * 64
    head = _MAGIC + json.dumps({"classes": classes, "arrays": places}).encode() + b"\n"
    if len(head) > _HEADER:
        raise ValueError("model header too long")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(head.ljust(_HEADER, b" "))
            for (_key, _dtype, _shape, at), value in zip(places, arrays.values(), strict=True):
                out.seek(at)
                out.write(value.tobytes())
            out.truncate(offset)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _install(source: Path) -> str:
    """A short hash of the folder py3langid's model is installed in."""
    return hashlib.sha256(str(source.parent.resolve()).encode()).hexdigest()[:12]


def remove_stale(current: Path) -> list[Path]:
    """Remove the cached copies that `current` supersedes (see the module docstring); returns
    them. A file that vanished or cannot be removed is left to the next write. A copy in the
    earlier format (`.npz`) is removed when over `STALE_AFTER` old, or named without an install
    hash: an older annotator of this install may still read it (and rewrite it when missing)."""
    found = _NAME.fullmatch(current.name)
    install = found["install"] if found else ""
    now = time.time()
    removed = []
    for other in [*current.parent.glob("langid-*"), *current.parent.glob("py3langid-*")]:
        if other == current:
            continue
        try:
            age = now - other.stat().st_mtime
            if other.name.endswith(".tmp"):
                stale = age > _TMP_STALE_AFTER
            elif other.name.startswith("py3langid-"):
                stale = _OLD_NAME.fullmatch(other.name) is None or age > STALE_AFTER
            else:
                m = _NAME.fullmatch(other.name)
                stale = m is None or m["install"] == install or age > STALE_AFTER
            if stale:
                other.unlink()
                removed.append(other)
        except OSError:
            continue
    return removed
