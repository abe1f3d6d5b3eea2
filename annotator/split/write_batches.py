"""When the split stage writes what it holds (`pipeline.split_paths`): batches of up to
`BATCH_CLAIMS` claims, earlier while the workers are busy (`idle_batch`), and near the end as
many as the files still to come are expected to give (`tail_due`)."""

from __future__ import annotations

BATCH_CLAIMS = 20_000  # claim units per write transaction (documents are never split across two)
IDLE_BATCH_CLAIMS = 2_000  # written earlier when the workers' next result is not ready yet...
IDLE_BATCH_SHARE = 8  # ... and it holds an eighth of the claims written so far (`idle_batch`)


def idle_batch(written: int) -> int:
    """Claims pending that are written while the workers are busy, after `written` claims.

    A commit writes every index page its batch touched; the claim id and cluster id indexes are
    keyed by hashes, so in a small batch each claim dirties a page of its own and a commit costs
    more the larger the store. Batches that grow with the claims written keep the pages written
    per claim bounded (SQLite, 50 MB of the bench corpus: parent 19.5-20.0 -> 16.7 CPU s)."""
    return max(IDLE_BATCH_CLAIMS, written // IDLE_BATCH_SHARE)


def tail_due(pending: int, received: int, files_received: int, files_left: int) -> bool:
    """Near the end of the split, while the workers are busy: the pending claims are written
    once they are as many as the files still to come are expected to give (at the rate
    received so far), so what is left to write after the workers (one core) stays small; the
    last batch was up to `idle_batch` claims (10 MB of the bench corpus: ~0.1 CPU s)."""
    return pending > 0 and files_received > 0 and pending * files_received >= received * files_left
