"""`annotator split --resplit`: stored documents split again by the current splitter.

The "older splitter" is the real splitter's rows with two faults put in (every fifth claim
missed, every seventh cut one character short) and an older version string; the store it leaves
is then re-split by the current splitter and compared with a store split by the current one.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from annotator import store
from annotator.cli import main
from annotator.split.document_rows import SplitDocument
from annotator.split.pipeline import claim_rows, split_paths
from annotator.split.resplit import resplit
from annotator.split.version import SPLITTER_VERSION

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def older_splitter(monkeypatch: pytest.MonkeyPatch) -> None:
    """`split_paths` with an older splitter: `pipeline.split_file` (Python in the compiled build
    too, so the patch holds under both paths) degrades what the real one gives."""
    import annotator.split.pipeline as pipeline
    from annotator.split.document_rows import claim_id

    real = pipeline.split_file

    def older(path: str, lang: str | None = None) -> tuple[list[SplitDocument], list[str]]:
        docs, errors = real(path, lang)
        for doc in docs:
            doc.document["splitter_version"] = "0.0.1+older"
            claims = []
            for i, c in enumerate(doc.claims):
                if i % 5 == 4:
                    continue
                c = {**c, "splitter_version": "0.0.1+older"}
                if i % 7 == 3 and c["end"] - c["start"] > 20:
                    c.update(end=c["end"] - 1, text=c["text"][:-1])
                    c["id"] = claim_id(c["document_id"], c["start"], c["end"], c["text"])
                claims.append(c)
            doc.claims = claims
        return docs, errors

    monkeypatch.setattr(pipeline, "split_file", older)


def _live_ids(db_url: str) -> set[str]:
    with store.engine(db_url).connect() as conn:
        return set(conn.execute(text("SELECT id FROM claimunit WHERE NOT stale")).scalars())


def test_resplit_gives_what_the_current_splitter_gives(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        older_splitter(m)
        old = split_paths([SEEDS], workers=1, db_url=db_url)
    assert not old.errors
    from annotator.store import collections

    collections.save("picked", old.claim_ids, {"split": ["seeds"]})
    fresh_url = f"sqlite:///{tmp_path / 'fresh.db'}"
    fresh = split_paths([SEEDS], workers=1, db_url=fresh_url)
    old_ids, new_ids = set(old.claim_ids), set(fresh.claim_ids)
    assert old_ids - new_ids and new_ids - old_ids and old_ids & new_ids

    summary = resplit(db_url)
    assert (summary.documents, summary.documents_current) == (5, 0)
    assert summary.claims_kept == len(old_ids & new_ids)  # same text and offsets: same id
    assert summary.claims_new == len(new_ids - old_ids)
    assert summary.claims_removed == len(old_ids - new_ids) and summary.stale == []
    assert _live_ids(db_url) == new_ids
    assert set(collections.claim_ids("picked")) == new_ids  # the documents' collection follows
    # every field (speaker, context, cluster, splitter version...) as a direct split gives it
    assert claim_rows(fresh.claim_ids, db_url) == claim_rows(fresh.claim_ids, fresh_url)
    assert {r["splitter_version"] for r in claim_rows(fresh.claim_ids, db_url)} == {
        SPLITTER_VERSION
    }
    again = resplit(db_url)
    assert (again.documents, again.documents_current, again.claims_new) == (0, 5, 0)


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code = main([*args, "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_resplit_keeps_pushed_claims_and_their_labels_as_stale(
    db: str, ls_backend: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[0]
    with monkeypatch.context() as m:
        older_splitter(m)
        old = split_paths([seed], workers=1)
    project = f"resplit-{uuid.uuid4().hex[:10]}"
    pushed = run_json(capsys, "push", "--project", project)
    assert pushed["created"] == old.claims
    run_json(capsys, "simulate", "--project", project, "--annotators", "1", "--seed", "3")
    assert run_json(capsys, "pull", "--project", project)["total"] == old.claims

    summary = run_json(capsys, "split", "--resplit")
    fresh = split_paths([seed], workers=1, db_url=f"sqlite:///{Path(db[10:]).parent / 'f.db'}")
    gone = set(old.claim_ids) - set(fresh.claim_ids)
    assert gone and {r["id"] for r in summary["stale"]} == gone
    assert all(r["projects"] == [project] and r["annotations"] == 1 for r in summary["stale"])
    assert summary["claims_removed"] == 0  # every old claim was pushed
    with store.engine().connect() as conn:
        stale = set(conn.execute(text("SELECT id FROM claimunit WHERE stale")).scalars())
        labelled = conn.execute(text("SELECT count(*) FROM annotation")).scalar()
    assert stale == gone and labelled == old.claims  # labels kept, nothing deleted
    assert _live_ids(db) == set(fresh.claim_ids)

    again = run_json(capsys, "push", "--project", project)
    assert again["created"] == len(set(fresh.claim_ids) - set(old.claim_ids))
    built = run_json(capsys, "dataset", "build", "rs", "--project", project, "--include-simulated")
    assert built["items"] == old.claims - len(gone)  # stale claims left out of the dataset
    main(["split", "--resplit"])
    assert "0 document(s) re-split" in capsys.readouterr().out
