"""The executor interface."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from typing import Any

Task = dict[str, Any]
TaskFn = Callable[[Task], Task]


class Executor(ABC):
    """Runs `fn` over tasks; results come back as they finish (any order)."""

    name = "base"
    workers = 1  # how many tasks run at once

    @abstractmethod
    def map(self, fn: TaskFn, tasks: list[Task]) -> Iterator[Task]: ...

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release workers (a pool, a Ray connection)."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
