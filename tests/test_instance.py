"""Runtime state in instance/: the secret key and the database copy of the content."""
import os
import stat

from webapp import db
from webapp.config import load_or_create_secret_key

from .conftest import make_app


def test_secret_key_is_generated_once_with_mode_0600(tmp_path):
    key = load_or_create_secret_key(tmp_path)
    assert len(key) >= 32
    assert stat.S_IMODE(os.stat(tmp_path / "secret_key").st_mode) == 0o600
    assert load_or_create_secret_key(tmp_path) == key


def test_content_is_copied_into_sqlite_once_and_replaced_when_it_changes(tmp_path, mini_content):
    app = make_app(tmp_path, CONTENT_DIR=str(mini_content / "content"), SOURCE_TEXTS=str(mini_content / "texts"))
    store = app.extensions["sourced"].store
    database = db.connect(app.config["DATABASE"])
    assert database["facts"].count == 2 and database["sources"].count == 1
    bot = app.extensions["sourced"].bot  # the app indexes each fact with the bot's terms too
    assert db.load_content(database, store, extra_terms=bot.index_terms) is False  # already current
    assert db.source_status(database) == {"harbour-news": "verified"}
    path = mini_content / "content/facts/boats.yaml"
    path.write_text(path.read_text().replace("officials (unnamed)", "the officials (unnamed)"))
    app2 = make_app(tmp_path, CONTENT_DIR=str(mini_content / "content"), SOURCE_TEXTS=str(mini_content / "texts"))
    assert database["facts"].get("regatta-visitors")["claimant"] == "the officials (unnamed)"
    assert app2.extensions["sourced"].store.digest != store.digest


def test_a_failed_reload_leaves_the_old_content_in_place(tmp_path, mini_content, monkeypatch):
    app = make_app(tmp_path, CONTENT_DIR=str(mini_content / "content"), SOURCE_TEXTS=str(mini_content / "texts"))
    store = app.extensions["sourced"].store
    database = db.connect(app.config["DATABASE"])
    bad = store.__class__(sources=store.sources, facts={**store.facts}, modules=store.modules)

    def broken(terms_for):
        raise RuntimeError("disk full")
    try:
        db.load_content(database, bad, extra_terms=broken, force=True)
    except RuntimeError:
        pass
    assert database["facts"].count == 2, "the old content must survive a failed reload"
