"""Stage contracts of the dataset stage, on the real output of the stages before it.

One simulated project in the real Label Studio (split -> push -> simulate -> pull), then:
- simulated labels are left out by default (build, audit, adjudicate, export, sources) and
  counted with `--include-simulated`;
- an annotator re-labels a claim in Label Studio: the last annotation counts, the same in the
  dataset and the audit; alpha stays defined and the data card names no private id;
- the export carries the paragraph, document id, target texts, votes and rationales; `created`
  parses; `sources` loads; no local folder leaks; CSV cells are guarded against formulas;
- a frozen version exports byte-identical files after a later split and recluster.
"""

from __future__ import annotations

import csv
import hashlib
import json
import uuid
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from sqlmodel import select

from annotator import store
from annotator.agreement.audit import load, resolve
from annotator.cli import main
from annotator.labelstudio.adjudicate import adjudicate
from annotator.labelstudio.client import Backend
from annotator.schema import load_schema
from annotator.store.models import Annotation, Annotator, ClaimUnit, Document, Source

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
SIM = "--include-simulated"
FORMULAS = (
    "Kabul airport report\n\n"
    "=1+2 people were killed at the airport on Monday, officials said.\n\n"
    "-40 degrees were recorded in the north on Tuesday, the weather service said.\n\n"
    "@Clutch The Taliban said 13 soldiers died in the attack on Thursday.\n"
)
FORMATS = ("jsonl", "csv", "parquet", "hf")


def run(capsys: pytest.CaptureFixture[str], *argv: str, code: int = 0) -> tuple[str, str]:
    got = main(list(argv))
    out, err = capsys.readouterr()
    assert got == code, (argv, out, err)
    return out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    return json.loads(run(capsys, *argv, "--format", "json")[0])


def files_of(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def plain(fmt: str, value: str) -> str:
    """A CSV text cell without its formula guard."""
    if fmt == "csv" and value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        return value[1:]
    return value


def relabel(project_claim: tuple[str, str], field: str, rationale: str) -> tuple[str, str]:
    """An annotator of `claim` labels its task again in Label Studio (a second annotation),
    with the other value of `field` and a rationale; returns (annotator id, new value)."""
    _, claim = project_claim
    with store.session() as s:
        a = next(
            iter(
                s.exec(
                    select(Annotation).where(Annotation.claim_id == claim).order_by(Annotation.id)
                )
            )
        )
        person = s.get(Annotator, a.annotator_id)
    assert person is not None and person.email
    values = dict(a.values or {})
    values[field] = "no" if values[field] == "yes" else "yes"
    values["rationale"] = rationale
    result = load_schema().result_for(values)
    Backend.connect(as_user=person.email).create_annotation(a.ls_task_id, result)
    return a.annotator_id, values[field]


@pytest.mark.labelstudio
def test_dataset_contracts_on_a_simulated_project(db, ls_backend, tmp_path, monkeypatch, capsys):
    import datasets

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "formulas.txt").write_text(FORMULAS, encoding="utf-8")
    (docs / SEEDS[4].name).write_text(SEEDS[4].read_text(encoding="utf-8"), encoding="utf-8")
    run_json(capsys, "split", str(docs))
    names = {p.name for p in docs.iterdir()}
    with store.session() as s:
        claims = {c.id: c for c in s.exec(select(ClaimUnit))}
    project = f"contracts-{uuid.uuid4().hex[:8]}"
    run_json(capsys, "push", "--project", project, "--overlap", "3")
    run_json(capsys, "simulate", "--project", project, "--annotators", "3", "--seed", "2")
    assert run_json(capsys, "pull", "--project", project)["total"] == 3 * len(claims)

    # --- simulated labels are left out unless asked for -------------------------------------
    name = "contracts"
    _, err = run(capsys, "dataset", "build", name, "--project", project, code=1)
    assert err.startswith("Error: ") and SIM in err and "simulated" in err
    assert run_json(capsys, "audit", "--project", project, "--bootstrap", "0")["n_annotations"] == 0
    assert adjudicate(project)["items"] == 0
    included = run_json(capsys, "audit", "--project", project, "--bootstrap", "0", SIM)
    assert included["n_annotations"] == 3 * len(claims) and included["include_simulated"]

    # --- a re-labelled claim: the last annotation of each annotator counts -----------------
    claim = sorted(claims)[0]
    annotator_id, new_value = relabel((project, claim), "checkworthy", "Matches the wire copy.")
    run_json(capsys, "pull", "--project", project)
    with store.session() as s:
        mine = s.exec(
            select(Annotation).where(
                Annotation.claim_id == claim, Annotation.annotator_id == annotator_id
            )
        ).all()
        assert len(mine) == 2  # both stored: the revision history is kept
        proj, schema = resolve(s, project)
        audited = load(s, proj, schema, include_simulated=True)
    assert audited.labels["checkworthy"][claim][annotator_id] == new_value

    built = run_json(capsys, "dataset", "build", name, "--project", project, SIM)
    assert built["items"] == len(claims)
    shown = run_json(capsys, "dataset", "show", name)
    for field, a in shown["agreement"].items():
        assert a["alpha"] is not None, (field, a)
    assert datetime.fromisoformat(shown["created_at"]).year >= 2024

    # --- exports: refused without the flag, then every format with it ----------------------
    _, err = run(capsys, "export", name, "--out", "refused", code=1)
    assert "simulated" in err and SIM in err and not Path("refused/README.md").exists()
    run(capsys, "sources", name, code=1)
    assert run(capsys, "sources", name, SIM)[0]

    first: dict[str, dict[str, str]] = {}
    for fmt in FORMATS:
        out = Path("exports") / fmt
        argv = ["export", name, "--format", fmt, "--out", str(out), "--raw", SIM]
        _, err = run(capsys, *(argv + (["--license", "cc-by-4.0"] if fmt == "hf" else [])))
        assert ("no --license" in err) == (fmt != "hf")
        first[fmt] = files_of(out)
        card = (out / "README.md").read_text(encoding="utf-8")
        meta = yaml.safe_load(card.split("---\n")[1])
        assert meta["license"] == ("cc-by-4.0" if fmt == "hf" else "other")
        assert ("not stated" in card) == (fmt != "hf")
        assert "@misc{" in card and "load_dataset(" in card and "Simulated labels" in card
        created = card.split("| created | ")[1].split(" |")[0]
        assert datetime.fromisoformat(created) == datetime.fromisoformat(shown["created_at"])
        assert annotator_id not in card
        for f in out.rglob("*"):
            if f.is_file():
                assert str(tmp_path).encode() not in f.read_bytes(), f
        rows = list(datasets.load_dataset(str(out))["train"])
        sources = datasets.load_dataset(str(out), "sources")["train"]
        assert sources.num_rows >= 2 and "kind" in sources.column_names
        assert {r["claim_id"] for r in rows} == set(claims)
        for r in rows:
            c = claims[r["claim_id"]]
            assert r["document_id"] == c.document_id and r["path"] in names
            at, context, text = r["context_start"], plain(fmt, r["context"]), plain(fmt, r["text"])
            assert context[r["start"] - at : r["end"] - at] == text == c.text
            assert r["stance_us_taliban_target"] == schema.targets[0].text
            votes = sum(r[f"checkworthy_votes_{v}"] for v in ("yes", "no"))
            assert votes == 3
        mine_row = next(r for r in rows if r["claim_id"] == claim)
        assert json.loads(mine_row["rationale_texts"]) == ["Matches the wire copy."]
        assert mine_row[f"checkworthy_votes_{new_value}"] >= 1

    with open(Path("exports/csv/data.csv"), encoding="utf-8", newline="") as f:
        texts = [row["text"] for row in csv.DictReader(f)]
    for start in ("=1+2 people", "-40 degrees", "@Clutch"):
        assert any(t.startswith("'" + start) for t in texts), start
        assert not any(t.startswith(start) for t in texts), start
    with open(Path("exports/jsonl/data.jsonl"), encoding="utf-8") as f:
        assert any(json.loads(line)["text"].startswith("=1+2") for line in f)  # data as is

    # --- a later split and a recluster change the live tables; the version does not --------
    (docs / SEEDS[2].name).write_text(SEEDS[2].read_text(encoding="utf-8"), encoding="utf-8")
    run_json(capsys, "split", str(docs))
    with store.session() as s:  # what a re-split and a recluster do to stored rows
        for c in s.exec(select(ClaimUnit)):
            c.cluster_id = "c-reclustered"
            c.speaker = "Someone Else"
            s.add(c)
        for d in s.exec(select(Document)):
            d.path = str(tmp_path / "moved" / Path(d.path).name)
            d.title = "Retitled"
            s.add(d)
        for src in s.exec(select(Source)):
            src.name = "Renamed outlet"
            s.add(src)
    for fmt in FORMATS:
        out = Path("exports") / f"{fmt}-again"
        argv = ["export", name, "--format", fmt, "--out", str(out), "--raw", SIM]
        run(capsys, *(argv + (["--license", "cc-by-4.0"] if fmt == "hf" else [])))
        assert files_of(out) == first[fmt], fmt
