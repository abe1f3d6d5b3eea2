"""Language identification on short texts: py3langid vs lingua-language-detector.

Snippets: from each UD dev treebank (`../shared/data/segmentation/ud/`, or `UD_DIR`), the gold
sentences in order, taken one at a time ("1 sentence") and three consecutive at a time
("3 sentences"), at most 300 of each per language. Accuracy = share of snippets whose predicted
ISO 639-1 code is the treebank's language. Every detector sees every language it knows (no
restriction to the ten tested), as in real use on unknown input. Speed: snippets per second,
one process, model loading excluded (printed separately).

    .venv/bin/python benchmarks/bench_language.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_sentences import TREEBANKS, UD  # noqa: E402 - one list of treebanks

PER_LANG = 300


def snippets(lang: str, k: int) -> list[str]:
    text = (UD / f"{TREEBANKS[lang]}-ud-dev.sentences.txt").read_text(encoding="utf-8")
    sents = [s.strip() for s in text.splitlines() if s.strip()]
    out = [" ".join(sents[i : i + k]) for i in range(0, len(sents) - k + 1, k)]
    return out[:PER_LANG]


def detectors() -> dict[str, tuple[Callable[[str], str | None], float]]:
    """name -> (detect function, load seconds)."""
    out: dict[str, tuple[Callable[[str], str | None], float]] = {}
    t0 = time.perf_counter()
    import py3langid

    py3langid.classify("warm up")
    out["py3langid"] = (lambda t: py3langid.classify(t)[0], time.perf_counter() - t0)

    from lingua import LanguageDetectorBuilder

    for name, low in (("lingua (high accuracy)", False), ("lingua (low accuracy)", True)):
        t0 = time.perf_counter()
        builder = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models()
        det = (builder.with_low_accuracy_mode() if low else builder).build()

        def detect(t: str, det=det) -> str | None:  # type: ignore[no-untyped-def]
            lang = det.detect_language_of(t)
            return lang.iso_code_639_1.name.lower() if lang else None

        out[name] = (detect, time.perf_counter() - t0)
    try:
        from annotator.split import language
    except ImportError:
        return out
    t0 = time.perf_counter()
    language.detect("warm up")
    out["annotator.split.language"] = (language.detect, time.perf_counter() - t0)
    return out


def main() -> None:
    if not UD.is_dir():
        sys.exit(f"Error: {UD} not found (the shared data folder beside the repository)")
    langs = sorted(TREEBANKS)
    data = {k: {lang: snippets(lang, k) for lang in langs} for k in (1, 3)}
    print(f"accuracy on UD dev snippets (<= {PER_LANG} per language), all languages enabled")
    for name, (fn, load) in detectors().items():
        print(f"\n{name}: model load {load:.2f} s")
        for k in (1, 3):
            row = []
            n_all = ok_all = 0
            chars = 0
            t0 = time.perf_counter()
            for lang in langs:
                ok = sum(1 for s in data[k][lang] if fn(s) == lang)
                row.append(f"{lang} {ok / len(data[k][lang]) * 100:5.1f}")
                ok_all += ok
                n_all += len(data[k][lang])
                chars += sum(len(s) for s in data[k][lang])
            dt = time.perf_counter() - t0
            print(
                f"  {k} sentence(s): mean {ok_all / n_all * 100:5.1f}%  "
                f"{n_all / dt:8.0f} snippets/s  {chars / 1e6 / dt:5.2f} M chars/s"
            )
            print("    " + "  ".join(row))


if __name__ == "__main__":
    main()
