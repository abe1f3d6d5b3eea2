"""Corpus scale: `annotator split SHARDS --out DIR` on the local pool vs Ray (local), same cores.

Corpus (built in a temporary folder, never kept): REAL news bodies, varied. The bodies are the
924 PolNeAR articles (7 US outlets, `../shared/data/attribution/polnear/*/text`) and the German
attribution corpus's news articles (`../shared/data/attribution/german/*.jsonl`), read from the
shared folder beside the repository at run time. Documents are drawn from them with a fixed
seed until the size is reached: 20% verbatim re-publications (the same body under another
outlet: exact duplicates across shards), 80% variations (paragraphs shuffled, every number
replaced, a paragraph of another article of the same outlet appended), so bodies are
near-duplicates of real articles, not copies. Shards are JSONL.gz of ~2 MB of text each.

The build prints how varied the corpus is: distinct bodies drawn, distinct documents and
distinct paragraphs (a corpus of one body repeated would show 1).

For each size and engine the whole command runs as a user runs it (a new process; Ray's
start-up included for `--engine ray`, which starts a local Ray with as many CPUs as the pool's
workers). Printed: wall time and CPU seconds of the whole process tree (the machine is shared:
documents per CPU-second is the per-core rate an idle core gives, documents per wall second
per core what this machine gave), the load average, the largest peak RSS of a worker in the
split pass (from each done marker: it must not grow with the corpus) and in the clustering
pass, the driver's peak RSS (it holds only the near-duplicate edges), the clustering share,
and the resume times: the same command again (every shard done), and at the first size a run
killed (SIGKILL to its process group) once half the shards are done, then run again. Then the
projected wall time and cost of 10^8 documents on N machines from the measured per-core rate.

    .venv/bin/python benchmarks/bench_scale.py                  # 25 and 50 MB, both engines
    .venv/bin/python benchmarks/bench_scale.py --sizes 500 1000 # the ~1 GB run (hours on 2 cores)
    .venv/bin/python benchmarks/bench_scale.py --sizes 1 --build-only  # corpus variety only
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

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
    """JSONL.gz shards of about `mb` MB of text; prints how varied they are."""
    rng = random.Random(seed)
    used: set[int] = set()
    doc_hashes: set[bytes] = set()
    para_hashes: set[bytes] = set()
    paragraphs = 0
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
        body = rng.randrange(len(bodies))
        used.add(body)
        outlet, _, text = bodies[body]
        if rng.random() < 0.2:
            source = rng.choice(outlets)  # a verbatim re-publication elsewhere
        else:
            source = outlet
            paras = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
            rng.shuffle(paras)
            paras.append(rng.choice(re.split(r"\n+", rng.choice(by_outlet[outlet]))))
            text = "\n\n".join(paras)
            text = re.sub(r"\d+", lambda m: str(rng.randrange(1, 10 ** len(m.group()))), text)
        doc_hashes.add(hashlib.blake2b(text.encode(), digest_size=8).digest())
        for para in re.split(r"\n\s*\n|\n", text):
            if para.strip():
                paragraphs += 1
                para_hashes.add(hashlib.blake2b(para.encode(), digest_size=8).digest())
        line = json.dumps({"text": text, "source": source, "title": f"doc {docs}"})
        fh.write(line + "\n")
        size = len(text.encode("utf-8"))
        total += size
        shard_bytes += size
        docs += 1
    if fh is not None:
        fh.close()
    print(
        f"corpus variety: {len(used):,} of {len(bodies):,} real bodies drawn; "
        f"{len(doc_hashes):,} distinct documents of {docs:,}; "
        f"{len(para_hashes):,} distinct paragraphs of {paragraphs:,}"
    )
    return shards, total, docs


class TreeCpu:
    """CPU seconds of a process and all its descendants (Ray's workers are not always waited
    for, so RUSAGE_CHILDREN alone can miss them): sampled every 0.2 s, the last value of each
    process kept."""

    def __init__(self, pid: int):
        self.root = pid
        self.seen: dict[int, float] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.wait(0.2):
            try:
                root = psutil.Process(self.root)
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                continue
            for p in procs:
                try:
                    t = p.cpu_times()
                    self.seen[p.pid] = t.user + t.system
                except psutil.Error:
                    pass

    def total(self) -> float:
        self.stop.set()
        self.thread.join()
        return sum(self.seen.values())


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def split_cmd(shards: list[Path], out: Path, engine: str, workers: int) -> list[str]:
    code = "import sys; from annotator.cli import main; sys.exit(main(sys.argv[1:]))"
    cmd = [sys.executable, "-c", code, "split", *map(str, shards)]
    return cmd + [
        "--out",
        str(out),
        "--engine",
        engine,
        "--workers",
        str(workers),
        "--format",
        "json",
    ]


ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def run_split(
    shards: list[Path], out: Path, engine: str, workers: int
) -> tuple[float, float, dict]:
    """(wall seconds, CPU seconds of the process tree, the command's JSON summary)."""
    before = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(
        split_cmd(shards, out, engine, workers),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    tree = TreeCpu(proc.pid)
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - start
    cpu = max(tree.total(), _children_cpu() - before)
    if proc.returncode not in (0, 1) or not stdout.strip():
        sys.exit(f"split failed ({proc.returncode}): {stderr[-2000:]}")
    return wall, cpu, json.loads(stdout)


def killed_then_resumed(
    shards: list[Path], out: Path, engine: str, workers: int
) -> tuple[int, float]:
    """SIGKILL a run (its process group and every descendant) once half the shards are done;
    returns (shards done when killed, wall seconds of the re-run that completes it)."""
    proc = subprocess.Popen(
        split_cmd(shards, out, engine, workers),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=ENV,
        start_new_session=True,
    )
    done = 0
    while proc.poll() is None:
        done = len(list((out / "_done").glob("*.json"))) if (out / "_done").exists() else 0
        if done >= max(1, len(shards) // 2):
            try:
                family = psutil.Process(proc.pid).children(recursive=True)
            except psutil.Error:
                family = []
            os.killpg(proc.pid, signal.SIGKILL)
            for p in family:  # Ray's daemons may sit in their own session
                try:
                    p.kill()
                except psutil.Error:
                    pass
            proc.wait()
            break
        time.sleep(0.2)
    wall, _, summary = run_split(shards, out, engine, workers)
    assert summary["claims"] and summary["shards"] == len(shards), summary
    return done, wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[25, 50], help="MB of text")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--engines", nargs="+", default=["local", "ray"])
    ap.add_argument("--data", type=Path, default=None, help="the shared data folder")
    ap.add_argument("--build-only", action="store_true", help="build the corpus, print variety")
    args = ap.parse_args()
    if args.data is not None:
        global SHARED
        SHARED = args.data / "attribution"
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    from annotator.split import compiled  # `annotator split` subprocesses run the same default

    print(compiled.describe())
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        for mb in args.sizes:
            shards, nbytes, docs = build_shards(Path(tmp) / f"in-{mb}", mb)
            print(f"corpus {nbytes / 1e6:.1f} MB, {docs:,} documents, {len(shards)} shards")
            if args.build_only:
                continue
            for engine in args.engines:
                out = Path(tmp) / f"out-{mb}-{engine}"
                load0 = os.getloadavg()[0]
                wall, cpu, s = run_split(shards, out, engine, args.workers)
                load1 = os.getloadavg()[0]
                again, _, _ = run_split(shards, out, engine, args.workers)
                shutil.rmtree(out)
                killed = resumed = None
                if mb == args.sizes[0]:
                    killed, resumed = killed_then_resumed(shards, out, engine, args.workers)
                    shutil.rmtree(out)
                secs = s["seconds"]
                row = {
                    "mb": nbytes / 1e6,
                    "docs": docs,
                    "engine": engine,
                    "wall": wall,
                    "cpu": cpu,
                    "load": (load0, load1),
                    "mb_s": nbytes / 1e6 / wall,
                    "docs_s_core": docs / wall / args.workers,
                    "docs_cpu_s": docs / cpu,
                    "worker_rss": s["worker_peak_rss_mb"],
                    "cluster_rss": s.get("cluster_peak_rss_mb", 0.0),
                    "driver_rss": s.get("driver_peak_rss_mb", 0.0),
                    "claims": s["claims"],
                    "partitions": s.get("partitions", 0),
                    "partition_rows": s.get("partition_peak_rows", 0),
                    "start": secs.get("start", 0.0),
                    "cluster": secs.get("cluster", 0.0) + secs.get("finish", 0.0),
                    "resume_all_done": again,
                    "killed_at": killed,
                    "resume_killed": resumed,
                }
                results.append(row)
                print(
                    f"  {engine:5s} wall {wall:7.1f} s  CPU {cpu:7.1f} s  load {load0:.1f}-{load1:.1f}  "
                    f"{row['mb_s']:.3f} MB/s  {row['docs_s_core']:.1f} docs/s/core (wall)  "
                    f"{row['docs_cpu_s']:.1f} docs/CPU-s  claims {s['claims']:,}  "
                    f"worker peak RSS split {row['worker_rss']:.0f} MB, clustering "
                    f"{row['cluster_rss']:.0f} MB  driver {row['driver_rss']:.0f} MB  "
                    f"{row['partitions']} partitions, at most {row['partition_rows']:,} rows held  "
                    f"engine start {row['start']:.1f} s  clustering {row['cluster']:.1f} s "
                    f"({row['cluster'] / wall:.0%})  re-run (all done) {again:.1f} s",
                    flush=True,
                )
                if resumed is not None:
                    print(
                        f"        killed with {killed} of {len(shards)} shards done; "
                        f"re-run to completion {resumed:.1f} s",
                        flush=True,
                    )
    if not results:
        return
    print("\nratios (ray / local):")
    for mb in sorted({r["mb"] for r in results}):
        by = {r["engine"]: r for r in results if r["mb"] == mb}
        if "local" in by and "ray" in by:
            print(
                f"  {mb:.0f} MB: wall {by['ray']['wall'] / by['local']['wall']:.2f}x, "
                f"CPU {by['ray']['cpu'] / by['local']['cpu']:.2f}x"
            )
    largest = max(r["mb"] for r in results)
    rate = max(r["docs_cpu_s"] for r in results if r["mb"] == largest)
    print(
        f"\nprojection for 10^8 documents from {rate:.1f} docs per CPU-second (largest size, "
        f"faster engine), {MACHINE_CORES}-core machines at ${PRICE_PER_CORE_HOUR}/core-hour:"
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
