"""annotator.pauses: only the planned passes of a point stop, and say so on stderr."""

from __future__ import annotations

import io

import pytest

from annotator import pauses


def test_only_planned_passes_stop_and_wait_for_a_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert pauses.planned("push.recorded:2,3; pull.page:1") == {
        "push.recorded": {2, 3},
        "pull.page": {1},
    }
    monkeypatch.setattr(pauses, "_passes", {})
    stdin = io.StringIO("go\n")
    monkeypatch.setattr("sys.stdin", stdin)
    monkeypatch.delenv(pauses.ENV, raising=False)
    pauses.pause("push.recorded")  # unset: counts only
    monkeypatch.setenv(pauses.ENV, "push.recorded:3")
    pauses.pause("push.recorded")  # pass 2: not planned
    pauses.pause("pull.page")  # another point
    assert capsys.readouterr().err == "" and stdin.tell() == 0
    pauses.pause("push.recorded")  # pass 3: stops, reads its line
    assert capsys.readouterr().err == "paused push.recorded 3\n" and stdin.read() == ""
