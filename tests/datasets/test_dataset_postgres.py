"""The core dataset checks on a real PostgreSQL database (fixture `pg_url` in conftest)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event, update
from sqlmodel import select
from test_dataset import BASIC, gold_of, seed_store, values

from annotator import store
from annotator.datasets.dataset import build_dataset, show
from annotator.datasets.diff import diff
from annotator.datasets.export import export
from annotator.store import models

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("ANNOTATOR_DB", pg_url)
    store.reset_engines()
    return pg_url


def sqlite_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'other.db'}"
    seed_store(BASIC, url=url)
    with monkeypatch.context() as m:
        m.setenv("ANNOTATOR_DB", url)
        return build_dataset("gold", url=url).hash


def test_build_rebuild_edit_diff_on_postgres(
    pg: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_store(BASIC)
    statements: list[str] = []
    eng = store.engine()
    event.listen(eng, "before_cursor_execute", lambda c, cur, st, *a: statements.append(st))
    v1 = build_dataset("gold")
    assert (v1.version, v1.items, v1.created) == (1, 3, True)
    # the same labels give the same hash on SQLite and PostgreSQL
    assert v1.hash == sqlite_hash(tmp_path, monkeypatch)
    again = build_dataset("gold")
    assert again.created is False and again.hash == v1.hash
    with store.session() as s:
        row = s.exec(
            select(models.Annotation).where(
                models.Annotation.claim_id == "c1", models.Annotation.annotator_id == "ann-1"
            )
        ).one()
        row.values = values("refute")
        row.revision = 2
        s.add(
            models.Annotation(
                project_id=1,
                claim_id="c2",
                ls_task_id=0,
                ls_annotation_id=900,
                annotator_id="ann-0",
                values=values("unrelated"),
                adjudicated=True,
            )
        )
    v2 = build_dataset("gold")
    assert v2.created and v2.version == 2 and show("gold")["parent"] == 1
    changed = diff("gold", 1, 2)["changed"]
    assert {
        "claim_id": "c1",
        "field": "stance_us_taliban",
        "old": "support",
        "new": "refute",
        "why": "new annotations",
    } in changed
    assert {
        "claim_id": "c2",
        "field": "stance_us_taliban",
        "old": "refute",
        "new": "unrelated",
        "why": "adjudication",
    } in changed
    assert gold_of("gold", 1)["c1"]["stance_us_taliban"]["label"] == "support"
    assert not [st for st in statements if st.lstrip().upper().startswith("UPDATE DATASET")]


def test_immutability_enforced_by_postgres(pg: str) -> None:
    seed_store(BASIC)
    build_dataset("gold")
    for table in (models.DatasetItem, models.DatasetVersion):
        with pytest.raises(Exception, match="immutable"), store.session() as s:
            s.execute(update(table).values(id=table.id))  # type: ignore[arg-type]


def test_min_annotations_and_export_on_postgres(
    pg: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow.parquet as pq

    rows = {c: list(v)[:1] if c == "c3" else list(v) for c, v in BASIC.items()}
    seed_store(rows)
    assert build_dataset("drop", min_annotations=2).items == 2
    assert build_dataset("silver", min_annotations=2, below_min="silver").items == 3
    folder = export("silver", fmt="hf", out=tmp_path / "out", raw=True)
    table = pq.read_table(folder / "data" / "train.parquet")
    assert table.num_rows == 3 and table.column("silver").to_pylist() == [False, False, True]
    assert pq.read_table(folder / "sources.parquet").num_rows >= 1
