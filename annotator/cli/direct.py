"""`annotator agreement` and `annotator aggregate` run without importing typer.

Importing typer (and click, and every command module) is ~0.1 s, half of what these commands
take on a million labels. `parse(argv)` reads their plain argument lists (`FILE --opt value`
or `--opt=value`, options as typer declares them in annotator.cli.agreement / .aggregate);
anything else (--help, an unknown option, a value that is not a number or not a choice) gives
None, and typer parses it with its usual messages. Both paths call the functions below.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError

LEVELS = ("nominal", "ordinal", "interval", "ratio")
FORMATS = ("table", "json")
METHODS = ("majority", "dawid-skene", "median")
TIES = ("random", "first", "none")
BELOW_MIN = ("drop", "silver")
GOLD_FORMATS = ("jsonl", "csv")
COLUMNS = ("item", "label", "confidence", "n")

# command -> option -> (parameter, int or the allowed values or None for any text, default)
OPTIONS: dict[str, dict[str, tuple[str, Any, Any]]] = {
    "agreement": {
        "--level": ("level", None, None),
        "--order": ("order", None, None),
        "--bootstrap": ("bootstrap", int, 1000),
        "--seed": ("seed", int, 0),
        "--missing": ("missing", None, None),
        "--format": ("output_format", None, "table"),
    },
    "aggregate": {
        "--method": ("method", METHODS, "majority"),
        "--tie": ("tie", TIES, "random"),
        "--seed": ("seed", int, 0),
        "--missing": ("missing", None, ""),
        "--order": ("order", None, ""),
        "--min-annotations": ("min_annotations", int, 1),
        "--below-min": ("below_min", BELOW_MIN, "drop"),
        "--format": ("output_format", GOLD_FORMATS, "jsonl"),
    },
}
REQUIRED = {"agreement": ("level",), "aggregate": ()}


def parse(argv: list[str]) -> Callable[[], None] | None:
    """The command `argv` asks for, ready to run, if it is a plain agreement/aggregate call."""
    if not argv or argv[0] not in OPTIONS:
        return None
    spec = OPTIONS[argv[0]]
    values = {name: default for name, _, default in spec.values()}
    files: list[str] = []
    args = iter(argv[1:])
    for arg in args:
        if not arg.startswith("-"):
            files.append(arg)
            continue
        option, eq, value = arg.partition("=")
        if option not in spec:
            return None
        if not eq:
            value = next(args, "-")
        name, kind, _ = spec[option]
        if value.startswith("-"):
            return None
        if kind is int:
            try:
                values[name] = int(value)
            except ValueError:
                return None
        elif kind is not None and value not in kind:
            return None
        else:
            values[name] = value
    if len(files) != 1 or any(values[name] is None for name in REQUIRED[argv[0]]):
        return None
    run = agreement if argv[0] == "agreement" else aggregate
    return lambda: run(Path(files[0]), **values)


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def _one_blas_thread() -> None:
    """numpy's OpenBLAS starts a thread per core at import (~0.1 s of wall time on a busy
    machine); no matrix product here is large enough to use them."""
    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def agreement(
    file: Path,
    level: str,
    order: str | None = None,
    bootstrap: int = 1000,
    seed: int = 0,
    missing: str | None = None,
    output_format: str = "table",
) -> None:
    """`annotator agreement` (see annotator.cli.agreement for the options)."""
    if level not in LEVELS:
        raise AnnotatorError(f"unknown level '{level}' (use {', '.join(LEVELS)})")
    if output_format not in FORMATS:
        raise AnnotatorError(f"unknown format '{output_format}' (use table or json)")
    if bootstrap < 0:
        raise AnnotatorError("--bootstrap must be 0 or more")
    if bootstrap == 0:
        _one_blas_thread()  # the bootstrap's block products may use the threads

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

        sys.stdout.write(json.dumps(summary, indent=2, allow_nan=False, ensure_ascii=False) + "\n")
    else:
        _print_table(file, summary)


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
    from annotator.agreement.summary import METRICS

    for key, title in METRICS:
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


def aggregate(
    file: Path,
    method: str = "majority",
    tie: str = "random",
    seed: int = 0,
    missing: str = "",
    order: str = "",
    min_annotations: int = 1,
    below_min: str = "drop",
    output_format: str = "jsonl",
) -> None:
    """`annotator aggregate` (see annotator.cli.aggregate for the options)."""
    _one_blas_thread()
    import csv

    from annotator.agreement.labeltable import read_label_table
    from annotator.datasets.aggregate import aggregate as aggregate_labels

    records = read_label_table(file)
    skip = set(_split(missing))
    voting = records.without(skip)
    if len(voting) == 0:
        raise AnnotatorError("no labels left once the missing values are removed", path=str(file))
    gold = aggregate_labels(
        records,
        method,  # type: ignore[arg-type]
        tie=tie,  # type: ignore[arg-type]
        seed=seed,
        missing=skip,
        order=_split(order) or None,
        min_annotations=min_annotations,
        below_min=below_min,  # type: ignore[arg-type]
    )
    silver = below_min == "silver"
    columns = COLUMNS + (("silver",) if silver else ())
    if output_format == "csv":
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
        sys.stdout.write("".join(jsonl_lines(gold, silver=silver)))
    voted = voting.n_items()
    if len(gold) < voted:
        print(
            f"{voted - len(gold)} of {voted} items got no gold "
            "(tied under --tie none, or below --min-annotations)",
            file=sys.stderr,
        )


def jsonl_lines(gold: dict[str, Any], silver: bool) -> list[str]:
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
