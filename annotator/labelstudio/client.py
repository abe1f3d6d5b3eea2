"""The one HTTP client of Label Studio's API. Everything else speaks the project's own models.

Single requests only: the policy over them (keyset paging, adoption and duplicates after an
interrupted push) is `annotator.labelstudio.sync`; what they return is typed in `.types`; the
request path under them (authentication, error mapping, bounded retries) is `.transport`.

`Backend.connect()` reaches a team's server through `LABEL_STUDIO_URL` + `LABEL_STUDIO_API_KEY`
(the SDK's names), else the local server of `annotator server start` with the admin's personal
access token; `connect(as_user=email)` acts as one annotator (their own token). We call the REST
paths directly so that every listing passes `include=` and returns plain JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from annotator.errors import BackendError
from annotator.labelstudio import credentials
from annotator.labelstudio.transport import HTTPStatus, Transport
from annotator.labelstudio.types import PulledTask, TaskRef

PAGE_SIZE = 1000  # tasks per listing request (the sync module pages with it)
IMPORT_MAX_BYTES = 50 * 1024 * 1024  # Label Studio refuses > 250 MB with an HTTP 500
IMPORT_MAX_TASKS = 10_000


class Backend(Transport):
    """A connection to one Label Studio as one user."""

    # --- connecting ---------------------------------------------------------------------

    @classmethod
    def connect(cls, as_user: str | None = None) -> Backend:
        """`LABEL_STUDIO_URL`/`LABEL_STUDIO_API_KEY`, else the local server's credentials;
        `as_user` (an annotator's email) connects with that annotator's own token."""
        url, token, user = credentials.resolve(as_user)
        return cls(url, token, user=user)

    # --- server and users -----------------------------------------------------------------

    def version(self) -> str:
        data = self._get("reading the version", "/api/version")
        return str(data.get("release") or data.get("label-studio-os-package", {}).get("version"))

    def whoami(self) -> dict[str, Any]:
        data = self._get("reading the current user", "/api/current-user/whoami")
        return {"id": data.get("id"), "email": data.get("email"), "username": data.get("username")}

    def invite_token(self) -> str:
        """The organization's signup invite token (the admin's)."""
        return str(self._get("reading the invite link", "/api/invite")["token"])

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

    def _gone_ok(self, what: str, method: str, path: str) -> Any:
        """One request; None when Label Studio answers 404 (already gone, nothing left)."""

        def run() -> Any:
            try:
                return self._raw(method, path)
            except HTTPStatus as exc:
                if exc.status == 404:
                    return None
                raise

        return self._call(what, run)

    def _project(self, project_id: int) -> dict[str, Any] | None:
        """The project's settings, or None when Label Studio no longer has it."""
        path = f"/api/projects/{project_id}/"
        return self._gone_ok(f"reading project {project_id}", "GET", path)  # type: ignore[no-any-return]

    def delete_project(self, project_id: int) -> None:
        """Delete the project and its tasks in Label Studio (already gone: fine)."""
        self._gone_ok(f"deleting project {project_id}", "DELETE", f"/api/projects/{project_id}/")

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
    ) -> str | None:
        """Replace the task's data (and meta); returns its new `updated_at`."""
        body: dict[str, Any] = {"data": data}
        if meta is not None:
            body["meta"] = meta
        got = self._call(
            f"updating task {task_id}",
            lambda: self._raw("PATCH", f"/api/tasks/{task_id}/", body=body),
        )
        return str(got.get("updated_at")) if isinstance(got, dict) else None

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
        except HTTPStatus as exc:
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

    def get_task(self, task_id: int) -> dict[str, Any] | None:
        """The task as Label Studio returns it, or None when it is gone."""
        return self._gone_ok(f"reading task {task_id}", "GET", f"/api/tasks/{task_id}/")  # type: ignore[no-any-return]

    def delete_task(self, task_id: int) -> None:
        """Delete one task (already gone, e.g. a retried delete: fine)."""
        self._gone_ok(f"deleting task {task_id}", "DELETE", f"/api/tasks/{task_id}/")

    def task_refs(self, project_id: int, min_id: int | None = None) -> list[TaskRef]:
        """Every task of the project (from `min_id`), ordered by id: `sync.task_refs`."""
        from annotator.labelstudio import sync

        return sync.task_refs(self, project_id, min_id)

    def changed_tasks(self, project_id: int, updated_after: str | None) -> Iterator[PulledTask]:
        """Tasks changed after `updated_after`, oldest first: `sync.changed_tasks`."""
        from annotator.labelstudio import sync

        return sync.changed_tasks(self, project_id, updated_after)

    def delete_unannotated_tasks(self, task_ids: list[int]) -> tuple[list[int], list[int]]:
        """Delete those of `task_ids` nobody annotated: `sync.delete_unannotated_tasks`."""
        from annotator.labelstudio import sync

        return sync.delete_unannotated_tasks(self, task_ids)

    def next_task(self, project_id: int) -> PulledTask | None:
        """The next task Label Studio would show the connected user (respects overlap)."""
        what = f"asking project {project_id} for the next task"
        data = self._gone_ok(what, "GET", f"/api/projects/{project_id}/next/")  # 404: none left
        return PulledTask.model_validate(data) if data else None

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
