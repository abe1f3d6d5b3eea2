"""CLI: `annotator sample` (a reproducible, stratified choice of claims to annotate)."""

from __future__ import annotations

import json

import typer

from annotator.cli.app import app


@app.command("sample")
def sample_cmd(
    n: int = typer.Option(..., "--n", help="How many claim units to pick."),
    name: str = typer.Option(..., "--name", help="Save the sample as this named collection."),
    by: str = typer.Option(
        "checkworthiness",
        "--by",
        help="Order within a cluster and stratum: checkworthiness or random.",
    ),
    per_cluster: int = typer.Option(1, "--per-cluster", help="At most this many per cluster."),
    stratify: str = typer.Option(
        "",
        "--stratify",
        help="Spread over these columns, comma-separated: outlet, lang, source_kind.",
    ),
    seed: int = typer.Option(0, "--seed", help="The same seed and store give the same sample."),
    format: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """Pick claims to annotate: the best of each cluster, spread over outlets and languages.

    The sample is stored as a named collection with how it was drawn (`push --collection NAME`
    sends it; a dataset built from it records the population it stands for).

    Example: annotator sample --n 500 --by checkworthiness --per-cluster 1 --stratify outlet,lang --seed 7 --name wave1
    """
    from annotator.split.sample import sample_store
    from annotator.store import collections

    columns = [c.strip() for c in stratify.split(",") if c.strip()]
    drawn = sample_store(n=n, by=by, per_cluster=per_cluster, stratify=columns, seed=seed)
    saved = collections.save(name, drawn.claim_ids, meta={"sample": drawn.meta})
    if format == "json":
        print(json.dumps({"name": name, "total": saved.total, **drawn.meta}, indent=2))
        return
    meta = drawn.meta
    print(
        f"sample {name}: {meta['drawn']} of {meta['population']['claims']} claim unit(s) "
        f"({meta['population']['clusters']} clusters), {meta['method']}, by {by}, seed {seed}"
    )
    for stratum, count in meta["per_stratum"].items():
        total = meta["population"]["strata"][stratum]
        print(f"  {stratum or 'all'}: {count} of {total}")
