"""The HTML audit report: escaping of hostile text, robustness, and a real headless Chromium."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from annotator.agreement.report import render_report
from annotator.agreement.summary import build_field_report

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

SCRIPT = "<script>alert(1)</script>"
TITLE_SCRIPT = "<script>document.title='pwned'</script>"
RLM = "\u200f"
HOSTILE_TEXT = f"Claim with {SCRIPT} & \"quotes\" 'single' ]]> {TITLE_SCRIPT} {RLM}שלום"


def hostile_report() -> dict:
    rng = np.random.default_rng(3)
    cats = ["A", "B", "C", "D", "E"]
    annotators = ["alice", "bob", "carol", "dave", SCRIPT, f"eve {RLM}שלום"]
    records, texts, groups = [], {}, {}
    for i in range(120):
        item = f"claim-{i:03d}"
        truth = int(rng.integers(0, 5))
        texts[item] = f"#{i} {HOSTILE_TEXT}"
        groups[item] = ["bbc.co.uk", '<b>Fox</b> & "co"', f"{RLM}الجزيرة"][i % 3]
        for name in annotators:
            if rng.random() < 0.25:
                continue
            value = truth if rng.random() < 0.7 else int(rng.integers(0, 5))
            label = cats[value] if rng.random() > 0.03 else "F"
            records.append((item, name, label))
    records.append(("claim-000", "zed", f"{SCRIPT}]]>"))
    fields = [
        build_field_report(
            records,
            "ordinal",
            cats,
            ["F", f"{SCRIPT}]]>"],
            groups,
            texts,
            300,
            0,
            name=f"Admiralty {SCRIPT}",
            top=12,
        ),
        build_field_report(
            records,
            "nominal",
            None,
            ["F"],
            groups,
            texts,
            300,
            0,
            name='Claim type & "kind"',
            top=4,
        ),
    ]
    return {
        "title": f"Audit {TITLE_SCRIPT}",
        "subtitle": "dataset v1 & <b>co</b>",
        "generated": "2026-11-23",
        "fields": fields,
    }


@pytest.fixture(scope="module")
def page() -> str:
    return render_report(hostile_report())


def test_no_markup_from_data_survives(page):
    assert "<script" not in page.lower()
    assert "<b>Fox" not in page and "<b>co</b>" not in page and "<i>" not in page
    assert html.escape(SCRIPT) in page
    assert "]]&gt;" in page and "]]>" not in page
    assert "&quot;quotes&quot;" in page and "&#x27;single&#x27;" in page
    assert "&amp; &quot;co&quot;" in page


def test_user_text_is_isolated_for_right_to_left(page):
    assert f"<bdi>eve {RLM}שלום</bdi>" in page
    assert re.search(f"<bdi>{RLM}الجزيرة</bdi>", page)


def test_attributes_are_quoted_and_escaped(page):
    for attr in re.findall(r'title="([^"]*)"', page):
        assert "<" not in attr and ">" not in attr


def test_page_is_self_contained(page):
    assert page.startswith("<!DOCTYPE html>")
    assert "http://" not in page and "https://" not in page and "src=" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_renders_every_section(page):
    for heading in (
        "Annotator &times; annotator agreement",
        "Coincidence matrix",
        "Per annotator",
        "Per group",
        "Disagreements for adjudication",
    ):
        assert page.count(heading) == 2
    assert "(12 of " in page and "(4 of " in page


def test_empty_and_partial_reports_render():
    assert "<title>Agreement audit</title>" in render_report({})
    degenerate = build_field_report([("1", "x", "a")], "nominal", name="lonely")
    out = render_report({"title": "t", "fields": [degenerate, {"name": "bare"}]})
    assert "fewer than two annotators" in out and "bare" in out
    assert "no value" in out


def test_control_characters_are_neutralised():
    out = render_report({"title": "a\x00b\x1bc", "fields": []})
    assert "\x00" not in out and "\x1b" not in out


def run_chromium(url: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", *args, url,
        ],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.browser
def test_renders_in_headless_chromium_without_running_scripts(page, tmp_path):
    assert Path(CHROMIUM).exists(), "headless Chromium is needed: apt-get install -y chromium"
    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")

    # Control: this harness does detect a script that runs.
    control = tmp_path / "control.html"
    control.write_text(f"<!DOCTYPE html><title>safe</title>{TITLE_SCRIPT}", encoding="utf-8")
    dom = run_chromium(control.as_uri(), tmp_path / "profile-control", "--dump-dom").stdout
    assert "<title>pwned</title>" in dom

    dom = run_chromium(report.as_uri(), tmp_path / "profile-dom", "--dump-dom").stdout
    assert "<title>Audit &lt;script&gt;document.title='pwned'&lt;/script&gt;</title>" in dom
    assert "<script" not in dom.lower()
    assert dom.count('<section class="field"') == 2

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "agreement_report.png"
    shot.unlink(missing_ok=True)
    result = run_chromium(
        report.as_uri(),
        tmp_path / "profile-shot",
        f"--screenshot={shot}",
        "--window-size=1280,2000",
    )
    assert shot.exists(), result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
    (ARTIFACTS / "agreement_report.html").write_text(page, encoding="utf-8")
