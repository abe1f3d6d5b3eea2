"""annotator.agreement.audit: per-field agreement from the store, checked against `krippendorff`, the HTML
report in headless Chromium, the CLI as a user runs it, and alpha on a simulated project.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

import krippendorff
import numpy as np
import pytest

from annotator import store
from annotator.agreement.audit import audit, rank_items
from annotator.cli import main
from annotator.schema import load_schema, schema_from_dict
from annotator.store.models import Annotation, Annotator, ClaimUnit, Document, Project, Source

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HOSTILE = "Officials said <script>alert(1)</script> & 40 people were evacuated."
FIELDS = ("stance", "source_reliability", "credibility")
ANNOTATORS = [f"ann-00000000000{i}" for i in range(1, 5)]


def three_field_schema() -> Any:
    data = load_schema().canonical()
    data["fields"] = [f for f in data["fields"] if f["name"] in FIELDS]
    return schema_from_dict(data)


def seed_store(
    project: str = "demo", n_claims: int = 40, seed: int = 7
) -> dict[str, dict[str, dict[str, str]]]:
    """Claims labelled by four annotators (with gaps, F/6, and rows the audit must ignore).

    Returns what the audit should count: field -> claim -> annotator -> value.
    """
    schema = three_field_schema()
    rng = random.Random(seed)
    expected: dict[str, dict[str, dict[str, str]]] = {lf.key: {} for lf in schema.label_fields}
    with store.session() as s:
        proj = Project(
            name=project,
            backend_url="http://ls.test",
            ls_project_id=1,
            label_schema=schema.canonical(),
        )
        s.add(proj)
        s.add(Source(id="s1", name="Example Times"))
        s.add(Source(id="s2", name="Daily <Planet> & Co"))
        for a in [*ANNOTATORS, "ann-ghost"]:
            s.add(Annotator(id=a, backend_url="http://ls.test", ls_user_id=len(a)))
        s.flush()
        for d in range(4):
            s.add(Document(id=f"d{d}", source_id=f"s{d % 2 + 1}", text="x", title=f"Doc {d}"))
        ls_id = 0
        for i in range(n_claims):
            cid = f"c{i:03d}"
            text = HOSTILE if i == 0 else f"Claim number {i} about the evacuation."
            speaker = None if i % 3 == 0 else ("Officials" if i % 3 == 1 else "Taliban spokesman")
            s.add(
                ClaimUnit(
                    id=cid,
                    document_id=f"d{i % 4}",
                    text=text,
                    start=0,
                    end=len(text),
                    speaker=speaker,
                )
            )
            truth = {lf.key: rng.choice(lf.categories) for lf in schema.label_fields}
            for a in ANNOTATORS:
                if rng.random() < 0.15:
                    continue  # this annotator did not see the claim
                values = {}
                for lf in schema.label_fields:
                    r = rng.random()
                    if r < 0.7:
                        values[lf.key] = truth[lf.key]
                    elif r < 0.8 and lf.missing:
                        values[lf.key] = sorted(lf.missing)[0]
                    else:
                        values[lf.key] = rng.choice(lf.categories)
                ls_id += 1
                if i % 5 == 0:  # an older annotation of the same claim by the same annotator
                    stale = {k: rng.choice(schema.label_field(k).categories) for k in values}
                    s.add(ann(proj.id, cid, a, stale, ls_id))
                    ls_id += 1
                s.add(ann(proj.id, cid, a, values, ls_id))
                for k, v in values.items():
                    expected[k].setdefault(cid, {})[a] = v
            # rows the audit must not count: invalid, deleted, adjudicated
            noise = {lf.key: rng.choice(lf.categories) for lf in schema.label_fields}
            for flags in ({"valid": False}, {"deleted": True}, {"adjudicated": True}):
                ls_id += 1
                s.add(ann(proj.id, cid, "ann-ghost", noise, ls_id, **flags))
    return expected


def ann(
    project_id: int | None, cid: str, who: str, values: dict[str, str], ls_id: int, **flags: Any
) -> Annotation:
    assert project_id is not None
    return Annotation(
        project_id=project_id, claim_id=cid, ls_task_id=ls_id, ls_annotation_id=ls_id,
        annotator_id=who, values=values, **flags,
    )  # fmt: skip


def reference_alpha(by_claim: dict[str, dict[str, str]], level: str, order: list[str]) -> float:
    """`krippendorff.alpha` on the same labels: annotators x claims, missing values as NaN."""
    claims = sorted(by_claim)
    code = {v: float(i) for i, v in enumerate(order)}
    data = np.full((len(ANNOTATORS), len(claims)), np.nan)
    for j, c in enumerate(claims):
        for i, a in enumerate(ANNOTATORS):
            value = by_claim[c].get(a)
            if value in code:
                data[i, j] = code[value]
    return float(
        krippendorff.alpha(
            reliability_data=data,
            level_of_measurement=level,
            value_domain=list(code.values()),
        )
    )


# --- store only -----------------------------------------------------------------------------


def test_alpha_per_field_matches_krippendorff_at_the_field_level(tmp_path):
    expected = seed_store()
    schema = three_field_schema()
    result = audit("demo", bootstrap=200, seed=3)
    json.dumps(result, allow_nan=False)  # JSON-safe
    assert result["project"] == "demo"
    assert result["n_annotators"] == len(ANNOTATORS)
    by_key = {f["field"]: f for f in result["fields"]}
    assert list(by_key) == ["stance_us_taliban", "source_reliability", "credibility"]
    levels = {
        "stance_us_taliban": "nominal",
        "source_reliability": "ordinal",
        "credibility": "ordinal",
    }
    for key, level in levels.items():
        lf = schema.label_field(key)
        f = by_key[key]
        assert f["level"] == level
        want = reference_alpha(expected[key], level, lf.categories)
        assert f["alpha"] == pytest.approx(want, abs=1e-9), key
        low, high = f["alpha_ci"]
        assert low <= f["alpha"] <= high
        assert f["n_annotators"] == 4 and f["n_items"] == len(expected[key])
        assert {row["annotator"] for row in f["per_annotator"]} == set(ANNOTATORS)
        assert len(f["agreement_matrix"]) == 4
        assert f["groups"]["outlet"] and f["groups"]["speaker"]
        assert {g["group"] for g in f["groups"]["outlet"]} == {
            "Example Times",
            "Daily <Planet> & Co",
        }
        # a claim without a speaker is grouped under its outlet
        assert {"Officials", "Taliban spokesman", "Example Times"} <= {
            g["group"] for g in f["groups"]["speaker"]
        }
    # F and 6 are not labels: counted as missing, not in the categories
    assert "F" not in by_key["source_reliability"]["categories"]
    assert by_key["source_reliability"]["n_missing"] > 0 and by_key["credibility"]["n_missing"] > 0
    assert (
        result["adjudication"]
        and result["adjudication"][0]["score"] >= result["adjudication"][-1]["score"]
    )
    texts = {d["item"]: d["text"] for f in result["fields"] for d in f["disagreements"]}
    assert all(t is not None for t in texts.values())


def test_fields_filter_and_errors(capsys):
    seed_store()
    only = audit("demo", bootstrap=0, fields=["credibility"])
    assert [f["field"] for f in only["fields"]] == ["credibility"]
    assert only["fields"][0]["alpha_ci"] is None
    assert main(["audit", "--project", "nope"]) == 1
    assert capsys.readouterr().err.strip().splitlines()[-1] == "Error: no project named 'nope'"
    assert main(["audit", "--project", "demo", "--field", "stance"]) == 1
    assert capsys.readouterr().err.strip().splitlines()[-1] == (
        "Error: no choice field stance in project 'demo' "
        "(fields: stance_us_taliban, source_reliability, credibility)"
    )


def test_rank_items_threshold_and_order():
    seed_store()
    from annotator.agreement.audit import load, resolve

    with store.session() as s:
        proj, schema = resolve(s, "demo")
        data = load(s, proj, schema)
    ranked = rank_items(data)
    scores = [e["score"] for e in ranked]
    assert scores == sorted(scores, reverse=True) and all(x > 0 for x in scores)
    strict = rank_items(data, min_disagreement=1.0)
    assert len(strict) < len(ranked)
    assert all(e["score"] >= 1.0 for e in strict)
    first = ranked[0]
    for key, f in first["fields"].items():
        assert len(set(f["labels"].values()) - schema.label_field(key).missing) > 1


def test_cli_json_and_table(capsys, tmp_path):
    seed_store()
    assert main(["audit", "--project", "demo", "--format", "json", "--bootstrap", "50"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["fields"][0]["field"] == "stance_us_taliban"
    assert main(["audit", "--project", "demo", "--bootstrap", "50"]) == 0
    table = capsys.readouterr().out
    for text in ("stance_us_taliban", "source_reliability", "credibility", "ordinal", "Gwet"):
        assert text in table


@pytest.mark.browser
def test_html_report_is_escaped_and_renders_in_chromium(tmp_path):
    seed_store()
    page = tmp_path / "out" / "audit.html"
    audit("demo", html=page, bootstrap=200)
    assert [p.name for p in page.parent.iterdir()] == ["audit.html"]  # no temp file left
    text = page.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in text and "<script" not in text.lower()
    assert "Officials said &lt;script&gt;alert(1)&lt;/script&gt; &amp; 40 people" in text
    assert "outlet: Daily &lt;Planet&gt; &amp; Co" in text and "speaker: Officials" in text

    assert Path(CHROMIUM).exists(), "headless Chromium is needed: apt-get install -y chromium"
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "audit.png"
    shot.unlink(missing_ok=True)
    args = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]  # fmt: skip
    dom = subprocess.run(
        [*args, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120
    )
    assert dom.stdout.count('<section class="field"') == 3
    assert "<script" not in dom.stdout.lower()
    result = subprocess.run(
        [*args, f"--screenshot={shot}", "--window-size=1280,2400", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert shot.exists(), result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
    shutil.copy(page, ARTIFACTS / "audit.html")


# --- the "done when": alpha falls with the simulated accuracy (real Label Studio) -----


@pytest.mark.labelstudio
def test_alpha_falls_as_simulated_accuracy_falls(db, seeds, capsys):
    from annotator.labelstudio import pull, push, simulate
    from annotator.split.pipeline import split_paths

    started = time.monotonic()
    split_paths(sorted(seeds.glob("*.txt"))[:1])  # 38 claim units: alpha ~0.9 vs ~0.1
    alphas = {}
    for accuracy in (0.95, 0.6):
        project = f"audit-{int(accuracy * 100)}-{uuid.uuid4().hex[:8]}"
        push.push(project, overlap=3)
        simulate.simulate(project, annotators=3, accuracy=accuracy, seed=11)
        pull.pull(project)
        result = audit(project, bootstrap=200, include_simulated=True)
        stance = next(f for f in result["fields"] if f["field"].startswith("stance"))
        assert stance["level"] == "nominal" and stance["n_annotators"] == 3
        alphas[accuracy] = stance
        # every field falls, not only stance
        assert main(["audit", "--project", project, "--bootstrap", "0", "--include-simulated"]) == 0
        assert project in capsys.readouterr().out
    high, low = alphas[0.95], alphas[0.6]
    print(f"stance alpha: {high['alpha']:.3f} at 0.95, {low['alpha']:.3f} at 0.6 "
          f"({time.monotonic() - started:.0f} s)")  # fmt: skip
    assert high["alpha"] > 0.8 and low["alpha"] < 0.5
    assert high["alpha_ci"][0] > low["alpha_ci"][1]  # the intervals do not even overlap
