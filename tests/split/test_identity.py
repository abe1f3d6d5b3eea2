"""One document per source: the same wire story from two outlets is two documents, linked by
cluster; a store written with text-hash document ids keeps them when split again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from annotator import store
from annotator.ids import text_hash
from annotator.split import document_rows
from annotator.split.identity import document_id
from annotator.split.pipeline import claim_rows, split_paths
from annotator.store import database as store_db
from annotator.store.models import ClaimUnit, Document, Source

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

STORY = (
    "KABUL, Aug 27 (AP) — The death toll from the bombing outside Kabul airport rose to 170 on "
    "Friday, health officials said.\n\n"
    "The Pentagon said 13 U.S. service members were among those killed at Abbey Gate.\n\n"
    '"We will not forgive. We will not forget," President Joe Biden said in a televised address.\n'
)
COPIES = [
    {
        "text": STORY,
        "source": "Example Times",
        "url": "https://times.example/world/kabul-airport-toll",
        "published": "2021-08-27",
    },
    {
        "text": STORY,
        "source": "Daily Example",
        "url": "https://daily.example/2021/08/28/kabul",
        "published": "2021-08-28",
    },
]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_same_wire_story_from_two_outlets_keeps_both(tmp_path: Path, db_url: str) -> None:
    summary = split_paths([_write_jsonl(tmp_path / "wire.jsonl", COPIES)], db_url=db_url)
    assert summary.documents_new == 2 and not summary.errors
    rows = claim_rows(summary.claim_ids, db_url)
    by_outlet: dict[str, list[dict]] = {}
    for row in rows:
        by_outlet.setdefault(row["source"], []).append(row)
    assert sorted(by_outlet) == ["Daily Example", "Example Times"]
    times, daily = by_outlet["Example Times"], by_outlet["Daily Example"]
    assert {r["url"] for r in times} == {COPIES[0]["url"]}
    assert {r["url"] for r in daily} == {COPIES[1]["url"]}
    assert {r["published"] for r in times} == {"2021-08-27"}
    assert {r["published"] for r in daily} == {"2021-08-28"}
    assert len(times) == len(daily) >= 3
    # the same claim in both copies: two claim units, one cluster
    for a, b in zip(times, daily, strict=True):
        assert a["text"] == b["text"] and a["id"] != b["id"]
        assert a["document_id"] != b["document_id"]
        assert a["cluster_id"] is not None and a["cluster_id"] == b["cluster_id"]
    with store.session(db_url) as s:
        docs = s.exec(select(Document)).all()
        sources = s.exec(select(Source.name)).all()
    assert len(docs) == 2 and sorted(sources) == ["Daily Example", "Example Times"]
    # splitting again stores nothing twice
    again = split_paths([tmp_path / "wire.jsonl"], db_url=db_url)
    assert again.documents_new == 0 and again.claims_new == 0
    assert again.claim_ids == summary.claim_ids


def test_document_id_includes_outlet_and_place() -> None:
    base = document_id("Same text.", "Example Times", "https://a.example/x", "a.jsonl:1")
    assert base == document_id("Same text.", " example times ", "https://a.example/x", "b.jsonl:9")
    assert base != document_id("Same text.", "Daily Example", "https://a.example/x", "a.jsonl:1")
    assert base != document_id("Same text.", "Example Times", "https://b.example/x", "a.jsonl:1")
    # without a URL the file name (not its folder) places the document
    assert document_id("T.", None, None, "/x/seed.txt") == document_id("T.", None, None, "seed.txt")
    assert document_id("T.", None, None, "a.txt") != document_id("T.", None, None, "b.txt")


def test_store_with_text_hash_ids_keeps_them_when_split_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store built by the previous version (text-hash ids, without m004) is migrated; the
    seeds split again add nothing, and a second outlet's copy of a seed becomes a document."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with monkeypatch.context() as m:
        m.setattr(store_db, "MIGRATIONS", [s for s in store.MIGRATIONS if s.__name__[:4] != "m004"])
        m.setattr(
            store_db, "LATEST", max(store_db.migration_number(s) for s in store_db.MIGRATIONS)
        )
        m.setattr(document_rows, "document_id", lambda text, *_: text_hash(text))
        store.reset_engines()
        old = split_paths([SEEDS], db_url=url)
        with store.engine(url).begin() as conn:  # the previous schema had no context_start
            conn.exec_driver_sql("ALTER TABLE claimunit DROP COLUMN context_start")
    store.reset_engines()
    with store.session(url) as s:
        old_docs = set(s.exec(select(Document.id)).all())
        assert {c.context_start for c in s.exec(select(ClaimUnit))} == {None}  # m004 ran
    assert len(old_docs) == 5 and old.claims > 100

    again = split_paths([SEEDS], db_url=url)
    assert (again.documents_new, again.claims_new) == (0, 0)
    assert again.claim_ids == old.claim_ids
    with store.session(url) as s:
        assert set(s.exec(select(Document.id)).all()) == old_docs
        versions = store_db.applied_versions(s.connection())
    assert versions == {store_db.migration_number(m) for m in store.MIGRATIONS}

    # the same text published elsewhere is a new document with new ids, in the same clusters
    seed = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    copy = _write_jsonl(
        tmp_path / "copy.jsonl",
        [{"text": seed, "source": "Mirror News", "url": "https://mirror.example/a"}],
    )
    mirrored = split_paths([copy], db_url=url)
    assert mirrored.documents_new == 1 and mirrored.claims_new > 10
    with store.session(url) as s:
        claims = s.exec(select(ClaimUnit)).all()
    cluster_docs: dict[str | None, set[str]] = {}
    for c in claims:
        cluster_docs.setdefault(c.cluster_id, set()).add(c.document_id)
    mirror_id = claim_rows(mirrored.claim_ids, url)[0]["document_id"]
    assert mirror_id not in old_docs
    linked = [docs for docs in cluster_docs.values() if mirror_id in docs and docs & old_docs]
    assert len(linked) >= mirrored.claims_new * 0.9


def test_legacy_check_skipped_while_the_store_holds_only_the_splits_documents(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A split into an empty store writes only outlet-aware ids, batch after batch: nothing to
    adopt, so no text is hashed again; a store holding another document is checked every batch."""
    from annotator.split import pipeline, storing

    checked: list[int] = []
    adopt = storing.adopt_legacy_ids

    def counted(conn, items, stored):  # type: ignore[no-untyped-def]
        checked.append(len(items))
        return adopt(conn, items, stored)

    monkeypatch.setattr(storing, "adopt_legacy_ids", counted)
    monkeypatch.setattr(pipeline, "BATCH_CLAIMS", 1)  # one batch per file
    folder = tmp_path / "first"
    folder.mkdir()
    for k, town in enumerate(["Ostwick", "Larnby", "Pellmoor"]):
        (folder / f"{k}.txt").write_text(
            f"The mayor of {town} said the bridge would reopen in {k + 3} weeks.\n",
            encoding="utf-8",
        )
    first = split_paths([folder], db_url=db_url)
    assert first.documents_new == 3 and first.claims_new >= 3 and checked == []
    later = _write_jsonl(
        tmp_path / "later.jsonl",
        [{"text": "A ferry captain said the crossing was calm.", "source": "Harbour Post"}],
    )
    assert split_paths([later], db_url=db_url).documents_new == 1
    assert checked == [1]  # the store held the first split's documents: checked


@pytest.mark.parametrize(
    "value",
    [
        ["claim", "0123abcd", 5, 42, 'He said "no" \\ é \u2028 \x00\n'],
        ["claim", "0123abcd", 5, 42, "Doe said “no” to the 12 € fare."],  # written as it is
        ["claim", "0123abcd", 5, 42, "Doe said\tno."],
        ["document", "ab", None, "a.txt"],
        ["post", "ab", 0],
        ["x", True, 1.5, [1], {"b": 1, "a": None}],  # not flat: json.dumps writes it
        [],
    ],
)
def test_ids_built_without_json_dumps_equal_the_canonical_json(value: list[object]) -> None:
    from annotator.ids import canonical_json, content_hash

    assert canonical_json(value) == json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    if value[:1] == ["claim"]:
        _, doc, start, end, text = value
        assert document_rows.claim_id(doc, start, end, text) == content_hash(value)  # type: ignore[arg-type]
        key = document_rows.claim_key(doc)  # type: ignore[arg-type]
        for _ in range(2):  # the key is copied, never changed: it gives the same id again
            assert document_rows.claim_hash(key, start, end, text) == content_hash(value)  # type: ignore[arg-type]


def test_sha256_copies_an_empty_hash_and_never_changes_it() -> None:
    import hashlib

    from annotator.ids import json_hash, sha256, text_hash

    for data in (b"", b"abc", "Zoë sagte “nein”.".encode(), b"x" * 200):
        for _ in range(2):
            assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    assert text_hash("Zoë") == hashlib.sha256("Zoë".encode()).hexdigest()[:16]
    assert json_hash('["a",1]', 8) == hashlib.sha256(b'["a",1]').hexdigest()[:8]
