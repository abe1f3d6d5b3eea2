"""Find evaluation text copied into the project: word n-grams shared with ../shared/data.

The evaluation sets (PolNeAR, the German quotation set, the UD dev treebanks, the crowd label
sets) may be read to measure the tool, never copied into it. Rules are learnt from their train
splits, so test sentences, comments and CHANGELOG examples drift towards the corpus wording;
this check prints every word n-gram (default 6) that a tracked file shares with them and that
occurs in at most `--max-docs` corpus documents (a passage from one article, not a stock phrase
such as "did not respond to a request for comment"). Exit status 1 when any is found.

    .venv/bin/python benchmarks/check_corpus_overlap.py               # all tracked files
    .venv/bin/python benchmarks/check_corpus_overlap.py tests/split   # one folder
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# `<repo>/../shared/data`; a git worktree one level deeper finds it one folder further up
DATA = next(
    (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
    ROOT.parent / "shared" / "data",
)
WORD = re.compile(r"\w+")
SUFFIXES = (".py", ".md", ".txt", ".json", ".jsonl", ".toml", ".csv", ".html", ".xml")


def _grams(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _corpus_documents() -> Iterator[str]:
    """Every evaluation document's text: an article, a treebank sentence, a crowd row."""
    attribution = DATA / "attribution"
    for path in sorted((attribution / "polnear").rglob("*.txt")):
        yield path.read_text(errors="ignore")
    for path in sorted((attribution / "german").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                yield json.loads(line).get("text", "")
    for path in sorted((DATA / "segmentation").rglob("*.sentences.txt")):
        yield from path.open(encoding="utf-8", errors="ignore")
    for path in sorted((DATA / "crowd").rglob("*.tsv")):
        yield from path.open(encoding="utf-8", errors="ignore")


def corpus_counts(n: int) -> Counter[tuple[str, ...]]:
    """How many corpus documents hold each word n-gram (lower case)."""
    counts: Counter[tuple[str, ...]] = Counter()
    for text in _corpus_documents():
        counts.update(_grams(WORD.findall(text.lower()), n))
    return counts


def overlaps(path: Path, counts: Counter[tuple[str, ...]], n: int, max_docs: int) -> Iterator[str]:
    """'file:line: [docs] n-gram' for each distinctive corpus n-gram in the file."""
    text = path.read_text(errors="ignore")
    tokens = [(m.group().lower(), m.start()) for m in WORD.finditer(text)]
    seen: set[tuple[str, ...]] = set()
    for i in range(len(tokens) - n + 1):
        gram = tuple(word for word, _ in tokens[i : i + n])
        docs = counts.get(gram, 0)
        if 0 < docs <= max_docs and gram not in seen:
            seen.add(gram)
            line = text.count("\n", 0, tokens[i][1]) + 1
            yield f"{path.relative_to(ROOT)}:{line}: [{docs}] {' '.join(gram)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="folders or files (default: every tracked file)")
    parser.add_argument("--n", type=int, default=6, help="words per n-gram")
    parser.add_argument("--max-docs", type=int, default=2, help="corpus documents at most")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"{DATA}: evaluation data not found", file=sys.stderr)
        return 2
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", *args.paths],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    # seeds/ are the given sample corpus: shared news phrases there are no copy
    files = [ROOT / f for f in listed if f.endswith(SUFFIXES) and not f.startswith("seeds/")]
    counts = corpus_counts(args.n)
    found = [hit for path in files for hit in overlaps(path, counts, args.n, args.max_docs)]
    print("\n".join(found))
    print(
        f"{len(found)} distinctive {args.n}-grams shared with ../shared/data in {len(files)} files"
    )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
