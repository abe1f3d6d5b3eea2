"""Pushing a selection: named collections from `split --collection`, documents by path or glob,
the scope of an existing project, and the refusal of a new name that looks like a typo.

Claims come from the real splitter run on the sample corpus (`seeds/`), through the CLI."""

from __future__ import annotations

import json
import shutil
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from annotator import store
from annotator.cli import main
from annotator.errors import AnnotatorError
from annotator.labelstudio.push import near_names, push
from annotator.store import collections
from annotator.store.models import ClaimUnit, Collection, Document, Project

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _corpus(tmp_path: Path) -> dict[str, Path]:
    """Three folders of real seed documents: a (two files), b and c (one file each)."""
    out = {}
    for folder, files in (("a", SEEDS[:2]), ("b", SEEDS[2:3]), ("c", SEEDS[3:4])):
        (tmp_path / folder).mkdir()
        for f in files:
            shutil.copy(f, tmp_path / folder / f.name)
        out[folder] = tmp_path / folder
    return out


def _claims_of(folder: Path) -> set[str]:
    with store.session() as s:
        docs = [
            d for d, p in s.exec(select(Document.id, Document.path)) if Path(p).parent == folder
        ]
        return set(s.exec(select(ClaimUnit.id).where(ClaimUnit.document_id.in_(docs))))  # type: ignore[attr-defined]


def _in_project(backend: Any, name: str) -> Counter[str | None]:
    with store.session() as s:
        ls_id = s.exec(select(Project.ls_project_id).where(Project.name == name)).one()
    return Counter(ref.claim_id for ref in backend.task_refs(ls_id))


def _split(*args: str) -> None:
    assert main(["split", *args, "--format", "json"]) == 0


def test_push_sends_only_the_selection_and_an_existing_project_keeps_its_scope(
    db, ls_backend, tmp_path, capsys
):
    corpus = _corpus(tmp_path)
    _split(str(corpus["a"]), "--collection", "week-1")
    _split(str(corpus["b"]))
    capsys.readouterr()
    week1, b = _claims_of(corpus["a"]), _claims_of(corpus["b"])
    assert week1 and b and not week1 & b
    assert set(collections.claim_ids("week-1")) == week1
    with store.session() as s:
        assert s.get(Collection, "week-1").meta == {"split": [str(corpus["a"])]}  # type: ignore[union-attr]

    name = f"sel-{uuid.uuid4().hex[:8]}"
    assert main(["push", "--project", name, "--collection", "week-1", "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["created"] == first["selected"] == len(week1)
    assert _in_project(ls_backend, name) == Counter(week1)

    # no selection on an existing project: its scope (week-1), not every stored claim
    assert push(name).created == 0
    # claims added to the collection later go with the project's next push
    _split(str(corpus["c"]), "--collection", "week-1")
    c = _claims_of(corpus["c"])
    assert push(name).created == len(c)
    assert _in_project(ls_backend, name) == Counter(week1 | c)

    # documents by glob, relative to the working directory or absolute
    summary = push(name, documents=[str(corpus["b"]) + "/*.txt"])
    assert summary.created == len(b) and summary.selected == len(b)
    assert _in_project(ls_backend, name) == Counter(week1 | b | c)
    with store.session() as s:
        scope = s.exec(select(Project.scope).where(Project.name == name)).one()
    assert scope == {"collections": ["week-1"], "documents": [str(corpus["b"]) + "/*.txt"]}

    # a new project without a selection gets every stored claim (one corpus, no ceremony)
    other = f"all-{uuid.uuid4().hex[:8]}"
    assert push(other).created == len(week1 | b | c)


def test_bad_selection_is_one_line_and_sends_nothing(db, ls_backend, tmp_path, capsys):
    corpus = _corpus(tmp_path)
    _split(str(corpus["b"]))
    name = f"bad-{uuid.uuid4().hex[:8]}"
    capsys.readouterr()
    assert main(["push", "--project", name, "--collection", "nope"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: no collection 'nope' in the store") and err.count("\n") == 1
    assert main(["push", "--project", name, "--documents", "elsewhere/*.html"]) == 1
    assert "Error: --documents 'elsewhere/*.html' matches no stored document" in (
        capsys.readouterr().err
    )
    assert name not in ls_backend.project_titles()


def test_a_new_name_close_to_an_existing_project_is_refused_unless_new(db, ls_backend, capsys):
    from synthetic_claims import add_claims

    add_claims(3)
    tag = uuid.uuid4().hex[:6]
    name = f"Seeds-{tag}"
    assert push(name).created == 3
    capsys.readouterr()
    for typo in (f"seeds-{tag}", f"Seed-{tag}", f"Seedss-{tag}", f"Sxeds-{tag}"):
        assert main(["push", "--project", typo]) == 1
        err = capsys.readouterr().err
        assert err == (
            f"Error: project '{typo}' does not exist but '{name}' does (a typo?); "
            f"use --project '{name}', or --new to create '{typo}'\n"
        )
    titles = ls_backend.project_titles()
    assert f"seeds-{tag}" not in titles and f"Seed-{tag}" not in titles
    # pushing to the existing name, or a name two edits away, works
    assert push(name).unchanged == 3
    assert push(f"Sxxds-{tag}").created == 3
    # --new creates the near name on purpose
    assert main(["push", "--project", f"seeds-{tag}", "--new", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 3


def test_a_near_name_only_in_label_studio_is_refused_too(db, ls_backend, ls_project):
    """A project someone made in Label Studio's UI counts as existing."""
    from synthetic_claims import add_claims

    add_claims(2)
    title = next(t for t in ls_backend.project_titles() if t.startswith("test-"))
    with pytest.raises(AnnotatorError, match=f"but '{title}' does"):
        push(title.upper())


# --- library, no server -------------------------------------------------------------------------


def test_near_names():
    existing = ["seeds", "Seeds-2", "claims", "rumours"]
    assert near_names("Seeds", existing) == ["seeds"]
    assert near_names("seed", existing) == ["seeds"]
    assert near_names("seedz", existing) == ["seeds"]
    assert near_names("claim", existing) == ["claims"]
    assert near_names("rumors", existing) == ["rumours"]
    assert near_names("seeds-22", existing) == ["Seeds-2"]  # case + one insertion
    assert near_names("seeds-222", existing) == []  # two edits from Seeds-2
    assert near_names("seeds", existing) == []  # itself, and Seeds-2 is two edits away
    assert near_names("news", existing) == []


def test_collections_save_extends_merges_meta_and_refuses_unknown_claims(tmp_path):
    shutil.copy(SEEDS[0], tmp_path / SEEDS[0].name)
    shutil.copy(SEEDS[1], tmp_path / SEEDS[1].name)
    _split(str(tmp_path / SEEDS[0].name))
    _split(str(tmp_path / SEEDS[1].name))
    with store.session() as s:
        by_path: dict[str, list[str]] = {}
        for cid, path in s.exec(
            select(ClaimUnit.id, Document.path).join(Document).order_by(ClaimUnit.id)
        ):
            by_path.setdefault(Path(path).name, []).append(cid)
    first, second = by_path[SEEDS[0].name], by_path[SEEDS[1].name]
    one = collections.save("sample-1", first[:5], {"method": "random", "seed": 1, "from": ["x"]})
    assert (one.created, one.added, one.total) == (True, 5, 5)
    two = collections.save("sample-1", first[:3] + second[:2], {"from": ["y"], "n": 7})
    assert (two.created, two.added, two.total) == (False, 2, 7)
    assert two.meta == {"method": "random", "seed": 1, "from": ["x", "y"], "n": 7}
    assert set(collections.claim_ids("sample-1")) == set(first[:5] + second[:2])
    with pytest.raises(AnnotatorError, match="1 claim id\\(s\\) not in the store"):
        collections.save("sample-1", [first[0], "no-such-claim"])
    assert collections.list_collections()[0]["claims"] == 7  # nothing half-written
    with pytest.raises(AnnotatorError, match="invalid collection name"):
        collections.save("../x", first[:1])
    # documents by exact stored path and by glob
    assert set(collections.document_claims([str(tmp_path / SEEDS[0].name)])) == set(first)
    assert set(collections.document_claims([str(tmp_path) + "/*.txt"])) == set(first + second)
