"""The main job in one call: local Label Studio -> split -> push (-> simulate -> pull -> audit
-> dataset -> export with `demo=True`). Each step is the library function of its stage."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from annotator import config


def quickstart(
    paths: Sequence[str | Path],
    project: str,
    *,
    demo: bool = False,
    overlap: int = 3,
    annotators: int = 3,
    accuracy: float = 0.8,
    seed: int = 0,
    say: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Run the pipeline on `paths` into Label Studio project `project`; returns what each step did."""
    from annotator.labelstudio import push
    from annotator.split import pipeline as split

    out: dict[str, Any] = {"project": project}
    if os.environ.get("LABEL_STUDIO_URL"):
        out["server"] = {"url": os.environ["LABEL_STUDIO_URL"], "remote": True}
        say(f"Label Studio: {out['server']['url']} (remote, LABEL_STUDIO_URL)")
    else:
        from annotator.labelstudio import server

        say("Starting the local Label Studio (the first start takes about a minute)...")
        info = server.start()
        out["server"] = {"url": info.url, "email": info.admin_email, "already_running": info.reused}
        say(f"Label Studio: {info.url}  login: {info.admin_email} / {info.admin_password}")

    summary = split.split_paths(paths)
    out["split"] = {
        "files": summary.files,
        "documents_new": summary.documents_new,
        "claims": summary.claims,
        "claims_new": summary.claims_new,
        "errors": summary.errors,
    }
    say(
        f"split: {summary.files} file(s), {summary.claims} claim unit(s) ({summary.claims_new} new)"
    )
    for line in summary.errors:
        say(f"  skipped: {line}")

    pushed = push.push(project, overlap=overlap)
    out["push"] = pushed.as_dict()
    say(
        f"push: {pushed.created} task(s) created, {pushed.updated} updated, {pushed.unchanged} unchanged"
    )
    if not demo:
        say(
            f"Annotate at {out['server']['url']} (project '{project}'); then run `annotator pull --project {project}`."
        )
        return out

    from annotator.agreement import audit
    from annotator.datasets import dataset, export
    from annotator.labelstudio import pull, simulate

    truth = config.ensure_home() / f"{project}-truth.jsonl"
    sim = simulate.simulate(
        project, annotators=annotators, accuracy=accuracy, seed=seed, truth_out=truth
    )
    out["simulate"] = sim.as_dict()
    say(
        f"simulate: {annotators} simulated annotator(s) submitted {sim.as_dict().get('annotations')} annotation(s); truth in {truth}"
    )
    pulled = pull.pull(project, include_simulated=True)
    out["pull"] = pulled.as_dict()
    say(
        f"pull: {pulled.new} new, {pulled.updated} updated, {pulled.deleted} deleted, {pulled.total} in the store"
    )
    say(
        "demo: the labels are simulated; audit, dataset and export below count them "
        "(--include-simulated), which a real project never does by default"
    )
    out["include_simulated"] = True
    report_path = config.ensure_home() / f"{project}-audit.html"
    report = audit.audit(project, html=report_path, bootstrap=500, include_simulated=True)
    out["audit"] = {
        "html": str(report_path),
        "fields": {
            f["field"]: {"alpha": f.get("alpha"), "alpha_ci": f.get("alpha_ci")}
            for f in report["fields"]
        },
    }
    for field, vals in out["audit"]["fields"].items():
        alpha = vals["alpha"]
        say(
            f"audit: {field}: alpha {alpha:.3f}"
            if isinstance(alpha, float)
            else f"audit: {field}: alpha n/a"
        )
    say(f"audit report: {report_path}")
    built = dataset.build_dataset(project, project=project, include_simulated=True)
    out["dataset"] = {
        "name": built.name,
        "version": built.version,
        "hash": built.hash,
        "items": built.items,
        "created": built.created,
    }
    say(f"dataset: {built.name}@{built.version} {built.items} item(s) hash {built.hash[:12]}")
    folder = export.export(built.name, built.version, fmt="jsonl", include_simulated=True)
    out["export"] = str(folder)
    say(f"export: {folder}")
    return out
