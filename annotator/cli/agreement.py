"""CLI: `annotator agreement FILE` - agreement coefficients of a label table (annotator.agreement.summary)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from annotator.cli.app import app

LEVELS = ("nominal", "ordinal", "interval", "ratio")
FORMATS = ("table", "json")


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


@app.command("agreement")
def agreement(
    file: Path = typer.Argument(
        ..., help="Label table (.csv, .tsv or .jsonl) with item, annotator, label."
    ),
    level: str = typer.Option(
        ..., "--level", help="Level of measurement: nominal, ordinal, interval or ratio."
    ),
    order: str | None = typer.Option(
        None, "--order", help="Categories lowest first, comma-separated (ordinal)."
    ),
    bootstrap: int = typer.Option(
        1000, "--bootstrap", help="Resamples for alpha's 95% interval; 0 for none."
    ),
    seed: int = typer.Option(
        0, "--seed", help="Random seed of the bootstrap (same seed, same interval)."
    ),
    missing: str | None = typer.Option(
        None, "--missing", help="Labels that mean 'no answer', comma-separated (e.g. F,6)."
    ),
    output_format: str = typer.Option("table", "--format", help="Output: table or json."),
) -> None:
    """Inter-annotator agreement of a label table.

    Krippendorff's alpha with a bootstrap 95% interval, percent agreement, Fleiss' kappa, Scott's pi, Cohen's kappa (two annotators), Gwet's AC1/AC2. A metric without a value for these data is null, with the reason.

    Example: annotator agreement labels.csv --level ordinal --order A,B,C,D,E --missing F
    """
    from annotator.errors import AnnotatorError

    if level not in LEVELS:
        raise AnnotatorError(f"unknown level '{level}' (use {', '.join(LEVELS)})")
    if output_format not in FORMATS:
        raise AnnotatorError(f"unknown format '{output_format}' (use table or json)")
    if bootstrap < 0:
        raise AnnotatorError("--bootstrap must be 0 or more")

    from annotator.agreement.labeltable import read_label_table
    from annotator.agreement.summary import summarize

    records = read_label_table(file)
    summary = summarize(
        records,
        level,
        order=_split(order) or None,
        bootstrap=bootstrap,
        seed=seed,
        missing=_split(missing),
    )
    if output_format == "json":
        import json

        typer.echo(json.dumps(summary, indent=2, allow_nan=False, ensure_ascii=False))
    else:
        _print_table(file, summary)


ROWS = (
    ("alpha", "Krippendorff's alpha"),
    ("percent_agreement", "Percent agreement"),
    ("fleiss_kappa", "Fleiss' kappa"),
    ("scott_pi", "Scott's pi"),
    ("cohen_kappa", "Cohen's kappa"),
    ("cohen_kappa_linear", "Cohen's kappa, linear weights"),
    ("cohen_kappa_quadratic", "Cohen's kappa, quadratic weights"),
    ("gwet_ac1", "Gwet's AC1"),
    ("gwet_ac2", "Gwet's AC2"),
)


def _print_table(file: Path, s: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(
        title=escape(f"{file.name}: {s['level']} level"),
        caption=(
            f"{s['n_labels']} labels, {s['n_items']} items, {s['n_annotators']} annotators, "
            f"{s['n_pairable']} pairable values, {s['n_missing']} marked missing"
        ),
    )
    table.add_column("Metric")
    table.add_column("Value", justify="right")
    table.add_column("Note")
    for key, title in ROWS:
        value = s[key]
        note = s["reasons"].get(key, "")
        if key == "alpha" and s["alpha_ci"] is not None:
            low, high = s["alpha_ci"]
            note = f"95% CI [{low:.3f}, {high:.3f}], {s['bootstrap']['resamples']} item resamples"
        elif key == "alpha" and value is not None:
            note = f"no interval: {s['reasons'].get('alpha_ci', '')}"
        elif key == "gwet_ac2" and value is not None:
            note = f"{s['gwet_ac2_weights']} weights"
        table.add_row(title, "-" if value is None else f"{value:.3f}", escape(note))
    Console(soft_wrap=False).print(table)
