"""Sentence boundaries per language on the UD dev treebanks: ours vs pysbd vs sentencex.

Protocol of the SaT paper (Frohmann et al. 2024): a treebank's gold sentences (one a line in
`../shared/data/segmentation/ud/<tb>-ud-dev.sentences.txt`, blank lines = document breaks) are
joined by one space; each splitter segments the whole text; a boundary is the offset where a
sentence ends (trailing whitespace ignored); precision, recall and F1 of the predicted
boundaries against the gold ones (the text's end is not a boundary). All three run in the same
run on the same text. pysbd has no Portuguese, Ukrainian or Turkish model: it runs with its
English rules there (marked `en*`). Also prints MB/s per splitter and the mixed-language speed
of ours on two cores (`UD_DIR` overrides the folder; all treebanks concatenated, split per paragraph in a 2-process pool).

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


def _split_chunk(chunk: list[tuple[str, str]]) -> int:
    return sum(len(split_sentences(t, lang=lang)) for lang, t in chunk)


def mixed_speed(langs: list[str], mb: float = 20.0, workers: int = 2) -> float:
    """MB/s of ours on mixed-language paragraphs (all treebanks, repeated), `workers` processes."""
    paragraphs: list[tuple[str, str]] = []
    for lang in langs:
        sents = [s for s in gold(lang)[0].split(" ")]
        words = " ".join(sents).split(" ")
        for i in range(0, len(words), 120):
            paragraphs.append((lang, " ".join(words[i : i + 120])))
    size = sum(len(t.encode()) for _, t in paragraphs)
    reps = max(1, int(mb * 1e6 / size))
    work = paragraphs * reps
    chunks = [work[i : i + 2000] for i in range(0, len(work), 2000)]
    total = size * reps
    t0 = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_split_chunk, chunks))
    return total / 1e6 / (time.perf_counter() - t0)


def main(argv: list[str]) -> None:
    langs = argv or sorted(TREEBANKS)
    if not UD.is_dir():
        sys.exit(f"Error: {UD} not found (the shared data folder beside the repository)")
    print("UD dev, sentences joined by one space; boundary F1 x100 (P/R for ours); MB/s")
    print(
        f"{'lang':5}{'ours':>22}{'pysbd':>10}{'sentencex':>11}{'SaT-12l':>9}   MB/s ours/pysbd/sx"
    )
    rows = []
    for lang in langs:
        text, ref = gold(lang)
        out = {}
        speed = {}
        for name, fn in splitters(lang).items():
            t0 = time.perf_counter()
            pred = fn(text)
            dt = time.perf_counter() - t0
            out[name] = f1(pred, ref)
            speed[name] = len(text.encode()) / 1e6 / dt
        p, r, f = out["ours"]
        tag = "" if lang in PYSBD_LANGS else "en*"
        sat = SAT_12L.get(lang)
        rows.append((lang, f, out["pysbd"][2], out["sentencex"][2]))
        print(
            f"{lang:5}{f * 100:8.1f} (P {p * 100:4.1f} R {r * 100:4.1f})"
            f"{out['pysbd'][2] * 100:7.1f}{tag:>3}{out['sentencex'][2] * 100:11.1f}"
            f"{(f'{sat:.1f}' if sat else '-'):>9}   "
            f"{speed['ours']:.1f}/{speed['pysbd']:.2f}/{speed['sentencex']:.1f}"
        )
    n = len(rows)
    print(
        f"{'mean':5}{sum(r[1] for r in rows) / n * 100:8.1f}{'':16}"
        f"{sum(r[2] for r in rows) / n * 100:7.1f}{'':3}{sum(r[3] for r in rows) / n * 100:11.1f}"
    )
    print(f"mixed-language input, ours on 2 processes: {mixed_speed(langs):.1f} MB/s (target 5)")


if __name__ == "__main__":
    main(sys.argv[1:])
