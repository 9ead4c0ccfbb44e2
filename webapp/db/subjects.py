"""Teachers' own articles (issue 20): each subject kept whole — its text, its drafted and confirmed
facts, its modules — until it is published, and frozen from then on."""
from __future__ import annotations

import json
import time

import sqlite_utils

from .core import writes


def free_subject_id(db: sqlite_utils.Database, base: str, taken: set[str] = frozenset()) -> str:
    """`base`, or base-2, base-3 … : an id no subject, source or fact uses yet."""
    n = 1
    while True:
        sid = base if n == 1 else f"{base}-{n}"
        clash = sid in taken or db.execute(
            "SELECT 1 FROM subjects WHERE id = ? UNION SELECT 1 FROM subject_sources WHERE id = ?"
            " UNION SELECT 1 FROM subject_facts WHERE id LIKE ? || '-%'", [sid, sid, sid]).fetchone()
        if not clash:
            return sid
        n += 1


@writes
def insert_subject(db: sqlite_utils.Database, teacher_id: int, sid: str, title: str, sources: list[dict],
                   facts: list[dict], modules: list[dict], published: bool = False) -> str:
    """A whole subject in one transaction: sources ({id, meta, text, sha256}), facts ({id, status, body})."""
    now = time.time()
    db.execute("INSERT INTO subjects (id, teacher_id, title, modules, published_at, created_at, updated_at)"
               " VALUES (?, ?, ?, ?, ?, ?, ?)",
               [sid, teacher_id, title, json.dumps(modules), now if published else None, now, now])
    for i, s in enumerate(sources):
        db.execute("INSERT INTO subject_sources (id, subject_id, position, meta, text, sha256)"
                   " VALUES (?, ?, ?, ?, ?, ?)", [s["id"], sid, i, json.dumps(s["meta"]), s["text"], s["sha256"]])
    for i, f in enumerate(facts):
        db.execute("INSERT INTO subject_facts (id, subject_id, position, status, body, updated_at)"
                   " VALUES (?, ?, ?, ?, ?, ?)", [f["id"], sid, i, f["status"], json.dumps(f["body"]), now])
    return sid


def subject_with_text(db: sqlite_utils.Database, teacher_id: int, sha: str) -> str | None:
    row = db.execute("SELECT s.id FROM subjects s JOIN subject_sources t ON t.subject_id = s.id"
                     " WHERE s.teacher_id = ? AND t.sha256 = ?", [teacher_id, sha]).fetchone()
    return row[0] if row else None


def get_subject(db: sqlite_utils.Database, sid: str) -> dict | None:
    """A subject with its sources (meta, text) and facts (status, body), in order; None if unknown."""
    row = db.execute("SELECT id, teacher_id, title, modules, published_at, author_name, created_at, updated_at"
                     " FROM subjects WHERE id = ?", [sid]).fetchone()
    if row is None:
        return None
    s = dict(zip(("id", "teacher_id", "title", "modules", "published_at", "author_name", "created_at",
                  "updated_at"), row))
    s["modules"] = json.loads(s["modules"])
    s["sources"] = [{"id": r[0], "meta": json.loads(r[1]), "text": r[2], "sha256": r[3]} for r in db.execute(
        "SELECT id, meta, text, sha256 FROM subject_sources WHERE subject_id = ? ORDER BY position", [sid]).fetchall()]
    s["facts"] = [{"id": r[0], "status": r[1], "body": json.loads(r[2])} for r in db.execute(
        "SELECT id, status, body FROM subject_facts WHERE subject_id = ? ORDER BY position", [sid]).fetchall()]
    return s


def list_subjects(db: sqlite_utils.Database, teacher_id: int | None = None, published: bool | None = None) -> list[dict]:
    sql, params = "SELECT id, teacher_id, title, published_at, updated_at FROM subjects WHERE 1 = 1", []
    if teacher_id is not None:
        sql += " AND teacher_id = ?"
        params.append(teacher_id)
    if published is not None:
        sql += " AND published_at IS NOT NULL" if published else " AND published_at IS NULL"
    return [dict(zip(("id", "teacher_id", "title", "published_at", "updated_at"), r))
            for r in db.execute(sql + " ORDER BY created_at, id", params).fetchall()]


@writes
def save_subject_fact(db: sqlite_utils.Database, sid: str, fact_id: str, status: str, body: dict,
                      new: dict | None = None) -> None:
    """Save one fact of an unpublished subject (a published one is frozen: KeyError), and with it a
    `new` draft ({id, status, body}) split off from it, in the same transaction."""
    if db.execute("SELECT 1 FROM subjects WHERE id = ? AND published_at IS NULL", [sid]).fetchone() is None:
        raise KeyError(sid)
    db.execute("UPDATE subject_facts SET status = ?, body = ?, updated_at = ? WHERE id = ? AND subject_id = ?",
               [status, json.dumps(body), time.time(), fact_id, sid])
    if new:
        pos = db.execute("SELECT count(*) FROM subject_facts WHERE subject_id = ?", [sid]).fetchone()[0]
        db.execute("INSERT INTO subject_facts (id, subject_id, position, status, body, updated_at)"
                   " VALUES (?, ?, ?, ?, ?, ?)", [new["id"], sid, pos, new["status"], json.dumps(new["body"]),
                                                  time.time()])
    db.execute("UPDATE subjects SET updated_at = ? WHERE id = ?", [time.time(), sid])


@writes
def publish_subject(db: sqlite_utils.Database, sid: str, author_name: str | None, source_meta: dict[str, dict]) -> None:
    """Publish: the sources' final metadata (exempt paragraphs) and the name to show (None: none)."""
    for src_id, meta in source_meta.items():
        db.execute("UPDATE subject_sources SET meta = ? WHERE id = ? AND subject_id = ?",
                   [json.dumps(meta), src_id, sid])
    now = time.time()
    db.execute("UPDATE subjects SET published_at = ?, author_name = ?, updated_at = ? WHERE id = ?",
               [now, author_name, now, sid])


@writes
def delete_subject(db: sqlite_utils.Database, sid: str, teacher_id: int) -> bool:
    return db.execute("DELETE FROM subjects WHERE id = ? AND teacher_id = ? AND published_at IS NULL",
                      [sid, teacher_id]).rowcount > 0


def subjects_version(db: sqlite_utils.Database) -> tuple:
    """Changes when a subject is published (or a published one removed): what caches key on."""
    return tuple(db.execute("SELECT count(*), max(updated_at) FROM subjects WHERE published_at IS NOT NULL").fetchone())


def ids_taken(db: sqlite_utils.Database, source_ids: list[str], fact_ids: list[str]) -> list[str]:
    """Which of these ids a stored subject already uses (as a subject, source or fact)."""
    out = []
    for i in source_ids:
        if db.execute("SELECT 1 FROM subjects WHERE id = ? UNION SELECT 1 FROM subject_sources WHERE id = ?",
                      [i, i]).fetchone():
            out.append(i)
    for i in fact_ids:
        if db.execute("SELECT 1 FROM subject_facts WHERE id = ?", [i]).fetchone():
            out.append(i)
    return out


@writes
def replace_subject_text(db: sqlite_utils.Database, sid: str, meta: dict, text: str, facts: list[dict]) -> None:
    """A corrected text for an unpublished subject with no confirmed fact: text and drafts replaced together."""
    if db.execute("SELECT 1 FROM subject_facts WHERE subject_id = ? AND status = 'confirmed'", [sid]).fetchone():
        raise KeyError(sid)
    db.execute("UPDATE subject_sources SET meta = ?, text = ?, sha256 = ? WHERE id = ? AND subject_id = ?",
               [json.dumps(meta), text, meta["sha256"], sid, sid])
    db.execute("DELETE FROM subject_facts WHERE subject_id = ?", [sid])
    now = time.time()
    for i, f in enumerate(facts):
        db.execute("INSERT INTO subject_facts (id, subject_id, position, status, body, updated_at)"
                   " VALUES (?, ?, ?, ?, ?, ?)", [f["id"], sid, i, f["status"], json.dumps(f["body"]), now])
    db.execute("UPDATE subjects SET updated_at = ? WHERE id = ?", [now, sid])
