"""The compiled build: run by default while current, refused by ANNOTATOR_COMPILED=1 when
missing or stale, turned off by ANNOTATOR_COMPILED=0; it splits exactly as the pure modules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.split import compiled

ROOT = Path(__file__).resolve().parents[2]


def _build(tmp_path: Path, recorded: dict[str, list[object]] | None = None) -> Path:
    """A build's manifest without its extensions: the sources still import, from the package."""
    compiled.write_manifest(tmp_path, compiled.sources() if recorded is None else recorded)
    return tmp_path


def _stale(tmp_path: Path) -> Path:
    recorded = compiled.sources()
    recorded["claims"] = ["0" * 64, 0, 0]  # built from an older claims.py
    return _build(tmp_path, recorded)


def test_missing_build_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportError, match="no build"):
        compiled.use_compiled([str(compiled.SOURCE)], tmp_path)


def test_stale_build_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportError, match="older than their source \\(claims\\)"):
        compiled.use_compiled([str(compiled.SOURCE)], _stale(tmp_path))


def test_current_build_goes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(compiled, "loaded", None)
    path = [str(compiled.SOURCE)]
    root = compiled.use_compiled(path, _build(tmp_path))
    assert path == [str(root / "annotator" / "split"), str(compiled.SOURCE)]
    assert str(root) in sys.path and compiled.loaded == root


def test_a_moved_stat_is_hashed_and_a_changed_one_is_stale(tmp_path: Path) -> None:
    recorded = compiled.sources()
    recorded["cues"] = [recorded["cues"][0], 1, 2]  # same source, touched since the build
    assert compiled.stale(_build(tmp_path, recorded)) == []
    recorded["quotes"] = ["f" * 64, 1, 2]  # other source
    assert compiled.stale(_build(tmp_path, recorded)) == ["quotes"]
    del recorded["quotes"]  # a build with another module list
    assert compiled.stale(_build(tmp_path, recorded)) == ["quotes"]


def test_a_build_for_another_interpreter_or_of_the_old_format_is_stale(tmp_path: Path) -> None:
    _build(tmp_path)
    manifest = json.loads((tmp_path / compiled.MANIFEST).read_text())
    manifest["abi"] = ".cpython-27-x86_64-linux-gnu.so"
    (tmp_path / compiled.MANIFEST).write_text(json.dumps(manifest))
    assert compiled.stale(tmp_path) == ["all modules"]
    old_format = {m: rec[0] for m, rec in manifest["modules"].items()}  # module -> sha256
    (tmp_path / compiled.MANIFEST).write_text(json.dumps(old_format))
    assert compiled.stale(tmp_path) == ["all modules"]


def test_default_takes_a_current_build_and_skips_a_missing_one_silently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(compiled, "loaded", None)
    path: list[str] = []
    assert compiled.use_default(path, tmp_path / "none") is None and path == []
    assert compiled.use_default(path, _build(tmp_path)) == tmp_path
    assert path == [str(tmp_path / "annotator" / "split")] and compiled.loaded == tmp_path
    assert capsys.readouterr().err == ""


def test_default_runs_pure_beside_a_stale_build_and_says_so_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(compiled, "_warned", False)
    path: list[str] = []
    assert compiled.use_default(path, _stale(tmp_path)) is None
    assert compiled.use_default(path, tmp_path) is None and path == []
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "(claims)" in err[0] and compiled.FIX in err[0]


_LOADED = "import annotator.split.compiled as c; print(c.loaded or 'pure')"


def _python(code: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "ANNOTATOR_COMPILED"}
    full.update(env, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", code, *args], env=full, capture_output=True, text=True, cwd=ROOT
    )


@pytest.mark.parametrize(
    ("mode", "build", "loaded", "err"),
    [
        ("", "current", "build", ""),
        ("", "missing", "pure", ""),
        ("", "stale", "pure", "older than their source (claims)"),
        ("0", "current", "pure", ""),
        ("1", "current", "build", ""),
        ("1", "missing", "", "ImportError: ANNOTATOR_COMPILED=1 but no build"),
        ("1", "stale", "", "ImportError: compiled modules older than their source"),
    ],
)
def test_annotator_compiled_chooses_the_path(
    tmp_path: Path, mode: str, build: str, loaded: str, err: str
) -> None:
    root = tmp_path / "build"
    root.mkdir()
    if build != "missing":
        (_build if build == "current" else _stale)(root)
    env = {"ANNOTATOR_COMPILED_DIR": str(root)} | ({"ANNOTATOR_COMPILED": mode} if mode else {})
    run = _python(_LOADED, **env)
    assert run.stdout.strip() == {"build": str(root), "pure": "pure", "": ""}[loaded]
    assert err in run.stderr and (run.returncode == 0) == bool(loaded)
    if loaded == "pure" and err:
        assert len(run.stderr.splitlines()) == 1


def test_modules_exist() -> None:
    assert all((compiled.SOURCE / f"{m}.py").is_file() for m in compiled.MODULES)
    assert "compiled" not in compiled.MODULES  # it decides which path runs: always Python


# Invented texts in five languages, beside the seeds: quotes, cues and names for every path.
TEXTS = {
    "de.txt": "„Die Fähre nach Sellin fährt ab Mai stündlich“, sagte die Reederin Jana Feld am"
    " Montag. Der Kreistag will die Zuschüsse im Herbst prüfen.",
    "fr.txt": "« La halle aux grains rouvrira après l'été », a déclaré l'adjoint Paul Rivet. Selon"
    " lui, la toiture a coûté deux millions d'euros.",
    "es.txt": '"El muelle norte tendrá dos grúas nuevas", dijo la directora Lucía Varela. Según el'
    " puerto, el tráfico de contenedores creció un 12 por ciento.",
    "ru.txt": "«Читальный зал откроется к зиме», заявил директор Олег Сомов. По его словам,"
    " ремонт обошёлся в три миллиона рублей.",
    "en.txt": 'Harbour pilot Mina Osei said the channel "will need dredging every spring." The'
    " council, she added, has not yet voted on the cost.",
}

_SPLIT = """
import json, sys
from pathlib import Path
import annotator.split.compiled as c
from annotator.split.document_rows import split_file
paths = sorted(Path(sys.argv[1]).glob("*.txt")) + sorted(Path(sys.argv[2]).glob("*.txt"))
rows = [[d.document, d.source, d.posts, d.claims] for p in paths for d in split_file(str(p))[0]]
print(json.dumps({"loaded": str(c.loaded or "pure"), "rows": rows}, sort_keys=True))
"""


def test_the_compiled_and_the_pure_path_split_identically(tmp_path: Path) -> None:
    old = compiled.stale(compiled.build_dir())
    if old is None or old:
        state = "no build" if old is None else f"a stale build ({', '.join(old[:5])})"
        if os.environ.get("ANNOTATOR_COMPILED") == "0" and os.environ.get("CI") != "true":
            pytest.skip(f"ANNOTATOR_COMPILED=0 and {state}: the pure path only")
        pytest.fail(
            f"{state} in {compiled.build_dir()}: run `{compiled.FIX}` (scripts/setup.sh does)"
        )
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    dirs = (str(ROOT / "seeds"), str(tmp_path))
    pure = _python(_SPLIT, *dirs, ANNOTATOR_COMPILED="0")
    built = _python(_SPLIT, *dirs, ANNOTATOR_COMPILED="1")
    assert pure.returncode == built.returncode == 0, pure.stderr + built.stderr
    a, b = json.loads(pure.stdout), json.loads(built.stdout)
    assert a["loaded"] == "pure" and b["loaded"] == str(compiled.build_dir())
    assert sum(len(r[3]) for r in a["rows"]) > 40 and len(a["rows"]) == 10
    assert a["rows"] == b["rows"]


def test_an_unreadable_manifest_or_a_missing_source_is_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / compiled.MANIFEST).write_text("{not json")
    assert compiled.stale(tmp_path) == ["manifest"]
    recorded = compiled.sources()
    _build(tmp_path, {**recorded, "zz_gone": recorded["cues"]})
    monkeypatch.setattr(compiled, "MODULES", [*compiled.MODULES, "zz_gone"])
    assert compiled.stale(tmp_path) == ["zz_gone"]
