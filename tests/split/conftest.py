"""A local Ray cluster for the test session (`ray start --head` on 127.0.0.1, 2 CPUs), on ports
free at its start and none of Ray's fixed defaults, so that the clusters of two test sessions on
one machine (a CI run, a developer's run) do not collide.

Started on first use and stopped at the end of the session by its process group; a missing
Ray fails the tests that need it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

RAY = Path(sys.executable).with_name("ray")


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


@pytest.fixture(scope="session")
def ray_address(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    temp = Path(f"/tmp/ray-t{os.getpid()}")
    env = {
        **os.environ,
        "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",  # bind to 127.0.0.1, not the host's address
        "RAY_DISABLE_USAGE_STATS": "1",
        "RAY_AUTH_MODE": "disabled",  # a loopback-only test cluster; drivers connect without a token
    }
    log = tmp_path_factory.mktemp("ray") / "ray-start.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [
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
        )
    address = f"127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300  # slow on a loaded 2-core machine
        while b"Ray runtime started" not in log.read_bytes():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("ray start failed: " + log.read_text(errors="replace")[-2000:])
            time.sleep(0.5)
        yield address
    finally:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                proc.wait(timeout=20)
                break
            except subprocess.TimeoutExpired:
                continue
        subprocess.run(["rm", "-rf", str(temp)], check=False)
