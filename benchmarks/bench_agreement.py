"""Benchmark: Krippendorff's alpha on 1,000,000 labels, ours vs the `krippendorff` package.

71,429 items x 20 annotators with 30% of the cells missing (~1M labels), 5 categories; labels
are a noisy copy of a hidden true category so alpha is around 0.5. Times are the best of
`--repeat` runs (whole processes: medians and best runs, wall and CPU seconds, ours and the
peer taking turns, with the load average); the ratios are what matter (the machine may be
shared).

Run: .venv/bin/python benchmarks/bench_agreement.py [--items 71429] [--repeat 3] [--processes]
Targets: ours no slower than the package; 1,000 bootstrap resamples within 10x one alpha.

`--processes` also measures whole commands as a user runs them, on the same labels written to a
CSV file (`item,annotator,label`): `annotator agreement labels.csv --level ordinal --bootstrap 0`
vs a Python process that reads the CSV with pandas, pivots it to a reliability matrix and calls
`krippendorff.alpha`; and `annotator aggregate labels.csv` (majority, Dawid-Skene) vs pandas +
crowd-kit's `MajorityVote` / `DawidSkene` writing the same JSONL. Goal: >= 3x faster.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import time
from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np


def best_of(repeat: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def cpu_model() -> str:
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return platform.processor() or "unknown"
    for line in out.splitlines():
        if line.startswith("Model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=71_429)
    parser.add_argument("--annotators", type=int, default=20)
    parser.add_argument("--missing", type=float, default=0.3)
    parser.add_argument("--categories", type=int, default=5)
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--processes", action="store_true", help="also time whole commands")
    parser.add_argument("--only-processes", action="store_true", help="only time whole commands")
    parser.add_argument("--levels", default="nominal,ordinal", help="agreement levels timed")
    parser.add_argument("--methods", default="majority,dawid-skene", help="aggregate methods")
    args = parser.parse_args()

    import krippendorff

    from annotator.agreement.labeltable import LabelRecord
    from annotator.agreement.summary import bootstrap_alpha, encode, krippendorff_alpha

    rng = np.random.default_rng(42)
    truth = rng.integers(0, args.categories, size=args.items)
    noise = rng.integers(0, args.categories, size=(args.annotators, args.items))
    matrix = np.where(rng.random((args.annotators, args.items)) < 0.6, truth, noise).astype(float)
    matrix[rng.random(matrix.shape) < args.missing] = np.nan
    ann_idx, item_idx = np.nonzero(~np.isnan(matrix))
    names = [str(int(v) + 1) for v in matrix[ann_idx, item_idx]]
    records = [
        LabelRecord(f"item{i:06d}", f"ann{a:02d}", label)
        for i, a, label in zip(item_idx.tolist(), ann_idx.tolist(), names, strict=True)
    ]
    domain = np.arange(args.categories, dtype=float)
    if args.processes or args.only_processes:
        processes(records, args.repeat, args.levels.split(","), args.methods.split(","))
        if args.only_processes:
            return

    print(f"cpu: {cpu_model()} ({__import__('os').cpu_count()} cores)")
    print(
        f"data: {len(records):,} labels, {args.items:,} items x {args.annotators} annotators, "
        f"{args.missing:.0%} missing, {args.categories} categories; best of {args.repeat}"
    )
    t_encode, _ = best_of(args.repeat, lambda: encode(records, "nominal"))
    print(f"encode records -> Ratings: {t_encode:.3f} s")
    for level in ("nominal", "ordinal"):
        ratings = encode(records, level)
        t_ours, ours = best_of(args.repeat, lambda r=ratings: krippendorff_alpha(r))
        t_pkg, pkg = best_of(
            args.repeat,
            lambda lv=level: krippendorff.alpha(
                reliability_data=matrix, value_domain=domain, level_of_measurement=lv
            ),
        )
        t_boot, ci = best_of(
            args.repeat, lambda r=ratings: bootstrap_alpha(r, resamples=args.resamples, seed=0)
        )
        print(f"\n{level}: alpha ours {ours:.12f}  krippendorff {float(pkg):.12f}")
        print(f"  ours, from Ratings      {t_ours:8.3f} s")
        print(f"  ours, from records      {t_ours + t_encode:8.3f} s  (encode + alpha)")
        print(f"  krippendorff.alpha      {t_pkg:8.3f} s  (from its reliability matrix)")
        print(
            f"  ratio ours/krippendorff {t_ours / t_pkg:8.3f}  (from records: {(t_ours + t_encode) / t_pkg:.3f})"
        )
        print(
            f"  bootstrap x{args.resamples}         {t_boot:8.3f} s  "
            f"95% CI [{ci.low:.4f}, {ci.high:.4f}]"
        )
        print(
            f"  ratio bootstrap/one alpha {t_boot / t_ours:6.1f}x (one alpha from Ratings), "
            f"{t_boot / (t_ours + t_encode):.1f}x (from records), "
            f"{t_boot / t_pkg:.2f}x (one krippendorff.alpha)"
        )


PEER_ALPHA = """
import sys, krippendorff, numpy as np, pandas as pd
df = pd.read_csv(sys.argv[1])  # numeric labels: pivoting text labels takes pandas minutes
m = df.pivot(index="annotator", columns="item", values="label")
print(krippendorff.alpha(reliability_data=m.to_numpy(dtype=float), level_of_measurement=sys.argv[2]))
"""
PEER_AGGREGATE = """
import sys, pandas as pd
from crowdkit.aggregation import DawidSkene, MajorityVote
df = pd.read_csv(sys.argv[1], dtype=str).rename(columns={"item": "task", "annotator": "worker"})
model = MajorityVote() if sys.argv[2] == "majority" else DawidSkene(n_iter=100)
gold = model.fit_predict(df).sort_index()
gold.rename("label").reset_index().rename(columns={"task": "item"}).to_json(
    sys.stdout, orient="records", lines=True)
"""


class Timing(NamedTuple):
    wall: float  # median seconds
    cpu: float  # median CPU seconds of the process and its children
    wall_min: float
    cpu_min: float
    out: str


def interleaved(argvs: list[list[str]], repeat: int) -> list[Timing]:
    """Wall and CPU seconds of `repeat` runs of each command, the commands taking turns (so a
    burst of load on a shared machine hits all of them), after one warm-up round (page cache;
    bytecode written as an installed package has it)."""
    import os
    import resource
    import statistics

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    walls: list[list[float]] = [[] for _ in argvs]
    cpus: list[list[float]] = [[] for _ in argvs]
    outs = [""] * len(argvs)
    for k in range(repeat + 1):
        for i, argv in enumerate(argvs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            run = subprocess.run(argv, capture_output=True, text=True, check=False, env=env)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if run.returncode != 0:
                raise SystemExit(f"{' '.join(argv[:3])}... failed: {run.stderr[-500:]}")
            if k:
                walls[i].append(wall)
                cpus[i].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            outs[i] = run.stdout
    return [
        Timing(statistics.median(w), statistics.median(c), min(w), min(c), out)
        for w, c, out in zip(walls, cpus, outs, strict=True)
    ]


def processes(records: list[Any], repeat: int, levels: list[str], methods: list[str]) -> None:
    """Whole commands, start-up and reading the CSV included."""
    import json
    import os
    import sys
    import tempfile
    from pathlib import Path

    python = sys.executable
    annotator = str(Path(python).with_name("annotator"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "labels.csv"
        with open(path, "w", encoding="utf-8") as f:
            f.write("item,annotator,label\n")
            f.writelines(f"{r.item},{r.annotator},{r.label}\n" for r in records)
        size = path.stat().st_size / 1e6
        print(
            f"\nwhole processes on {path.name} ({size:.1f} MB, {len(records):,} labels); "
            f"medians (and best) of {repeat} interleaved runs, wall and CPU seconds; load average "
            f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores"
        )
        (help_,) = interleaved([[annotator, "--help"]], repeat)
        print(f"  annotator --help (start-up)   {help_.wall:6.2f} s  {help_.cpu:5.2f} CPU s")
        rows = []
        for level in levels:
            ours_argv = [annotator, "agreement", str(path), "--level", level, "--bootstrap", "0"]
            ours, peer = interleaved(
                [[*ours_argv, "--format", "json"], [python, "-c", PEER_ALPHA, str(path), level]],
                repeat,
            )
            alpha = json.loads(ours.out)["alpha"]
            rows.append(
                (
                    f"agreement --level {level}",
                    "pandas+krippendorff",
                    ours,
                    peer,
                    f"alpha {alpha:.6f} vs {float(peer.out):.6f}",
                )
            )
        for method in methods:
            ours, peer = interleaved(
                [
                    [annotator, "aggregate", str(path), "--method", method],
                    [python, "-c", PEER_AGGREGATE, str(path), method],
                ],
                repeat,
            )
            ours_gold = {
                json.loads(x)["item"]: json.loads(x)["label"] for x in ours.out.splitlines()
            }
            peer_gold = {
                json.loads(x)["item"]: str(json.loads(x)["label"]) for x in peer.out.splitlines()
            }
            same = sum(ours_gold.get(k) == v for k, v in peer_gold.items()) / max(len(peer_gold), 1)
            rows.append(
                (
                    f"aggregate --method {method}",
                    "pandas+crowd-kit",
                    ours,
                    peer,
                    f"same label on {same:.1%}",
                )
            )
        for name, peer_name, ours, peer, note in rows:
            print(
                f"  {name:30s} ours {ours.wall:6.2f} s {ours.cpu:5.2f} CPU s | {peer_name} "
                f"{peer.wall:6.2f} s {peer.cpu:5.2f} CPU s | {peer.wall / ours.wall:4.1f}x faster "
                f"wall, {peer.cpu / ours.cpu:4.1f}x CPU  ({note})"
            )
            print(
                f"  {'':30s} best runs: ours {ours.wall_min:6.2f} s {ours.cpu_min:5.2f} CPU s | "
                f"peer {peer.wall_min:6.2f} s {peer.cpu_min:5.2f} CPU s | "
                f"{peer.wall_min / ours.wall_min:4.1f}x wall, {peer.cpu_min / ours.cpu_min:4.1f}x CPU"
            )
        print(f"  load average after: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
