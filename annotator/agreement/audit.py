"""The audit stage: a project's annotations -> agreement per label field -> JSON and an HTML page.

`audit(project)` reads the valid, non-deleted, non-adjudicated annotations of an annotation
project from the store (no Label Studio needed), and for every choice label field of the schema
stored with the project computes, at the field's own level of measurement (`order` = its
categories, "cannot be judged" values dropped as missing), the report of
`annotator.agreement.summary.build_field_report`: alpha with a bootstrap interval, kappas, AC1/AC2, per
annotator agreement and alpha without them, annotator x annotator agreement, the coincidence
matrix, alpha per outlet (`Source.name`) and per speaker (`ClaimUnit.speaker`, else the outlet),
and the disagreements with the claim text and every annotator's label.

Annotators appear under their stable pseudonymous ids (`ann-...`), never their email.
One annotator counts once per claim and field: their latest annotation (highest store id).

`rank_items(...)` merges the fields into one list of claims to adjudicate, most disagreed first
(score = the highest per-field disagreement score: 0 unanimous, 1 as bad as chance); `audit`
returns its top and `annotator.labelstudio.adjudicate` pushes it to Label Studio.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from annotator import __version__, store
from annotator.agreement.summary import build_field_report, encode, group_alphas, item_disagreement
from annotator.errors import AnnotatorError
from annotator.schema import LabelField, LabelSchema
from annotator.store.models import (
    Annotation,
    ClaimUnit,
    Document,
    Project,
    PullState,
    Source,
    utcnow,
)
from annotator.votes import counted, last_values, when

TOP_ITEMS = 50  # claims listed for adjudication in the audit result, and per field in the report
HTML_GROUPS = 25  # outlet/speaker rows drawn per field (the JSON keeps all of them)
HEADLINE = (
    "alpha",
    "alpha_ci",
    "percent_agreement",
    "fleiss_kappa",
    "cohen_kappa",
    "gwet_ac1",
    "gwet_ac2",
    "n_items",
    "n_annotators",
    "n_labels",
    "n_missing",
)


@dataclass
class AuditData:
    """What the audit reads from the store for one project."""

    project: str
    schema: LabelSchema
    n_annotations: int = 0
    # label field key -> claim id -> annotator id -> value (latest annotation wins); choice
    # fields and text fields
    labels: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    outlets: dict[str, str] = field(default_factory=dict)
    speakers: dict[str, str] = field(default_factory=dict)
    # label field key -> claims that any annotator labelled with that field's suggestion visible
    suggested: dict[str, set[str]] = field(default_factory=dict)

    def suggestion_groups(self, key: str) -> dict[str, str]:
        """claim -> "with suggestion" / "without suggestion" for one field's labelled claims."""
        seen = self.suggested.get(key, set())
        return {
            c: ("with suggestion" if c in seen else "without suggestion")
            for c in self.labels.get(key, {})
        }

    def records(self, key: str) -> list[tuple[str, str, str]]:
        """(claim id, annotator id, value) of one label field, in a stable order."""
        by_claim = self.labels.get(key, {})
        return [
            (claim, annotator, value)
            for claim in sorted(by_claim)
            for annotator, value in sorted(by_claim[claim].items())
        ]


# --- store reads ------------------------------------------------------------------------------


def resolve(s: Session, project: str) -> tuple[Project, LabelSchema]:
    """The annotation project named `project` and its stored schema (one-line errors)."""
    from annotator.datasets.claim_votes import resolve_project

    if not project.strip():
        raise AnnotatorError("the project name is empty")
    return resolve_project(s, project)


def load(
    s: Session, proj: Project, schema: LabelSchema, include_simulated: bool = False
) -> AuditData:
    """The project's labels per label field, with claim texts, outlets and speakers: the
    annotations that count, one per annotator and claim (`annotator.votes`)."""
    data = AuditData(project=proj.name, schema=schema)
    fields = [lf.key for lf in schema.label_fields]  # text fields too: adjudicators see them
    data.labels = {key: {} for key in fields}
    from annotator.desk.state import suggestion_visible

    visible = suggestion_visible(proj.name)  # what the desk showed; empty without a desk
    a = Annotation
    stmt = (
        sa_select(
            col(a.ls_annotation_id),
            col(a.claim_id),
            col(a.annotator_id),
            col(a.values),
            col(a.updated_at),
            col(a.created_at),
            col(ClaimUnit.text),
            col(ClaimUnit.speaker),
            col(Source.name),
        )
        .select_from(Annotation)
        .outerjoin(ClaimUnit, ClaimUnit.id == a.claim_id)  # type: ignore[arg-type]
        .outerjoin(Document, Document.id == ClaimUnit.document_id)  # type: ignore[arg-type]
        .outerjoin(Source, Source.id == Document.source_id)  # type: ignore[arg-type]
        .where(
            col(a.project_id) == proj.id,
            *counted(include_simulated),
            col(a.adjudicated).is_(False),
        )
        .order_by(a.id)  # type: ignore[arg-type]
    )
    rows = []
    for ls_id, claim, annotator, values, updated, created, text, speaker, outlet in s.execute(stmt):
        data.n_annotations += 1
        rows.append((claim, annotator, values, when(updated, created)))
        for key in visible.get(int(ls_id), ()):
            data.suggested.setdefault(key, set()).add(claim)
        if text is not None:
            data.texts[claim] = text
        if outlet:
            data.outlets[claim] = outlet
        if speaker or outlet:
            data.speakers[claim] = speaker or outlet
    for claim, by_annotator in last_values(rows).items():
        for annotator, values in by_annotator.items():
            for key in fields:
                value = values.get(key)
                if value not in (None, ""):
                    data.labels[key].setdefault(claim, {})[annotator] = str(value)
    return data


# --- pure: reports ----------------------------------------------------------------------------


def field_report(
    lf: LabelField,
    records: Sequence[tuple[str, str, str]],
    *,
    outlets: Mapping[str, str],
    speakers: Mapping[str, str],
    texts: Mapping[str, str],
    bootstrap: int = 1000,
    seed: int = 0,
    top: int = TOP_ITEMS,
    suggestion: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """One label field's audit: headline numbers first, then the full
    `build_field_report` section (alpha with interval, kappas, AC1/AC2, per-group alphas).

    `groups` is `{"outlet": [...], "speaker": [...], "suggestion": [...]}` (alpha within each
    group of claims; `suggestion` splits the claims labelled with a visible suggestion on the
    desk from those labelled without one).
    """
    section = build_field_report(
        records,
        lf.level,
        order=lf.categories,
        missing=lf.missing,
        groups=outlets,
        texts=texts,
        bootstrap=bootstrap,
        seed=seed,
        name=lf.key,
        top=top,
    )
    by_speaker: list[dict[str, Any]] | None = None
    by_suggestion: list[dict[str, Any]] | None = None
    if records:
        r = encode(records, lf.level, lf.categories, lf.missing)
        by_speaker = _group_rows(group_alphas(r, speakers))
        if suggestion:
            by_suggestion = _group_rows(group_alphas(r, suggestion))
    summary = section["summary"]
    out: dict[str, Any] = {"field": lf.key, "title": lf.title, "level": lf.level}
    out.update({k: summary.get(k) for k in HEADLINE})
    out["reasons"] = dict(summary.get("reasons") or {})  # metric -> why it has no value
    out.update({k: v for k, v in section.items() if k not in ("name", "level", "groups")})
    out["groups"] = {
        "outlet": section["groups"],
        "speaker": by_speaker,
        "suggestion": by_suggestion,
    }
    return out


def _group_rows(groups: Sequence[Any]) -> list[dict[str, Any]]:
    return [
        {
            "group": g.group,
            "n_items": g.n_items,
            "n_labels": g.n_labels,
            "alpha": g.alpha,
            "reason": g.reason,
        }
        for g in groups
    ]


def rank_items(data: AuditData, min_disagreement: float = 0.0) -> list[dict[str, Any]]:
    """Claims with any disagreeing field, most disagreed first.

    Each: `{"claim_id", "text", "score", "fields": {key: {"score", "labels": {annotator:
    value}}}}` listing the disagreeing fields; `score` is the highest field score. A claim is
    kept when that score is at least `min_disagreement`. "Cannot be judged" is not a label for
    the score (it is listed, as the adjudicator should see it).
    """
    found: dict[str, dict[str, Any]] = {}
    for lf in data.schema.choice_fields:
        records = data.records(lf.key)
        if not records:
            continue
        r = encode(records, lf.level, lf.categories, lf.missing)
        for row in item_disagreement(r):
            if row.agreement >= 1.0:
                continue
            entry = found.setdefault(row.item, {"claim_id": row.item, "score": 0.0, "fields": {}})
            entry["fields"][lf.key] = {
                "score": row.disagreement,
                "labels": dict(sorted(data.labels[lf.key][row.item].items())),
            }
            entry["score"] = max(entry["score"], row.disagreement)
    ranked = [e for e in found.values() if e["score"] >= min_disagreement]
    ranked.sort(key=lambda e: (-e["score"], -len(e["fields"]), e["claim_id"]))
    return [{"claim_id": e["claim_id"], "text": data.texts.get(e["claim_id"]), **e} for e in ranked]


def html_section(report: dict[str, Any]) -> dict[str, Any]:
    """A field of the audit result in the shape `annotator.agreement.report.render_report` draws."""
    section = dict(report)
    section["name"] = (
        f"{report['field']} ({report['title']})"
        if report["title"] != report["field"]
        else report["field"]
    )
    groups: list[dict[str, Any]] = []
    for kind in ("suggestion", "outlet", "speaker"):
        rows = sorted(
            report["groups"].get(kind) or [], key=lambda g: (-g["n_items"], str(g["group"]))
        )
        for g in rows[:HTML_GROUPS]:
            groups.append(
                {**g, "group": f"{kind}: {g['group']}" if g["group"] is not None else None}
            )
        if len(rows) > HTML_GROUPS:
            notes = {
                **(section.get("notes") or {}),
                f"{kind} groups": f"the {HTML_GROUPS} largest of {len(rows)} shown",
            }
            section["notes"] = notes
    section["groups"] = groups or None
    return section


# --- the stage --------------------------------------------------------------------------------


def audit(
    project: str,
    *,
    html: str | Path | None = None,
    bootstrap: int = 1000,
    seed: int = 0,
    fields: list[str] | None = None,
    include_simulated: bool = False,
) -> dict[str, Any]:
    """Agreement of every choice label field of `project` (JSON-safe); the HTML page if asked.

    Simulated labels are left out unless `include_simulated` (`annotator.votes`).

    `fields` limits the audit to those label field keys. Returns `{"project", "schema",
    "n_annotations", "n_annotators", "bootstrap", "seed", "fields": [...], "adjudication":
    [...]}`, each field as `field_report` builds it and `adjudication` the top `TOP_ITEMS` of
    `rank_items`.
    """
    if bootstrap < 0:
        raise AnnotatorError("--bootstrap must be 0 or more")
    with store.session() as s:
        proj, schema = resolve(s, project)
        data = load(s, proj, schema, include_simulated)
        state = s.get(PullState, proj.id)
        pulled_at = state.pulled_at if state is not None else None
    choice = {lf.key: lf for lf in schema.choice_fields}
    wanted = list(choice) if fields is None else list(dict.fromkeys(fields))
    unknown = [k for k in wanted if k not in choice]
    if unknown:
        raise AnnotatorError(
            f"no choice field {', '.join(unknown)} in project {project!r} (fields: {', '.join(choice)})"
        )
    reports = [
        field_report(
            choice[key],
            data.records(key),
            outlets=data.outlets,
            speakers=data.speakers,
            texts=data.texts,
            bootstrap=bootstrap,
            seed=seed,
            suggestion=data.suggestion_groups(key) if data.suggested.get(key) else None,
        )
        for key in wanted
    ]
    annotators = {
        a for by_claim in data.labels.values() for labels in by_claim.values() for a in labels
    }
    result: dict[str, Any] = {
        "project": proj.name,
        "schema": {"name": schema.name, "version": schema.version, "hash": schema.hash},
        "n_annotations": data.n_annotations,
        "n_annotators": len(annotators),
        "pulled_at": pulled_at.isoformat() if pulled_at else None,
        "bootstrap": bootstrap,
        "seed": seed,
        "notes": state_notes(proj.name, pulled_at is not None, len(annotators), bool(choice)),
        "include_simulated": include_simulated,
        "fields": reports,
        "adjudication": rank_items(data)[:TOP_ITEMS],
    }
    if html is not None:
        write_html(Path(html), result)
    return result


def state_notes(project: str, pulled: bool, n_annotators: int, has_choice: bool) -> list[str]:
    """What the numbers cannot show by themselves: why an audit has nothing (yet) to measure."""
    notes = []
    if not has_choice:
        notes.append(
            "no choice fields in the schema: nothing to measure (text fields are shown to "
            "adjudicators only)"
        )
    if not pulled:
        notes.append(f"never pulled: run `annotator pull --project {project}` first")
    elif n_annotators == 0:
        notes.append("no annotations pulled yet")
    elif n_annotators == 1 and has_choice:
        notes.append("only one annotator so far: agreement needs two or more")
    return notes


def render(result: dict[str, Any]) -> str:
    """The audit result as the self-contained HTML page of `annotator.agreement.report`."""
    from annotator.agreement.report import render_report

    schema = result["schema"]
    return render_report(
        {
            "title": f"Agreement audit: {result['project']}",
            "subtitle": (
                f"{result['n_annotations']:,} annotations by {result['n_annotators']} annotators; "
                f"schema {schema['name']} v{schema['version']}"
            ),
            "generated": (
                f"generated {utcnow():%Y-%m-%d %H:%M} UTC by annotator {__version__} "
                f"(bootstrap {result['bootstrap']}, seed {result['seed']})"
            ),
            "fields": [html_section(f) for f in result["fields"]],
        }
    )


def write_html(path: Path, result: dict[str, Any]) -> None:
    """Write the page atomically: a temporary file in the same folder, then a rename."""
    text = render(result)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise AnnotatorError(
            f"cannot write the report ({exc.strerror or exc})", path=str(path)
        ) from None
