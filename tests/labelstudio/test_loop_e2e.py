"""The whole loop as a user runs it: split -> push (overlap 3) -> 3 annotators -> pull -> edits.

Runs the CLI against the real Label Studio; annotators are simulated accounts submitting through
the API (`annotator simulate`), and edits/deletes go through the API as those accounts.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import select

from annotator import store
from annotator.cli import main
from annotator.labelstudio.client import Backend
from annotator.store.models import Annotation, AnnotationRevision, Annotator, ClaimUnit

REPO = Path(__file__).resolve().parents[2]
SEED = next(
    (REPO / "seeds").glob("004_*.txt")
)  # the smallest seed by claims: keeps this under a minute


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code = main([*argv, "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def test_push_annotate_pull_edit_delete(db, ls_backend, capsys):
    split = run_json(capsys, "split", str(SEED))
    assert split["claims"] > 5 and not split["errors"]
    with store.session() as s:
        claims = {c.id for c in s.exec(select(ClaimUnit))}
    name = f"loop-{uuid.uuid4().hex[:10]}"

    pushed = run_json(capsys, "push", "--project", name, "--overlap", "3")
    assert (pushed["created"], pushed["updated"], pushed["unchanged"]) == (len(claims), 0, 0)
    ls_id = pushed["ls_project_id"]

    sim = run_json(capsys, "simulate", "--project", name, "--annotators", "3", "--seed", "1")
    assert sim["annotations"] == 3 * len(claims)

    first = run_json(capsys, "pull", "--project", name)
    assert (first["new"], first["updated"], first["deleted"], first["total"]) == (
        3 * len(claims),
        0,
        0,
        3 * len(claims),
    )
    with store.session() as s:
        anns = s.exec(select(Annotation)).all()
        people = {p.id: p for p in s.exec(select(Annotator))}
    assert Counter(a.claim_id for a in anns) == Counter({c: 3 for c in claims})
    assert all(len({a.annotator_id for a in anns if a.claim_id == c}) == 3 for c in claims)
    assert all(a.valid and a.simulated and people[a.annotator_id].simulated for a in anns)

    again = run_json(capsys, "push", "--project", name)
    assert again["created"] == 0 and again["unchanged"] == len(claims)
    assert Counter(r.claim_id for r in ls_backend.task_refs(ls_id)) == Counter(claims)

    # an annotator edits one annotation through the API: a new revision, the old one kept
    target = anns[0]
    email = people[target.annotator_id].email
    assert email is not None
    who = Backend.connect(as_user=email)
    old_value = (target.values or {})["checkworthy"]
    new_value = "no" if old_value == "yes" else "yes"
    result = [dict(r) for r in target.result or []]
    for region in result:
        if region["from_name"] == "checkworthy":
            region["value"] = {"choices": [new_value]}
    who.update_annotation(target.ls_annotation_id, result)
    edited = run_json(capsys, "pull", "--project", name)
    assert (edited["new"], edited["updated"], edited["deleted"]) == (0, 1, 0)
    with store.session() as s:
        revs = s.exec(
            select(AnnotationRevision).where(AnnotationRevision.annotation_id == target.id)
        ).all()
        current = s.get(Annotation, target.id)
    assert sorted((r.revision, (r.values or {}).get("checkworthy")) for r in revs) == [
        (1, old_value),
        (2, new_value),
    ]
    assert (
        current is not None
        and current.revision == 2
        and (current.values or {})["checkworthy"] == new_value
    )

    # another annotation is deleted
    victim = anns[1]
    victim_email = people[victim.annotator_id].email
    assert victim_email is not None
    Backend.connect(as_user=victim_email).delete_annotation(victim.ls_annotation_id)
    gone = run_json(capsys, "pull", "--project", name)
    assert (gone["new"], gone["updated"], gone["deleted"], gone["total"]) == (
        0,
        0,
        1,
        3 * len(claims) - 1,
    )

    # pulling twice: the second pull is all zeros
    assert main(["pull", "--project", name]) == 0
    capsys.readouterr()
    last = run_json(capsys, "pull", "--project", name)
    assert (last["new"], last["updated"], last["deleted"]) == (0, 0, 0)
    assert last["total"] == 3 * len(claims) - 1


def test_task_deleted_in_label_studio(db, ls_backend, capsys):
    """A task deleted in Label Studio: pull marks its annotations deleted, push sends it again."""
    split = run_json(capsys, "split", str(SEED))
    name = f"taskdel-{uuid.uuid4().hex[:10]}"
    pushed = run_json(capsys, "push", "--project", name, "--overlap", "2")
    ls_id = pushed["ls_project_id"]
    run_json(capsys, "simulate", "--project", name, "--annotators", "2", "--seed", "3")
    assert run_json(capsys, "pull", "--project", name)["total"] == 2 * split["claims"]

    with store.session() as s:
        victim = s.exec(select(Annotation)).first()
    assert victim is not None
    ls_backend._raw("DELETE", f"/api/tasks/{victim.ls_task_id}/")
    gone = run_json(capsys, "pull", "--project", name)
    assert (gone["tasks_deleted"], gone["deleted"], gone["new"]) == (1, 2, 0)
    assert gone["total"] == 2 * split["claims"] - 2
    with store.session() as s:
        rows = s.exec(select(Annotation).where(Annotation.ls_task_id == victim.ls_task_id)).all()
        revs = s.exec(
            select(AnnotationRevision).where(AnnotationRevision.annotation_id == victim.id)
        ).all()
    assert len(rows) == 2 and all(r.deleted for r in rows)
    assert [r.deleted for r in sorted(revs, key=lambda r: r.revision)] == [False, True]

    quiet = run_json(capsys, "pull", "--project", name)
    assert (quiet["tasks_deleted"], quiet["deleted"], quiet["total"]) == (0, 0, gone["total"])
    again = run_json(capsys, "push", "--project", name)
    assert (again["created"], again["unchanged"]) == (1, split["claims"] - 1)
    claim_ids = [r.claim_id for r in ls_backend.task_refs(ls_id)]
    assert len(claim_ids) == len(set(claim_ids)) == split["claims"]
    assert victim.claim_id in claim_ids  # the claim is back, once
