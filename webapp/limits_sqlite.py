"""A `limits` storage backend in SQLite, so that rate limits count across every worker process.

Flask-Limiter's default (memory://) counts per process: with N gunicorn workers a limit allowed N
times what it said. This backend keeps fixed-window counters in the app's own database (the
`rate_limits` table, one upsert per hit). Registered for URIs `sqlite:///absolute/path.sqlite3`;
RATELIMIT_STORAGE_URI can still name another `limits` backend (redis://…) for several hosts.

The upsert returns the counter as it now stands, which is what Flask-Limiter then reads back for the
X-RateLimit-* headers of the same response (two more SELECTs): those reads are answered from what
this thread's last hit returned, until `forget()` (called at the start of every request).
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

    @property
    def _hits(self) -> dict[str, tuple[int, float]]:
        """What this thread's hits since the last forget() returned, by key."""
        if not hasattr(self._local, "hits"):
            self._local.hits = {}
        return self._local.hits

    def forget(self) -> None:
        self._hits.clear()

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        self._hits[key] = db.count_hit(self._db, key, expiry, amount)
        return self._hits[key][0]

    def _read(self, key: str) -> tuple[int, float]:
        return self._hits.get(key) or db.read_hits(self._db, key)

    def get(self, key: str) -> int:
        return self._read(key)[0]

    def get_expiry(self, key: str) -> float:
        return self._read(key)[1]

    def check(self) -> bool:
        try:
            self._db.execute("SELECT 1 FROM rate_limits LIMIT 1")
            return True
        except sqlite3.Error:
            return False

    def reset(self) -> int | None:
        self.forget()
        return db.clear_hits(self._db)

    def clear(self, key: str) -> None:
        self._hits.pop(key, None)
        db.clear_hits(self._db, key)


def default_uri(database: str) -> str:
    return "sqlite://" + os.path.abspath(database)



