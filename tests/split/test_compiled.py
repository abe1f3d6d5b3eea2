"""The opt-in compiled build: refused when missing or built from other sources."""

import json
import sys

import pytest

from annotator.split import compiled


def _build(tmp_path, digests):
    (tmp_path / compiled.MANIFEST).write_text(json.dumps(digests))
    return tmp_path


def test_missing_build_is_refused(tmp_path):
    with pytest.raises(ImportError, match="no build"):
        compiled.use_compiled([str(compiled.SOURCE)], tmp_path)


def test_stale_build_is_refused(tmp_path):
    digests = compiled.digests()
    digests["claims"] = "0" * 64  # built from an older claims.py
    with pytest.raises(ImportError, match="older than their source \\(claims\\)"):
        compiled.use_compiled([str(compiled.SOURCE)], _build(tmp_path, digests))


def test_current_build_goes_first(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    path = [str(compiled.SOURCE)]
    root = compiled.use_compiled(path, _build(tmp_path, compiled.digests()))
    assert path == [str(root / "annotator" / "split"), str(compiled.SOURCE)]
    assert str(root) in sys.path


def test_modules_exist():
    assert all((compiled.SOURCE / f"{m}.py").is_file() for m in compiled.MODULES)
