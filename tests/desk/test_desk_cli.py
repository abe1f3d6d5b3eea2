"""The desk from the command line: `annotators add --project` returns desk invitations that log
in, `desk reassign` hands the leaver's open tasks to the others, and a skip needs a reason."""

from __future__ import annotations

import json
import re
import uuid

import pytest
from conftest import invite_token, login_client, split_document

from annotator.cli import main
from annotator.desk import queue
from annotator.labelstudio.push import push

pytestmark = pytest.mark.labelstudio


def test_annotators_add_invites_and_reassign_moves_open_work(desk, ls_backend, tmp_path, capsys):
    split_document(tmp_path)
    project = f"cli-{uuid.uuid4().hex[:8]}"
    pushed = push(project, overlap=1)
    tag = uuid.uuid4().hex[:6]
    emails = [f"c1-{tag}@example.org", f"c2-{tag}@example.org"]
    capsys.readouterr()
    assert main(["annotators", "add", *emails, "--project", project, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    links = [r["desk_link"] for r in rows]
    assert all("/invite/" in link for link in links)
    assert "token" not in json.dumps(rows).replace("invite/", "")  # no Label Studio secret

    c = login_client(desk.url, invite_token(links[0]))
    page = c.get(f"/p/{project}", follow_redirects=True)
    tid = int(str(page.url).rsplit("/", 1)[1])
    csrf = re.search(r'name=csrf value="([^"]+)"', page.text).group(1)
    shown = re.search(r'name=shown value="([^"]+)"', page.text).group(1)
    r = c.post(f"/p/{project}/task/{tid}/skip", data={"csrf": csrf, "shown": shown, "reason": " "})
    assert r.status_code == 400 and "why you skip" in r.text
    r = c.post(
        f"/p/{project}/task/{tid}/skip",
        data={"csrf": csrf, "shown": shown, "reason": "not a claim"},
    )
    assert r.status_code == 303
    mine = queue.progress(project, emails[0])
    assert mine["skipped"] == 1 and mine["total"] == 5
    [task] = [t for t in ls_backend.changed_tasks(pushed.ls_project_id, None) if t["id"] == tid]
    [ann] = task["annotations"]
    assert ann["was_cancelled"] and ann["result"] == []  # a skip is Label Studio's cancel

    assert main(["desk", "reassign", emails[0], "--project", project, "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["freed"] == 4
    assert queue.progress(project, emails[1])["total"] == 9  # 5 + the 4 left open
    assert queue.progress(project, emails[0]) == {"done": 0, "skipped": 1, "open": 0, "total": 1}
    assert c.get(f"/p/{project}", follow_redirects=True).status_code == 404  # no longer a member
