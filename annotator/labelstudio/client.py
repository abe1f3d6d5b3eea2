"""The only module that talks to Label Studio. Everything else speaks the project's own models.

`Backend.connect()` reaches a team's server through `LABEL_STUDIO_URL` + `LABEL_STUDIO_API_KEY`
(the SDK's names), else the local server of `annotator server start` with the admin's personal
access token; `connect(as_user=email)` acts as one annotator (their own token).

Requests go through label-studio-sdk's authenticated HTTP client, which exchanges a personal
access token (a JWT refresh token) for short-lived access tokens by itself; we call the REST
paths directly so that every listing passes `include=` and returns plain JSON.

Failures become one-line errors: unreachable -> `BackendUnavailable`; 401/403 -> `BackendError`
saying how to get a token; other 4xx -> `BackendError` with the server's message; network
errors and 5xx are retried with exponential backoff (5 tries, under 10 s of waiting), then
`BackendUnavailable`. Requests that create something (POST) are retried only when they surely
did not reach Label Studio (connection refused, 502/503/504), so nothing is created twice.
Tokens never appear in a message, log or repr.
"""

from __future__ import annotations

import json
import os
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from annotator.errors import AnnotatorError, BackendError, BackendUnavailable
from annotator.labelstudio import credentials

T = TypeVar("T")

PAGE_SIZE = 1000
IMPORT_MAX_BYTES = 50 * 1024 * 1024  # Label Studio refuses > 250 MB with an HTTP 500
IMPORT_MAX_TASKS = 10_000
ANNOTATION_FIELDS = (
    "id",
    "completed_by",
    "result",
    "created_at",
    "updated_at",
    "lead_time",
    "was_cancelled",
)
# `include=` also filters the fields of nested annotations, so it names theirs too.
TASK_FIELDS = ",".join(["data", "meta", "annotations", *ANNOTATION_FIELDS])
_RETRY_STATUS = {500, 502, 503, 504}
_NOT_PROCESSED = {502, 503, 504}  # a proxy answered: the request never reached Label Studio


@dataclass
class TaskRef:
    id: int
    claim_id: str | None
    updated_at: str | None


class _Secret:
    """A token that shows as *** in any repr, vars() or traceback locals."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__


class _HTTPStatus(Exception):
    def __init__(self, status: int, body: Any):
        super().__init__(status)
        self.status = status
        self.body = body


def _z(ts: str) -> str:
    """Label Studio filters need `...Z`; `+00:00` gives an HTTP 500."""
    return ts[:-6] + "Z" if ts.endswith("+00:00") else ts


def _message(body: Any) -> str:
    """The server's error message on one line."""
    if isinstance(body, dict):
        errors = body.get("validation_errors")
        if not isinstance(errors, dict) and "detail" not in body:
            errors = body  # a serializer's {field: [messages]}
        if isinstance(errors, dict) and errors:
            parts = []
            for key, value in errors.items():
                text = "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)
                parts.append(
                    text if key in ("non_field_errors", "label_config") else f"{key}: {text}"
                )
            msg = "; ".join(parts)
        else:
            msg = str(body.get("detail") or body.get("error") or body)
    else:
        msg = str(body)
    msg = " ".join(msg.split())
    return msg[:300] + ("..." if len(msg) > 300 else "")


class Backend:
    """A connection to one Label Studio as one user."""

    retries = 5
    backoff = 0.5  # seconds before the 2nd try; doubles: 0.5+1+2+4 = 7.5 s at most
    timeout = 60.0

    def __init__(self, url: str, api_key: str, *, user: str | None = None):
        # The SDK's own HTTP layer and token handling (PAT refresh), built as `LabelStudio()`
        # builds it, without importing its ~40 generated sub-clients: 0.2 s instead of 1.5 s
        # at start-up, which is most of an incremental `annotator pull` with nothing new.
        with warnings.catch_warnings():  # google-api-core's Python-version notice
            warnings.simplefilter("ignore", FutureWarning)
            from label_studio_sdk.core.api_error import ApiError
            from label_studio_sdk.core.client_wrapper import SyncClientWrapper

        self.url = url.rstrip("/")
        self.user = user
        self._key = _Secret(api_key)
        try:
            wrapper = SyncClientWrapper(
                base_url=self.url,
                api_key=api_key,
                httpx_client=httpx.Client(timeout=self.timeout, follow_redirects=True),
                timeout=self.timeout,
                max_retries=0,
            )
        except ApiError as exc:  # an expired or malformed JWT
            raise self._auth_error(exc.status_code or 401) from None
        self._http = wrapper.httpx_client

    def __repr__(self) -> str:
        who = f" as {self.user}" if self.user else ""
        return f"<Backend {self.url}{who}>"

    # --- connecting ---------------------------------------------------------------------

    @classmethod
    def connect(cls, as_user: str | None = None) -> Backend:
        """`LABEL_STUDIO_URL`/`LABEL_STUDIO_API_KEY`, else the local server's credentials."""
        env_url = os.environ.get("LABEL_STUDIO_URL")
        env_key = os.environ.get("LABEL_STUDIO_API_KEY")
        creds = credentials.load()
        if as_user is not None:
            email = as_user.strip().lower()
            entry = (creds.get("annotators") or {}).get(email)
            if not entry or not entry.get("token"):
                raise AnnotatorError(
                    f"no token for annotator {email}; add the account with "
                    f"`annotator annotators add {email}`"
                )
            url = env_url or creds.get("url")
            if not url:
                raise AnnotatorError("no Label Studio URL; run `annotator server start`")
            return cls(url, entry["token"], user=email)
        if env_url and env_key:
            return cls(env_url, env_key)
        if env_url and not env_key:
            raise AnnotatorError(
                "LABEL_STUDIO_URL is set but LABEL_STUDIO_API_KEY is not; create a Personal "
                "Access Token under Account & Settings in Label Studio and set it"
            )
        admin = creds.get("admin") or {}
        if not creds.get("url") or not admin.get("token"):
            raise AnnotatorError(
                "no Label Studio configured: run `annotator server start`, or set "
                "LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY for a team server"
            )
        return cls(creds["url"], admin["token"], user=admin.get("email"))

    # --- the one request path -----------------------------------------------------------

    def _auth_error(self, status: int) -> BackendError:
        return BackendError(
            f"Label Studio at {self.url} refused the API token (HTTP {status}); for the local "
            "server run `annotator server start` to get one, for a remote server create a "
            "Personal Access Token under Account & Settings and set LABEL_STUDIO_API_KEY"
        )

    def _unavailable(self, why: str = "") -> BackendUnavailable:
        extra = f" ({why})" if why else ""
        return BackendUnavailable(
            f"Label Studio at {self.url} is not reachable{extra}; "
            "start it with `annotator server start`"
        )

    def _raw(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: Any = None,
        timeout: float | None = None,
    ) -> Any:
        opts: dict[str, Any] = {"max_retries": 0}
        if timeout:
            opts["timeout_in_seconds"] = timeout
        r = self._http.request(
            path.lstrip("/"),
            method=method,
            params=params,
            json=body,
            request_options=opts,  # type: ignore[arg-type]
        )
        if r.status_code >= 400:
            try:
                payload: Any = r.json()
            except ValueError:
                payload = r.text[:300] if r.text else f"HTTP {r.status_code}"
            raise _HTTPStatus(r.status_code, payload)
        if r.status_code == 204 or not r.content:
            return None
        try:
            return r.json()
        except ValueError:
            return r.text

    def _call(self, what: str, fn: Callable[[], T], *, creates: bool = False) -> T:
        """Run one request with the error mapping and the bounded retries described above."""
        from label_studio_sdk.core.api_error import ApiError

        delay = self.backoff
        why = ""
        for attempt in range(self.retries):
            if attempt:
                time.sleep(delay)
                delay *= 2
            try:
                return fn()
            except (_HTTPStatus, ApiError) as exc:
                status = exc.status if isinstance(exc, _HTTPStatus) else (exc.status_code or 500)
                body = exc.body
                if status in (401, 403):
                    raise self._auth_error(status) from None
                if status < 500:
                    msg = credentials.redact(_message(body), [self._key.reveal()])
                    raise BackendError(
                        f"{what}: Label Studio said (HTTP {status}): {msg}"
                    ) from None
                why = f"HTTP {status}"
                if creates and status not in _NOT_PROCESSED:
                    msg = credentials.redact(_message(body), [self._key.reveal()])
                    raise BackendError(
                        f"{what}: Label Studio failed (HTTP {status}): {msg}"
                    ) from None
            except httpx.ConnectError:
                why = "connection refused"
            except httpx.TimeoutException:
                why = "timed out"
                if creates:
                    raise BackendUnavailable(
                        f"{what}: Label Studio at {self.url} did not answer in time; "
                        "check the server and pull before retrying"
                    ) from None
            except httpx.TransportError as exc:
                why = type(exc).__name__
                if creates:
                    raise self._unavailable(why) from None
        raise self._unavailable(why)

    def _get(self, what: str, path: str, params: dict[str, Any] | None = None) -> Any:
        return self._call(what, lambda: self._raw("GET", path, params=params))

    # --- server and users -----------------------------------------------------------------

    def version(self) -> str:
        data = self._get("reading the version", "/api/version")
        return str(data.get("release") or data.get("label-studio-os-package", {}).get("version"))

    def whoami(self) -> dict[str, Any]:
        data = self._get("reading the current user", "/api/current-user/whoami")
        return {"id": data.get("id"), "email": data.get("email"), "username": data.get("username")}

    def users(self) -> dict[int, str]:
        """User id -> email, for everyone in the organization."""
        data = self._get("listing users", "/api/users/", {"page_size": 10_000})
        rows = data.get("results", []) if isinstance(data, dict) else data
        return {int(u["id"]): str(u.get("email") or "") for u in rows}

    # --- projects -------------------------------------------------------------------------

    def validate_config(self, xml: str) -> None:
        """Server-side check of a labelling config; BackendError with the server's message."""
        self._call(
            "validating the label config",
            lambda: self._raw("POST", "/api/projects/validate/", body={"label_config": xml}),
        )

    def ensure_project(
        self,
        title: str,
        label_config: str,
        instructions: str,
        overlap: int,
        project_id: int | None = None,
    ) -> int:
        """Create the project, or update config/instructions/overlap of the existing one."""
        wanted = {
            "title": title,
            "label_config": label_config,
            "expert_instruction": instructions,
            "show_instruction": True,
            "maximum_annotations": int(overlap),
            "overlap_cohort_percentage": 100,
        }
        project: dict[str, Any] | None = None
        if project_id is not None:
            project = self._project(project_id)  # None: deleted in Label Studio
        if project is None:
            page = self._get(
                "listing projects", "/api/projects/", {"page_size": 10_000, "title": title}
            )
            rows = page.get("results", []) if isinstance(page, dict) else page
            matches = sorted((p for p in rows if p.get("title") == title), key=lambda p: p["id"])
            project = matches[0] if matches else None
        if project is None:
            created = self._call(
                f"creating project {title!r}",
                lambda: self._raw("POST", "/api/projects/", body=wanted),
                creates=True,
            )
            return int(created["id"])
        pid = int(project["id"])
        changes = {k: v for k, v in wanted.items() if project.get(k) != v}
        if changes:
            self._call(
                f"updating project {pid}",
                lambda: self._raw("PATCH", f"/api/projects/{pid}/", body=changes),
            )
        return pid

    def _project(self, project_id: int) -> dict[str, Any] | None:
        """The project's settings, or None when Label Studio no longer has it (HTTP 404)."""

        def read() -> dict[str, Any] | None:
            try:
                return self._raw("GET", f"/api/projects/{project_id}/")  # type: ignore[no-any-return]
            except _HTTPStatus as exc:
                if exc.status == 404:
                    return None
                raise

        return self._call(f"reading project {project_id}", read)

    def delete_project(self, project_id: int) -> None:
        """Delete the project and its tasks in Label Studio (already gone: fine)."""

        def delete() -> None:
            try:
                self._raw("DELETE", f"/api/projects/{project_id}/")
            except _HTTPStatus as exc:
                if exc.status != 404:
                    raise

        self._call(f"deleting project {project_id}", delete)

    def project_titles(self) -> list[str]:
        """The titles of every project the connected user can see."""
        page = self._get("listing projects", "/api/projects/", {"page_size": 10_000})
        rows = page.get("results", []) if isinstance(page, dict) else page
        return [str(p.get("title") or "") for p in rows]

    def ensure_view(self, project_id: int, title: str, shown: list[str]) -> None:
        """A Data Manager tab `title` showing only the `shown` columns (created once)."""
        views = self._get("listing Data Manager views", "/api/dm/views/", {"project": project_id})
        if any((v.get("data") or {}).get("title") == title for v in views or []):
            return
        cols = self._get(
            "listing Data Manager columns", "/api/dm/columns/", {"project": project_id}
        )
        ids = [
            (f"tasks:data.{c['id']}" if c.get("parent") == "data" else f"tasks:{c['id']}")
            for c in (cols or {}).get("columns", [])
            if not c.get("children")
        ]
        hidden = [i for i in ids if i not in shown]
        data = {
            "title": title,
            "type": "list",
            "target": "tasks",
            "filters": {"conjunction": "and", "items": []},
            "ordering": [],
            "hiddenColumns": {"explore": hidden, "labeling": hidden},
        }
        self._call(
            f"creating the Data Manager view of project {project_id}",
            lambda: self._raw("POST", "/api/dm/views/", body={"project": project_id, "data": data}),
            creates=True,
        )

    # --- tasks ----------------------------------------------------------------------------

    def import_tasks(self, project_id: int, tasks: list[dict[str, Any]]) -> list[int]:
        """Bulk-import tasks (`{"data", "meta", "predictions"}`); new ids in input order."""
        ids: list[int] = []
        for chunk in _chunks(tasks):
            what = f"importing {len(chunk)} tasks into project {project_id}"
            result = self._call(
                what,
                lambda c=chunk: self._raw(  # type: ignore[misc]
                    "POST",
                    f"/api/projects/{project_id}/import",
                    params={"return_task_ids": "true", "commit_to_project": "true"},
                    body=c,
                    timeout=600.0,
                ),
                creates=True,
            )
            got = [int(i) for i in (result or {}).get("task_ids") or []]
            if len(got) != len(chunk):
                raise BackendError(f"{what}: Label Studio returned {len(got)} task ids")
            ids.extend(got)
        return ids

    def update_task(
        self, task_id: int, data: dict[str, Any], meta: dict[str, Any] | None = None
    ) -> None:
        body: dict[str, Any] = {"data": data}
        if meta is not None:
            body["meta"] = meta
        self._call(
            f"updating task {task_id}",
            lambda: self._raw("PATCH", f"/api/tasks/{task_id}/", body=body),
        )

    def _task_page(
        self, project_id: int, include: str, filters: list[dict[str, Any]], ordering: str, page: int
    ) -> list[dict[str, Any]]:
        query = {
            "filters": {"conjunction": "and", "items": filters},
            "ordering": [ordering],
        }
        params: dict[str, Any] = {
            "project": project_id,
            "page": page,
            "page_size": PAGE_SIZE,
            "include": include,
            "query": json.dumps(query),
        }
        if "annotations" in include.split(","):
            params["fields"] = "all"
        try:
            data = self._raw("GET", "/api/tasks/", params=params, timeout=300.0)
        except _HTTPStatus as exc:
            if exc.status == 404:  # past the last page
                return []
            raise
        rows = data.get("tasks", []) if isinstance(data, dict) else data
        return list(rows)

    def task_count(self, project_id: int) -> int:
        """How many tasks the project holds (Label Studio's own count: one request)."""
        data = self._project(project_id)
        if data is None:
            raise BackendError(
                f"project {project_id} is gone from Label Studio at {self.url}; "
                "`annotator push --project NAME` creates it again and sends its claims"
            )
        return int(data.get("task_number") or 0)

    def task_refs(self, project_id: int, min_id: int | None = None) -> list[TaskRef]:
        """Every task of the project as (id, data.claim_id, updated_at), ordered by id."""
        out: list[TaskRef] = []
        last = (min_id - 1) if min_id is not None else 0
        while True:  # keyset paging on id: stable while tasks are added
            flt = [
                {
                    "filter": "filter:tasks:id",
                    "operator": "greater",
                    "type": "Number",
                    "value": last,
                }
            ]
            rows = self._call(
                f"listing tasks of project {project_id}",
                lambda f=flt: self._task_page(project_id, "id,data,updated_at", f, "tasks:id", 1),  # type: ignore[misc]
            )
            for row in rows:
                data = row.get("data") or {}
                out.append(TaskRef(int(row["id"]), data.get("claim_id"), row.get("updated_at")))
            if len(rows) < PAGE_SIZE:
                return out
            last = int(rows[-1]["id"])

    def changed_tasks(self, project_id: int, updated_after: str | None) -> Iterator[dict[str, Any]]:
        """Tasks with `updated_at` > the cursor, oldest change first, with their annotations.

        Each task: id, data, meta, updated_at, annotations [{id, completed_by (user id),
        result, created_at, updated_at, lead_time, was_cancelled}]. A task changed while we
        read may come twice (its newer state last). The next cursor is the largest
        `updated_at` seen.
        """
        since = _z(updated_after) if updated_after else None
        operator = "greater"
        page = 1
        seen: set[tuple[int, str]] = set()
        while True:
            flt = []
            if since:
                flt = [
                    {
                        "filter": "filter:tasks:updated_at",
                        "operator": operator,
                        "type": "Datetime",
                        "value": since,
                    }
                ]
            rows = self._call(
                f"reading changed tasks of project {project_id}",
                lambda f=flt, p=page: self._task_page(
                    project_id, TASK_FIELDS, f, "tasks:updated_at", p
                ),  # type: ignore[misc]
            )
            for row in rows:
                key = (int(row["id"]), str(row.get("updated_at")))
                if key in seen:
                    continue
                seen.add(key)
                yield _task(row)
            if len(rows) < PAGE_SIZE:
                return
            newest = str(rows[-1].get("updated_at"))
            if newest != since:  # keyset: restart from the newest change seen
                since, operator, page = newest, "greater_or_equal", 1
            else:  # a whole page with one timestamp: page through it
                page += 1

    def next_task(self, project_id: int) -> dict[str, Any] | None:
        """The next task Label Studio would show the connected user (respects overlap)."""

        def ask() -> dict[str, Any] | None:
            try:
                data = self._raw("GET", f"/api/projects/{project_id}/next/")
            except _HTTPStatus as exc:
                if exc.status == 404:  # nothing left for this user
                    return None
                raise
            return _task(data) if data else None

        return self._call(f"asking project {project_id} for the next task", ask)

    # --- annotations ----------------------------------------------------------------------

    def create_annotation(
        self,
        task_id: int,
        result: list[Any],
        lead_time: float | None = None,
        cancelled: bool = False,
    ) -> int:
        """A new annotation by the connected user; `cancelled` is Label Studio's skip."""
        body: dict[str, Any] = {"result": result, "was_cancelled": cancelled}
        if lead_time is not None:
            body["lead_time"] = lead_time
        created = self._call(
            f"annotating task {task_id}",
            lambda: self._raw("POST", f"/api/tasks/{task_id}/annotations/", body=body),
            creates=True,
        )
        return int(created["id"])

    def task_annotations(self, task_id: int) -> list[dict[str, Any]]:
        """The annotations of one task: id, completed_by (user id), was_cancelled."""
        rows = self._get(
            f"reading annotations of task {task_id}", f"/api/tasks/{task_id}/annotations/"
        )
        out = []
        for a in rows or []:
            who = a.get("completed_by")
            who = who.get("id") if isinstance(who, dict) else who
            out.append(
                {"id": a.get("id"), "completed_by": who, "was_cancelled": a.get("was_cancelled")}
            )
        return out

    def update_annotation(self, annotation_id: int, result: list[Any]) -> None:
        self._call(
            f"updating annotation {annotation_id}",
            lambda: self._raw(
                "PATCH", f"/api/annotations/{annotation_id}/", body={"result": result}
            ),
        )

    def delete_annotation(self, annotation_id: int) -> None:
        self._call(
            f"deleting annotation {annotation_id}",
            lambda: self._raw("DELETE", f"/api/annotations/{annotation_id}/"),
        )

    # --- cleaning up after an interrupted push: tasks imported twice -------------------------

    def delete_unannotated_tasks(self, task_ids: list[int]) -> tuple[list[int], list[int]]:
        """Delete those of `task_ids` that nobody has annotated; returns (deleted, kept)."""
        deleted: list[int] = []
        kept: list[int] = []
        for tid in task_ids:

            def read(t: int = tid) -> dict[str, Any] | None:
                try:
                    return self._raw("GET", f"/api/tasks/{t}/")  # type: ignore[no-any-return]
                except _HTTPStatus as exc:
                    if exc.status == 404:
                        return None
                    raise

            def delete(t: int = tid) -> None:
                try:
                    self._raw("DELETE", f"/api/tasks/{t}/")
                except _HTTPStatus as exc:
                    if exc.status != 404:  # already gone (a retried delete): fine
                        raise

            task = self._call(f"reading task {tid}", read)
            if task is None:
                continue
            if task.get("annotations") or task.get("total_annotations"):
                kept.append(tid)
                continue
            self._call(f"deleting task {tid}", delete)
            deleted.append(tid)
        return deleted, kept


def _task(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row.get(k) for k in ("id", "data", "meta", "updated_at")}
    anns = []
    for a in row.get("annotations") or []:
        ann = {k: a.get(k) for k in ANNOTATION_FIELDS}
        who = ann["completed_by"]
        if isinstance(who, dict):
            ann["completed_by"] = who.get("id")
        anns.append(ann)
    out["annotations"] = anns
    return out


def _chunks(tasks: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Split an import by byte size (<= 50 MB) and count (<= 10k tasks)."""
    chunk: list[dict[str, Any]] = []
    size = 2
    for task in tasks:
        n = len(json.dumps(task, ensure_ascii=False).encode()) + 1
        if chunk and (size + n > IMPORT_MAX_BYTES or len(chunk) >= IMPORT_MAX_TASKS):
            yield chunk
            chunk, size = [], 2
        chunk.append(task)
        size += n
    if chunk:
        yield chunk
