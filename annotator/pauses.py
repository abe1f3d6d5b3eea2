"""Pause points: a stage stops at a named moment until the process that started it says go.

Fault and concurrency tests need to kill a server or a process at a moment they know (after the
second committed chunk of a push, between an import and its commit) and need two runs to be
mid-way at once. `ANNOTATOR_PAUSE_AT` names the moments: `"push.recorded:2"`, several passes
`"push.recorded:2,3"`, several points `"push.imported:1;pull.page:4"`. At such a pass of
`pause(point)` the process writes `paused POINT N` as one line on stderr and waits for one line
on stdin; end of input lets it go on for good. Unset (always, outside tests), `pause` only
counts.

Points: `push.imported` (a chunk imported into Label Studio, not yet recorded), `push.recorded`
(its PushedTask rows committed), `pull.applied` (a page and its cursor written, the transaction
and the store's write lock still open), `pull.page` (that transaction committed), `split.shard`
(`split --out`'s driver has a shard's result, its done marker written; the clustering not begun).
"""

from __future__ import annotations

import os
import sys

ENV = "ANNOTATOR_PAUSE_AT"

_passes: dict[str, int] = {}


def planned(spec: str) -> dict[str, set[int]]:
    """`"a:1,2;b:3"` -> {"a": {1, 2}, "b": {3}}."""
    out: dict[str, set[int]] = {}
    for part in spec.split(";"):
        point, _, passes = part.strip().partition(":")
        if point:
            out.setdefault(point, set()).update(int(n) for n in passes.split(",") if n.strip())
    return out


def pause(point: str) -> None:
    """Count a pass of `point`; at a planned one, say so on stderr and wait for stdin."""
    n = _passes[point] = _passes.get(point, 0) + 1
    spec = os.environ.get(ENV)
    if not spec or n not in planned(spec).get(point, ()):
        return
    sys.stderr.write(f"paused {point} {n}\n")
    sys.stderr.flush()
    sys.stdin.readline()
