"""Render the agreement audit as one self-contained HTML page (inline CSS, no script, no assets).

`render_report(report)` is a pure function of a plain dict; every string in it (claim text,
labels, annotator names, group names come from the web or from users) is HTML-escaped and
wrapped in <bdi> so right-to-left text cannot reorder the page. The page also carries a
Content-Security-Policy that forbids scripts, as a second line of defence.

The report dict:

    {
      "title": str,                  # page title
      "subtitle": str | None,        # e.g. project, dataset version
      "generated": str | None,       # when/how it was built (the caller formats it)
      "fields": [section, ...],      # one per schema field, each from
    }                                #   annotator.agreement.summary.build_field_report(..., name=...)

    section = {
      "name": str, "level": "nominal" | "ordinal" | "interval" | "ratio",
      "summary": dict,               # annotator.agreement.summary.summarize_ratings(...): alpha,
                                     #   alpha_ci, kappas, n_*, reasons, bootstrap, ...
      "categories": [str],           # row/column names of "coincidence"
      "annotators": [str],           # row/column names of the matrices
      "agreement_matrix": [[float | None]] | None,  # share of shared items labelled alike
      "shared_items": [[int]] | None,               # items both annotators labelled
      "coincidence": [[float]] | None,              # Krippendorff's coincidence matrix
      "per_annotator": [{"annotator", "n_labels", "n_shared", "pairwise_agreement",
                         "alpha_without", "alpha_without_reason"}],
      "groups": [{"group": str | None, "n_items", "n_labels", "alpha", "reason"}] | None,
      "disagreements": [{"item", "text": str | None, "score", "agreement",
                         "labels": [[annotator, label], ...]}],
      "n_disagreements": int,        # items with any disagreement (the list may be capped)
      "notes": {str: str},           # parts that could not be computed, and why
    }

Missing keys are drawn as absent sections, never as an error.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from annotator.agreement.summary import METRICS

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MAX_TEXT = 1200

_CSS = """
:root{--ink:#1d2433;--muted:#5b6475;--line:#dde2ea;--bg:#f6f7f9;--card:#fff;--accent:#2f5da8}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
header.page{background:#1f2a44;color:#fff;padding:24px 32px}
header.page h1{margin:0 0 4px;font-size:24px}
header.page p{margin:0;color:#c9d3e6}
main{padding:16px 32px 48px;max-width:1400px}
nav.toc{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0 16px}
nav.toc a{display:inline-flex;gap:8px;align-items:center;padding:6px 10px;background:var(--card);border:1px solid var(--line);border-radius:6px;color:var(--ink);text-decoration:none}
section.field{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:20px 24px;margin:0 0 24px}
section.field h2{margin:0 0 4px;font-size:20px}
h3{font-size:15px;margin:22px 0 8px;color:#2b3550}
.level{color:var(--muted);font-weight:normal;font-size:14px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:150px}
.card .k{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.card .v{font-size:26px;font-weight:600}
.card .s{color:var(--muted);font-size:12px}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff}
.good{background:#1a7f4b}.tentative{background:#b7791f}.poor{background:#c0392b}.none{background:#8a93a3}
table{border-collapse:collapse;margin:4px 0}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef1f6;font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
table.heat td{text-align:center;min-width:52px;font-variant-numeric:tabular-nums}
table.heat th.row{text-align:right}
.muted{color:var(--muted)}
.grid{display:flex;flex-wrap:wrap;gap:32px;align-items:flex-start}
.bar{display:inline-block;height:10px;border-radius:2px;vertical-align:middle;margin-right:6px}
.chip{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 8px;margin:1px 4px 1px 0;background:#f3f5f9;white-space:nowrap}
.nowrap{white-space:nowrap}
.claim{max-width:620px;white-space:pre-wrap;overflow-wrap:anywhere}
.notes{color:var(--muted);font-size:12px}
footer{color:var(--muted);font-size:12px;padding:0 32px 32px;max-width:1400px}
"""


def _text(value: object) -> str:
    """Escaped user text, isolated from the surrounding text direction."""
    text = _CONTROL.sub("\ufffd", "" if value is None else str(value))
    if len(text) > _MAX_TEXT:
        text = text[:_MAX_TEXT] + "\u2026"
    return f"<bdi>{html.escape(text, quote=True)}</bdi>"


def _attr(value: object) -> str:
    return html.escape(_CONTROL.sub("\ufffd", str(value)), quote=True)


def _num(value: object, digits: int = 3) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return '<span class="muted">&mdash;</span>'
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:.{digits}f}"


def _mix(stops: Sequence[tuple[float, tuple[int, int, int]]], t: float) -> tuple[int, int, int]:
    t = min(max(t, 0.0), 1.0)
    for (t0, c0), (t1, c1) in zip(stops[:-1], stops[1:], strict=True):
        if t <= t1:
            f = 0.0 if t1 == t0 else (t - t0) / (t1 - t0)
            r, g, b = (round(a + (b - a) * f) for a, b in zip(c0, c1, strict=True))
            return r, g, b
    return stops[-1][1]


_AGREE = ((0.0, (192, 57, 43)), (0.5, (246, 214, 120)), (1.0, (26, 127, 75)))
_COUNT = ((0.0, (255, 255, 255)), (1.0, (47, 93, 168)))


def _cell_style(rgb: tuple[int, int, int]) -> str:
    r, g, b = rgb
    light = 0.299 * r + 0.587 * g + 0.114 * b > 150
    return f"background:rgb({r},{g},{b});color:{'#1d2433' if light else '#fff'}"


def _verdict(alpha: object) -> str:
    """Krippendorff (2004): >= .800 reliable, >= .667 tentative conclusions only."""
    if not isinstance(alpha, (int, float)) or isinstance(alpha, bool):
        return '<span class="badge none">no value</span>'
    if alpha >= 0.8:
        return '<span class="badge good">reliable</span>'
    if alpha >= 0.667:
        return '<span class="badge tentative">tentative</span>'
    return '<span class="badge poor">unreliable</span>'


def _summary(s: dict[str, Any]) -> str:
    ci = s.get("alpha_ci")
    ci_text = (
        f"95% CI [{_num(ci[0])}, {_num(ci[1])}]"
        if isinstance(ci, list) and len(ci) == 2
        else _text(f"no interval: {s.get('reasons', {}).get('alpha_ci', 'not computed')}")
    )
    cards = [
        f'<div class="card"><div class="k">Krippendorff\'s alpha</div>'
        f'<div class="v">{_num(s.get("alpha"))}</div><div class="s">{ci_text}</div>'
        f"<div>{_verdict(s.get('alpha'))}</div></div>"
    ]
    for key, title in (
        ("n_items", "items"),
        ("n_annotators", "annotators"),
        ("n_labels", "labels"),
        ("n_pairable", "pairable values"),
        ("n_missing", "marked missing"),
    ):
        cards.append(
            f'<div class="card"><div class="k">{title}</div><div class="v">{_num(s.get(key))}</div></div>'
        )
    rows = []
    reasons = s.get("reasons") or {}
    for key, title in METRICS:
        if key not in s:
            continue
        note = reasons.get(key, "")
        if key == "gwet_ac2" and s.get("gwet_ac2_weights"):
            note = note or f"{s['gwet_ac2_weights']} weights"
        rows.append(
            f'<tr><td>{title}</td><td class="num">{_num(s.get(key))}</td><td>{_text(note)}</td></tr>'
        )
    boot = s.get("bootstrap")
    boot_note = ""
    if isinstance(boot, dict):
        boot_note = (
            f'<p class="notes">Interval: {_text(boot.get("method", ""))}, '
            f"{_num(boot.get('resamples'))} resamples ({_num(boot.get('valid'))} valid), seed {_text(boot.get('seed'))}.</p>"
        )
    return (
        f'<div class="cards">{"".join(cards)}</div>'
        f"<table><thead><tr><th>Metric</th><th class=num>Value</th><th>Note</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{boot_note}"
    )


def _agreement_heatmap(section: dict[str, Any]) -> str:
    names = section.get("annotators") or []
    matrix = section.get("agreement_matrix")
    shared = section.get("shared_items")
    if not matrix:
        return ""
    body: list[list[str]] = []
    for i in range(len(names)):
        cells = []
        for j, value in enumerate(matrix[i]):
            n = shared[i][j] if shared else None
            if i == j:
                cells.append('<td class="muted">&middot;</td>')
            elif value is None:
                cells.append(f'<td class="muted" title="no shared items">{_num(None)}</td>')
            else:
                tip = _attr(f"{names[i]} vs {names[j]}: {value:.3f} on {n} shared items")
                cells.append(
                    f'<td style="{_cell_style(_mix(_AGREE, value))}" title="{tip}">{value:.2f}</td>'
                )
        body.append(cells)
    return _heat_table(
        "Annotator &times; annotator agreement",
        "Share of shared items given the same label (hover for the count).",
        names,
        body,
    )


def _coincidence(section: dict[str, Any]) -> str:
    cats = section.get("categories") or []
    matrix = section.get("coincidence")
    if not matrix:
        return ""
    peak = max((v for row in matrix for v in row), default=0.0) or 1.0
    body: list[list[str]] = []
    for i in range(len(cats)):
        cells = []
        for j, value in enumerate(matrix[i]):
            shown = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
            style = _cell_style(_mix(_COUNT, value / peak))
            if i == j:
                style += ";font-weight:700;outline:2px solid #1a7f4b;outline-offset:-2px"
            cells.append(f'<td style="{style}">{shown}</td>')
        body.append(cells)
    return _heat_table(
        "Coincidence matrix",
        "Pairs of values within items (Krippendorff); the diagonal is agreement.",
        cats,
        body,
    )


def _heat_table(title: str, notes: str, labels: list[Any], cells: list[list[str]]) -> str:
    """A square table of coloured cells, a row and a column per label, under its title."""
    head = "".join(f"<th>{_text(x)}</th>" for x in labels)
    rows = "".join(
        f'<tr><th class="row">{_text(x)}</th>{"".join(row)}</tr>'
        for x, row in zip(labels, cells, strict=True)
    )
    return (
        f'<div><h3>{title}</h3><p class="notes">{notes}</p><table class="heat"><thead><tr>'
        f"<th></th>{head}</tr></thead><tbody>{rows}</tbody></table></div>"
    )


def _annotators(section: dict[str, Any]) -> str:
    rows = section.get("per_annotator") or []
    if not rows:
        return ""
    alpha = (section.get("summary") or {}).get("alpha")
    body = []
    for row in rows:
        without = row.get("alpha_without")
        delta = ""
        if isinstance(without, (int, float)) and isinstance(alpha, (int, float)):
            change = without - alpha
            flag = ' style="color:#c0392b;font-weight:600"' if change > 0.02 else ""
            delta = f"<span{flag}>{change:+.3f}</span>"
        note = row.get("alpha_without_reason") or ""
        body.append(
            f"<tr><td>{_text(row.get('annotator'))}</td><td class=num>{_num(row.get('n_labels'))}</td>"
            f"<td class=num>{_num(row.get('pairwise_agreement'))}</td>"
            f"<td class=num>{_num(without)}</td><td class=num>{delta}</td><td>{_text(note)}</td></tr>"
        )
    return (
        "<div><h3>Per annotator</h3>"
        "<table><thead><tr><th>Annotator</th><th class=num>Labels</th><th class=num>Pairwise agreement</th>"
        "<th class=num>Alpha without</th><th class=num>Change</th><th>Note</th></tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
        '<p class="notes">A positive change means alpha rises without this annotator.</p></div>'
    )


def _groups(section: dict[str, Any]) -> str:
    rows = section.get("groups")
    if not rows:
        return ""
    body = []
    for row in rows:
        alpha = row.get("alpha")
        bar = ""
        if isinstance(alpha, (int, float)):
            width = round(max(alpha, 0.0) * 120)
            bar = f'<span class="bar" style="width:{width}px;{_cell_style(_mix(_AGREE, alpha))}"></span>'
        group = row.get("group")
        name = '<span class="muted">(no group)</span>' if group is None else _text(group)
        body.append(
            f"<tr><td>{name}</td><td class=num>{_num(row.get('n_items'))}</td>"
            f"<td class=num>{_num(row.get('n_labels'))}</td>"
            f"<td>{bar}{_num(alpha)}</td><td>{_text(row.get('reason') or '')}</td></tr>"
        )
    return (
        "<div><h3>Per group</h3><table><thead><tr><th>Group</th><th class=num>Items</th>"
        "<th class=num>Labels</th><th>Alpha</th><th>Note</th></tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def _disagreements(section: dict[str, Any]) -> str:
    rows = section.get("disagreements") or []
    total = section.get("n_disagreements", len(rows))
    if not rows:
        return "<h3>Disagreements</h3><p class=muted>No item with disagreeing labels.</p>"
    body = []
    for rank, row in enumerate(rows, 1):
        chips = "".join(
            f'<span class="chip">{_text(pair[0])}: <b>{_text(pair[1])}</b></span>'
            for pair in row.get("labels") or []
            if isinstance(pair, (list, tuple)) and len(pair) == 2
        )
        text = row.get("text")
        claim = _text(text) if text is not None else '<span class="muted">(no text)</span>'
        body.append(
            f"<tr><td class=num>{rank}</td><td class=nowrap>{_text(row.get('item'))}</td>"
            f'<td class="claim">{claim}</td><td class=num>{_num(row.get("score"), 2)}</td>'
            f"<td>{chips}</td></tr>"
        )
    return (
        f"<h3>Disagreements for adjudication ({_num(len(rows))} of {_num(total)})</h3>"
        '<p class="notes">Score: mean distance between the item\'s labels relative to chance '
        "(0 unanimous, 1 as bad as chance).</p>"
        "<table><thead><tr><th class=num>#</th><th>Item</th><th>Claim</th><th class=num>Score</th>"
        f"<th>Labels</th></tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _section(index: int, section: dict[str, Any]) -> str:
    summary = section.get("summary") or {}
    notes = section.get("notes") or {}
    note_html = "".join(f"<li>{_text(k)}: {_text(v)}</li>" for k, v in notes.items())
    return (
        f'<section class="field" id="field-{index}">'
        f"<h2>{_text(section.get('name') or f'Field {index + 1}')} "
        f'<span class="level">{_text(section.get("level", ""))} level</span></h2>'
        f"{_summary(summary)}"
        f'<div class="grid">{_agreement_heatmap(section)}{_coincidence(section)}</div>'
        f'<div class="grid">{_annotators(section)}{_groups(section)}</div>'
        f"{_disagreements(section)}"
        + (f'<ul class="notes">{note_html}</ul>' if note_html else "")
        + "</section>"
    )


def render_report(report: dict[str, Any]) -> str:
    """The audit report as a complete HTML document (see the module doc for the dict shape)."""
    title = str(report.get("title") or "Agreement audit")
    fields = report.get("fields") or []
    toc = "".join(
        f'<a href="#field-{i}">{_text(f.get("name") or f"Field {i + 1}")} '
        f"{_num((f.get('summary') or {}).get('alpha'))} {_verdict((f.get('summary') or {}).get('alpha'))}</a>"
        for i, f in enumerate(fields)
    )
    sub = " &middot; ".join(_text(report[k]) for k in ("subtitle", "generated") if report.get(k))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(_CONTROL.sub('', title))}</title><style>{_CSS}</style></head><body>"
        f'<header class="page"><h1>{_text(title)}</h1><p>{sub}</p></header><main>'
        f'<nav class="toc">{toc}</nav>'
        + "".join(_section(i, f) for i, f in enumerate(fields))
        + "</main><footer>Krippendorff's alpha per Krippendorff (2011); Fleiss' kappa, Gwet's AC1/AC2 "
        "and percent agreement with missing labels per Gwet (2014). Verdicts: alpha &ge; 0.800 reliable, "
        "&ge; 0.667 tentative (Krippendorff 2004).</footer></body></html>\n"
    )
