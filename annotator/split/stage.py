"""The work files of `split --out DIR` under `DIR/_stage/`, and each shard's banding files.

Per input shard (written by the split pass, or later from the staged claims of a folder split
before these files existed):

- `claims/<shard>.parquet`: its claims before clustering;
- `keys/<shard>.npy`: one `banding.ROW` per bucket key, sorted by key (memory-mapped, so a key
  partition reads only its slice);
- `figs/<shard>.parquet`: per claim its id as a number, figure-set id and figures;
- `salient/<shard>.parquet`: per claim its salient tokens (verification needs them).

Per clustering run (`shuffle/`, cleared first): each key partition's exact-copy edges, buckets
and needed claims, each shard's records of those claims, the verified edges; then `assign/`:
per shard the cluster root and conflict flag of its claims with a near-duplicate.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from annotator.split.writers import atomic_path


def paths(out: Path, key: str) -> dict[str, Path]:
    stage = out / "_stage"
    return {
        "done": out / "_done" / f"{key}.json",
        "stage": stage / "claims" / f"{key}.parquet",
        "keys": stage / "keys" / f"{key}.npy",
        "figs": stage / "figs" / f"{key}.parquet",
        "salient": stage / "salient" / f"{key}.parquet",
        "records": stage / "shuffle" / f"records-{key}.arrow",
        "assign": stage / "assign" / f"{key}.npz",
        "claims": out / "claims" / f"{key}.parquet",
    }


def part_path(out: Path, what: str, part: int, suffix: str = "npy") -> Path:
    return out / "_stage" / "shuffle" / f"{what}-p{part:04d}.{suffix}"


def has_band_files(out: Path, key: str) -> bool:
    p = paths(out, key)
    return all(p[k].exists() for k in ("keys", "figs", "salient"))


def write_band_files(out: Path, key: str, ids: Sequence[str], texts: Sequence[str]) -> int:
    """A shard's keys, figures and salient tokens (`banding.shard_rows`); returns key rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from annotator.split.banding import shard_rows

    rows, cids, figs, fig_texts, salient = shard_rows(ids, texts)
    p = paths(out, key)
    written = []
    tmp = atomic_path(p["keys"])
    with tmp.open("wb") as fh:
        np.save(fh, rows)
    written.append((tmp, p["keys"]))
    table = pa.table(
        {
            "cid": pa.array(cids, pa.uint64()),
            "fig": pa.array(figs, pa.uint64()),
            "figures": pa.array(fig_texts, pa.string()),
        }
    )
    tmp = atomic_path(p["figs"])
    pq.write_table(table, tmp, compression="zstd")
    written.append((tmp, p["figs"]))
    tmp = atomic_path(p["salient"])
    table = pa.table({"salient": pa.array(salient, pa.list_(pa.string()))})
    pq.write_table(table, tmp, compression="zstd")
    written.append((tmp, p["salient"]))
    for src, dst in written:
        src.replace(dst)
    return len(rows)


def band_shard(task: dict) -> dict:
    """The banding files of a shard split before they existed, from its staged claims."""
    import pyarrow.parquet as pq

    out, key = Path(task["out"]), task["key"]
    table = pq.read_table(paths(out, key)["stage"], columns=["id", "text"])
    write_band_files(out, key, table["id"].to_pylist(), table["text"].to_pylist())
    paths(out, key)["keys"].with_suffix(".npz").unlink(missing_ok=True)  # the earlier format
    return {"key": key}


def key_rows(out: Path, key: str) -> int:
    return int(np.load(paths(out, key)["keys"], mmap_mode="r").shape[0])


def clear_run(out: Path) -> None:
    for name in ("shuffle", "assign", "edges"):
        shutil.rmtree(out / "_stage" / name, ignore_errors=True)
    (out / "_stage" / "shuffle").mkdir(parents=True, exist_ok=True)
    (out / "_stage" / "assign").mkdir(parents=True, exist_ok=True)
