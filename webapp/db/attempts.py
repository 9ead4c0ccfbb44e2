"""Quiz attempts and their answers, and the assignments they belong to."""
from __future__ import annotations

import datetime as dt
import json
import time
from typing import Callable

import sqlite_utils

from .. import attempts as model
from ..assignments import AssignmentOptions
from ..schemas import Question
from .core import writes

_ATTEMPT_COLS = ("id", "scope", "length", "seed", "layout", "created_at", "finished_at", "assignment_id",
                 "display_name", "deadline", "owner", "name_key")
_ANSWER_COLS = ("position", "question_id", "response", "correct", "score", "answered_at")


def _answer(r) -> model.Answer:
    return model.Answer(position=r[0], question_id=r[1], response=json.loads(r[2]), correct=bool(r[3]),
                        score=r[4], answered_at=r[5])


@writes
def create_attempt(db: sqlite_utils.Database, attempt_id: str, scope: str, seed: int, layout: list[dict],
                   assignment_id: int | None = None, display_name: str | None = None,
                   deadline: float | None = None, owner: str | None = None) -> None:
    db.execute(f"INSERT INTO attempts ({', '.join(_ATTEMPT_COLS)}) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL)",
               [attempt_id, scope, len(layout), seed, json.dumps(layout), time.time(), assignment_id,
                display_name, deadline, owner])


def get_attempt(db: sqlite_utils.Database, attempt_id: str) -> model.Attempt | None:
    """The attempt with its layout and its answers (in position order), or None."""
    row = db.execute(f"SELECT {', '.join(_ATTEMPT_COLS)} FROM attempts WHERE id = ?", [attempt_id]).fetchone()
    if row is None:
        return None
    a = model.Attempt(**dict(zip(_ATTEMPT_COLS, row)))
    a.layout = json.loads(row[4])
    a.answers = [_answer(r) for r in db.execute(
        f"SELECT {', '.join(_ANSWER_COLS)} FROM answers WHERE attempt_id = ? ORDER BY position",
        [attempt_id]).fetchall()]
    return a


@writes
def submit_answer(db: sqlite_utils.Database, attempt_id: str, position: int, question_id: str,
                  response: dict, correct: bool, score: float, now: float | None = None) -> model.Answer:
    """Store one answer, atomically. The same answer sent twice returns the stored one (a double
    click or a resend); anything else out of turn raises attempts.AnswerRefused."""
    now = time.time() if now is None else now
    payload = json.dumps(response, sort_keys=True)
    # one statement reads the attempt, the answers so far and any answer already at this position
    row = db.execute(
        "SELECT a.length, a.finished_at, a.deadline, (SELECT count(*) FROM answers WHERE attempt_id = a.id), "
        + ", ".join(f"o.{c}" for c in _ANSWER_COLS) + " FROM attempts a LEFT JOIN answers o"
        " ON o.attempt_id = a.id AND o.position = ? WHERE a.id = ?", [position, attempt_id]).fetchone()
    if row is None:
        raise model.AnswerRefused("missing")
    length, finished_at, deadline, answered, old = row[0], row[1], row[2], row[3], row[4:]
    if old[0] is not None:
        if old[2] == payload and old[1] == question_id:
            return _answer(old)
        raise model.AnswerRefused("changed")
    if finished_at is not None or position >= length:
        raise model.AnswerRefused("finished")
    if deadline is not None and now > deadline:
        raise model.AnswerRefused("expired")
    if position != answered:
        raise model.AnswerRefused("out-of-order")
    db.execute(f"INSERT INTO answers (attempt_id, {', '.join(_ANSWER_COLS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [attempt_id, position, question_id, payload, int(correct), score, now])
    if position == length - 1:
        db.execute("UPDATE attempts SET finished_at = ? WHERE id = ?", [now, attempt_id])
    return model.Answer(position, question_id, response, correct, score, now)


@writes
def finish_attempt(db: sqlite_utils.Database, attempt_id: str, now: float | None = None) -> None:
    """Close an attempt early (time up): unanswered questions score nothing."""
    db.execute("UPDATE attempts SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
               [time.time() if now is None else now, attempt_id])


# --- assignments -----------------------------------------------------------------------------------

_AS_COLS = "id, teacher_id, set_id, code, options, questions, created_at"


def _assignment(r, attempt_count: int = 0) -> model.Assignment:
    questions = [Question.model_validate(q) for q in json.loads(r[5])]
    return model.Assignment(id=r[0], teacher_id=r[1], set_id=r[2], code=r[3],
                            options=AssignmentOptions.model_validate(json.loads(r[4])),
                            questions={q.id: q for q in questions}, created_at=r[6], attempt_count=attempt_count)


def create_assignment(db: sqlite_utils.Database, teacher_id: int, set_id: int, options: dict,
                      questions: list[dict], new_code: Callable[[], str]) -> model.Assignment:
    """Publish: freeze the questions with the options under a fresh join code (retried on a clash)."""
    for _ in range(20):
        aid = _insert_assignment(db, teacher_id, set_id, options, questions, new_code())
        if aid is not None:
            return get_assignment(db, aid)
    raise RuntimeError("could not find a free join code")


@writes
def _insert_assignment(db: sqlite_utils.Database, teacher_id: int, set_id: int, options: dict,
                       questions: list[dict], code: str) -> int | None:
    if db.execute("SELECT 1 FROM assignments WHERE code = ?", [code]).fetchone():
        return None
    return db.execute(f"INSERT INTO assignments ({_AS_COLS}) VALUES (NULL, ?, ?, ?, ?, ?, ?)",
                      [teacher_id, set_id, code, json.dumps(options, default=str),
                       json.dumps(questions), time.time()]).lastrowid


def get_assignment(db: sqlite_utils.Database, assignment_id: int,
                   teacher_id: int | None = None) -> model.Assignment | None:
    sql, params = f"SELECT {_AS_COLS} FROM assignments WHERE id = ?", [assignment_id]
    if teacher_id is not None:
        sql += " AND teacher_id = ?"
        params.append(teacher_id)
    row = db.execute(sql, params).fetchone()
    return _assignment(row) if row else None


def assignment_by_code(db: sqlite_utils.Database, code: str) -> model.Assignment | None:
    row = db.execute(f"SELECT {_AS_COLS} FROM assignments WHERE code = ?", [code]).fetchone()
    return _assignment(row) if row else None


def list_assignments(db: sqlite_utils.Database, teacher_id: int) -> list[model.Assignment]:
    return [_assignment(r, r[-1]) for r in db.execute(
        f"SELECT {_AS_COLS}, (SELECT count(*) FROM attempts t WHERE t.assignment_id = a.id)"
        " FROM assignments a WHERE teacher_id = ? ORDER BY created_at DESC, id DESC", [teacher_id]).fetchall()]


def assignment_attempts(db: sqlite_utils.Database, assignment_id: int) -> list[model.Attempt]:
    """Every attempt at an assignment with its answers, oldest first."""
    ids = [r[0] for r in db.execute("SELECT id FROM attempts WHERE assignment_id = ? ORDER BY created_at, id",
                                    [assignment_id]).fetchall()]
    return [a for a in (get_attempt(db, i) for i in ids) if a is not None]


@writes
def create_assignment_attempt(db: sqlite_utils.Database, attempt_id: str, assignment_id: int, seed: int,
                              layout: list[dict], name: tuple[str, str], owner: str, deadline: float | None,
                              max_attempts: int | None, name_is_owned: bool = True) -> str:
    """Start an attempt for `name` (display name, skeleton) from the browser `owner`, checked in the
    same transaction: "ok"; "used-up" when this browser or this name has no attempts left;
    "name-taken" when the name (`name_is_owned`: names are held by the first browser) belongs to
    another browser or has no attempts left because of one."""
    display_name, key = name
    def count(col: str, value: str) -> int:
        return db.execute(f"SELECT count(*) FROM attempts WHERE assignment_id = ? AND {col} = ?",
                          [assignment_id, value]).fetchone()[0]
    others = db.execute("SELECT count(*) FROM attempts WHERE assignment_id = ? AND name_key = ? AND owner IS NOT ?",
                        [assignment_id, key, owner]).fetchone()[0]
    # A teacher's extra attempt for this name (issue 15) may be taken from another device too.
    granted = _granted(db, assignment_id, display_name)
    limit = None if max_attempts is None else max_attempts + granted
    name_used = count("name_key", key)
    if name_is_owned and others and not (granted and limit is not None and name_used < limit):
        return "name-taken"
    if limit is not None and count("owner", owner) >= limit:
        return "used-up"
    if limit is not None and name_used >= limit:
        return "name-taken" if others else "used-up"
    db.execute(f"INSERT INTO attempts ({', '.join(_ATTEMPT_COLS)}) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)",
               [attempt_id, f"assignment:{assignment_id}", len(layout), seed, json.dumps(layout), time.time(),
                assignment_id, display_name, deadline, owner, key])
    return "ok"


def unfinished_attempt(db: sqlite_utils.Database, assignment_id: int, owner: str,
                       name_key: str | None = None) -> str | None:
    """The id of this browser's newest attempt (under this name, if given) that is still running, if any."""
    sql, params = ("SELECT id FROM attempts WHERE assignment_id = ? AND owner = ? AND finished_at IS NULL",
                   [assignment_id, owner])
    if name_key is not None:
        sql, params = sql + " AND name_key = ?", [*params, name_key]
    row = db.execute(sql + " ORDER BY created_at DESC LIMIT 1", params).fetchone()
    return row[0] if row else None


# an untimed attempt left unfinished stops counting as under way this long after it started
QUIZ_UNDER_WAY_SECONDS = 3 * 3600


def quiz_under_way(db: sqlite_utils.Database, owner: str, now: float) -> tuple[str, str] | None:
    """(id, "assignment" or "live") of an attempt at a teacher's quiz (an assignment or a live class) that this browser is
    still taking, if any: unfinished, and either within its time limit or, with none, started lately."""
    row = db.execute(
        "SELECT id, 'assignment' FROM attempts WHERE owner = ? AND finished_at IS NULL AND assignment_id IS NOT NULL"
        " AND (deadline > ? OR (deadline IS NULL AND created_at > ?))"
        " UNION ALL SELECT a.id, 'live' FROM live_participants p JOIN attempts a ON a.id = p.attempt_id"
        " WHERE p.participant = ? AND p.removed = 0 AND a.finished_at IS NULL AND a.created_at > ? LIMIT 1",
        [owner, now, now - QUIZ_UNDER_WAY_SECONDS, owner, now - QUIZ_UNDER_WAY_SECONDS]).fetchone()
    return (row[0], row[1]) if row else None


def attempts_used(db: sqlite_utils.Database, assignment_id: int, owner: str | None) -> int:
    if owner is None:
        return 0
    return db.execute("SELECT count(*) FROM attempts WHERE assignment_id = ? AND owner = ?",
                      [assignment_id, owner]).fetchone()[0]


def owned_attempts(db: sqlite_utils.Database, owner: str | None, limit: int = 10) -> list[str]:
    """This browser's latest attempts' ids, newest first."""
    if owner is None:
        return []
    return [r[0] for r in db.execute("SELECT id FROM attempts WHERE owner = ? ORDER BY created_at DESC LIMIT ?",
                                     [owner, limit]).fetchall()]


def held_back_question_ids(db: sqlite_utils.Database, now: dt.datetime) -> set[str]:
    """Questions of assignments that have not closed and show their answers only later: their keys
    must not turn up in practice quizzes meanwhile."""
    held: set[str] = set()
    for options, questions in db.execute("SELECT options, questions FROM assignments").fetchall():
        opts = AssignmentOptions.model_validate(json.loads(options))
        if opts.feedback != "each" and (opts.closes_at is None or now < opts.closes_at):
            held |= {q["id"] for q in json.loads(questions)}
    return held


# --- class lists (rosters) ---------------------------------------------------------------------------

@writes
def set_roster(db: sqlite_utils.Database, assignment_id: int, names: list[tuple[str, str]],
               new_code: Callable[[], str]) -> None:
    """Make the class list these (name, skeleton) pairs: names already listed keep their codes."""
    kept = {r[0]: r[1] for r in db.execute("SELECT name_key, code FROM roster WHERE assignment_id = ?",
                                           [assignment_id]).fetchall()}
    db.execute("DELETE FROM roster WHERE assignment_id = ?", [assignment_id])
    used = set(kept.values())
    for pos, (name, key) in enumerate(names):
        code = kept.get(key)
        while code is None or (code in used and kept.get(key) != code):
            code = new_code()
        used.add(code)
        db.execute("INSERT INTO roster (assignment_id, position, name, name_key, code) VALUES (?, ?, ?, ?, ?)",
                   [assignment_id, pos, name, key, code])


def get_roster(db: sqlite_utils.Database, assignment_id: int) -> list[dict]:
    return [{"name": r[0], "name_key": r[1], "code": r[2]} for r in db.execute(
        "SELECT name, name_key, code FROM roster WHERE assignment_id = ? ORDER BY position",
        [assignment_id]).fetchall()]


def roster_entry(db: sqlite_utils.Database, assignment_id: int, code: str) -> dict | None:
    row = db.execute("SELECT name, name_key FROM roster WHERE assignment_id = ? AND code = ?",
                     [assignment_id, code]).fetchone()
    return {"name": row[0], "name_key": row[1]} if row else None


def _granted(db: sqlite_utils.Database, assignment_id: int, display_name: str) -> int:
    """Extra attempts a teacher gave this name (issue 15, db/control.py writes them)."""
    row = db.execute("SELECT extra FROM attempt_grants WHERE assignment_id = ? AND display_name = ? COLLATE NOCASE",
                     [assignment_id, display_name]).fetchone()
    return row[0] if row else 0
