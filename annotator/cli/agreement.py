"""CLI: `annotator agreement FILE` - agreement coefficients of a label table (annotator.agreement.summary).

The command runs in annotator.cli.direct, which also parses plain argument lists without typer.
"""

from __future__ import annotations

from pathlib import Path

import typer

from annotator.cli import direct
from annotator.cli.app import app


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
    direct.agreement(file, level, order, bootstrap, seed, missing, output_format)
