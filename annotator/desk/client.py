"""Labelling through the desk over HTTP, as a browser would (used by `simulate --via-desk`).

`serve()` runs the desk app on a free loopback port in this process; `DeskSession` accepts an
invitation, then asks for the next task, reads the page and posts a submission with the page's
CSRF token, until the queue is empty.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

from annotator.desk import auth
from annotator.errors import AnnotatorError

_CSRF = re.compile(r'name=csrf value="([^"]+)"')
_SHOWN = re.compile(r'name=shown value="([^"]+)"')
_TASK = re.compile(r"/task/(\d+)$")


@contextmanager
def serve() -> Iterator[str]:
    """The desk app under uvicorn on 127.0.0.1 (a free port) for the duration of the block."""
    import uvicorn

    from annotator.desk.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.05)
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(10)


class DeskSession:
    """One annotator's browser-like session on the desk."""

    def __init__(self, url: str, email: str, project: str, password: str):
        self.project = project
        self.http = httpx.Client(base_url=url, timeout=120)
        token = auth.create_invite(email, project)
        r = self.http.get(f"/invite/{token}")
        m = _CSRF.search(r.text)
        if not m:
            raise AnnotatorError(f"the desk did not offer the invitation of {email}")
        r = self.http.post(f"/invite/{token}", data={"csrf": m.group(1), "password": password})
        if r.status_code != 303:
            raise AnnotatorError(f"the desk refused the invitation of {email} ({r.status_code})")

    def label_all(self, answer: Callable[[int], dict[str, str]]) -> list[int]:
        """Label every task of the queue with `answer(task_id)`; returns the task ids."""
        done: list[int] = []
        while True:
            r = self.http.get(f"/p/{self.project}", follow_redirects=True)
            m = _TASK.search(str(r.url))
            if m is None:
                return done
            tid = int(m.group(1))
            csrf, shown = _CSRF.search(r.text), _SHOWN.search(r.text)
            if not csrf or not shown:
                raise AnnotatorError(f"task {tid}: the desk page has no form")
            form = {f"f_{k}": v for k, v in answer(tid).items()}
            form.update(csrf=csrf.group(1), shown=shown.group(1))
            r = self.http.post(f"/p/{self.project}/task/{tid}", data=form)
            if r.status_code != 303:
                raise AnnotatorError(
                    f"task {tid}: the desk refused the submission ({r.status_code})"
                )
            done.append(tid)
