"""Dataset versions: build, rebuild, immutability, diff, names (on a real SQLite store).

`seed_store` here is also used by test_gold, test_export, test_sources and the PostgreSQL tests.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from sqlalchemy import event, text, update
from sqlmodel import select

from annotator import store
from annotator.cli import main
from annotator.datasets.dataset import build_dataset, list_datasets, show, version_hash
from annotator.datasets.diff import diff
from annotator.errors import AnnotatorError
from annotator.schema import load_schema
from annotator.store import models

SCHEMA = load_schema()

# claim -> [(annotator, values, adjudicated)]
Rows = Mapping[str, Sequence[tuple[str, Mapping[str, Any], bool]]]


def values(
    stance: str = "support", rel: str = "B", cred: str = "2", check: str = "yes"
) -> dict[str, str]:
    return {
        "stance_us_taliban": stance,
        "source_reliability": rel,
        "credibility": cred,
        "checkworthy": check,
    }


def seed_store(
    rows: Rows,
    *,
    url: str | None = None,
    project: str = "claims",
    outlets: Mapping[str, str] | None = None,
    speakers: Mapping[str, str] | None = None,
    adjudication_project: bool = False,
) -> None:
    """Project, annotators, documents, claim units and annotations, inserted directly."""
    outlets = outlets or {}
    speakers = speakers or {}
    with store.session(url) as s:
        p = models.Project(
            name=project,
            backend_url="http://ls",
            ls_project_id=1,
            schema_name=SCHEMA.name,
            schema_hash=SCHEMA.hash,
            label_schema=SCHEMA.canonical(),
        )
        s.add(p)
        adj = None
        if adjudication_project:
            adj = models.Project(
                name=project + "-adj",
                backend_url="http://ls",
                ls_project_id=2,
                kind="adjudication",
                parent=project,
                label_schema=SCHEMA.canonical(),
            )
            s.add(adj)
        for name in sorted(set(outlets.values()) | {"Outlet"}):
            s.add(models.Source(id="src-" + name, name=name, kind="news"))
        s.flush()
        annotators = sorted({a for votes in rows.values() for a, _, _ in votes})
        for k, a in enumerate(annotators):
            s.add(models.Annotator(id=a, backend_url="http://ls", ls_user_id=k))
        s.flush()
        ls_id = 0
        for k, (claim, votes) in enumerate(sorted(rows.items())):
            doc = f"doc-{claim}"
            s.add(
                models.Document(
                    id=doc,
                    source_id="src-" + outlets.get(claim, "Outlet"),
                    path=f"seeds/{k}.txt",
                    title=f"Title {k}",
                    url=f"https://example.org/{k}",
                    published="2021-08-26",
                    text=f"Claim text {claim}.",
                )
            )
            s.add(
                models.ClaimUnit(
                    id=claim,
                    document_id=doc,
                    text=f"Claim text {claim}.",
                    start=0,
                    end=len(claim) + 12,
                    speaker=speakers.get(claim),
                    cue="said",
                    cluster_id=None,
                )
            )
            for annotator_id, vals, adjudicated in votes:
                ls_id += 1
                use_adj_project = adjudicated and adj is not None
                pid = adj.id if use_adj_project and adj is not None else p.id
                assert pid is not None
                s.add(
                    models.Annotation(
                        project_id=pid,
                        claim_id=claim,
                        ls_task_id=k,
                        ls_annotation_id=ls_id,
                        annotator_id=annotator_id,
                        values=dict(vals),
                        adjudicated=adjudicated and not use_adj_project,
                    )
                )


def three(claim_values: Mapping[str, Sequence[dict[str, str]]]) -> dict[str, list[Any]]:
    return {c: [(f"ann-{j}", v, False) for j, v in enumerate(vs)] for c, vs in claim_values.items()}


BASIC = three(
    {
        "c1": [values(), values(), values("refute")],
        "c2": [values("refute", "C", "3"), values("refute", "D", "3"), values("refute", "C", "4")],
        "c3": [
            values("discuss", "F", "6"),
            values("discuss", "F", "6"),
            values("support", "A", "1"),
        ],
    }
)


def gold_of(name: str, version: int | None = None) -> dict[str, dict[str, Any]]:
    from annotator.datasets.dataset import get_version, iter_items

    with store.session() as s:
        v = get_version(s, name, version)
        assert v.id is not None
        return {i.claim_id: i.gold or {} for i in iter_items(s, v.id)}


def test_build_gives_version_1_with_gold_and_metadata() -> None:
    seed_store(BASIC)
    result = build_dataset("gold")
    assert (result.name, result.version, result.items, result.created) == ("gold", 1, 3, True)
    assert len(result.hash) == 64
    gold = gold_of("gold")
    assert gold["c1"]["stance_us_taliban"] == {
        "label": "support",
        "confidence": 0.666667,
        "n": 3,
        "source": "vote",
        "silver": False,
    }
    # F and 6 are not votes: the single A/1 decides, on one vote
    assert gold["c3"]["source_reliability"]["label"] == "A"
    assert gold["c3"]["source_reliability"]["n"] == 1
    assert gold["c3"]["credibility"]["label"] == "1"
    info = show("gold")
    assert info["version"] == 1 and info["parent"] is None and info["hash"] == result.hash
    assert info["schema_hash"] == SCHEMA.hash and info["config_hash"]
    assert info["tool_version"] and info["method"] == "majority"
    assert info["counts"]["labels"]["stance_us_taliban"] == {
        "support": 1,
        "refute": 1,
        "discuss": 1,
    }
    assert info["counts"]["annotators"] == 3
    assert set(info["agreement"]) == {lf.key for lf in SCHEMA.choice_fields}
    assert list_datasets()[0]["name"] == "gold"


def test_rebuild_same_hash_not_created() -> None:
    seed_store(BASIC)
    first = build_dataset("gold")
    again = build_dataset("gold")
    assert again.hash == first.hash and again.version == 1 and again.created is False
    assert [d["versions"] for d in list_datasets()] == [1]


def test_hash_is_recomputable_from_items() -> None:
    seed_store(BASIC)
    result = build_dataset("gold")
    from annotator.datasets.dataset import get_version, iter_items

    with store.session() as s:
        v = get_version(s, "gold")
        assert v.id is not None
        items = [
            {"claim_id": i.claim_id, "gold": i.gold, "raw": i.raw, "silver": i.silver}
            for i in iter_items(s, v.id)
        ]
        assert version_hash(items, v.method, v.params or {}, v.schema_hash) == result.hash
    # raw labels are under pseudonyms, in sorted order of the real ids
    assert items[0]["raw"]["stance_us_taliban"] == {
        "annotator-1": "support",
        "annotator-2": "support",
        "annotator-3": "refute",
    }


def test_edited_annotation_gives_version_2_and_diff_names_the_change() -> None:
    seed_store(BASIC)
    v1 = build_dataset("gold")
    with store.session() as s:
        row = s.exec(
            select(models.Annotation).where(
                models.Annotation.claim_id == "c1", models.Annotation.annotator_id == "ann-1"
            )
        ).one()
        row.values = values("refute")
        row.revision = 2
    v2 = build_dataset("gold")
    assert v2.created and v2.version == 2 and v2.hash != v1.hash
    assert show("gold", 2)["parent"] == 1
    d = diff("gold", 1, 2)
    assert d["added"] == [] and d["removed"] == []
    assert d["changed"] == [
        {
            "claim_id": "c1",
            "field": "stance_us_taliban",
            "old": "support",
            "new": "refute",
            "why": "new annotations",
        }
    ]
    # version 1 is untouched
    assert gold_of("gold", 1)["c1"]["stance_us_taliban"]["label"] == "support"


def test_adjudicated_label_overrides_majority_and_diff_says_adjudication() -> None:
    seed_store(BASIC)
    build_dataset("gold")
    with store.session() as s:
        s.add(
            models.Annotation(
                project_id=1,
                claim_id="c1",
                ls_task_id=0,
                ls_annotation_id=999,
                annotator_id="ann-0",
                values=values("discuss"),
                adjudicated=True,
            )
        )
    build_dataset("gold")
    g = gold_of("gold")["c1"]["stance_us_taliban"]
    assert g["label"] == "discuss" and g["source"] == "adjudication" and g["confidence"] == 1.0
    changes = diff("gold", 1, 2)["changed"]
    assert {
        "claim_id": "c1",
        "field": "stance_us_taliban",
        "old": "support",
        "new": "discuss",
        "why": "adjudication",
    } in changes


def test_adjudication_project_overrides_too() -> None:
    rows = dict(BASIC)
    rows["c2"] = [*BASIC["c2"], ("judge", values("support", "A", "1"), True)]
    seed_store(rows, adjudication_project=True)
    build_dataset("gold")
    g = gold_of("gold")["c2"]
    assert g["stance_us_taliban"]["label"] == "support"
    assert g["source_reliability"] == {
        "label": "A",
        "confidence": 1.0,
        "n": 3,
        "source": "adjudication",
        "silver": False,
    }
    # the adjudicator is not a voter: 3 pseudonyms only
    assert show("gold")["counts"]["annotators"] == 3


def test_method_change_is_why_method() -> None:
    rows = three({"c1": [values(rel="A"), values(rel="C"), values(rel="D")]})
    seed_store(rows)
    build_dataset("gold", method="majority", seed=3)
    build_dataset("gold", method="median")
    assert gold_of("gold")["c1"]["source_reliability"]["label"] == "C"
    changes = diff("gold", 1, 2)["changed"]
    assert all(c["why"] == "method" for c in changes)


def test_min_annotations_drop_vs_silver() -> None:
    rows = three({"c1": [values(), values()], "c2": [values("refute")]})
    seed_store(rows)
    dropped = build_dataset("drop", min_annotations=2)
    assert dropped.items == 1 and set(gold_of("drop")) == {"c1"}
    kept = build_dataset("silver", min_annotations=2, below_min="silver")
    assert kept.items == 2
    g = gold_of("silver")["c2"]["stance_us_taliban"]
    assert g["label"] == "refute" and g["silver"] is True
    assert show("silver")["counts"]["silver"] == 1


def test_invalid_and_deleted_annotations_are_ignored() -> None:
    seed_store(BASIC)
    with store.session() as s:
        s.add(models.Annotator(id="ann-9", backend_url="x", ls_user_id=9))
        s.flush()
        for k, (valid, deleted) in enumerate([(False, False), (True, True)]):
            s.add(
                models.Annotation(
                    project_id=1,
                    claim_id="c1",
                    ls_task_id=0,
                    ls_annotation_id=500 + k,
                    annotator_id="ann-9",
                    values=values("unrelated"),
                    valid=valid,
                    deleted=deleted,
                )
            )
    build_dataset("gold")
    assert gold_of("gold")["c1"]["stance_us_taliban"]["n"] == 3


def test_no_update_is_ever_issued_and_the_store_refuses_one() -> None:
    seed_store(BASIC)
    statements: list[str] = []
    eng = store.engine()

    def capture(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(eng, "before_cursor_execute", capture)
    try:
        build_dataset("gold")
        build_dataset("gold")
        with store.session() as s:
            row = s.exec(
                select(models.Annotation).where(models.Annotation.claim_id == "c2")  # type: ignore[attr-defined]
            ).first()
            assert row is not None
            row.values = values("support")
        build_dataset("gold")
        diff("gold", 1, 2)
    finally:
        event.remove(eng, "before_cursor_execute", capture)
    updates = [st for st in statements if st.lstrip().upper().startswith("UPDATE DATASET")]
    assert updates == []
    for table in (models.DatasetItem, models.DatasetVersion):
        with pytest.raises(Exception, match="immutable"), store.session() as s:
            s.execute(update(table).values(id=table.id))  # type: ignore[arg-type]
    with store.session() as s:
        assert s.execute(text("select count(*) from datasetversion")).scalar() == 2


@pytest.mark.parametrize("name", ["../x", "a/b", "/abs", "a\x00b", "", ".hidden", "a..b", "x" * 65])
def test_bad_names_refused(name: str) -> None:
    with pytest.raises(AnnotatorError, match="invalid dataset name"):
        build_dataset(name)


def test_cli_build_show_list_diff(capsys: pytest.CaptureFixture[str]) -> None:
    seed_store(BASIC)
    assert main(["dataset", "build", "gold", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"name", "version", "hash", "items", "created"}
    assert out["created"] is True and out["version"] == 1
    assert main(["dataset", "build", "gold", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] is False
    assert main(["dataset", "show", "gold@1"]) == 0
    assert json.loads(capsys.readouterr().out)["hash"] == out["hash"]
    assert main(["dataset", "list"]) == 0
    assert "gold" in capsys.readouterr().out
    assert main(["dataset", "build", "gold", "--method", "median", "--format", "json"]) == 0
    capsys.readouterr()
    assert main(["dataset", "diff", "gold@1", "gold@2", "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert set(d) >= {"added", "removed", "changed"}


def test_cli_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dataset", "show", "nothing"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and err.count("\n") == 1
    assert main(["dataset", "build", "../up"]) == 1
    assert "invalid dataset name" in capsys.readouterr().err


def test_empty_project_is_an_error() -> None:
    seed_store({})
    with pytest.raises(AnnotatorError, match="no valid annotation"):
        build_dataset("gold")


# --- pinned contract: hashes and export rows of a fixed dataset ----------------------------
# Computed with the code as it was before the dataset stage was optimised (per-claim Python
# gold, ORM reads, json.dumps canonical form). Any change of these digests is a break of the
# version-hash contract (or of the export rows), not a refactoring.

PINNED_ROWS: dict[str, list[tuple[str, dict[str, Any], bool]]] = {
    # plain majority, one dissent
    "c01": [
        ("ann-a", values(), False),
        ("ann-b", values(), False),
        ("ann-c", values("refute"), False),
    ],
    # 1-1-1 ties everywhere: seeded random tie-break
    "c02": [
        ("ann-a", values("support", "A", "1", "yes"), False),
        ("ann-b", values("refute", "C", "3", "no"), False),
        ("ann-d", values("discuss", "E", "5", "yes"), False),
    ],
    # F and 6 are not votes; all missing -> no gold for those fields
    "c03": [
        ("ann-a", values("discuss", "F", "6"), False),
        ("ann-b", values("discuss", "F", "6"), False),
    ],
    # adjudicated (with non-ASCII, escaped and control characters in the rationale text)
    "c04": [
        ("ann-a", values(), False),
        ("ann-b", values("refute"), False),
        (
            "judge",
            {**values("unrelated", "F", "4"), "rationale": 'naïve "q" \\ — ✓\n\t\u2028 é\x01'},
            True,
        ),
    ],
    # one annotator twice (last one counts), an unknown value, an int value, a None value
    "c05": [
        ("ann-a", values("refute"), False),
        ("ann-a", values("support", "B"), False),
        ("ann-b", {**values("support", "Z"), "credibility": 4, "checkworthy": None}, False),
        ("ann-c", values("unrelated", "D", "2", "no"), False),
    ],
    # a single vote (silver / dropped below min_annotations=2)
    "c06": [("ann-d", values("unrelated", "B", "5", "no"), False)],
    # only missing values: left out of the dataset
    "c07": [("ann-c", {"source_reliability": "F", "credibility": "6"}, False)],
    # even split for median (lower median, tie)
    "c08": [
        ("ann-a", values("support", "A", "1"), False),
        ("ann-b", values("support", "D", "4"), False),
        ("ann-c", values("refute", "B", "2", "no"), False),
        ("ann-d", values("refute", "E", "5", "no"), False),
    ],
}
PINNED_HASHES = {
    ("majority", 1, "drop"): "412789ad0d9bf6f59b4f259a326aa36fe900efd805110c9513f8bec75869ac11",
    ("median", 1, "drop"): "04650ac6dadefc71f9cbb0eefedef0b4b3b496aab3aaf204a7e04ce61d50a7d2",
    ("dawid-skene", 1, "drop"): "0a978d8e5efb0443e3a31f93d8126bd675aeb8709045b51ff5983adcdd9f19db",
    ("majority", 2, "silver"): "4e2f7a0f54cba647ef59440587d9938c548500de2e40ccc102e101bba4ba8af4",
    ("majority", 2, "drop"): "a08738edd173cdd63a963d903c8675382eaff7cbd37cffa208f66c95c7f12c16",
}
PINNED_EXPORT = {
    "data.jsonl": "b4688278373ccf80cc72b6b4ebfbcc04d9236c8f7e19428043480c6cdf6b052d",
    "sources.csv": "17725e7bcb7dbfd9ee29ad0f24124bf8d7e1c1a1c32e8ed30c7bf578cf2647fd",
    "sources.jsonl": "5fd614e90b7617566c25782d146445345018b76547ceecb1958dec846ed9dc55",
    "data.csv": "9436cacc20561f0e5026919d8883bbcdf6e230ac41c9ed8a1eb5a055d81b3a0f",
}


def _sha_file(path: Any) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pinned_version_hashes_and_export_rows(
    db_url: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.datasets.dataset import get_version, iter_items
    from annotator.datasets.export import export

    seed_store(
        PINNED_ROWS,
        url=db_url,
        outlets={"c01": "Reuters", "c04": "Reuters"},
        speakers={"c02": "Biden", "c05": "Ghani"},
    )
    got = {}
    for k, (method, min_annotations, below_min) in enumerate(PINNED_HASHES):
        result = build_dataset(
            f"pin{k}", method=method, min_annotations=min_annotations, below_min=below_min
        )
        got[(method, min_annotations, below_min)] = result.hash
        with store.session() as s:
            v = get_version(s, f"pin{k}")
            assert v.id is not None
            items = [
                {"claim_id": i.claim_id, "gold": i.gold, "raw": i.raw, "silver": i.silver}
                for i in iter_items(s, v.id)
            ]
            assert version_hash(items, v.method, v.params or {}, v.schema_hash) == result.hash
    assert got == PINNED_HASHES
    exported = {}
    for fmt, files in (
        ("jsonl", ["data.jsonl", "sources.jsonl"]),
        ("csv", ["data.csv", "sources.csv"]),
    ):
        folder = export("pin0", fmt=fmt, out=tmp_path / fmt, raw=True)
        for f in files:
            exported[f] = _sha_file(folder / f)
    assert exported == PINNED_EXPORT
