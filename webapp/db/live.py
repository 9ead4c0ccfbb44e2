"""Live sessions (issue 19): the teacher's pace over an assignment, and who joined from which browser.

Answers are ordinary rows of `answers` under each participant's attempt; `record_live_answer` differs
from `submit_answer` only in what it checks: the question must be the one on screen and still open
(a live student may miss a question, so answers can leave gaps), checked in the same transaction.
"""
from __future__ import annotations

import json
import time

import sqlite_utils

from .. import attempts as attempts_model
from .. import live as model
from .attempts import _assignment
from .core import writes

_COLS = ("id", "assignment_id", "teacher_id", "code", "layout", "stage", "position", "timer", "leaderboard",
         "closes_at", "version")
_AS = "a.id, a.teacher_id, a.set_id, a.code, a.options, a.questions, a.created_at"


@writes
def create_live_session(db: sqlite_utils.Database, asg: attempts_model.Assignment, layout: list[dict],
                        timer: int | None, leaderboard: bool) -> int:
    now = time.time()
    return db.execute(
        "INSERT INTO live_sessions (assignment_id, teacher_id, code, layout, stage, position, timer, leaderboard,"
        " closes_at, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'lobby', -1, ?, ?, NULL, 1, ?, ?)",
        [asg.id, asg.teacher_id, asg.code, json.dumps(layout), timer, int(leaderboard), now, now]).lastrowid


def _live(db: sqlite_utils.Database, where: str, params: list) -> model.LiveSession | None:
    cols = ", ".join(f"s.{c}" for c in _COLS)
    row = db.execute(f"SELECT {cols}, {_AS} FROM live_sessions s JOIN assignments a ON a.id = s.assignment_id "
                     f"WHERE {where}", params).fetchone()
    if row is None:
        return None
    d = dict(zip(_COLS, row[: len(_COLS)]))
    asg = _assignment(row[len(_COLS):])
    return model.LiveSession(**{**d, "layout": json.loads(d["layout"]), "leaderboard": bool(d["leaderboard"])},
                             title=asg.title, questions=asg.questions)


def get_live_session(db: sqlite_utils.Database, session_id: int,
                     teacher_id: int | None = None) -> model.LiveSession | None:
    if teacher_id is None:
        return _live(db, "s.id = ?", [session_id])
    return _live(db, "s.id = ? AND s.teacher_id = ?", [session_id, teacher_id])


def live_session_by_code(db: sqlite_utils.Database, code: str) -> model.LiveSession | None:
    return _live(db, "s.code = ?", [code])


def live_version(db: sqlite_utils.Database, code: str) -> tuple[int, str, float | None] | None:
    """(version, stage, closes_at) of the session with this code: the one cheap read students poll."""
    row = db.execute("SELECT version, stage, closes_at FROM live_sessions WHERE code = ?", [code]).fetchone()
    return tuple(row) if row else None


def live_counts(db: sqlite_utils.Database, session_id: int, position: int) -> tuple[int, int]:
    """(participants in the session, how many of them answered question `position`)."""
    joined = db.execute("SELECT count(*) FROM live_participants WHERE session_id = ? AND removed = 0",
                        [session_id]).fetchone()[0]
    answered = db.execute(
        "SELECT count(*) FROM live_participants p JOIN answers x ON x.attempt_id = p.attempt_id AND x.position = ?"
        " WHERE p.session_id = ? AND p.removed = 0", [position, session_id]).fetchone()[0]
    return joined, answered


def list_live_sessions(db: sqlite_utils.Database, teacher_id: int) -> list[model.LiveSession]:
    ids = [r[0] for r in db.execute("SELECT id FROM live_sessions WHERE teacher_id = ? ORDER BY id DESC LIMIT 20",
                                    [teacher_id]).fetchall()]
    return [s for s in (get_live_session(db, i) for i in ids) if s is not None]


@writes
def advance_live_session(db: sqlite_utils.Database, session_id: int, seen_version: int, stage: str,
                         position: int, closes_at: float | None) -> bool:
    """Move the session on, only if it is still at `seen_version`; when it finishes, every
    participant's attempt finishes with it (so results count it)."""
    now = time.time()
    changed = db.execute("UPDATE live_sessions SET stage = ?, position = ?, closes_at = ?, version = version + 1,"
                         " updated_at = ? WHERE id = ? AND version = ?",
                         [stage, position, closes_at, now, session_id, seen_version]).rowcount
    if changed and stage == "finished":
        db.execute("UPDATE attempts SET finished_at = ? WHERE finished_at IS NULL AND id IN"
                   " (SELECT attempt_id FROM live_participants WHERE session_id = ?)", [now, session_id])
    return bool(changed)


# --- participants ---------------------------------------------------------------------------------------

_P = "session_id, participant, attempt_id, name, removed"


def _participant(r) -> model.Participant:
    return model.Participant(r[0], r[1], r[2], r[3], bool(r[4]))


def live_participant(db: sqlite_utils.Database, session_id: int, participant: str) -> model.Participant | None:
    """This browser's place in the session (not one the teacher removed), or None."""
    row = db.execute(f"SELECT {_P} FROM live_participants WHERE session_id = ? AND participant = ? AND removed = 0",
                     [session_id, participant]).fetchone()
    return _participant(row) if row else None


def was_removed(db: sqlite_utils.Database, session_id: int, participant: str) -> bool:
    return db.execute("SELECT 1 FROM live_participants WHERE session_id = ? AND participant = ? AND removed = 1",
                      [session_id, participant]).fetchone() is not None


def live_participants(db: sqlite_utils.Database, session_id: int) -> list[model.Participant]:
    return [_participant(r) for r in db.execute(
        f"SELECT {_P} FROM live_participants WHERE session_id = ? AND removed = 0 ORDER BY joined_at, name",
        [session_id]).fetchall()]


@writes
def add_live_participant(db: sqlite_utils.Database, s: model.LiveSession, participant: str, attempt_id: str,
                         name: str) -> model.Participant | None:
    """A new participant with their attempt; None when the name is taken (checked in this transaction).
    A browser that already joined gets its place back."""
    row = db.execute(f"SELECT {_P} FROM live_participants WHERE session_id = ? AND participant = ? AND removed = 0",
                     [s.id, participant]).fetchone()
    if row is not None:
        return _participant(row)
    if db.execute("SELECT 1 FROM live_participants WHERE session_id = ? AND removed = 0 AND name = ? COLLATE NOCASE",
                  [s.id, name]).fetchone():
        return None
    now = time.time()
    db.execute("INSERT INTO attempts (id, scope, length, seed, layout, created_at, finished_at, assignment_id,"
               " display_name, deadline) VALUES (?, ?, ?, 0, ?, ?, NULL, ?, ?, NULL)",
               [attempt_id, f"assignment:{s.assignment_id}", s.length, json.dumps(s.layout), now, s.assignment_id,
                name])
    db.execute(f"INSERT INTO live_participants ({_P}, joined_at) VALUES (?, ?, ?, ?, 0, ?)",
               [s.id, participant, attempt_id, name, now])
    return model.Participant(s.id, participant, attempt_id, name, False)


@writes
def remove_live_participant(db: sqlite_utils.Database, session_id: int, attempt_id: str) -> bool:
    """Take a name off the session (its attempt and answers go too: a removed name is not a result)."""
    if not db.execute("UPDATE live_participants SET removed = 1 WHERE session_id = ? AND attempt_id = ?"
                      " AND removed = 0", [session_id, attempt_id]).rowcount:
        return False
    db.execute("DELETE FROM answers WHERE attempt_id = ?", [attempt_id])
    db.execute("UPDATE attempts SET assignment_id = NULL, scope = 'removed' WHERE id = ?", [attempt_id])
    return True


# --- answers --------------------------------------------------------------------------------------------

@writes
def record_live_answer(db: sqlite_utils.Database, session_id: int, attempt_id: str, position: int,
                       question_id: str, response: dict, correct: bool, score: float, now: float,
                       grace: float) -> None:
    """Store one answer to the question on screen, once. The same answer again is accepted as it is;
    a different one raises LiveRefused("changed"); a closed question or a removed participant
    LiveRefused("closed") / ("removed")."""
    payload = json.dumps(response, sort_keys=True)
    old = db.execute("SELECT response FROM answers WHERE attempt_id = ? AND position = ?",
                     [attempt_id, position]).fetchone()
    if old is not None:
        if old[0] == payload:
            return
        raise model.LiveRefused("changed")
    stage, at, closes_at = db.execute("SELECT stage, position, closes_at FROM live_sessions WHERE id = ?",
                                      [session_id]).fetchone()
    if stage != "question" or at != position or (closes_at is not None and now > closes_at + grace):
        raise model.LiveRefused("closed")
    if not db.execute("SELECT 1 FROM live_participants WHERE session_id = ? AND attempt_id = ? AND removed = 0",
                      [session_id, attempt_id]).fetchone():
        raise model.LiveRefused("removed")
    db.execute("INSERT INTO answers (attempt_id, position, question_id, response, correct, score, answered_at)"
               " VALUES (?, ?, ?, ?, ?, ?, ?)", [attempt_id, position, question_id, payload, int(correct), score, now])


def position_responses(db: sqlite_utils.Database, session_id: int, position: int) -> list[dict]:
    """Every participant's response to one question (for the class's chart)."""
    return [json.loads(r[0]) for r in db.execute(
        "SELECT x.response FROM live_participants p JOIN answers x ON x.attempt_id = p.attempt_id AND x.position = ?"
        " WHERE p.session_id = ? AND p.removed = 0", [position, session_id]).fetchall()]
