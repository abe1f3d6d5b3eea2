"""Per-annotator queues: reproducible, balanced overlap-N assignment, seeded order, reassign.

`sync(project)` makes every task of the project (the store's pushed tasks) held by `overlap`
active members, or by all of them when there are fewer:

1. tasks are visited in an order seeded by the project's seed; each task missing holders gets
   the active members with the fewest tasks (ties broken by a seeded member order);
2. then open tasks move from the most loaded member to the least loaded until their totals
   differ by at most one (a member who joins late gets their share of what is still open).

The same pushed tasks, members and seed give the same assignment. Each annotator sees their
tasks in their own order: position = a hash of (seed, email, task id). `reassign` takes a member
off the project and gives their open tasks to the others.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlmodel import select

from annotator import store
from annotator.desk import state
from annotator.errors import AnnotatorError
from annotator.labelstudio import credentials
from annotator.store.models import Project, PushedTask


def _h(*parts: Any) -> int:
    digest = hashlib.sha256(repr(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1  # fits SQLite's signed 64-bit integer


def position(seed: int, email: str, task_id: int) -> int:
    return _h("pos", seed, email, int(task_id))


def store_project(name: str) -> Project:
    """The store's row of annotation project `name` (the local server's, when pushed to several)."""
    import os

    with store.session() as s:
        rows = list(s.exec(select(Project).where(Project.name == name)).all())
    if not rows:
        raise AnnotatorError(f"no project '{name}' in the store; push it first")
    url = os.environ.get("LABEL_STUDIO_URL") or credentials.load().get("url")
    for row in rows:
        if row.backend_url.rstrip("/") == str(url or "").rstrip("/"):
            return row
    return rows[0]


def pushed_task_ids(project: Project) -> list[int]:
    with store.session() as s:
        return sorted(
            int(t)
            for t in s.exec(
                select(PushedTask.ls_task_id).where(PushedTask.project_id == project.id)
            )
        )


def add_member(project: str, email: str) -> None:
    with state.db() as conn:
        state.ensure_project(conn, project)
        conn.execute(
            "INSERT INTO members (project, email, active) VALUES (?, ?, 1) "
            "ON CONFLICT (project, email) DO UPDATE SET active=1",
            (project, email),
        )


def members(conn: sqlite3.Connection, project: str, active_only: bool = True) -> list[str]:
    sql = "SELECT email FROM members WHERE project=?" + (" AND active=1" if active_only else "")
    return sorted(str(r[0]) for r in conn.execute(sql, (project,)))


@dataclass
class SyncSummary:
    added: int = 0
    moved: int = 0
    dropped: int = 0  # open assignments of tasks no longer in the project


def sync(
    project: str, overlap: int | None = None, task_ids: list[int] | None = None
) -> SyncSummary:
    """Assign the project's tasks to its active members (see the module docstring)."""
    if task_ids is None or overlap is None:
        row = store_project(project)
        task_ids = pushed_task_ids(row) if task_ids is None else task_ids
        overlap = row.overlap if overlap is None else overlap
    out = SyncSummary()
    with state.db() as conn:
        seed = state.ensure_project(conn, project)["seed"]
        active = members(conn, project)
        live = set(task_ids)
        holders: dict[int, set[str]] = defaultdict(set)
        open_rows: dict[str, set[int]] = defaultdict(set)
        load: dict[str, int] = dict.fromkeys(active, 0)
        gone: list[tuple[str, int]] = []
        for email, tid, st in conn.execute(
            "SELECT email, task_id, state FROM assignment WHERE project=?", (project,)
        ):
            if tid not in live and st == "open":
                gone.append((email, tid))
                continue
            holders[tid].add(email)
            if email in load:
                load[email] += 1
                if st == "open":
                    open_rows[email].add(tid)
        conn.executemany(
            "DELETE FROM assignment WHERE project=? AND email=? AND task_id=?",
            [(project, e, t) for e, t in gone],
        )
        out.dropped = len(gone)
        if not active:
            return out
        tie = {e: _h("member", seed, e) for e in active}
        order = sorted(task_ids, key=lambda t: _h("task", seed, t))
        new: list[tuple[str, int]] = []
        want = max(1, int(overlap))
        for tid in order:
            have = holders[tid]
            if len(have) >= want:
                continue
            free = sorted((e for e in active if e not in have), key=lambda e: (load[e], tie[e]))
            for email in free[: want - len(have)]:
                have.add(email)
                load[email] += 1
                open_rows[email].add(tid)
                new.append((email, tid))
        moves = _level(active, load, open_rows, holders, order, tie)
        now = time.time()
        conn.executemany(
            "INSERT INTO assignment (project, email, task_id, pos, updated) VALUES (?, ?, ?, ?, ?)",
            [(project, e, t, position(seed, e, t), now) for e, t in new],
        )
        conn.executemany(
            "UPDATE assignment SET email=?, pos=?, updated=? "
            "WHERE project=? AND email=? AND task_id=? AND state='open'",
            [(dst, position(seed, dst, t), now, project, src, t) for src, dst, t in moves],
        )
        out.added, out.moved = len(new), len(moves)
    return out


def _level(
    active: list[str],
    load: dict[str, int],
    open_rows: dict[str, set[int]],
    holders: dict[int, set[str]],
    order: list[int],
    tie: dict[str, int],
) -> list[tuple[str, str, int]]:
    """Move open tasks from the most to the least loaded member until totals differ by <= 1."""
    rank = {t: i for i, t in enumerate(order)}
    moves: list[tuple[str, str, int]] = []
    stuck: set[str] = set()
    while True:
        givers = [e for e in active if e not in stuck]
        if len(givers) < 1:
            return moves
        hi = max(givers, key=lambda e: (load[e], tie[e]))
        lo = min(active, key=lambda e: (load[e], tie[e]))
        if load[hi] - load[lo] <= 1:
            return moves
        candidates = sorted(
            (t for t in open_rows[hi] if lo not in holders[t]), key=lambda t: -rank.get(t, 0)
        )
        if not candidates:
            stuck.add(hi)
            continue
        tid = candidates[0]
        open_rows[hi].discard(tid)
        open_rows[lo].add(tid)
        holders[tid].discard(hi)
        holders[tid].add(lo)
        load[hi] -= 1
        load[lo] += 1
        moves.append((hi, lo, tid))


def reassign(
    project: str, email: str, overlap: int | None = None, task_ids: list[int] | None = None
) -> SyncSummary:
    """Take `email` off `project` and give their open tasks to the other active members."""
    with state.db() as conn:
        if email not in members(conn, project, active_only=False):
            raise AnnotatorError(f"{email} is not a member of project '{project}' on the desk")
        conn.execute("UPDATE members SET active=0 WHERE project=? AND email=?", (project, email))
        freed = conn.execute(
            "DELETE FROM assignment WHERE project=? AND email=? AND state='open'", (project, email)
        ).rowcount
    out = sync(project, overlap, task_ids)
    out.dropped += freed
    return out


def next_task(project: str, email: str) -> int | None:
    """The annotator's next open task (lowest position), or None when the queue is empty."""
    with state.db() as conn:
        row = conn.execute(
            "SELECT task_id FROM assignment WHERE project=? AND email=? AND state='open' "
            "ORDER BY pos LIMIT 1",
            (project, email),
        ).fetchone()
    return int(row[0]) if row else None


def holds(project: str, email: str, task_id: int) -> str | None:
    """The state of `email`'s assignment of `task_id` (None when it is not theirs)."""
    with state.db() as conn:
        row = conn.execute(
            "SELECT state FROM assignment WHERE project=? AND email=? AND task_id=?",
            (project, email, task_id),
        ).fetchone()
    return str(row[0]) if row else None


def progress(project: str, email: str) -> dict[str, int]:
    """One annotator's own counts: done, skipped, open, total."""
    with state.db() as conn:
        rows = conn.execute(
            "SELECT state, count(*) FROM assignment WHERE project=? AND email=? GROUP BY state",
            (project, email),
        ).fetchall()
    counts = {str(r[0]): int(r[1]) for r in rows}
    out = {k: counts.get(k, 0) for k in ("done", "skipped", "open")}
    out["open"] += counts.get("pending", 0)
    out["total"] = sum(counts.values())
    return out


def projects_of(email: str) -> list[str]:
    with state.db() as conn:
        return sorted(
            str(r[0])
            for r in conn.execute(
                "SELECT project FROM members WHERE email=? AND active=1", (email,)
            )
        )


def team_progress(project: str) -> list[dict[str, Any]]:
    """Every member's progress (for the lead's `desk status`; never served by the desk)."""
    with state.db() as conn:
        everyone = members(conn, project, active_only=False)
        active = set(members(conn, project))
    return [{"email": e, "active": e in active, **progress(project, e)} for e in everyone]
