"""The same wire story from two outlets, through every stage as a user runs it: split keeps two
documents, push sends both copies, simulated annotators label them in the real Label Studio,
pull brings the labels back, and `annotator sources` profiles each outlet separately."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from annotator.cli import main

STORY = (
    "KABUL, Aug 27 (AP) — The death toll from the bombing outside Kabul airport rose to 170 on "
    "Friday, health officials said.\n\n"
    "The Pentagon said 13 U.S. service members were among those killed at Abbey Gate.\n"
)
COPIES = [
    {"text": STORY, "source": "Example Times", "url": "https://times.example/a",
     "published": "2021-08-27"},
    {"text": STORY, "source": "Daily Example", "url": "https://daily.example/b",
     "published": "2021-08-28"},
]  # fmt: skip


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict | list:
    code = main([*argv, "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def test_two_outlets_are_profiled_separately(db, ls_backend, capsys, tmp_path: Path) -> None:
    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps(c) + "\n" for c in COPIES), encoding="utf-8")
    split = run_json(capsys, "split", str(wire))
    assert isinstance(split, dict) and split["claims"] == 4 and not split["errors"]
    name = f"wire-{uuid.uuid4().hex[:8]}"
    pushed = run_json(capsys, "push", "--project", name, "--overlap", "2")
    assert isinstance(pushed, dict) and pushed["created"] == 4
    run_json(capsys, "simulate", "--project", name, "--annotators", "2", "--seed", "3")
    pulled = run_json(capsys, "pull", "--project", name)
    assert isinstance(pulled, dict) and pulled["new"] == 8
    # simulated labels count only when asked for (they are left out by default)
    run_json(capsys, "dataset", "build", "wire", "--project", name, "--include-simulated")
    profiles = run_json(capsys, "sources", "wire", "--include-simulated")
    rows = profiles if isinstance(profiles, list) else profiles.get("sources", profiles)
    outlets = {p["source"]: p for p in rows if p["kind"] == "outlet"}
    assert sorted(outlets) == ["Daily Example", "Example Times"]
    assert [outlets[o]["claims"] for o in sorted(outlets)] == [2, 2]
