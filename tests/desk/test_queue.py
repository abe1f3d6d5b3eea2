"""Queues: balanced, reproducible overlap-N assignment, per-annotator order, late joiners,
reassignment; and desk logins (argon2, one-time invitations, signed sessions)."""

from __future__ import annotations

import sqlite3
from collections import Counter

import pytest

from annotator.desk import auth, queue, state
from annotator.errors import AnnotatorError

TASKS = list(range(1000, 1101))  # 101 tasks


def _rows(project: str) -> list[tuple[str, int, str]]:
    with state.db() as conn:
        return [
            (r[0], r[1], r[2])
            for r in conn.execute(
                "SELECT email, task_id, state FROM assignment WHERE project=? ORDER BY 1, 2",
                (project,),
            )
        ]


def _setup(project: str, emails: list[str], overlap: int) -> None:
    for e in emails:
        queue.add_member(project, e)
    queue.sync(project, overlap, TASKS)


def test_overlap_is_balanced_and_reproducible(annotator_home, monkeypatch):
    emails = [f"a{i}@example.org" for i in range(5)]
    _setup("p", emails, 3)
    rows = _rows("p")
    per_task = Counter(t for _, t, _ in rows)
    assert set(per_task.values()) == {3} and len(per_task) == len(TASKS)
    per_member = Counter(e for e, _, _ in rows)
    assert max(per_member.values()) - min(per_member.values()) <= 1  # 303 = 61+61+61+60+60
    assert len({(e, t) for e, t, _ in rows}) == len(rows)  # nobody holds a task twice

    monkeypatch.setenv("ANNOTATOR_HOME", str(annotator_home / "again"))
    _setup("p", list(reversed(emails)), 3)
    assert _rows("p") == rows  # same tasks, members, seed: same assignment

    orders = {e: [] for e in emails}
    for e in emails:
        while (t := queue.next_task("p", e)) is not None and len(orders[e]) < 5:
            orders[e].append(t)
            with state.db() as conn:
                conn.execute(
                    "UPDATE assignment SET state='done' WHERE project='p' AND email=? AND task_id=?",
                    (e, t),
                )
    assert len({tuple(o) for o in orders.values()}) > 1  # each annotator: own order
    assert queue.progress("p", emails[0])["done"] == 5


def test_late_joiner_and_reassign_keep_totals_balanced(annotator_home):
    _setup("q", ["a@x.org", "b@x.org"], 1)
    assert sorted(Counter(e for e, _, _ in _rows("q")).values()) == [50, 51]
    with state.db() as conn:  # a labels 10 before c joins
        conn.execute(
            "UPDATE assignment SET state='done' WHERE project='q' AND email='a@x.org' "
            "AND task_id IN (SELECT task_id FROM assignment WHERE project='q' AND "
            "email='a@x.org' ORDER BY pos LIMIT 10)"
        )
    queue.add_member("q", "c@x.org")
    queue.sync("q", 1, TASKS)
    load = Counter(e for e, _, _ in _rows("q"))
    assert sum(load.values()) == len(TASKS) and max(load.values()) - min(load.values()) <= 1
    done_before = {(e, t) for e, t, s in _rows("q") if s == "done"}

    out = queue.reassign("q", "b@x.org", 1, TASKS)
    rows = _rows("q")
    assert out.dropped > 0 and "b@x.org" not in {e for e, _, _ in rows}
    assert Counter(t for _, t, _ in rows) == dict.fromkeys(TASKS, 1)  # every task still held
    assert done_before <= {(e, t) for e, t, s in rows}  # done work never moves
    with pytest.raises(AnnotatorError, match="not a member"):
        queue.reassign("q", "z@x.org", 1, TASKS)


def test_invitation_is_one_time_and_passwords_are_argon2(annotator_home):
    token = auth.create_invite("ana@example.org", "p")
    assert auth.invite_email(token) == "ana@example.org"
    with pytest.raises(AnnotatorError, match="at least"):
        auth.accept_invite(token, "short")
    assert auth.accept_invite(token, "a long enough password") == "ana@example.org"
    with pytest.raises(AnnotatorError, match="used up"):
        auth.accept_invite(token, "another long password")
    assert auth.check_password("ana@example.org", "a long enough password")
    assert not auth.check_password("ana@example.org", "a long enough passwore")
    assert not auth.check_password("nobody@example.org", "a long enough password")
    raw = sqlite3.connect(state.path()).execute("SELECT pw_hash FROM users").fetchone()[0]
    assert raw.startswith("$argon2")
    assert token not in state.path().read_bytes().decode("latin-1")  # only its hash is kept
    assert oct(state.path().stat().st_mode & 0o777) == "0o600"

    cookie = auth.make_session("ana@example.org")
    sess = auth.read_session(cookie)
    assert sess and sess["e"] == "ana@example.org"
    assert auth.read_session(cookie[:-2] + ("A" if cookie[-2] != "A" else "B") + cookie[-1]) is None
    assert (
        auth.csrf_ok(sess, sess["c"])
        and not auth.csrf_ok(sess, "x")
        and not auth.csrf_ok(sess, None)
    )
