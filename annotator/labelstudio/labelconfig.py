"""The Label Studio labelling config, derived from the label schema (never written by hand).

The interface shows the claim highlighted inside its context, its speaker, cue, outlet, date and
URL, the guidelines, and one control per label field. Every string from the schema goes through
ElementTree, so `<`, `&` and quotes are escaped; task data is escaped by `task_data`.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from typing import Any

from annotator.ids import text_hash
from annotator.schema import LabelSchema

STYLE = """
.ann-context { font-size: 15px; line-height: 1.6; padding: 8px 12px; background: #fafafa;
  border-left: 3px solid #d9d9d9; }
.ann-context mark { background: #ffe58f; padding: 1px 2px; }
.ann-meta { color: #555; font-size: 13px; }
"""


def _static(text: str) -> str:
    # Label Studio reads a leading "$" as a task-data variable: keep static text literal.
    return text.replace("$", "\uff04") if text.startswith("$") else text


def label_config(schema: LabelSchema) -> str:
    """The `<View>` XML for `schema`."""
    view = ET.Element("View")
    ET.SubElement(view, "Style").text = STYLE
    ET.SubElement(view, "Header", value="Claim in context", size="4")
    ET.SubElement(view, "HyperText", name="context", value="$context_html", inline="true")
    ET.SubElement(view, "Header", value="Claim", size="5")
    ET.SubElement(view, "Text", name="claim", value="$text")
    ET.SubElement(view, "HyperText", name="meta", value="$meta_html", inline="true")
    if schema.guidelines.strip():
        collapse = ET.SubElement(view, "Collapse")
        panel = ET.SubElement(collapse, "Panel", value="Guidelines")
        ET.SubElement(panel, "Text", name="guidelines", value=_static(schema.guidelines.strip()))
    for lf in schema.label_fields:
        ET.SubElement(view, "Header", value=_static(lf.title), size="5")
        required = "true" if lf.field.required else "false"
        if lf.is_text:
            ET.SubElement(
                view,
                "TextArea",
                name=lf.key,
                toName="claim",
                rows="2",
                maxSubmissions="1",
                editable="true",
                required=required,
            )
            continue
        choices = ET.SubElement(
            view,
            "Choices",
            name=lf.key,
            toName="claim",
            choice="single-radio",
            required=required,
            showInline="false",
        )
        for c in lf.field.choices:
            attrs = {"value": _static(c.display), "alias": c.value}
            if c.hint:
                attrs["hint"] = c.hint
            ET.SubElement(choices, "Choice", attrs)
    ET.indent(view)
    return ET.tostring(view, encoding="unicode")


def config_hash(schema: LabelSchema) -> str:
    return text_hash(label_config(schema))


def guidelines_html(schema: LabelSchema) -> str:
    """Project instructions shown by Label Studio before labelling (escaped)."""
    parts = [f"<p>{html.escape(schema.description)}</p>"] if schema.description else []
    parts += [
        f"<p>{html.escape(p)}</p>" for p in schema.guidelines.strip().split("\n") if p.strip()
    ]
    for lf in schema.choice_fields:
        items = "".join(
            f"<li><b>{html.escape(c.display)}</b>{': ' + html.escape(c.hint) if c.hint else ''}</li>"
            for c in lf.field.choices
        )
        parts.append(f"<h4>{html.escape(lf.title)}</h4><ul>{items}</ul>")
    return "\n".join(parts)


def task_data(claim: dict[str, Any]) -> dict[str, Any]:
    """Label Studio task data for a claim unit (a dict of its fields plus document metadata).

    Expected keys: id, text, context, speaker, cue, quote, cluster_id, and optionally
    outlet, title, published, url, post_author, checkworthiness.
    """
    text = claim["text"]
    context = claim.get("context") or text
    pos = context.find(text)
    if pos >= 0:
        context_html = (
            html.escape(context[:pos])
            + "<mark>"
            + html.escape(text)
            + "</mark>"
            + html.escape(context[pos + len(text) :])
        )
    else:
        context_html = "<mark>" + html.escape(text) + "</mark>"
    meta = [
        ("Speaker", claim.get("speaker") or "(the outlet's own voice)"),
        ("Cue", claim.get("cue")),
        ("Quote", "direct quotation" if claim.get("quote") else None),
        ("Outlet", claim.get("outlet")),
        ("Title", claim.get("title")),
        ("Date", claim.get("published")),
        ("URL", claim.get("url")),
        ("Cluster", claim.get("cluster_id")),
    ]
    meta_html = " · ".join(
        f"<b>{html.escape(k)}:</b> {html.escape(str(v))}" for k, v in meta if v not in (None, "")
    )
    data = {
        "claim_id": claim["id"],
        "text": text,
        "context_html": f'<div class="ann-context">{context_html}</div>',
        "meta_html": f'<div class="ann-meta">{meta_html}</div>',
    }
    for key in (
        "speaker",
        "cue",
        "outlet",
        "title",
        "published",
        "url",
        "cluster_id",
        "document_id",
    ):
        data[key] = claim.get(key)
    return data
