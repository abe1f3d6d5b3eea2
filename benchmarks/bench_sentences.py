"""Sentence boundaries per language on the UD dev treebanks: ours vs pysbd vs sentencex.

Protocol of the SaT paper (Frohmann et al. 2024): a treebank's gold sentences (one a line in
`../shared/data/segmentation/ud/<tb>-ud-dev.sentences.txt`, blank lines = document breaks) are
joined by one space; each splitter segments the whole text; a boundary is the offset where a
sentence ends (trailing whitespace ignored); precision, recall and F1 of the predicted
boundaries against the gold ones (the text's end is not a boundary). All three run in the same
run on the same text. pysbd has no Portuguese, Ukrainian or Turkish model: it runs with its
English rules there (marked `en*`). Also prints MB/s per splitter (on one long string, where
pysbd is slow) and the mixed-language speed of ours on two cores: all treebanks cut into
~800-word documents, interleaved, each document's language detected and the document split
with it, in a 2-process pool; wall-clock MB/s and MB per CPU-second x 2 (the figure on two idle
cores, since the machine may be shared); then the same for the whole split stage per document
(`split_document`: structure, language, sentences, attribution, check-worthiness, ids; the
workers with the garbage-collector setting `annotator split` gives its own, `relax_gc`), issue
13's "mixed-language input at 5 MB/s on two cores". `UD_DIR` overrides the data folder.

    .venv/bin/python benchmarks/bench_sentences.py            # every treebank
    .venv/bin/python benchmarks/bench_sentences.py de fr      # some
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.split import compiled  # noqa: E402
from annotator.split.gc_tuning import relax_gc  # noqa: E402
from annotator.split.sentences import split_sentences  # noqa: E402

UD = Path(
    os.environ.get("UD_DIR", ROOT.parent / "shared" / "data" / "segmentation" / "ud")
)  # UD_DIR: another folder (e.g. from a git worktree elsewhere)
TREEBANKS = {
    "de": "de_gsd",
    "en": "en_ewt",
    "es": "es_gsd",
    "fr": "fr_gsd",
    "it": "it_isdt",
    "nl": "nl_alpino",
    "pt": "pt_bosque",
    "ru": "ru_gsd",
    "tr": "tr_imst",
    "uk": "uk_iu",
}
PYSBD_LANGS = {"en", "de", "es", "fr", "it", "nl", "ru", "pl", "ar"}
# Published UD F1 (SaT paper) for reference.
SAT_12L = {"en": 92.5, "de": 96.6, "fr": 97.6, "ru": 84.8}
PYSBD_PUBLISHED = {"en": 75.3, "de": 80.0, "fr": 62.1, "ru": 67.9}


def gold(lang: str) -> tuple[str, set[int]]:
    lines = (UD / f"{TREEBANKS[lang]}-ud-dev.sentences.txt").read_text(encoding="utf-8")
    sentences = [s.strip() for s in lines.splitlines() if s.strip()]
    text = " ".join(sentences)
    ends: set[int] = set()
    pos = 0
    for s in sentences:
        pos += len(s)
        ends.add(pos)
        pos += 1
    ends.discard(len(text))
    return text, ends


def ends_of(text: str, pieces: list[str]) -> set[int]:
    """Boundary offsets of segments returned as strings (located in order in `text`)."""
    ends: set[int] = set()
    cursor = 0
    for piece in pieces:
        p = piece.strip()
        if not p:
            continue
        i = text.find(p, cursor)
        if i < 0:
            continue
        cursor = i + len(p)
        ends.add(cursor)
    ends.discard(len(text.rstrip()))
    return ends


def windowed(fn: Callable[[str], set[int]], text: str, size: int = 2000) -> set[int]:
    """Boundaries found by running `fn` on ~`size`-character windows cut at spaces (not at gold
    boundaries); a window's own end is not counted."""
    out: set[int] = set()
    a = 0
    while a < len(text):
        b = text.find(" ", a + size)
        b = len(text) if b < 0 else b
        out |= {a + e for e in fn(text[a:b]) if a + e < b}
        a = b + 1
    return out


def f1(pred: set[int], ref: set[int]) -> tuple[float, float, float]:
    tp = len(pred & ref)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(ref) if ref else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def splitters(lang: str) -> dict[str, Callable[[str], set[int]]]:
    import pysbd
    from sentencex import segment

    seg = pysbd.Segmenter(language=lang if lang in PYSBD_LANGS else "en", clean=False)
    return {
        "ours": lambda t: {e for _, e in split_sentences(t, lang=lang)} - {len(t)},
        "pysbd": lambda t: ends_of(t, seg.segment(t)),
        "sentencex": lambda t: ends_of(t, list(segment(lang, t))),
    }


def _split_chunk(chunk: list[str]) -> tuple[int, float]:
    """Detect each document's language, then split it with that language's rules."""
    from annotator.split.language import detect

    t0 = time.process_time()
    n = sum(len(split_sentences(t, lang=detect(t))) for t in chunk)
    return n, time.process_time() - t0


def _stage_chunk(chunk: list[str]) -> tuple[int, float]:
    """The whole split stage on each document: `split_document` (structure, language,
    sentences, attribution, check-worthiness, ids)."""
    from annotator.split.document import RawDocument
    from annotator.split.document_rows import split_document

    t0 = time.process_time()
    n = sum(
        len(split_document(RawDocument(path="ud.txt", format="txt", text=t)).claims) for t in chunk
    )
    return n, time.process_time() - t0


def mixed_speed(
    langs: list[str], mb: float = 20.0, workers: int = 2, stage: bool = False
) -> tuple[float, float]:
    """Ours on mixed-language documents (~800 words of one treebank each, all treebanks
    interleaved, language detected per document) in `workers` processes: (wall MB/s, MB per
    CPU-second x workers, i.e. the figure on `workers` idle cores). `stage`: the whole split
    stage per document instead of detection + sentences."""
    docs: list[str] = []
    for lang in langs:
        words = gold(lang)[0].split(" ")
        docs += [" ".join(words[i : i + 800]) for i in range(0, len(words), 800)]
    docs.sort(key=len)  # by length: languages with documents of similar length mix in a chunk
    size = sum(len(t.encode()) for t in docs)
    reps = max(1, int(mb * 1e6 / size))
    work = docs * reps
    step = 10 if stage else 50  # the stage is ~10x slower: smaller tasks keep both busy
    chunks = [work[i : i + step] for i in range(0, len(work), step)]
    total = size * reps / 1e6
    from annotator.split.language import detect

    detect("load the model before the workers fork")
    if stage:
        _stage_chunk(["Er sagte, es sei gut. She said no."])  # imports before the fork
    t0 = time.perf_counter()
    # the stage's workers run as `annotator split` runs them: with `relax_gc` (fewer collections)
    init = relax_gc if stage else None
    with ProcessPoolExecutor(workers, initializer=init) as pool:
        cpu = sum(c for _, c in pool.map(_stage_chunk if stage else _split_chunk, chunks))
    return total / (time.perf_counter() - t0), total / (cpu / workers)


def first_pass_speed(langs: list[str]) -> tuple[float, float]:
    """The whole stage in this process over the distinct documents once, then again: MB per
    CPU-second x 2 of the first pass (caches cold, rare patterns compiled on first use) and of
    the repeat. `mixed_speed` repeats the ~1.2 MB of distinct text to fill its megabytes, so its
    figure is mostly repeat passes."""
    from annotator.split.document import RawDocument
    from annotator.split.document_rows import split_document

    docs: list[str] = []
    for lang in langs:
        words = gold(lang)[0].split(" ")
        docs += [" ".join(words[i : i + 800]) for i in range(0, len(words), 800)]
    docs.sort(key=len)
    size = sum(len(t.encode()) for t in docs) / 1e6
    relax_gc()
    speeds = []
    for _ in range(2):
        t0 = time.process_time()
        for t in docs:
            split_document(RawDocument(path="ud.txt", format="txt", text=t))
        speeds.append(size / (time.process_time() - t0) * 2)
    return speeds[0], speeds[1]


def main(argv: list[str]) -> None:
    langs = argv or sorted(TREEBANKS)
    if not UD.is_dir():
        sys.exit(f"Error: {UD} not found (the shared data folder beside the repository)")
    print(compiled.describe())
    print("UD dev treebanks; boundary F1 x100. 'whole': the treebank joined by one space, split")
    print("at once (SaT protocol); 'windows': the same text split in ~2,000-character windows")
    print("cut at spaces (pysbd is quadratic on one long string: minutes per treebank, so it is")
    print("scored on windows only; en* = pysbd's English rules, it has no model for the language)")
    print(
        f"{'lang':5}{'ours whole (P/R)':>24}{'sentencex':>10}{'SaT-12l':>8} |"
        f"{'ours':>6}{'pysbd':>9}{'sentencex':>10} | MB/s ours/pysbd/sx (windows)"
    )
    rows = []
    for lang in langs:
        text, ref = gold(lang)
        fns = splitters(lang)
        whole = {n: f1(fns[n](text), ref) for n in ("ours", "sentencex")}
        win: dict[str, float] = {}
        speed: dict[str, float] = {}
        for name, fn in fns.items():
            t0 = time.perf_counter()
            win[name] = f1(windowed(fn, text), ref)[2]
            speed[name] = len(text.encode()) / 1e6 / (time.perf_counter() - t0)
        p, r, f = whole["ours"]
        tag = "" if lang in PYSBD_LANGS else "en*"
        sat = SAT_12L.get(lang)
        rows.append((f, whole["sentencex"][2], win["ours"], win["pysbd"], win["sentencex"]))
        print(
            f"{lang:5}{f * 100:8.1f} ({p * 100:4.1f}/{r * 100:4.1f})  "
            f"{whole['sentencex'][2] * 100:8.1f}{(f'{sat:.1f}' if sat else '-'):>8} |"
            f"{win['ours'] * 100:6.1f}{win['pysbd'] * 100:6.1f}{tag:>3}{win['sentencex'] * 100:10.1f}"
            f" | {speed['ours']:.1f}/{speed['pysbd']:.2f}/{speed['sentencex']:.1f}",
            flush=True,
        )
    n = len(rows)
    means = [sum(r[i] for r in rows) / n * 100 for i in range(5)]
    print(
        f"{'mean':5}{means[0]:8.1f}{'':13}{means[1]:8.1f}{'':8} |"
        f"{means[2]:6.1f}{means[3]:6.1f}{'':3}{means[4]:10.1f}"
    )
    wall, cpu = mixed_speed(langs)
    print(
        f"mixed-language input (language detected per document, then split), 2 processes: "
        f"{wall:.1f} MB/s wall, {cpu:.1f} MB/s from CPU time on 2 cores (target 5)"
    )
    wall, cpu = mixed_speed(langs, mb=20.0, stage=True)
    print(
        f"mixed-language input, the whole split stage per document (structure, language, "
        f"sentences, attribution, check-worthiness), 2 processes: {wall:.1f} MB/s wall, "
        f"{cpu:.1f} MB/s from CPU time on 2 cores (target 5)"
    )
    first, repeat = first_pass_speed(langs)
    print(
        f"the same documents once in one process: first pass {first:.1f} MB/s from CPU time on "
        f"2 cores, a repeat pass {repeat:.1f} (the 20 MB above are mostly repeats)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
