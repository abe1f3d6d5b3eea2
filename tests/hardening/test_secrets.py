"""Tokens and passwords never leak: a full loop through the CLI (split, push, simulate 2
annotators, pull, audit --html, dataset build, export in every format, every --help, and error
paths with ANNOTATOR_DEBUG=1, one of them holding the admin token in LABEL_STUDIO_API_KEY)
against the shared Label Studio; every password and token in credentials.json is then looked for
in every output, every file under the home (but credentials.json and Label Studio's own
database, which must hold them), the store and the exports. credentials.json is mode 0600.
"""

from __future__ import annotations

import stat
import uuid
from pathlib import Path
from typing import Any

import pytest
from hostile_helpers import REPO, Run, closed_port, run_cli

pytestmark = [pytest.mark.hardening, pytest.mark.labelstudio]

FORMATS = ("jsonl", "csv", "parquet", "hf")


def _secrets(data: Any) -> set[str]:
    out: set[str] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("password", "token") and isinstance(value, str) and value:
                out.add(value)
            else:
                out |= _secrets(value)
    elif isinstance(data, list):
        for value in data:
            out |= _secrets(value)
    return out


def _is_ls_database(path: Path, home: Path) -> bool:
    rel = path.relative_to(home).parts
    return rel[:1] == ("labelstudio",) and (".sqlite3" in path.name or "media" in rel)


def test_no_secret_in_outputs_logs_exports_or_tracebacks(ls_home: Path, tmp_path: Path) -> None:
    import json

    from test_cli_errors import leaf_commands

    from annotator.cli import app  # noqa: F401 - registers the commands

    store = tmp_path / "store.db"
    env = {"ANNOTATOR_DB": f"sqlite:///{store}"}
    project = f"secrets-{uuid.uuid4().hex[:8]}"
    dataset = f"gold-{uuid.uuid4().hex[:6]}"
    out = tmp_path / "out"
    # the smallest seed (25 claim units): every command has claims, labels and rows to write
    seeds = [min((REPO / "seeds").glob("*.txt"), key=lambda p: p.stat().st_size)]
    runs: list[Run] = []

    def cli(*args: str, extra: dict[str, str] | None = None, ok: bool = True) -> Run:
        run = run_cli(list(args), home=ls_home, env={**env, **(extra or {})}, cwd=tmp_path)
        runs.append(run)
        if ok:
            assert run.returncode == 0, run
        return run

    cli("split", *map(str, seeds), "--format", "json")
    cli("push", "--project", project, "--overlap", "2")
    cli("simulate", "--project", project, "--annotators", "2", "--truth-out", str(out / "t.jsonl"))
    cli("pull", "--project", project)
    sim = "--include-simulated"
    cli("audit", "--project", project, "--html", str(out / "audit.html"), "--bootstrap", "20", sim)
    cli("dataset", "build", dataset, "--project", project, sim)
    cli("dataset", "show", dataset)
    cli("sources", dataset, "--format", "json", sim)
    for fmt in FORMATS:
        cli(
            "export",
            dataset,
            "--format",
            fmt,
            "--out",
            str(out / fmt),
            "--raw",
            "--with-mapping",
            sim,
        )
    cli("annotators", "list", "--format", "json")
    cli("server", "status", "--format", "json")
    for command in [""] + leaf_commands():
        cli(*command.split(), "--help")
    # error paths, with tracebacks on
    creds_path = ls_home / "credentials.json"
    creds = json.loads(creds_path.read_text(encoding="utf-8"))
    admin_token = creds["admin"]["token"]
    debug = {"ANNOTATOR_DEBUG": "1"}
    remote = {"LABEL_STUDIO_URL": f"http://127.0.0.1:{closed_port()}"}
    errors = [
        cli("dataset", "show", "no-such", extra=debug, ok=False),
        cli(
            "push",
            "--project",
            project,
            extra={**debug, **remote, "LABEL_STUDIO_API_KEY": admin_token},
            ok=False,
        ),  # fmt: skip
        cli(
            "pull",
            "--project",
            project,
            extra={
                **debug,
                "LABEL_STUDIO_URL": creds["url"],
                "LABEL_STUDIO_API_KEY": "wrong-" + admin_token,
            },
            ok=False,
        ),  # fmt: skip
        cli(
            "push",
            "--project",
            project,
            extra={**remote, "LABEL_STUDIO_API_KEY": admin_token},
            ok=False,
        ),  # fmt: skip
    ]
    assert all(r.returncode != 0 for r in errors), errors
    assert any("Traceback" in r.stderr for r in errors[:3]), errors[0]
    for r in errors[:3]:
        assert "locals" not in r.stderr.lower() and "╭" not in r.stderr, r

    secrets = _secrets(json.loads(creds_path.read_text(encoding="utf-8")))
    assert len(secrets) >= 6  # admin password + token, 2 simulated accounts' passwords + tokens
    leaks: list[str] = []
    for run in runs:
        for secret in secrets:
            if secret in run.stdout or secret in run.stderr:
                leaks.append(f"output of annotator {' '.join(run.args)}")
    files = [p for p in ls_home.rglob("*") if p.is_file() and p != creds_path]
    skipped = [p for p in files if _is_ls_database(p, ls_home)]
    files = [p for p in files if p not in skipped] + [store]
    files += [p for p in out.rglob("*") if p.is_file()]
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            if secret.encode() in data:
                leaks.append(str(path))
    logs = [p for p in files if p.suffix == ".log"]
    mode = stat.S_IMODE(creds_path.stat().st_mode)
    print(
        f"FIGURE secrets: {len(secrets)} secrets, {len(runs)} CLI runs ({len(errors)} error paths, "
        f"3 with ANNOTATOR_DEBUG=1), {len(files)} files ({len(logs)} logs) searched, "
        f"{len(skipped)} Label Studio database files skipped, {len(leaks)} leaks; "
        f"credentials.json mode {mode:o}; slowest runs "
        f"{sorted(((round(r.seconds), r.args[0]) for r in runs), reverse=True)[:4]}"
    )
    assert not leaks, sorted(set(leaks))
    assert mode == 0o600
    assert logs, "no Label Studio log found under the home"
