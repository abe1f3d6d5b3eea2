"""Adjudication: the claims annotators disagreed on -> a separate Label Studio project.

`adjudicate(project)` ranks the claims of an annotation project by disagreement (any choice
field where annotators disagree, see `annotator.agreement.audit.rank_items`) and pushes those scoring at
least `min_disagreement` into the project `<project>-adjudication` (a `Project` row with
`kind="adjudication"`, `parent=project`, overlap 1), most disagreed first. Its labelling config
is the project's normal config plus a table of every annotator's label per field above the
controls (task data `labels_html`, all of it escaped), so the adjudicator labels the claim once,
seeing the annotators' answers.

Tasks are recorded as `PushedTask` rows of the adjudication project with push's own helpers, so
adjudicating again adds nothing, a task whose annotators' labels changed is updated, a task
whose claim no longer qualifies (annotators' labels changed, a higher `min_disagreement`) is
withdrawn unless the adjudicator already labelled it, and an interrupted run is completed by
running it again (push's resume contract).

The way back is the ordinary pull: `annotator pull --project <project>-adjudication` stores the
adjudicator's annotations with `adjudicated=True` (pull marks every annotation of an adjudication
project), and the dataset stage reads a project together with its adjudication projects, where
an adjudicated label overrides the votes (`source: "adjudication"`).
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Any

from annotator import store
from annotator.agreement.audit import AuditData, load, rank_items
from annotator.errors import AnnotatorError
from annotator.ids import content_hash, text_hash
from annotator.labelstudio.labelconfig import guidelines_html, label_config, task_data
from annotator.labelstudio.pull import load_project, project_schema
from annotator.labelstudio.push import find_project, iter_claims, project_row
from annotator.labelstudio.sync import PushSummary, forget_tasks, recorded_tasks, sync_tasks
from annotator.schema import LabelSchema

if TYPE_CHECKING:
    from annotator.labelstudio.client import Backend

SUFFIX = "-adjudication"
LABELS_VIEW = "_annotator_labels"  # cannot clash with a label field key (those start with a-z)
LABELS_STYLE = """
.ann-labels table { border-collapse: collapse; font-size: 13px; margin: 4px 0 8px; }
.ann-labels th, .ann-labels td { border: 1px solid #d9d9d9; padding: 3px 8px; text-align: left;
  vertical-align: top; }
.ann-labels th { background: #f0f2f5; }
.ann-labels tr.disagree td, .ann-labels tr.disagree th { background: #fff1f0; }
.ann-labels .none { color: #999; }
"""


def default_name(project: str) -> str:
    return f"{project}{SUFFIX}"


# --- pure: what an adjudication task looks like ----------------------------------------------


def adjudication_config(schema: LabelSchema) -> str:
    """The project's labelling config with the annotators' labels shown above the controls."""
    view = ET.fromstring(label_config(schema))
    style = view.find("Style")
    if style is not None:
        style.text = (style.text or "") + LABELS_STYLE
    children = list(view)
    at = next(
        (i for i, c in enumerate(children) if c.tag in ("Choices", "TextArea")), len(children)
    )
    if at > 0 and children[at - 1].tag == "Header":
        at -= 1  # before the first field's title
    view.insert(at, ET.Element("Header", value="Labels given by the annotators", size="4"))
    view.insert(
        at + 1, ET.Element("HyperText", name=LABELS_VIEW, value="$labels_html", inline="true")
    )
    ET.indent(view)
    return ET.tostring(view, encoding="unicode")


def labels_html(schema: LabelSchema, labels: dict[str, dict[str, str]]) -> str:
    """A table, one row per label field and one column per annotator; every string escaped.

    `labels` maps label field key -> annotator id -> value. Rows where the annotators' choices
    differ are marked `disagree`. Choices show their display label (e.g. "B - Usually reliable").
    """
    annotators = sorted({a for by_annotator in labels.values() for a in by_annotator})
    head = "".join(f"<th>{html.escape(a)}</th>" for a in annotators)
    rows = []
    for lf in schema.label_fields:
        given = labels.get(lf.key) or {}
        if lf.is_text and not given:
            continue
        display = {c.value: c.display for c in lf.field.choices}
        cells = []
        for a in annotators:
            value = given.get(a)
            if value is None:
                cells.append('<td class="none">-</td>')
            else:
                cells.append(f"<td>{html.escape(display.get(value, value))}</td>")
        counted = {v for v in given.values() if v not in lf.missing}
        flag = ' class="disagree"' if not lf.is_text and len(counted) > 1 else ""
        rows.append(f"<tr{flag}><th>{html.escape(lf.title)}</th>{''.join(cells)}</tr>")
    return (
        f'<div class="ann-labels"><table><thead><tr><th>Field</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def adjudication_task(
    schema: LabelSchema, claim: dict[str, Any], labels: dict[str, dict[str, str]], parent: str
) -> tuple[dict[str, Any], str]:
    """The task for one disagreed claim (no predictions: nothing to anchor on) and its hash."""
    data = task_data(claim)
    data["labels_html"] = labels_html(schema, labels)
    meta = {"claim_id": claim["id"], "adjudication_of": parent}
    return {"data": data, "meta": meta}, content_hash({"data": data, "meta": meta})


def instructions(schema: LabelSchema, parent: str) -> str:
    intro = (
        f"<p>Adjudication of project <b>{html.escape(parent)}</b>: each task is a claim its "
        "annotators disagreed on. Their labels are shown above the controls, disagreeing fields "
        "highlighted. Give the label you judge right for every field; it becomes the gold label."
        "</p>"
    )
    return intro + guidelines_html(schema)


def claim_labels(data: AuditData, claim_id: str) -> dict[str, dict[str, str]]:
    return {
        key: dict(by_claim[claim_id])
        for key, by_claim in data.labels.items()
        if claim_id in by_claim
    }


def withdraw(backend: Backend, project_id: int, task_ids: list[int]) -> int:
    """Delete the tasks of claims that no longer qualify, unless already adjudicated."""
    if not task_ids:
        return 0
    deleted, _kept = backend.delete_unannotated_tasks(sorted(task_ids))
    forget_tasks(project_id, deleted)
    return len(deleted)


# --- the stage --------------------------------------------------------------------------------


def adjudicate(
    project: str,
    *,
    min_disagreement: float = 0.0,
    adjudication_project: str | None = None,
    backend: Backend | None = None,
    include_simulated: bool = False,
) -> dict[str, Any]:
    """Push `project`'s disagreed claims (score >= `min_disagreement`) to its adjudication project.

    Returns `{"project", "parent", "ls_project_id", "backend_url", "items", "created",
    "updated", "unchanged", "adopted", "skipped", "withdrawn", "claims"}`: `items` claims
    qualify, `skipped` of them are not in this store (no text to show), `withdrawn` tasks of
    claims that no longer qualify were deleted (never an adjudicated one), `claims` lists
    `{claim_id, score, fields}` in rank order.
    """
    if not 0.0 <= min_disagreement:
        raise AnnotatorError("--min-disagreement must be 0 or more")
    name = adjudication_project or default_name(project)
    if not name.strip():
        raise AnnotatorError("the adjudication project name is empty")
    if name == project:
        raise AnnotatorError("the adjudication project needs a name of its own")
    if backend is None:
        from annotator.labelstudio.client import Backend

        backend = Backend.connect()
    url = backend.url

    with store.session() as s:
        parent = load_project(s, project, url)
        if parent.kind == "adjudication":
            raise AnnotatorError(
                f"'{project}' is an adjudication project; adjudicate '{parent.parent}' instead"
            )
        schema = project_schema(parent)
        data = load(s, parent, schema, include_simulated)
        existing = find_project(s, name, url)
        if existing is not None and (existing.kind != "adjudication" or existing.parent != project):
            raise AnnotatorError(
                f"project '{name}' already exists and is not the adjudication project of "
                f"'{project}'; choose another name with --adjudication-project"
            )
        known_ls_id = existing.ls_project_id if existing is not None else None
    ranked = rank_items(data, min_disagreement)

    xml = adjudication_config(schema)
    ls_id = backend.ensure_project(
        name, xml, instructions(schema, project), 1, project_id=known_ls_id
    )
    with store.session() as s:
        row = project_row(s, name, url, ls_id)
        row.kind = "adjudication"
        row.parent = project
        row.schema_name = schema.name
        row.schema_hash = schema.hash
        row.config_hash = text_hash(xml)
        row.label_schema = schema.canonical()
        row.overlap = 1
        s.add(row)
        s.flush()
        assert row.id is not None
        project_id = row.id
        wanted = {e["claim_id"] for e in ranked}
        claims = {c["id"]: c for c in iter_claims(s) if c["id"] in wanted}
        recorded = recorded_tasks(s, project_id)

    payloads = {
        e["claim_id"]: adjudication_task(
            schema, claims[e["claim_id"]], claim_labels(data, e["claim_id"]), project
        )
        for e in ranked
        if e["claim_id"] in claims
    }
    summary = PushSummary(project=name, ls_project_id=ls_id, backend_url=url)
    sync_tasks(backend, project_id, ls_id, recorded, payloads, summary)  # rank order
    withdrawn = withdraw(
        backend, project_id, [t for c, (t, _) in recorded.items() if c not in payloads]
    )
    return {
        "project": name,
        "parent": project,
        "ls_project_id": ls_id,
        "backend_url": url,
        "items": len(ranked),
        "created": summary.created,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "adopted": summary.adopted,
        "skipped": len(ranked) - len(payloads),
        "withdrawn": withdrawn,
        "claims": [
            {"claim_id": e["claim_id"], "score": e["score"], "fields": sorted(e["fields"])}
            for e in ranked
        ],
    }
