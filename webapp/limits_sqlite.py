"""A `limits` storage backend in SQLite, so that rate limits count across every worker process.

Flask-Limiter's default (memory://) counts per process: with N gunicorn workers a limit allowed N
times what it said. This backend keeps fixed-window counters in the app's own database (the
`rate_limits` table, one upsert per hit). Registered for URIs `sqlite:///absolute/path.sqlite3`;
RATELIMIT_STORAGE_URI can still name another `limits` backend (redis://…) for several hosts.

`incr_many` counts all of a view's limits in one upsert and returns each counter as it now stands
(count and expiry), which is what the X-RateLimit-* headers of the same response show
(ratelimit.py); `uncount_many` takes hits back when a limit checked earlier was already used up.
No Flask here."""
from __future__ import annotations

import os
import sqlite3
import threading


from limits.storage import Storage

from . import db


class SQLiteStorage(Storage):
    STORAGE_SCHEME = ["sqlite"]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options):
        super().__init__(uri, wrap_exceptions, **options)
        self.path = (uri or "").split("://", 1)[-1]
        self._local = threading.local()

    @property
    def base_exceptions(self):
        return sqlite3.Error

    @property
    def _db(self):
        """One connection per thread and process (a forked worker never uses its parent's)."""
        if getattr(self._local, "pid", None) != os.getpid():
            self._local.db, self._local.pid = db.connect(self.path), os.getpid()
        return self._local.db

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        return db.count_hits(self._db, [(key, expiry)], amount)[0][0]

    def incr_many(self, entries: list[tuple[str, int]]) -> list[tuple[int, float]]:
        """One hit on each (key, expiry) in one statement; each counter's (count, expires_at) after it."""
        return db.count_hits(self._db, entries)

    def uncount_many(self, keys: list[str]) -> None:
        db.uncount_hits(self._db, keys)

    def get(self, key: str) -> int:
        return db.read_hits(self._db, key)[0]

    def get_expiry(self, key: str) -> float:
        return db.read_hits(self._db, key)[1]

    def check(self) -> bool:
        try:
            self._db.execute("SELECT 1 FROM rate_limits LIMIT 1")
            return True
        except sqlite3.Error:
            return False

    def reset(self) -> int | None:
        return db.clear_hits(self._db)

    def clear(self, key: str) -> None:
        db.clear_hits(self._db, key)


def default_uri(database: str) -> str:
    return "sqlite://" + os.path.abspath(database)



