"""The typer application every command module registers on (importing this module imports
them all)."""

import typer

app = typer.Typer(
    name="annotator",
    help="Claim and source-reliability annotation: split -> push -> pull -> dataset -> export/audit.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    """Claim and source-reliability annotation: split -> push -> pull -> dataset -> export/audit."""


# Registering a command is importing its module (in pipeline order).
# isort: off
from annotator.cli import (  # noqa: E402, F401
    schema,
    split,
    sample,
    server,
    push,
    pull,
    simulate,
    desk,
    agreement,
    aggregate,
    audit,
    dataset,
    export,
    quickstart,
)

# isort: on
