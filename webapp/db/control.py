"""Changes to an assignment after publishing, each recorded with who made it and when.

Every write here checks, inside its own transaction, that the assignment belongs to the teacher
making the change (KeyError when it does not, so the web layer answers 404) and appends one row to
`assignment_events`. The domain rules (what a close or an extension means) are in
`webapp/assignment_control.py`; this module only stores their outcome.
"""
from __future__ import annotations

import json
import time
from typing import Callable

import sqlite_utils

from .core import writes


def _owned(db: sqlite_utils.Database, assignment_id: int, teacher_id: int) -> None:
    if db.execute("SELECT 1 FROM assignments WHERE id = ? AND teacher_id = ?",
                  [assignment_id, teacher_id]).fetchone() is None:
        raise KeyError(assignment_id)


def _event(db: sqlite_utils.Database, assignment_id: int, teacher_id: int, action: str, detail: str) -> None:
    db.execute("INSERT INTO assignment_events (assignment_id, teacher_id, action, detail, at) VALUES (?, ?, ?, ?, ?)",
               [assignment_id, teacher_id, action, detail, time.time()])


@writes
def change_assignment_options(db: sqlite_utils.Database, assignment_id: int, teacher_id: int, options: dict,
                              action: str, detail: str, deadlines: dict[str, float | None] | None = None) -> None:
    """Store new options (a close, reopen, extension or rename) and the unfinished attempts' new
    deadlines, with the event, all or nothing."""
    _owned(db, assignment_id, teacher_id)
    db.execute("UPDATE assignments SET options = ? WHERE id = ?", [json.dumps(options, default=str), assignment_id])
    for attempt_id, deadline in (deadlines or {}).items():
        db.execute("UPDATE attempts SET deadline = ? WHERE id = ? AND assignment_id = ? AND finished_at IS NULL",
                   [deadline, attempt_id, assignment_id])
    _event(db, assignment_id, teacher_id, action, detail)


def rotate_code(db: sqlite_utils.Database, assignment_id: int, teacher_id: int,
                new_code: Callable[[], str]) -> tuple[str, str]:
    """Give the assignment a fresh join code (the old one stops working); (old, new)."""
    for _ in range(20):
        done = _set_code(db, assignment_id, teacher_id, new_code())
        if done is not None:
            return done
    raise RuntimeError("could not find a free join code")


@writes
def _set_code(db: sqlite_utils.Database, assignment_id: int, teacher_id: int, code: str) -> tuple[str, str] | None:
    _owned(db, assignment_id, teacher_id)
    if db.execute("SELECT 1 FROM assignments WHERE code = ?", [code]).fetchone():
        return None
    old = db.execute("SELECT code FROM assignments WHERE id = ?", [assignment_id]).fetchone()[0]
    db.execute("UPDATE assignments SET code = ? WHERE id = ?", [code, assignment_id])
    _event(db, assignment_id, teacher_id, "code", f"Changed the join code from {old} to {code}; {old} no longer works.")
    return old, code


@writes
def set_archived(db: sqlite_utils.Database, assignment_id: int, teacher_id: int, archived: bool, detail: str) -> None:
    _owned(db, assignment_id, teacher_id)
    db.execute("UPDATE assignments SET archived_at = ? WHERE id = ?", [time.time() if archived else None, assignment_id])
    _event(db, assignment_id, teacher_id, "archive" if archived else "unarchive", detail)


def archived_ids(db: sqlite_utils.Database, teacher_id: int) -> set[int]:
    return {r[0] for r in db.execute("SELECT id FROM assignments WHERE teacher_id = ? AND archived_at IS NOT NULL",
                                     [teacher_id]).fetchall()}


@writes
def delete_assignment(db: sqlite_utils.Database, assignment_id: int, teacher_id: int, detail: str) -> int:
    """Delete an assignment with its attempts and answers (the set it came from stays); the number
    of attempts deleted. The event stays in the log."""
    _owned(db, assignment_id, teacher_id)
    n = db.execute("DELETE FROM attempts WHERE assignment_id = ?", [assignment_id]).rowcount
    db.execute("DELETE FROM assignments WHERE id = ?", [assignment_id])
    _event(db, assignment_id, teacher_id, "delete", detail)
    return n


@writes
def delete_attempt(db: sqlite_utils.Database, assignment_id: int, teacher_id: int, attempt_id: str,
                   detail: Callable[[str], str]) -> str:
    """Delete one attempt at this assignment with its answers; the student's display name.
    KeyError when the attempt is not one of this teacher's assignment's."""
    _owned(db, assignment_id, teacher_id)
    row = db.execute("SELECT display_name FROM attempts WHERE id = ? AND assignment_id = ?",
                     [attempt_id, assignment_id]).fetchone()
    if row is None:
        raise KeyError(attempt_id)
    db.execute("DELETE FROM attempts WHERE id = ?", [attempt_id])
    _event(db, assignment_id, teacher_id, "delete-attempt", detail(row[0] or ""))
    return row[0] or ""


@writes
def grant_attempt(db: sqlite_utils.Database, assignment_id: int, teacher_id: int, display_name: str) -> int:
    """One more attempt for this display name beyond the assignment's limit; the extra attempts it now has."""
    _owned(db, assignment_id, teacher_id)
    db.execute("INSERT INTO attempt_grants (assignment_id, display_name, extra) VALUES (?, ?, 1)"
               " ON CONFLICT (assignment_id, display_name) DO UPDATE SET extra = extra + 1",
               [assignment_id, display_name])
    extra = db.execute("SELECT extra FROM attempt_grants WHERE assignment_id = ? AND display_name = ?",
                       [assignment_id, display_name]).fetchone()[0]
    _event(db, assignment_id, teacher_id, "grant",
           f"Gave {display_name} another attempt ({extra} beyond the limit in all).")
    return extra


def extra_attempts(db: sqlite_utils.Database, assignment_id: int, display_name: str | None = None) -> int | dict:
    """Extra attempts granted: for one name (an int), or every name (a dict, keys lower-cased)."""
    if display_name is not None:
        row = db.execute("SELECT extra FROM attempt_grants WHERE assignment_id = ? AND display_name = ?",
                         [assignment_id, display_name]).fetchone()
        return row[0] if row else 0
    return {r[0].lower(): r[1] for r in db.execute(
        "SELECT display_name, extra FROM attempt_grants WHERE assignment_id = ?", [assignment_id]).fetchall()}


def assignment_events(db: sqlite_utils.Database, assignment_id: int) -> list[dict]:
    """The change log, newest first, with the teacher's email."""
    return [{"action": r[0], "detail": r[1], "at": r[2], "who": r[3] or "a deleted account"} for r in db.execute(
        "SELECT e.action, e.detail, e.at, t.email FROM assignment_events e LEFT JOIN teachers t ON t.id = e.teacher_id"
        " WHERE e.assignment_id = ? ORDER BY e.at DESC, e.id DESC", [assignment_id]).fetchall()]
