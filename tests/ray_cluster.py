"""A local Ray cluster for tests (`ray start --head --block` on 127.0.0.1, 2 CPUs), on ports
free at its start and none of Ray's fixed defaults, so that the clusters of two test sessions on
one machine (a CI run, a developer's run) do not collide.

`ray start` runs under `session_reaper.py`, in a session of its own, which is tied to the
process that starts it (`annotator.parent_death`): at the end, and when the test run is killed,
the reaper ends every process of the session, Ray's workers and detached actors included (they
leave `ray start`'s process group).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from session_reaper import GRACE, kill_session

from annotator.parent_death import die_with_parent

RAY = Path(sys.executable).with_name("ray")
REAPER = Path(__file__).with_name("session_reaper.py")


# ports `ray start` binds unless told otherwise (GCS, dashboard, client server, dashboard agent,
# workers): another test session's cluster on this machine may hold them, so this one takes none
RAY_DEFAULT_PORTS = frozenset({6379, 8265, 10001, 52365, *range(10002, 20000)})


def _free_port() -> int:
    """A port free on 127.0.0.1 now, none of Ray's default ones."""
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if port not in RAY_DEFAULT_PORTS:
            return port


@dataclass
class RayCluster:
    address: str
    pid: int  # the reaper (`session_reaper.py`) that runs `ray start`: the session's leader
    temp: Path  # Ray's session folder


def temp_dir(pid: int) -> Path:
    """Ray's folder for the cluster started by process `pid` (short: Ray's socket paths)."""
    return Path(f"/tmp/ray-t{pid}")


@contextmanager
def ray_cluster(log_dir: Path) -> Iterator[RayCluster]:
    """A cluster for as long as the block runs; `ray start`'s output goes to log_dir."""
    port = _free_port()
    temp = temp_dir(os.getpid())
    env = {
        **os.environ,
        "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",  # bind to 127.0.0.1, not the host's address
        "RAY_DISABLE_USAGE_STATS": "1",
        "RAY_AUTH_MODE": "disabled",  # a loopback-only test cluster; drivers connect without a token
    }
    log = log_dir / "ray-start.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [
                sys.executable,
                str(REAPER),
                str(RAY),
                "start",
                "--head",
                "--block",
                "--node-ip-address=127.0.0.1",
                f"--port={port}",
                f"--ray-client-server-port={_free_port()}",
                f"--dashboard-agent-listen-port={_free_port()}",
                "--min-worker-port=0",  # workers bind ports the system picks, not 10002-19999
                "--max-worker-port=0",
                "--num-cpus=2",
                "--include-dashboard=false",
                "--disable-usage-stats",
                f"--temp-dir={temp}",
            ],
            stdout=fh,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            preexec_fn=die_with_parent(),  # SIGTERM: the reaper ends the cluster's session
        )
    try:
        deadline = time.monotonic() + 300  # slow on a loaded 2-core machine
        while b"Ray runtime started" not in log.read_bytes():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("ray start failed: " + log.read_text(errors="replace")[-2000:])
            time.sleep(0.5)
        yield RayCluster(f"127.0.0.1:{port}", proc.pid, temp)
    finally:
        proc.terminate()  # the reaper ends every process of the cluster's session
        try:
            proc.wait(timeout=GRACE + 30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        kill_session(proc.pid, grace=0)  # whatever the reaper could not end
        subprocess.run(["rm", "-rf", str(temp)], check=False)
