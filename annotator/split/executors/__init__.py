"""Executors: run a pure per-task function over a list of tasks (a thin layer, no logic).

`local` is a process pool on this machine; `ray` maps the same function with Ray Data, on a
local Ray or a cluster given by its address. Tasks and results are JSON-able dicts.
"""

from __future__ import annotations

from annotator.split.executors.base import Executor


def make_executor(
    engine: str, *, workers: int | None = None, address: str | None = None
) -> Executor:
    """The executor for `engine` ("local" or "ray")."""
    from annotator.errors import AnnotatorError

    if engine == "local":
        if address:
            raise AnnotatorError("--address needs --engine ray")
        from annotator.split.executors.local import LocalExecutor

        return LocalExecutor(workers)
    if engine == "ray":
        from annotator.split.executors.ray import RayExecutor

        return RayExecutor(workers, address)
    raise AnnotatorError(f"unknown engine {engine!r}; use local or ray")


__all__ = ["Executor", "make_executor"]
