"""CLI: `annotator push` (claim units -> Label Studio tasks)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from annotator.cli.app import app
from annotator.cli.options import TextFormat, TextOrJson


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
    collection: list[str] = typer.Option(
        [],
        "--collection",
        "-c",
        help="Push the claims of this collection (from `split --collection`); repeatable.",
    ),
    documents: list[str] = typer.Option(
        [],
        "--documents",
        "-d",
        help="Push the claims of documents by stored path or glob (quote it); repeatable.",
    ),
    new: bool = typer.Option(
        False, "--new", help="Create the project even if its name is close to an existing one."
    ),
    suggest: list[str] = typer.Option(
        [],
        "--suggest",
        help="Show annotators this field's suggestion on the desk (off by default); repeatable.",
    ),
    format: TextFormat = TextOrJson.text,
    lang: str = typer.Option(
        None, "--lang", help="Only claim units in these languages (ISO 639-1, e.g. de or de,fr)."
    ),
    ui_lang: str = typer.Option(
        None,
        "--ui-lang",
        help="Interface language of titles, labels and hints (from the schema's translations).",
    ),
) -> None:
    """Create or update the Label Studio project and push a selection of claim units.

    With --collection/--documents only those claims go. Without: a new project gets every
    stored claim, an existing one the selections it was pushed with before (or every claim).
    A new name that differs from an existing project by case or one letter is refused unless
    --new. Pushing again creates no task twice; changed claims are updated; an interrupted push
    is completed by pushing again; a project deleted in Label Studio is created again.

    Example: annotator push --project claims --collection week-36 --overlap 3
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
            collections=collection,
            documents=documents,
            new=new,
            ui_lang=ui_lang or None,
            suggest=suggest or None,
        )
    if format is TextOrJson.json:
        print(json.dumps(summary.as_dict(), indent=2))
        return
    if summary.recreated:
        print(
            f"Project '{summary.project}' was gone from Label Studio: created again, "
            "its claims sent again, pull starts over",
            file=sys.stderr,
        )
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
