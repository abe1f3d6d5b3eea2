"""Lint, format and types are part of the tests (ruff on everything, mypy on the package)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=600)


def test_ruff_clean() -> None:
    result = _run(str(BIN / "ruff"), "check", "annotator", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_clean() -> None:
    result = _run(str(BIN / "ruff"), "format", "--check", "annotator", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_clean() -> None:
    result = _run(str(BIN / "mypy"), "annotator")
    assert result.returncode == 0, result.stdout + result.stderr
