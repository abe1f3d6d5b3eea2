"""Simulated annotators: label a pushed project through the real Label Studio API.

Each simulated annotator is a real Label Studio account (`sim-<i>@simulated.annotator`, created
with `accounts.add_annotators`, so on the local server of `annotator server start`; pull marks
them `simulated=True`). The annotators take turns asking
`next_task` for work until the server has none left for them, so the project's overlap decides
how many of them label each task, exactly as it would for people.

Hidden truth: for each claim and each choice field, one value drawn uniformly from the field's
categories (never a "cannot be judged" value), by an RNG seeded with `[seed, claim_id]`. So the
truth depends only on the seed and the claim, not on the order tasks are served in.

Confusion: annotator i answers each field correctly with probability `accuracies[i]` (else
`accuracy`). A wrong answer is, with probability `MISSING_RATE`, the field's "cannot be judged"
value when it has one; otherwise, for an ordinal field, a neighbouring category (one step up or
down), and for a nominal field a uniformly random other category. Their RNG is seeded with
`[seed, i, claim_id]`. Optional text fields are left empty.

`via_desk=True` labels through the annotation desk instead (each simulated annotator logs in to
the desk over HTTP and works through their own queue), so the whole path is exercised.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import select

from annotator import store
from annotator.errors import AnnotatorError
from annotator.labelstudio.annotation_rows import SIMULATED_DOMAIN
from annotator.labelstudio.pull import load_project, project_schema
from annotator.labelstudio.types import PulledTask
from annotator.schema import LabelField, LabelSchema
from annotator.store.models import PushedTask

MISSING_RATE = 0.1  # share of wrong answers that are "cannot be judged"


@dataclass
class SimulateSummary:
    project: str = ""
    annotators: int = 0
    annotations: int = 0
    tasks: int = 0  # distinct tasks that received at least one simulated annotation
    per_annotator: dict[str, int] = field(default_factory=dict)
    truth_out: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def simulated_email(i: int) -> str:
    return f"sim-{i}{SIMULATED_DOMAIN}"


def _rng(*parts: Any) -> random.Random:
    return random.Random(json.dumps(parts, separators=(",", ":")))


def truth_for(schema: LabelSchema, claim_id: str, seed: int) -> dict[str, str | None]:
    """The hidden truth of one claim: one category per choice field (None for text fields)."""
    rng = _rng("truth", seed, claim_id)
    return {
        lf.key: (None if lf.is_text else rng.choice(lf.categories)) for lf in schema.label_fields
    }


def _wrong(lf: LabelField, right: str, rng: random.Random) -> str:
    if lf.missing and rng.random() < MISSING_RATE:
        return sorted(lf.missing)[0]
    cats = lf.categories
    if lf.level in ("ordinal", "interval", "ratio") and right in cats:
        i = cats.index(right)
        neighbours = [cats[j] for j in (i - 1, i + 1) if 0 <= j < len(cats)]
        return rng.choice(neighbours)
    return rng.choice([c for c in cats if c != right])


def answer(
    schema: LabelSchema,
    truth: dict[str, str | None],
    claim_id: str,
    annotator: int,
    accuracy: float,
    seed: int,
) -> dict[str, str]:
    """What annotator number `annotator` (1-based) answers for one claim."""
    rng = _rng("answer", seed, annotator, claim_id)
    out: dict[str, str] = {}
    for lf in schema.choice_fields:
        right = truth[lf.key]
        assert right is not None
        out[lf.key] = right if rng.random() < accuracy else _wrong(lf, right, rng)
    return out


def parse_accuracies(text: str | None) -> list[float] | None:
    """`"0.9,0.7,0.5"` -> [0.9, 0.7, 0.5]; each must be within [0, 1]."""
    if not text:
        return None
    try:
        values = [float(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise AnnotatorError(
            f"--accuracies must be numbers separated by commas, not {text!r}"
        ) from None
    return values


def simulate(
    project: str,
    annotators: int = 3,
    accuracy: float = 0.8,
    seed: int = 0,
    truth_out: str | Path | None = None,
    accuracies: Sequence[float] | None = None,
    workers: int = 4,
    via_desk: bool = False,
) -> SimulateSummary:
    """Have `annotators` simulated accounts label the project's tasks through the API."""
    if annotators < 1:
        raise AnnotatorError("--annotators must be at least 1")
    acc = list(accuracies) if accuracies else [accuracy] * annotators
    if len(acc) != annotators:
        raise AnnotatorError(f"--accuracies gives {len(acc)} values for {annotators} annotators")
    if any(not 0.0 <= a <= 1.0 for a in acc):
        raise AnnotatorError("accuracies must be between 0 and 1")

    from annotator.labelstudio import accounts
    from annotator.labelstudio.client import Backend

    admin = Backend.connect()
    with store.session() as s:
        proj = load_project(s, project, admin.url)
        claim_ids = list(
            s.exec(select(PushedTask.claim_id).where(PushedTask.project_id == proj.id)).all()
        )
    schema = project_schema(proj)
    truth = {cid: truth_for(schema, cid, seed) for cid in sorted(claim_ids)}
    summary = SimulateSummary(project=project, annotators=annotators)
    if truth_out:
        summary.truth_out = str(truth_out)
        _write_truth(Path(truth_out), truth)

    emails = [simulated_email(i) for i in range(1, annotators + 1)]
    accounts.add_annotators(emails)
    if via_desk:
        per, labelled = _via_desk(project, proj, schema, emails, truth, acc, seed, workers)
        summary.annotations = sum(per.values())
        summary.per_annotator = per
        summary.tasks = len(labelled)
        return summary
    clients = {i: Backend.connect(as_user=emails[i - 1]) for i in range(1, annotators + 1)}
    counts = dict.fromkeys(emails, 0)
    tasks: set[int] = set()
    lock = threading.Lock()
    serve = threading.Lock()
    busy = {"creating": 0, "created": 0}

    def work(i: int) -> None:
        """One annotator: ask for the next task until the server has none left for them."""
        client = clients[i]
        while True:
            with serve:  # one next_task at a time: concurrent ones can overfill a task
                with lock:
                    before = (busy["creating"], busy["created"])
                task = client.next_task(proj.ls_project_id)
                with lock:
                    after = (busy["creating"], busy["created"])
            if task is None:
                # Label Studio counts a task's locks and annotations in separate statements, so
                # "nothing left" is only final when no submission overlapped the question.
                if before == after and before[0] == 0:
                    return
                time.sleep(0.3)
                continue
            cid = _claim_of(task)
            with lock:
                if cid not in truth:  # a task pushed by another store
                    truth[cid] = truth_for(schema, cid, seed)
                busy["creating"] += 1
            try:
                values = answer(schema, truth[cid], cid, i, acc[i - 1], seed)
                lead = round(_rng("lead", seed, i, cid).uniform(5.0, 90.0), 1)
                client.create_annotation(task.id, schema.result_for(values), lead_time=lead)
            finally:
                with lock:
                    busy["creating"] -= 1
                    busy["created"] += 1
            with lock:
                counts[emails[i - 1]] += 1
                tasks.add(int(task["id"]))

    # Annotators submit at the same time, as people would; the server hands out tasks (asked
    # one at a time: Label Studio's task locks are not atomic under concurrent `next` calls).
    with ThreadPoolExecutor(max_workers=min(annotators, workers)) as pool:
        for fut in [pool.submit(work, i) for i in clients]:
            fut.result()
    summary.annotations = sum(counts.values())
    summary.per_annotator = counts
    summary.tasks = len(tasks)
    return summary


def _via_desk(
    project: str,
    proj: Any,
    schema: LabelSchema,
    emails: list[str],
    truth: dict[str, dict[str, str | None]],
    acc: list[float],
    seed: int,
    workers: int,
) -> tuple[dict[str, int], set[int]]:
    """Each simulated annotator labels their desk queue over HTTP, like a browser."""
    from annotator.desk import queue
    from annotator.desk.client import DeskSession, serve

    claim_of = {int(t): c for c, t in _pushed(proj.id)}
    for email in emails:
        queue.add_member(project, email)
    queue.sync(project)
    counts = dict.fromkeys(emails, 0)
    tasks: set[int] = set()

    def work(i: int) -> None:
        email = emails[i - 1]
        sess = DeskSession(url, email, project, f"simulated-{seed}-{i}-password")

        def answer_for(tid: int) -> dict[str, str]:
            cid = claim_of[tid]
            if cid not in truth:
                truth[cid] = truth_for(schema, cid, seed)
            return answer(schema, truth[cid], cid, i, acc[i - 1], seed)

        done = sess.label_all(answer_for)
        counts[email] = len(done)
        tasks.update(done)

    with serve() as url, ThreadPoolExecutor(max_workers=min(len(emails), workers)) as pool:
        for fut in [pool.submit(work, i) for i in range(1, len(emails) + 1)]:
            fut.result()
    return counts, tasks


def _pushed(project_id: int | None) -> list[tuple[str, int]]:
    with store.session() as s:
        return [
            (c, t)
            for c, t in s.exec(
                select(PushedTask.claim_id, PushedTask.ls_task_id).where(
                    PushedTask.project_id == project_id
                )
            )
        ]


def _claim_of(task: PulledTask) -> str:
    if not task.claim_id:
        raise AnnotatorError(f"task {task.id} has no claim_id; it was not pushed by annotator")
    return task.claim_id


def _write_truth(path: Path, truth: dict[str, dict[str, str | None]]) -> None:
    """One JSON line per claim unit: `claim_id` and one key per label field."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            for cid in sorted(truth):
                fh.write(json.dumps({"claim_id": cid, **truth[cid]}, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise AnnotatorError(
            f"cannot write the truth file ({exc.strerror})", path=str(path)
        ) from None
