"""CLI: `annotator audit` (agreement per field, HTML report) and `annotator adjudicate`."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from annotator.cli.app import app
from annotator.cli.options import IncludeSimulated, TextFormat, TextOrJson


class Format(StrEnum):
    table = "table"
    json = "json"


@app.command("audit")
def audit_cmd(
    project: str = typer.Option(..., "--project", "-p", help="Annotation project name, as pushed."),
    html: Path | None = typer.Option(None, "--html", help="Write the HTML report to this file."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table or json."),
    bootstrap: int = typer.Option(
        1000, "--bootstrap", min=0, help="Resamples for alpha's 95% interval; 0 for none."
    ),
    seed: int = typer.Option(0, "--seed", help="Seed of the bootstrap (same seed, same interval)."),
    field: list[str] | None = typer.Option(
        None, "--field", help="Only this label field (repeat for several)."
    ),
    include_simulated: IncludeSimulated = False,
) -> None:
    """Inter-annotator agreement of a project, per label field, from the pulled annotations.

    Each field at its own level of measurement ("cannot be judged" values are not labels): Krippendorff's alpha with a bootstrap 95% interval, kappas, Gwet's AC1. The HTML report adds per annotator agreement, annotator x annotator, the coincidence matrix, alpha per outlet and per speaker, and the claims to adjudicate. Adjudicated annotations are not counted.

    Example: annotator audit --project claims --html audit.html
    """
    from annotator.agreement.audit import audit

    result = audit(
        project,
        html=html,
        bootstrap=bootstrap,
        seed=seed,
        fields=field or None,
        include_simulated=include_simulated,
    )
    if format is Format.json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False, allow_nan=False))
        return
    _print_table(result, html)


def _fmt(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}"


def _print_table(result: dict[str, Any], html: Path | None) -> None:
    """The audit as text: the same numbers, reasons and notes as `--format json`."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    caption = (
        f"{result['n_annotations']} annotation(s) by {result['n_annotators']} annotator(s). "
        f"Alpha: Krippendorff's, 95% CI from {result['bootstrap']} item resamples "
        f"(seed {result['seed']}); kappa: Fleiss'; AC1: Gwet's."
    )
    console = Console(soft_wrap=False)
    title = escape(f"Agreement audit: {result['project']}")
    if result["fields"]:
        table = Table(title=title, caption=escape(caption))
        table.add_column("Field (level)", overflow="fold")
        for name in ("Alpha", "95% CI", "Kappa", "AC1", "Items", "Annotators"):
            table.add_column(name, justify="right", no_wrap=True)
        for f in result["fields"]:
            ci = f["alpha_ci"]
            table.add_row(
                escape(f["field"]) + f"\n[dim]{f['level']}[/dim]",
                _fmt(f["alpha"]),
                "-" if ci is None else f"{ci[0]:.2f}\u2013{ci[1]:.2f}",
                _fmt(f["fleiss_kappa"]),
                _fmt(f["gwet_ac1"]),
                str(f["n_items"]),
                str(f["n_annotators"]),
            )
        console.print(table)
    else:
        console.print(title)
        console.print(escape(caption))
    for f in result["fields"]:
        reason = (f.get("reasons") or {}).get("alpha")
        if f["alpha"] is None and reason:
            console.print(escape(f"{f['field']}: no alpha ({reason})"))
    for note in result.get("notes") or []:
        console.print(escape(f"Note: {note}"))
    if result["adjudication"]:
        console.print(
            escape(
                f"Claims with disagreements: `annotator adjudicate --project {result['project']}` "
                "sends them to adjudication"
            )
        )
    if html is not None:
        console.print(escape(f"Report written to {html}"))


@app.command("adjudicate")
def adjudicate_cmd(
    project: str = typer.Option(..., "--project", "-p", help="Annotation project name, as pushed."),
    min_disagreement: float = typer.Option(
        0.0,
        "--min-disagreement",
        min=0.0,
        help="Only claims whose disagreement score (0 unanimous, 1 as bad as chance) is at least this.",
    ),
    adjudication_project: str | None = typer.Option(
        None,
        "--adjudication-project",
        help="Label Studio project to use (default: <project>-adjudication).",
    ),
    format: TextFormat = TextOrJson.text,
    include_simulated: IncludeSimulated = False,
) -> None:
    """Push the claims annotators disagreed on to an adjudication project (overlap 1).

    The adjudicator sees every annotator's label per field; the most disagreed claims come first. Running it again adds only new disagreements. Pull the adjudication project to bring the decisions back: they override the votes when the dataset is built.

    Example: annotator adjudicate --project claims --min-disagreement 0.5
    """
    from annotator.labelstudio.adjudicate import adjudicate

    result = adjudicate(
        project,
        min_disagreement=min_disagreement,
        adjudication_project=adjudication_project,
        include_simulated=include_simulated,
    )
    if format is TextOrJson.json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    typer.echo(
        f"Project '{result['project']}' (Label Studio project {result['ls_project_id']}): "
        f"{result['items']} disagreed claim(s); {result['created']} task(s) created, "
        f"{result['updated']} updated, {result['unchanged']} unchanged"
        + (f", {result['adopted']} adopted" if result["adopted"] else "")
        + (f", {result['skipped']} not in this store" if result["skipped"] else "")
        + (f", {result['withdrawn']} withdrawn" if result["withdrawn"] else "")
    )
    typer.echo(
        f"Next: label them in Label Studio, then `annotator pull --project {result['project']}`"
    )
