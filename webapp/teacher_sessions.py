"""When a teacher's signed-in session still holds. No Flask here.

The session cookie is signed but lives in the browser, so it cannot be taken back by itself: each
one carries the teacher's session version at sign-in, and the version in the database is raised by
signing out, a password change and `flask teachers revoke`. A session also ends after an absolute
lifetime and after a time without any request (idle)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SessionRules:
    max_seconds: float  # from sign-in, whatever happens
    idle_seconds: float  # since the last request

    @classmethod
    def from_config(cls, config) -> "SessionRules":
        return cls(max_seconds=float(config["SESSION_MAX_HOURS"]) * 3600,
                   idle_seconds=float(config["SESSION_IDLE_MINUTES"]) * 60)


def new_session(teacher: dict, now: float) -> dict:
    """What the cookie holds for a teacher who has just signed in."""
    return {"teacher_id": teacher["id"], "sv": teacher["session_version"], "since": now, "seen": now}


def session_holds(cookie: dict, teacher: dict | None, rules: SessionRules, now: float) -> bool:
    """True when the cookie's session is still this teacher's current one, young and recently used."""
    if teacher is None:
        return False
    try:
        since, seen, version = float(cookie["since"]), float(cookie["seen"]), cookie["sv"]
    except (KeyError, TypeError, ValueError):
        return False  # a cookie from before sessions had versions: sign in again
    return (version == teacher["session_version"] and now - since < rules.max_seconds
            and now - seen < rules.idle_seconds and since <= now + 60)
