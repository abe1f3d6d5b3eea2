"""Options several commands share, written once."""

from __future__ import annotations

from enum import StrEnum
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


class TextOrJson(StrEnum):
    """What the commands that print a summary print: text or JSON."""

    text = "text"
    json = "json"


# `format: TextFormat = TextOrJson.text`: `--format text|json` (`-f`)
TextFormat = Annotated[TextOrJson, typer.Option("--format", "-f", help="text or json.")]


class Method(StrEnum):
    """How votes become gold (`annotator.datasets.aggregate.METHODS`)."""

    majority = "majority"
    dawid_skene = "dawid-skene"
    median = "median"
