"""The database: the only package that knows table names and SQL.

A plain `Database` (sqlite-utils) is handed to every function here; the Flask glue at the bottom
gives each request its connection. One module per group of tables:

- core.py      connect, `transaction`, `writes` (one transaction, retried on SQLITE_BUSY), `migrate`
- schema.py    every migration, in numeric order
- content.py   the copy of the validated content and its full-text index
- attempts.py  quiz attempts, answers and assignments (built as `attempts.Attempt` / `Assignment`)
- teaching.py  teachers, their questions and question sets
- bot.py       the bot's search, conversations and refused questions
- subjects.py  teachers' own articles, kept whole until published
- limits.py    counters shared by every worker (rate limits, failed sign-ins) and retention
- live.py      live sessions: the teacher's pace and who joined (issue 19)
- control.py   changes to an assignment after publishing, and their log (who, what, when)
"""
from __future__ import annotations

import os
import threading
import weakref

import sqlite_utils

from .attempts import (assignment_attempts, assignment_by_code, attempts_used, create_assignment,
                       create_assignment_attempt, create_attempt, finish_attempt, get_assignment, get_attempt,
                       get_roster, held_back_question_ids, list_assignments, owned_attempts, quiz_under_way, roster_entry,
                       set_roster, submit_answer, unfinished_attempt)
from .bot import MAX_EXCHANGES, bot_search, get_conversation, list_refusals, save_exchange
from .control import (archived_ids, assignment_events, change_assignment_options, delete_assignment,
                      delete_attempt, extra_attempts, grant_attempt, rotate_code, set_archived)
from .content import content_digest, fts_query, load_content, search_facts, source_status
from .limits import (clear_hits, count_hit, count_hits, purge_older_than, read_hits, record_sign_in,
                     sign_in_failures, uncount_hits)
from .core import BUSY_TIMEOUT_MS, connect, retry_busy, transaction, writes
from .core import migrate as _migrate
from .live import (add_live_participant, advance_live_session, create_live_session, get_live_session,
                   list_live_sessions, live_counts, live_participant, live_participants, live_session_by_code,
                   live_version, position_responses, record_live_answer, remove_live_participant, was_removed)
from .schema import MIGRATIONS
from .subjects import (delete_subject, free_subject_id, get_subject, ids_taken, insert_subject, list_subjects,
                       publish_subject, replace_subject_text, save_subject_fact, subject_with_text, subjects_version)
from .teaching import (MAX_SET_SIZE, SetRefused, bump_session_version, change_set, create_set, delete_set,
                       delete_teacher_question, get_set, insert_drafts, insert_teacher, list_sets, list_teachers,
                       question_image, save_teacher_question, set_admin, set_teacher_password, teacher_by_email, teacher_by_id, teacher_question,
                       teacher_questions, teacher_session)

__all__ = [
    "bump_session_version", "clear_hits", "count_hit", "count_hits", "list_teachers", "purge_older_than", "read_hits",
    "uncount_hits",
    "record_sign_in", "set_admin", "set_teacher_password", "sign_in_failures", "teacher_session",
    "delete_subject", "free_subject_id", "get_subject", "ids_taken", "insert_subject", "list_subjects",
    "publish_subject", "replace_subject_text", "save_subject_fact", "subject_with_text", "subjects_version",
    "BUSY_TIMEOUT_MS", "MAX_EXCHANGES", "MAX_SET_SIZE", "MIGRATIONS", "SetRefused", "assignment_attempts",
    "assignment_by_code", "bot_search", "change_set", "close_db", "connect", "content_digest", "create_assignment",
    "create_assignment_attempt", "create_attempt", "create_set", "delete_set", "delete_teacher_question",
    "finish_attempt", "fts_query", "get_assignment", "get_attempt", "get_conversation", "get_db", "get_set",
    "init_app", "insert_drafts", "question_image", "insert_teacher", "list_assignments", "list_refusals", "list_sets",
    "load_content", "migrate", "retry_busy", "save_exchange", "save_teacher_question", "search_facts",
    "source_status", "submit_answer", "teacher_by_email", "teacher_by_id", "teacher_question",
    "teacher_questions", "transaction", "writes",
    # issue 14
    "attempts_used", "get_roster", "held_back_question_ids", "owned_attempts", "roster_entry", "set_roster",
    "unfinished_attempt",
    # live sessions (issue 19)
    "add_live_participant", "advance_live_session", "create_live_session", "get_live_session",
    "list_live_sessions", "live_counts", "live_participant", "live_participants", "live_session_by_code",
    "live_version", "position_responses", "record_live_answer", "remove_live_participant", "was_removed",
    # issue 15: assignment control
    "archived_ids", "assignment_events", "change_assignment_options", "delete_assignment", "delete_attempt",
    "extra_attempts", "grant_attempt", "rotate_code", "set_archived",
]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Bring the schema up to date; return the names of the migrations applied now."""
    return _migrate(db, MIGRATIONS)


# --- Flask glue -----------------------------------------------------------------------------------

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
