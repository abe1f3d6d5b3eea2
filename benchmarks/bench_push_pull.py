"""Benchmark push and pull against a real Label Studio, in one run.

    .venv/bin/python benchmarks/bench_push_pull.py [--push 50000] [--pull 10000] [--ls-home DIR]

Push: N synthetic claim units in a temporary store; `annotator.labelstudio.push.push` (reading claims,
building payloads with one prediction each, bulk import, recording PushedTask rows) against
Label Studio's own bulk import of the same task payloads through the SDK
(`projects.import_tasks`, one call), on the same server in the same run. Target: >= 0.8x its rate.

Pull: M tasks with 3 annotations each (imported with their annotations, which is how a large
annotated project is built quickly), then a full pull and an incremental pull with nothing new.
Target: the incremental pull < 2 s (reported in-process, and as the `annotator pull` command).

Without `--ls-home`, a fresh Label Studio is started in a temporary folder and stopped at the
end. This script calls the SDK directly for the baseline only; the tool itself goes through
`annotator.labelstudio.client`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")


def add_claims(n: int) -> list[str]:
    from sqlalchemy import insert

    from annotator import store
    from annotator.store.models import ClaimUnit, Document, Source

    tag = uuid.uuid4().hex[:8]
    docs, claims = [], []
    for d in range(0, n, 20):
        doc_id = f"doc-{tag}-{d}"
        docs.append(
            {
                "id": doc_id,
                "source_id": f"src-{tag}",
                "path": "bench",
                "format": "txt",
                "title": f"Title {d}",
                "url": f"https://example.org/{d}",
                "published": "2021-09-01",
                "text": "x",
            }
        )
        for i in range(d, min(n, d + 20)):
            text = f"Officials said {i} people were evacuated from the northern district on Monday."
            context = f"The storm moved east overnight. {text} Roads remain closed, police said."
            claims.append(
                {
                    "id": f"claim-{tag}-{i:07d}",
                    "document_id": doc_id,
                    "text": text,
                    "start": 0,
                    "end": len(text),
                    "speaker": "Officials",
                    "cue": "said",
                    "quote": False,
                    "context": context,
                    "checkworthiness": (i % 10) / 10,
                    "conflict": False,
                }
            )
    with store.session() as s:
        s.execute(insert(Source), [{"id": f"src-{tag}", "name": "Example Times", "kind": "news"}])
        s.execute(insert(Document), docs)
        for start in range(0, len(claims), 10_000):
            s.execute(insert(ClaimUnit), claims[start : start + 10_000])
    return [str(c["id"]) for c in claims]


def bench_push(n: int, backend, admin_token: str) -> None:  # type: ignore[no-untyped-def]
    from label_studio_sdk import LabelStudio

    from annotator import store
    from annotator.labelstudio.labelconfig import guidelines_html, label_config
    from annotator.labelstudio.push import iter_claims, push, task_payload
    from annotator.schema import load_schema

    t = time.perf_counter()
    add_claims(n)
    print(f"store: {n} synthetic claim units inserted in {time.perf_counter() - t:.1f} s")
    schema = load_schema()
    with store.session() as s:
        payloads = [task_payload(schema, c)[0] for c in iter_claims(s)]

    # Label Studio's own bulk import, same payloads, one SDK call
    sdk = LabelStudio(base_url=backend.url, api_key=admin_token, timeout=1800)
    pid = backend.ensure_project(
        f"bench-sdk-{uuid.uuid4().hex[:6]}", label_config(schema), guidelines_html(schema), 1
    )
    t = time.perf_counter()
    sdk.projects.import_tasks(id=pid, request=payloads, return_task_ids=True)  # type: ignore[arg-type]
    base = time.perf_counter() - t
    print(f"push  SDK projects.import_tasks: {n} tasks in {base:.1f} s = {n / base:.0f} tasks/s")

    t = time.perf_counter()
    summary = push(f"bench-push-{uuid.uuid4().hex[:6]}", backend=backend)
    ours = time.perf_counter() - t
    assert summary.created == n, summary
    print(
        f"push  annotator push:           {n} tasks in {ours:.1f} s = {n / ours:.0f} tasks/s "
        f"({base / ours:.2f}x the SDK rate; target >= 0.8x)"
    )
    t = time.perf_counter()
    again = push(summary.project, backend=backend)
    print(
        f"push  again (nothing new):      {time.perf_counter() - t:.1f} s (created {again.created})"
    )


def bench_pull(m: int, backend, home: Path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    from annotator import store
    from annotator.labelstudio.labelconfig import guidelines_html, label_config
    from annotator.labelstudio.pull import pull
    from annotator.labelstudio.push import task_payload
    from annotator.schema import load_schema
    from annotator.store.models import Project

    schema = load_schema()
    values = {
        "stance_us_taliban": "support",
        "source_reliability": "B",
        "credibility": "2",
        "checkworthy": "yes",
    }
    result = schema.result_for(values)
    name = f"bench-pull-{uuid.uuid4().hex[:6]}"
    pid = backend.ensure_project(name, label_config(schema), guidelines_html(schema), 3)
    tasks = []
    for i in range(m):
        claim = {
            "id": f"pull-{i:07d}",
            "text": f"Claim {i}.",
            "context": f"Before. Claim {i}. After.",
        }
        task = task_payload(schema, claim)[0]
        task.pop("predictions")
        task["annotations"] = [{"result": result, "lead_time": 10.0 + k} for k in range(3)]
        tasks.append(task)
    t = time.perf_counter()
    backend.import_tasks(pid, tasks)
    print(
        f"pull  setup: {m} tasks with {3 * m} annotations imported in {time.perf_counter() - t:.1f} s"
    )
    with store.session() as s:
        s.add(
            Project(
                name=name,
                backend_url=backend.url,
                ls_project_id=pid,
                overlap=3,
                label_schema=schema.canonical(),
            )
        )

    t = time.perf_counter()
    full = pull(name, backend=backend)
    dt = time.perf_counter() - t
    print(f"pull  full: {full.new} annotations from {full.tasks} tasks in {dt:.1f} s")
    t = time.perf_counter()
    inc = pull(name, backend=backend)
    dt = time.perf_counter() - t
    print(f"pull  incremental, nothing new (in-process): {dt:.2f} s (new {inc.new}; target < 2 s)")
    env = {**os.environ, "ANNOTATOR_HOME": str(home), "ANNOTATOR_DB": db_url}
    exe = Path(sys.executable).with_name("annotator")
    t = time.perf_counter()
    subprocess.run(
        [str(exe), "pull", "--project", name, "--format", "json"],
        env=env,
        check=True,
        capture_output=True,
    )
    print(
        f"pull  incremental, nothing new (`annotator pull` command, with startup): {time.perf_counter() - t:.2f} s"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--push", type=int, default=50_000, help="claim units to push (0: skip)")
    ap.add_argument("--pull", type=int, default=10_000, help="annotated tasks to pull (0: skip)")
    ap.add_argument("--ls-home", type=Path, help="ANNOTATOR_HOME of a Label Studio to reuse")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-push-pull-"))
    home = args.ls_home or tmp / "home"
    os.environ["ANNOTATOR_HOME"] = str(home)
    os.environ.pop("LABEL_STUDIO_URL", None)
    os.environ.pop("LABEL_STUDIO_API_KEY", None)

    from annotator import store
    from annotator.labelstudio import credentials, server
    from annotator.labelstudio.client import Backend

    started = args.ls_home is None
    t = time.perf_counter()
    info = server.start(port=None if args.ls_home else _free_port())
    print(
        f"Label Studio {info.url} ready in {time.perf_counter() - t:.0f} s ({'started' if started else 'reused'})"
    )
    try:
        backend = Backend.connect()
        token = credentials.load()["admin"]["token"]
        if args.push:
            os.environ["ANNOTATOR_DB"] = f"sqlite:///{tmp / 'push.db'}"
            store.reset_engines()
            bench_push(args.push, backend, token)
        if args.pull:
            db_url = f"sqlite:///{tmp / 'pull.db'}"
            os.environ["ANNOTATOR_DB"] = db_url
            store.reset_engines()
            bench_pull(args.pull, backend, home, db_url)
    finally:
        if started:
            server.stop()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


if __name__ == "__main__":
    main()
