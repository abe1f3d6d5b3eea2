"""CLI: export - write a dataset version as JSONL, CSV, Parquet or a Hugging Face folder."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from annotator.cli.app import app
from annotator.cli.options import IncludeSimulated


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    hf = "hf"


@app.command("export")
def export_command(
    ref: Annotated[str, typer.Argument(help="NAME or NAME@VERSION (default: latest).")],
    output_format: Annotated[
        Format, typer.Option("--format", help="Output format.")
    ] = Format.jsonl,
    out: Annotated[
        Path | None, typer.Option(help="Output folder (default: exports/NAME/VERSION).")
    ] = None,
    raw: Annotated[
        bool, typer.Option("--raw", help="Add each annotator's label (<field>__annotator-K).")
    ] = False,
    with_mapping: Annotated[
        bool,
        typer.Option(
            "--with-mapping", help="Also write annotators.csv: pseudonym -> annotator id."
        ),
    ] = False,
    license: Annotated[
        str | None,
        typer.Option(
            help="SPDX licence id for the data card, e.g. cc-by-4.0 (default: none given; the "
            "card then says the licence is not stated, and this command warns)."
        ),
    ] = None,
    include_simulated: IncludeSimulated = False,
) -> None:
    """Export a dataset version with its data card (README.md) and per-source profiles.

    Prints the output folder. `hf` writes data/train.parquet, loadable with
    `datasets.load_dataset(FOLDER)`.

    Example: annotator export claims-gold@2 --format hf --out exports/claims-gold-hf --raw
    """
    from annotator.datasets.dataset import parse_ref
    from annotator.datasets.export import export

    name, version = parse_ref(ref)
    folder = export(
        name,
        version,
        output_format.value,
        out,
        raw=raw,
        with_mapping=with_mapping,
        license=license,
        include_simulated=include_simulated,
    )
    if license is None:
        typer.echo(
            "note: no --license given; the data card says the licence is not stated", err=True
        )
    typer.echo(str(folder))
