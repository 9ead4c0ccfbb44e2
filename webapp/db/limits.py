"""Counters shared by every worker: rate-limit windows and failed sign-ins (issue 17)."""
from __future__ import annotations

import time

import sqlite_utils

from .core import retry_busy, writes


def count_hit(db: sqlite_utils.Database, key: str, expiry: float, amount: int = 1,
              now: float | None = None) -> tuple[int, float]:
    """Add `amount` to a fixed-window counter shared by every process; returns the new (count,
    expires_at). One statement (its own transaction), so concurrent workers never lose a hit."""
    return count_hits(db, [(key, expiry)], amount, now)[0]


def count_hits(db: sqlite_utils.Database, entries: list[tuple[str, float]], amount: int = 1,
               now: float | None = None) -> list[tuple[int, float]]:
    """`count_hit` for several (key, expiry) counters in ONE statement (a view's limits together);
    each counter's (count, expires_at) after it, in the order given."""
    now = time.time() if now is None else now
    values = ", ".join("(?, ?, ?)" for _ in entries)
    params = [p for key, expiry in entries for p in (key, amount, now + expiry)]
    rows = retry_busy(lambda: db.execute(
        f"INSERT INTO rate_limits (key, count, expires_at) VALUES {values} ON CONFLICT(key) DO UPDATE SET"
        " count = CASE WHEN expires_at <= ? THEN excluded.count ELSE count + excluded.count END,"
        " expires_at = CASE WHEN expires_at <= ? THEN excluded.expires_at ELSE expires_at END"
        " RETURNING key, count, expires_at", [*params, now, now]).fetchall())
    got = {key: (n, expires_at) for key, n, expires_at in rows}
    return [got[key] for key, _ in entries]


def uncount_hits(db: sqlite_utils.Database, keys: list[str], now: float | None = None) -> None:
    """Take one hit back from each counter still in its window."""
    now = time.time() if now is None else now
    marks = ", ".join("?" for _ in keys)
    retry_busy(lambda: db.execute(f"UPDATE rate_limits SET count = count - 1 WHERE key IN ({marks}) AND"
                                  " expires_at > ? AND count > 0", [*keys, now]))


def read_hits(db: sqlite_utils.Database, key: str, now: float | None = None) -> tuple[int, float]:
    """(count, expires_at) of a counter; (0, now) when it has expired or never started."""
    now = time.time() if now is None else now
    row = db.execute("SELECT count, expires_at FROM rate_limits WHERE key = ? AND expires_at > ?", [key, now]).fetchone()
    return (row[0], row[1]) if row else (0, now)


def clear_hits(db: sqlite_utils.Database, key: str | None = None) -> int:
    sql, params = ("DELETE FROM rate_limits WHERE key = ?", [key]) if key else ("DELETE FROM rate_limits", [])
    return retry_busy(lambda: db.execute(sql, params).rowcount)


def sign_in_failures(db: sqlite_utils.Database, keys: list[str]) -> dict[str, tuple[int, float]]:
    """key -> (failed sign-ins in a row, time of the last one)."""
    marks = ", ".join("?" for _ in keys)
    return {r[0]: (r[1], r[2]) for r in db.execute(
        f"SELECT key, failures, last_at FROM sign_in_failures WHERE key IN ({marks})", keys).fetchall()}


@writes
def record_sign_in(db: sqlite_utils.Database, keys: list[str], failed: bool, now: float | None = None) -> None:
    """Count a failed sign-in against each key, or forget the keys after a successful one."""
    now = time.time() if now is None else now
    for key in keys:
        if failed:
            db.execute("INSERT INTO sign_in_failures (key, failures, last_at) VALUES (?, 1, ?)"
                       " ON CONFLICT(key) DO UPDATE SET failures = failures + 1, last_at = excluded.last_at",
                       [key, now])
        else:
            db.execute("DELETE FROM sign_in_failures WHERE key = ?", [key])


@writes
def purge_older_than(db: sqlite_utils.Database, conversations: float, refusals: float, attempts: float,
                     now: float | None = None) -> dict[str, int]:
    """Delete what is older than the given ages (seconds): bot conversations by last use, refused
    questions by when they were asked, quiz attempts (with their answers) by when they started, and
    counters that no longer count."""
    now = time.time() if now is None else now
    return {
        "conversations": db.execute("DELETE FROM bot_conversations WHERE updated_at < ?",
                                    [now - conversations]).rowcount,
        "refusals": db.execute("DELETE FROM bot_refusals WHERE asked_at < ?", [now - refusals]).rowcount,
        "attempts": db.execute("DELETE FROM attempts WHERE created_at < ?", [now - attempts]).rowcount,
        "counters": db.execute("DELETE FROM rate_limits WHERE expires_at < ?", [now]).rowcount
        + db.execute("DELETE FROM sign_in_failures WHERE last_at < ?", [now - 86400]).rowcount,
    }
