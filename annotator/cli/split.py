"""CLI: `annotator split`, `annotator documents`, `annotator claims`."""

from __future__ import annotations

import atexit
import gc
import json
import os
import sys
from enum import StrEnum
from pathlib import Path

import typer

from annotator.cli.app import app


class Engine(StrEnum):
    local = "local"
    ray = "ray"


class SplitFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


TABLE_ROWS = 50  # a split's table shows its first claims; a large folder would print for minutes


def _err(line: str) -> None:
    print(f"Error: {line}", file=sys.stderr)


@app.command("split")
def split_cmd(
    paths: list[Path] = typer.Argument(
        None, help="Files (.txt, .html, .jsonl) or folders of them (none with --resplit)."
    ),
    format: SplitFormat = typer.Option(
        SplitFormat.table,
        "--format",
        "-f",
        help="table, jsonl (one claim unit per line) or json (summary).",
    ),
    workers: int = typer.Option(
        0, help="Worker processes (0: all cores when there are many files)."
    ),
    lang: str = typer.Option(
        None, "--lang", help="Force this language (ISO 639-1, e.g. de) instead of detecting it."
    ),
    collection: str | None = typer.Option(
        None,
        "--collection",
        "-c",
        help="Also record the split documents' claims in this named collection (for push).",
    ),
    resplit: bool = typer.Option(
        False,
        "--resplit",
        help="Re-split stored documents split by another splitter version; claims gone from "
        "them that were pushed are kept, marked stale, and listed.",
    ),
    out: Path = typer.Option(
        None,
        "--out",
        help="Write claim shards (Parquet) to this folder instead of the store; inputs are shards "
        "(.jsonl, .jsonl.gz, .parquet, .warc, .warc.gz, .txt, .html). Resumable.",
    ),
    engine: Engine = typer.Option(
        Engine.local, "--engine", help="With --out: local (process pool) or ray (Ray Data)."
    ),
    address: str = typer.Option(
        None, "--address", help="With --engine ray: a Ray cluster's address (default: local Ray)."
    ),
    partitions: int = typer.Option(
        None,
        "--partitions",
        min=1,
        help="With --out: key partitions of the clustering passes (default: sized to the "
        "corpus, ~1.5M bucket keys each, at least 2 per worker). Clusters do not depend on it.",
    ),
) -> None:
    """Store documents and split them into claim units (speaker, cue, offsets, cluster).

    The language of each document and forum post is detected (or forced with `--lang`) and
    picks the sentence rules; it is stored on documents, posts and claim units.

    Boilerplate (navigation, link lists, teasers, user cards...) is kept as spans, never as claims.
    Bad files get one `Error:` line each; good files still go in; exit 1 if any file failed.
    With --out DIR the claim units go to Parquet shards in DIR (load them with `annotator load`);
    each input shard gets a done marker, so a re-run skips what is done.

    Example: annotator split seeds/ --collection seeds --format jsonl
    Example: annotator split crawl/*.warc.gz --out claims/ --engine ray
    """
    from annotator.errors import AnnotatorError
    from annotator.split import pipeline as split

    if resplit:
        if paths:
            raise AnnotatorError("give either PATH... or --resplit, not both")
        _resplit(format)
        return
    if not paths:
        raise AnnotatorError(
            "Missing argument 'PATHS...': files or folders to split (or --resplit)"
        )
    if out is not None:
        if collection is not None:
            _err("--collection does not go with --out; load the shards, then annotator sample")
            raise typer.Exit(1)
        _split_to_shards(paths, out, engine.value, address, workers, format, lang, partitions)
        return
    if engine is not Engine.local or address or partitions:
        _err("--engine, --address and --partitions need --out DIR")
        raise typer.Exit(1)

    progress = None
    if sys.stderr.isatty() and format is SplitFormat.table:
        from rich.console import Console

        console = Console(stderr=True)

        def progress(name: str) -> None:
            console.print(f"[dim]split[/dim] {name}")

    if collection is not None:
        from annotator.names import validate_name

        validate_name(collection, "collection")
    summary = split.split_paths(
        paths, workers=workers or None, progress=progress, lang=lang or None
    )
    if collection is not None:
        from annotator.store import collections

        collections.save(collection, summary.claim_ids, {"split": [str(p) for p in paths]})
    if format is SplitFormat.jsonl:
        from annotator.split.claim_lines import write_claim_lines

        write_claim_lines(summary.claim_ids, sys.stdout, processes=workers or os.cpu_count() or 1)
    elif format is SplitFormat.json:
        print(
            json.dumps(
                {
                    "files": summary.files,
                    "documents_new": summary.documents_new,
                    "documents_existing": summary.documents_existing,
                    "claims": summary.claims,
                    "claims_new": summary.claims_new,
                    "errors": summary.errors,
                },
                indent=2,
            )
        )
    else:
        _print_table(split.claim_rows(summary.claim_ids[:TABLE_ROWS]))
        if len(summary.claim_ids) > TABLE_ROWS:
            print(
                f"... {len(summary.claim_ids) - TABLE_ROWS} more claim unit(s): "
                "`annotator claims` lists them all, `--format jsonl` prints them as lines"
            )
        print(
            f"{summary.files} file(s), {summary.documents_new} new document(s) "
            f"({summary.documents_existing} already stored), {summary.claims} claim unit(s) "
            f"({summary.claims_new} new)"
            + (f", {len(summary.errors)} skipped" if summary.errors else "")
        )
    for line in summary.errors:
        _err(line)
    _lean_exit()
    if summary.errors:
        raise typer.Exit(1)


def _lean_exit() -> None:
    """At the process's exit (once): close the store's connections (SQLite checkpoints its
    WAL on the last close), then freeze every object left, so the interpreter's final
    collection skips the stage's heap (patterns, lexicons, the language model, the store's
    models): ~0.35 CPU s less after a split. Nothing changes while the process still runs."""
    global _lean_exit_registered
    if not _lean_exit_registered:
        _lean_exit_registered = True
        atexit.register(_freeze_at_exit)


_lean_exit_registered = False


def _freeze_at_exit() -> None:
    store = sys.modules.get("annotator.store")  # imported by the split (never just for this)
    if store is not None:
        store.reset_engines()
    gc.freeze()


def _resplit(format: SplitFormat) -> None:
    from dataclasses import asdict

    from annotator.split.resplit import resplit

    summary = resplit()
    if format is not SplitFormat.table:
        print(
            json.dumps(asdict(summary), ensure_ascii=False, indent=2 if format == "json" else None)
        )
    else:
        print(
            f"{summary.documents} document(s) re-split with splitter {summary.splitter_version} "
            f"({summary.documents_current} already current): {summary.claims_kept} claim unit(s) "
            f"kept, {summary.claims_new} new, {summary.claims_removed} removed, "
            f"{len(summary.stale)} stale (pushed or labelled: kept, marked stale)"
        )
        for row in summary.stale:
            text = row["text"] if len(row["text"] or "") < 80 else row["text"][:77] + "..."
            projects = ", ".join(row["projects"]) or "-"
            print(
                f"stale {row['id']} (projects: {projects}; {row['annotations']} label(s)): {text}"
            )
    for line in summary.errors:
        _err(line)
    if summary.errors:
        raise typer.Exit(1)


@app.command("recluster")
def recluster_cmd(
    format: SplitFormat = typer.Option(SplitFormat.table, "--format", "-f", help="table or json."),
) -> None:
    """Rebuild the cluster ids and conflict flags of every stored claim unit.

    `split` clusters after each run; this repairs a store whose cluster ids were lost or come
    from an older clustering rule.

    Example: annotator recluster
    """
    from annotator.split import storing

    claims, changed = storing.recluster_store()
    if format is SplitFormat.table:
        print(f"{claims} claim unit(s) clustered, {changed} changed")
    else:
        print(json.dumps({"claims": claims, "changed": changed}))


@app.command("load")
def load_cmd(
    folder: Path = typer.Argument(..., help="A folder written by `annotator split --out`."),
    format: SplitFormat = typer.Option(SplitFormat.table, "--format", "-f", help="table or json."),
) -> None:
    """Bulk-load claim shards (documents, claim units, cluster ids) into the store.

    Idempotent: loading the same folder again stores nothing twice.

    Example: annotator load claims/
    """
    from annotator.split.loading import load_shards

    summary = load_shards(folder)
    if format is SplitFormat.table:
        print(
            f"{summary.shards} shard(s): {summary.documents_new} new document(s) "
            f"({summary.documents_existing} already stored), {summary.claims_new} new claim "
            f"unit(s), {summary.clusters_updated} cluster id(s) updated"
        )
    else:
        print(json.dumps(summary.as_dict(), indent=2))


def _split_to_shards(
    paths: list[Path],
    out: Path,
    engine: str,
    address: str | None,
    workers: int,
    fmt: SplitFormat,
    lang: str | None,
    partitions: int | None = None,
) -> None:
    from annotator.split.corpus import split_corpus, summary_json

    progress = None
    if sys.stderr.isatty():

        def progress(line: str) -> None:
            print(line, file=sys.stderr)

    summary = split_corpus(
        paths,
        out,
        engine=engine,
        address=address,
        workers=workers or None,
        partitions=partitions or None,
        lang=lang or None,
        progress=progress,
    )
    if fmt is SplitFormat.table:
        print(
            f"{summary.shards} shard(s) ({summary.shards_done_before} already done), "
            f"{summary.documents} document(s), {summary.claims} claim unit(s), "
            f"{summary.clusters_multi} cluster(s) of 2+ claims ({summary.conflicts} in conflict) "
            f"-> {out}"
        )
    else:
        print(summary_json(summary))
    for line in summary.errors:
        _err(line)
    if summary.errors:
        raise typer.Exit(1)


def _print_table(rows: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("claim", "speaker", "cue", "cw", "cluster", "text"):
        table.add_column(col, overflow="fold")
    for r in rows:
        text = r["text"] if len(r["text"]) < 120 else r["text"][:117] + "..."
        table.add_row(
            r["id"][:8],
            r.get("speaker") or "",
            r.get("cue") or "",
            f"{r.get('checkworthiness', 0):.2f}",
            (r.get("cluster_id") or "")[:10],
            text,
        )
    Console().print(table)


@app.command("documents")
def documents_cmd(
    format: SplitFormat = typer.Option(SplitFormat.table, "--format", "-f"),
) -> None:
    """List stored documents with their source, date and claim count.

    Example: annotator documents --format jsonl
    """
    from annotator.split import inventory

    rows = inventory.documents()
    if format is not SplitFormat.table:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for col in ("document", "source", "published", "claims", "title"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            r["id"][:10],
            r["source"] or "",
            r["published"] or "",
            str(r["claims"]),
            r["title"] or "",
        )
    Console().print(table)


@app.command("claims")
def claims_cmd(
    document: str = typer.Option(None, help="Only this document id (a prefix is enough)."),
    cluster: str = typer.Option(None, help="Only this cluster id."),
    format: SplitFormat = typer.Option(SplitFormat.table, "--format", "-f"),
) -> None:
    """List stored claim units.

    Example: annotator claims --cluster c-1a2b3c4d --format jsonl
    """
    from annotator.split import inventory
    from annotator.split import pipeline as split

    rows = split.claim_rows(inventory.claim_ids(document=document, cluster=cluster))
    if format is SplitFormat.table:
        _print_table(rows)
        return
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
