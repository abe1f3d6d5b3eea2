"""The labelling page an annotator sees for a pushed task, in headless Chromium (selenium).

Logs in through Label Studio's login form as an annotator account, opens
`/projects/{pid}/data?task={tid}` and checks that the claim, its context, its metadata and the
choice labels of every field render. The screenshot is kept in `tests/artifacts/`.
"""

from __future__ import annotations

import shutil
import time
import uuid
from pathlib import Path

import pytest
from synthetic_claims import add_claims

from annotator.labelstudio import credentials
from annotator.labelstudio.push import push
from annotator.schema import load_schema

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture
def browser(tmp_path: Path):  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    assert shutil.which(CHROMIUM) or Path(CHROMIUM).exists(), "chromium is not installed"
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'chrome'}", "--window-size=1400,1300",
    ):  # fmt: skip
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _wait_for(driver, predicate, timeout: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except Exception:  # noqa: BLE001 - the page is still loading
            pass
        time.sleep(0.5)
    return False


def test_labelling_page_renders_claim_context_and_choices(
    db, ls_backend, label_studio, make_annotators, browser
):
    from selenium.webdriver.common.by import By

    [claim_id] = add_claims(1, checkworthiness=0.9)
    name = f"page-{uuid.uuid4().hex[:10]}"
    summary = push(name, overlap=1)
    [ref] = ls_backend.task_refs(summary.ls_project_id)
    assert ref.claim_id == claim_id

    email = make_annotators(1)[0]
    password = credentials.load()["annotators"][email]["password"]
    url = label_studio.url
    browser.get(f"{url}/user/login/")
    browser.find_element(By.NAME, "email").send_keys(email)
    browser.find_element(By.NAME, "password").send_keys(password)
    browser.find_element(
        By.CSS_SELECTOR, "form button[type=submit], form input[type=submit]"
    ).click()
    assert _wait_for(browser, lambda: "/user/login" not in browser.current_url, 30), "login failed"

    browser.get(f"{url}/projects/{summary.ls_project_id}/data?task={ref.id}")
    claim_text = "Officials said 0 people were evacuated."
    schema = load_schema()
    labels = [c.display for lf in schema.choice_fields for c in lf.field.choices]

    def rendered() -> bool:
        body = browser.find_element(By.TAG_NAME, "body").text
        return claim_text in body and all(label in body for label in labels)

    ok = _wait_for(browser, rendered, 90)
    time.sleep(1.0)  # let the last fonts/styles settle for the screenshot
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "labelling_page.png"))
    body = browser.find_element(By.TAG_NAME, "body").text
    assert ok, f"labelling page did not render the task; page text starts: {body[:500]!r}"
    assert "Before." in body and "After." in body  # the context around the highlighted claim
    assert "Example Times" in body and "Officials" in body  # outlet and speaker metadata
    for field in schema.choice_fields:
        assert field.title in body
    # the check-worthiness suggestion (a prediction) is the one pre-selected answer
    checked = browser.execute_script(
        "return [...document.querySelectorAll('input[type=radio]:checked')]"
        ".filter(e => e.offsetParent !== null)"
        ".map(e => (e.closest('label') || e.parentElement).innerText.trim())"
    )
    answers = {c.display for lf in schema.choice_fields for c in lf.field.choices}
    assert [c for c in checked if c.split("[")[0].strip() in answers] == ["Yes[d]"] or any(
        c.startswith("Yes") for c in checked
    ), checked
    marks = browser.find_elements(By.CSS_SELECTOR, ".ann-context mark")
    assert marks and marks[0].text == claim_text
