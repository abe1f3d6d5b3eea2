"""Corpus scale: `annotator split SHARDS --out DIR` on the local pool vs Ray (local), same cores.

Corpus (built in a temporary folder, never kept): REAL news bodies, varied. The bodies are the
924 PolNeAR articles (7 US outlets, `../shared/data/attribution/polnear/*/text`) and the German
attribution corpus's news articles (`../shared/data/attribution/german/*.jsonl`), read from the
shared folder beside the repository at run time. Documents are drawn from them with a fixed
seed until the size is reached: 20% verbatim re-publications (the same body under another
outlet: exact duplicates across shards), 80% variations (paragraphs shuffled, every number
replaced, a paragraph of another article of the same outlet appended), so bodies are
near-duplicates of real articles, not copies. Shards are JSONL.gz of ~2 MB of text each.

For each size and engine the whole command runs as a user runs it (a new process; Ray's
start-up included for `--engine ray`, which starts a local Ray with as many CPUs as the pool's
workers). Printed: wall time, throughput (MB/s, documents/s, per core), the largest peak RSS
of a worker (from each done marker: it must not grow with the corpus), the driver's peak RSS
(it holds only the near-duplicate edges), the clustering share, and the resume times: the same command again (every shard done) and
after one shard's done marker is removed. Then the projected wall time and cost of 10^8
documents on N machines from the measured per-core rate.

    .venv/bin/python benchmarks/bench_scale.py                  # 25 and 50 MB, both engines
    .venv/bin/python benchmarks/bench_scale.py --sizes 500 1000 # the ~1 GB run (hours on 2 cores)
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "attribution"  # --data to point elsewhere
SHARD_MB = 2.0
PRICE_PER_CORE_HOUR = 0.04  # USD: on-demand compute-optimised VMs, ~$0.034-0.048 per vCPU-hour
MACHINE_CORES = 16


def real_bodies() -> list[tuple[str, str, str]]:
    """(outlet, lang, text) of every real article available."""
    out: list[tuple[str, str, str]] = []
    for split in ("train", "dev"):
        folder = SHARED / "polnear" / split / "text"
        for path in sorted(folder.glob("*")):
            outlet = path.name.split("_")[0]
            out.append((outlet, "en", path.read_text(encoding="utf-8", errors="replace")))
    for split in ("train", "dev"):
        path = SHARED / "german" / f"{split}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                text = json.loads(line).get("text") or ""
                if text.strip():
                    out.append(("wikinews-de", "de", text))
    if not out:
        sys.exit(f"no news bodies under {SHARED}; the benchmark reads the shared data folder")
    return out


def build_shards(folder: Path, mb: float, seed: int = 17) -> tuple[list[Path], int, int]:
    rng = random.Random(seed)
    bodies = real_bodies()
    by_outlet: dict[str, list[str]] = {}
    for outlet, _, text in bodies:
        by_outlet.setdefault(outlet, []).append(text)
    outlets = sorted(by_outlet)
    folder.mkdir(parents=True, exist_ok=True)
    shards: list[Path] = []
    total = docs = 0
    target = int(mb * 1e6)
    fh = None
    shard_bytes = 0
    while total < target:
        if fh is None or shard_bytes >= SHARD_MB * 1e6:
            if fh is not None:
                fh.close()
            shards.append(folder / f"shard-{len(shards):05d}.jsonl.gz")
            fh = gzip.open(shards[-1], "wt", encoding="utf-8")
            shard_bytes = 0
        outlet, _, text = rng.choice(bodies)
        if rng.random() < 0.2:
            source = rng.choice(outlets)  # a verbatim re-publication elsewhere
        else:
            source = outlet
            paras = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
            rng.shuffle(paras)
            paras.append(rng.choice(re.split(r"\n+", rng.choice(by_outlet[outlet]))))
            text = "\n\n".join(paras)
            text = re.sub(r"\d+", lambda m: str(rng.randrange(1, 10 ** len(m.group()))), text)
        line = json.dumps({"text": text, "source": source, "title": f"doc {docs}"})
        fh.write(line + "\n")
        size = len(text.encode("utf-8"))
        total += size
        shard_bytes += size
        docs += 1
    if fh is not None:
        fh.close()
    return shards, total, docs


def run_split(shards: list[Path], out: Path, engine: str, workers: int) -> tuple[float, dict]:
    code = "import sys; from annotator.cli import main; sys.exit(main(sys.argv[1:]))"
    cmd = [sys.executable, "-c", code, "split", *map(str, shards)]
    cmd += ["--out", str(out), "--engine", engine, "--workers", str(workers), "--format", "json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1) or not done.stdout.strip():
        sys.exit(f"split failed ({done.returncode}): {done.stderr[-2000:]}")
    return wall, json.loads(done.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[25, 50], help="MB of text")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--engines", nargs="+", default=["local", "ray"])
    ap.add_argument("--data", type=Path, default=None, help="the shared data folder")
    args = ap.parse_args()
    if args.data is not None:
        global SHARED
        SHARED = args.data / "attribution"
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        for mb in args.sizes:
            shards, nbytes, docs = build_shards(Path(tmp) / f"in-{mb}", mb)
            print(f"\ncorpus {nbytes / 1e6:.1f} MB, {docs:,} documents, {len(shards)} shards")
            for engine in args.engines:
                out = Path(tmp) / f"out-{mb}-{engine}"
                wall, s = run_split(shards, out, engine, args.workers)
                again, _ = run_split(shards, out, engine, args.workers)
                next(iter((out / "_done").glob("*.json"))).unlink()
                one, _ = run_split(shards, out, engine, args.workers)
                shutil.rmtree(out)
                secs = s["seconds"]
                row = {
                    "mb": nbytes / 1e6,
                    "docs": docs,
                    "engine": engine,
                    "wall": wall,
                    "mb_s": nbytes / 1e6 / wall,
                    "docs_s_core": docs / wall / args.workers,
                    "worker_rss": s["worker_peak_rss_mb"],
                    "driver_rss": s.get("driver_peak_rss_mb", 0.0),
                    "claims": s["claims"],
                    "start": secs.get("start", 0.0),
                    "cluster": secs.get("cluster", 0.0) + secs.get("finish", 0.0),
                    "resume_all_done": again,
                    "resume_one_shard": one,
                }
                results.append(row)
                print(
                    f"  {engine:5s} wall {wall:7.1f} s  {row['mb_s']:.2f} MB/s  "
                    f"{row['docs_s_core']:.1f} docs/s/core  claims {s['claims']:,}  "
                    f"worker peak RSS {row['worker_rss']:.0f} MB  driver {row['driver_rss']:.0f} MB  "
                    f"engine start {row['start']:.1f} s  "
                    f"clustering {row['cluster']:.1f} s  re-run (all done) {again:.1f} s  "
                    f"re-run (1 shard redone) {one:.1f} s"
                )
    print("\nratios (ray / local wall time):")
    for mb in sorted({r["mb"] for r in results}):
        by = {r["engine"]: r for r in results if r["mb"] == mb}
        if "local" in by and "ray" in by:
            print(f"  {mb:.0f} MB: {by['ray']['wall'] / by['local']['wall']:.2f}x")
    best = max(results, key=lambda r: (r["mb"], r["docs_s_core"]))
    rate = max(r["docs_s_core"] for r in results if r["mb"] == best["mb"])
    print(
        f"\nprojection for 10^8 documents from {rate:.1f} docs/s/core (largest size, faster "
        f"engine), {MACHINE_CORES}-core machines at ${PRICE_PER_CORE_HOUR}/core-hour:"
    )
    core_hours = 1e8 / rate / 3600
    for machines in (1, 10, 100):
        hours = core_hours / (machines * MACHINE_CORES)
        print(
            f"  {machines:3d} machine(s): {hours:8.1f} h wall, "
            f"${core_hours * PRICE_PER_CORE_HOUR:,.0f} ({core_hours:,.0f} core-hours)"
        )


if __name__ == "__main__":
    main()
