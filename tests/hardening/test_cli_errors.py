"""Every CLI command, run as a real subprocess, under the conditions users meet: missing or
malformed options, an unreachable Label Studio, a read-only home, a full disk, and a write error
on stdout. Each run either succeeds or ends with exactly one `Error: ...` line on stderr and a
non-zero exit, never a traceback. With ANNOTATOR_DEBUG=1 a traceback is shown, without locals.

The commands are enumerated from the typer app, so a new command without a row here fails
`test_every_command_has_a_row`.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hostile_helpers import REPO, Run, closed_port, one_line_error, run_cli, tmpfs

pytestmark = pytest.mark.hardening

# Arguments that parse, per command ({docs}, {labels}, {out} are filled in per test).
VALID: dict[str, list[str]] = {
    "schema show": ["--format", "json"],
    "split": ["{docs}"],
    "documents": [],
    "claims": [],
    "recluster": [],
    "load": ["{docs}"],
    "sample": ["--n", "5", "--name", "s1"],
    "push": ["--project", "p"],
    "pull": ["--project", "p"],
    "simulate": ["--project", "p", "--annotators", "2"],
    "agreement": ["{labels}", "--level", "nominal", "--bootstrap", "0"],
    "aggregate": ["{labels}"],
    "audit": ["--project", "p", "--html", "{out}/audit.html", "--bootstrap", "0"],
    "adjudicate": ["--project", "p"],
    "dataset build": ["gold", "--project", "p"],
    "dataset list": ["--format", "json"],
    "dataset show": ["gold"],
    "dataset diff": ["gold@1", "gold@2"],
    "sources": ["gold"],
    "export": ["gold", "--out", "{out}/export"],
    "server start": ["--port", "{port}"],
    "server stop": [],
    "server status": [],
    "annotators add": ["ana@example.org"],
    "annotators list": [],
    "quickstart": ["{docs}", "--project", "p"],
    "desk start": ["--port", "{port}"],
    "desk stop": [],
    "desk status": [],
    "desk invite": ["ana@example.org", "--project", "p"],
    "desk reassign": ["ana@example.org", "--project", "p"],
}
# Malformed: (arguments, what must be in the message).
MALFORMED: dict[str, list[tuple[list[str], str]]] = {
    "schema show": [
        (["--format", "toml"], "Invalid value"),
        (["--schema", "{out}/missing.yaml"], "schema file not found"),
    ],
    "split": [([], "Missing argument"), (["{docs}", "--format", "xml"], "Invalid value")],
    "documents": [(["--format", "yaml"], "Invalid value")],
    "recluster": [(["--format", "xml"], "Invalid value")],
    "load": [([], "Missing argument"), (["{docs}", "--format", "xml"], "Invalid value")],
    "sample": [
        (["--n", "5"], "Missing option"),
        (["--n", "5", "--name", "s1", "--by", "length"], "--by must be"),
        (["--n", "5", "--name", "s1", "--stratify", "colour"], "cannot stratify by colour"),
    ],
    "claims": [(["--document"], "requires an argument")],
    "push": [([], "Missing option"), (["-p", "p", "--overlap", "0"], "Invalid value")],
    "pull": [([], "Missing option"), (["-p", "p", "--format", "csv"], "Invalid value")],
    "simulate": [([], "Missing option"), (["-p", "p", "-k", "2", "--accuracy", "2"], "Invalid")],
    "agreement": [
        (["{labels}"], "Missing option"),
        (["{labels}", "--level", "cardinal"], "unknown level"),
        (["{out}/missing.csv", "--level", "nominal"], "missing.csv"),
        (["{docs}/a.txt", "--level", "nominal"], "a.txt"),
    ],
    "aggregate": [
        ([], "Missing argument"),
        (["{labels}", "--method", "mean"], "Invalid value"),
        (["{docs}/a.txt"], "a.txt"),
    ],
    "audit": [([], "Missing option"), (["-p", "p", "--bootstrap", "-1"], "Invalid value")],
    "adjudicate": [([], "Missing option"), (["-p", "p", "--min-disagreement", "x"], "Invalid")],
    "dataset build": [([], "Missing argument"), (["gold", "--method", "vote"], "Invalid value")],
    "dataset list": [(["--format", "xml"], "Invalid value")],
    "dataset show": [([], "Missing argument"), (["gold@zero"], "invalid version")],
    "dataset diff": [(["gold@1"], "Missing argument"), (["gold@1", "other@2"], "two versions")],
    "sources": [([], "Missing argument"), (["gold@-1"], "invalid version")],
    "export": [([], "Missing argument"), (["gold", "--format", "xlsx"], "Invalid value")],
    "server start": [(["--port", "http"], "Invalid value")],
    "server stop": [(["now"], "unexpected extra argument")],
    "server status": [(["--verbose"], "No such option")],
    "annotators add": [([], "Missing argument")],
    "annotators list": [(["--all"], "No such option")],
    "quickstart": [([], "Missing argument"), (["{docs}", "--overlap", "many"], "Invalid value")],
    "desk start": [(["--port", "http"], "Invalid value")],
    "desk stop": [(["now"], "unexpected extra argument")],
    "desk status": [(["--verbose"], "No such option")],
    "desk invite": [([], "Missing argument")],
    "desk reassign": [(["ana@example.org"], "Missing option")],
}
# Commands that cannot do their job without Label Studio.
NEEDS_SERVER = {"push", "pull", "simulate", "adjudicate", "annotators add", "quickstart"}
NEEDS_SERVER |= {"desk invite"}


def leaf_commands() -> list[str]:
    import typer.main

    from annotator.cli import app

    out: list[str] = []

    def walk(cmd, prefix: str) -> None:  # type: ignore[no-untyped-def]
        sub = getattr(cmd, "commands", None)
        if sub is None:
            out.append(prefix)
            return
        for name, child in sub.items():
            walk(child, f"{prefix} {name}".strip())

    walk(typer.main.get_command(app), "")
    return sorted(out)


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, str]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "The minister said on Tuesday that 40 people were evacuated from the town.\n",
        encoding="utf-8",
    )
    labels = tmp_path / "labels.csv"
    labels.write_text("item,annotator,label\n1,a,x\n1,b,x\n2,a,y\n2,b,x\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    return {"docs": str(docs), "labels": str(labels), "out": str(out), "port": str(closed_port())}


def fill(args: Sequence[str], inputs: dict[str, str]) -> list[str]:
    return [a.format(**inputs) for a in args]


def run_all(
    jobs: list[tuple[str, list[str]]], call: Callable[[list[str]], Run]
) -> list[tuple[str, Run]]:
    with ThreadPoolExecutor(max_workers=2) as pool:  # 2 shared cores
        runs = list(pool.map(lambda job: call(job[1]), jobs))
    return [(name, run) for (name, _), run in zip(jobs, runs, strict=True)]


def judge(results: list[tuple[str, Run]], must_fail: set[str]) -> tuple[list[str], int, int]:
    """Problems (one per bad run), number of clean errors, number of successes."""
    problems, errors, ok = [], 0, 0
    for name, run in results:
        if "Traceback" in run.stderr or "Traceback" in run.stdout:
            problems.append(f"{name}: traceback\n{run}")
        elif run.returncode == 0 and name not in must_fail and not run.stderr.strip():
            ok += 1
        elif (why := one_line_error(run)) is not None:
            problems.append(f"{name}: {why}\n{run}")
        else:
            errors += 1
    return problems, errors, ok


def test_every_command_has_a_row() -> None:
    commands = leaf_commands()
    print(f"FIGURE cli commands: {len(commands)} leaf commands, {len(VALID)} with rows")
    assert set(commands) == set(VALID) == set(MALFORMED)


def test_missing_and_malformed_options(inputs: dict[str, str], tmp_path: Path) -> None:
    home = tmp_path / "home"
    jobs, expect = [], {}
    for name, cases in MALFORMED.items():
        for i, (args, needle) in enumerate(cases):
            key = f"{name} #{i}"
            jobs.append((key, [*name.split(), *fill(args, inputs)]))
            expect[key] = needle
    results = run_all(jobs, lambda argv: run_cli(argv, home=home, cwd=tmp_path))
    problems, errors, _ = judge(results, must_fail={k for k, _ in jobs})
    for key, run in results:
        if expect[key].lower() not in run.stderr.lower():
            problems.append(f"{key}: message lacks {expect[key]!r}\n{run}")
    print(
        f"FIGURE cli malformed: {len(jobs)} runs over {len(MALFORMED)} commands, "
        f"{errors} one-line errors, {len(problems)} problems"
    )
    assert not problems, "\n\n".join(problems)


def test_unreachable_server(inputs: dict[str, str], tmp_path: Path) -> None:
    port = closed_port()
    env = {"LABEL_STUDIO_URL": f"http://127.0.0.1:{port}", "LABEL_STUDIO_API_KEY": "x"}
    # `server start` runs the *local* server (LABEL_STUDIO_URL is for a team server): it would
    # really start one here; its failure modes are the busy port, read-only home and full disk.
    jobs = [
        (name, [*name.split(), *fill(args, inputs)])
        for name, args in VALID.items()
        if name not in ("server start", "desk start")
    ]
    results = run_all(jobs, lambda argv: run_cli(argv, home=tmp_path / "home", env=env))
    problems, errors, ok = judge(results, must_fail=NEEDS_SERVER | {"server status"})
    for name, run in results:
        # pull/simulate/adjudicate stop earlier (no such project in this empty store)
        if name in ("push", "quickstart") and "not reachable" not in run.stderr:
            problems.append(f"{name}: the error does not say the server is not reachable\n{run}")
    print(
        f"FIGURE cli unreachable server: {len(jobs)} commands, {errors} one-line errors, "
        f"{ok} succeeded without the server, {len(problems)} problems; slowest "
        f"{max(r.seconds for _, r in results):.1f} s"
    )
    assert not problems, "\n\n".join(problems)


# A command that printed something must fail when stdout cannot be written.
WRITES_STDOUT = set(VALID) - {"server stop", "annotators list", "server start", "quickstart"}


@pytest.mark.parametrize("condition", ["read-only home", "full disk"])
def test_read_only_home_and_full_disk(
    condition: str, inputs: dict[str, str], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    readonly = condition == "read-only home"
    with tmpfs(home, size="64k", readonly=readonly):
        if not readonly:  # fill it to the brim: every write fails with ENOSPC
            fd = os.open(home / "filler", os.O_WRONLY | os.O_CREAT)
            try:
                while os.write(fd, b"\0" * 4096):
                    pass
            except OSError:
                pass
            finally:
                os.close(fd)
        jobs = [(name, [*name.split(), *fill(args, inputs)]) for name, args in VALID.items()]
        results = run_all(jobs, lambda argv: run_cli(argv, home=home, cwd=tmp_path))
    writes_home = {"split", "server start", "quickstart", "push", "dataset build", "documents"}
    writes_home |= {"desk start"}
    problems, errors, ok = judge(results, must_fail=writes_home)
    print(
        f"FIGURE cli {condition}: {len(jobs)} commands, {errors} one-line errors, {ok} "
        f"succeeded (read nothing or wrote nothing), {len(problems)} problems"
    )
    assert not problems, "\n\n".join(problems)


def test_disk_fills_during_split(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with tmpfs(home, size="64k"):
        run = run_cli(["split", str(REPO / "seeds")], home=home, cwd=tmp_path)
    why = one_line_error(run)
    print(f"FIGURE cli disk fills during split: exit {run.returncode}, {run.stderr.strip()!r}")
    assert why is None, f"{why}\n{run}"
    assert "full" in run.stderr or "space" in run.stderr.lower(), run


def test_write_error_on_stdout(inputs: dict[str, str], tmp_path: Path) -> None:
    """stdout is /dev/full: every command that prints must say so in one line, exit non-zero."""
    home = tmp_path / "home"
    # a store with a document, so the listing commands have something to print
    assert run_cli(["split", inputs["docs"]], home=home, cwd=tmp_path).returncode == 0
    jobs = [
        (name, [*name.split(), *fill(args, inputs)])
        for name, args in VALID.items()
        if name not in NEEDS_SERVER | {"server start", "desk start"}
    ] + [("--help", ["--help"]), ("split --help", ["split", "--help"])]

    def call(argv: list[str]) -> Run:
        import subprocess
        import time

        from hostile_helpers import ANNOTATOR, cli_env

        t0 = time.monotonic()
        with open("/dev/full", "w") as full:
            proc = subprocess.run(
                [str(ANNOTATOR), *argv],
                env=cli_env(home),
                cwd=tmp_path,
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                timeout=120,
            )
        return Run(argv, proc.returncode, "", proc.stderr, time.monotonic() - t0)

    results = run_all(jobs, call)
    printing = {"documents", "claims", "agreement", "aggregate", "dataset list", "--help"}
    printing |= {"split", "split --help"}
    problems, errors, ok = judge(results, must_fail=printing)
    print(
        f"FIGURE cli stdout write error: {len(jobs)} commands, {errors} one-line errors, "
        f"{ok} printed nothing, {len(problems)} problems"
    )
    assert not problems, "\n\n".join(problems)


def test_port_in_use_and_debug_traceback(tmp_path: Path) -> None:
    """`server start` on a busy port fails in one line; ANNOTATOR_DEBUG=1 shows a plain traceback
    (typer's pretty exceptions are off: no locals panel)."""
    home = tmp_path / "home"
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        run = run_cli(["server", "start", "--port", str(port)], home=home)
        debug = run_cli(["dataset", "show", "nothing"], home=home, env={"ANNOTATOR_DEBUG": "1"})
    assert one_line_error(run) is None and "in use" in run.stderr, run
    assert debug.returncode != 0 and "Traceback (most recent call last)" in debug.stderr, debug
    assert "locals" not in debug.stderr.lower() and "╭" not in debug.stderr, debug
    from annotator.cli.app import app

    assert app.pretty_exceptions_enable is False and app.pretty_exceptions_show_locals is False
    print(
        f"FIGURE cli debug: busy port -> {run.stderr.strip()!r}; ANNOTATOR_DEBUG=1 traceback of "
        f"{len(debug.stderr.splitlines())} lines, no locals"
    )
