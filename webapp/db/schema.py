"""The schema: every migration, in numeric order, in one place.

A migration runs once (its name is recorded) and in one transaction; each is written so that running
it again would do no harm. Add a new one at the end with the next number; never edit an applied one.
"""
from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    ("001_content", """
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
"""),
    # Sources gained a short `label` ("the blog post") that questions and the bot use to name them.
    ("002_source_label", """
ALTER TABLE sources ADD COLUMN label TEXT;
"""),
    ("010_quiz", """
CREATE TABLE IF NOT EXISTS attempts (
    id TEXT PRIMARY KEY, scope TEXT NOT NULL, length INTEGER NOT NULL, seed INTEGER NOT NULL,
    layout TEXT NOT NULL, created_at REAL NOT NULL, finished_at REAL,
    assignment_id INTEGER, display_name TEXT, deadline REAL);
CREATE TABLE IF NOT EXISTS answers (
    attempt_id TEXT NOT NULL REFERENCES attempts(id) ON DELETE CASCADE, position INTEGER NOT NULL,
    question_id TEXT NOT NULL, response TEXT NOT NULL, correct INTEGER NOT NULL, score REAL NOT NULL,
    answered_at REAL NOT NULL, PRIMARY KEY (attempt_id, position));
CREATE INDEX IF NOT EXISTS attempts_assignment ON attempts(assignment_id);
"""),
    ("020_bot", """
CREATE TABLE IF NOT EXISTS bot_conversations (id TEXT PRIMARY KEY, context TEXT NOT NULL,
    exchanges TEXT NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS bot_refusals (id INTEGER PRIMARY KEY, question TEXT NOT NULL, asked_at REAL NOT NULL);
"""),
    ("030_teachers", """
CREATE TABLE IF NOT EXISTS teachers (
    id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE, password_hash TEXT NOT NULL,
    created_at REAL NOT NULL);
"""),
    ("040_teaching", """
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
"""),
    # Issue 17: teachers' sessions that end (a version every cookie carries), administrators, rate-limit
    # counters shared by every worker, and failed sign-ins for the per-account backoff.
    ("070_sessions_limits", """
ALTER TABLE teachers ADD COLUMN session_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE teachers ADD COLUMN is_admin INTEGER NOT NULL DEFAULT 0;
CREATE TABLE IF NOT EXISTS rate_limits (key TEXT PRIMARY KEY, count INTEGER NOT NULL, expires_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS sign_in_failures (key TEXT PRIMARY KEY, failures INTEGER NOT NULL, last_at REAL NOT NULL);
"""),
    # Issue 20: teachers' own articles, kept whole in the database (text, drafts, published facts).
    ("080_subjects", """
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
"""),
    # issue 14: an attempt belongs to the browser that started it (`owner`: the digest of its token) and
    # its name is compared by skeleton (`name_key`); an assignment may have a class list (roster) whose
    # names each come with a personal code.
    ("090_students", """
ALTER TABLE attempts ADD COLUMN owner TEXT;
ALTER TABLE attempts ADD COLUMN name_key TEXT;
CREATE INDEX IF NOT EXISTS attempts_owner ON attempts(assignment_id, owner);
CREATE INDEX IF NOT EXISTS attempts_name_key ON attempts(assignment_id, name_key);
CREATE TABLE IF NOT EXISTS roster (
    assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE, position INTEGER NOT NULL,
    name TEXT NOT NULL, name_key TEXT NOT NULL, code TEXT NOT NULL,
    PRIMARY KEY (assignment_id, name_key), UNIQUE (assignment_id, code));
"""),
    # attempt_grants: extra attempts a teacher gave one display name beyond the assignment's limit.
    ("100_assignment_control", """
ALTER TABLE assignments ADD COLUMN archived_at REAL;
CREATE TABLE IF NOT EXISTS assignment_events (
    id INTEGER PRIMARY KEY, assignment_id INTEGER NOT NULL, teacher_id INTEGER, action TEXT NOT NULL,
    detail TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS assignment_events_assignment ON assignment_events(assignment_id, at);
CREATE TABLE IF NOT EXISTS attempt_grants (
    assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
    display_name TEXT NOT NULL COLLATE NOCASE, extra INTEGER NOT NULL,
    PRIMARY KEY (assignment_id, display_name));
"""),
    # --- issue 19: live class mode. A live session is an assignment (its attempts and answers are the
    # usual rows, so results, item analysis and CSVs cover it) plus the teacher's pace: the stage, the
    # question on screen, when answers close, and a version number students poll.
    ("110_live", """
CREATE TABLE IF NOT EXISTS live_sessions (
    id INTEGER PRIMARY KEY, assignment_id INTEGER NOT NULL UNIQUE REFERENCES assignments(id) ON DELETE CASCADE,
    teacher_id INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE, code TEXT NOT NULL UNIQUE,
    layout TEXT NOT NULL, stage TEXT NOT NULL, position INTEGER NOT NULL, timer INTEGER,
    leaderboard INTEGER NOT NULL, closes_at REAL, version INTEGER NOT NULL, created_at REAL NOT NULL,
    updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS live_participants (
    session_id INTEGER NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE, participant TEXT NOT NULL,
    attempt_id TEXT NOT NULL UNIQUE REFERENCES attempts(id) ON DELETE CASCADE, name TEXT NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0, joined_at REAL NOT NULL, PRIMARY KEY (session_id, participant, attempt_id));
CREATE INDEX IF NOT EXISTS live_participants_by_browser ON live_participants(session_id, participant, removed);
"""),
]

# --- issue 15: teachers in control of an assignment after publishing ---------------------------------
MIGRATIONS += [
    # Archiving hides an assignment from the main list and stops it taking answers; its results stay.
    # Every change after publishing is one row of assignment_events (who, what, when). The log has no
    # foreign key on purpose: the record that an assignment was deleted outlives the assignment.
]

# --- issue 16: pictures of imported questions, stored once under the SHA-256 of their bytes ----------
MIGRATIONS += [
    # The first teacher to import a picture owns its row; a question names its pictures by id. The type
    # is the one the bytes were checked to be (webapp/exchange/images.py), served with nosniff.
    ("130_question_images", """
CREATE TABLE IF NOT EXISTS question_images (
    id TEXT PRIMARY KEY, teacher_id INTEGER NOT NULL REFERENCES teachers(id) ON DELETE CASCADE,
    mime TEXT NOT NULL, data BLOB NOT NULL, created_at REAL NOT NULL);
"""),
]

MIGRATIONS += [
    # The bot is out of reach in a browser taking a teacher's quiz (views/ask): its running attempts are
    # looked up by owner alone on every /ask request from a browser that has one.
    ("140_attempts_by_owner", """
CREATE INDEX IF NOT EXISTS attempts_by_owner ON attempts(owner, finished_at);
"""),
    # Sources say where an author's name comes from when the article has no byline (`author_basis`).
    ("150_source_author_basis", """
ALTER TABLE sources ADD COLUMN author_basis TEXT;
"""),
]
