"""Exports: every format loads with `datasets`, pyarrow and DuckDB; atomic; no path escape."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_dataset import BASIC, SCHEMA, seed_store

from annotator.cli import main
from annotator.datasets import export as export_module
from annotator.datasets.dataset import build_dataset
from annotator.datasets.export import export
from annotator.errors import AnnotatorError


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    seed_store(BASIC, outlets={"c2": "Reuters"}, speakers={"c1": "Biden"})
    return build_dataset("gold").hash


def front_matter(folder: Path) -> dict:
    text = (folder / "README.md").read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "hf"])
def test_every_format_loads_with_datasets(built: str, fmt: str) -> None:
    import datasets

    folder = export("gold", fmt=fmt)
    assert folder == Path("exports/gold/1")
    ds = datasets.load_dataset(str(folder))["train"]
    assert ds.num_rows == 3
    row = {r["claim_id"]: r for r in ds}["c1"]
    assert row["stance_us_taliban"] == "support"
    assert row["stance_us_taliban_confidence"] == pytest.approx(0.666667)
    assert row["speaker"] == "Biden" and row["source"] == "Outlet" and row["start"] == 0
    assert ds.column_names[: len(export_module.BASE_COLUMNS)] == [
        n for n, _ in export_module.BASE_COLUMNS
    ]
    for col in SCHEMA.export_columns():
        assert col in ds.column_names
    meta = front_matter(folder)
    assert meta["license"] == "other" and meta["task_categories"]
    assert meta["configs"][0]["data_files"][0]["path"] == export_module.DATA_FILES[fmt]
    assert [f["name"] for f in meta["dataset_info"]["features"]] == ds.column_names
    card = (folder / "README.md").read_text(encoding="utf-8")
    assert built in card and "Krippendorff" in card and "Reuters" in card
    sources = export_module.SOURCES_FILES[fmt]
    assert (folder / sources).is_file()


def test_card_load_snippet_runs_as_written_after_a_reexport(built: str) -> None:
    """The card's "Load it" code, with the folder filled in, loads the rows of the latest export
    into the same folder (datasets keys its cache on the files' mtime: no stale rows)."""
    folder = export("gold", fmt="parquet")
    card = (folder / "README.md").read_text(encoding="utf-8")
    code = card.split("## Load it")[1].split("```python\n")[1].split("```")[0]
    code = code.replace("path/to/this/folder", str(folder))
    scope: dict[str, Any] = {}
    exec(code, scope)
    assert scope["data"].num_rows == 3 and "Reuters" in scope["sources"]["source"]
    assert not any("__annotator-" in c for c in scope["data"].column_names)
    folder = export("gold", fmt="parquet", raw=True)  # other columns, same folder
    exec(code, scope)
    assert any("__annotator-" in c for c in scope["data"].column_names)


def test_parquet_reads_with_pyarrow_and_duckdb(built: str) -> None:
    import duckdb
    import pyarrow.parquet as pq

    folder = export("gold", fmt="parquet", raw=True)
    table = pq.read_table(folder / "data.parquet")
    assert table.num_rows == 3
    assert table.column("stance_us_taliban__annotator-3").to_pylist() == [
        "refute",
        "refute",
        "support",
    ]
    con = duckdb.connect()
    got = con.execute(
        f"select source_reliability, count(*) from read_parquet('{folder / 'data.parquet'}') "
        "group by 1 order by 1"
    ).fetchall()
    assert got == [("A", 1), ("B", 1), ("C", 1)]
    srcs = con.execute(
        f"select kind, source, claims from read_parquet('{folder / 'sources.parquet'}')"
    ).fetchall()
    assert ("outlet", "Reuters", 1) in srcs and ("speaker", "Biden", 1) in srcs


def test_hf_folder_layout_and_sources_config(built: str, tmp_path: Path) -> None:
    import datasets

    folder = export("gold", fmt="hf", out=tmp_path / "hf-out")
    assert (folder / "data" / "train.parquet").is_file()
    sources = datasets.load_dataset(str(folder), "sources")["train"]
    assert {r["source"] for r in sources} >= {"Outlet", "Reuters", "Biden"}


def test_mapping_only_when_asked(built: str) -> None:
    folder = export("gold", fmt="jsonl")
    assert not (folder / "annotators.csv").exists()
    folder = export("gold", fmt="jsonl", with_mapping=True)
    with open(folder / "annotators.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows == [
        {"pseudonym": "annotator-1", "annotator_id": "ann-0"},
        {"pseudonym": "annotator-2", "annotator_id": "ann-1"},
        {"pseudonym": "annotator-3", "annotator_id": "ann-2"},
    ]
    first = json.loads((folder / "data.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert "ann-0" not in json.dumps(first)


def test_crash_midway_leaves_nothing_under_final_names(
    built: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "ROW_BATCH", 1)
    real = export_module.iter_batches  # the export's row source

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        for k, batch in enumerate(real(*args, **kwargs)):  # ROW_BATCH 1: one row each
            if k == 2:
                raise RuntimeError("disk on fire")
            yield batch

    monkeypatch.setattr(export_module, "iter_batches", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        export("gold", fmt="parquet")
    folder = Path("exports/gold/1")
    assert sorted(p.name for p in folder.rglob("*")) == []
    # an earlier complete export survives a failed one untouched
    monkeypatch.setattr(export_module, "iter_batches", real)
    export("gold", fmt="parquet")
    before = (folder / "data.parquet").read_bytes()
    monkeypatch.setattr(export_module, "iter_batches", failing)
    with pytest.raises(RuntimeError):
        export("gold", fmt="parquet")
    assert (folder / "data.parquet").read_bytes() == before
    assert not [p for p in folder.rglob(".*tmp*")]


@pytest.mark.parametrize("name", ["../escape", "/etc", "a/../../b", "x\x00y"])
def test_path_escape_refused(built: str, name: str) -> None:
    with pytest.raises(AnnotatorError, match="invalid dataset name"):
        export(name, fmt="jsonl")
    assert not Path("escape").exists()


def test_staging_refuses_relative_escape(tmp_path: Path) -> None:
    stage = export_module._Staging(tmp_path / "out")
    (tmp_path / "out").mkdir()
    with pytest.raises(AnnotatorError, match="outside the export folder"):
        stage.path("../x.csv")


def test_cli_export(built: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "gold@1", "--format", "csv", "--raw"]) == 0
    folder = Path(capsys.readouterr().out.strip())
    header = (folder / "data.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "stance_us_taliban__annotator-1" in header
    assert main(["export", "gold@7", "--format", "csv"]) == 1
    assert capsys.readouterr().err == (
        "Error: no dataset gold@7; build it with: annotator dataset build gold\n"
    )


def test_versions_built_before_m007_are_backfilled(built: str, tmp_path: Path) -> None:
    """m007 fills `datasetclaim` for versions that predate it; the export is then the same."""
    from sqlalchemy import text

    from annotator import store
    from annotator.datasets.frozen import backfill

    before = export("gold", fmt="jsonl", out=tmp_path / "before")
    with store.engine().begin() as conn:  # a version as an older store holds it: no frozen rows
        conn.execute(text("DELETE FROM datasetclaim"))
    with store.engine().begin() as conn:
        backfill(conn)
        assert conn.execute(text("SELECT count(*) FROM datasetclaim")).scalar() == 3
    after = export("gold", fmt="jsonl", out=tmp_path / "after")
    for name in ("data.jsonl", "README.md", "sources.jsonl"):
        assert (after / name).read_bytes() == (before / name).read_bytes()


def test_language_column_and_card_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlmodel import update

    from annotator import store
    from annotator.split.language import detect
    from annotator.store.models import ClaimUnit

    monkeypatch.chdir(tmp_path)
    seed_store(BASIC)
    with store.session() as s:  # the language the split stage would give these claims
        for n, claim in enumerate(s.exec(select_claims()).all()):
            s.execute(
                update(ClaimUnit)
                .where(ClaimUnit.id == claim.id)
                .values(lang="ar" if n == 0 else (detect(claim.text) or "de"))  # type: ignore[arg-type]
            )
        langs = {c.lang for c in s.exec(select_claims())}
    assert len(langs) >= 2 and "ar" in langs
    build_dataset("gold")
    folder = export("gold", fmt="jsonl")
    rows = [json.loads(line) for line in (folder / "data.jsonl").read_text().splitlines()]
    assert {r["lang"] for r in rows} == langs
    assert front_matter(folder)["language"] == sorted(langs)


def select_claims():  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from annotator.store.models import ClaimUnit

    return select(ClaimUnit)
