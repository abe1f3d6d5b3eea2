"""Label Studio's own labelling page (LSF) against the desk's page, on the same tasks.

    .venv/bin/python benchmarks/bench_labelling_ui.py [--tasks 3] [--ls-home DIR]

Both in headless Chromium at 1366x768 (Debian's chromium + chromedriver), against a real Label
Studio (`--ls-home` reuses one; else one is started and stopped). The real splitter's claims
are pushed with overlap 2 and the check-worthiness suggestion on (Label Studio gets it as a
prediction, the desk as a hint). Annotator A labels every task through the API first; then
annotator B, logged in as a normal account, opens each of the first N tasks:

- in Label Studio at `/projects/{id}/data?task={tid}` (the labelling page an account is sent
  to), creates their own annotation, labels it keyboard-only with the hotkeys Label Studio
  shows, and submits with Ctrl+Enter;
- on the desk at `/p/{project}/task/{tid}`, labels it with the desk's keys and Enter.

Measured per page: time from navigation until every choice of the schema is on screen (time to
interactive, wall clock), bytes transferred (Resource Timing, cold cache for the first task),
annotation tabs of other annotators visible and whether their identity shows, choices already
selected when B's own annotation starts (pre-filled suggestion), keystrokes and mouse actions
B needed, and whether the annotation Label Studio stored has exactly B's intended values.
Prints one table with both columns; loopback only.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
import uuid
import warnings
from pathlib import Path
from typing import Any

warnings.filterwarnings("ignore")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent / "tests" / "desk"))

FIRST = {"stance_us_taliban": "support", "source_reliability": "B", "credibility": "2",
         "checkworthy": "yes"}  # fmt: skip
WANT = {"stance_us_taliban": "discuss", "source_reliability": "C", "credibility": "3",
        "checkworthy": "no"}  # fmt: skip
CHECKED_JS = (  # is the choice labelled arguments[0] selected in the editor?
    "return [...document.querySelectorAll('.lsf-main-view input:checked')]"
    ".some(i => (i.closest('label') || i.parentElement.parentElement).innerText"
    ".startsWith(arguments[0]))"
)
WEIGHT_JS = (
    "return performance.getEntriesByType('resource').reduce((s, e) => s + e.transferSize, 0)"
    " + performance.getEntriesByType('navigation')[0].transferSize"
)


def _wait(pred: Any, timeout: float = 120.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if pred():
                return True
        except Exception:  # noqa: BLE001 - still loading
            pass
        time.sleep(0.1)
    return False


def _all_labels(schema: Any) -> list[str]:
    return [lf.field.choices[-1].display for lf in schema.choice_fields]


def _stored(email: str, tid: int, schema: Any) -> dict[str, Any] | None:
    from annotator.desk import submit
    from annotator.labelstudio.client import Backend

    uid = submit._user_id(email)
    task = Backend.connect().get_task(tid) or {}
    for a in task.get("annotations") or []:
        who = a.get("completed_by")
        if (who.get("id") if isinstance(who, dict) else who) == uid:
            return dict(schema.parse_result(a.get("result"))[0])
    return None


def _load(driver: Any, url: str, labels: list[str]) -> tuple[float, int]:
    from selenium.webdriver.common.by import By

    t0 = time.perf_counter()
    driver.get(url)
    ok = _wait(lambda: all(x in driver.find_element(By.TAG_NAME, "body").text for x in labels))
    tti = time.perf_counter() - t0
    if not ok:
        raise RuntimeError(f"{url}: the page never showed every field")
    time.sleep(1.0)  # late requests count towards the weight
    return tti, int(driver.execute_script(WEIGHT_JS))


def label_studio_pages(d: Any, url: str, pid: int, tids: list[int], schema: Any, who: dict[str, str]) -> dict[str, list[Any]]:  # fmt: skip
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    d.get(f"{url}/user/login/")
    d.find_element(By.NAME, "email").send_keys(who["b"])
    d.find_element(By.NAME, "password").send_keys(who["b_password"])
    d.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    assert _wait(lambda: "/user/login" not in d.current_url, 60), "Label Studio login failed"
    out: dict[str, list[Any]] = {k: [] for k in ("tti", "bytes", "foreign", "identity",
                                                 "preselected", "keys", "mouse", "correct")}  # fmt: skip
    for i, tid in enumerate(tids):
        tti, weight = _load(d, f"{url}/projects/{pid}/data?task={tid}", _all_labels(schema))
        names = [e.text for e in d.find_elements(By.CSS_SELECTOR, ".lsf-annotation-button__name")]  # fmt: skip
        theirs = sum(who["a"][:6] in n for n in names)  # A's tabs (B's and predictions aside)
        out["tti"].append(tti)
        out["bytes"].append(weight)
        out["foreign"].append(theirs)
        out["identity"].append(theirs > 0)
        mouse = 0
        if theirs:  # the page opens on someone else's annotation: make one's own
            d.find_element(By.CSS_SELECTOR, 'button[aria-label="Create an annotation"]').click()
            mouse += 1
            time.sleep(1.5)
        body = d.find_element(By.TAG_NAME, "body").text
        checked = int(d.execute_script("return document.querySelectorAll('.lsf-main-view input:checked').length"))  # fmt: skip
        out["preselected"].append(checked)
        keys = []
        for lf in schema.choice_fields:
            label = next(c.display for c in lf.field.choices if c.value == WANT[lf.key])
            if d.execute_script(CHECKED_JS, label):
                continue  # pre-filled with the wanted value: its hotkey would clear it
            m = re.search(re.escape(label) + r"\s*\[([^\]]+)\]", body)
            if m is None:
                raise RuntimeError(f"no hotkey shown for {label!r}")
            keys.append(m.group(1))
        chain = ActionChains(d)
        for k in keys:
            chain.send_keys(k).pause(0.3)
        chain.key_down(Keys.CONTROL).send_keys(Keys.ENTER).key_up(Keys.CONTROL).perform()
        out["keys"].append(len(keys) + 1)
        out.setdefault("keyseq", []).append(keys)
        out["mouse"].append(mouse)
        _wait(lambda t=tid: _stored(who["b"], t, schema) is not None, 30)
        got = _stored(who["b"], tid, schema)
        out["correct"].append(got is not None and {k: got.get(k) for k in WANT} == WANT)
        if i == 0:
            d.save_screenshot(str(HERE.parent / "tests" / "artifacts" / "bench_ls_page.png"))
    return out


def desk_pages(d: Any, url: str, project: str, tids: list[int], schema: Any, who: dict[str, str]) -> dict[str, list[Any]]:  # fmt: skip
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    from annotator.desk import auth
    from annotator.desk.page import field_keys

    d.get(f"{url}/invite/{auth.create_invite(who['b'], project)}")
    d.find_element(By.NAME, "password").send_keys("correct horse battery")
    d.find_element(By.CSS_SELECTOR, "form button").click()
    assert _wait(lambda: "/invite/" not in d.current_url, 60), "desk login failed"
    out: dict[str, list[Any]] = {k: [] for k in ("tti", "bytes", "foreign", "identity",
                                                 "preselected", "keys", "mouse", "correct")}  # fmt: skip
    for i, tid in enumerate(tids):
        tti, weight = _load(d, f"{url}/p/{project}/task/{tid}", _all_labels(schema))
        src = d.page_source
        out["tti"].append(tti)
        out["bytes"].append(weight)
        out["foreign"].append(0 if who["a"] not in src else 1)
        out["identity"].append(who["a"].split("@")[0][:6] in src)
        out["preselected"].append(int(d.execute_script("return document.querySelectorAll('input:checked').length")))  # fmt: skip
        keys = [
            next(k for k, v in field_keys(lf).items() if v == WANT[lf.key])
            for lf in schema.choice_fields
        ]
        chain = ActionChains(d)
        for k in keys:
            chain.send_keys(k.lower()).pause(0.3)
        chain.send_keys(Keys.ENTER).perform()
        out["keys"].append(len(keys) + 1)
        out.setdefault("keyseq", []).append(keys)
        out["mouse"].append(0)
        _wait(lambda t=tid: _stored(who["b"], t, schema) is not None, 60)
        got = _stored(who["b"], tid, schema)
        out["correct"].append(got is not None and {k: got.get(k) for k in WANT} == WANT)
        if i == 0:
            d.save_screenshot(str(HERE.parent / "tests" / "artifacts" / "bench_desk_page.png"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=3)
    ap.add_argument("--ls-home", type=Path, help="ANNOTATOR_HOME of a Label Studio to reuse")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-ui-"))
    os.environ["ANNOTATOR_HOME"] = str(args.ls_home or tmp / "ls")
    os.environ["ANNOTATOR_DB"] = f"sqlite:///{tmp / 'store.db'}"
    from browser_fixtures import chromium
    from conftest import split_document

    from annotator.desk import queue
    from annotator.desk.client import serve
    from annotator.labelstudio import accounts, credentials, server
    from annotator.labelstudio.client import Backend
    from annotator.labelstudio.push import push
    from annotator.schema import load_schema

    (HERE.parent / "tests" / "artifacts").mkdir(exist_ok=True)
    server.start()
    try:
        split_document(tmp)
        project = f"ui-{uuid.uuid4().hex[:8]}"
        pushed = push(project, overlap=2, suggest=["checkworthy"])
        tids = sorted(r.id for r in Backend.connect().task_refs(pushed.ls_project_id))
        tag = uuid.uuid4().hex[:6]
        a, b = f"ui-a-{tag}@example.org", f"ui-b-{tag}@example.org"
        accounts.add_annotators([a, b])
        for e in (a, b):
            queue.add_member(project, e)
        queue.sync(project)
        schema = load_schema()
        first = Backend.connect(as_user=a)
        fresh = {tids[0], tids[args.tasks]}  # B is the first to open these
        for tid in tids:
            if tid not in fresh:
                first.create_annotation(tid, schema.result_for(FIRST))
        who = {"a": a, "b": b, "b_password": credentials.load()["annotators"][b]["password"]}
        half = args.tasks
        cpu0 = time.process_time()
        with chromium(tmp / "chrome-ls", (1366, 768)) as d:
            ls = label_studio_pages(d, credentials.load()["url"], pushed.ls_project_id,
                                    tids[:half], schema, who)  # fmt: skip
        with serve() as url, chromium(tmp / "chrome-desk", (1366, 768)) as d:
            desk = desk_pages(d, url, project, tids[half : 2 * half], schema, who)
        cpu = time.process_time() - cpu0
    finally:
        if not args.ls_home:
            server.stop()

    def summary(o: dict[str, list[Any]], tids_: list[int]) -> list[tuple[str, str]]:
        seen = [x for t, x in zip(tids_, o["foreign"], strict=True) if t not in fresh]
        named = [x for t, x in zip(tids_, o["identity"], strict=True) if t not in fresh]
        prefill = [x for t, x in zip(tids_, o["preselected"], strict=True) if t in fresh]
        later = o["bytes"][1:] or o["bytes"]
        return [
            ("time to interactive, median (s)", f"{statistics.median(o['tti']):.2f}"),
            ("bytes transferred, first page (cold cache)", f"{o['bytes'][0]:,}"),
            ("bytes transferred, later pages (median)", f"{statistics.median(later):,.0f}"),
            ("A's annotations visible, tasks A labelled", f"{statistics.mean(seen):.1f}"),
            ("A's name shown, tasks A labelled", f"{sum(named)}/{len(named)}"),
            ("choices pre-selected, task nobody labelled", f"{statistics.mean(prefill):.1f}"),
            ("keystrokes per item (4 fields + submit)", f"{statistics.mean(o['keys']):.1f}"),
            ("mouse actions per item", f"{statistics.mean(o['mouse']):.1f}"),
            ("stored exactly B's intended labels", f"{sum(o['correct'])}/{len(o['correct'])}"),
        ]

    rows = list(zip(summary(ls, tids[:half]), summary(desk, tids[half : 2 * half]), strict=True))
    print(f"{'':48} {'Label Studio':>14} {'desk':>10}")
    for (name, left), (_, right) in rows:
        print(f"{name:48} {left:>14} {right:>10}")
    print(f"keys pressed for {'/'.join(WANT.values())}, last item: Label Studio "
          f"{' '.join(ls['keyseq'][-1])} Ctrl+Enter; desk {' '.join(desk['keyseq'][-1])} Enter")  # fmt: skip
    ratio = statistics.median(ls["tti"]) / statistics.median(desk["tti"])
    print(f"time to interactive: Label Studio / desk = {ratio:.1f}x; bytes (cold): "
          f"{ls['bytes'][0] / max(desk['bytes'][0], 1):.0f}x")  # fmt: skip
    print(f"this process {cpu:.1f} CPU-s (browsers and servers not included); "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
