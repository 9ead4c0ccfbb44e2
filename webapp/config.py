"""Where things live by default. Plain Python, so CLI checks can run even when the app can't start."""
from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_source_texts() -> Path | None:
    """The article texts: $SOURCED_SOURCE_TEXTS, else ../shared/seeds beside the checkout, else None."""
    env = os.environ.get("SOURCED_SOURCE_TEXTS")
    if env:
        return Path(env)
    beside = PROJECT_ROOT.parent / "shared" / "seeds"
    return beside if beside.is_dir() else None


def defaults(instance_path: str | Path) -> dict:
    inst = Path(instance_path)
    return {
        "DATABASE": str(inst / "sourced.sqlite3"),
        "CONTENT_DIR": str(PROJECT_ROOT / "content"),
        "QUESTIONS_DIR": None,  # default: questions/ beside the content directory
        "QUESTION_SEED": 2025,  # the generator's seed: generated questions keep their ids and text
        "SOURCE_TEXTS": str(t) if (t := default_source_texts()) else None,
        "MAX_CONTENT_LENGTH": 512 * 1024,
        "PROXIES": 0,  # reverse proxies in front (SOURCED_PROXIES=1 behind nginx): see docs/serving.md
        "SQLITE_KEEP_OPEN": True,  # each worker thread keeps its connection between requests (db._kept)
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "PERMANENT_SESSION_LIFETIME": 8 * 3600,
        "WTF_CSRF_TIME_LIMIT": None,
        "RATELIMIT_STORAGE_URI": None,  # None: counted in the database, shared by every worker (webapp/limits_sqlite.py)
        "RATELIMIT_HEADERS_ENABLED": True,
        "SESSION_MAX_HOURS": 12,  # a teacher's session ends this long after signing in, whatever happens
        "SESSION_IDLE_MINUTES": 120,  # ... or after this long without a request
        "RETAIN_CONVERSATIONS_DAYS": 30,  # `flask purge` deletes bot conversations unused this long
        "RETAIN_REFUSALS_DAYS": 90,  # ... questions the bot could not answer, asked this long ago
        "RETAIN_ATTEMPTS_DAYS": 365,  # ... quiz attempts (and their answers) started this long ago
        "BIND": None,  # where the app listens, e.g. 127.0.0.1:8000 (else read from gunicorn's -b): see PROXIES
    }


def load_or_create_secret_key(instance_path: str | Path) -> str:
    """The instance's secret key, generated on first run and kept readable by the owner only.

    Created with O_EXCL so that several workers starting at once agree on one key."""
    path = Path(instance_path) / "secret_key"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # another worker may be writing it right now
            key = path.read_text().strip()
            if key:
                return key
            time.sleep(0.02)
        raise RuntimeError(f"{path} exists but is empty: delete it to have a new key made")
    key = secrets.token_hex(32)
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key
