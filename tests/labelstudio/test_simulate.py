"""annotator.labelstudio.simulate: the hidden truth and the confusion model (pure), and a real run."""

from __future__ import annotations

import json
import uuid
from collections import Counter

import pytest
from sqlmodel import select
from synthetic_claims import add_claims

from annotator import store
from annotator.cli import main
from annotator.errors import AnnotatorError
from annotator.labelstudio.pull import pull
from annotator.labelstudio.push import push
from annotator.labelstudio.simulate import answer, parse_accuracies, truth_for
from annotator.schema import load_schema
from annotator.store.models import Annotation, Annotator

SCHEMA = load_schema()
CLAIMS = [f"c{i}" for i in range(3000)]


def test_truth_is_seeded_per_claim_and_never_missing():
    t = truth_for(SCHEMA, "c1", seed=0)
    assert t == truth_for(SCHEMA, "c1", seed=0) != truth_for(SCHEMA, "c1", seed=1)
    for lf in SCHEMA.label_fields:
        if lf.is_text:
            assert t[lf.key] is None
    values = Counter(truth_for(SCHEMA, c, 0)["source_reliability"] for c in CLAIMS)
    assert set(values) == {"A", "B", "C", "D", "E"}  # F ("cannot be judged") is never the truth
    assert min(values.values()) > 450  # uniform


@pytest.mark.parametrize("accuracy", [1.0, 0.8, 0.5])
def test_answers_match_accuracy_and_wrong_ones_are_plausible(accuracy):
    right = total = missing = 0
    for c in CLAIMS:
        truth = truth_for(SCHEMA, c, 0)
        got = answer(SCHEMA, truth, c, 1, accuracy, 0)
        assert answer(SCHEMA, truth, c, 1, accuracy, 0) == got  # deterministic
        for lf in SCHEMA.choice_fields:
            total += 1
            if got[lf.key] == truth[lf.key]:
                right += 1
                continue
            if got[lf.key] in lf.missing:
                missing += 1
                continue
            assert got[lf.key] in lf.categories
            if lf.level == "ordinal":  # a neighbour
                cats = lf.categories
                assert abs(cats.index(got[lf.key]) - cats.index(str(truth[lf.key]))) == 1
    assert abs(right / total - accuracy) < 0.02
    if accuracy < 1:
        assert missing > 0


def test_accuracies_parsing():
    assert parse_accuracies("0.9,0.7, 0.5") == [0.9, 0.7, 0.5]
    assert parse_accuracies(None) is None
    with pytest.raises(AnnotatorError, match="--accuracies"):
        parse_accuracies("0.9,high")


def test_simulate_respects_overlap_through_the_api(db, tmp_path, capsys):
    ids = add_claims(6)
    name = f"sim-{uuid.uuid4().hex[:10]}"
    push(name, overlap=2)
    truth = tmp_path / "truth.jsonl"
    assert (
        main(
            [
                "simulate",
                "--project",
                name,
                "--annotators",
                "3",
                "--accuracies",
                "1,1,0",
                "--seed",
                "4",
                "--truth-out",
                str(truth),
                "--format",
                "json",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["annotations"] == 12 and out["tasks"] == 6 and out["annotators"] == 3
    lines = [json.loads(x) for x in truth.read_text().splitlines()]
    assert sorted(x["claim_id"] for x in lines) == sorted(ids)
    assert set(lines[0]) == {"claim_id", *(lf.key for lf in SCHEMA.label_fields)}

    summary = pull(name)
    assert summary.new == 12 and summary.invalid == 0
    with store.session() as s:
        anns = s.exec(select(Annotation)).all()
        people = {p.id: p for p in s.exec(select(Annotator))}
    assert Counter(a.claim_id for a in anns) == Counter({c: 2 for c in ids})
    assert all(a.simulated and people[a.annotator_id].simulated for a in anns)
    assert {people[a.annotator_id].email for a in anns} <= {
        f"sim-{i}@simulated.annotator" for i in (1, 2, 3)
    }
    # accuracy 1 annotators agree with the written truth
    by_claim = {x["claim_id"]: x for x in lines}
    perfect = {
        p.id
        for p in people.values()
        if p.email in ("sim-1@simulated.annotator", "sim-2@simulated.annotator")
    }
    for a in anns:
        if a.annotator_id in perfect:
            assert all(by_claim[a.claim_id][k] == v for k, v in (a.values or {}).items())


def test_wrong_number_of_accuracies_is_an_error(db, capfd):
    assert main(["simulate", "--project", "x", "--annotators", "2", "--accuracies", "0.9"]) == 1
    assert capfd.readouterr().err.strip() == "Error: --accuracies gives 1 values for 2 annotators"
