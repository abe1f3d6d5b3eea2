"""Logins, personal access tokens and annotator accounts on the local Label Studio.

Tokens: Label Studio 1.23 refuses legacy `Token` keys by default, so every account (the admin and
each annotator) gets a *personal access token* (PAT): we log in through the login form and
`POST /api/token/`. A PAT is a long-lived JWT refresh token; the SDK exchanges it for 5-minute
access tokens by itself. Logins, passwords and PATs live in the credentials file (mode 0600,
`annotator.labelstudio.credentials`); only passwords are ever shown (`annotator server start`).
API calls (users, invite link, whoami) go through the one client (`.client.Backend`); a cookie
session is used only for the HTML login and signup forms and to create a PAT.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

import httpx

from annotator.errors import AnnotatorError, BackendError, BackendUnavailable
from annotator.labelstudio import credentials, server

if TYPE_CHECKING:
    from annotator.labelstudio.client import Backend


def _api(url: str, token: str) -> Backend:
    """The API client (`annotator.labelstudio.client`) with a personal access token."""
    from annotator.labelstudio.client import Backend

    return Backend(url, token)


def _unreachable(url: str) -> BackendUnavailable:
    return BackendUnavailable(
        f"Label Studio at {url} is not reachable; start it with `annotator server start`"
    )


def login(url: str, email: str, password: str) -> httpx.Client:
    """A session logged in through the login form (CSRF cookie + Referer)."""
    client = httpx.Client(base_url=url, follow_redirects=False, timeout=30.0)
    try:
        client.get("/user/login/")
        r = client.post(
            "/user/login/",
            data={
                "csrfmiddlewaretoken": client.cookies.get("csrftoken") or "",
                "email": email,
                "password": password,
            },
            headers={"Referer": f"{url}/user/login/"},
        )
    except httpx.TransportError:
        client.close()
        raise _unreachable(url) from None
    if r.status_code != 302:
        client.close()
        raise BackendError(f"Label Studio at {url} refused the login of {email}")
    return client


def personal_access_token(client: httpx.Client) -> str:
    """Create the logged-in user's PAT (or read the one they already hold)."""
    url = str(client.base_url).rstrip("/")
    headers = {"X-CSRFToken": client.cookies.get("csrftoken") or "", "Referer": f"{url}/"}
    try:
        r = client.post("/api/token/", headers=headers)
        if r.status_code == 409:  # one PAT per user: read the existing one
            r = client.get("/api/token/")
            if r.status_code == 200 and r.json():
                return str(r.json()[0]["token"])
    except httpx.TransportError:
        raise _unreachable(url) from None
    if r.status_code not in (200, 201):
        raise BackendError(f"Label Studio at {url} did not issue a token (HTTP {r.status_code})")
    return str(r.json()["token"])


def ensure_admin_token(creds: dict[str, Any]) -> None:
    """Give the admin of `creds` a PAT (stored in `creds` and the credentials file) if it has none."""
    admin = creds.get("admin") or {}
    if admin.get("token"):
        return
    url = creds["url"]
    try:
        client = login(url, admin["email"], admin["password"])
    except BackendError:
        raise AnnotatorError(
            f"the Label Studio data in {server.data_dir()} has an admin whose password is not in "
            f"{credentials.path()}; restore that file or delete the data folder"
        ) from None
    try:
        admin["token"] = personal_access_token(client)
    finally:
        client.close()
    admin["user_id"] = _api(url, admin["token"]).whoami()["id"]
    creds["admin"] = admin
    with credentials.update() as stored:
        stored["admin"] = admin


# --- annotator accounts ---------------------------------------------------------------------


def add_annotators(emails: list[str]) -> list[dict[str, Any]]:
    """Create annotator accounts on the local server, each with a password and a PAT.

    Idempotent: an email already in the credentials file is reported as `exists` and keeps its
    stored password and token. Returns one `{email, user_id, status}` per email.
    """
    creds = credentials.load()
    admin = creds.get("admin") or {}
    url = creds.get("url")
    if not url or not admin.get("password"):
        raise AnnotatorError("no local Label Studio yet; run `annotator server start` first")
    if not server.health(url):
        raise _unreachable(url)
    stored: dict[str, Any] = creds.setdefault("annotators", {})
    out: list[dict[str, Any]] = []
    ensure_admin_token(creds)
    api = _api(url, creds["admin"]["token"])
    invite = api.invite_token()
    existing = {email.lower(): uid for uid, email in api.users().items()}
    for raw in emails:
        email = raw.strip().lower()
        if "@" not in email or email.startswith("@") or email.endswith("@"):
            raise AnnotatorError(f"not an email address: {raw!r}")
        if email in stored and stored[email].get("token"):
            out.append(
                {"email": email, "user_id": stored[email].get("user_id"), "status": "exists"}
            )
            continue
        if email in existing or email == admin["email"]:
            status = "exists-no-credentials"
            out.append({"email": email, "user_id": existing.get(email), "status": status})
            continue
        password = secrets.token_urlsafe(18)
        client = _signup(url, invite, email, password)
        try:
            token = personal_access_token(client)
        finally:
            client.close()
        user_id = int(_api(url, token).whoami()["id"])
        stored[email] = {"password": password, "token": token, "user_id": user_id}
        with credentials.update() as fresh:  # another `annotators add` may have saved since
            fresh.setdefault("annotators", {})[email] = stored[email]
        out.append({"email": email, "user_id": user_id, "status": "created"})
    return out


def _signup(url: str, invite: str, email: str, password: str) -> httpx.Client:
    client = httpx.Client(base_url=url, follow_redirects=False, timeout=30.0)
    client.get("/user/signup/", params={"token": invite})
    r = client.post(
        "/user/signup/",
        params={"token": invite},
        data={
            "csrfmiddlewaretoken": client.cookies.get("csrftoken") or "",
            "email": email,
            "password": password,
        },
        headers={"Referer": f"{url}/user/signup/"},
    )
    if r.status_code != 302:
        client.close()
        raise BackendError(f"Label Studio at {url} refused to create the account {email}")
    return client


def list_annotators() -> list[dict[str, Any]]:
    """Annotator accounts in the credentials file (email and user id; no secrets)."""
    stored = credentials.load().get("annotators") or {}
    return [{"email": e, "user_id": v.get("user_id")} for e, v in sorted(stored.items())]
