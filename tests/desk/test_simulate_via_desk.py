"""`simulate --via-desk`: simulated annotators label the real splitter's claims through the desk
over HTTP; Label Studio receives exactly their answers, `pull` stores them with lead times, and
`audit` reports the agreement of items labelled with a visible suggestion separately."""

from __future__ import annotations

import uuid

import pytest
from conftest import split_document
from sqlmodel import select

from annotator import store
from annotator.agreement.audit import audit
from annotator.labelstudio.pull import project_schema, pull
from annotator.labelstudio.push import push
from annotator.labelstudio.simulate import answer, simulate, truth_for
from annotator.store.models import Annotation, Annotator, Project

pytestmark = pytest.mark.labelstudio


def test_simulate_via_desk_labels_each_queue_once(db, ls_backend, tmp_path):
    split_document(tmp_path)
    project = f"simdesk-{uuid.uuid4().hex[:8]}"
    pushed = push(project, overlap=2, suggest=["checkworthy"])
    # leads get a Data Manager tab with readable columns instead of the raw HTML ones
    [view] = ls_backend._get("views", "/api/dm/views/", {"project": pushed.ls_project_id})
    hidden = view["data"]["hiddenColumns"]["explore"]
    assert view["data"]["title"] == "Claims" and "tasks:data.context_html" in hidden
    assert not {"tasks:data.speaker", "tasks:data.outlet", "tasks:data.cluster_id"} & set(hidden)
    # each page marks the claim in its paragraph, with the splitter's speaker and content spans
    from annotator.desk.queue import pushed_task_ids, store_project
    from annotator.desk.tasks import load_task
    from annotator.store.models import ClaimUnit

    row = store_project(project)
    spans = 0
    for tid in pushed_task_ids(row):
        view = load_task(row, tid)
        assert view is not None and view.context[view.start :].startswith(view.text)
        with store.session() as s:
            claim = s.get(ClaimUnit, view.claim_id)
        kinds = {k: view.context[a:b] for a, b, k in view.spans}
        assert "content" in kinds
        if claim.speaker_start is not None:
            doc = view.document_text
            assert kinds["speaker"] == doc[claim.speaker_start : claim.speaker_end]
            spans += 1
    assert spans >= 2  # the splitter found speakers in this document

    summary = simulate(project, annotators=2, accuracy=0.7, seed=3, via_desk=True)
    assert summary.annotations == 20 and summary.tasks == 10
    assert sorted(summary.per_annotator.values()) == [10, 10]

    assert pull(project).new == 20
    with store.session() as s:
        proj = s.exec(select(Project).where(Project.name == project)).one()
        rows = s.exec(
            select(Annotation, Annotator.email).join(
                Annotator, Annotator.id == Annotation.annotator_id
            )
        ).all()
    schema = project_schema(proj)
    for ann, email in rows:
        i = int(email.split("@")[0].rsplit("-", 1)[1])
        want = answer(schema, truth_for(schema, ann.claim_id, 3), ann.claim_id, i, 0.7, 3)
        assert {k: ann.values[k] for k in want} == want
        assert ann.valid and ann.lead_time is not None and ann.lead_time >= 0

    # the audit splits agreement by whether the suggestion was visible (only where it was)
    report = audit(project, bootstrap=0, include_simulated=True)
    fields = {f["field"]: f for f in report["fields"]}
    [with_s] = fields["checkworthy"]["groups"]["suggestion"]
    assert with_s["group"] == "with suggestion" and with_s["n_items"] == 10
    assert fields["stance_us_taliban"]["groups"]["suggestion"] is None
