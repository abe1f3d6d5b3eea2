"""CLI: `annotator pull` (Label Studio annotations -> the store)."""

from __future__ import annotations

import json
import sys

import typer

from annotator.cli.app import app
from annotator.cli.options import TextFormat, TextOrJson


@app.command("pull")
def pull_cmd(
    project: str = typer.Option(..., "--project", "-p", help="Project name, as pushed."),
    reread: float = typer.Option(
        300.0,
        "--reread",
        min=0.0,
        help="Seconds behind the last pull's cursor to read again (commits that land late).",
    ),
    format: TextFormat = TextOrJson.text,
    include_simulated: bool = typer.Option(
        False,
        "--include-simulated",
        help="Count simulated labels in the leads' agreement column (a demo's, never data).",
    ),
) -> None:
    """Pull new, edited and deleted annotations since the last pull (with every revision).

    Results that do not fit the label schema are stored as invalid and listed; they never become gold labels. Skipped (cancelled) annotations are stored but are not labels.

    Example: annotator pull --project claims --format json
    """
    from datetime import timedelta

    from annotator.labelstudio.pull import pull

    summary = pull(project, reread=timedelta(seconds=reread), include_simulated=include_simulated)
    if format is TextOrJson.json:
        print(json.dumps(summary.as_dict(), indent=2))
        return
    print(
        f"Project '{project}': {summary.new} new, {summary.updated} updated, "
        f"{summary.deleted} deleted annotation(s) from {summary.tasks} changed task(s); "
        f"{summary.total} annotation(s) stored"
        + (f"; {summary.cancelled} skipped" if summary.cancelled else "")
        + (f"; {summary.invalid} invalid" if summary.invalid else "")
        + (
            f"; {summary.tasks_deleted} task(s) deleted in Label Studio (push sends them again)"
            if summary.tasks_deleted
            else ""
        )
    )
    for line in summary.errors:
        print(f"invalid: {line}", file=sys.stderr)
