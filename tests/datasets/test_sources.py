"""Per-source profiles: outlets and speakers, grade distributions, agreement or its reason."""

from __future__ import annotations

import json

import pytest
from test_dataset import seed_store, three, values

from annotator.cli import main
from annotator.datasets.dataset import build_dataset
from annotator.datasets.sources import source_profiles, table_rows

ROWS = three(
    {
        "c1": [values(rel="B"), values(rel="B"), values(rel="C")],
        "c2": [values("refute", "B", "2"), values("refute", "B", "3"), values("refute", "B", "2")],
        "c3": [
            values("discuss", "E", "5"),
            values("discuss", "E", "5"),
            values("discuss", "D", "4"),
        ],
    }
)


@pytest.fixture
def built() -> None:
    rows = dict(ROWS)
    rows["c4"] = [("solo", values(rel="A"), False)]  # one annotator only
    seed_store(
        rows, outlets={"c3": "Tabloid", "c4": "Blog"}, speakers={"c1": "Biden", "c2": "Biden"}
    )
    build_dataset("gold")


def by_source(profiles: list[dict]) -> dict[tuple[str, str], dict]:
    return {(p["kind"], p["source"]): p for p in profiles}


def test_outlet_and_speaker_profiles(built: None) -> None:
    p = by_source(source_profiles("gold"))
    outlet = p[("outlet", "Outlet")]
    assert outlet["claims"] == 2
    assert outlet["source_reliability"] == {"B": 2}
    assert outlet["source_reliability_mode"] == "B"
    assert outlet["credibility"] == {"2": 2}
    assert outlet["stance_us_taliban"] == {"support": 1, "refute": 1}
    assert p[("speaker", "Biden")]["claims"] == 2
    assert p[("outlet", "Tabloid")]["source_reliability_mode"] == "E"
    # agreement on that source's claims, or null with the reason
    assert p[("outlet", "Outlet")]["agreement"]["stance_us_taliban"]["alpha"] is not None
    blog = p[("outlet", "Blog")]["agreement"]["source_reliability"]
    assert blog["alpha"] is None and "fewer than 2 annotators" in blog["reason"]


def test_table_rows_are_flat(built: None) -> None:
    rows = table_rows(source_profiles("gold"))
    assert all(not isinstance(v, dict) for r in rows for v in r.values())
    assert len({tuple(r) for r in rows}) == 1  # same columns everywhere
    assert rows[0]["kind"] == "outlet"


def test_cli_sources(built: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "gold@1", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {d["source"] for d in data} == {"Outlet", "Tabloid", "Blog", "Biden"}
    assert main(["sources", "gold"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("kind")
