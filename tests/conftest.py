"""Shared fixtures: an app on a temporary database, its test client and CLI runner.

The source texts live in ../shared/seeds. Without them figure verification cannot run: locally the
tests that need them skip; in CI (CI set) they fail, because verification must never silently skip."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from webapp import create_app, db
from webapp.config import PROJECT_ROOT

SEEDS = PROJECT_ROOT.parent / "shared" / "seeds"
MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"source texts not found at {SEEDS}: CI must verify every figure")
        pytest.skip("source texts (../shared/seeds) not available")
    return SEEDS


def make_app(tmp_path: Path, **config):
    conf = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "DATABASE": str(tmp_path / "test.sqlite3"),
        "SOURCE_TEXTS": str(SEEDS) if SEEDS.is_dir() else None,
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
    }
    conf.update(config)
    return create_app(conf)


@pytest.fixture
def app(tmp_path, seeds):
    return make_app(tmp_path)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def store(app):
    return app.extensions["sourced"].store


@pytest.fixture
def mini_content(tmp_path) -> Path:
    """A copy of the made-up second subject, free to break."""
    dst = tmp_path / "mini"
    shutil.copytree(MINI, dst)
    return dst


HTMX = {"HX-Request": "true"}


class AuthActions:
    """Sign a teacher in and out through the real sign-in form."""

    def __init__(self, client):
        self.client = client

    def sign_in(self, email="teacher@school.org", password="correct horse battery"):
        return self.client.post("/teach/sign-in", data={"email": email, "password": password})

    def sign_out(self):
        return self.client.post("/teach/sign-out")


@pytest.fixture
def teachers(app):
    """Two teachers, so tests can check that neither sees the other's data."""
    from webapp import db
    from webapp.accounts import create_teacher
    database = db.connect(app.config["DATABASE"])
    ids = {email: create_teacher(database, email, "correct horse battery")
           for email in ("teacher@school.org", "other@school.org")}
    database.conn.close()
    return ids


@pytest.fixture
def auth(client, teachers):
    return AuthActions(client)


@pytest.fixture(scope="session")
def bot(tmp_path_factory, seeds):
    """A bot on the real content, searching its own app's database through a connection of its own (the app's get_db
    needs a request; tests that call the bot directly use this). One for the whole run: the bot keeps nothing between
    answers (a conversation is the context passed in), and building an app for each of some 3,000 questions took most
    of the bot tests' time. A test that changes it does so with monkeypatch, which puts it back."""
    app = make_app(tmp_path_factory.mktemp("bot"))
    b = app.extensions["sourced"].bot
    conn = db.connect(app.config["DATABASE"])
    b.search = lambda *a, **k: db.bot_search(conn, *a, **k)
    yield b
    conn.conn.close()
