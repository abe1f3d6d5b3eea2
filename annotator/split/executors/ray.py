"""Ray Data: the same per-task function mapped over the tasks, one task a block.

Without an address a Ray is started for this run on this machine (bound to 127.0.0.1) and
stopped after; with one (`ray://...` or `HOST:PORT`) the run joins that cluster, whose workers
must reach the input and output paths (a shared file system). Ray retries a task whose worker
died; a task that still fails fails the run, and the done markers let a re-run resume.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

from annotator.split.executors.base import Executor, Task, TaskFn


class _Call:
    """Wraps a task function for Ray Data rows (a task travels as JSON: one column, any shape)."""

    def __init__(self, fn: TaskFn):
        self.fn = fn

    def __call__(self, row: dict[str, Any]) -> dict[str, Any]:
        from annotator.split.gc_tuning import relax_gc

        relax_gc()
        return {"result": json.dumps(self.fn(json.loads(row["task"])))}


def _stay_on_loopback() -> None:
    """Keep a local Ray on 127.0.0.1: Ray otherwise replaces a loopback address with the host's
    network address (its "cluster" mode), which a local run must not listen on or dial."""
    os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
    import ray._private.ray_constants as constants

    constants.ENABLE_RAY_CLUSTER = False


class RayExecutor(Executor):
    name = "ray"

    def __init__(self, workers: int | None = None, address: str | None = None):
        loopback = not address or address.split("://")[-1].startswith(("127.", "localhost"))
        if loopback:
            _stay_on_loopback()
        import ray

        self.address = address
        self._started = False
        if not ray.is_initialized():
            os.environ.setdefault("RAY_DISABLE_USAGE_STATS", "1")
            os.environ.setdefault("RAY_DATA_USAGE_DISABLED", "1")
            kwargs: dict[str, Any] = {
                "include_dashboard": False,
                "log_to_driver": False,
                "configure_logging": False,
            }
            if address:
                ray.init(address=address, **kwargs)
            else:
                ray.init(
                    address="local",
                    num_cpus=workers or os.cpu_count() or 1,
                    _node_ip_address="127.0.0.1",
                    **kwargs,
                )
            self._started = True
        import logging

        logging.getLogger("ray.data").setLevel(logging.WARNING)
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ctx.print_on_execution_start = False
        ctx.verbose_stats_logs = False
        self.workers = int(ray.cluster_resources().get("CPU", 1))

    def map(self, fn: TaskFn, tasks: list[Task]) -> Iterator[Task]:
        import ray

        if not tasks:
            return
        ds = ray.data.from_items(
            [{"task": json.dumps(t)} for t in tasks], override_num_blocks=len(tasks)
        )
        out = ds.map(_Call(fn), num_cpus=1)  # Ray retries a task whose worker died
        for row in out.iter_rows():
            yield json.loads(row["result"])

    def close(self) -> None:
        import ray

        if self._started and ray.is_initialized():
            ray.shutdown()
        self._started = False
