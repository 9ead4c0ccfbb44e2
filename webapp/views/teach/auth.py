"""The web side of teachers' sessions: checking the session on every request, the device cookie
that exempts a teacher's own browser from throttles aimed at their account, and no-store headers.
The rules themselves live in teacher_sessions.py and throttle.py."""
from __future__ import annotations

import secrets
import time

from flask import current_app, g, request, session
from itsdangerous import BadSignature, URLSafeTimedSerializer

from ... import db, throttle
from ...accounts import AccountError, normalise_email
from ...teacher_sessions import SessionRules, new_session, session_holds

DEVICE_COOKIE = "sourced_device"
DEVICE_DAYS = 180
SESSION_KEYS = ("teacher_id", "sv", "since", "seen")


def load_teacher() -> None:
    """g.teacher: the signed-in teacher whose session still holds, else None (and the session forgotten)."""
    g.teacher = None
    tid = session.get("teacher_id")
    if not isinstance(tid, int) or not -2**63 <= tid < 2**63:
        return
    now = time.time()
    teacher = db.teacher_session(db.get_db(), tid)
    if not session_holds(dict(session), teacher, SessionRules.from_config(current_app.config), now):
        for key in SESSION_KEYS:
            session.pop(key, None)
        return
    if now - float(session["seen"]) > 30:  # idle clock, without rewriting the cookie on every click
        session["seen"] = now
    g.teacher = teacher


def start_session(teacher: dict) -> None:
    """A fresh session for the teacher; this browser's student token (its attempts) stays with it."""
    browser = session.get("browser")
    session.clear()
    if isinstance(browser, str):
        session["browser"] = browser
    row = db.teacher_session(db.get_db(), teacher["id"])
    session.update(new_session(row, time.time()))
    session.permanent = True


def end_sessions(teacher_id: int) -> None:
    db.bump_session_version(db.get_db(), teacher_id)
    session.clear()


def email_key(email: str) -> str:
    try:
        return normalise_email(email)
    except AccountError:
        return (email or "").strip().lower()[:254]


def _device_signer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt="sourced-device")


def known_device(email: str) -> str | None:
    """This browser's device id when the teacher with this email has signed in from it before."""
    raw = request.cookies.get(DEVICE_COOKIE, "")[:500]
    try:
        data = _device_signer().loads(raw, max_age=DEVICE_DAYS * 86400) if raw else None
    except BadSignature:
        return None
    if isinstance(data, dict) and data.get("email") == email_key(email) and isinstance(data.get("id"), str):
        return data["id"]
    return None


def sign_in_place(email: str) -> tuple[str, bool]:
    """Where a sign-in comes from, for throttling: this known browser, else the client's address."""
    device = known_device(email)
    return (f"device:{device}", True) if device else (f"ip:{str(request.remote_addr)[:100]}", False)


def throttle_wait(email: str) -> int:
    if not current_app.config.get("RATELIMIT_ENABLED", True):  # one switch for every limit
        return 0
    place, known = sign_in_place(email)
    return throttle.wait_seconds(db.get_db(), email_key(email), place, known, time.time())


def record_sign_in(email: str, succeeded: bool) -> None:
    throttle.record(db.get_db(), email_key(email), sign_in_place(email)[0], succeeded, time.time())


def remember_device(resp, email: str):
    device = known_device(email) or secrets.token_urlsafe(12)
    resp.set_cookie(DEVICE_COOKIE, _device_signer().dumps({"email": email_key(email), "id": device}),
                    max_age=DEVICE_DAYS * 86400, path="/teach/", httponly=True, samesite="Lax",
                    secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")))
    return resp


def exempt_known_device() -> bool:
    """Flask-Limiter's exempt_when for the per-address sign-in limit: a teacher's own browser."""
    return known_device(request.form.get("email", "")[:254]) is not None


def no_store(resp):
    """Teachers' pages and downloads hold students' names and answer keys: never cached."""
    resp.headers["Cache-Control"] = "no-store"
    return resp
