"""`agreement` and `aggregate` parsed without typer (annotator.cli.direct): the same options as
the typer commands, the same output, and typer's messages for anything else."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from annotator.cli import _guarded, _typer, main
from annotator.cli.app import app
from annotator.cli.direct import OPTIONS, REQUIRED, parse

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def labels(tmp_path: Path) -> Path:
    rows = [(f"c{i}", f"a{a}", str((i * a + i) % 3 + 1)) for i in range(12) for a in range(3)]
    rows[5] = ("c1", "a2", "")  # an empty label: missing
    path = tmp_path / "labels.csv"
    path.write_text("item,annotator,label\n" + "".join(",".join(r) + "\n" for r in rows))
    return path


@pytest.mark.parametrize("name", ["agreement", "aggregate"])
def test_direct_options_are_the_typer_options(name: str) -> None:
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    options = {p.opts[0]: p for p in command.params if p.param_type_name == "option"}
    assert set(options) == set(OPTIONS[name])
    for flag, (param, kind, default) in OPTIONS[name].items():
        option = options[flag]
        assert option.name == param and option.required == (param in REQUIRED[name])
        assert option.default == default or str(option.default) == str(default)
        if isinstance(kind, tuple):
            assert tuple(option.type.choices) == kind  # type: ignore[attr-defined]
        elif kind is int:
            assert option.type.name in ("int", "integer")


ARGS = [
    ["agreement", "{f}", "--level", "ordinal", "--bootstrap", "0", "--format", "json"],
    ["agreement", "{f}", "--level=nominal", "--missing", "3", "--bootstrap", "50", "--seed=4"],
    ["agreement", "{f}", "--level", "ordinal", "--order", "3,2", "--format", "json"],
    ["aggregate", "{f}"],
    ["aggregate", "{f}", "--method", "dawid-skene", "--format", "csv", "--missing=1"],
    ["aggregate", "{f}", "--method", "median", "--order", "1,2,3", "--min-annotations", "3",
     "--below-min", "silver", "--tie", "first"],
    ["aggregate", "{f}", "--tie", "none", "--seed", "7"],
]  # fmt: skip


@pytest.mark.parametrize("args", ARGS)
def test_direct_and_typer_give_the_same_output(
    args: list[str], labels: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    argv = [a.format(f=labels) for a in args]
    assert parse(argv) is not None
    direct = (main(argv), *capsys.readouterr())
    via_typer = (_guarded(lambda: _typer(argv)), *capsys.readouterr())
    assert direct == via_typer
    assert direct[1] or direct[2].startswith("Error: ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["agreement", "{f}"], "Error: Missing option '--level'."),
        (["agreement", "{f}", "--level", "nominal", "--bogus"], "Error: No such option: --bogus"),
        (["agreement", "{f}", "--level", "nominal", "--seed", "x"], "'x' is not a valid int"),
        (["agreement", "{f}", "{f}", "--level", "nominal"], "Got unexpected extra argument"),
        (["aggregate", "{f}", "--method", "mode"], "'mode' is not one of"),
        (["aggregate", "{f}", "--order"], "Error: Option '--order' requires an argument."),
    ],
)
def test_other_argument_lists_get_typer_messages(
    args: list[str], message: str, labels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [a.format(f=labels) for a in args]
    assert parse(argv) is None
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and message in err and err.count("\n") == 1, err


def test_help_is_typer_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse(["agreement", "--help"]) is None
    assert main(["agreement", "--help"]) == 0
    assert "--bootstrap" in capsys.readouterr().out


def test_a_plain_call_imports_neither_typer_nor_pyarrow(labels: Path) -> None:
    code = (
        "import sys; from annotator.cli import main; "
        f"code = main(['agreement', {str(labels)!r}, '--level', 'nominal', '--format', 'json']); "
        "print(sorted({'typer', 'click', 'pyarrow', 'rich'} & set(sys.modules)))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    summary, imported = run.stdout.rsplit("\n", 2)[:2]
    assert json.loads(run.stdout[: run.stdout.rindex("[")])["n_items"] == 12
    assert imported == "[]" and summary.endswith("}")
