"""CLI: dataset build/list/show/diff and sources (see `annotator.datasets.dataset`, `annotator.datasets.sources`)."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated, Any

import typer

from annotator.cli.app import app
from annotator.cli.options import IncludeSimulated, Method

dataset_app = typer.Typer(
    help="Freeze gold labels into immutable, content-hashed dataset versions.",
    no_args_is_help=True,
)
app.add_typer(dataset_app, name="dataset")


class Format(StrEnum):
    json = "json"
    table = "table"


def _print(data: Any, fmt: Format, table: list[dict[str, Any]] | None = None) -> None:
    if fmt is Format.json or table is None:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return
    if not table:
        return
    cols = list(table[0])
    widths = {c: max(len(c), *(len(_cell(r.get(c))) for r in table)) for c in cols}
    typer.echo("  ".join(c.ljust(widths[c]) for c in cols).rstrip())
    for r in table:
        typer.echo("  ".join(_cell(r.get(c)).ljust(widths[c]) for c in cols).rstrip())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{k}:{v}" for k, v in value.items())
    return str(value)


@dataset_app.command("build")
def build_command(
    name: Annotated[str, typer.Argument(help="Dataset name (letters, digits, . _ -).")],
    project: Annotated[str | None, typer.Option(help="Project to take annotations from.")] = None,
    method: Annotated[Method, typer.Option(help="How votes become gold.")] = Method.majority,
    min_annotations: Annotated[
        int, typer.Option(help="Fields with fewer counted votes are dropped (or silver).")
    ] = 1,
    silver: Annotated[
        bool, typer.Option("--silver", help="Keep fields below --min-annotations, marked silver.")
    ] = False,
    seed: Annotated[int, typer.Option(help="Seed of tie-breaks and agreement intervals.")] = 0,
    include_simulated: IncludeSimulated = False,
    output_format: Annotated[
        Format, typer.Option("--format", help="Output format.")
    ] = Format.table,
) -> None:
    """Build a new version of dataset NAME from the project's valid annotations.

    Nothing changed since the latest version: no new version, `created` is false.

    Example: annotator dataset build claims-gold --method dawid-skene --min-annotations 2 --format json
    """
    from dataclasses import asdict

    from annotator.datasets.dataset import build_dataset

    result = build_dataset(
        name,
        project=project,
        method=method.value,
        min_annotations=min_annotations,
        below_min="silver" if silver else "drop",
        seed=seed,
        include_simulated=include_simulated,
    )
    if output_format is Format.json:
        _print(asdict(result), output_format)
        return
    verb = "built" if result.created else "unchanged:"
    typer.echo(f"{verb} {result.name}@{result.version} ({result.items} items) {result.hash}")


@dataset_app.command("list")
def list_command(
    output_format: Annotated[
        Format, typer.Option("--format", help="Output format.")
    ] = Format.table,
) -> None:
    """List datasets with their latest version.

    Example: annotator dataset list --format json
    """
    from annotator.datasets.dataset import list_datasets

    rows = list_datasets()
    _print(rows, output_format, rows)


@dataset_app.command("show")
def show_command(
    ref: Annotated[str, typer.Argument(help="NAME or NAME@VERSION (default: latest).")],
    output_format: Annotated[
        Format, typer.Option("--format", help="Output format (the version is JSON either way).")
    ] = Format.json,
) -> None:
    """Show a version's hash, parent, method, counts, label distribution and agreement (JSON).

    Example: annotator dataset show claims-gold@2
    """
    from annotator.datasets.dataset import parse_ref, show

    name, version = parse_ref(ref)
    _print(show(name, version), output_format)


@dataset_app.command("diff")
def diff_command(
    a: Annotated[str, typer.Argument(help="NAME@A: the older version.")],
    b: Annotated[str, typer.Argument(help="NAME@B: the newer version.")],
    output_format: Annotated[
        Format, typer.Option("--format", help="Output format.")
    ] = Format.table,
) -> None:
    """Claims added, removed and gold labels changed between two versions, and why.

    Example: annotator dataset diff claims-gold@1 claims-gold@2 --format json
    """
    from annotator.datasets.dataset import parse_ref
    from annotator.datasets.diff import diff
    from annotator.errors import AnnotatorError

    name_a, va = parse_ref(a)
    name_b, vb = parse_ref(b)
    if name_a != name_b or va is None or vb is None:
        raise AnnotatorError("diff compares two versions of one dataset: NAME@A NAME@B")
    result = diff(name_a, va, vb)
    if output_format is Format.json:
        _print(result, output_format)
        return
    typer.echo(
        f"{name_a}@{va} -> @{vb}: {len(result['added'])} added, {len(result['removed'])} removed, "
        f"{len(result['changed'])} labels changed"
    )
    _print(result["changed"], output_format, result["changed"])


@app.command("sources")
def sources_command(
    ref: Annotated[str, typer.Argument(help="NAME or NAME@VERSION (default: latest).")],
    include_simulated: IncludeSimulated = False,
    output_format: Annotated[
        Format, typer.Option("--format", help="Output format.")
    ] = Format.table,
) -> None:
    """Per-outlet and per-speaker profiles: claims, reliability grades, credibility, stance,
    agreement on that source's claims.

    Example: annotator sources claims-gold@2 --format json
    """
    from annotator.datasets.dataset import parse_ref
    from annotator.datasets.sources import source_profiles, table_rows

    name, version = parse_ref(ref)
    profiles = source_profiles(name, version, include_simulated=include_simulated)
    _print(profiles, output_format, table_rows(profiles))
