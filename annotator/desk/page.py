"""The desk's HTML, generated from the label schema (every string escaped).

One page per task, sized for 1366x768 without scrolling: the claim highlighted in its paragraph
(speaker and reported content marked) with outlet, human-readable date and URL on the left; one
block of choice buttons per label field on the right, each with its keys. `dir="auto"` on every
piece of task text renders right-to-left text right. Script and style are static files
(`/static/desk.js`, `/static/desk.css`) under a `default-src 'self'` content security policy.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

from annotator.desk.tasks import TaskView, human_date
from annotator.schema import LabelField, LabelSchema

STATIC = Path(__file__).resolve().parent / "static"
RESERVED = {"S", "W", "G", "R"}  # skip, whole document, accept suggestion, rationale


def field_keys(lf: LabelField) -> dict[str, str]:
    """Key -> choice value: the value itself when it is one digit or one letter, Y/N for
    yes/no, else 1, 2, ... in schema order."""
    values = lf.values
    if all(len(v) == 1 and v.isdigit() for v in values):
        return {v: v for v in values}
    if all(len(v) == 1 and v.isalpha() for v in values) and not {v.upper() for v in values} & (
        RESERVED | {"Y", "N"}
    ):
        return {v.upper(): v for v in values}
    if sorted(v.lower() for v in values) == ["no", "yes"]:
        return {("Y" if v.lower() == "yes" else "N"): v for v in values}
    return {str(i): v for i, v in enumerate(values, start=1) if i <= 9}


def _layout(title: str, body: str, header: str = "") -> str:
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        '<meta name=viewport content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title>"
        '<link rel=stylesheet href="/static/desk.css"></head><body>'
        f"<header><b>annotator desk</b>{header}</header><main>{body}</main>"
        '<script src="/static/desk.js"></script></body></html>'
    )


def _logout(csrf: str) -> str:
    return (
        '<form method=post action="/logout" class=logout>'
        f'<input type=hidden name=csrf value="{escape(csrf)}"><button>Log out</button></form>'
    )


def message_page(title: str, text: str, csrf: str | None = None, link: str | None = None) -> str:
    more = f'<p><a href="{escape(link)}">Continue</a></p>' if link else ""
    header = _logout(csrf) if csrf else ""
    return _layout(title, f"<h1>{escape(title)}</h1><p>{escape(text)}</p>{more}", header)


def login_page(error: str = "") -> str:
    err = f"<p class=error role=alert>{escape(error)}</p>" if error else ""
    body = (
        f'<h1>Log in</h1>{err}<form method=post action="/login" class=box>'
        "<label>Email <input name=email type=email autocomplete=username required autofocus></label>"
        "<label>Password <input name=password type=password autocomplete=current-password required>"
        "</label><button>Log in</button></form>"
    )
    return _layout("Log in", body)


def invite_page(token: str, email: str, error: str = "") -> str:
    err = f"<p class=error role=alert>{escape(error)}</p>" if error else ""
    body = (
        f"<h1>Welcome, {escape(email)}</h1>{err}<p>Choose a password for the desk "
        "(at least 10 characters).</p>"
        f'<form method=post action="/invite/{escape(token)}" class=box>'
        "<label>Password <input name=password type=password autocomplete=new-password required "
        "autofocus minlength=10></label><button>Start labelling</button></form>"
    )
    return _layout("Invitation", body)


def projects_page(rows: list[tuple[str, dict[str, int]]], csrf: str) -> str:
    items = "".join(
        f'<li><a href="/p/{escape(name)}">{escape(name)}</a> '
        f"{p['done'] + p['skipped']} / {p['total']} done</li>"
        for name, p in rows
    )
    body = f"<h1>Your projects</h1><ul>{items or '<li>No project yet.</li>'}</ul>"
    return _layout("Projects", body, _logout(csrf))


def _context_html(view: TaskView) -> str:
    """The paragraph with the claim marked, and speaker/content spans inside it."""
    text = view.context
    marks: list[tuple[int, int, str]] = sorted(view.spans)
    out: list[str] = []
    pos = 0
    for start, end, kind in marks:
        if start < pos:
            continue  # overlapping spans: keep the first
        out.append(escape(text[pos:start]))
        label = "speaker" if kind == "speaker" else "reported content"
        out.append(f'<mark class="{escape(kind)}" title="{label}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def document_html(view: TaskView) -> str:
    """The whole document, one `dir=auto` paragraph each, the claim marked (fetched on W)."""
    doc = view.document_text
    a = view.claim_in_document
    if not (0 <= a < a + len(view.text) <= len(doc)) or doc[a : a + len(view.text)] != view.text:
        a = doc.find(view.text)
    b = a + len(view.text)
    out: list[str] = []
    pos = 0
    for para in doc.split("\n\n"):
        start, end = pos, pos + len(para)
        pos = end + 2
        if a >= 0 and start <= a and b <= end:
            body = (
                escape(doc[start:a]) + "<mark class=content id=here>" + escape(doc[a:b])
                + "</mark>" + escape(doc[b:end])
            )  # fmt: skip
        else:
            body = escape(para)
        out.append(f"<p dir=auto>{body}</p>")
    return f"<div class=doctext>{''.join(out)}</div>"


def _field_html(lf: LabelField, keys: dict[str, str], sugg: tuple[str, float] | None) -> str:
    by_value = {v: k for k, v in keys.items()}
    title = escape(lf.title)
    hint = ""
    if sugg is not None:
        value, score = sugg
        shown = next((c.display for c in lf.field.choices if c.value == value), value)
        hint = (
            f' <span class=sugg data-value="{escape(value)}">suggested: '
            f"{escape(shown.lower())}, {round(score * 100)}% <kbd>G</kbd> accepts</span>"
        )
    if lf.is_text:
        return (
            f'<fieldset class=text data-key="{escape(lf.key)}"><legend>{title} <kbd>R</kbd>'
            f'</legend><textarea name="f_{escape(lf.key)}" dir=auto rows=2 maxlength=5000>'
            "</textarea></fieldset>"
        )
    opts = []
    for c in lf.field.choices:
        k = by_value.get(c.value, "")
        tip = f' title="{escape(c.hint)}"' if c.hint else ""
        opts.append(
            f'<label{tip}><input type=radio name="f_{escape(lf.key)}" value="{escape(c.value)}">'
            f"<kbd>{escape(k)}</kbd> {escape(c.display)}</label>"
        )
    cls = "choice wide" if len(lf.field.choices) > 4 else "choice"
    return (
        f'<fieldset class="{cls}" data-key="{escape(lf.key)}"><legend>{title}{hint}</legend>'
        f"<div class=opts>{''.join(opts)}</div></fieldset>"
    )


def task_page(
    project: str,
    schema: LabelSchema,
    view: TaskView,
    progress: dict[str, int],
    csrf: str,
    shown_at: float,
    suggestions: dict[str, tuple[str, float]],
    error: str = "",
) -> str:
    """The labelling page of one task."""
    fields_meta: list[dict[str, Any]] = []
    blocks = []
    for lf in schema.label_fields:
        keys = {} if lf.is_text else field_keys(lf)
        blocks.append(_field_html(lf, keys, suggestions.get(lf.key)))
        fields_meta.append(
            {
                "key": lf.key,
                "title": lf.title,
                "text": lf.is_text,
                "required": lf.field.required,
                "keys": keys,
                "digit": bool(keys) and all(k.isdigit() for k in keys),
                "sugg": suggestions[lf.key][0] if lf.key in suggestions else None,
            }
        )
    meta = []
    if view.outlet:
        meta.append(f"<span><b>Outlet</b> {escape(view.outlet)}</span>")
    if view.published:
        meta.append(
            f'<span><b>Date</b> <time datetime="{escape(view.published)}">'
            f"{escape(human_date(view.published))}</time></span>"
        )
    if view.url and view.url.lower().startswith(("http://", "https://")):
        meta.append(
            f'<span><b>URL</b> <a href="{escape(view.url)}" target=_blank '
            f'rel="noopener noreferrer">{escape(view.url)}</a></span>'
        )
    speaker = view.speaker or "the outlet's own voice"
    cue = f" (<bdi>{escape(view.cue)}</bdi>)" if view.cue else ""
    quote = " · direct quotation" if view.quote else ""
    done = progress["done"] + progress["skipped"]
    err = f"<p class=error role=alert>{escape(error)}</p>" if error else ""
    base = f"/p/{escape(project)}/task/{view.task_id}"
    header = (
        f"<span class=progress>{escape(project)} · {done} / {progress['total']} done</span>"
        + _logout(csrf)
    )
    body = f"""
<div class=cols>
<section class=left>
<h2 dir=auto>{escape(view.title or "")}</h2>
<p class=meta>{" · ".join(meta)}</p>
<p class=who><mark class=speaker>Speaker</mark> <bdi>{escape(speaker)}</bdi>{cue}{quote}
 · <mark class=content>reported content</mark></p>
<div class=context dir=auto id=context>{_context_html(view)}</div>
<p class=keys><kbd>W</kbd> whole document · <kbd>Enter</kbd> submit · <kbd>S</kbd> skip ·
<kbd>Tab</kbd> next number field</p>
</section>
<section class=right>{err}
<form method=post action="{base}" id=label-form>
<input type=hidden name=csrf value="{escape(csrf)}">
<input type=hidden name=shown value="{shown_at:.3f}">
{"".join(blocks)}
<p class=missing id=missing role=alert></p>
<button type=submit>Submit <kbd>Enter</kbd></button>
</form>
<form method=post action="{base}/skip" id=skip-form hidden>
<input type=hidden name=csrf value="{escape(csrf)}">
<input type=hidden name=shown value="{shown_at:.3f}">
<label>Why skip? <input type=text name=reason id=skip-reason maxlength=500
 placeholder="not a claim / text broken / need more context"></label>
<button type=submit>Skip <kbd>Enter</kbd></button> <kbd>Esc</kbd> cancels
</form>
</section>
</div>
<dialog id=doc data-src="{base}/document"></dialog>
<script type=application/json id=desk-fields>{_json_for_html(fields_meta)}</script>
"""
    return _layout(f"{project}: task {view.task_id}", body, header)


def _json_for_html(data: Any) -> str:
    """JSON safe inside a <script> element (no `</`, `<!--`, or line separators)."""
    text = json.dumps(data, ensure_ascii=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def static_file(name: str) -> tuple[bytes, str] | None:
    kinds = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
    p = STATIC / name
    if p.parent != STATIC or p.suffix not in kinds or not p.is_file():
        return None
    return p.read_bytes(), kinds[p.suffix]
