"""The split stage's compiled regular expressions, kept on disk from one process to the next.

Importing the split modules compiles ~600 patterns (~0.13 CPU s, half of importing the stage;
the cue trie alone ~20 ms): `re` parses each pattern and generates its code in Python, again
in every process. `install()` (run when `annotator.split` is imported) wraps the compiler that
`re.compile` calls when a pattern is not in `re`'s own cache (`re._compiler.compile`): a str
pattern compiled from an `annotator.` module is looked up in a cache file and, when found, made
from the code stored there (`_sre.compile`: no parsing, no code generation). A pattern not found
is compiled the usual way; its code is stored only when the pattern made from it equals the
usual one (`Pattern.__eq__` compares the pattern, flags and code), so a pattern made from the
file is the one `re` makes. Other modules' patterns are compiled as before.

The file (beside `language_model`'s model copy, named by Python's version and the regular-expression
engine's magic number and code size) is read on the first pattern and rewritten at exit when
more than a tenth of the patterns compiled were missing (a new or changed module; the few
patterns whose alternatives follow the hash seed's set order miss in every process and are
left out): the patterns of this process, and the earlier ones while under `MAX_PATTERNS`. A
file that cannot be read or written, or an engine whose code words do not fit `array("I")`,
leaves the usual compile.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib
import marshal
import os
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any

MAX_PATTERNS = 4000  # earlier patterns kept in the file while it holds fewer
_STATE: dict[str, Any] = {}  # "cached", "used", "missed", "hits" once installed


def install() -> None:
    """Wrap `re._compiler.compile` (once; nothing when the engine's internals differ)."""
    if _STATE:
        return
    try:
        sre: Any = importlib.import_module("_sre")
        compiler: Any = importlib.import_module("re._compiler")
        parser: Any = importlib.import_module("re._parser")
        if array("I").itemsize != sre.CODESIZE:
            return
    except (ImportError, AttributeError):
        return
    usual = compiler.compile
    _STATE.update(cached=None, used={}, missed=0, hits=0, usual=usual)

    def cached_compile(p: Any, flags: Any = 0) -> Any:
        if type(p) is not str or not _from_annotator(sys._getframe(1)):
            return usual(p, flags)
        if _STATE["cached"] is None:
            _STATE["cached"] = _read()
        key = (p, int(flags))
        entry = _STATE["cached"].get(key)
        if entry is not None:
            try:
                final, code, groups, groupindex, indexgroup = entry
                made = sre.compile(
                    p, final, array("I", code).tolist(), groups, groupindex, indexgroup
                )
            except Exception:  # noqa: BLE001 - a bad entry: the usual compile
                made = None
            if made is not None:
                _STATE["used"][key] = entry
                _STATE["hits"] += 1
                return made
        pattern = usual(p, flags)
        _STATE["missed"] += 1
        entry = _entry(sre, compiler, parser, p, flags, pattern)
        if entry is not None:
            _STATE["used"][key] = entry
        return pattern

    compiler.compile = cached_compile
    atexit.register(_save)


def _from_annotator(frame: Any) -> bool:
    """The first caller outside `re` is a module of annotator."""
    while frame is not None and frame.f_globals.get("__name__") in ("re", "re._compiler"):
        frame = frame.f_back
    return frame is not None and str(frame.f_globals.get("__name__", "")).startswith("annotator.")


def _entry(sre: Any, compiler: Any, parser: Any, p: str, flags: Any, pattern: Any) -> Any:
    """What `_sre.compile` needs to make `pattern` again, or None when it would not be equal."""
    try:
        parsed = parser.parse(p, flags)
        code = compiler._code(parsed, flags)
        groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        entry = (
            int(flags | parsed.state.flags),
            array("I", code).tobytes(),
            int(parsed.state.groups - 1),
            groupindex,
            tuple(indexgroup),
        )
        final, data, groups, gi, ig = entry
        made = sre.compile(p, final, array("I", data).tolist(), groups, gi, ig)
    except Exception:  # noqa: BLE001 - not stored: compiled the usual way each time
        return None
    return entry if made == pattern else None


def path() -> Path:
    """The cache file of this Python and regular-expression engine, in the folder of
    `language_model.cache_dir()` (not imported: its own patterns are compiled through here)."""
    sre: Any = importlib.import_module("_sre")
    tag = f"{sys.version}|{sre.MAGIC}|{sre.CODESIZE}"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return (
        Path(base) / "annotator" / f"regex-{hashlib.sha256(tag.encode()).hexdigest()[:12]}.marshal"
    )


def _read() -> dict[Any, Any]:
    try:
        with open(path(), "rb") as f:
            cached = marshal.load(f)
    except Exception:  # noqa: BLE001 - no file, or a broken one: every pattern compiled anew
        return {}
    return cached if isinstance(cached, dict) else {}


def _save() -> None:
    """Rewrite the file when more than a tenth of the patterns compiled were missing."""
    missed, hits = _STATE.get("missed", 0), _STATE.get("hits", 0)
    if missed * 10 <= missed + hits:
        return
    cached = _STATE.get("cached") or {}
    keep = {**cached, **_STATE["used"]} if len(cached) < MAX_PATTERNS else dict(_STATE["used"])
    target = path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                marshal.dump(keep, out)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except (OSError, ValueError):
        return
