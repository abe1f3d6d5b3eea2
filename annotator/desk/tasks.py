"""What a desk page shows for one task, read from the store (never from Label Studio).

Label Studio's task payload carries every annotation of the task; the desk never reads it for a
page, so no other annotator's work can reach one. The claim, its paragraph, its speaker, the
document's outlet, date, URL and whole text all come from the store's split output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import col

from annotator import store
from annotator.labelstudio.push import predictions_for
from annotator.schema import LabelSchema
from annotator.store.models import ClaimUnit, Document, Post, Project, PushedTask, Source

MAX_PARAGRAPH = 1200


@dataclass
class TaskView:
    task_id: int
    claim_id: str
    text: str
    context: str
    start: int  # the claim inside `context` (-1 when not found)
    speaker: str | None
    cue: str | None
    quote: bool
    outlet: str | None
    title: str | None
    published: str | None
    url: str | None
    document_text: str
    claim_in_document: int
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, kind) in context


def load_task(project: Project, task_id: int) -> TaskView | None:
    """The page data of one task of `project`, or None when it is not a pushed claim."""
    stmt = (
        sa_select(
            ClaimUnit,
            col(Document.title),
            col(Document.url),
            col(Document.published),
            col(Document.text),
            col(Source.name),
            col(Post.posted),
        )
        .join(PushedTask, PushedTask.claim_id == ClaimUnit.id)  # type: ignore[arg-type]
        .join(Document, Document.id == ClaimUnit.document_id)  # type: ignore[arg-type]
        .outerjoin(Source, Source.id == Document.source_id)  # type: ignore[arg-type]
        .outerjoin(Post, Post.id == ClaimUnit.post_id)  # type: ignore[arg-type]
        .where(col(PushedTask.project_id) == project.id, col(PushedTask.ls_task_id) == task_id)
    )
    with store.session() as s:
        row = s.execute(stmt).first()
    if row is None:
        return None
    claim, title, url, published, doc_text, outlet, posted = row
    context, start = paragraph(doc_text or "", claim.start, claim.end, claim.text)
    if start < 0:
        context = claim.context or claim.text
        start = context.find(claim.text)
    view = TaskView(
        task_id=task_id,
        claim_id=claim.id,
        text=claim.text,
        context=context,
        start=start,
        speaker=claim.speaker,
        cue=claim.cue,
        quote=bool(claim.quote),
        outlet=outlet,
        title=title,
        published=posted or published,
        url=url,
        document_text=doc_text or "",
        claim_in_document=claim.start,
        spans=_spans(claim, context, start),
    )
    return view


def paragraph(doc: str, start: int, end: int, text: str) -> tuple[str, int]:
    """The paragraph of `doc` around [start, end) (blank-line bounded, at most ~MAX_PARAGRAPH
    characters each side) and the claim's offset in it; ("", -1) when the offsets are stale."""
    if not (0 <= start < end <= len(doc)) or doc[start:end] != text:
        return "", -1
    a = doc.rfind("\n\n", 0, start)
    a = 0 if a < 0 else a + 2
    b = doc.find("\n\n", end)
    b = len(doc) if b < 0 else b
    a = max(a, start - MAX_PARAGRAPH)
    b = min(b, end + MAX_PARAGRAPH)
    return doc[a:b], start - a


def _spans(claim: ClaimUnit, context: str, start: int) -> list[tuple[int, int, str]]:
    """Speaker and content spans inside the context.

    Uses the split stage's `speaker_start/_end` and `content_start/_end` (document offsets)
    when it found them, else the claim itself as content and the speaker's mention nearest it.
    """
    offset = claim.start - start if start >= 0 else None
    out: list[tuple[int, int, str]] = []
    for kind in ("speaker", "content"):
        span = (getattr(claim, f"{kind}_start", None), getattr(claim, f"{kind}_end", None))
        if offset is not None and span[0] is not None and span[1] is not None:
            a, b = int(span[0]) - offset, int(span[1]) - offset
            if 0 <= a < b <= len(context):
                out.append((a, b, kind))
    if not any(k == "content" for _, _, k in out) and start >= 0:
        out.append((start, start + len(claim.text), "content"))
    if not any(k == "speaker" for _, _, k in out) and claim.speaker:
        found = _nearest(context, claim.speaker, start)
        if found >= 0:
            out.append((found, found + len(claim.speaker), "speaker"))
    return sorted(out)


def _nearest(context: str, needle: str, around: int) -> int:
    best, pos = -1, context.find(needle)
    while pos >= 0:
        if best < 0 or abs(pos - around) < abs(best - around):
            best = pos
        pos = context.find(needle, pos + 1)
    return best


def human_date(value: str | None) -> str:
    """`2021-09-01` -> `1 September 2021` (times kept as HH:MM UTC); unparsable text as is."""
    if not value:
        return ""
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return value
    day = f"{dt.day} {dt.strftime('%B %Y')}"
    if len(value.strip()) > 10:
        return f"{day}, {dt.strftime('%H:%M')}" + (" UTC" if dt.tzinfo else "")
    return day


def suggestions(
    schema: LabelSchema, view: TaskView, fields: list[str]
) -> dict[str, tuple[str, float]]:
    """Label field -> (suggested value, confidence) for the fields whose suggestion is on."""
    if not fields:
        return {}
    with store.session() as s:
        score = s.get(ClaimUnit, view.claim_id)
        claim: dict[str, Any] = {"checkworthiness": score.checkworthiness if score else 0.0}
    out: dict[str, tuple[str, float]] = {}
    for pred in predictions_for(schema, claim):
        for region in pred["result"]:
            key = region["from_name"]
            if key in fields:
                out[key] = (str(region["value"]["choices"][0]), float(pred["score"]))
    return out
