"""Options several commands share, written once."""

from __future__ import annotations

from typing import Annotated

import typer

# `include_simulated: IncludeSimulated = False`: labels of `annotator simulate` count only asked
IncludeSimulated = Annotated[
    bool,
    typer.Option(
        "--include-simulated",
        help="Count labels made by `annotator simulate` (left out by default).",
    ),
]
