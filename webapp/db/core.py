"""Connections, transactions and migrations: what every other part of `db` builds on.

No table names here except the `migrations` bookkeeping table; the schema itself is in schema.py.
"""
from __future__ import annotations

import functools
import os
import sqlite3
import time
from pathlib import Path
from typing import Callable, Iterable, TypeVar

import sqlite_utils

BUSY_TIMEOUT_MS = 5000
T = TypeVar("T")


def connect(path: str | Path) -> sqlite_utils.Database:
    """Open the database with the settings every connection needs (WAL, busy timeout, FKs).

    A new database file is made readable by its owner only (it holds password hashes and students'
    names); SQLite gives its -wal and -shm files the same mode."""
    if str(path) != ":memory:":
        _create_private(Path(path))
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        # WAL is a property of the file: set once, kept. Switching needs the file to itself, and SQLite
        # reports "locked" at once (no busy wait) while another process starting at the same moment
        # holds it, so the switch is retried like a write.
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            retry_busy(lambda: conn.execute("PRAGMA journal_mode = WAL"), attempts=8)
        conn.execute("PRAGMA synchronous = NORMAL")
    return sqlite_utils.Database(conn)


def _create_private(path: Path) -> None:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except (FileExistsError, FileNotFoundError):  # there already, or no folder: sqlite3 says so
        pass


def retry_busy(fn: Callable[[], T], attempts: int = 5) -> T:
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
    raise AssertionError("unreachable")


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


def writes(fn: Callable[..., T]) -> Callable[..., T]:
    """A write of its own: `fn(db, …)` runs in one transaction, retried whole on SQLITE_BUSY.

    Every function that changes rows is one of these, so a failure half-way leaves nothing behind
    and a busy database costs a retry, not an error."""
    @functools.wraps(fn)
    def wrapped(db: sqlite_utils.Database, *args, **kwargs) -> T:
        def once() -> T:
            with transaction(db):
                return fn(db, *args, **kwargs)
        return retry_busy(once)
    return wrapped


def migrate(db: sqlite_utils.Database, migrations: Iterable[tuple[str, str]]) -> list[str]:
    """Apply the migrations not yet applied, in the order given; return their names."""
    db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL)")
    done = {r[0] for r in db.execute("SELECT name FROM migrations").fetchall()}
    applied = []
    for name, sql in migrations:
        if name not in done:
            _apply(db, name, sql)
            applied.append(name)
    return applied


@writes
def _apply(db: sqlite_utils.Database, name: str, sql: str) -> None:
    # checked again inside the write lock: two workers starting on a fresh database both see the
    # migration as missing, and an ALTER TABLE run twice fails ("duplicate column")
    if db.execute("SELECT 1 FROM migrations WHERE name = ?", [name]).fetchone():
        return
    for stmt in _statements(sql):
        db.execute(stmt)
    db.execute("INSERT OR IGNORE INTO migrations (name, applied_at) VALUES (?, ?)", [name, time.time()])


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
