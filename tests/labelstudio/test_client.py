"""annotator.labelstudio.client against a real Label Studio (and a real socket for the failure paths)."""

from __future__ import annotations

import http.server
import threading
import uuid
from collections.abc import Iterator

import pytest
from labelstudio_fixtures import free_port

from annotator.errors import AnnotatorError, BackendError, BackendUnavailable
from annotator.labelstudio import client as backend_mod
from annotator.labelstudio.client import Backend
from annotator.labelstudio.types import ANNOTATION_FIELDS

FAKE_PAT = "0123456789abcdef0123456789abcdef01234567"


def _tasks(n: int, prefix: str = "c") -> list[dict]:
    return [
        {
            "data": {
                "claim_id": f"{prefix}{i}",
                "text": f"claim {i}",
                "context_html": "",
                "document_html": "",
                "meta_html": "",
            },
            "meta": {"n": i},
        }
        for i in range(n)
    ]


# --- failures without a server ------------------------------------------------------------


def test_connect_without_any_server_says_what_to_do(monkeypatch):
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    with pytest.raises(AnnotatorError, match="run `annotator server start`"):
        Backend.connect()


def test_env_url_takes_precedence(monkeypatch):
    port = free_port()
    monkeypatch.setenv("LABEL_STUDIO_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", FAKE_PAT)
    b = Backend.connect()
    assert b.url == f"http://127.0.0.1:{port}"
    assert FAKE_PAT not in repr(b) and FAKE_PAT not in str(vars(b))


def test_closed_port_is_one_line_unavailable():
    url = f"http://127.0.0.1:{free_port()}"
    b = Backend(url, FAKE_PAT)
    b.backoff = 0.01
    with pytest.raises(BackendUnavailable) as exc:
        b.task_refs(1)
    assert str(exc.value) == (
        f"Label Studio at {url} is not reachable (connection refused); "
        "start it with `annotator server start`"
    )
    assert FAKE_PAT not in repr(b)


class _Always503(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:  # noqa: N802
        type(self).hits += 1
        self.send_response(503)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"detail": "overloaded"}')

    do_POST = do_GET  # noqa: N815

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def failing_server() -> Iterator[str]:
    _Always503.hits = 0
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Always503)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.hardening
def test_5xx_is_retried_with_backoff_then_unavailable(failing_server):
    b = Backend(failing_server, FAKE_PAT)
    b.backoff = 0.01
    with pytest.raises(BackendUnavailable, match=r"not reachable \(HTTP 503\)"):
        b.version()
    assert _Always503.hits == Backend.retries


# --- against the real server --------------------------------------------------------------


@pytest.mark.labelstudio
def test_bad_token_says_how_to_get_one(label_studio):
    b = Backend(label_studio.url, FAKE_PAT)
    with pytest.raises(BackendError) as exc:
        b.whoami()
    msg = str(exc.value)
    assert "HTTP 401" in msg and "Personal Access Token" in msg and "annotator server start" in msg
    assert FAKE_PAT not in msg and "\n" not in msg


@pytest.mark.labelstudio
def test_version_users_whoami(ls_backend, label_studio):
    assert ls_backend.version().startswith("1.23")
    me = ls_backend.whoami()
    assert me["email"] == label_studio.admin_email
    assert ls_backend.users()[me["id"]] == label_studio.admin_email


@pytest.mark.labelstudio
def test_ensure_project_is_idempotent(ls_backend):
    from annotator.labelstudio.labelconfig import guidelines_html, label_config
    from annotator.schema import load_schema

    schema = load_schema()
    xml, guide = label_config(schema), guidelines_html(schema)
    pid = ls_backend.ensure_project("idempotent-project", xml, guide, overlap=2)
    assert ls_backend.ensure_project("idempotent-project", xml, guide, overlap=2) == pid
    assert ls_backend.ensure_project("other title", xml, guide, overlap=3, project_id=pid) == pid
    project = ls_backend._get("read", f"/api/projects/{pid}")
    assert project["maximum_annotations"] == 3
    assert project["overlap_cohort_percentage"] == 100
    assert project["title"] == "other title"
    assert project["expert_instruction"] == guide
    # a project id Label Studio no longer has (deleted there): created again under its title
    title = f"gone-{uuid.uuid4().hex[:8]}"
    again = ls_backend.ensure_project(title, xml, guide, overlap=1, project_id=10**8)
    assert again != 10**8 and ls_backend._project(again)["title"] == title


@pytest.mark.labelstudio
def test_import_returns_ids_in_input_order(ls_backend, ls_project, monkeypatch):
    monkeypatch.setattr(backend_mod, "IMPORT_MAX_TASKS", 7)  # 3 calls
    ids = ls_backend.import_tasks(ls_project, _tasks(20))
    assert len(ids) == len(set(ids)) == 20
    refs = {r.id: r.claim_id for r in ls_backend.task_refs(ls_project)}
    assert [refs[i] for i in ids] == [f"c{i}" for i in range(20)]
    assert [r.id for r in ls_backend.task_refs(ls_project, min_id=ids[10])] == ids[10:]


@pytest.mark.labelstudio
def test_import_chunks_by_bytes(monkeypatch):
    monkeypatch.setattr(backend_mod, "IMPORT_MAX_BYTES", 1000)
    tasks = [{"data": {"text": "x" * 300}} for _ in range(10)]
    chunks = list(backend_mod._chunks(tasks))
    assert sum(len(c) for c in chunks) == 10 and all(len(c) <= 3 for c in chunks)


@pytest.mark.labelstudio
def test_update_task_and_4xx_message(ls_backend, ls_project):
    [tid] = ls_backend.import_tasks(ls_project, _tasks(1))
    ls_backend.update_task(
        tid,
        {"claim_id": "c0", "text": "edited", "context_html": "", "meta_html": ""},
        meta={"v": 2},
    )
    [task] = [t for t in ls_backend.changed_tasks(ls_project, None) if t["id"] == tid]
    assert task["data"]["text"] == "edited" and task["meta"] == {"v": 2}
    with pytest.raises(BackendError) as exc:
        ls_backend.update_task(10**8, {"text": "x"})
    assert "HTTP 404" in str(exc.value) and "\n" not in str(exc.value)


@pytest.mark.labelstudio
def test_changed_tasks_is_incremental(ls_backend, ls_project, make_annotators):
    from annotator.schema import load_schema

    ids = ls_backend.import_tasks(ls_project, _tasks(5))
    first = list(ls_backend.changed_tasks(ls_project, None))
    assert sorted(t["id"] for t in first) == ids
    stamps = [t["updated_at"] for t in first]
    assert stamps == sorted(stamps) and all(s.endswith("Z") for s in stamps)
    cursor = max(stamps)
    assert list(ls_backend.changed_tasks(ls_project, cursor)) == []

    [email] = make_annotators(1)
    me = Backend.connect(as_user=email)
    uid = me.whoami()["id"]
    schema = load_schema()
    result = schema.result_for(
        {
            "stance_us_taliban": "support",
            "source_reliability": "B",
            "credibility": "2",
            "checkworthy": "yes",
        }
    )
    task = me.next_task(ls_project)
    aid = me.create_annotation(task["id"], result, lead_time=4.5)
    [changed] = list(ls_backend.changed_tasks(ls_project, cursor))
    assert changed["id"] == task["id"]
    [ann] = changed["annotations"]
    assert ann["id"] == aid and ann["completed_by"] == uid and ann["lead_time"] == 4.5
    assert ann["result"] == result and ann["was_cancelled"] is False
    assert set(type(ann).model_fields) == set(ANNOTATION_FIELDS)  # the one pulled shape

    cursor = changed["updated_at"].replace("Z", "+00:00")  # either spelling works
    me.update_annotation(aid, result[:1])
    [changed] = list(ls_backend.changed_tasks(ls_project, cursor))
    assert changed["annotations"][0]["result"] == result[:1]

    me.delete_annotation(aid)
    [changed] = list(ls_backend.changed_tasks(ls_project, changed["updated_at"]))
    assert changed["id"] == task["id"] and changed["annotations"] == []


@pytest.mark.labelstudio
def test_changed_tasks_pages_without_loss(ls_backend, ls_project, monkeypatch):
    monkeypatch.setattr(backend_mod, "PAGE_SIZE", 3)
    ids = ls_backend.import_tasks(ls_project, _tasks(11))
    got = [t["id"] for t in ls_backend.changed_tasks(ls_project, None)]
    assert sorted(got) == ids and len(got) == len(set(got))
    assert [r.id for r in ls_backend.task_refs(ls_project)] == ids


@pytest.mark.labelstudio
def test_next_task_is_none_when_done(ls_backend, ls_project, make_annotators):
    ls_backend.import_tasks(ls_project, _tasks(1))
    [email] = make_annotators(1)
    me = Backend.connect(as_user=email)
    task = me.next_task(ls_project)
    me.create_annotation(task["id"], [])
    assert me.next_task(ls_project) is None


@pytest.mark.labelstudio
@pytest.mark.hardening
def test_tokens_never_in_errors_or_repr(ls_backend, ls_home, make_annotators):
    from annotator.labelstudio import credentials

    make_annotators(1)
    tokens = [s for s in credentials.secrets() if s.count(".") == 2]
    assert tokens
    texts = [repr(ls_backend), str(vars(ls_backend))]
    for call in (
        lambda: ls_backend.update_task(10**8, {}),
        lambda: ls_backend.validate_config("<View"),
    ):
        with pytest.raises(BackendError) as exc:
            call()
        texts.append(str(exc.value))
    for text in texts:
        for token in tokens:
            assert token not in text
    assert credentials.redact(f"key={tokens[0]}") == "key=***"
