"""Two annotators label the same 10 tasks keyboard-only through the desk, in headless Chromium,
against the real Label Studio; then every route is crawled with each one's session.

Checks: the page fits 1366x768 without scrolling, the claim is marked in its paragraph, the
suggestion is shown but never pre-selected (and `G` accepts it), Label Studio receives each
annotation under the annotator's own account with its lead time, `pull` brings the lead time
back, and no desk page or endpoint shows the other annotator's choices, rationale or identity.
"""

from __future__ import annotations

import re
import uuid

import pytest
from conftest import ARTIFACTS, invite_token, split_document
from sqlmodel import select

from annotator import store
from annotator.desk import service, state
from annotator.labelstudio.pull import pull
from annotator.labelstudio.push import push
from annotator.store.models import Annotation

pytestmark = [pytest.mark.browser, pytest.mark.labelstudio]

PASSWORD = "correct horse battery"
# (stance key, reliability key, credibility key, check-worthiness key) per annotator: every
# field differs between them, so a foreign choice would be visible.
KEYS = {0: ("1", "A", "1", "G"), 1: ("2", "B", "2", "N")}
VALUES = {
    0: {"stance_us_taliban": "support", "source_reliability": "A", "credibility": "1"},
    1: {"stance_us_taliban": "refute", "source_reliability": "B", "credibility": "2",
        "checkworthy": "no"},
}  # fmt: skip


def _label_all(browser, url: str, token: str, who: int, rationale: str) -> list[int]:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    browser.delete_all_cookies()
    browser.get(f"{url}/invite/{token}")
    ActionChains(browser).send_keys(PASSWORD, Keys.ENTER).perform()  # the field has autofocus
    done: list[int] = []
    for n in range(10):
        WebDriverWait(browser, 30).until(lambda d: re.search(r"/task/\d+$", d.current_url))
        m = re.search(r"/task/(\d+)$", browser.current_url)
        assert m, f"no task page after {n} submissions: {browser.current_url}"
        tid = int(m.group(1))
        checked = browser.execute_script(
            "return document.querySelectorAll('input[type=radio]:checked').length"
        )
        assert checked == 0, "something was pre-selected"
        sugg = browser.find_elements(By.CSS_SELECTOR, ".sugg")
        assert len(sugg) == 1 and sugg[0].text.startswith("suggested: ")
        if who == 0 and n == 0:
            fits = browser.execute_script(
                "var e = document.documentElement;"
                " return [e.scrollHeight, e.clientHeight, e.scrollWidth, e.clientWidth]"
            )
            assert fits[0] <= fits[1] and fits[2] <= fits[3], f"page scrolls at 1366x768: {fits}"
            marks = browser.find_elements(By.CSS_SELECTOR, "#context mark.content")
            assert marks and marks[0].text.strip() in browser.find_element(By.ID, "context").text
            ARTIFACTS.mkdir(exist_ok=True)
            browser.save_screenshot(str(ARTIFACTS / "desk_task_page.png"))
            ActionChains(browser).send_keys("w").perform()  # the whole document, one key away
            WebDriverWait(browser, 10).until(
                lambda d: d.find_elements(By.CSS_SELECTOR, "dialog .doctext mark#here")
            )
            browser.save_screenshot(str(ARTIFACTS / "desk_whole_document.png"))
            ActionChains(browser).send_keys("w").perform()
        keys = KEYS[who]
        ActionChains(browser).send_keys(*keys).perform()
        if who == 0:
            sugg_value = sugg[0].get_attribute("data-value")
            got = browser.execute_script(
                "return document.querySelector('input[name=f_checkworthy]:checked').value"
            )
            assert got == sugg_value  # G accepted the suggestion
        ActionChains(browser).send_keys("r", f"{rationale} {tid}", Keys.ENTER).perform()
        WebDriverWait(browser, 30).until(lambda d, t=tid: not d.current_url.endswith(f"/task/{t}"))
        done.append(tid)
    WebDriverWait(browser, 30).until(lambda d: "All done" in d.page_source)
    assert "All done" in browser.page_source or "queue is empty" in browser.page_source
    if who == 1:
        browser.save_screenshot(str(ARTIFACTS / "desk_all_done.png"))
    return done


def test_two_annotators_label_blind_through_the_desk(desk, ls_backend, browser, tmp_path):
    split_document(tmp_path)
    project = f"desk-{uuid.uuid4().hex[:8]}"
    summary = push(project, overlap=2, suggest=["checkworthy"])
    assert summary.created >= 10
    assert state.suggested_fields(project) == ["checkworthy"]
    tag = uuid.uuid4().hex[:6]
    emails = [f"ann-a-{tag}@example.org", f"ann-b-{tag}@example.org"]
    links = [service.invite(e, project)["link"] for e in emails]
    tokens = [invite_token(link) for link in links]
    rationales = [f"alpha-{uuid.uuid4().hex[:10]}", f"bravo-{uuid.uuid4().hex[:10]}"]

    labelled = [_label_all(browser, desk.url, tokens[i], i, rationales[i]) for i in range(2)]
    assert sorted(labelled[0]) == sorted(labelled[1])  # the same 10 tasks, overlap 2
    assert labelled[0] != labelled[1]  # each in their own seeded order

    # Label Studio holds each annotation under the annotator's own account, with a lead time.
    users = {v: k for k, v in ls_backend.users().items()}
    by_user: dict[int, list[dict]] = {}
    for task in ls_backend.changed_tasks(summary.ls_project_id, None):
        for a in task["annotations"]:
            by_user.setdefault(a["completed_by"], []).append(a)
    for i, email in enumerate(emails):
        anns = by_user[users[email]]
        assert len(anns) == 10
        for a in anns:
            values = {
                r["from_name"]: r["value"].get("choices", r["value"].get("text"))[0]
                for r in a["result"]
            }
            for key, value in VALUES[i].items():
                assert values[key] == value
            assert values["rationale"].startswith(rationales[i])
            assert a["lead_time"] and a["lead_time"] > 0

    pulled = pull(project)
    assert pulled.new == 20
    with store.session() as s:
        leads = s.exec(select(Annotation.lead_time)).all()
    assert len(leads) == 20 and all(t and t > 0 for t in leads)

    # Crawl every route with each annotator's session: nothing of the other one anywhere.
    from annotator.desk.app import create_app

    routes = [r.path for r in create_app().routes if "GET" in getattr(r, "methods", set())]
    tids = sorted(labelled[0])
    for i in range(2):
        other = 1 - i
        c = _login(desk.url, emails[i])
        pages = []
        for path in routes:
            for tid in tids[:3] + [999999]:
                concrete = (
                    path.replace("{project}", project)
                    .replace("{tid}", str(tid))
                    .replace("{token}", tokens[other])
                    .replace("{name}", "desk.js")
                )
                r = c.get(concrete, follow_redirects=True)
                pages.append(
                    (concrete, r.text + " " + " ".join(f"{k}={v}" for k, v in r.headers.items()))
                )
        for tid in tids[:2]:  # POSTs to done tasks answer too; they must not leak either
            r = c.post(f"/p/{project}/task/{tid}", data={"csrf": "x"}, follow_redirects=True)
            pages.append((f"POST {tid}", r.text))
        foreign_user = str(users[emails[other]])
        for where, text in pages:
            assert emails[other] not in text, where
            assert rationales[other] not in text, where
            assert rationales[i] not in text or "/document" not in where, where
            assert not re.search(r"<input[^>]*\bchecked", text), where  # nothing pre-selected
            assert "completed_by" not in text and "lead_time" not in text, where
            assert not re.search(rf"\buser[ _-]?(id)?\W*{foreign_user}\b", text, re.I), where


def _login(url: str, email: str):  # type: ignore[no-untyped-def]
    import httpx

    c = httpx.Client(base_url=url, timeout=60)
    r = c.get("/login")
    csrf = re.search(r'name=csrf value="([^"]+)"', r.text)
    assert csrf
    r = c.post("/login", data={"csrf": csrf.group(1), "email": email, "password": PASSWORD})
    assert r.status_code == 303, r.text[:300]
    return c
