"""The split stage as a library: the parallel path gives what the serial one gives."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

from annotator.split import checkworthiness, write_batches
from annotator.split.pipeline import (
    _decoded,
    _dumps,
    _split_file_encoded,
    claim_rows,
    split_file,
    split_paths,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_two_workers_store_what_one_worker_stores(tmp_path: Path) -> None:
    one = f"sqlite:///{tmp_path / 'one.db'}"
    two = f"sqlite:///{tmp_path / 'two.db'}"
    serial = split_paths([SEEDS], workers=1, db_url=one)
    parallel = split_paths([SEEDS], workers=2, db_url=two)
    assert serial.files == parallel.files == 5
    assert serial.claim_ids == parallel.claim_ids and serial.claims > 100
    assert not serial.errors and not parallel.errors
    assert claim_rows(serial.claim_ids, one) == claim_rows(parallel.claim_ids, two)


def test_worker_features_json_is_what_json_dumps_writes() -> None:
    _, features = checkworthiness.score("Doe said 13 “Kabul” officials, NATO’s 2.5% claim.", "Doe")
    values = [
        features,
        {"numbers": ["13", "2.5%"], "ratio": 0.1 + 0.2, "nested": {"é": [None, True, -7]}},
        {"big": float("inf"), "tiny": 1e-300, "text": 'quote " and \\ and \n'},
        {},
    ]
    for value in values:
        assert _dumps(value) == json.dumps(value)


def test_a_worker_sends_claim_texts_and_contexts_as_offsets_the_parent_cuts(
    tmp_path: Path,
) -> None:
    """`_split_file_encoded` leaves out what the document's text holds (a claim's text, its
    context but for the length); `_decoded` cuts them again: the claims of `split_file`, and
    the claims of one paragraph share one context string."""
    long = " ".join(
        f"The harbour board said on day {k} that the ferry fares rose by {k}%." for k in range(40)
    )
    path = tmp_path / "doc.txt"
    path.write_text(
        "Mayor Jane Doe said the new ferry will run every hour. Critics said it costs too much.\n\n"
        + long
        + "\n\nThe council voted 7 to 2 for the plan on Monday, officials said.\n",
        encoding="utf-8",
    )
    plain = split_file(str(path))[0]
    sent = _split_file_encoded(str(path), None)[0]
    claims = [c for d in sent for c in d.claims]
    assert all(c["text"] is None and isinstance(c["context"], int) for c in claims)
    got = [_decoded(d) for d in pickle.loads(pickle.dumps(sent))]
    decoded = [{**c, "features": json.loads(c["features"])} for d in got for c in d.claims]
    assert decoded == [c for d in plain for c in d.claims] and len(decoded) > 40
    first, second = got[0].claims[:2]
    assert first["context"] is second["context"]


def _record_writes(monkeypatch, results) -> list[int]:  # type: ignore[no-untyped-def]
    """Feed `split_paths` the given worker results; the claim count of each write, in order."""
    from annotator.split import pipeline, storing

    written: list[int] = []

    def write(session, items, defer_cluster_index=False, own_documents=None, provisional=None):  # type: ignore[no-untyped-def]
        n = sum(len(item.claims) for item in items)
        written.append(n)
        return storing.WriteResult(len(items), 0, n, [item.document["id"] for item in items])

    monkeypatch.setattr(pipeline, "iter_split", results)
    monkeypatch.setattr(storing, "write_documents", write)
    monkeypatch.setattr(storing, "recluster", lambda *args: 0)
    return written


def test_idle_writes_grow_with_the_claims_written(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """While the workers are busy, what is pending is written once it holds `IDLE_BATCH_CLAIMS`
    and an eighth of the claims written so far: fewer commits as the store grows."""
    from annotator.split import pipeline

    def results(files, workers, lang, started, idle):  # type: ignore[no-untyped-def]
        started()
        for k in range(40):
            idle(10**6)  # files still to come: the end is far
            claims = [{"id": f"c{k}-{j}", "text": f"claim {k} {j}"} for j in range(1000)]
            yield f"f{k}", [pipeline.SplitDocument({"id": f"d{k}"}, None, [], claims)], []

    written = _record_writes(monkeypatch, results)
    (tmp_path / "a.txt").write_text("A text.", encoding="utf-8")
    summary = split_paths([tmp_path / "a.txt"], db_url=f"sqlite:///{tmp_path / 'a.db'}")
    assert summary.claims_new == sum(written) == 40_000
    # 2,000 until 16,000 are written, then an eighth of them (the last: what is left at the end)
    assert written == [2000] * 9 + [3000] * 3 + [4000, 4000, 5000]


def test_idle_writes_near_the_end_keep_the_last_batch_small(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Near the end, what is pending is written while the workers are busy once it holds as
    many claims as the files still to come are expected to give: little is left after them."""
    from annotator.split import pipeline

    def results(files, workers, lang, started, idle):  # type: ignore[no-untyped-def]
        started()
        for k, name in enumerate(files):
            idle(len(files) - k)
            claims = [{"id": f"c{k}-{j}", "text": f"claim {k} {j}"} for j in range(99)]
            yield str(name), [pipeline.SplitDocument({"id": f"d{k}"}, None, [], claims)], []

    written = _record_writes(monkeypatch, results)
    for k in range(40):
        (tmp_path / f"{k:02d}.txt").write_text("A text.", encoding="utf-8")
    summary = split_paths([tmp_path], db_url=f"sqlite:///{tmp_path / 'a.db'}")
    assert summary.claims_new == sum(written) == 40 * 99
    # 99 claims and a document a file: 20 files pending at the midpoint, then whenever as many
    # files are pending as are still to come (10 of 20, 5 of 10, 3 of 5, 1 of 2), the last alone
    assert written == [1980, 990, 495, 297, 99, 99]
    assert write_batches.tail_due(300, 1000, 10, 3) and not write_batches.tail_due(299, 1000, 10, 3)
    assert not write_batches.tail_due(0, 1000, 10, 0) and not write_batches.tail_due(5, 0, 0, 40)
