"""Hostile text (`<script>`, `&`, quotes, `]]>`, right-to-left marks, `$vars`) in claims, schema
labels, outlets and annotator names is escaped in the Label Studio config, the task data, the
HTML audit report and the export data card; in headless Chromium no injected script runs, on the
audit report and on the real Label Studio labelling page, and the text shows literally.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml
from hostile_helpers import HOSTILE, HOSTILE_LABEL

from annotator.schema import DEFAULT_SCHEMA, load_schema

pytestmark = pytest.mark.hardening

BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u2066\u2067\u2068\u2069"))


def visible(text: str) -> str:
    """Text as compared on a page: bidi controls dropped, whitespace collapsed."""
    return " ".join(text.translate(BIDI).split())


def hostile_schema(tmp_path: Path) -> Path:
    data = yaml.safe_load(DEFAULT_SCHEMA.read_text(encoding="utf-8"))
    data["description"] = HOSTILE
    data["guidelines"] = HOSTILE + "\nSecond line & more"
    data["targets"][0]["text"] = HOSTILE
    field = data["fields"][1]
    field["title"] = HOSTILE_LABEL
    field["choices"][0]["label"] = HOSTILE_LABEL
    field["choices"][0]["hint"] = HOSTILE
    path = tmp_path / "hostile.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def hostile_claim(cid: str = "c1") -> dict[str, Any]:
    return {
        "id": cid,
        "text": HOSTILE,
        "context": f"Before {HOSTILE} after.",
        "speaker": HOSTILE,
        "cue": "said <i>",
        "quote": True,
        "cluster_id": "c-<x>",
        "outlet": HOSTILE,
        "title": HOSTILE,
        "published": "2021-09-01",
        "url": "javascript:alert(1)",
        "document_id": "d1",
    }


def test_label_config_and_task_data_escape(tmp_path: Path) -> None:
    from annotator.labelstudio.labelconfig import guidelines_html, label_config, task_data

    schema = load_schema(hostile_schema(tmp_path))
    xml = label_config(schema)
    root = ET.fromstring(xml)  # well-formed despite ]]>, quotes and &
    values = [e.get("value") or "" for e in root.iter()]
    assert any(HOSTILE_LABEL in v for v in values), "the label is not kept literally"
    assert "<script" not in xml and "]]>" not in xml.replace("]]&gt;", "")
    guide = guidelines_html(schema)
    assert "<script" not in guide and "&lt;script&gt;" in guide
    data = task_data(hostile_claim())
    assert data["text"] == HOSTILE  # plain text, rendered by a <Text> tag (escaped by LS)
    for key in ("context_html", "meta_html"):
        assert "<script" not in data[key] and "<img" not in data[key], data[key]
        assert "&lt;script&gt;" in data[key]
    print(
        "FIGURE escaping config/task: label config well-formed with the hostile label literal; "
        "context_html, meta_html and guidelines carry no raw tag"
    )


def _report_dict() -> dict[str, Any]:
    return {
        "title": HOSTILE,
        "subtitle": HOSTILE,
        "generated": HOSTILE,
        "fields": [
            {
                "name": HOSTILE_LABEL,
                "level": "nominal",
                "summary": {"alpha": 0.5, "n_items": 1, "reasons": {"alpha_ci": HOSTILE}},
                "categories": [HOSTILE_LABEL, "x"],
                "annotators": ["a", HOSTILE],
                "agreement_matrix": [[1.0, 0.5], [0.5, 1.0]],
                "shared_items": [[1, 1], [1, 1]],
                "coincidence": [[1.0, 1.0], [1.0, 0.0]],
                "per_annotator": [{"annotator": HOSTILE, "n_labels": 1, "n_shared": 1}],
                "groups": [{"group": HOSTILE, "n_items": 1, "n_labels": 2, "alpha": None,
                            "reason": HOSTILE}],
                "disagreements": [
                    {"item": HOSTILE, "text": HOSTILE, "score": 0.5, "agreement": 0.5,
                     "labels": [["a", HOSTILE_LABEL], [HOSTILE, "x"]]}
                ],
                "n_disagreements": 1,
                "notes": {HOSTILE: HOSTILE},
            }
        ],
    }  # fmt: skip


def test_report_and_data_card_escape() -> None:
    import pyarrow as pa

    from annotator.agreement.report import render_report
    from annotator.datasets.datacard import render

    page = render_report(_report_dict())
    assert "<script" not in page and "<img" not in page and 'onerror="' not in page
    assert "&lt;script&gt;" in page
    schema = load_schema()
    card = render(
        {"name": "gold", "version": 1, "hash": "h", "project": HOSTILE, "items": 1},
        schema,
        pa.schema([("claim_id", pa.string())]),
        "data.jsonl",
        provenance={"documents": 1, "outlets": [(HOSTILE, "news", 1)], "examples": [HOSTILE]},
        license=HOSTILE,
    )
    raw_tags = [t for t in ("<script", "<img") if t in card]
    print(f"FIGURE escaping report/card: audit HTML has no raw tag; data card raw tags: {raw_tags}")
    assert not raw_tags, f"the data card (README.md, rendered as HTML by hubs) has raw {raw_tags}"


# --- in a real browser -----------------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture
def browser(tmp_path: Path):  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'chrome'}",
        "--window-size=1400,1300",
    ):  # fmt: skip
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _pwned(driver) -> tuple[Any, str]:  # type: ignore[no-untyped-def]
    return driver.execute_script("return window.__pwned"), driver.title


@pytest.mark.browser
def test_audit_report_runs_no_script_in_chromium(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    from annotator.agreement.report import render_report

    page = tmp_path / "audit.html"
    page.write_text(render_report(_report_dict()), encoding="utf-8")
    browser.get(page.as_uri())
    body = browser.find_element(By.TAG_NAME, "body").text
    pwned, title = _pwned(browser)
    shown = visible(HOSTILE) in visible(body)
    print(f"FIGURE escaping audit page: __pwned={pwned!r}, title ok={title != 'PWNED'}, "
          f"hostile text shown literally={shown}")  # fmt: skip
    assert pwned is None and title != "PWNED"
    assert shown, body[:1000]


@pytest.mark.browser
@pytest.mark.labelstudio
def test_labelling_page_runs_no_script(  # type: ignore[no-untyped-def]
    ls_home, ls_backend, label_studio, make_annotators, browser, tmp_path, monkeypatch
) -> None:
    from labelstudio.test_labelling_page import _wait_for
    from selenium.webdriver.common.by import By

    from annotator import store
    from annotator.labelstudio import credentials
    from annotator.labelstudio.push import push
    from annotator.store.models import ClaimUnit, Document, Source

    monkeypatch.setenv("ANNOTATOR_DB", f"sqlite:///{tmp_path / 'store.db'}")
    store.reset_engines()
    with store.session() as s:
        s.add(Source(id="src-h", name=HOSTILE))
        s.add(Document(id="doc-h", source_id="src-h", title=HOSTILE, url="javascript:x()",
                       published="2021-09-01", text=HOSTILE))  # fmt: skip
        s.add(ClaimUnit(id="claim-h", document_id="doc-h", text=HOSTILE, start=0,
                        end=len(HOSTILE), context=f"Before. {HOSTILE} After.", speaker=HOSTILE,
                        cue="said", checkworthiness=0.9))  # fmt: skip
    summary = push(
        f"hostile-{uuid.uuid4().hex[:8]}", overlap=1, schema_path=hostile_schema(tmp_path)
    )
    [ref] = ls_backend.task_refs(summary.ls_project_id)

    email = make_annotators(1)[0]
    password = credentials.load()["annotators"][email]["password"]
    browser.get(f"{label_studio.url}/user/login/")
    browser.find_element(By.NAME, "email").send_keys(email)
    browser.find_element(By.NAME, "password").send_keys(password)
    browser.find_element(
        By.CSS_SELECTOR, "form button[type=submit], form input[type=submit]"
    ).click()
    assert _wait_for(browser, lambda: "/user/login" not in browser.current_url, 30), "login failed"
    browser.get(f"{label_studio.url}/projects/{summary.ls_project_id}/data?task={ref.id}")
    label_text = visible(HOSTILE_LABEL)

    def rendered() -> bool:
        body = visible(browser.find_element(By.TAG_NAME, "body").text)
        return "Tom & Jerry" in body and label_text in body

    ok = _wait_for(browser, rendered, 90)
    body = visible(browser.find_element(By.TAG_NAME, "body").text)
    pwned, title = _pwned(browser)
    marks = browser.find_elements(By.CSS_SELECTOR, ".ann-context mark")
    shown = bool(marks) and visible(marks[0].text) == visible(HOSTILE)
    print(
        f"FIGURE escaping labelling page: rendered={ok}, __pwned={pwned!r}, "
        f"title ok={title != 'PWNED'}, claim shown literally={shown}, "
        f"label shown literally={label_text in body}"
    )
    assert ok, body[:1500]
    assert pwned is None and title != "PWNED"
    assert shown and visible(HOSTILE) in body and label_text in body
