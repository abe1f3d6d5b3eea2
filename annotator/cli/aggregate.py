"""CLI: aggregate - one gold label per item from a label table (see `annotator.datasets.aggregate`)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from annotator.cli.app import app

COLUMNS = ("item", "label", "confidence", "n")


class Method(StrEnum):
    majority = "majority"
    dawid_skene = "dawid-skene"
    median = "median"


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


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


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
    import csv
    import sys

    from annotator.agreement.labeltable import read_label_table
    from annotator.datasets.aggregate import aggregate
    from annotator.errors import AnnotatorError

    records = read_label_table(file)
    skip = set(_split(missing))
    voting = records.without(skip)
    if len(voting) == 0:
        raise AnnotatorError("no labels left once the missing values are removed", path=str(file))
    gold = aggregate(
        records,
        method.value,  # type: ignore[arg-type]
        tie=tie.value,  # type: ignore[arg-type]
        seed=seed,
        missing=skip,
        order=_split(order) or None,
        min_annotations=min_annotations,
        below_min=below_min.value,  # type: ignore[arg-type]
    )
    columns = COLUMNS + (("silver",) if below_min is BelowMin.silver else ())
    if output_format is Format.csv:
        rows = [
            dict(zip(columns, (item, g.label, round(g.confidence, 6), g.n, g.silver), strict=False))
            for item, g in gold.items()
        ]
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {k: str(v).lower() if isinstance(v, bool) else v for k, v in row.items()}
            )
    else:
        sys.stdout.write("".join(_jsonl(gold, silver=below_min is BelowMin.silver)))
    voted = voting.n_items()
    if len(gold) < voted:
        typer.echo(
            f"{voted - len(gold)} of {voted} items got no gold "
            "(tied under --tie none, or below --min-annotations)",
            err=True,
        )


def _jsonl(gold: dict[str, Any], silver: bool) -> list[str]:
    """The JSONL lines `json.dumps(row, ensure_ascii=False)` gives, built with json's own string
    escaper (one dumps call per row was most of the command's time on 71k items)."""
    import json
    import math
    from json.encoder import encode_basestring as text

    golds = list(gold.values())
    confidence = [round(g.confidence, 6) for g in golds]
    if all(math.isfinite(c) for c in confidence):
        numbers = list(map(repr, confidence))  # what json.dumps writes for a finite float
    else:
        numbers = [json.dumps(c) for c in confidence]
    end = {True: ', "silver": true}\n', False: ', "silver": false}\n'} if silver else None
    labels = {g.label: text(g.label) for g in golds}
    return [
        f'{{"item": {text(item)}, "label": {labels[g.label]}, "confidence": {c}, "n": {g.n}'
        + (end[g.silver] if end else "}\n")
        for item, g, c in zip(gold, golds, numbers, strict=True)
    ]
