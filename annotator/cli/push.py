"""CLI: `annotator push` (claim units -> Label Studio tasks)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

import typer

from annotator.cli.app import app


class Format(StrEnum):
    text = "text"
    json = "json"


@contextmanager
def rich_progress(label: str) -> Iterator[object]:
    """A `(done, total)` callback drawing a rich bar on stderr; None when stderr is not a TTY."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total or None)

        yield update


@app.command("push")
def push_cmd(
    project: str = typer.Option(..., "--project", "-p", help="Label Studio project name."),
    overlap: int | None = typer.Option(
        None,
        "--overlap",
        min=1,
        help="Annotators per task (default: as before, 1 for a new project).",
    ),
    schema: Path | None = typer.Option(
        None,
        "--schema",
        help="Label schema file (default: as pushed before, else schemas/default.yaml).",
    ),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text or json."),
    lang: str = typer.Option(
        None, "--lang", help="Only claim units in these languages (ISO 639-1, e.g. de or de,fr)."
    ),
) -> None:
    """Create or update the Label Studio project and push every claim unit not yet pushed.

    Pushing again creates no task twice; changed claims are updated; an interrupted push is completed (and its orphan tasks adopted) by pushing again.

    Example: annotator push --project claims --overlap 3 --format json
    """
    from annotator.labelstudio.push import push
    from annotator.split.language import parse_languages

    langs = parse_languages(lang)
    with rich_progress("push") as progress:
        summary = push(
            project,
            overlap=overlap,
            schema_path=schema,
            progress=progress,  # type: ignore[arg-type]
            langs=langs,
        )
    if format is Format.json:
        print(json.dumps(summary.as_dict(), indent=2))
        return
    print(
        f"Project '{summary.project}' (Label Studio project {summary.ls_project_id} at "
        f"{summary.backend_url}): {summary.created} task(s) created, {summary.updated} updated, "
        f"{summary.unchanged} unchanged"
        + (f", {summary.adopted} adopted from an interrupted push" if summary.adopted else "")
        + (
            f", {summary.duplicates_deleted} duplicate(s) deleted"
            if summary.duplicates_deleted
            else ""
        )
    )
    if summary.duplicates_kept:
        ids = ", ".join(map(str, summary.duplicates_kept))
        print(f"Duplicate tasks with annotations left in place: {ids}", file=sys.stderr)
