"""Language of documents, forum posts and claim units (ISO 639-1 codes such as `de`, `ar`).

Detector: py3langid (langid.py's 97-language naive Bayes model, shipped inside the package; no
download at run time). Chosen by measurement (benchmarks/bench_language.py, UD dev snippets of
ten languages, every language of each detector enabled): on one sentence py3langid is right
96.4% of the time vs 96.6% for lingua-language-detector in high-accuracy mode and 92.8% in its
low-accuracy mode; on three sentences 99.0% vs 99.2% / 98.6%. py3langid classifies ~1,300
one-sentence snippets/s against lingua's ~60 (high) / ~230 (low), loads in ~2 s against 70 s
and ~1.4 GB for lingua's preloaded models. Equal accuracy within 0.2 points at 20x the speed
decides it: the split stage runs at several MB/s.

What is classified: the first `SAMPLE_CHARS` characters of a document's claim material (its
blocks, boilerplate excluded) and the first `POST_SAMPLE_CHARS` of each forum post's own
blocks (detection costs ~0.8 µs a character: the samples keep it to ~15% of the split stage). Text with fewer than
`MIN_LETTERS` letters ("Agree 100%") gets no language of its own: a post then inherits the
document's. A forced language (`split --lang de`) replaces detection everywhere.

`parse_languages("de,fr")` validates a user's list; `where_language(langs)` is the SQL
condition on claim units that `push --lang` and `sample --lang` use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any

from annotator.errors import AnnotatorError

SAMPLE_CHARS = 300
POST_SAMPLE_CHARS = 160  # a forum post: about one sentence (96% right on one UD sentence)
MIN_LETTERS = 12
_CODE = re.compile(r"^[a-z]{2,3}$")
_LETTER = re.compile(r"[^\W\d_]")


def detect(text: str, sample_chars: int = SAMPLE_CHARS) -> str | None:
    """The language of `text` (ISO 639-1), or None when it has too few letters to tell."""
    sample = text[:sample_chars]
    if sum(1 for _ in islice(_LETTER.finditer(sample), MIN_LETTERS)) < MIN_LETTERS:
        return None
    if _clearly_english(sample):
        return "en"
    from annotator.split import language_model

    return language_model.classify(language_model.load(), sample)


def preload() -> None:
    """Load the detector's model now, e.g. before forking worker processes, which then share
    it instead of each loading its own copy (`language_model.load`: ~0.03 CPU s from the
    decompressed copy it caches and maps, ~1 s the first time)."""
    from annotator.split import language_model

    language_model.load()


# English function words that no other language uses as words; a sample made of them at a
# rate of 1 in 6 words (English prose runs at 1 in 4 or more) is English without asking the
# model, which keeps detection out of the English split stage's time.
_EN_WORDS = frozenset("the and of to is was that with for said are were this have has from".split())
_ASCII_WORD = re.compile(r"[A-Za-z'][A-Za-z']*")  # `X+` as `XX*`: a charset start


# typographic quotes, dashes and spaces do not make a text less English ("“We will,” she said")
_TYPOGRAPHIC_CHARS = {
    "“": '"',
    "”": '"',
    "„": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
    "–": "-",
    "—": "-",
    "…": ".",
    "\u00a0": " ",
}
_TYPOGRAPHIC = str.maketrans(_TYPOGRAPHIC_CHARS)


# a character neither ASCII nor made ASCII by `_TYPOGRAPHIC`: found, the sample is not English
# (one scan that stops there, mostly at a text's first accent or letter of another script,
# instead of a `str.translate` of the whole sample by a dict)
_NOT_TYPOGRAPHIC = re.compile("[^\x00-\x7f" + "".join(_TYPOGRAPHIC_CHARS) + "]")


def _clearly_english(sample: str) -> bool:
    if not sample.isascii():
        if _NOT_TYPOGRAPHIC.search(sample):
            return False
        sample = sample.translate(_TYPOGRAPHIC)
    words = _ASCII_WORD.findall(sample.lower())
    hits = sum(1 for w in words if w in _EN_WORDS)
    return len(words) >= 12 and hits * 6 >= len(words)


def detect_parts(
    text: str, spans: Iterable[tuple[int, int]], sample_chars: int = SAMPLE_CHARS
) -> str | None:
    """The language of the text of `spans` (in order), sampled up to `sample_chars`."""
    parts: list[str] = []
    size = 0
    for s, e in spans:
        if size >= sample_chars:
            break
        part = text[s : min(e, s + sample_chars - size)]
        parts.append(part)
        size += len(part) + 1
    return detect("\n".join(parts), sample_chars)


def normalize(code: str) -> str:
    """A language code as stored: lower case, 2 or 3 letters (`DE` -> `de`); else an error."""
    value = code.strip().lower()
    if not _CODE.match(value):
        raise AnnotatorError(
            f"not a language code: {code!r} (use ISO 639-1, e.g. en, de, ar)", path=None
        )
    return value


def parse_languages(value: str | Sequence[str] | None) -> list[str]:
    """`"de,fr"` or `["de", "fr"]` -> `["de", "fr"]` (validated, deduplicated, in order)."""
    if value is None:
        return []
    items = value.split(",") if isinstance(value, str) else [v for x in value for v in x.split(",")]
    out: list[str] = []
    for item in items:
        if item.strip():
            code = normalize(item)
            if code not in out:
                out.append(code)
    return out


def where_language(langs: Sequence[str]) -> Any:
    """SQL condition: the claim unit's language is one of `langs` (all claims when empty)."""
    from sqlalchemy import true
    from sqlmodel import col

    from annotator.store.models import ClaimUnit

    return col(ClaimUnit.lang).in_(list(langs)) if langs else true()
