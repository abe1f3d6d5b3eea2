"""The Label Studio labelling config, derived from the label schema (never written by hand).

Text blocks carry `dir="auto"` (each takes the direction of its first strong character, so an
Arabic paragraph reads right to left) and metadata values are isolated in `<bdi>`; with an
interface language (`push --ui-lang de`), titles, labels and hints come from the schema's
translations and right-to-left interface languages get right-aligned controls.
The interface shows the paragraph holding the claim (its context) with the claim highlighted and
the speaker and reported content marked, the claim itself, its speaker, cue, outlet, date and URL,
the whole document in a collapsed panel, the guidelines, and one control per label field. Every string from the schema goes through
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
.ann-context mark, .ann-document mark { background: #ffe58f; padding: 1px 2px; }
.ann-speaker { border-bottom: 2px solid #1677ff; font-weight: 600; }
.ann-content { background: #e6f4ff; }
.ann-document { white-space: pre-wrap; font-size: 14px; line-height: 1.5; max-height: 480px;
  overflow-y: auto; padding: 8px 12px; border: 1px solid #eee; }
.ann-meta { color: #555; font-size: 13px; }
"""


def _static(text: str) -> str:
    # Label Studio reads a leading "$" as a task-data variable: keep static text literal.
    return text.replace("$", "\uff04") if text.startswith("$") else text


RTL_LANGUAGES = frozenset("ar fa he ps ur yi dv ckb sd ug".split())


def label_config(schema: LabelSchema, ui_lang: str | None = None) -> str:
    """The `<View>` XML for `schema`, its titles, labels and hints in `ui_lang` where the schema
    gives them (choice values stay the canonical ones: each choice's `alias`)."""
    view = ET.Element("View")
    ET.SubElement(view, "Style").text = STYLE
    ET.SubElement(view, "Header", value="Claim in context", size="4")
    ET.SubElement(view, "HyperText", name="context", value="$context_html", inline="true")
    # the claim is shown once, highlighted in its context; the labels attach to this hidden copy
    hidden = ET.SubElement(view, "View", style="display: none")
    ET.SubElement(hidden, "Text", name="claim", value="$text")
    ET.SubElement(view, "HyperText", name="meta", value="$meta_html", inline="true")
    whole = ET.SubElement(ET.SubElement(view, "Collapse"), "Panel", value="Whole document")
    ET.SubElement(whole, "HyperText", name="document", value="$document_html", inline="true")
    if schema.guidelines.strip():
        collapse = ET.SubElement(view, "Collapse")
        panel = ET.SubElement(collapse, "Panel", value="Guidelines")
        ET.SubElement(panel, "Text", name="guidelines", value=_static(schema.guidelines.strip()))
    controls = view
    if ui_lang in RTL_LANGUAGES:
        controls = ET.SubElement(view, "View", style="direction: rtl; text-align: right")
    for lf in schema.label_fields:
        ET.SubElement(controls, "Header", value=_static(lf.title_in(ui_lang)), size="5")
        required = "true" if lf.field.required else "false"
        if lf.is_text:
            ET.SubElement(
                controls,
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
            controls,
            "Choices",
            name=lf.key,
            toName="claim",
            choice="single-radio",
            required=required,
            showInline="false",
        )
        for c in lf.field.choices:
            attrs = {"value": _static(c.display_in(ui_lang)), "alias": c.value}
            hint = c.hint_in(ui_lang)
            if hint:
                attrs["hint"] = hint
            ET.SubElement(choices, "Choice", attrs)
    ET.indent(view)
    return ET.tostring(view, encoding="unicode")


def config_hash(schema: LabelSchema, ui_lang: str | None = None) -> str:
    return text_hash(label_config(schema, ui_lang))


def guidelines_html(schema: LabelSchema, ui_lang: str | None = None) -> str:
    """Project instructions shown by Label Studio before labelling (escaped)."""
    parts = [f"<p>{html.escape(schema.description)}</p>"] if schema.description else []
    parts += [
        f"<p>{html.escape(p)}</p>" for p in schema.guidelines.strip().split("\n") if p.strip()
    ]
    for lf in schema.choice_fields:
        items = "".join(
            f"<li><b>{html.escape(c.display_in(ui_lang))}</b>"
            f"{': ' + html.escape(h) if (h := c.hint_in(ui_lang)) else ''}</li>"
            for c in lf.field.choices
        )
        parts.append(f"<h4>{html.escape(lf.title_in(ui_lang))}</h4><ul>{items}</ul>")
    body = "\n".join(parts)
    return f'<div dir="rtl">{body}</div>' if ui_lang in RTL_LANGUAGES else body


DOCUMENT_MAX = 20_000  # characters of the document shown on demand (a window around the claim)


def _marked(text: str, spans: list[tuple[int, int, str]]) -> str:
    """`text` escaped, with `spans` (start, end, class) wrapped: "claim" as a <mark>, the others
    as <span class=...>. Spans are clipped so the tags nest (speaker/content inside or outside
    the claim, never across its edges); overlapping non-claim spans keep the first."""
    claim = next(((a, b) for a, b, k in spans if k == "claim"), None)
    cuts = {0, len(text)}
    if claim:
        cuts.update(claim)
    parts: list[tuple[int, int, str]] = []
    for a, b, kind in spans:
        if kind == "claim" or not 0 <= a < b <= len(text):
            continue
        for lo, hi in zip(sorted(cuts), sorted(cuts)[1:], strict=False):
            x, y = max(a, lo), min(b, hi)
            if x < y and not any(x < q and p < y for p, q, _ in parts):
                parts.append((x, y, kind))
    out: list[str] = []
    pos = 0
    # at one offset: close a span, close the claim, open the claim, open a span (so a span
    # inside the claim closes before it and opens after it)
    events = sorted(
        [(p, 3, f'<span class="ann-{k}">') for p, _, k in parts]
        + [(q, 0, "</span>") for _, q, _ in parts]
        + ([(claim[0], 2, '<mark class="ann-claim">'), (claim[1], 1, "</mark>")] if claim else [])
    )
    for at, _, tag in events:
        out.append(html.escape(text[pos:at]))
        out.append(tag)
        pos = at
    out.append(html.escape(text[pos:]))
    return "".join(out)


def claim_context(claim: dict[str, Any]) -> tuple[str, int | None]:
    """The claim's context and its document offset (None when unknown).

    `context_start` set (split since schema 4): the stored paragraph. Otherwise, with the
    document text at hand, the line(s) holding the claim; else the stored context as it is."""
    context = claim.get("context") or ""
    c0 = claim.get("context_start")
    if c0 is not None:
        return context, int(c0)
    doc = claim.get("document_text")
    start, end = claim.get("start"), claim.get("end")
    if doc and start is not None and end is not None and doc[start:end] == claim["text"]:
        lo = doc.rfind("\n", 0, start) + 1
        hi = doc.find("\n", end)
        hi = len(doc) if hi < 0 else hi
        return doc[lo:hi], lo
    return context, None


def _spans_in(claim: dict[str, Any], lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The claim's, speaker's and content's document spans inside [lo, hi), made relative."""
    spans = [(claim["start"] - lo, claim["end"] - lo, "claim")]
    for kind in ("speaker", "content"):
        a, b = claim.get(f"{kind}_start"), claim.get(f"{kind}_end")
        if a is not None and b is not None and lo <= a < b <= hi:
            spans.append((a - lo, b - lo, kind))
    return spans


def context_html(claim: dict[str, Any]) -> str:
    """The paragraph holding the claim, escaped, the claim highlighted once, and the speaker and
    reported content marked (their stored spans, else the speaker's name found in the paragraph)."""
    text = claim["text"]
    context, c0 = claim_context(claim)
    start, end = claim.get("start"), claim.get("end")
    if (
        c0 is not None
        and start is not None
        and end is not None
        and 0 <= start - c0
        and context[start - c0 : end - c0] == text
    ):
        spans = _spans_in(claim, c0, c0 + len(context))
    else:
        pos = context.find(text)
        if pos < 0:
            context, pos = text, 0
        spans = [(pos, pos + len(text), "claim")]
    speaker = (claim.get("speaker") or "").strip()
    if speaker and not any(k == "speaker" for _, _, k in spans):
        at = _nearest(context, speaker, spans[0][0])
        if at >= 0:
            spans.append((at, at + len(speaker), "speaker"))
    return _marked(context, spans)


def _nearest(context: str, needle: str, pos: int) -> int:
    """Start of the occurrence of `needle` in `context` nearest to `pos`, or -1."""
    best, at = -1, context.find(needle)
    while at >= 0:
        if best < 0 or abs(at - pos) < abs(best - pos):
            best = at
        at = context.find(needle, at + 1)
    return best


def document_html(claim: dict[str, Any]) -> str:
    """The whole document (up to DOCUMENT_MAX characters around the claim), escaped, with the
    claim highlighted; empty when the document text is not at hand."""
    doc = claim.get("document_text") or ""
    start, end = claim.get("start"), claim.get("end")
    if not doc or start is None or end is None or doc[start:end] != claim["text"]:
        return ""
    lo = max(0, min(start - DOCUMENT_MAX // 2, len(doc) - DOCUMENT_MAX))
    hi = min(len(doc), lo + DOCUMENT_MAX)
    body = _marked(doc[lo:hi], _spans_in(claim, lo, hi))
    before = "… " if lo > 0 else ""
    after = " …" if hi < len(doc) else ""
    return f'<div class="ann-document" dir="auto">{before}{body}{after}</div>'


def task_data(claim: dict[str, Any]) -> dict[str, Any]:
    """Label Studio task data for a claim unit (a dict of its fields plus document metadata).

    Expected keys: id, text, context, speaker, cue, quote, cluster_id, and optionally
    context_start, start, end, speaker_start/_end, content_start/_end, document_text, outlet,
    title, published, url, post_author, checkworthiness.
    """
    text = claim["text"]
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
    # each value isolated (<bdi>): an Arabic speaker or title keeps its direction in the line
    meta_html = " · ".join(
        f"<b>{html.escape(k)}:</b> <bdi>{html.escape(str(v))}</bdi>"
        for k, v in meta
        if v not in (None, "")
    )
    data = {
        "claim_id": claim["id"],
        "text": text,
        "context_html": f'<div class="ann-context" dir="auto">{context_html(claim)}</div>',
        "document_html": document_html(claim) or '<div class="ann-meta">(not available)</div>',
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
