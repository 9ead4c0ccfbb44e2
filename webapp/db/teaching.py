"""Teachers' accounts, their own questions (ready or imported drafts) and their question sets."""
from __future__ import annotations

import json
import time

import sqlite_utils

from .core import writes

MAX_SET_SIZE = 100


# --- accounts -----------------------------------------------------------------------------------------

@writes
def insert_teacher(db: sqlite_utils.Database, email: str, password_hash: str) -> int:
    return db.execute("INSERT INTO teachers (email, password_hash, created_at) VALUES (?, ?, ?)",
                      [email, password_hash, time.time()]).lastrowid


def teacher_by_email(db: sqlite_utils.Database, email: str) -> dict | None:
    row = db.execute("SELECT id, email, password_hash FROM teachers WHERE email = ?", [email]).fetchone()
    return dict(zip(("id", "email", "password_hash"), row)) if row else None


def teacher_by_id(db: sqlite_utils.Database, teacher_id: int) -> dict | None:
    row = db.execute("SELECT id, email FROM teachers WHERE id = ?", [teacher_id]).fetchone()
    return dict(zip(("id", "email"), row)) if row else None


_SESSION_COLS = ("id", "email", "session_version", "is_admin", "created_at")


def teacher_session(db: sqlite_utils.Database, teacher_id: int) -> dict | None:
    """A teacher as a request needs them: id, email, session version and whether they administer the site."""
    row = db.execute(f"SELECT {', '.join(_SESSION_COLS)} FROM teachers WHERE id = ?", [teacher_id]).fetchone()
    return dict(zip(_SESSION_COLS, row)) if row else None


def list_teachers(db: sqlite_utils.Database) -> list[dict]:
    return [dict(zip(_SESSION_COLS, r)) for r in db.execute(
        f"SELECT {', '.join(_SESSION_COLS)} FROM teachers ORDER BY email").fetchall()]


@writes
def bump_session_version(db: sqlite_utils.Database, teacher_id: int) -> None:
    """End every session of this teacher (each cookie carries the version it was signed in under)."""
    db.execute("UPDATE teachers SET session_version = session_version + 1 WHERE id = ?", [teacher_id])


@writes
def set_teacher_password(db: sqlite_utils.Database, teacher_id: int, password_hash: str) -> None:
    """A new password, and every session signed in under the old one ended, in one transaction."""
    db.execute("UPDATE teachers SET password_hash = ?, session_version = session_version + 1 WHERE id = ?",
               [password_hash, teacher_id])


@writes
def set_admin(db: sqlite_utils.Database, teacher_id: int, admin: bool) -> None:
    db.execute("UPDATE teachers SET is_admin = ? WHERE id = ?", [int(admin), teacher_id])


# --- teachers' own questions ---------------------------------------------------------------------------

_TQ_COLS = "id, teacher_id, status, body, origin, created_at, updated_at"


def _tq(r) -> dict:
    return {"id": r[0], "teacher_id": r[1], "status": r[2], "body": json.loads(r[3]), "origin": r[4],
            "created_at": r[5], "updated_at": r[6]}


@writes
def save_teacher_question(db: sqlite_utils.Database, teacher_id: int, qid: str, body: dict,
                          status: str = "ready", origin: str = "written") -> None:
    """Insert or replace one of this teacher's questions (`status` "ready" or "draft");
    KeyError when the id belongs to another teacher."""
    now = time.time()
    row = db.execute("SELECT teacher_id FROM teacher_questions WHERE id = ?", [qid]).fetchone()
    if row is not None and row[0] != teacher_id:
        raise KeyError(qid)
    if row is None:
        db.execute(f"INSERT INTO teacher_questions ({_TQ_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [qid, teacher_id, status, json.dumps(body), origin, now, now])
    else:
        db.execute("UPDATE teacher_questions SET status = ?, body = ?, updated_at = ? WHERE id = ?",
                   [status, json.dumps(body), now, qid])


@writes
def insert_drafts(db: sqlite_utils.Database, teacher_id: int, drafts: list[tuple[str, dict]], origin: str,
                  images: list[tuple[str, str, bytes]] = ()) -> int:
    """Store imported questions as drafts with their pictures (id, type, bytes), all or none (one transaction)."""
    now = time.time()
    for image_id, mime, data in images:
        db.execute("INSERT OR IGNORE INTO question_images (id, teacher_id, mime, data, created_at) VALUES (?, ?, ?, ?, ?)",
                   [image_id, teacher_id, mime, data, now])
    for qid, body in drafts:
        db.execute(f"INSERT INTO teacher_questions ({_TQ_COLS}) VALUES (?, ?, 'draft', ?, ?, ?, ?)",
                   [qid, teacher_id, json.dumps(body), origin, now, now])
    return len(drafts)


def question_image(db: sqlite_utils.Database, image_id: str) -> tuple[str, bytes] | None:
    """A stored picture's (type, bytes), or None."""
    row = db.execute("SELECT mime, data FROM question_images WHERE id = ?", [image_id]).fetchone()
    return (row[0], bytes(row[1])) if row else None


def teacher_questions(db: sqlite_utils.Database, teacher_id: int, status: str | None = None) -> list[dict]:
    sql = f"SELECT {_TQ_COLS} FROM teacher_questions WHERE teacher_id = ?"
    params: list = [teacher_id]
    if status:
        sql += " AND status = ?"
        params.append(status)
    return [_tq(r) for r in db.execute(sql + " ORDER BY created_at, id", params).fetchall()]


def teacher_question(db: sqlite_utils.Database, teacher_id: int, qid: str) -> dict | None:
    row = db.execute(f"SELECT {_TQ_COLS} FROM teacher_questions WHERE id = ? AND teacher_id = ?",
                     [qid, teacher_id]).fetchone()
    return _tq(row) if row else None


@writes
def delete_teacher_question(db: sqlite_utils.Database, teacher_id: int, qid: str) -> bool:
    cur = db.execute("DELETE FROM teacher_questions WHERE id = ? AND teacher_id = ?", [qid, teacher_id])
    if cur.rowcount:
        db.execute("DELETE FROM set_questions WHERE question_id = ? AND set_id IN"
                   " (SELECT id FROM question_sets WHERE teacher_id = ?)", [qid, teacher_id])
    return cur.rowcount > 0


# --- question sets ---------------------------------------------------------------------------------------

@writes
def create_set(db: sqlite_utils.Database, teacher_id: int, title: str) -> int:
    now = time.time()
    return db.execute("INSERT INTO question_sets (teacher_id, title, created_at, updated_at) VALUES (?, ?, ?, ?)",
                      [teacher_id, title, now, now]).lastrowid


def list_sets(db: sqlite_utils.Database, teacher_id: int) -> list[dict]:
    return [{"id": r[0], "title": r[1], "size": r[2], "updated_at": r[3]} for r in db.execute(
        "SELECT s.id, s.title, (SELECT count(*) FROM set_questions q WHERE q.set_id = s.id), s.updated_at"
        " FROM question_sets s WHERE s.teacher_id = ? ORDER BY s.updated_at DESC, s.id DESC", [teacher_id]).fetchall()]


def get_set(db: sqlite_utils.Database, teacher_id: int, set_id: int) -> dict | None:
    """A teacher's set with its question ids in order; None for anyone else's (or no) set."""
    row = db.execute("SELECT id, title, created_at, updated_at FROM question_sets WHERE id = ? AND teacher_id = ?",
                     [set_id, teacher_id]).fetchone()
    if row is None:
        return None
    s = dict(zip(("id", "title", "created_at", "updated_at"), row))
    s["questions"] = [r[0] for r in db.execute(
        "SELECT question_id FROM set_questions WHERE set_id = ? ORDER BY position", [set_id]).fetchall()]
    return s


class SetRefused(Exception):
    """A change to a set that can't be made; the message says why."""


def _changed_ids(ids: list[str], action: str, question_id: str) -> list[str]:
    """The set's question ids after one add / remove / up / down."""
    ids = list(ids)
    if action == "add":
        if question_id in ids:
            raise SetRefused("That question is already in the set.")
        if len(ids) >= MAX_SET_SIZE:
            raise SetRefused(f"A set holds at most {MAX_SET_SIZE} questions.")
        return ids + [question_id]
    if action not in ("remove", "up", "down"):
        raise SetRefused("Unknown change.")
    if question_id not in ids:
        raise SetRefused("That question is not in the set (any more): reload the page.")
    k = ids.index(question_id)
    if action == "remove":
        ids.pop(k)
    else:
        j = k - 1 if action == "up" else k + 1
        if 0 <= j < len(ids):
            ids[k], ids[j] = ids[j], ids[k]
    return ids


@writes
def change_set(db: sqlite_utils.Database, teacher_id: int, set_id: int, action: str, question_id: str = "",
               title: str = "") -> None:
    """add / remove / up / down one question, or rename: one transaction, positions kept dense.
    KeyError for anyone else's (or no) set; SetRefused for a change that can't be made."""
    if db.execute("SELECT 1 FROM question_sets WHERE id = ? AND teacher_id = ?",
                  [set_id, teacher_id]).fetchone() is None:
        raise KeyError(set_id)
    if action == "rename":
        db.execute("UPDATE question_sets SET title = ? WHERE id = ?", [title, set_id])
    else:
        ids = [r[0] for r in db.execute("SELECT question_id FROM set_questions WHERE set_id = ? ORDER BY position",
                                        [set_id]).fetchall()]
        db.execute("DELETE FROM set_questions WHERE set_id = ?", [set_id])
        for pos, qid in enumerate(_changed_ids(ids, action, question_id)):
            db.execute("INSERT INTO set_questions (set_id, position, question_id) VALUES (?, ?, ?)",
                       [set_id, pos, qid])
    db.execute("UPDATE question_sets SET updated_at = ? WHERE id = ?", [time.time(), set_id])


@writes
def delete_set(db: sqlite_utils.Database, teacher_id: int, set_id: int) -> bool:
    return db.execute("DELETE FROM question_sets WHERE id = ? AND teacher_id = ?", [set_id, teacher_id]).rowcount > 0
