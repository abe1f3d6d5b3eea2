"""Fixtures for the fault tests: a dedicated Label Studio that tests may kill and restart.

`dedicated_ls` (session) is a second server, in its own ANNOTATOR_HOME and on its own port, so
killing it never disturbs the shared `label_studio` server other tests use (set
`ANNOTATOR_TEST_LS_DEDICATED_HOME` to keep its data folder across runs; it is stopped at the end
either way, since tests kill it). `use_dedicated`
points ANNOTATOR_HOME at it for one test. Helpers live in `faults.py`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from labelstudio_fixtures import LabelStudioInfo, free_port

START_TIMEOUT = 400.0


@pytest.fixture(scope="session")
def dedicated_ls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabelStudioInfo]:
    from annotator.labelstudio import server

    reuse = os.environ.get("ANNOTATOR_TEST_LS_DEDICATED_HOME")  # keeps the data folder
    home = Path(reuse) if reuse else tmp_path_factory.mktemp("ls-dedicated")
    home.mkdir(parents=True, exist_ok=True)
    saved = os.environ.get("ANNOTATOR_HOME")
    os.environ["ANNOTATOR_HOME"] = str(home)
    try:
        try:
            # a first start migrates Label Studio's database: minutes on a busy machine
            info = server.start(port=free_port(), timeout=START_TIMEOUT)
        except Exception as exc:  # noqa: BLE001 - fail, never skip
            pytest.fail(f"the dedicated Label Studio did not start: {exc}", pytrace=False)
        yield LabelStudioInfo(info.url, home, info.admin_email, info.admin_password, info.pid)
    finally:
        os.environ["ANNOTATOR_HOME"] = str(home)
        server.stop()
        if saved is None:
            os.environ.pop("ANNOTATOR_HOME", None)
        else:
            os.environ["ANNOTATOR_HOME"] = saved


@pytest.fixture
def use_dedicated(
    dedicated_ls: LabelStudioInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """ANNOTATOR_HOME = the dedicated server's home; a fresh SQLite store; returns its URL."""
    from annotator import store

    monkeypatch.setenv("ANNOTATOR_HOME", str(dedicated_ls.home))
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    url = f"sqlite:///{tmp_path / 'store.db'}"
    monkeypatch.setenv("ANNOTATOR_DB", url)
    store.reset_engines()
    return url
