"""The desk's routes (FastAPI). Every page is about the logged-in annotator only.

Routes: `/login`, `/logout`, `/invite/{token}`, `/` (your projects), `/p/{project}` (your next
task), `/p/{project}/task/{id}` (GET the page, POST a submission), `.../skip`, `.../document`,
`/static/{name}`, `/health`. A task page answers 404 unless the task is in your own queue; no
route reads Label Studio's task payload (which carries everyone's annotations), so no page can
show another annotator's labels, lead time or identity. Every POST checks a CSRF token: the
session's, or before login a double-submit cookie.
"""

from __future__ import annotations

import secrets
import threading
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from annotator.desk import auth, page, queue, state, submit
from annotator.desk.tasks import load_task, suggestions
from annotator.errors import AnnotatorError
from annotator.labelstudio.pull import project_schema
from annotator.schema import LabelSchema
from annotator.store.models import Project

PRE_COOKIE = "desk_pre"
SYNC_EVERY = 60.0  # seconds between checks for newly pushed tasks
RECOVER_EVERY = 15.0  # seconds between background deliveries of an annotator's pending items
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; form-action 'self'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class _Projects:
    """Store rows and schemas of projects, re-read at most every SYNC_EVERY seconds."""

    def __init__(self) -> None:
        self._rows: dict[str, tuple[float, Project, LabelSchema]] = {}
        self._lock = threading.Lock()

    def get(self, name: str) -> tuple[Project, LabelSchema]:
        with self._lock:
            hit = self._rows.get(name)
        if hit and time.monotonic() - hit[0] < SYNC_EVERY:
            return hit[1], hit[2]
        row = queue.store_project(name)
        schema = project_schema(row)
        if hit is not None:  # a re-check: pick up tasks pushed since
            queue.sync(name, overlap=row.overlap, task_ids=queue.pushed_task_ids(row))
        with self._lock:
            self._rows[name] = (time.monotonic(), row, schema)
        return row, schema


def _html(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers=HEADERS)


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303, headers=HEADERS)


def _session(request: Request) -> dict[str, Any] | None:
    return auth.read_session(request.cookies.get(auth.COOKIE))


def _secure(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https"


class _Recovery:
    """Runs `submit.recover` in the background: for everyone when the desk starts, and for an
    annotator when they ask for their next task (at most every RECOVER_EVERY seconds)."""

    def __init__(self) -> None:
        self._last: dict[tuple[str | None, str | None], float] = {}
        self._lock = threading.Lock()

    def kick(self, project: str | None = None, email: str | None = None) -> None:
        now = time.monotonic()
        with self._lock:
            if now - self._last.get((project, email), -RECOVER_EVERY) < RECOVER_EVERY:
                return
            self._last[(project, email)] = now
        threading.Thread(target=self._run, args=(project, email), daemon=True).start()

    @staticmethod
    def _run(project: str | None, email: str | None) -> None:
        try:
            submit.recover(project, email)
        except Exception:  # noqa: BLE001 - a background retry; the next kick tries again
            pass


def create_app() -> FastAPI:
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    projects = _Projects()
    recovery = _Recovery()
    recovery.kick()  # submissions a crashed or stopped desk left `pending`

    def not_found(sess: dict[str, Any] | None = None) -> HTMLResponse:
        csrf = sess["c"] if sess else None
        return _html(page.message_page("Not found", "No such page in your queue.", csrf, "/"), 404)

    def member(sess: dict[str, Any], project: str) -> bool:
        return project in queue.projects_of(sess["e"])

    def login_form(error: str = "", status: int = 200) -> HTMLResponse:
        token = secrets.token_urlsafe(18)
        resp = _html(
            page.login_page(error).replace("</form>", _pre_input(token) + "</form>", 1), status
        )
        resp.set_cookie(PRE_COOKIE, token, httponly=True, samesite="strict", max_age=3600)
        return resp

    def pre_ok(request: Request, form: Any) -> bool:
        cookie = request.cookies.get(PRE_COOKIE) or ""
        return bool(cookie) and secrets.compare_digest(cookie, str(form.get("csrf") or ""))

    def start_session(request: Request, email: str, to: str) -> RedirectResponse:
        resp = _redirect(to)
        resp.set_cookie(
            auth.COOKIE, auth.make_session(email), httponly=True, samesite="strict",
            secure=_secure(request), max_age=auth.SESSION_DAYS * 86400,
        )  # fmt: skip
        resp.delete_cookie(PRE_COOKIE)
        return resp

    @app.get("/health")
    def health() -> Response:
        return Response("ok", media_type="text/plain", headers=HEADERS)

    @app.get("/static/{name}")
    def static(name: str) -> Response:
        found = page.static_file(name)
        if found is None:
            return Response("not found", status_code=404, media_type="text/plain")
        return Response(found[0], media_type=found[1], headers={"Cache-Control": "max-age=3600"})

    @app.get("/login")
    def login_get(request: Request) -> Response:
        if _session(request):
            return _redirect("/")
        return login_form()

    @app.post("/login")
    async def login_post(request: Request) -> Response:
        form = await request.form()
        if not pre_ok(request, form):
            return login_form("The form expired; try again.", 403)
        email = str(form.get("email") or "").strip().lower()
        if not auth.check_password(email, str(form.get("password") or "")):
            return login_form("Wrong email or password.", 401)
        return start_session(request, email, "/")

    @app.post("/logout")
    async def logout(request: Request) -> Response:
        sess = _session(request)
        form = await request.form()
        if sess and not auth.csrf_ok(sess, str(form.get("csrf") or "")):
            return _html(page.message_page("Forbidden", "Missing or wrong form token."), 403)
        resp = _redirect("/login")
        resp.delete_cookie(auth.COOKIE)
        return resp

    @app.get("/invite/{token}")
    def invite_get(token: str) -> Response:
        email = auth.invite_email(token)
        if email is None:
            msg = "This invitation link is used up or expired; ask your lead for a new one."
            return _html(page.message_page("Invitation", msg), 404)
        pre = secrets.token_urlsafe(18)
        body = page.invite_page(token, email).replace("</form>", _pre_input(pre) + "</form>", 1)
        resp = _html(body)
        resp.set_cookie(PRE_COOKIE, pre, httponly=True, samesite="strict", max_age=3600)
        return resp

    @app.post("/invite/{token}")
    async def invite_post(request: Request, token: str) -> Response:
        form = await request.form()
        if not pre_ok(request, form):
            return _html(
                page.message_page("Forbidden", "The form expired; open the link again."), 403
            )
        try:
            email = auth.accept_invite(token, str(form.get("password") or ""))
        except AnnotatorError as exc:
            who = auth.invite_email(token)
            if who is None:
                return _html(page.message_page("Invitation", str(exc)), 404)
            return _html(page.invite_page(token, who, str(exc)), 400)
        return start_session(request, email, "/")

    @app.get("/")
    def home(request: Request) -> Response:
        sess = _session(request)
        if not sess:
            return _redirect("/login")
        names = queue.projects_of(sess["e"])
        if len(names) == 1:
            return _redirect(f"/p/{names[0]}")
        rows = [(n, queue.progress(n, sess["e"])) for n in names]
        return _html(page.projects_page(rows, sess["c"]))

    @app.get("/p/{project}")
    def next_task(request: Request, project: str) -> Response:
        sess = _session(request)
        if not sess:
            return _redirect("/login")
        if not member(sess, project):
            return not_found(sess)
        projects.get(project)
        recovery.kick(project, sess["e"])
        tid = queue.next_task(project, sess["e"])
        if tid is None:
            p = queue.progress(project, sess["e"])
            text = f"Your queue is empty: {p['done']} labelled, {p['skipped']} skipped. Thank you."
            return _html(page.message_page("All done", text, sess["c"]))
        return _redirect(f"/p/{project}/task/{tid}")

    def render(
        sess: dict[str, Any], project: str, tid: int, error: str = "", status: int = 200
    ) -> Response:
        row, schema = projects.get(project)
        view = load_task(row, tid)
        if view is None:
            return not_found(sess)
        sugg = suggestions(schema, view, state.suggested_fields(project))
        prog = queue.progress(project, sess["e"])
        body = page.task_page(project, schema, view, prog, sess["c"], time.time(), sugg, error)
        return _html(body, status)

    @app.get("/p/{project}/task/{tid}")
    def task_get(request: Request, project: str, tid: int) -> Response:
        sess = _session(request)
        if not sess:
            return _redirect("/login")
        st = queue.holds(project, sess["e"], tid) if member(sess, project) else None
        if st is None:
            return not_found(sess)
        if st != "open":
            text = (
                "You have already submitted this item."
                if st != "pending"
                else "Saved; the desk is sending it to Label Studio."
            )
            return _html(page.message_page("Submitted", text, sess["c"], f"/p/{project}"))
        return render(sess, project, tid)

    @app.get("/p/{project}/task/{tid}/document")
    def document(request: Request, project: str, tid: int) -> Response:
        sess = _session(request)
        if not sess or not member(sess, project) or queue.holds(project, sess["e"], tid) is None:
            return not_found(sess)
        row, _ = projects.get(project)
        view = load_task(row, tid)
        if view is None:
            return not_found(sess)
        return _html(page.document_html(view))

    async def posted(
        request: Request, project: str, tid: int
    ) -> tuple[dict[str, Any], dict[str, str], float] | Response:
        sess = _session(request)
        if not sess:
            return _redirect("/login")
        form = {k: str(v) for k, v in (await request.form()).items()}
        if not auth.csrf_ok(sess, form.get("csrf") or request.headers.get("x-csrf-token")):
            return _html(
                page.message_page("Forbidden", "Missing or wrong form token.", sess["c"]), 403
            )
        if not member(sess, project) or queue.holds(project, sess["e"], tid) is None:
            return not_found(sess)
        try:
            lead = time.time() - float(form.get("shown") or time.time())
        except ValueError:
            lead = 0.0
        return sess, form, lead

    @app.post("/p/{project}/task/{tid}")
    async def task_post(request: Request, project: str, tid: int) -> Response:
        got = await posted(request, project, tid)
        if isinstance(got, Response):
            return got
        sess, form, lead = got
        _, schema = projects.get(project)
        values = submit.values_from_form(schema, form)
        shown = sorted(state.suggested_fields(project))
        try:
            await _in_thread(submit.submit, project, schema, sess["e"], tid, values, lead, shown)
        except AnnotatorError as exc:
            return render(sess, project, tid, str(exc), 400)
        return _redirect(f"/p/{project}")

    @app.post("/p/{project}/task/{tid}/skip")
    async def skip_post(request: Request, project: str, tid: int) -> Response:
        got = await posted(request, project, tid)
        if isinstance(got, Response):
            return got
        sess, form, lead = got
        try:
            await _in_thread(submit.skip, project, sess["e"], tid, form.get("reason") or "", lead)
        except AnnotatorError as exc:
            return render(sess, project, tid, str(exc), 400)
        return _redirect(f"/p/{project}")

    return app


def _pre_input(token: str) -> str:
    return f'<input type=hidden name=csrf value="{token}">'


async def _in_thread(fn: Any, *args: Any) -> Any:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, *args)
