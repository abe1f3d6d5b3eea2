"""Names users give things (projects, datasets) end up in paths and URLs: one rule for all."""

from __future__ import annotations

import re

from annotator.errors import AnnotatorError

DATASET = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
PROJECT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")


def validate_name(name: str, kind: str = "dataset") -> str:
    """`name` if it is a safe project/dataset name, else a one-line AnnotatorError.

    Letters, digits, `.`, `_`, `-` (projects may also hold spaces), at most 64, starting with a
    letter or digit, no `..`: no `/`, no absolute paths, no NUL, no escape from a folder.
    """
    pattern = PROJECT if kind == "project" else DATASET
    if not isinstance(name, str) or not pattern.match(name) or ".." in name or name != name.strip():
        shown = (
            repr(name)
            if isinstance(name, str) and len(name) <= 80
            else repr(str(name)[:80]) + "..."
        )
        extra = ", spaces" if kind == "project" else ""
        raise AnnotatorError(
            f"invalid {kind} name {shown}: use letters, digits, '.', '_', '-'{extra} "
            "(at most 64, starting with a letter or digit, no '..')"
        )
    return name
