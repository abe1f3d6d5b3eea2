"""Language per document, post and claim: detected by the split stage, forced, stored, filtered."""

from __future__ import annotations

import json
from array import array
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import select

from annotator import store
from annotator.cli import main
from annotator.errors import AnnotatorError
from annotator.labelstudio.push import iter_claims
from annotator.split import language
from annotator.store.models import ClaimUnit, Document

NEWS = {
    "de": "Der Bundeskanzler sagte am Montag in Berlin, die Regierung werde die Hilfen fortsetzen.",
    "fr": "Le ministre a déclaré lundi à Paris que le gouvernement poursuivrait son aide.",
    "es": "El ministro dijo el lunes en Madrid que el gobierno seguirá con las ayudas.",
    "ru": "Министр заявил в понедельник в Москве, что правительство продолжит помощь.",
    "uk": "Міністр заявив у понеділок у Києві, що уряд продовжить допомогу громадам.",
    "ar": "قال المتحدث باسم الحكومة يوم الاثنين إن المساعدات ستستمر في الأسابيع المقبلة.",
    "tr": "Bakan pazartesi günü Ankara'da yaptığı açıklamada hükümetin yardıma devam edeceğini söyledi.",
    "en": "The minister said on Monday in London that the government would continue its aid.",
}


@pytest.mark.parametrize("lang", sorted(NEWS))
def test_one_sentence_is_enough(lang: str) -> None:
    assert language.detect(NEWS[lang]) == lang


def test_too_few_letters_have_no_language() -> None:
    assert language.detect("Agree 100%") is None
    assert language.detect("12:30 — 14:45") is None


def test_codes_are_validated() -> None:
    assert language.parse_languages("DE, fr,de") == ["de", "fr"]
    assert language.parse_languages(None) == []
    with pytest.raises(AnnotatorError, match="not a language code: 'deutsch'"):
        language.parse_languages("deutsch")


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "de.txt").write_text(
        NEWS["de"] + " Die Opposition kritisierte die Pläne scharf und forderte neue Wahlen.\n",
        encoding="utf-8",
    )
    (folder / "ar.txt").write_text(
        NEWS["ar"] + " وأضاف أن الوزارة ستنشر تقريرا مفصلا عن الأضرار.\n", encoding="utf-8"
    )
    return folder


def test_split_detects_stores_and_push_filters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _corpus(tmp_path)
    assert main(["split", str(folder), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_file = {Path(r["path"]).name: r["lang"] for r in rows}
    assert by_file == {"de.txt": "de", "ar.txt": "ar"}
    with store.session() as s:
        assert sorted(d.lang for d in s.exec(select(Document))) == ["ar", "de"]  # type: ignore[type-var]
        arabic = list(iter_claims(s, ["ar"]))
        everything = list(iter_claims(s))
    assert arabic and all("ال" in c["text"] for c in arabic)
    assert len(everything) == len(rows) > len(arabic)


def test_lang_option_forces_and_bad_code_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _corpus(tmp_path)
    assert main(["split", str(folder / "de.txt"), "--lang", "FR", "--format", "json"]) == 0
    capsys.readouterr()
    with store.session() as s:
        assert {c.lang for c in s.exec(select(ClaimUnit))} == {"fr"}
    assert main(["split", str(folder / "ar.txt"), "--lang", "arabic"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "Error: not a language code: 'arabic' (use ISO 639-1, e.g. en, de, ar)"
    assert main(["push", "--project", "p", "--lang", "x1"]) == 1
    assert "Error: not a language code: 'x1'" in capsys.readouterr().err


def test_english_shortcut_only_takes_english() -> None:
    assert language._clearly_english(NEWS["en"] + " It was the second time that the aid was cut.")
    for lang in ("de", "fr", "es", "tr"):
        assert not language._clearly_english(NEWS[lang] + " " + NEWS[lang])


def test_english_shortcut_reads_typographic_quotes() -> None:
    curly = "“We will not pay,” the minister said. It was the second time that the aid was cut…"
    assert language._clearly_english(curly)
    assert language.detect(curly) == "en"
    assert not language._clearly_english(
        "„Wir zahlen nicht“, sagte der Minister – zum zweiten Mal."
    )


def test_model_cache_loads_the_same_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The decompressed copy is written once, loads the same model, and a broken copy falls
    back to py3langid's own load."""
    from py3langid import langid

    from annotator.split import language_model

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    samples = [
        "Der Bundestag hat am Donnerstag das Gesetz beschlossen, sagte die Ministerin.",
        "Le gouvernement a annoncé mardi une nouvelle réforme des retraites.",
        "El presidente dijo que la economía crecerá este año según el banco central.",
    ]
    reference = [langid._load_identifier().classify(t) for t in samples]
    cached = language_model.load()
    (copy,) = (tmp_path / "annotator").glob("langid-*.arrays")
    assert [cached.classify(t) for t in samples] == reference
    assert isinstance(cached.tk_output, array) and isinstance(cached._rowbase, array)  # packed
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    assert [language_model.load().classify(t) for t in samples] == reference  # from the copy
    copy.write_bytes(b"broken")
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    assert [language_model.load().classify(t) for t in samples] == reference
    assert not list((tmp_path / "annotator").glob("*.tmp"))


def test_writing_a_model_copy_removes_stale_copies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new copy replaces this install's earlier ones (another py3langid version), copies
    without an install hash, old temporary files and copies in the earlier format (`.npz`) over a
    week old; another install's recent copy and a recent `.npz` (an older annotator reads it)
    stay."""
    import os
    import time
    from importlib.metadata import version

    from py3langid import langid

    from annotator.split import language_model

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    folder = tmp_path / "annotator"
    folder.mkdir()
    install = language_model._install(langid.MODEL_DIR / langid.MODEL_FILE)
    week_ago = time.time() - language_model.STALE_AFTER - 60
    stale = {
        f"langid-0.3.0-{install}-4586000-1700000000000000000.arrays": None,  # older version
        f"py3langid-{version('py3langid')}-{install}-3-4.npz": week_ago,  # earlier format, old
        "py3langid-0.4.0-4586720-1796214879593932154.npz": None,  # named without the install
        f"langid-0.4.0-{'b' * 12}-4586720-1.arrays": week_ago,  # another install, unused
        f"py3langid-0.4.0-{install}-1-2.npzab12cd.tmp": week_ago,  # an abandoned write
        f"langid-0.4.0-{install}-1-2.arraysab12cd.tmp": week_ago,
    }
    kept = {
        f"langid-0.4.0-{'a' * 12}-4586720-1.arrays": None,  # another install's recent copy
        f"py3langid-0.4.0-{install}-1-2.npz": None,  # the earlier format: an older annotator's
        f"py3langid-0.4.0-{install}-1-2.npzef34gh.tmp": None,  # a write in progress
        "notes.txt": week_ago,
    }
    for name, mtime in {**stale, **kept}.items():
        (folder / name).write_bytes(b"x")
        if mtime is not None:
            os.utime(folder / name, (mtime, mtime))
    language_model.load()
    (copy,) = folder.glob(f"langid-*-{install}-*.arrays")
    assert sorted(p.name for p in folder.iterdir()) == sorted([copy.name, *kept])
    (folder / next(iter(stale))).write_bytes(b"x")  # a stale copy made later is left alone ...
    monkeypatch.setattr(langid, "IDENTIFIER", None)
    language_model.load()  # ... by a load that writes nothing
    assert (folder / next(iter(stale))).exists()


def _clearly_english_translating_first(sample: str) -> bool:
    """`language._clearly_english` as it translated every non-ASCII sample first."""
    sample = sample.translate(language._TYPOGRAPHIC)
    if not sample.isascii():
        return False
    words = language._ASCII_WORD.findall(sample.lower())
    hits = sum(1 for w in words if w in language._EN_WORDS)
    return len(words) >= 12 and hits * 6 >= len(words)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["the ", "ferry ", "“", "”", "—", "\u00a0", "é", "ж", "said ", "of "]))
)
def test_clearly_english_gives_up_at_the_first_foreign_character(parts: list[str]) -> None:
    sample = "".join(parts)
    assert language._clearly_english(sample) == _clearly_english_translating_first(sample)


def test_feature_counts_at_once_match_the_walk_byte_by_byte() -> None:
    """The model's features are counted with array steps (`visit_counts_at_once`): the same
    counts in the same order as py3langid's walk, on text of any script, short or long, and on
    arbitrary bytes; another table is still walked by the library."""
    import random

    from py3langid import langid

    from annotator.split import language_model

    identifier = language_model.load()
    by_step = getattr(langid.visit_counts, "by_step", None)
    assert by_step is not None  # the model's shape is known: its walk is replaced
    tables = (identifier.tk_nextmove, identifier._rowbase, identifier.tk_output)
    texts = [s.encode("utf-8") for s in NEWS.values()]
    texts += [t[:k] for t in texts for k in (0, 1, 2, 5, 6, 7, 40)]
    rnd = random.Random(7)
    texts += [bytes(rnd.randrange(256) for _ in range(rnd.randrange(60))) for _ in range(200)]
    for text in texts:
        fast, slow = langid.visit_counts(*tables, text), by_step(*tables, text)
        assert (fast is None) == (slow is None)
        assert list((fast or {}).items()) == list((slow or {}).items())
    other = (array("I", [0] * 512), array("I", [0, 256]), array("i", [-1, 3]))
    other[0][ord("a")] = 1  # 'a' from the start leads to state 1, which emits feature 3
    assert langid.visit_counts(*other, b"xa") == {3: 1}


def test_classify_from_feature_arrays_decides_as_the_library() -> None:
    """`language_model.classify` scores the features as arrays (`feature_counts_at_once`): the
    same features, counts and order as the library's `Counter`, so the same scores and language
    on text of any script, short or long, and on text with no feature at all."""
    import random

    import numpy as np
    from py3langid import langid

    from annotator.split import language_model

    identifier = language_model.load()
    rnd = random.Random(11)
    texts = [*NEWS.values(), "", "   ", "1234", "Ok."]
    texts += [
        "".join(rnd.choice("ab éжЯ.!12 ") for _ in range(rnd.randrange(80))) for _ in range(200)
    ]
    # longer texts: features met many times each, runs of equal features in the stable sort
    texts += [
        "".join(rnd.choice("abc déжЯ.") for _ in range(rnd.randrange(300))) for _ in range(40)
    ]
    walk = language_model._WALKS[id(identifier)]
    for text in texts:
        assert language_model.classify(identifier, text) == identifier.classify(text)[0]
        data = identifier._encode(text)
        found = language_model.feature_counts_at_once(walk[1], walk[2], data)
        counts = langid.visit_counts(
            identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data
        )
        if counts is None:
            assert found is None
            continue
        assert found[0].tolist() == list(counts) and found[1].tolist() == list(counts.values())
        assert found[1].dtype == np.float32
