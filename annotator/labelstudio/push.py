"""The push stage: claim units in the store -> tasks of a Label Studio project.

`push(project)` creates or updates the Label Studio project from the label schema, records it as
a `Project` row, and imports every claim unit not yet pushed, in bulk chunks. Each chunk's
`PushedTask` rows (claim id, Label Studio task id, payload hash) are committed right after the
chunk returns, so an interrupted push loses at most the bookkeeping of one chunk, and that is
recovered on the next run:

The task sync (adoption after a crash, duplicates, updates) is `annotator.labelstudio.sync`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from annotator import __version__, store
from annotator.errors import AnnotatorError
from annotator.ids import content_hash
from annotator.labelstudio.labelconfig import config_hash, guidelines_html, label_config, task_data
from annotator.labelstudio.sync import (
    CHUNK_SIZE,
    Progress,
    PushSummary,
    recorded_tasks,
    sync_tasks,
)
from annotator.names import validate_name
from annotator.schema import LabelSchema, load_schema, schema_from_dict
from annotator.store.collections import select_claims
from annotator.store.models import ClaimUnit, Document, Post, Project, PushedTask, Source

if TYPE_CHECKING:
    from annotator.labelstudio.client import Backend

MODEL_VERSION = f"annotator-heuristics-{__version__}"
CHECKWORTHY_THRESHOLD = 0.5  # checkworthiness >= this suggests "yes"
# The leads' Data Manager tab: these columns instead of the raw HTML ones (agreement is
# Enterprise-only there; `annotator audit` has it). Check-worthiness shows as the prediction
# score when `--suggest checkworthy` is on.
LEAD_COLUMNS = [
    "tasks:id", "tasks:data.text", "tasks:data.speaker", "tasks:data.outlet",
    "tasks:data.cluster_id", "tasks:predictions_score", "tasks:total_annotations",
    "tasks:avg_lead_time", "tasks:data.agreement",
]  # fmt: skip


# --- pure: what a task looks like -----------------------------------------------------------


def predictions_for(schema: LabelSchema, claim: dict[str, Any]) -> list[dict[str, Any]]:
    """Heuristic suggestions shown to annotators as pre-annotations.

    Only check-worthiness has one (the split stage's score, thresholded). No stance suggestion:
    the tool has no stance heuristic worth anchoring annotators on.
    """
    try:
        lf = schema.label_field("checkworthy")
    except KeyError:
        return []
    if lf.is_text or not {"yes", "no"} <= set(lf.categories):
        return []
    score = float(claim.get("checkworthiness") or 0.0)
    value = "yes" if score >= CHECKWORTHY_THRESHOLD else "no"
    confidence = score if value == "yes" else 1.0 - score  # Label Studio shows it as a percentage
    return [
        {
            "model_version": MODEL_VERSION,
            "score": round(confidence, 4),
            "result": schema.result_for({"checkworthy": value}),
        }
    ]


def task_payload(
    schema: LabelSchema, claim: dict[str, Any], suggest: Collection[str] = ()
) -> tuple[dict[str, Any], str]:
    """The Label Studio task for a claim (data, meta, predictions) and its payload hash.

    Predictions only cover the label fields in `suggest` (none by default: a suggestion shown
    as a pre-filled answer anchors annotators and inflates agreement).
    """
    data = task_data(claim)
    meta = {"claim_id": claim["id"]}
    preds = []
    for pred in predictions_for(schema, claim) if suggest else []:
        result = [r for r in pred["result"] if r["from_name"] in suggest]
        if result:
            preds.append({**pred, "result": result})
    task = {"data": data, "meta": meta, "predictions": preds}
    return task, content_hash({"data": data, "meta": meta})


# --- store reads ------------------------------------------------------------------------------


def iter_claims(s: Session, langs: Sequence[str] = ()) -> Iterator[dict[str, Any]]:
    """Every claim unit (in one of `langs`, if given) with its document/source/post metadata,
    in a stable order."""
    from annotator.split.language import where_language

    stmt = (
        sa_select(
            ClaimUnit,
            col(Document.title),
            col(Document.url),
            col(Document.published),
            col(Source.name),
            col(Post.author),
            col(Post.posted),
        )
        .join(Document, Document.id == ClaimUnit.document_id)  # type: ignore[arg-type]
        .where(col(ClaimUnit.stale) == False)  # noqa: E712 - stale after a re-split: never sent
        .outerjoin(Source, Source.id == Document.source_id)  # type: ignore[arg-type]
        .outerjoin(Post, Post.id == ClaimUnit.post_id)  # type: ignore[arg-type]
        .where(where_language(langs))
        .order_by(ClaimUnit.document_id, ClaimUnit.start, ClaimUnit.id)  # type: ignore[arg-type]
    )
    texts: dict[str, str] = {}  # rows come in document order: one text read per document
    for claim, title, url, published, outlet, post_author, posted in s.execute(stmt):
        if claim.document_id not in texts:
            texts.clear()
            texts[claim.document_id] = s.execute(
                sa_select(col(Document.text)).where(col(Document.id) == claim.document_id)
            ).scalar_one()
        row = {
            "id": claim.id,
            "document_id": claim.document_id,
            "text": claim.text,
            "context": claim.context,
            "context_start": claim.context_start,
            "start": claim.start,
            "end": claim.end,
            "document_text": texts[claim.document_id],
            **{
                k: getattr(claim, k, None)
                for k in ("speaker_start", "speaker_end", "content_start", "content_end")
            },
            "speaker": claim.speaker,
            "cue": claim.cue,
            "quote": claim.quote,
            "cluster_id": claim.cluster_id,
            "checkworthiness": claim.checkworthiness,
            "outlet": outlet,
            "title": title,
            "published": posted or published,
            "url": url,
            "post_author": post_author,
        }
        yield row


def find_project(s: Session, name: str, backend_url: str) -> Project | None:
    return s.exec(
        select(Project).where(Project.name == name, Project.backend_url == backend_url)
    ).first()


# --- the stage --------------------------------------------------------------------------------


def push(
    project: str,
    *,
    overlap: int | None = None,
    schema_path: str | Path | None = None,
    progress: Progress | None = None,
    chunk_size: int = CHUNK_SIZE,
    backend: Backend | None = None,
    langs: Sequence[str] = (),
    collections: Sequence[str] = (),
    documents: Sequence[str] = (),
    new: bool = False,
    ui_lang: str | None = None,
    suggest: Sequence[str] | None = None,
) -> PushSummary:
    """Create/update the Label Studio project `project` and push a selection of claim units.

    Selection: the claims of the named `collections` and of the `documents` (stored paths or
    globs). Without one, a new project gets every stored claim and an existing project gets its
    scope again (what it was pushed with: every claim, or the union of its earlier selections),
    so claims added to those collections since go too. A new name within edit distance 1 of an
    existing project (case ignored) is refused unless `new`. `overlap` (annotators per task) and
    `schema_path` default to what the project was pushed with before (1 and the default schema
    for a new project). Pushing twice creates nothing. A project deleted in Label Studio is
    recreated, its claims sent again and its pull cursor reset. `langs` (e.g. ["de", "fr"])
    keeps only claim units in those languages. `ui_lang` (e.g. "de") shows titles, labels and
    hints in that interface language (the schema's translations); by default, as pushed before.
    `suggest` lists the label fields whose suggestion annotators see (kept per project by
    the desk; off for every field by default).
    """
    validate_name(project, "project")
    if overlap is not None and overlap < 1:
        raise AnnotatorError("--overlap must be at least 1")
    selection = {"collections": sorted(set(collections)), "documents": sorted(set(documents))}
    chosen = select_claims(collections, documents)  # bad names fail before any request
    if backend is None:
        from annotator.labelstudio.client import Backend

        backend = Backend.connect()
    url = backend.url

    taken: list[str] = []
    with store.session() as s:
        existing = find_project(s, project, url)
        if existing is None and not new:
            taken = list(s.exec(select(Project.name)))
        if schema_path is None and existing is not None and existing.label_schema:
            schema = schema_from_dict(existing.label_schema, f"project {project}")
        else:
            schema = load_schema(schema_path)
        if overlap is None:
            overlap = existing.overlap if existing is not None else 1
        known_ls_id = existing.ls_project_id if existing is not None else None
        scope = existing.scope if existing is not None else None
    if existing is None and not new:
        refuse_near_name(project, [*taken, *backend.project_titles()])
    if chosen is None and scope:
        chosen = select_claims(scope.get("collections", ()), scope.get("documents", ()))
    elif chosen is not None and (existing is None or scope):
        scope = {k: sorted({*(scope or {}).get(k, ()), *v}) for k, v in selection.items()}

    from annotator.desk import state as desk_state

    if suggest is not None:
        unknown = sorted(set(suggest) - {lf.key for lf in schema.choice_fields})
        if unknown:
            keys = ", ".join(lf.key for lf in schema.choice_fields)
            raise AnnotatorError(f"--suggest: no choice field {', '.join(unknown)}; fields: {keys}")
        desk_state.set_suggested_fields(project, list(suggest))
    suggested = desk_state.suggested_fields(project)

    ui_lang = _interface_language(schema, ui_lang, existing.config_hash if existing else None)
    xml = label_config(schema, ui_lang)
    # The first call to the server: when it is down, nothing has been written to the store.
    ls_id = backend.ensure_project(
        project, xml, guidelines_html(schema, ui_lang), overlap, project_id=known_ls_id
    )

    with store.session() as s:
        row = project_row(s, project, url, ls_id)
        row.schema_name = schema.name
        row.schema_hash = schema.hash
        row.config_hash = config_hash(schema, ui_lang)
        row.label_schema = schema.canonical()
        row.overlap = overlap
        row.scope = scope
        s.add(row)
        s.flush()
        assert row.id is not None
        project_id = row.id

    summary = PushSummary(project=project, ls_project_id=ls_id, backend_url=url)
    summary.recreated = known_ls_id is not None and known_ls_id != ls_id
    with store.session() as s:
        claims = [c for c in iter_claims(s, langs) if chosen is None or c["id"] in chosen]
        recorded = recorded_tasks(s, project_id)
    summary.selected = len(claims)
    payloads = {c["id"]: task_payload(schema, c, suggested) for c in claims}

    sync_tasks(
        backend,
        project_id,
        ls_id,
        recorded,
        payloads,
        summary,
        chunk_size=chunk_size,
        progress=progress,
    )
    if summary.selected:  # Data Manager columns exist once the project holds tasks
        backend.ensure_view(ls_id, "Claims", LEAD_COLUMNS)
    return summary


def near_names(name: str, existing: Sequence[str]) -> list[str]:
    """Names in `existing` other than `name` that differ from it by case or one edit."""
    low = name.casefold()
    return sorted({e for e in existing if e != name and _within_one(low, e.casefold())})


def _within_one(a: str, b: str) -> bool:
    """Levenshtein distance of `a` and `b` is at most 1."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def refuse_near_name(name: str, existing: Sequence[str]) -> None:
    """A one-line error when the new project `name` looks like a typo of an existing one."""
    if name in existing:
        return
    close = near_names(name, existing)
    if close:
        raise AnnotatorError(
            f"project {name!r} does not exist but {close[0]!r} does (a typo?); "
            f"use --project {close[0]!r}, or --new to create {name!r}"
        )


def _interface_language(
    schema: LabelSchema, ui_lang: str | None, pushed_hash: str | None
) -> str | None:
    """`ui_lang` checked against the schema's translations; None: the one pushed before."""
    if ui_lang is None:
        for lang in schema.ui_languages:
            if pushed_hash is not None and config_hash(schema, lang) == pushed_hash:
                return lang
        return None
    from annotator.split.language import normalize

    lang = normalize(ui_lang)
    if lang not in schema.ui_languages:
        have = ", ".join(schema.ui_languages) or "none"
        raise AnnotatorError(
            f"schema '{schema.name}' has no labels in '{lang}' (interface languages: {have})"
        )
    return lang


def project_row(s: Session, name: str, url: str, ls_id: int) -> Project:
    """The store's row of project `name` on `url`, new or re-pointed at Label Studio id `ls_id`."""
    row = find_project(s, name, url)
    if row is None:
        return Project(name=name, backend_url=url, ls_project_id=ls_id)
    if row.ls_project_id != ls_id:
        # The project was gone from Label Studio and got recreated: its old tasks and their
        # annotations are gone (marked deleted, with a revision), and pull starts over.
        from annotator.labelstudio.pull import forget_project

        s.execute(
            PushedTask.__table__.delete().where(PushedTask.project_id == row.id)  # type: ignore[attr-defined]
        )
        forget_project(s, row)
        row.ls_project_id = ls_id
    return row
