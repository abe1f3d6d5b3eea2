"""Per-task agreement in Label Studio's Data Manager (issue 11): `pull` writes an `agreement`
column leads can sort and filter on, only where it changed, without new annotation revisions,
duplicates, or a pull that never settles; against the real Label Studio."""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import func, select
from synthetic_claims import add_claims

from annotator import store
from annotator.labelstudio.client import Backend
from annotator.labelstudio.flags import flag
from annotator.labelstudio.pull import pull
from annotator.labelstudio.push import push
from annotator.schema import load_schema
from annotator.store.models import Annotation, AnnotationRevision

pytestmark = pytest.mark.labelstudio

A = {"stance_us_taliban": "support", "source_reliability": "B", "credibility": "2",
     "checkworthy": "yes"}  # fmt: skip


def test_flag_values() -> None:
    schema = load_schema()
    assert flag(schema, {}) == "waiting: 0 labels"
    assert flag(schema, {"x": A}) == "waiting: 1 label"
    assert flag(schema, {"x": A, "y": dict(A)}) == "1.00 agree"
    assert flag(schema, {"x": A, "y": {**A, "credibility": "6"}}) == "1.00 agree"  # not a vote
    three = {"x": A, "y": A, "z": {**A, "stance_us_taliban": "refute", "checkworthy": "no"}}
    assert flag(schema, three) == "0.33 disagree: stance_us_taliban, checkworthy"


def test_pull_writes_the_agreement_column_once(db, ls_backend, make_annotators):
    add_claims(3)
    name = f"flags-{uuid.uuid4().hex[:8]}"
    ls_id = push(name, overlap=2).ls_project_id
    schema = load_schema()
    refs = {r.claim_id: r.id for r in ls_backend.task_refs(ls_id)}
    agree, split, alone = (refs[c] for c in sorted(refs))
    before = {t: ls_backend.get_task(t)["data"] for t in (agree, split, alone)}
    e1, e2 = make_annotators(2, "flag")
    one, two = Backend.connect(as_user=e1), Backend.connect(as_user=e2)
    for tid, second in ((agree, A), (split, {**A, "stance_us_taliban": "refute"})):
        one.create_annotation(tid, schema.result_for(A))
        two.create_annotation(tid, schema.result_for(second))
    one.create_annotation(alone, schema.result_for(A))

    first = pull(name)
    assert first.new == 5 and first.flagged == 3
    data = {t: ls_backend.get_task(t)["data"] for t in (agree, split, alone)}
    assert data[agree]["agreement"] == "1.00 agree"
    assert data[split]["agreement"] == "0.00 disagree: stance_us_taliban"
    assert data[alone]["agreement"] == "waiting: 1 label"
    for t in data:  # the rest of the task's data is kept as pushed
        assert {k: v for k, v in data[t].items() if k != "agreement"} == before[t]

    # leads see it as a Data Manager column, in the "Claims" tab, and can filter on it
    cols = ls_backend._get("columns", "/api/dm/columns/", {"project": ls_id})["columns"]
    assert "agreement" in {c["id"] for c in cols if c.get("parent") == "data"}
    [view] = ls_backend._get("views", "/api/dm/views/", {"project": ls_id})
    assert "tasks:data.agreement" not in view["data"]["hiddenColumns"]["explore"]
    flt = [{"filter": "filter:tasks:data.agreement", "operator": "contains",
            "type": "String", "value": "disagree"}]  # fmt: skip
    hits = ls_backend._task_page(ls_id, "id", flt, "tasks:id", 1)
    assert [int(h["id"]) for h in hits] == [split]

    # the writes moved updated_at: the next pull reads those tasks again but stores nothing
    # and writes nothing, and the one after that settles too
    second = pull(name)
    assert second.new == second.updated == second.flagged == 0
    assert second.cursor == first.cursor  # the cursor already stood past its own writes
    assert pull(name).flagged == 0
    with store.session() as s:
        assert s.exec(select(func.count()).select_from(Annotation)).one() == 5
        assert s.exec(select(func.count()).select_from(AnnotationRevision)).one() == 5
    lists = [ls_backend.task_annotations(t) for t in (agree, split, alone)]
    assert [len(a) for a in lists] == [2, 2, 1]  # no annotation duplicated

    # a new label changes the flag on the next pull, and only that task is written
    two.create_annotation(alone, schema.result_for({**A, "checkworthy": "no"}))
    third = pull(name)
    assert third.new == 1 and third.flagged == 1
    assert ls_backend.get_task(alone)["data"]["agreement"] == "0.00 disagree: checkworthy"

    # data that is not what push last sent (someone, or a push, changed it) is never
    # overwritten: the column waits for the next push/pull round
    edited = {**before[agree], "outlet": "Edited by hand"}
    ls_backend.update_task(agree, edited)
    three = make_annotators(1, "flag")[0]
    Backend.connect(as_user=three).create_annotation(agree, schema.result_for({**A, "credibility": "1"}))  # fmt: skip
    fourth = pull(name)
    assert fourth.new == 1 and fourth.flagged == 0
    assert ls_backend.get_task(agree)["data"] == edited


def test_simulated_labels_count_in_the_column_only_when_asked(db, ls_backend):
    from annotator.labelstudio.simulate import simulate

    add_claims(2)
    name = f"flags-sim-{uuid.uuid4().hex[:8]}"
    ls_id = push(name, overlap=2).ls_project_id
    simulate(name, annotators=2, accuracy=0.9, seed=3)
    tasks = [r.id for r in ls_backend.task_refs(ls_id)]

    assert pull(name).new == 4  # stored, but a demo's labels are not agreement data
    assert {ls_backend.get_task(t)["data"]["agreement"] for t in tasks} == {"waiting: 0 labels"}
    opted = pull(name, include_simulated=True)
    assert opted.new == 0 and opted.flagged == 2
    values = [ls_backend.get_task(t)["data"]["agreement"] for t in tasks]
    assert all(v.endswith("agree") or " disagree: " in v for v in values)
