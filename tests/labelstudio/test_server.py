"""The local Label Studio: start/status/stop, credentials, annotator accounts (real server)."""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
import uuid
from pathlib import Path

import pytest
from labelstudio_fixtures import free_port
from pg_databases import drop_database

from annotator.cli import main
from annotator.errors import AnnotatorError, BackendUnavailable
from annotator.labelstudio import credentials, server
from annotator.labelstudio.client import Backend

pytestmark = pytest.mark.labelstudio


def _secrets(home: Path) -> list[str]:
    data = json.loads((home / "credentials.json").read_text())
    tokens = [data["admin"]["token"]]
    tokens += [a["token"] for a in (data.get("annotators") or {}).values()]
    return tokens


def test_status_and_second_start_reuses(label_studio, ls_home):
    st = server.status()
    assert st["running"] is True
    assert st["url"] == label_studio.url
    assert st["version"].startswith("1.23")
    again = server.start()
    assert again.reused is True
    assert again.pid == st["pid"]
    assert again.url == label_studio.url
    assert "password" not in repr(again) and again.admin_password not in repr(again)


def test_credentials_file_is_private(ls_home):
    path = ls_home / "credentials.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text())
    assert data["admin"]["token"].count(".") == 2  # a PAT (JWT), not a legacy key
    # rewriting keeps it private
    credentials.save(credentials.load())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_cli_start_and_status_print_no_tokens(ls_home, capsys):
    assert main(["server", "start"]) == 0
    out = capsys.readouterr().out
    data = json.loads((ls_home / "credentials.json").read_text())
    assert data["url"] in out and data["admin"]["email"] in out
    assert data["admin"]["password"] in out  # the login is for the user
    assert main(["server", "status", "--format", "json"]) == 0
    out += capsys.readouterr().out
    assert main(["annotators", "list"]) == 0
    out += capsys.readouterr().out
    log = (ls_home / "labelstudio.log").read_text(errors="replace")
    for token in _secrets(ls_home):
        assert token not in out
        assert token not in log


def test_annotators_add_creates_real_accounts(ls_home, ls_project, capsys):
    emails = [f"a-{uuid.uuid4().hex[:6]}@example.org", f"b-{uuid.uuid4().hex[:6]}@example.org"]
    assert main(["annotators", "add", *emails, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["status"] for r in rows] == ["created", "created"]
    # idempotent: reported, not an error, same user id
    assert main(["annotators", "add", emails[0].upper()]) == 0
    assert f"{emails[0]}: exists (user {rows[0]['user_id']})" in capsys.readouterr().out
    for token in _secrets(ls_home):
        assert token not in json.dumps(rows)

    admin = Backend.connect()
    assert {r["user_id"]: r["email"] for r in rows}.items() <= admin.users().items()
    admin.import_tasks(
        ls_project,
        [
            {
                "data": {
                    "claim_id": f"c{i}",
                    "text": f"claim {i}",
                    "context_html": "",
                    "document_html": "",
                    "meta_html": "",
                }
            }
            for i in range(3)
        ],
    )
    served = []
    for row in rows:
        me = Backend.connect(as_user=row["email"])
        assert me.whoami()["id"] == row["user_id"]
        task = me.next_task(ls_project)
        assert task is not None
        me.create_annotation(task["id"], [], lead_time=1.0)
        served.append(task["id"])
    changed = {t["id"]: t for t in admin.changed_tasks(ls_project, None)}
    who = {a["completed_by"] for tid in served for a in changed[tid]["annotations"]}
    assert who == {r["user_id"] for r in rows}


def test_stop_then_unavailable_then_restart(label_studio, ls_home, capsys):
    url = label_studio.url
    assert server.stop() is True
    assert server.status()["running"] is False
    assert main(["server", "status"]) == 1
    err = capsys.readouterr().err
    assert (
        err
        == f"Error: Label Studio at {url} is not reachable; start it with `annotator server start`\n"
    )
    backend = Backend.connect()
    backend.backoff = 0.01
    with pytest.raises(BackendUnavailable) as exc:
        backend.version()
    assert str(exc.value).startswith(f"Label Studio at {url} is not reachable")
    assert main(["server", "stop"]) == 0  # stopping twice is fine
    # Label Studio's own key file ending with a key django-environ misreads ("$..." is a
    # variable reference): the key annotator keeps and passes still signs, tokens still work
    env_file = server.data_dir() / ".env"
    old = env_file.read_text(encoding="utf-8") if env_file.exists() else ""
    env_file.write_text(old + "\nSECRET_KEY=$misread\n", encoding="utf-8")  # the last one counts
    info = server.start()  # existing data folder: same admin, same token
    assert info.reused is False and info.url == url
    assert Backend.connect().whoami()["email"] == label_studio.admin_email


def test_port_in_use_is_one_line_error(tmp_path, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_HOME", str(tmp_path / "h"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        with pytest.raises(AnnotatorError, match=f"port {port} on 127.0.0.1 is already in use"):
            server.start(port=port)


def test_missing_label_studio_says_how_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ANNOTATOR_HOME", str(tmp_path / "h"))
    monkeypatch.setattr(sys, "executable", str(tmp_path / "nowhere" / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("ANNOTATOR_LABEL_STUDIO", raising=False)
    assert main(["server", "start", "--port", str(free_port())]) == 1
    assert "pip install 'annotator[server]'" in capsys.readouterr().err


def test_status_without_server(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ANNOTATOR_HOME", str(tmp_path / "h"))
    monkeypatch.setenv("ANNOTATOR_LS_PORT", str(free_port()))
    assert server.status()["running"] is False
    assert main(["server", "status", "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["running"] is False


@pytest.mark.postgres
def test_start_on_postgresql(postgres_server, tmp_path, monkeypatch):
    """One real start on PostgreSQL (slow: Label Studio migrates a fresh database)."""
    from sqlalchemy import create_engine

    name = "ls_test_" + uuid.uuid4().hex[:10]
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    pg = postgres_server.replace("+psycopg", "").rsplit("/", 1)[0] + "/" + name
    monkeypatch.setenv("ANNOTATOR_HOME", str(tmp_path / "pg-home"))
    try:
        info = server.start(port=free_port(), db_url=pg)
        assert info.database == "postgresql"
        backend = Backend.connect()
        pid = backend.ensure_project(
            "pg project", "<View><Text name='t' value='$text'/></View>", "", 1
        )
        assert len(backend.import_tasks(pid, [{"data": {"text": "x"}}] * 3)) == 3
        assert server.status()["running"] is True
        assert stat.S_IMODE(os.stat(tmp_path / "pg-home" / "credentials.json").st_mode) == 0o600
        from sqlalchemy import text

        eng = create_engine(postgres_server.rsplit("/", 1)[0] + "/" + name)
        with eng.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM task")).scalar() == 3
        eng.dispose()
    finally:
        server.stop()
        drop_database(admin, name)
        admin.dispose()
