"""Network errors and 5xx are retried with backoff and a bounded total; 4xx are reported once.

The retry logic is ours, so a tiny HTTP server on 127.0.0.1 (in a thread) plays Label Studio:
it answers each request from a script (503 N times, then 200, ...). The wrong-token case runs
against the real server.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from annotator.errors import BackendError, BackendUnavailable
from annotator.labelstudio import transport
from annotator.labelstudio.client import Backend

pytestmark = pytest.mark.hardening

TOKEN = "f" * 40  # not a JWT: the SDK sends it as a legacy `Token` header, no exchange first
MAX_TOTAL_WAIT = 10.0  # the documented bound on the time spent waiting between tries


class FakeLabelStudio:
    """Answers requests from `script` (a list of (status, body)); the last entry repeats."""

    def __init__(self) -> None:
        self.script: list[tuple[int, Any]] = [(200, {})]
        self.requests: list[tuple[str, str, float]] = []  # (method, path, monotonic time)
        self.drop = 0  # close the connection without answering this many times first
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                fake.requests.append((self.command, self.path, time.monotonic()))
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                if fake.drop:
                    fake.drop -= 1
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                status, body = fake.script.pop(0) if len(fake.script) > 1 else fake.script[0]
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PATCH = do_DELETE = _answer

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def tries(self, path: str) -> int:
        return sum(1 for _, p, _ in self.requests if p.split("?")[0].rstrip("/") == path)


@pytest.fixture
def fake() -> Iterator[FakeLabelStudio]:
    server = FakeLabelStudio()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the backoff sleeps instead of sleeping (the time module is shared, so only ours)."""
    recorded: list[float] = []
    monkeypatch.setattr(transport.time, "sleep", recorded.append)
    return recorded


VERSION = (200, {"release": "1.23.2"})


def test_503_then_ok_waits_with_exponential_backoff(fake):
    """Real sleeping: 3 x 503 then 200 -> 4 tries, waits 0.5 + 1 + 2 s."""
    fake.script = [(503, {"detail": "busy"})] * 3 + [VERSION]
    b = Backend(fake.url, TOKEN)
    started = time.monotonic()
    assert b.version() == "1.23.2"
    elapsed = time.monotonic() - started
    tries = fake.tries("/api/version")
    times = [t for _, _, t in fake.requests]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    print(
        f"FIGURE retry-503: {tries} tries for 3 x 503 then 200, waits "
        f"{', '.join(f'{g:.2f}' for g in gaps)} s, {elapsed:.2f} s in all"
    )
    assert tries == 4
    assert [round(g, 1) for g in gaps] == pytest.approx([0.5, 1.0, 2.0], abs=0.25)
    assert 3.5 <= elapsed < 3.5 + 2.0


def test_503_forever_gives_up_after_bounded_tries(fake, waits):
    fake.script = [(503, {"detail": "busy"})]
    b = Backend(fake.url, TOKEN)
    with pytest.raises(BackendUnavailable) as info:
        b.version()
    tries = fake.tries("/api/version")
    print(f"FIGURE retry-503-forever: {tries} tries, {sum(waits):.1f} s of waits {waits}")
    assert tries == Backend.retries == 5
    assert waits == [0.5, 1.0, 2.0, 4.0] and sum(waits) <= MAX_TOTAL_WAIT
    msg = str(info.value)
    assert "\n" not in msg and "HTTP 503" in msg and "not reachable" in msg


def test_500_is_retried_for_reads_but_not_for_creates(fake, waits):
    fake.script = [(500, {"detail": "boom"}), (500, {"detail": "boom"}), (200, [])]
    b = Backend(fake.url, TOKEN)
    assert b.users() == {}
    assert fake.tries("/api/users") == 3 and waits == [0.5, 1.0]
    # A POST that may have reached Label Studio is not repeated: it could create twice.
    fake.script = [(500, {"detail": "boom"})]
    with pytest.raises(BackendError, match=r"HTTP 500.*boom"):
        b.create_annotation(7, [])
    assert fake.tries("/api/tasks/7/annotations") == 1
    # ...but a proxy's 503 means it never arrived: retried.
    fake.script = [(503, {}), (201, {"id": 99})]
    assert b.create_annotation(8, []) == 99
    assert fake.tries("/api/tasks/8/annotations") == 2


def test_network_errors_are_retried(fake, waits):
    fake.drop = 2  # the connection is closed twice without an answer, then 200
    fake.script = [VERSION]
    b = Backend(fake.url, TOKEN)
    assert b.version() == "1.23.2"
    assert fake.tries("/api/version") == 3 and len(waits) == 2


def test_connection_refused_is_bounded_and_one_line(waits):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    b = Backend(f"http://127.0.0.1:{port}", TOKEN)
    started = time.monotonic()
    with pytest.raises(BackendUnavailable) as info:
        b.whoami()
    assert len(waits) == Backend.retries - 1 and sum(waits) <= MAX_TOTAL_WAIT
    assert time.monotonic() - started < 5  # nothing else waits (no sleeping here)
    msg = str(info.value)
    assert msg == (
        f"Label Studio at http://127.0.0.1:{port} is not reachable (connection refused); "
        "start it with `annotator server start`"
    )


def test_4xx_is_reported_once_with_the_servers_message(fake, waits):
    fake.script = [(404, {"detail": "Not found."})]
    b = Backend(fake.url, TOKEN)
    with pytest.raises(BackendError) as info:
        b.update_task(5, {"text": "x"})
    assert fake.tries("/api/tasks/5") == 1 and waits == []
    assert str(info.value) == "updating task 5: Label Studio said (HTTP 404): Not found."


@pytest.mark.parametrize("status", [401, 403])
def test_refused_token_says_how_to_get_one(fake, waits, status):
    fake.script = [(status, {"detail": f"Invalid token {TOKEN}"})]
    b = Backend(fake.url, TOKEN)
    with pytest.raises(BackendError) as info:
        b.whoami()
    msg = str(info.value)
    assert fake.tries("/api/current-user/whoami") == 1 and waits == []
    assert "\n" not in msg and TOKEN not in msg
    assert f"refused the API token (HTTP {status})" in msg
    assert "annotator server start" in msg and "Personal Access Token" in msg


WRONG_JWT = (  # a well-formed refresh token (far-future exp) that this server never signed
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJ0b2tlbl90eXBlIjoicmVmcmVzaCIsImV4cCI6NDEwMjQ0NDgwMCwianRpIjoieCIsInVzZXJfaWQiOjF9."
    "c2lnbmF0dXJlLW5vdC1mcm9tLXRoaXMtc2VydmVy"
)


@pytest.mark.parametrize("token", ["0123456789abcdef" * 2 + "01234567", WRONG_JWT])
def test_wrong_token_on_the_real_server(label_studio, token, capfd, monkeypatch):
    from annotator.cli import main

    b = Backend(label_studio.url, token)
    with pytest.raises(BackendError) as info:
        b.whoami()
    msg = str(info.value)
    assert "\n" not in msg and token not in msg and token[:12] not in msg
    assert "refused the API token" in msg
    assert "annotator server start" in msg and "Personal Access Token" in msg
    # the CLI: exactly one `Error:` line, no traceback, no token
    monkeypatch.setenv("LABEL_STUDIO_URL", label_studio.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", token)
    assert main(["push", "--project", "wrong-token"]) == 1
    out, err = capfd.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: Label Studio at "), err
    assert token not in out + err
    kind = "JWT" if token.count(".") == 2 else "legacy"
    print(f"FIGURE wrong-token ({kind}): one line: {msg}")  # after capfd has read
