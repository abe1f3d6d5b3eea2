"""CLI: schema - print a label schema and the Label Studio config derived from it."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from annotator.cli.app import app

schema_app = typer.Typer(help="Check a label schema before pushing.", no_args_is_help=True)
app.add_typer(schema_app, name="schema")


class Format(StrEnum):
    yaml = "yaml"
    json = "json"
    xml = "xml"


@schema_app.command("show")
def show_command(
    schema: Annotated[
        Path | None, typer.Option(help="Schema file (default: the packaged default schema).")
    ] = None,
    output_format: Annotated[
        Format,
        typer.Option(
            "--format", help="yaml/json: schema, label fields, export columns; xml: LS config."
        ),
    ] = Format.yaml,
) -> None:
    """Validate a schema and print it with its label fields (level of measurement), export
    columns and Label Studio labelling config.

    Example: annotator schema show --schema rumours.yaml --format xml
    """
    from annotator.schema import show_schema

    typer.echo(show_schema(schema, output_format.value))
