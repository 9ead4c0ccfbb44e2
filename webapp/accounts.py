"""Teachers' accounts: creating them and checking sign-ins. No Flask here.

Passwords are hashed with werkzeug's scrypt helper; nothing else about a password is ever stored."""
from __future__ import annotations

import functools
import re
import sqlite3
import unicodedata

import sqlite_utils
from werkzeug.security import check_password_hash, generate_password_hash
from zxcvbn import zxcvbn
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from . import db

MIN_PASSWORD = 10
MAX_PASSWORD = 200
MIN_STRENGTH = 3  # zxcvbn's score, 0-4: 3 is "safely unguessable" for an online attack with throttling
COMMON_PASSWORDS = 10_000  # the top of zxcvbn's password frequency list, refused outright
# Spaces aside, characters that show nothing: zero-width (Cf), controls (Cc), unassigned, private use.
INVISIBLE = {"Cf", "Cc", "Cn", "Co", "Cs", "Zl", "Zp", "Zs"}
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


def normalise_password(password: str) -> str:
    """NFKC, so that the same password typed on another keyboard or system still matches."""
    return unicodedata.normalize("NFKC", password or "")


def check_password_rules(password: str, email: str = "") -> None:
    """Refuse passwords that are too short, too long, invisible, or among the most guessed ones."""
    password = normalise_password(password)
    visible = [c for c in password if not c.isspace() and unicodedata.category(c) not in INVISIBLE]
    if not visible:
        raise AccountError("A password can't be only spaces or invisible characters.")
    if len(visible) < MIN_PASSWORD:
        raise AccountError(f"A password needs at least {MIN_PASSWORD} characters (spaces and invisible "
                           "characters not counted).")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"A password may have at most {MAX_PASSWORD} characters.")
    if password.lower() in _common_passwords():
        raise AccountError("That password is one of the most common ones, the first an attacker tries: "
                           "choose another, e.g. three or four unrelated words.")
    strength = zxcvbn(password[:100], user_inputs=[email, email.split("@")[0], "sourced", "teacher"])
    if strength["score"] < MIN_STRENGTH:
        hint = strength["feedback"].get("warning") or "It would be guessed quickly."
        raise AccountError(f"That password is too easy to guess. {hint.rstrip('.')}. "
                           "Try three or four unrelated words.")


@functools.cache
def _common_passwords() -> frozenset[str]:
    return frozenset(FREQUENCY_LISTS["passwords"][:COMMON_PASSWORDS])


def create_teacher(database: sqlite_utils.Database, email: str, password: str, admin: bool = False) -> int:
    email = normalise_email(email)
    check_password_rules(password, email)
    try:
        tid = db.insert_teacher(database, email, hash_password(password))
    except sqlite3.IntegrityError:
        raise AccountError(f"A teacher with the email {email} already exists.") from None
    if admin:
        db.set_admin(database, tid, True)
    return tid


def hash_password(password: str) -> str:
    return generate_password_hash(normalise_password(password), method="scrypt")


def set_password(database: sqlite_utils.Database, email: str, password: str) -> int:
    """Change a teacher's password and end all their sessions; returns their id."""
    teacher = find_teacher(database, email)
    check_password_rules(password, teacher["email"])
    db.set_teacher_password(database, teacher["id"], hash_password(password))  # also ends every session
    return teacher["id"]


def find_teacher(database: sqlite_utils.Database, email: str) -> dict:
    row = db.teacher_by_email(database, normalise_email(email))
    if row is None:
        raise AccountError(f"There is no teacher with the email {email.strip().lower()}.")
    return row


def authenticate(database: sqlite_utils.Database, email: str, password: str) -> dict | None:
    """The teacher whose email and password these are, or None (same answer for either mistake).

    Every path runs exactly one scrypt check, so the time taken does not tell whether an email has
    an account, nor which rule a password broke."""
    try:
        row = db.teacher_by_email(database, normalise_email(email))
    except AccountError:
        row = None
    password = normalise_password(password)[:MAX_PASSWORD + 1]
    usable = row is not None and 0 < len(password) <= MAX_PASSWORD
    matches = check_password_hash(row["password_hash"] if usable else _DUMMY_HASH, password)
    if not (usable and matches):
        return None
    return {"id": row["id"], "email": row["email"]}
