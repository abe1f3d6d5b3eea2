"""Compiled regular expressions kept on disk: the split stage compiles ~750 patterns on start-up
(~0.5 s, most of a small run), all in `re`'s pure-Python parser. `scripts/compile.sh` records
what `re` hands `_sre.compile` for each pattern the stage compiles (`record`) into the build
directory; `install` then builds those patterns from the record and leaves any other pattern to
`re`. The record is keyed by the interpreter (version, `_sre.MAGIC`, code size) and every entry
is checked against `re` when it is written, so a pattern comes out identical either way.
ANNOTATOR_REGEX_CACHE=0 turns it off.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import marshal
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

_compiler: Any = getattr(re, "_compiler")  # noqa: B009 (not in typeshed)
_parser: Any = getattr(re, "_parser")  # noqa: B009
FILE = "regex-cache.marshal"
KEY = (sys.version, _sre.MAGIC, _sre.CODESIZE)
_original: Callable[..., re.Pattern[Any]] = _compiler.compile
_stored: dict[tuple[str | bytes, int], tuple[Any, ...]] = {}
_recording: dict[tuple[str | bytes, int], tuple[Any, ...]] | None = None


def _sre_args(pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` passes `_sre.compile` after the pattern."""
    p = _parser.parse(pattern, flags)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in p.state.groupdict.items():
        indexgroup[i] = name
    code = [int(c) for c in _compiler._code(p, flags)]  # opcodes are int subclasses
    groupindex = dict(p.state.groupdict)
    return int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup)


def _compile(p: Any, flags: int = 0) -> re.Pattern[Any]:
    """`re._compiler.compile` with the recorded patterns built from their record."""
    if type(p) is str or type(p) is bytes:  # not a subclass (lxml's strings): marshal takes these
        args = _stored.get((p, flags))
        if args is not None:
            return _sre.compile(p, *args)  # type: ignore[no-any-return]
        if _recording is not None and not flags & re.DEBUG:
            _recording[p, flags] = _sre_args(p, flags)
    return _original(p, flags)


def load(path: Path) -> int:
    """Take the record in `path` (when it is this interpreter's); returns how many patterns."""
    try:
        key, stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return 0
    if key != KEY:
        return 0
    _stored.update(stored)
    return len(stored)


def install(directory: Path) -> None:
    """Build the patterns recorded in `directory` from the record from now on."""
    if os.environ.get("ANNOTATOR_REGEX_CACHE") == "0":
        return
    if load(directory / FILE):
        _compiler.compile = _compile


def record(directory: Path, warm: Callable[[], object]) -> int:
    """Record every pattern compiled while `warm()` runs (and not yet in `re`'s cache) into
    `directory`, each checked to build the same pattern as `re`; returns how many."""
    global _recording
    re.purge()
    _stored.clear()
    _recording = {}
    _compiler.compile = _compile
    try:
        warm()
        recorded, _recording = _recording, None
    finally:
        _recording = None
        _compiler.compile = _original
    for (pattern, flags), args in recorded.items():
        if _sre.compile(pattern, *args) != _original(pattern, flags):
            raise RuntimeError(f"the regex record differs from re: {pattern!r}")
    (directory / FILE).write_bytes(marshal.dumps((KEY, recorded)))
    return len(recorded)
