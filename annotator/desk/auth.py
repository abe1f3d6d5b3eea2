"""Desk logins: argon2 password hashes, signed session cookies, CSRF tokens, invitations.

A session cookie is `{"e": email, "c": csrf}` signed with itsdangerous (key in desk.db), valid
for `SESSION_DAYS`; the cookie is HttpOnly and SameSite=Strict. Every POST must carry the
session's CSRF token (form field `csrf` or header `X-CSRF-Token`), compared in constant time.

An invitation is a random token printed once as a link; desk.db keeps only its SHA-256. Opening
the link lets its holder set a password, once, before it expires.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeTimedSerializer

from annotator.desk import state
from annotator.errors import AnnotatorError

COOKIE = "desk_session"
SESSION_DAYS = 14
INVITE_DAYS = 7
MIN_PASSWORD = 10

_hasher = PasswordHasher()
_DUMMY = _hasher.hash("not a password of anyone")


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(state.secret_key(), salt="annotator-desk-session")


def make_session(email: str) -> str:
    return _serializer().dumps({"e": email, "c": secrets.token_urlsafe(24)})


def read_session(cookie: str | None) -> dict[str, Any] | None:
    """`{"e": email, "c": csrf}` of a valid cookie, else None."""
    if not cookie:
        return None
    try:
        data = _serializer().loads(cookie, max_age=SESSION_DAYS * 86400)
    except BadSignature:
        return None
    if not isinstance(data, dict) or not data.get("e") or not data.get("c"):
        return None
    return data


def csrf_ok(session: dict[str, Any], sent: str | None) -> bool:
    return bool(sent) and hmac.compare_digest(str(session["c"]), str(sent))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_invite(email: str, project: str, days: float = INVITE_DAYS) -> str:
    """A one-time invitation token for `email` on `project` (only its hash is stored)."""
    token = secrets.token_urlsafe(24)
    with state.db() as conn:
        conn.execute("INSERT OR IGNORE INTO users (email) VALUES (?)", (email,))
        conn.execute(
            "INSERT INTO invites (token_hash, email, project, expires) VALUES (?, ?, ?, ?)",
            (_token_hash(token), email, project, time.time() + days * 86400),
        )
    return token


def invite_email(token: str) -> str | None:
    """The email an unused, unexpired invitation is for."""
    with state.db() as conn:
        row = conn.execute(
            "SELECT email FROM invites WHERE token_hash=? AND used=0 AND expires>?",
            (_token_hash(token), time.time()),
        ).fetchone()
    return str(row[0]) if row else None


def accept_invite(token: str, password: str) -> str:
    """Set the password of the invitation's account; the token is used up. Returns the email."""
    if len(password) < MIN_PASSWORD:
        raise AnnotatorError(f"the password needs at least {MIN_PASSWORD} characters")
    pw_hash = _hasher.hash(password)
    with state.db() as conn:
        row = conn.execute(
            "SELECT email FROM invites WHERE token_hash=? AND used=0 AND expires>?",
            (_token_hash(token), time.time()),
        ).fetchone()
        if row is None:
            raise AnnotatorError("this invitation link is used up or expired; ask for a new one")
        email = str(row[0])
        conn.execute("UPDATE invites SET used=1 WHERE token_hash=?", (_token_hash(token),))
        conn.execute("UPDATE users SET pw_hash=? WHERE email=?", (pw_hash, email))
    return email


def check_password(email: str, password: str) -> bool:
    """True when `password` is `email`'s desk password (same work whether or not it exists)."""
    with state.db() as conn:
        row = conn.execute("SELECT pw_hash FROM users WHERE email=?", (email,)).fetchone()
    stored = row[0] if row and row[0] else None
    try:
        return _hasher.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False
