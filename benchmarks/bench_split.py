"""Benchmark the split stage against pysbd, sentencex and blingfire on one synthetic corpus.

No external corpus is available offline, so the corpus is SYNTHETIC: documents built by
recombining the seeds' paragraphs (seeds/*.txt) in random order, with capitalised names swapped
from a pool and every number replaced by a random one (so paragraphs are near-duplicates, not
copies). Every splitter runs on the same corpus in the same run. pysbd (~0.17 MB/s) is timed on a
2 MB slice and its MB/s extrapolated; this is printed.

    .venv/bin/python benchmarks/bench_split.py            # 50 MB
    .venv/bin/python benchmarks/bench_split.py --mb 5     # quicker

"command" rows time the whole `annotator split DIR` as a user runs it: a subprocess (start-up
included) on a folder holding the corpus as one .txt file per document, into a fresh store
(SQLite file; a fresh PostgreSQL database), with `--format json` (summary) and `--format jsonl`
(every claim unit written to a file). Its CPU seconds (the process and its workers) and the load
average are printed: the machine may be shared.

"Ours" (stage rows) is the whole stage in process, without a store: structure (boilerplate, posts) + sentences + attribution +
check-worthiness (claims.extract_claims) + cross-document clustering; each part is also timed.
It is timed in one process, then on all cores (`--workers`, default: every core): documents are
structured and their claims extracted in a process pool (chunks of documents, drafts sent back,
pool start-up included), clustering runs in the parent, as in `annotator.split.pipeline` (each result's
claims' features as it arrives, clusters and conflicts after the workers). Every splitter
runs with the garbage-collector setting of `annotator.split.gc_tuning.relax_gc`. The other
splitters run in one process; "x pysbd" compares each figure with pysbd's one-process figure.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from golden_rules import score  # noqa: E402

from annotator.split import compiled  # noqa: E402
from annotator.split.claims import extract_claims  # noqa: E402
from annotator.split.clusters import (  # noqa: E402
    TextFeatures,
    cluster_claims,
    cluster_with_conflicts,
)
from annotator.split.document import ClaimDraft, RawDocument  # noqa: E402
from annotator.split.gc_tuning import relax_gc  # noqa: E402
from annotator.split.sentences import split_sentences  # noqa: E402
from annotator.split.structure import structure  # noqa: E402

NAMES = "Kabul Kunduz Herat Doha Quetta Jalalabad Kandahar Mosul Ahmed Karimi Stone Petrov".split()


def build_corpus(mb: float, seed: int = 13) -> list[str]:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 40]
    docs: list[str] = []
    total = 0
    target = int(mb * 1_000_000)
    while total < target:
        parts = [rng.choice(paragraphs) for _ in range(rng.randint(8, 25))]
        body = "\n\n".join(parts)
        body = re.sub(r"\d+", lambda m: str(rng.randrange(1, 10 ** len(m.group()))), body)
        body = re.sub(
            r"\b(Kabul|Taliban|Biden|Afghanistan|Pakistan|Maloof|Kugelman)\b",
            lambda m: rng.choice(NAMES) if rng.random() < 0.3 else m.group(),
            body,
        )
        doc = f"Synthetic report {len(docs)}\n\n{body}\n"
        docs.append(doc)
        total += len(doc.encode("utf-8"))
    return docs


def mbps(nbytes: int, seconds: float) -> float:
    return nbytes / 1e6 / max(seconds, 1e-9)


def _split_chunk(chunk: list[tuple[int, str]]) -> list[tuple[int, list[ClaimDraft]]]:
    """Worker: structure + extract_claims for a chunk of (index, text) documents."""
    out = []
    for i, text in chunk:
        raw = RawDocument(path=f"synthetic/{i}.txt", format="txt", text=text)
        out.append((i, extract_claims(structure(raw))))
    return out


def whole_stage_parallel(docs: list[str], workers: int) -> tuple[float, float, int]:
    """The whole stage on `workers` processes: (total seconds, clustering seconds, claims).

    As `annotator.split.pipeline.split_paths` does: the clustering features of each result's
    claims are computed as it arrives (while the workers split on), clusters and conflicts
    (`cluster_with_conflicts`, as `storing.recluster`) once all are in; the clustering seconds
    are those after the workers."""
    t0 = time.perf_counter()
    per_chunk = max(1, min(50, len(docs) // (workers * 8) or 1))
    indexed = list(enumerate(docs))
    chunks = [indexed[k : k + per_chunk] for k in range(0, len(indexed), per_chunk)]
    pairs: list[tuple[str, str]] = []
    features = TextFeatures()
    with ProcessPoolExecutor(max_workers=workers, initializer=relax_gc) as pool:
        for result in pool.map(_split_chunk, chunks):
            start = len(pairs)
            for i, drafts in result:
                pairs += [(f"{i}-{k}", d.text) for k, d in enumerate(drafts)]
            features.add((t for _, t in pairs[start:]), gram_codes=True)
    a = time.perf_counter()
    cluster_with_conflicts(pairs, features)
    end = time.perf_counter()
    return end - t0, end - a, len(pairs)


PG_ADMIN = os.environ.get(
    "ANNOTATOR_BENCH_PG", "postgresql+psycopg://annotator:annotator@127.0.0.1:5432/postgres"
)


def write_corpus(docs: list[str], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(docs):
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_command(folder: Path, db_url: str, fmt: str, workdir: Path) -> tuple[float, float]:
    """`annotator split FOLDER --format FMT` as a subprocess: (wall seconds, CPU seconds)."""
    env = {
        **os.environ,
        "ANNOTATOR_HOME": str(workdir / "home"),
        "ANNOTATOR_DB": db_url,
        "PYTHONPATH": str(ROOT),
    }
    cmd = [sys.executable, "-c", "import sys; from annotator.cli import main; sys.exit(main())"]
    out = workdir / f"out.{fmt}"
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    with out.open("w") as fh:
        subprocess.run(
            [*cmd, "split", str(folder), "--format", fmt], env=env, stdout=fh, check=True
        )
    wall = time.perf_counter() - t0
    return wall, _children_cpu() - cpu0


def _drop_database(admin, name: str) -> None:  # type: ignore[no-untyped-def]
    """DROP DATABASE; a plain one when FORCE may not stop a busy autovacuum worker."""
    from sqlalchemy.exc import DBAPIError

    for attempt in range(50):
        try:
            with admin.connect() as conn:
                force = " WITH (FORCE)" if attempt == 0 else ""
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"{force}')
            return
        except DBAPIError:
            if attempt == 49:
                raise
            time.sleep(0.2)


def command_runs(docs: list[str], formats: list[str], stores: list[str]) -> dict[str, float]:
    """Whole-command MB/s into fresh stores; prints wall and CPU seconds of each run."""
    from sqlalchemy import create_engine

    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench_split_") as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(docs, folder)
        for kind in stores:
            for fmt in formats:
                work = Path(tmp) / f"{kind}-{fmt}"
                work.mkdir()
                admin = None
                name = "bench_split_" + uuid.uuid4().hex[:10]
                if kind == "sqlite":
                    url = f"sqlite:///{work / 'annotator.db'}"
                else:
                    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
                    with admin.connect() as conn:
                        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
                    url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
                try:
                    wall, cpu = run_command(folder, url, fmt, work)
                finally:
                    if admin is not None:
                        _drop_database(admin, name)
                        admin.dispose()
                    shutil.rmtree(work, ignore_errors=True)
                label = f"command: {kind}, {fmt}"
                results[label] = mbps(nbytes, wall)
                print(
                    f"  {label}: {wall:.1f}s wall, {cpu:.1f} CPU s (process + workers) = "
                    f"{cpu / (nbytes / 1e6):.2f} CPU s per MB, "
                    f"load average {os.getloadavg()[0]:.1f}"
                )
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--pysbd-mb", type=float, default=2.0)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--stores", default="sqlite,postgresql", help="stores for the command runs")
    ap.add_argument("--formats", default="json,jsonl", help="--format of the command runs")
    ap.add_argument("--no-stage", action="store_true", help="only the command runs and pysbd")
    args = ap.parse_args()
    relax_gc()  # as `annotator split` does; every splitter below runs with the same setting

    docs = build_corpus(args.mb)
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    print(
        f"corpus: SYNTHETIC, {len(docs)} documents, {nbytes / 1e6:.1f} MB (seed paragraphs "
        "recombined, names and numbers perturbed)"
    )
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    print(compiled.describe())  # the command's subprocesses run the same default
    results: dict[str, float] = {}
    print("annotator split DIR, whole command into a fresh store (one .txt per document):")
    results.update(
        command_runs(docs, args.formats.split(","), [k for k in args.stores.split(",") if k])
    )
    if args.no_stage:
        _pysbd_and_table(docs, args, results)
        return

    import blingfire
    import sentencex

    # ours: sentences only
    t0 = time.perf_counter()
    n_sent = sum(len(split_sentences(d)) for d in docs)
    results["ours: sentences"] = mbps(nbytes, time.perf_counter() - t0)

    # ours: whole stage
    t0 = time.perf_counter()
    t_struct = t_claims = 0.0
    pairs: list[tuple[str, str]] = []
    for i, text in enumerate(docs):
        a = time.perf_counter()
        raw = RawDocument(path=f"synthetic/{i}.txt", format="txt", text=text)
        doc = structure(raw)
        b = time.perf_counter()
        drafts = extract_claims(doc)
        c = time.perf_counter()
        t_struct += b - a
        t_claims += c - b
        pairs += [(f"{i}-{k}", d.text) for k, d in enumerate(drafts)]
    a = time.perf_counter()
    clusters = cluster_claims(pairs)
    t_cluster = time.perf_counter() - a
    total = time.perf_counter() - t0
    results["ours: whole stage"] = mbps(nbytes, total)
    print(f"ours: {n_sent} sentences, {len(pairs)} claims, {len(set(clusters.values()))} clusters")
    print(
        f"  1 process:   structure {t_struct:.1f}s  claims {t_claims:.1f}s  "
        f"clusters {t_cluster:.1f}s  total {total:.1f}s"
    )
    if args.workers > 1:
        p_total, p_cluster, p_claims = whole_stage_parallel(docs, args.workers)
        assert p_claims == len(pairs), (p_claims, len(pairs))
        results[f"ours: whole, {args.workers} procs"] = mbps(nbytes, p_total)
        print(
            f"  {args.workers} processes: structure + claims {p_total - p_cluster:.1f}s  "
            f"clusters {p_cluster:.1f}s  total {p_total:.1f}s"
        )

    # sentencex, blingfire: whole corpus
    t0 = time.perf_counter()
    for d in docs:
        list(sentencex.segment("en", d))
    results["sentencex"] = mbps(nbytes, time.perf_counter() - t0)
    t0 = time.perf_counter()
    for d in docs:
        blingfire.text_to_sentences_and_offsets(d)
    results["blingfire (offsets)"] = mbps(nbytes, time.perf_counter() - t0)

    seg = _pysbd_and_table(docs, args, results)

    def ours(t: str) -> list[str]:
        return [t[s:e] for s, e in split_sentences(t)]

    def bling(t: str) -> list[str]:
        return [t[s:e] for s, e in blingfire.text_to_sentences_and_offsets(t)[1]]

    print("\ngolden rules passed (of 52):")
    for name, fn in [
        ("ours", ours),
        ("pysbd", seg.segment),
        ("sentencex", lambda t: list(sentencex.segment("en", t))),
        ("blingfire", bling),
    ]:
        passed, _ = score(fn)
        print(f"  {name:12} {passed}")


def _pysbd_and_table(docs: list[str], args: argparse.Namespace, results: dict[str, float]):  # type: ignore[no-untyped-def]
    """pysbd on a slice of the corpus (extrapolated), then the table of every figure."""
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    slice_docs: list[str] = []
    size = 0
    for d in docs:
        if size >= args.pysbd_mb * 1e6:
            break
        slice_docs.append(d)
        size += len(d.encode("utf-8"))
    t0, c0 = time.perf_counter(), time.process_time()
    for d in slice_docs:
        seg.segment(d)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    results["pysbd"] = mbps(size, wall)
    print(
        f"pysbd: timed on a {size / 1e6:.1f} MB slice of the same corpus; MB/s extrapolated; "
        f"{cpu / (size / 1e6):.2f} CPU s per MB, load average {os.getloadavg()[0]:.1f}"
    )

    base = results["pysbd"]
    print(f"\n{'splitter':34} {'MB/s':>8} {'x pysbd':>8}")
    for name, value in results.items():
        print(f"{name:34} {value:8.2f} {value / base:8.1f}")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return seg


if __name__ == "__main__":
    main()
