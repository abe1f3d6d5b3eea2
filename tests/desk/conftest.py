"""Desk fixtures: a real splitter's claims pushed to the real Label Studio, the desk app served
by uvicorn in a thread, invited annotators, and headless Chromium."""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from browser_fixtures import chromium
from labelstudio_fixtures import free_port

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

# Ten claims, one of them right-to-left, as one JSONL document the real splitter reads.
PARAGRAPHS = [
    "The defence minister said the airlift would end on Tuesday. Officials confirmed that 13 "
    "service members were killed at the airport gate.",
    '"We will not cooperate with the Taliban," the spokesman told reporters. A Taliban commander '
    "claimed his fighters had arrested three ISIS-K suspects.",
    "Aid groups warned that food prices in Kabul had doubled in a week. The embassy said about "
    "1,200 citizens were still waiting to leave.",
    '"There is no deal with Washington," a Taliban official told the BBC.',
    "قال المتحدث إن المطار سيبقى مغلقا حتى يوم الاثنين.",
    "Analysts said the evacuation was the largest since 1975. The general told Congress that "
    "drone strikes would continue.",
]
DOCUMENT = {
    "text": "\n\n".join(PARAGRAPHS),
    "title": "Kabul talks, day two",
    "source": "Example Wire",
    "published": "2021-09-02",
    "url": "https://example.org/kabul-day-two",
}


def split_document(tmp_path: Path) -> list[str]:
    """Run the real splitter on DOCUMENT; returns the claim ids it stored."""
    from annotator.split.pipeline import split_paths

    src = tmp_path / f"wire-{uuid.uuid4().hex[:8]}.jsonl"
    doc = dict(DOCUMENT, text=DOCUMENT["text"] + f"\n\nRef {uuid.uuid4().hex[:6]}.")
    src.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return list(split_paths([src], workers=1).claim_ids)


class DeskServer:
    def __init__(self) -> None:
        import uvicorn

        from annotator.desk.app import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> DeskServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise AssertionError("the desk did not start")

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def desk(db: str) -> Iterator[DeskServer]:
    with DeskServer() as server:
        yield server


def invite_token(link: str) -> str:
    return link.rsplit("/invite/", 1)[1]


def login_client(url: str, token: str, password: str = "correct horse battery") -> httpx.Client:
    """An httpx session that accepted an invitation (like a browser would)."""
    c = httpx.Client(base_url=url, timeout=60)
    r = c.get(f"/invite/{token}")
    csrf = re.search(r'name=csrf value="([^"]+)"', r.text)
    assert csrf, r.text[:300]
    r = c.post(f"/invite/{token}", data={"csrf": csrf.group(1), "password": password})
    assert r.status_code == 303, r.text[:300]
    return c


@pytest.fixture
def browser(tmp_path: Path):  # type: ignore[no-untyped-def]
    with chromium(tmp_path / "chrome", (1366, 768)) as driver:
        yield driver
