"""CLI: aggregate - one gold label per item from a label table (see `annotator.datasets.aggregate`).

The command runs in annotator.cli.direct, which also parses plain argument lists without typer.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from annotator.cli import direct
from annotator.cli.app import app
from annotator.cli.options import Method


class Tie(StrEnum):
    random = "random"
    first = "first"
    none = "none"


class BelowMin(StrEnum):
    drop = "drop"
    silver = "silver"


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


@app.command("aggregate")
def aggregate_command(
    file: Annotated[
        Path, typer.Argument(help="Label table (.csv, .tsv, .jsonl): item, annotator, label.")
    ],
    method: Annotated[
        Method, typer.Option(help="Majority vote, Dawid-Skene EM, or lower median on --order.")
    ] = Method.majority,
    tie: Annotated[
        Tie, typer.Option(help="Majority ties: seeded random pick, first in --order, or no gold.")
    ] = Tie.random,
    seed: Annotated[int, typer.Option(help="Seed of the random tie-break.")] = 0,
    missing: Annotated[
        str, typer.Option(help="Comma-separated labels that are not votes, e.g. F,6.")
    ] = "",
    order: Annotated[
        str,
        typer.Option(help="Comma-separated labels, lowest first (needed by median)."),
    ] = "",
    min_annotations: Annotated[
        int, typer.Option(help="Items with fewer counted votes are dropped or silver.")
    ] = 1,
    below_min: Annotated[
        BelowMin, typer.Option(help="What to do with items below --min-annotations.")
    ] = BelowMin.drop,
    output_format: Annotated[
        Format, typer.Option("--format", help="Output format.")
    ] = Format.jsonl,
) -> None:
    """Aggregate the labels of each item into one gold label.

    Prints one line per item, sorted by item: item, label, confidence, n (votes counted).
    Confidence is the winner's share of votes, or its posterior probability (dawid-skene).

    Example: annotator aggregate labels.csv --method dawid-skene --missing F,6
    """
    direct.aggregate(
        file,
        method.value,
        tie.value,
        seed,
        missing,
        order,
        min_annotations,
        below_min.value,
        output_format.value,
    )


_jsonl = direct.jsonl_lines
