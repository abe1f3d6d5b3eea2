"""Names and paths that try to escape: dataset names, project names and export folders with
`../`, absolute paths, NUL and very long names are refused with one `Error:` line (through the
CLI; NUL through the library, since no argv can carry it), and nothing is written outside.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_helpers import one_line_error, run_cli

from annotator.errors import AnnotatorError

pytestmark = pytest.mark.hardening

ESCAPES = ["../evil", "../../etc/passwd", "/etc/passwd", "a/../../b", "..", ".", "x" * 5000, ""]


def test_dataset_names_refused_through_the_cli(tmp_path: Path) -> None:
    home = tmp_path / "home"
    runs = []
    for name in ESCAPES:
        for argv in (
            ["dataset", "build", name],
            ["dataset", "show", name],
            ["export", name, "--out", str(tmp_path / "out")],
            ["sources", name],
        ):
            runs.append(run_cli(argv, home=home, cwd=tmp_path))
    problems = [f"{why}\n{r}" for r in runs if (why := one_line_error(r))]
    problems += [str(r) for r in runs if "invalid dataset name" not in r.stderr]
    written = [p for p in tmp_path.rglob("*") if "evil" in p.name or p.name == "passwd"]
    print(
        f"FIGURE paths dataset names: {len(runs)} CLI runs with {len(ESCAPES)} escaping names, "
        f"{len(runs) - len(problems)} refused in one line, {len(written)} files written outside"
    )
    assert not problems, "\n\n".join(problems)
    assert not written


def test_nul_and_long_names_refused_by_the_library(tmp_path: Path) -> None:
    from annotator.datasets.dataset import build_dataset, validate_name
    from annotator.datasets.export import export

    refused = 0
    for name in ("a\x00b", "\x00", "x" * 65, "é" * 10, "a b", "a\nb"):
        with pytest.raises(AnnotatorError) as err:
            validate_name(name)
        assert "\n" not in str(err.value)
        with pytest.raises(AnnotatorError):
            build_dataset(name)
        refused += 1
    with pytest.raises(AnnotatorError):  # the dataset lookup or the NUL check refuses it
        export("gold", None, "jsonl", str(tmp_path / "a\x00b"))
    print(f"FIGURE paths library: {refused} NUL/long/odd names refused by validate_name")


def test_export_out_that_cannot_be_created(tmp_path: Path) -> None:
    """--out too long, or under a file: one line, no traceback (after the dataset lookup, the
    folder is checked; an unknown dataset is the first error here)."""
    home = tmp_path / "home"
    (tmp_path / "file").write_text("x")
    runs = [
        run_cli(["export", "gold", "--out", out], home=home, cwd=tmp_path)
        for out in ("x" * 5000, str(tmp_path / "file" / "sub"), "/proc/version/x")
    ]
    problems = [f"{why}\n{r}" for r in runs if (why := one_line_error(r))]
    print(f"FIGURE paths export --out: {len(runs)} runs, {len(runs) - len(problems)} one-line")
    assert not problems, "\n\n".join(problems)


@pytest.mark.labelstudio
def test_project_names_refused_through_the_cli(ls_home: Path, tmp_path: Path) -> None:
    """`push --project` with an escaping or huge name must fail in one line and create nothing."""
    store = f"sqlite:///{tmp_path / 'store.db'}"
    env = {"ANNOTATOR_DB": store}
    seed = tmp_path / "doc.txt"
    seed.write_text("The minister said on Tuesday that 40 people were evacuated.\n")
    assert run_cli(["split", str(seed)], home=ls_home, env=env).returncode == 0
    runs = [
        run_cli(["push", "--project", name], home=ls_home, env=env, cwd=tmp_path)
        for name in ESCAPES
    ]
    problems = [f"{why}\n{r}" for r in runs if (why := one_line_error(r))]
    print(
        f"FIGURE paths project names: {len(runs)} pushes with escaping names, "
        f"{len(runs) - len(problems)} refused in one line"
    )
    assert not problems, "\n\n".join(problems)
