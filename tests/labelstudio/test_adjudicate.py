"""annotator.labelstudio.adjudicate: the adjudication task view, and the round trip through the real Label
Studio: split -> push -> simulate -> pull -> adjudicate -> an adjudicator labels -> pull ->
dataset, where the adjudicated labels are the gold.
"""

from __future__ import annotations

import json
import time
import uuid

import pytest
from sqlmodel import select

from annotator import store
from annotator.cli import main
from annotator.labelstudio.adjudicate import (
    LABELS_VIEW,
    adjudicate,
    adjudication_config,
    labels_html,
)
from annotator.labelstudio.labelconfig import label_config
from annotator.schema import load_schema
from annotator.store.models import Annotation, Project, PushedTask


def test_config_is_the_schema_config_plus_the_labels_view():
    from label_studio_sdk.label_interface import LabelInterface

    schema = load_schema()
    xml = adjudication_config(schema)
    LabelInterface(xml).validate()
    plain = label_config(schema)
    for lf in schema.label_fields:
        assert f'name="{lf.key}"' in xml
    assert f'<HyperText name="{LABELS_VIEW}" value="$labels_html" inline="true"' in xml
    # the labels come after the claim and before the first field's title and control
    assert (
        xml.index("$meta_html") < xml.index("$labels_html") < xml.index('name="stance_us_taliban"')
    )
    assert xml.index("$labels_html") < xml.index(schema.label_fields[0].title)
    assert len(xml) > len(plain) and ".ann-labels" in xml


def test_labels_html_escapes_and_marks_disagreement():
    schema = load_schema()
    labels = {
        "stance_us_taliban": {"ann-a": "support", "ann-b": "refute"},
        "source_reliability": {"ann-a": "B", "ann-b": "F"},  # F is not a label: no disagreement
        "rationale": {"ann-b": "<img src=x onerror=alert(1)> & co"},
    }
    out = labels_html(schema, labels)
    assert "<img" not in out and "&lt;img src=x onerror=alert(1)&gt; &amp; co" in out
    assert out.count('class="disagree"') == 1
    assert "B - Usually reliable" in out and "F - Reliability cannot be judged" in out
    assert "<th>ann-a</th><th>ann-b</th>" in out
    assert "Information credibility" in out  # a field nobody labelled still gets its row


@pytest.mark.labelstudio
def test_adjudication_round_trip(db, seeds, make_annotators, capsys):
    from annotator.agreement.audit import audit
    from annotator.datasets.dataset import build_dataset, get_version, iter_items
    from annotator.labelstudio import pull, push, simulate
    from annotator.labelstudio.client import Backend
    from annotator.split.pipeline import split_paths

    started = time.monotonic()
    smallest = min(seeds.glob("*.txt"), key=lambda p: p.stat().st_size)  # 25 claim units
    split_paths([smallest])
    project = f"adj-{uuid.uuid4().hex[:8]}"
    push.push(project, overlap=3)
    simulate.simulate(project, annotators=3, accuracy=0.6, seed=5)
    pull.pull(project)
    before = audit(project, bootstrap=0, include_simulated=True)
    looped = time.monotonic()

    first = adjudicate(project, include_simulated=True)
    name = f"{project}-adjudication"
    assert first["project"] == name and first["parent"] == project
    assert first["items"] > 0 and first["created"] == first["items"] and first["skipped"] == 0
    scores = [c["score"] for c in first["claims"]]
    assert scores == sorted(scores, reverse=True)
    with store.session() as s:
        row = s.exec(select(Project).where(Project.name == name)).one()
        assert (row.kind, row.parent, row.overlap) == ("adjudication", project, 1)
        pushed = s.exec(select(PushedTask).where(PushedTask.project_id == row.id)).all()
        assert len(pushed) == first["created"]

    # An adjudicator labels five tasks, choosing values no annotator gave, so that the gold can
    # only come from the adjudication.
    schema = load_schema()
    judge = Backend.connect(as_user=make_annotators(1, prefix="judge")[0])
    decided: dict[str, dict[str, str]] = {}
    for n in range(5):
        task = judge.next_task(row.ls_project_id)
        assert task is not None
        data = task["data"]
        cid = data["claim_id"]
        if n == 0:
            assert cid == first["claims"][0]["claim_id"]  # the most disagreed claim first
        assert 'class="disagree"' in data["labels_html"] and "ann-" in data["labels_html"]
        given = {
            lf.key: {a.values.get(lf.key) for a in annotations_of(project, cid)}
            for lf in schema.choice_fields
        }
        values = {
            lf.key: next((c for c in lf.categories if c not in given[lf.key]), lf.categories[0])
            for lf in schema.choice_fields
        }
        judge.create_annotation(int(task["id"]), schema.result_for(values))
        decided[cid] = values

    summary = pull.pull(name)
    assert summary.new == 5 and summary.invalid == 0
    with store.session() as s:
        rows = s.exec(select(Annotation).where(Annotation.project_id == row.id)).all()
    assert len(rows) == 5 and all(a.adjudicated and a.valid for a in rows)
    assert {a.claim_id for a in rows} == set(decided)
    assert (
        audit(project, bootstrap=0, include_simulated=True)["n_annotations"]
        == before["n_annotations"]
    )

    dataset = f"gold-{uuid.uuid4().hex[:8]}"
    build_dataset(dataset, project=project, include_simulated=True)
    with store.session() as s:
        version = get_version(s, dataset)
        items = {i.claim_id: i for i in iter_items(s, version.id)}  # type: ignore[arg-type]
    for cid, values in decided.items():
        gold = items[cid].gold or {}
        for key, value in values.items():
            assert gold[key]["label"] == value and gold[key]["source"] == "adjudication", (cid, key)
    other = next(i for c, i in items.items() if c not in decided)
    assert all(g["source"] != "adjudication" for g in (other.gold or {}).values() if g)

    # Adjudicating again adds nothing (the CLI, as a user runs it).
    assert (
        main(["adjudicate", "--project", project, "--format", "json", "--include-simulated"]) == 0
    )
    again = json.loads(capsys.readouterr().out)
    assert again["created"] == 0 and again["updated"] == 0
    assert again["unchanged"] == first["created"] and again["items"] == first["items"]
    assert again["withdrawn"] == 0

    # A higher threshold withdraws the tasks of claims below it, except the adjudicated ones.
    scores = sorted({c["score"] for c in first["claims"]})
    threshold = scores[len(scores) // 2]
    below = {c["claim_id"] for c in first["claims"] if c["score"] < threshold}
    assert below and below - set(decided)
    fewer = adjudicate(project, min_disagreement=threshold, include_simulated=True)
    assert fewer["items"] == first["items"] - len(below)
    assert fewer["withdrawn"] == len(below - set(decided))
    claim_ids = [r.claim_id for r in judge.task_refs(row.ls_project_id)]
    assert set(claim_ids) == {c["claim_id"] for c in fewer["claims"]} | (below & set(decided))
    assert pull.pull(name).tasks_deleted == 0  # the store forgot them too
    assert main(["adjudicate", "--project", name]) == 1
    assert capsys.readouterr().err.strip().splitlines()[-1] == (
        f"Error: '{name}' is an adjudication project; adjudicate '{project}' instead"
    )
    print(
        f"loop {looped - started:.0f} s, adjudication {time.monotonic() - looped:.0f} s, "
        f"{first['items']} disagreed claims"
    )


def annotations_of(project: str, claim_id: str) -> list[Annotation]:
    with store.session() as s:
        proj = s.exec(select(Project).where(Project.name == project)).one()
        return list(
            s.exec(
                select(Annotation).where(
                    Annotation.project_id == proj.id, Annotation.claim_id == claim_id
                )
            ).all()
        )
