"""Teachers' accounts: creating them and checking sign-ins. No Flask here.

Passwords are hashed with werkzeug's scrypt helper; nothing else about a password is ever stored."""
from __future__ import annotations

import re
import sqlite3

import sqlite_utils
from werkzeug.security import check_password_hash, generate_password_hash

from . import db

MIN_PASSWORD = 10
MAX_PASSWORD = 200
EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]{2,}$")
# Checked against when the email is unknown, so that a sign-in takes as long either way.
_DUMMY_HASH = generate_password_hash("not-a-real-password", method="scrypt")


class AccountError(ValueError):
    """A request about an account that cannot be done; the message says why."""


def normalise_email(email: str) -> str:
    email = (email or "").strip().lower()
    if not EMAIL.match(email) or len(email) > 254:
        raise AccountError("Enter an email address like name@school.org.")
    return email


def check_password_rules(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise AccountError(f"A password needs at least {MIN_PASSWORD} characters.")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"A password may have at most {MAX_PASSWORD} characters.")


def create_teacher(database: sqlite_utils.Database, email: str, password: str) -> int:
    email = normalise_email(email)
    check_password_rules(password)
    try:
        return db.insert_teacher(database, email, generate_password_hash(password, method="scrypt"))
    except sqlite3.IntegrityError:
        raise AccountError(f"A teacher with the email {email} already exists.") from None


def authenticate(database: sqlite_utils.Database, email: str, password: str) -> dict | None:
    """The teacher whose email and password these are, or None (same answer for either mistake)."""
    try:
        email = normalise_email(email)
    except AccountError:
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    row = db.teacher_by_email(database, email)
    if row is None:
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    if not password or len(password) > MAX_PASSWORD or not check_password_hash(row["password_hash"], password):
        return None
    return {"id": row["id"], "email": row["email"]}
