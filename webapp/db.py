"""The database: the only module that knows table names and SQL.

A plain `Database` (sqlite-utils) that the domain code is handed; Flask glue at the bottom gives
one connection per request on `g` and registers `flask init-db`. Schema changes are numbered
migrations that are safe to run again. Content tables are a copy of the validated content store,
replaced in one transaction whenever the content changes.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import threading
import time
import weakref
from pathlib import Path
from typing import Callable, Iterable

import sqlite_utils

from .facts import Store

BUSY_TIMEOUT_MS = 5000


def connect(path: str | Path) -> sqlite_utils.Database:
    """Open the database with the settings every connection needs (WAL, busy timeout, FKs)."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    return sqlite_utils.Database(conn)


def retry_busy(fn: Callable, attempts: int = 5):
    """Run a write, retrying when another process holds the write lock beyond the busy timeout."""
    for i in range(attempts):
        try:
            return fn()
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e):
                raise
            if i == attempts - 1:
                raise
            time.sleep(0.05 * (2 ** i))


class transaction:
    """`with transaction(db):` — BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


# --- migrations -------------------------------------------------------------------------------

MIGRATIONS: list[tuple[str, str]] = []


def migration(name: str):
    """Register a numbered migration (its SQL runs once, in order, in one transaction)."""
    def add(sql: str) -> str:
        MIGRATIONS.append((name, sql))
        return sql
    return add


migration("001_content")("""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT, author TEXT, published TEXT,
    kind TEXT NOT NULL, file TEXT NOT NULL, sha256 TEXT NOT NULL, paragraphs INTEGER NOT NULL,
    status TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS facts (
    id TEXT PRIMARY KEY, statement TEXT NOT NULL, kind TEXT NOT NULL, claimant TEXT NOT NULL,
    figures TEXT NOT NULL, citations TEXT NOT NULL, topics TEXT NOT NULL, related TEXT NOT NULL,
    conflicts_with TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS fact_topics (fact_id TEXT NOT NULL, topic TEXT NOT NULL, PRIMARY KEY (fact_id, topic));
CREATE TABLE IF NOT EXISTS modules (id TEXT PRIMARY KEY, title TEXT NOT NULL, summary TEXT NOT NULL,
    position INTEGER NOT NULL, body TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS facts_fts USING fts5(
    fact_id UNINDEXED, statement, claimant, topics, terms, tokenize = 'porter unicode61');
""")

# Sources gained a short `label` ("the blog post") that questions and the bot use to name them.
migration("002_source_label")("""
ALTER TABLE sources ADD COLUMN label TEXT;
""")


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations not yet applied; return their names."""
    db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL)")
    done = {r[0] for r in db.execute("SELECT name FROM migrations").fetchall()}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue

        def apply(name=name, sql=sql):
            with transaction(db):
                for stmt in _statements(sql):
                    db.execute(stmt)
                db.execute("INSERT OR IGNORE INTO migrations (name, applied_at) VALUES (?, ?)", [name, time.time()])
        retry_busy(apply)
        applied.append(name)
    return applied


def _statements(sql: str) -> Iterable[str]:
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                yield buf
            buf = ""
    if buf.strip():
        yield buf


# --- content copy -----------------------------------------------------------------------------

def content_digest(db: sqlite_utils.Database) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = 'content_digest'").fetchone()
    return row[0] if row else None


def load_content(db: sqlite_utils.Database, store: Store, extra_terms: Callable[[object], str] | None = None,
                 force: bool = False) -> bool:
    """Replace the content tables with `store`, in one transaction. Returns False when already current.

    The search terms each fact is indexed with are part of the digest, so a change to the bot's
    indexing rebuilds the index even when the content itself did not change."""
    terms = {f.id: (extra_terms(f) if extra_terms else "") for f in store.facts.values()}
    digest = hashlib.sha256((store.digest + json.dumps(terms, sort_keys=True)).encode()).hexdigest()
    if not force and content_digest(db) == digest:
        return False

    def write():
        with transaction(db):
            for table in ("sources", "facts", "fact_topics", "modules", "facts_fts"):
                db.execute(f"DELETE FROM {table}")
            db["sources"].insert_all(
                [{**s.model_dump(mode="json", exclude={"note", "exempt_paragraphs", "link"}),
                  "status": store.verified.get(s.id, "")} for s in store.sources.values()])
            db["facts"].insert_all(
                [{"id": f.id, "statement": f.statement, "kind": f.kind, "claimant": f.claimant,
                  "figures": json.dumps([g.model_dump(mode="json") for g in f.figures]),
                  "citations": json.dumps([c.model_dump(mode="json") for c in f.citations]),
                  "topics": json.dumps(f.topics), "related": json.dumps(f.related),
                  "conflicts_with": json.dumps([c.model_dump(mode="json") for c in f.conflicts_with]),
                  "position": i} for i, f in enumerate(store.facts.values())])
            db["fact_topics"].insert_all(
                [{"fact_id": f.id, "topic": t} for f in store.facts.values() for t in f.topics])
            db["modules"].insert_all(
                [{"id": m.id, "title": m.title, "summary": m.summary, "position": i,
                  "body": m.model_dump_json()} for i, m in enumerate(store.modules.values())])
            db["facts_fts"].insert_all(
                [{"fact_id": f.id, "statement": f.statement, "claimant": f.claimant,
                  "topics": " ".join(t.replace("-", " ") for t in f.topics),
                  "terms": terms[f.id]} for f in store.facts.values()])
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('content_digest', ?)", [digest])
    retry_busy(write)
    return True


_FTS_WORD = re.compile(r"[\w]+", re.UNICODE)


def fts_query(text: str, mode: str = "AND") -> str | None:
    """A safe FTS5 query from user text: each word quoted, prefix-matched, joined by AND/OR."""
    words = [w for w in _FTS_WORD.findall(text.lower()) if len(w) > 0][:20]
    if not words:
        return None
    return f" {mode} ".join(f'"{w}"*' for w in words)


def search_facts(db: sqlite_utils.Database, text: str = "", topic: str | None = None, limit: int = 500) -> list[str]:
    """Fact ids matching a search and/or a topic, best first (bm25), else in content order."""
    params: list = []
    if text.strip() and (q := fts_query(text)):
        sql = "SELECT f.id FROM facts_fts JOIN facts f ON f.id = facts_fts.fact_id WHERE facts_fts MATCH ?"
        params.append(q)
        if topic:
            sql += " AND f.id IN (SELECT fact_id FROM fact_topics WHERE topic = ?)"
            params.append(topic)
        sql += " ORDER BY bm25(facts_fts), f.position LIMIT ?"
    else:
        sql = "SELECT f.id FROM facts f"
        if topic:
            sql += " WHERE f.id IN (SELECT fact_id FROM fact_topics WHERE topic = ?)"
            params.append(topic)
        sql += " ORDER BY f.position LIMIT ?"
    params.append(limit)
    return [r[0] for r in db.execute(sql, params).fetchall()]


def source_status(db: sqlite_utils.Database) -> dict[str, str]:
    return {r[0]: r[1] for r in db.execute("SELECT id, status FROM sources").fetchall()}


# --- Flask glue -----------------------------------------------------------------------------

def get_db() -> sqlite_utils.Database:
    """This request's connection: opened on first use; with SQLITE_KEEP_OPEN (the default) kept for
    the next request of the same worker thread, else closed at teardown."""
    from flask import current_app, g
    if "db" not in g:
        app = current_app._get_current_object()
        if app.config.get("SQLITE_KEEP_OPEN"):
            g.db = _kept(app)
        else:
            g.db = connect(app.config["DATABASE"])
            g.db_close = True
    return g.db


def _kept(app) -> sqlite_utils.Database:
    """The connection this process and thread keep for the app.

    Opening a connection costs its pragmas, and when the last connection to a WAL database closes
    SQLite checkpoints the WAL (several fsyncs) and deletes the -wal and -shm files, which the next
    connection makes again: together about 1 ms a request. Kept per thread (sqlite3 objects are not
    shared across threads) and per process (a gunicorn worker never uses its parent's)."""
    local = app.extensions.setdefault("sqlite_kept", threading.local())
    pid = os.getpid()
    if getattr(local, "pid", None) != pid:
        local.db, local.pid = connect(app.config["DATABASE"]), pid
        weakref.finalize(local.db, local.db.conn.close)
    return local.db


def close_db(exc=None) -> None:
    from flask import g
    db = g.pop("db", None)
    if db is None:
        return
    if g.pop("db_close", False):
        db.conn.close()
    elif db.conn.in_transaction:  # a request that failed mid-transaction leaves nothing behind
        db.conn.rollback()


def init_app(app) -> None:
    app.teardown_appcontext(close_db)


# --- teachers -------------------------------------------------------------------------------

migration("030_teachers")("""
CREATE TABLE IF NOT EXISTS teachers (
    id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE, password_hash TEXT NOT NULL,
    created_at REAL NOT NULL);
""")


def insert_teacher(db: sqlite_utils.Database, email: str, password_hash: str) -> int:
    def write():
        with transaction(db):
            cur = db.execute("INSERT INTO teachers (email, password_hash, created_at) VALUES (?, ?, ?)",
                             [email, password_hash, time.time()])
            return cur.lastrowid
    return retry_busy(write)


def teacher_by_email(db: sqlite_utils.Database, email: str) -> dict | None:
    row = db.execute("SELECT id, email, password_hash FROM teachers WHERE email = ?", [email]).fetchone()
    return dict(zip(("id", "email", "password_hash"), row)) if row else None


def teacher_by_id(db: sqlite_utils.Database, teacher_id: int) -> dict | None:
    row = db.execute("SELECT id, email FROM teachers WHERE id = ?", [teacher_id]).fetchone()
    return dict(zip(("id", "email"), row)) if row else None


def set_teacher_password(db: sqlite_utils.Database, teacher_id: int, password_hash: str) -> None:
    def write():
        with transaction(db):
            db.execute("UPDATE teachers SET password_hash = ? WHERE id = ?", [password_hash, teacher_id])
    retry_busy(write)


# --- quiz attempts ----------------------------------------------------------------------------

migration("010_quiz")("""
CREATE TABLE IF NOT EXISTS attempts (
    id TEXT PRIMARY KEY, scope TEXT NOT NULL, length INTEGER NOT NULL, seed INTEGER NOT NULL,
    layout TEXT NOT NULL, created_at REAL NOT NULL, finished_at REAL,
    assignment_id INTEGER, display_name TEXT, deadline REAL);
CREATE TABLE IF NOT EXISTS answers (
    attempt_id TEXT NOT NULL REFERENCES attempts(id) ON DELETE CASCADE, position INTEGER NOT NULL,
    question_id TEXT NOT NULL, response TEXT NOT NULL, correct INTEGER NOT NULL, score REAL NOT NULL,
    answered_at REAL NOT NULL, PRIMARY KEY (attempt_id, position));
CREATE INDEX IF NOT EXISTS attempts_assignment ON attempts(assignment_id);
""")


class AnswerRefused(Exception):
    """An answer that can't be stored: `reason` is one of "missing", "finished", "out-of-order",
    "changed", "expired"."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


def create_attempt(db: sqlite_utils.Database, attempt_id: str, scope: str, seed: int, layout: list[dict],
                   assignment_id: int | None = None, display_name: str | None = None,
                   deadline: float | None = None) -> None:
    def write():
        with transaction(db):
            db.execute(
                "INSERT INTO attempts (id, scope, length, seed, layout, created_at, assignment_id, display_name, deadline)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [attempt_id, scope, len(layout), seed, json.dumps(layout), time.time(), assignment_id,
                 display_name, deadline])
    retry_busy(write)


def _answer_row(r) -> dict:
    return {"position": r[0], "question_id": r[1], "response": json.loads(r[2]), "correct": bool(r[3]),
            "score": r[4], "answered_at": r[5]}


def get_attempt(db: sqlite_utils.Database, attempt_id: str) -> dict | None:
    """The attempt with its layout and its answers (in position order), or None."""
    row = db.execute("SELECT id, scope, length, seed, layout, created_at, finished_at, assignment_id,"
                     " display_name, deadline FROM attempts WHERE id = ?", [attempt_id]).fetchone()
    if row is None:
        return None
    a = dict(zip(("id", "scope", "length", "seed", "layout", "created_at", "finished_at", "assignment_id",
                  "display_name", "deadline"), row))
    a["layout"] = json.loads(a["layout"])
    a["answers"] = [_answer_row(r) for r in db.execute(
        "SELECT position, question_id, response, correct, score, answered_at FROM answers"
        " WHERE attempt_id = ? ORDER BY position", [attempt_id]).fetchall()]
    return a


def submit_answer(db: sqlite_utils.Database, attempt_id: str, position: int, question_id: str,
                  response: dict, correct: bool, score: float, now: float | None = None) -> dict:
    """Store one answer, atomically. The same answer sent twice returns the stored one (a double
    click or a resend); anything else out of turn raises AnswerRefused."""
    now = time.time() if now is None else now
    payload = json.dumps(response, sort_keys=True)

    def write():
        with transaction(db):
            row = db.execute("SELECT length, finished_at, deadline FROM attempts WHERE id = ?", [attempt_id]).fetchone()
            if row is None:
                raise AnswerRefused("missing")
            length, finished_at, deadline = row
            old = db.execute("SELECT position, question_id, response, correct, score, answered_at FROM answers"
                             " WHERE attempt_id = ? AND position = ?", [attempt_id, position]).fetchone()
            if old is not None:
                if old[2] == payload and old[1] == question_id:
                    return {**_answer_row(old), "repeat": True}
                raise AnswerRefused("changed")
            if finished_at is not None or position >= length:
                raise AnswerRefused("finished")
            if deadline is not None and now > deadline:
                raise AnswerRefused("expired")
            done = db.execute("SELECT count(*) FROM answers WHERE attempt_id = ?", [attempt_id]).fetchone()[0]
            if position != done:
                raise AnswerRefused("out-of-order")
            db.execute("INSERT INTO answers (attempt_id, position, question_id, response, correct, score, answered_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [attempt_id, position, question_id, payload, int(correct), score, now])
            if position == length - 1:
                db.execute("UPDATE attempts SET finished_at = ? WHERE id = ?", [now, attempt_id])
            return {"position": position, "question_id": question_id, "response": response,
                    "correct": correct, "score": score, "answered_at": now, "repeat": False}
    return retry_busy(write)


def finish_attempt(db: sqlite_utils.Database, attempt_id: str, now: float | None = None) -> None:
    """Close an attempt early (time up): unanswered questions score nothing."""
    def write():
        with transaction(db):
            db.execute("UPDATE attempts SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
                       [time.time() if now is None else now, attempt_id])
    retry_busy(write)


# --- the explainer bot ----------------------------------------------------------------------------

migration("020_bot")("""
CREATE TABLE IF NOT EXISTS bot_conversations (id TEXT PRIMARY KEY, context TEXT NOT NULL,
    exchanges TEXT NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS bot_refusals (id INTEGER PRIMARY KEY, question TEXT NOT NULL, asked_at REAL NOT NULL);
""")

MAX_EXCHANGES = 30  # a conversation keeps its last exchanges for the /ask page


def bot_search(db: sqlite_utils.Database, match: str, limit: int, ordered: bool = True,
               budget: int | None = None) -> list[tuple[str, float]]:
    """(fact id, bm25) for an FTS5 match expression, best first; [] when the expression is unusable.

    bm25 is computed for every matching row, so its cost grows with the matches: `budget` ranks
    only the first `budget` matches (in index order), and `ordered=False` skips bm25 and returns
    the first `limit` matches."""
    params: list = [match, limit]
    if not ordered:
        sql = "SELECT fact_id, 0.0 FROM facts_fts WHERE facts_fts MATCH ? LIMIT ?"
    elif budget:
        sql = ("SELECT fact_id, rank FROM (SELECT fact_id, bm25(facts_fts) AS rank FROM facts_fts"
               " WHERE facts_fts MATCH ? LIMIT ?) ORDER BY rank LIMIT ?")
        params = [match, budget, limit]
    else:
        sql = "SELECT fact_id, bm25(facts_fts) AS rank FROM facts_fts WHERE facts_fts MATCH ? ORDER BY rank LIMIT ?"
    try:
        return [(r[0], r[1]) for r in db.execute(sql, params).fetchall()]
    except sqlite3.OperationalError:
        return []


def get_conversation(db: sqlite_utils.Database, conv_id: str) -> dict | None:
    row = db.execute("SELECT context, exchanges FROM bot_conversations WHERE id = ?", [conv_id]).fetchone()
    return {"context": json.loads(row[0]), "exchanges": json.loads(row[1])} if row else None


def save_exchange(db: sqlite_utils.Database, conv_id: str, context: dict, exchange: dict,
                  refused_question: str | None = None) -> None:
    """Append one exchange to a conversation (and log the question if the bot refused it), atomically."""
    def write():
        with transaction(db):
            row = db.execute("SELECT exchanges FROM bot_conversations WHERE id = ?", [conv_id]).fetchone()
            exchanges = (json.loads(row[0]) if row else []) + [exchange]
            db.execute("INSERT OR REPLACE INTO bot_conversations (id, context, exchanges, updated_at) VALUES (?, ?, ?, ?)",
                       [conv_id, json.dumps(context), json.dumps(exchanges[-MAX_EXCHANGES:]), time.time()])
            if refused_question is not None:
                db.execute("INSERT INTO bot_refusals (question, asked_at) VALUES (?, ?)", [refused_question, time.time()])
    retry_busy(write)


def list_refusals(db: sqlite_utils.Database, limit: int = 200) -> list[dict]:
    """The questions the bot could not answer, newest first (text and time only), for teachers."""
    return [{"question": r[0], "asked_at": r[1]} for r in db.execute(
        "SELECT question, asked_at FROM bot_refusals ORDER BY asked_at DESC, id DESC LIMIT ?", [limit]).fetchall()]



# --- teachers' questions, sets and assignments ------------------------------------------------------

migration("040_teaching")("""
CREATE TABLE IF NOT EXISTS teacher_questions (
    id TEXT PRIMARY KEY, teacher_id INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    status TEXT NOT NULL, body TEXT NOT NULL, origin TEXT NOT NULL, created_at REAL NOT NULL,
    updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS teacher_questions_teacher ON teacher_questions(teacher_id, status);
CREATE TABLE IF NOT EXISTS question_sets (
    id INTEGER PRIMARY KEY, teacher_id INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    title TEXT NOT NULL, created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS set_questions (
    set_id INTEGER NOT NULL REFERENCES question_sets(id) ON DELETE CASCADE, position INTEGER NOT NULL,
    question_id TEXT NOT NULL, PRIMARY KEY (set_id, question_id));
CREATE TABLE IF NOT EXISTS assignments (
    id INTEGER PRIMARY KEY, teacher_id INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    set_id INTEGER, code TEXT NOT NULL UNIQUE, options TEXT NOT NULL, questions TEXT NOT NULL,
    created_at REAL NOT NULL);
""")

MAX_SET_SIZE = 100


def _tq(r) -> dict:
    return {"id": r[0], "teacher_id": r[1], "status": r[2], "body": json.loads(r[3]), "origin": r[4],
            "created_at": r[5], "updated_at": r[6]}


_TQ_COLS = "id, teacher_id, status, body, origin, created_at, updated_at"


def save_teacher_question(db: sqlite_utils.Database, teacher_id: int, qid: str, body: dict,
                          status: str = "ready", origin: str = "written") -> None:
    """Insert or replace one of this teacher's questions (`status` "ready" or "draft")."""
    now = time.time()

    def write():
        with transaction(db):
            row = db.execute("SELECT teacher_id FROM teacher_questions WHERE id = ?", [qid]).fetchone()
            if row is not None and row[0] != teacher_id:
                raise KeyError(qid)
            if row is None:
                db.execute(f"INSERT INTO teacher_questions ({_TQ_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           [qid, teacher_id, status, json.dumps(body), origin, now, now])
            else:
                db.execute("UPDATE teacher_questions SET status = ?, body = ?, updated_at = ? WHERE id = ?",
                           [status, json.dumps(body), now, qid])
    retry_busy(write)


def insert_drafts(db: sqlite_utils.Database, teacher_id: int, drafts: list[tuple[str, dict]], origin: str) -> int:
    """Store imported questions as drafts, all or none (one transaction)."""
    now = time.time()

    def write():
        with transaction(db):
            for qid, body in drafts:
                db.execute(f"INSERT INTO teacher_questions ({_TQ_COLS}) VALUES (?, ?, 'draft', ?, ?, ?, ?)",
                           [qid, teacher_id, json.dumps(body), origin, now, now])
        return len(drafts)
    return retry_busy(write)


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


def delete_teacher_question(db: sqlite_utils.Database, teacher_id: int, qid: str) -> bool:
    def write():
        with transaction(db):
            cur = db.execute("DELETE FROM teacher_questions WHERE id = ? AND teacher_id = ?", [qid, teacher_id])
            if cur.rowcount:
                db.execute("DELETE FROM set_questions WHERE question_id = ? AND set_id IN"
                           " (SELECT id FROM question_sets WHERE teacher_id = ?)", [qid, teacher_id])
            return cur.rowcount > 0
    return retry_busy(write)


def create_set(db: sqlite_utils.Database, teacher_id: int, title: str) -> int:
    now = time.time()

    def write():
        with transaction(db):
            return db.execute("INSERT INTO question_sets (teacher_id, title, created_at, updated_at)"
                              " VALUES (?, ?, ?, ?)", [teacher_id, title, now, now]).lastrowid
    return retry_busy(write)


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


def change_set(db: sqlite_utils.Database, teacher_id: int, set_id: int, action: str, question_id: str = "",
               title: str = "") -> None:
    """add / remove / up / down one question, or rename: one transaction, positions kept dense."""
    def write():
        with transaction(db):
            if db.execute("SELECT 1 FROM question_sets WHERE id = ? AND teacher_id = ?",
                          [set_id, teacher_id]).fetchone() is None:
                raise KeyError(set_id)
            ids = [r[0] for r in db.execute("SELECT question_id FROM set_questions WHERE set_id = ?"
                                            " ORDER BY position", [set_id]).fetchall()]
            if action == "rename":
                db.execute("UPDATE question_sets SET title = ? WHERE id = ?", [title, set_id])
            elif action == "add":
                if question_id in ids:
                    raise SetRefused("That question is already in the set.")
                if len(ids) >= MAX_SET_SIZE:
                    raise SetRefused(f"A set holds at most {MAX_SET_SIZE} questions.")
                ids.append(question_id)
            elif action in ("remove", "up", "down"):
                if question_id not in ids:
                    raise SetRefused("That question is not in the set (any more): reload the page.")
                k = ids.index(question_id)
                if action == "remove":
                    ids.pop(k)
                else:
                    j = k - 1 if action == "up" else k + 1
                    if 0 <= j < len(ids):
                        ids[k], ids[j] = ids[j], ids[k]
            else:
                raise SetRefused("Unknown change.")
            db.execute("DELETE FROM set_questions WHERE set_id = ?", [set_id])
            for pos, qid in enumerate(ids):
                db.execute("INSERT INTO set_questions (set_id, position, question_id) VALUES (?, ?, ?)",
                           [set_id, pos, qid])
            db.execute("UPDATE question_sets SET updated_at = ? WHERE id = ?", [time.time(), set_id])
    retry_busy(write)


def delete_set(db: sqlite_utils.Database, teacher_id: int, set_id: int) -> bool:
    def write():
        with transaction(db):
            return db.execute("DELETE FROM question_sets WHERE id = ? AND teacher_id = ?",
                              [set_id, teacher_id]).rowcount > 0
    return retry_busy(write)


_AS_COLS = "id, teacher_id, set_id, code, options, questions, created_at"


def _assignment(r) -> dict:
    return {"id": r[0], "teacher_id": r[1], "set_id": r[2], "code": r[3], "options": json.loads(r[4]),
            "questions": json.loads(r[5]), "created_at": r[6]}


def create_assignment(db: sqlite_utils.Database, teacher_id: int, set_id: int, options: dict,
                      questions: list[dict], new_code: Callable[[], str]) -> dict:
    """Publish: freeze the questions with the options under a fresh join code (retried on a clash)."""
    for _ in range(20):
        code = new_code()

        def write(code=code):
            with transaction(db):
                if db.execute("SELECT 1 FROM assignments WHERE code = ?", [code]).fetchone():
                    return None
                return db.execute(f"INSERT INTO assignments ({_AS_COLS}) VALUES (NULL, ?, ?, ?, ?, ?, ?)",
                                  [teacher_id, set_id, code, json.dumps(options, default=str),
                                   json.dumps(questions), time.time()]).lastrowid
        aid = retry_busy(write)
        if aid is not None:
            return get_assignment(db, aid)
    raise RuntimeError("could not find a free join code")


def get_assignment(db: sqlite_utils.Database, assignment_id: int, teacher_id: int | None = None) -> dict | None:
    sql, params = f"SELECT {_AS_COLS} FROM assignments WHERE id = ?", [assignment_id]
    if teacher_id is not None:
        sql += " AND teacher_id = ?"
        params.append(teacher_id)
    row = db.execute(sql, params).fetchone()
    return _assignment(row) if row else None


def assignment_by_code(db: sqlite_utils.Database, code: str) -> dict | None:
    row = db.execute(f"SELECT {_AS_COLS} FROM assignments WHERE code = ?", [code]).fetchone()
    return _assignment(row) if row else None


def list_assignments(db: sqlite_utils.Database, teacher_id: int) -> list[dict]:
    out = []
    for r in db.execute(f"SELECT {_AS_COLS}, (SELECT count(*) FROM attempts t WHERE t.assignment_id = a.id)"
                        " FROM assignments a WHERE teacher_id = ? ORDER BY created_at DESC, id DESC",
                        [teacher_id]).fetchall():
        out.append({**_assignment(r), "attempts": r[-1]})
    return out


def assignment_attempts(db: sqlite_utils.Database, assignment_id: int) -> list[dict]:
    """Every attempt at an assignment with its answers, oldest first."""
    ids = [r[0] for r in db.execute("SELECT id FROM attempts WHERE assignment_id = ? ORDER BY created_at, id",
                                    [assignment_id]).fetchall()]
    return [a for a in (get_attempt(db, i) for i in ids) if a is not None]


def create_assignment_attempt(db: sqlite_utils.Database, attempt_id: str, assignment_id: int, seed: int,
                              layout: list[dict], display_name: str, deadline: float | None,
                              max_attempts: int | None) -> bool:
    """Start an attempt unless this name has used all its attempts (checked in the same transaction)."""
    def write():
        with transaction(db):
            if max_attempts is not None and db.execute(
                    "SELECT count(*) FROM attempts WHERE assignment_id = ? AND display_name = ? COLLATE NOCASE",
                    [assignment_id, display_name]).fetchone()[0] >= max_attempts:
                return False
            db.execute(
                "INSERT INTO attempts (id, scope, length, seed, layout, created_at, assignment_id, display_name, deadline)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [attempt_id, f"assignment:{assignment_id}", len(layout), seed, json.dumps(layout), time.time(),
                 assignment_id, display_name, deadline])
            return True
    return retry_busy(write)


# --- issue 20: teachers' own articles (subjects kept in the database) ----------------------------------

migration("080_subjects")("""
CREATE TABLE IF NOT EXISTS subjects (
    id TEXT PRIMARY KEY, teacher_id INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    title TEXT NOT NULL, modules TEXT NOT NULL, published_at REAL, author_name TEXT,
    created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS subject_sources (
    id TEXT PRIMARY KEY, subject_id TEXT NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, meta TEXT NOT NULL, text TEXT NOT NULL, sha256 TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS subject_sources_sha ON subject_sources(sha256);
CREATE TABLE IF NOT EXISTS subject_facts (
    id TEXT PRIMARY KEY, subject_id TEXT NOT NULL REFERENCES subjects(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, status TEXT NOT NULL, body TEXT NOT NULL, updated_at REAL NOT NULL);
""")


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


def insert_subject(db: sqlite_utils.Database, teacher_id: int, sid: str, title: str, sources: list[dict],
                   facts: list[dict], modules: list[dict], published: bool = False) -> str:
    """A whole subject in one transaction: sources ({id, meta, text, sha256}), facts ({id, status, body})."""
    now = time.time()

    def write():
        with transaction(db):
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
    return retry_busy(write)


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


def save_subject_fact(db: sqlite_utils.Database, sid: str, fact_id: str, status: str, body: dict,
                      new: dict | None = None) -> None:
    """Save one fact of an unpublished subject (a published one is frozen: KeyError), and with it a
    `new` draft ({id, status, body}) split off from it, in the same transaction."""
    def write():
        with transaction(db):
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
    retry_busy(write)


def publish_subject(db: sqlite_utils.Database, sid: str, author_name: str | None, source_meta: dict[str, dict]) -> None:
    """Publish: the sources' final metadata (exempt paragraphs) and the name to show (None: none)."""
    def write():
        with transaction(db):
            for src_id, meta in source_meta.items():
                db.execute("UPDATE subject_sources SET meta = ? WHERE id = ? AND subject_id = ?",
                           [json.dumps(meta), src_id, sid])
            now = time.time()
            db.execute("UPDATE subjects SET published_at = ?, author_name = ?, updated_at = ? WHERE id = ?",
                       [now, author_name, now, sid])
    retry_busy(write)


def delete_subject(db: sqlite_utils.Database, sid: str, teacher_id: int) -> bool:
    def write():
        with transaction(db):
            return db.execute("DELETE FROM subjects WHERE id = ? AND teacher_id = ? AND published_at IS NULL",
                              [sid, teacher_id]).rowcount > 0
    return retry_busy(write)


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


def replace_subject_text(db: sqlite_utils.Database, sid: str, meta: dict, text: str, facts: list[dict]) -> None:
    """A corrected text for an unpublished subject with no confirmed fact: text and drafts replaced together."""
    def write():
        with transaction(db):
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
    retry_busy(write)
