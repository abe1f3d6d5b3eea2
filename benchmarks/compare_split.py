"""Dump what `split` produces, to check that a speed change leaves claim units identical.

    .venv/bin/python benchmarks/compare_split.py stage OUT.jsonl     # split_document, no store
    .venv/bin/python benchmarks/compare_split.py command OUT.txt [sqlite|postgresql]

`stage`: every `SplitDocument` (document, posts, claim units with ids, speakers, offsets,
scores) of 2 MB of `bench_split.py`'s corpus, the seeds, PolNeAR dev and train texts, 300
German dev articles and 800-word pieces of the UD dev text of each language (read from
`<repo>/../shared/data` when it is there). `command`: `annotator split FOLDER --format jsonl`
into a fresh store on 3 MB of the bench corpus plus the seeds (a fixed folder, since document
ids include the path), then every stored source, document, post and claim row (cluster ids and
conflict flags included). Run it with PYTHONPATH set to each version, then compare the two
files with the splitter version (a hash of the splitter's source) masked:

    diff <(sed -E 's/"splitter_version": "[^"]*"//g' A) <(sed -E 's/"splitter_version": "[^"]*"//g' B)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_split import PG_ADMIN, _drop_database, build_corpus, write_corpus  # noqa: E402

DATA = next(
    (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
    ROOT.parent / "shared" / "data",
)
FOLDER = Path(tempfile.gettempdir()) / "annotator_compare_split_corpus"


def corpus() -> list[tuple[str, str, str]]:
    """(path, format, text) of every document the stage dump splits."""
    docs = [(f"bench/{i}.txt", "txt", t) for i, t in enumerate(build_corpus(2.0))]
    for p in sorted((ROOT / "seeds").iterdir()):
        if p.suffix in (".txt", ".html"):
            docs.append((f"seeds/{p.name}", p.suffix[1:], p.read_text(encoding="utf-8")))
    for p in sorted(DATA.glob("attribution/polnear/*/text/*.txt")):
        docs.append((p.name, "txt", p.read_text(encoding="utf-8")))
    german = DATA / "attribution" / "german" / "dev.jsonl"
    if german.is_file():
        for line in german.read_text(encoding="utf-8").splitlines()[:300]:
            row = json.loads(line)
            docs.append((f"de/{row['name']}", "txt", row["text"]))
    for p in sorted(DATA.glob("segmentation/ud/*.sentences.txt")):
        words = p.read_text(encoding="utf-8").split()
        for k in range(0, min(len(words), 40_000), 800):
            docs.append((f"{p.name}:{k}", "txt", " ".join(words[k : k + 800])))
    return docs


def stage(out: Path) -> None:
    from annotator.split.document import RawDocument
    from annotator.split.document_rows import split_document
    from annotator.split.gc_tuning import relax_gc
    from annotator.split.ingest import read_documents

    relax_gc()
    docs = corpus()
    t0 = time.process_time()
    with out.open("w", encoding="utf-8") as fh:
        for path, fmt, text in docs:
            if fmt == "html":
                raws, _ = read_documents(ROOT / path)
            else:
                raws = [RawDocument(path=path, format=fmt, text=text)]
            for raw in raws:
                item = asdict(split_document(raw))
                fh.write(json.dumps(item, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents, {time.process_time() - t0:.1f} CPU s", file=sys.stderr)


def command(out: Path, kind: str) -> None:
    from sqlalchemy import create_engine, text

    if not FOLDER.exists():
        write_corpus(build_corpus(3.0), FOLDER)
        for p in (ROOT / "seeds").glob("*.txt"):
            shutil.copy(p, FOLDER / f"seed_{p.name}")
    tmp = Path(tempfile.mkdtemp(prefix="compare_split_"))
    admin, name = None, "compare_split_" + uuid.uuid4().hex[:8]
    if kind == "sqlite":
        url = f"sqlite:///{tmp / 'annotator.db'}"
    else:
        admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    env = {**os.environ, "ANNOTATOR_HOME": str(tmp / "home"), "ANNOTATOR_DB": url}
    cmd = [sys.executable, "-c", "import sys; from annotator.cli import main; sys.exit(main())"]
    try:
        done = subprocess.run(
            [*cmd, "split", str(FOLDER), "--format", "jsonl"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        engine = create_engine(url)
        with out.open("w", encoding="utf-8") as fh, engine.connect() as conn:
            for line in done.stdout.splitlines():
                row = json.loads(line)
                row.pop("created_at", None)
                fh.write(json.dumps(row, sort_keys=True, ensure_ascii=False, default=str) + "\n")
            for table in ("source", "document", "post", "claimunit"):
                for m in conn.execute(text(f"SELECT * FROM {table} ORDER BY id")).mappings():
                    row = {k: v for k, v in m.items() if k != "created_at"}
                    fh.write(f"{table} {json.dumps(row, sort_keys=True, default=str)}\n")
        engine.dispose()
    finally:
        if admin is not None:
            _drop_database(admin, name)  # retries when an autovacuum worker holds it
            admin.dispose()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("stage", "command"):
        sys.exit(__doc__)
    if sys.argv[1] == "stage":
        stage(Path(sys.argv[2]))
    else:
        command(Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "sqlite")
