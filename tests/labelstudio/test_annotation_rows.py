"""annotator.labelstudio.annotation_rows: pseudonymous ids, simulated accounts, timestamps (the
rows themselves are checked through `pull` in test_pull)."""

from __future__ import annotations

from datetime import UTC, datetime

from annotator.labelstudio.annotation_rows import annotator_id, is_simulated, parse_time


def test_annotator_ids_are_stable_pseudonyms() -> None:
    assert annotator_id("http://x", 3) == annotator_id("http://x", 3) != annotator_id("http://y", 3)
    assert annotator_id("http://x", 3).startswith("ann-") and len(annotator_id("http://x", 3)) == 16


def test_simulated_accounts_by_their_domain() -> None:
    assert is_simulated("sim-3@simulated.annotator")
    assert is_simulated("Sim-3@Simulated.Annotator")
    assert not is_simulated("kim@example.org")
    assert not is_simulated(None)


def test_times_are_aware_utc() -> None:
    want = datetime(2026, 11, 22, 13, 5, 23, tzinfo=UTC)
    assert parse_time("2026-11-22T13:05:23Z") == want
    assert parse_time("2026-11-22T15:05:23+02:00") == want
    assert parse_time("2026-11-22T13:05:23") == want  # naive: taken as UTC
    assert parse_time(None) is None and parse_time("") is None
