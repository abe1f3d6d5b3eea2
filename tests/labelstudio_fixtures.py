"""Fixtures for tests against a real Label Studio (imported by the root conftest).

`label_studio` (session) starts one server with `annotator.labelstudio.server.start()` in a temporary
ANNOTATOR_HOME on a free port and stops it at the end; a killed run takes it along (every server
a test starts is tied to the test process: `annotator.parent_death`). Set `ANNOTATOR_TEST_LS_HOME`
to a folder to reuse a server across runs (it is started there if needed, detached, and left
running). A server that cannot start fails the tests; nothing skips.

- `ls_home`: points ANNOTATOR_HOME at that server's home for one test (and hides
  LABEL_STUDIO_URL/API_KEY), so `Backend.connect()` and the CLI reach it.
- `ls_backend`: `Backend.connect()` as the admin.
- `make_annotators(n)`: creates n fresh annotator accounts; returns their emails
  (`Backend.connect(as_user=email)` acts as one).
- `ls_project`: a fresh project with the default schema's config; returns its id.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from annotator import parent_death

# every server a test starts (Label Studio, the desk) dies with the test run, however it ends
parent_death.TIE_SERVERS = True


@dataclass
class LabelStudioInfo:
    url: str
    home: Path
    admin_email: str
    admin_password: str
    pid: int | None

    def __repr__(self) -> str:  # never print the password in a test report
        return f"LabelStudioInfo(url={self.url!r}, home={str(self.home)!r})"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_label_studio(home: Path, port: int | None, keep: bool) -> Iterator[LabelStudioInfo]:
    """Label Studio in `home` (ANNOTATOR_HOME while the block runs), stopped when it ends and
    tied to this process, so it dies with a killed test run too (`annotator.parent_death`);
    with `keep`, a running server there is used and a new one is started detached and left
    running."""
    from annotator.labelstudio import server

    saved = {
        k: os.environ.get(k) for k in ("ANNOTATOR_HOME", "LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY")
    }
    os.environ["ANNOTATOR_HOME"] = str(home)
    os.environ.pop("LABEL_STUDIO_URL", None)
    os.environ.pop("LABEL_STUDIO_API_KEY", None)
    try:
        try:
            with parent_death.detached() if keep else nullcontext():
                info = server.start(port=port)
        except Exception as exc:  # noqa: BLE001 - fail, never skip
            pytest.fail(f"Label Studio did not start: {exc}", pytrace=False)
        yield LabelStudioInfo(info.url, home, info.admin_email, info.admin_password, info.pid)
    finally:
        if not keep:
            os.environ["ANNOTATOR_HOME"] = str(home)
            server.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="session")
def label_studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabelStudioInfo]:
    reuse = os.environ.get("ANNOTATOR_TEST_LS_HOME")
    home = Path(reuse) if reuse else tmp_path_factory.mktemp("ls-home")
    with running_label_studio(home, None if reuse else free_port(), keep=bool(reuse)) as info:
        yield info


@pytest.fixture
def ls_home(label_studio: LabelStudioInfo, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ANNOTATOR_HOME", str(label_studio.home))
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    return label_studio.home


@pytest.fixture
def db(ls_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh SQLite store for this test, while ANNOTATOR_HOME points at the shared server."""
    from annotator import store

    url = f"sqlite:///{tmp_path / 'store.db'}"
    monkeypatch.setenv("ANNOTATOR_DB", url)
    store.reset_engines()
    return url


@pytest.fixture
def ls_backend(ls_home: Path) -> Any:
    from annotator.labelstudio.client import Backend

    return Backend.connect()


@pytest.fixture
def make_annotators(ls_home: Path) -> Callable[..., list[str]]:
    from annotator.labelstudio import accounts

    def make(n: int = 1, prefix: str = "ann") -> list[str]:
        emails = [f"{prefix}-{uuid.uuid4().hex[:8]}@example.org" for _ in range(n)]
        rows = accounts.add_annotators(emails)
        assert [r["status"] for r in rows] == ["created"] * n
        return emails

    return make


@pytest.fixture
def ls_project(ls_backend: Any) -> int:
    from annotator.labelstudio.labelconfig import guidelines_html, label_config
    from annotator.schema import load_schema

    schema = load_schema()
    title = f"test-{uuid.uuid4().hex[:10]}"
    return int(
        ls_backend.ensure_project(title, label_config(schema), guidelines_html(schema), overlap=2)
    )
