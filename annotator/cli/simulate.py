"""CLI: `annotator simulate` (simulated annotators label a project through the real API)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from annotator.cli.app import app
from annotator.cli.options import TextFormat, TextOrJson


@app.command("simulate")
def simulate_cmd(
    project: str = typer.Option(..., "--project", "-p", help="Project name, as pushed."),
    annotators: int = typer.Option(
        ..., "--annotators", "-k", min=1, help="Simulated annotator accounts."
    ),
    accuracy: float = typer.Option(
        0.8, "--accuracy", min=0.0, max=1.0, help="Chance each answer is right."
    ),
    accuracies: str | None = typer.Option(
        None, "--accuracies", help="Per-annotator accuracy, comma separated (overrides --accuracy)."
    ),
    seed: int = typer.Option(0, "--seed", help="Seed of the hidden truth and of the answers."),
    truth_out: Path | None = typer.Option(
        None,
        "--truth-out",
        help="Write the hidden truth as JSONL (claim_id + one key per label field).",
    ),
    via_desk: bool = typer.Option(
        False, "--via-desk", help="Label through the annotation desk over HTTP, like a browser."
    ),
    format: TextFormat = TextOrJson.text,
) -> None:
    """Label the project's tasks as K simulated accounts (sim-<i>@simulated.annotator).

    Each account asks Label Studio for its next task until none is left, so the project's overlap is respected. Answers derive from a seeded hidden truth with per-annotator error.

    Example: annotator simulate --project claims --annotators 3 --accuracies 0.9,0.7,0.5 --truth-out truth.jsonl
    """
    from annotator.labelstudio.simulate import parse_accuracies, simulate

    summary = simulate(
        project,
        annotators=annotators,
        accuracy=accuracy,
        seed=seed,
        truth_out=truth_out,
        accuracies=parse_accuracies(accuracies),
        via_desk=via_desk,
    )
    if format is TextOrJson.json:
        print(json.dumps(summary.as_dict(), indent=2))
        return
    per = ", ".join(f"{e}: {n}" for e, n in summary.per_annotator.items())
    print(
        f"Project '{project}': {summary.annotations} annotation(s) on {summary.tasks} task(s) "
        f"by {summary.annotators} simulated annotator(s) ({per})"
        + (f"; truth written to {summary.truth_out}" if summary.truth_out else "")
    )
