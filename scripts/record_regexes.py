"""Record the split stage's regular expressions into the build directory (see
annotator/split/regex_cache.py); scripts/compile.sh runs this after the build.

python scripts/record_regexes.py   # from the repository root
"""

import importlib
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["ANNOTATOR_REGEX_CACHE"] = "0"  # record from `re`, not from an older record

from annotator.split import regex_cache  # noqa: E402
from annotator.split.compiled import build_dir  # noqa: E402

# One short invented text a language the stage has rules for (the rules compile some patterns
# on the first text of their language).
TEXTS = {
    "de": "Die Bürgermeisterin sagte am Montag, der neue Radweg werde im Mai eröffnet.",
    "en": "The harbour master said on Friday that the ferry would resume service in June.",
    "es": "El alcalde dijo el martes que el mercado abrirá de nuevo en abril.",
    "fr": "La directrice a déclaré jeudi que la bibliothèque fermera en août.",
    "it": "Il sindaco ha detto mercoledì che il ponte sarà riaperto a luglio.",
    "nl": "De wethouder zei dinsdag dat het zwembad in maart weer opengaat.",
    "pt": "O prefeito disse na segunda-feira que a feira volta em outubro.",
    "ru": "Мэр заявил в среду, что новый мост откроют в сентябре.",
    "tr": "Belediye başkanı salı günü yeni parkın haziranda açılacağını söyledi.",
    "uk": "Міський голова сказав у четвер, що новий парк відкриють у травні.",
    "pl": "Burmistrz powiedział w piątek, że nowy basen zostanie otwarty w lipcu.",
    "ar": "قال رئيس البلدية يوم الأحد إن الحديقة الجديدة ستفتح في مايو.",
}
HTML = (
    "<html><head><title>Harbour news</title></head><body><nav>Home | Search</nav><article>"
    "<h1>Ferry to return</h1><p>{}</p><p>Read more</p></article>"
    "<footer>© 2026 Harbour Post. All rights reserved.</footer></body></html>"
)


def warm() -> None:
    """Import every module of the split stage and the command, and split the seeds and TEXTS."""
    for module in sorted((ROOT / "annotator" / "split").glob("*.py")):
        if not module.stem.startswith("_"):
            importlib.import_module(f"annotator.split.{module.stem}")
    importlib.import_module("annotator.store")
    importlib.import_module("annotator.cli")
    from annotator.split import acts, cue_checks_de, lexicon_de, subordinate_clauses_de
    from annotator.split.document import RawDocument

    # patterns built on demand from a fixed list, only for the texts that reach them: each act
    # class alone (`acts._act_matches`), each German verb particle (`cue_checks_de`), German
    # subordinate clauses (a sentence with a comma)
    for name in acts._ACTS:
        acts._class_pattern(name)
    for particles in sorted(set(lexicon_de.SEPARABLE.values())):
        cue_checks_de._closes_with("", 0, particles)
    subordinate_clauses_de.only_in_subordinate("Ja, nein", 0, 8)
    from annotator.split.pipeline import split_document, split_file

    for path in sorted((ROOT / "seeds").glob("*.txt")):
        split_file(str(path))
    for lang, text in TEXTS.items():
        for forced in (lang, None):
            split_document(RawDocument(path="warm.txt", format="txt", text=text), lang=forced)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(HTML.format(TEXTS["en"]), encoding="utf-8")
        split_file(str(page))


if __name__ == "__main__":
    out = build_dir()
    out.mkdir(parents=True, exist_ok=True)
    print(f"recorded {regex_cache.record(out, warm)} patterns into {out / regex_cache.FILE}")
