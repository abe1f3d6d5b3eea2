"""`annotator split` as a user runs it: seeds in, attributed claim units out, bad files refused."""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import func, select

from annotator import store
from annotator.cli import main
from annotator.store.models import ClaimUnit, Document, Post

ROOT = Path(__file__).resolve().parents[2]
BOILERPLATE = [
    "Related Articles",
    "Listen Live",
    "Get short URL",
    "JUST IN:",
    "[VIDEO]",
    "[COMMENT]",
    "We use your sign-up",
    "Follow us everywhere",
    "Users Who Are Viewing This Thread",
    "Top Bottom",
    "SENIOR MEMBER",
    "Source: Read Full Article",
    "Community standards",
    "China Criticizes US for Vetoing",
    "alliance, Daesh, Taliban, Afghanistan",
]


def split_jsonl(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict], str]:
    code = main(["split", *args, "--format", "jsonl"])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_seeds_give_attributed_claims_without_boilerplate(
    seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, rows, err = split_jsonl(capsys, str(seeds))
    assert code == 0, err
    by_doc = {r["path"].rsplit("/", 1)[-1][:3] for r in rows}
    assert by_doc == {"000", "001", "002", "003", "004"}
    texts = {Path(r["path"]).name: Path(r["path"]).read_text(encoding="utf-8") for r in rows}
    for r in rows:
        assert texts[Path(r["path"]).name][r["start"] : r["end"]] == r["text"]
        for field in (
            "id",
            "document_id",
            "post_id",
            "speaker",
            "cue",
            "quote",
            "context",
            "checkworthiness",
            "features",
            "cluster_id",
        ):
            assert field in r
        for junk in BOILERPLATE:
            assert junk not in r["text"], (junk, r["text"])
    speakers = {r["speaker"] for r in rows}
    assert {
        "Qari Saeed Khosty",
        "John Rigsbee",
        "Michael Kugelman",
        "Richard Kemp",
        "Clutch",
    } <= speakers
    khosty = [r for r in rows if r["speaker"] == "Qari Saeed Khosty"]
    assert any(r["cue"] == "told Newsweek" and r["quote"] for r in khosty)
    # Clutch's post quotes Nasr in full: only "Agree 100%" is Clutch's own claim.
    assert [r["text"] for r in rows if r["speaker"] == "Clutch"] == ["Agree 100%"]
    # the Kabul airport death toll, reported three ways, is one cluster flagged as conflicting
    toll = [r for r in rows if "170" in r["text"] or "at least 60 Afghans" in r["text"]]
    assert len({r["cluster_id"] for r in toll}) == 1 and len(toll) == 3
    assert all(r["conflict"] for r in toll)


def test_split_twice_stores_nothing_twice_and_ids_are_stable(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, first, _ = split_jsonl(capsys, str(seeds))
    _, again, _ = split_jsonl(capsys, str(seeds))
    assert [r["id"] for r in first] == [r["id"] for r in again]
    with store.session() as s:
        assert s.exec(select(func.count()).select_from(ClaimUnit)).one() == len(first)
        assert s.exec(select(func.count()).select_from(Document)).one() == 5
        assert s.exec(select(func.count()).select_from(Post)).one() == 6
    # another machine: a fresh home and a copy of the files elsewhere give the same ids
    monkeypatch.setenv("ANNOTATOR_HOME", str(tmp_path / "other"))
    store.reset_engines()
    copy = shutil.copytree(seeds, tmp_path / "copy")
    _, elsewhere, _ = split_jsonl(capsys, str(copy))
    assert sorted(r["id"] for r in elsewhere) == sorted(r["id"] for r in first)
    assert sorted(r["cluster_id"] for r in elsewhere) == sorted(r["cluster_id"] for r in first)


def test_the_split_table_shows_the_first_claims_and_counts_the_rest(
    seeds: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --format the split prints a table of its first TABLE_ROWS claims (a folder of
    thousands would print for minutes), then how many more there are and where to see them."""
    from annotator.cli.split import TABLE_ROWS

    _, rows, _ = split_jsonl(capsys, str(seeds))
    assert len(rows) > TABLE_ROWS
    monkeypatch.setenv("COLUMNS", "400")  # one table row a line
    assert main(["split", str(seeds)]) == 0
    out = capsys.readouterr().out
    shown = [r["id"][:8] for r in rows if f"│ {r['id'][:8]} " in out]
    assert shown == [r["id"][:8] for r in rows[:TABLE_ROWS]]
    assert f"... {len(rows) - TABLE_ROWS} more claim unit(s): `annotator claims` lists" in out
    assert out.rstrip().endswith(f"{len(rows)} claim unit(s) (0 new)")


def test_bad_files_are_refused_one_line_each_and_good_ones_go_in(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seeds / "002_bc11e600e2868582.txt", folder / "good.txt")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "latin.txt").write_bytes(
        "Caf\xe9 au lait is served daily in Kabul, officials said.".encode("latin-1")
        + b"\xff\xfe\x81"
    )
    (folder / "empty.txt").write_text("   \n")
    (folder / "docs.jsonl").write_text(
        json.dumps(
            {"text": "The Taliban said on Monday that 12 fighters were killed.", "source": "Wire"}
        )
        + "\n{not json\n"
        + json.dumps({"title": "no text"})
        + "\n"
    )
    with (folder / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a 50 MB single line (sparse)
    code = main(["split", str(folder), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 1
    summary = json.loads(out)
    lines = err.strip().splitlines()
    assert (
        all(line.startswith("Error: ") for line in lines)
        and len(lines) == len(summary["errors"]) == 6
    )
    for name in (
        "binary.txt",
        "latin.txt",
        "empty.txt",
        "docs.jsonl:2",
        "docs.jsonl:3",
        "huge.txt",
    ):
        assert sum(name in line for line in lines) == 1, name
    assert summary["documents_new"] == 2  # good.txt and the first JSONL line
    with store.session() as s:
        paths = sorted(s.exec(select(Document.path)).all())
    assert [Path(p).name for p in paths] == ["docs.jsonl:1", "good.txt"]


def test_split_on_postgres(db_url: str, seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, rows, err = split_jsonl(capsys, str(seeds / "003_04bdb3e7df0483cf.txt"))
    assert code == 0, err
    with store.session(db_url) as s:
        stored = s.exec(select(func.count()).select_from(ClaimUnit)).one()
    assert stored == len(rows) > 20


def test_a_split_process_closes_its_store_and_freezes_only_at_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "The harbour board said on Monday that 40 ferries will stop at the new pier.\n",
        encoding="utf-8",
    )
    # in process (as the tests run it): nothing is frozen when the command returns
    assert main(["split", str(folder), "--format", "json"]) == 0
    capsys.readouterr()
    assert gc.get_freeze_count() == 0
    # as a process: its store connection is closed at exit (no WAL file left), the output whole
    home = tmp_path / "process"
    code = (
        "import atexit, gc, sys; from annotator.cli import main; "
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0, file=sys.stderr)); "
        "sys.exit(main())"
    )
    env = {**os.environ, "ANNOTATOR_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("ANNOTATOR_DB", None)
    run = subprocess.run(
        [sys.executable, "-c", code, "split", str(folder), "--format", "jsonl"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["speaker"] for r in rows] == ["harbour board"]
    assert "frozen True" in run.stderr  # the split's exit hook ran before the one above
    stored = list(home.rglob("*.db*"))
    assert [p.name for p in stored] == ["annotator.db"], stored
