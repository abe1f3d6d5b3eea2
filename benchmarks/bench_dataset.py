"""Benchmark the dataset stage: build + Parquet export at N claim units x 3 annotations.

    .venv/bin/python benchmarks/bench_dataset.py --claims 100000 --db sqlite
    .venv/bin/python benchmarks/bench_dataset.py --claims 100000 --db postgresql+psycopg://u:p@host/db
    .venv/bin/python benchmarks/bench_dataset.py --claims 100000 1000000 --db sqlite --db URL

Each step runs in its own subprocess so its peak memory (`ru_maxrss`) is its own: seed (bulk
insert of synthetic documents, claim units and annotations, not measured), build
(`build_dataset`, majority unless --method), export (`export(..., fmt="parquet")`). Prints one
JSON line per step with seconds, rows/s (claim units per second) and peak RSS in MB (the
child's own `ru_maxrss`), then a compact table of every run. For PostgreSQL the database named
in the URL is emptied first (all tables dropped).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIELDS = {
    "stance_us_taliban": ["support", "refute", "discuss", "unrelated"],
    "source_reliability": ["A", "B", "C", "D", "E", "F"],
    "credibility": ["1", "2", "3", "4", "5", "6"],
    "checkworthy": ["yes", "no"],
}


def seed(url: str, claims: int) -> None:
    from sqlalchemy import insert

    from annotator import store
    from annotator.schema import load_schema
    from annotator.store import models

    schema = load_schema()
    eng = store.engine(url)
    rng = random.Random(0)
    with eng.begin() as conn:
        conn.execute(
            insert(models.Project),
            [
                {
                    "id": 1,
                    "name": "bench",
                    "backend_url": "http://ls",
                    "ls_project_id": 1,
                    "kind": "annotation",
                    "schema_name": schema.name,
                    "schema_hash": schema.hash,
                    "config_hash": "",
                    "label_schema": schema.canonical(),
                    "overlap": 3,
                    "created_at": models.utcnow(),
                }
            ],
        )
        conn.execute(
            insert(models.Source),
            [{"id": f"s{k}", "name": f"Outlet {k}", "kind": "news"} for k in range(20)],
        )
        conn.execute(
            insert(models.Annotator),
            [
                {"id": f"a{k:02d}", "backend_url": "http://ls", "ls_user_id": k, "simulated": True}
                for k in range(12)
            ],
        )
    step = 10000
    ann_id = 0
    for lo in range(0, claims, step):
        hi = min(claims, lo + step)
        docs, units, anns = [], [], []
        for k in range(lo, hi):
            claim = f"{k:016x}"
            if k % 50 == 0:
                docs.append(
                    {
                        "id": f"d{k // 50}",
                        "source_id": f"s{(k // 50) % 20}",
                        "path": f"docs/{k // 50}.txt",
                        "format": "txt",
                        "title": f"Doc {k // 50}",
                        "url": f"https://example.org/{k // 50}",
                        "published": "2021-08-26",
                        "text": "x",
                        "created_at": models.utcnow(),
                    }
                )
            units.append(
                {
                    "id": claim,
                    "document_id": f"d{k // 50}",
                    "text": f"Claim number {k} says something.",
                    "start": 0,
                    "end": 30,
                    "speaker": f"Speaker {k % 300}" if k % 3 else None,
                    "cue": "said",
                    "quote": False,
                    "context": "",
                    "checkworthiness": 0.5,
                }
            )
            truth = {
                f: rng.choice(v[:-1] if f in ("source_reliability", "credibility") else v)
                for f, v in FIELDS.items()
            }
            for who in rng.sample(range(12), 3):
                ann_id += 1
                vals = {
                    f: (t if rng.random() < 0.75 else rng.choice(FIELDS[f]))
                    for f, t in truth.items()
                }
                anns.append(
                    {
                        "project_id": 1,
                        "claim_id": claim,
                        "ls_task_id": k,
                        "ls_annotation_id": ann_id,
                        "annotator_id": f"a{who:02d}",
                        "values": vals,
                        "valid": True,
                        "simulated": True,
                        "adjudicated": False,
                        "deleted": False,
                        "revision": 1,
                    }
                )
        with eng.begin() as conn:
            if docs:
                conn.execute(insert(models.Document), docs)
            conn.execute(insert(models.ClaimUnit), units)
            conn.execute(insert(models.Annotation), anns)


def measure(step: str, url: str, claims: int, method: str, out: str) -> dict[str, object]:
    from annotator.datasets.dataset import build_dataset
    from annotator.datasets.export import export

    start = time.perf_counter()
    if step == "build":
        result = build_dataset("bench", method=method, include_simulated=True)  # synthetic labels
        assert result.items == claims, result
    else:
        export("bench", fmt="parquet", out=out, include_simulated=True)
    seconds = time.perf_counter() - start
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "step": step,
        "claims": claims,
        "annotations": claims * 3,
        "method": method,
        "db": url.split(":", 1)[0],
        "seconds": round(seconds, 2),
        "rows_per_s": round(claims / seconds),
        "peak_rss_mb": round(maxrss_kb / 1024, 1),
    }


def reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine

    eng = create_engine(url)
    with eng.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    eng.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--claims", type=int, nargs="+", default=[100_000])
    ap.add_argument(
        "--db", action="append", help="sqlite (a temp file) or a database URL; repeatable"
    )
    ap.add_argument("--method", default="majority")
    ap.add_argument("--child", choices=["seed", "build", "export"])
    ap.add_argument("--url")
    ap.add_argument("--out")
    args = ap.parse_args()
    if args.child == "seed":
        seed(args.url, args.claims[0])
        return
    if args.child:
        result = measure(args.child, args.url, args.claims[0], args.method, args.out)
        print(json.dumps(result), flush=True)
        return
    results: list[dict[str, object]] = []
    for db in args.db or ["sqlite"]:
        for claims in args.claims:
            results.extend(run(db, claims, args.method))
    print_table(results)


def run(db: str, claims: int, method: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if db == "sqlite":
            url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        else:
            url = db
            reset_postgres(url)
        env = dict(os.environ, ANNOTATOR_HOME=tmp, ANNOTATOR_DB=url)
        base = [sys.executable, __file__, "--claims", str(claims), "--url", url]
        base += ["--method", method]
        t = time.perf_counter()
        subprocess.run([*base, "--child", "seed"], check=True, env=env)
        seconds = round(time.perf_counter() - t, 1)
        print(json.dumps({"step": "seed", "claims": claims, "seconds": seconds}), flush=True)
        for step in ("build", "export"):
            done = subprocess.run(
                [*base, "--child", step, "--out", str(Path(tmp) / "out")],
                check=True,
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            )
            line = done.stdout.strip().splitlines()[-1]
            print(line, flush=True)
            out.append(json.loads(line))
    return out


def print_table(results: list[dict[str, object]]) -> None:
    print()
    print(f"{'db':<20} {'claims':>9} {'step':<7} {'seconds':>8} {'rows/s':>8} {'peak MB':>8}")
    for r in results:
        print(
            f"{str(r['db']):<20} {r['claims']:>9} {str(r['step']):<7} {r['seconds']:>8} "
            f"{r['rows_per_s']:>8} {r['peak_rss_mb']:>8}"
        )


if __name__ == "__main__":
    main()
