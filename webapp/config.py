"""Every setting in one table: its name, its default and what it is for.

Plain Python, so CLI checks can run even when the app can't start. `create_app` reads each setting
from the environment as `SOURCED_<NAME>` (parsed as JSON where it can be: `true`, `5`, `"x"`), and a
test checks that README's settings table lists every one. `FIXED` holds Flask settings the app
always uses: they are not meant to be changed by whoever runs the site.
"""
from __future__ import annotations

import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_QUESTION_SEED = 2025  # the generator's seed: generated questions keep their ids and text
# The one size limit for an imported GIFT / Moodle XML file (issue 16): the import page says it, the
# import refuses a larger file, and the server's request limit (MAX_CONTENT_LENGTH) leaves room for it.
IMPORT_MAX_BYTES = 1_000_000
REQUEST_OVERHEAD = 64 * 1024  # the rest of a form post around the file


def size_words(n: int) -> str:
    """A byte count as the pages say it: 1 MB, 600 KB."""
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n / 1000:g} KB"


def default_source_texts() -> Path | None:
    """The article texts: $SOURCED_SOURCE_TEXTS, else ../shared/seeds beside the checkout, else None."""
    env = os.environ.get("SOURCED_SOURCE_TEXTS")
    if env:
        return Path(env)
    beside = PROJECT_ROOT.parent / "shared" / "seeds"
    return beside if beside.is_dir() else None


def default_content_dir() -> str:
    return os.environ.get("SOURCED_CONTENT_DIR") or str(PROJECT_ROOT / "content")


def default_questions_dir() -> str:
    return os.environ.get("SOURCED_QUESTIONS_DIR") or str(Path(default_content_dir()).parent / "questions")


def default_question_seed() -> int:
    return int(os.environ.get("SOURCED_QUESTION_SEED") or DEFAULT_QUESTION_SEED)


@dataclass(frozen=True)
class Setting:
    name: str  # set as SOURCED_<name>
    default: Callable[[Path], Any]  # from the instance folder
    shown: str  # the default as README shows it
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("DATABASE", lambda inst: str(inst / "sourced.sqlite3"), "`instance/sourced.sqlite3`",
            "the SQLite database file"),
    Setting("CONTENT_DIR", lambda inst: str(PROJECT_ROOT / "content"), "`content/`",
            "sources' metadata, facts, modules and the bot's lexicon"),
    Setting("QUESTIONS_DIR", lambda inst: None, "`questions/`", "the question bank (beside the content directory)"),
    Setting("SOURCE_TEXTS", lambda inst: str(t) if (t := default_source_texts()) else None,
            "`../shared/seeds` when it exists, else none", "the article texts figures are verified against "
            "(without them figures show as not verified)"),
    Setting("QUESTION_SEED", lambda inst: DEFAULT_QUESTION_SEED, f"`{DEFAULT_QUESTION_SEED}`",
            "the question generator's seed: generated questions keep their ids and text while it stays"),
    Setting("SECRET_KEY", lambda inst: None, "generated on first run into `instance/secret_key` (mode 0600)",
            "signs sessions and form tokens"),
    Setting("SESSION_COOKIE_SECURE", lambda inst: False, "`false`", "set `true` behind HTTPS"),
    Setting("PROXIES", lambda inst: 0, "`0`",
            "the number of reverse proxies in front, so rate limits see the client's address; only safe when "
            "the app listens on 127.0.0.1 or a Unix socket behind the proxy (a warning is logged otherwise)"),
    Setting("RATELIMIT_STORAGE_URI", lambda inst: None, "none: counted in the app's database",
            "where rate-limit counters live; the default is shared by every worker on the machine, "
            "`redis://host:6379` (with the `redis` package) shares them between machines, `memory://` "
            "counts per worker process"),
    Setting("BIND", lambda inst: None, "read from gunicorn's `-b`",
            "where the app listens, e.g. `127.0.0.1:8000`: with `SOURCED_PROXIES` it must be loopback or a socket"),
    Setting("SESSION_MAX_HOURS", lambda inst: 12, "`12`",
            "a teacher's session ends this long after signing in, whatever happens"),
    Setting("SESSION_IDLE_MINUTES", lambda inst: 120, "`120`", "... or after this long without a request"),
    Setting("RETAIN_CONVERSATIONS_DAYS", lambda inst: 30, "`30`",
            "`flask --app webapp purge` deletes bot conversations unused this long"),
    Setting("RETAIN_REFUSALS_DAYS", lambda inst: 90, "`90`", "... and questions the bot could not answer, asked this long ago"),
    Setting("RETAIN_ATTEMPTS_DAYS", lambda inst: 365, "`365`",
            "... and quiz attempts (with their answers) started this long ago"),
    Setting("MAX_CONTENT_LENGTH", lambda inst: IMPORT_MAX_BYTES + REQUEST_OVERHEAD, f"`{IMPORT_MAX_BYTES + REQUEST_OVERHEAD}`",
            "the largest request body, in bytes (room for an imported question file of "
            f"{size_words(IMPORT_MAX_BYTES)}; set lower, imports are limited to it)"),
    Setting("SQLITE_KEEP_OPEN", lambda inst: True, "`true`",
            "each worker thread keeps its SQLite connection between requests"),
)

FIXED: dict[str, Any] = {
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "PERMANENT_SESSION_LIFETIME": 8 * 3600,
    "WTF_CSRF_TIME_LIMIT": None,
    "RATELIMIT_HEADERS_ENABLED": True,
}


def defaults(instance_path: str | Path) -> dict:
    """Every setting at its default, for an app whose instance folder is `instance_path`."""
    inst = Path(instance_path)
    return {**FIXED, **{s.name: s.default(inst) for s in SETTINGS}}


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
