"""CLI: `annotator quickstart` (the main job end to end)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from annotator.cli.app import app


@app.command("quickstart")
def quickstart_cmd(
    paths: list[Path] = typer.Argument(..., help="Documents or folders to split (e.g. seeds/)."),
    project: str = typer.Option("seeds", help="Label Studio project name."),
    demo: bool = typer.Option(
        False, "--demo", help="Also simulate annotators, pull, audit, build and export a dataset."
    ),
    overlap: int = typer.Option(3, help="Annotators per task."),
    annotators: int = typer.Option(3, help="Simulated annotators (with --demo)."),
    accuracy: float = typer.Option(0.8, help="Simulated annotators' accuracy (with --demo)."),
    seed: int = typer.Option(0, help="Seed of the simulation."),
    format: str = typer.Option("text", "--format", help="text or json."),
) -> None:
    """Start the local Label Studio, split documents into claim units and push them for labelling.

    With --demo, three simulated annotators label every task, then the labels are pulled,
    audited (HTML report), frozen into a dataset version and exported.

    Example: annotator quickstart seeds/ --project seeds --demo
    """
    import sys

    from annotator.quickstart import quickstart

    def say(line: str) -> None:
        print(line, file=sys.stderr if format == "json" else sys.stdout, flush=True)

    result = quickstart(
        paths,
        project,
        demo=demo,
        overlap=overlap,
        annotators=annotators,
        accuracy=accuracy,
        seed=seed,
        say=say,
    )
    if format == "json":
        print(json.dumps(result, indent=2, default=str))
