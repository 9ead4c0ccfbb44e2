"""Sourced: teach from news articles without saying more than the sources say.

`create_app` is the whole app on one screen: settings, the content (refused whole when broken),
the database, the extensions and every blueprint.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from . import db
from .bank import Bank, load_bank
from .bot import Bot
from .config import defaults, load_or_create_secret_key
from .facts import Store, load_store


@dataclass
class Loaded:
    """What the app serves: the validated content store and the checked question bank."""

    store: Store
    bank: Bank
    bot: Bot


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.from_mapping(defaults(app.instance_path))
    if test_config is None:
        app.config.from_prefixed_env("SOURCED")  # every setting of config.SETTINGS, as SOURCED_<NAME>
    else:
        app.config.from_mapping(test_config)
    if int(app.config.get("PROXIES") or 0) > 0:
        # Behind N reverse proxies: take the client's address and scheme from their X-Forwarded-*
        # headers, so that rate limits count visitors, not the proxy.
        n = int(app.config["PROXIES"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = load_or_create_secret_key(app.instance_path)

    app.extensions["sourced"] = loaded = load_content(app)
    database = db.connect(app.config["DATABASE"])
    try:
        db.migrate(database)
        db.load_content(database, loaded.store, extra_terms=loaded.bot.index_terms)
    finally:
        database.conn.close()
    db.init_app(app)

    from . import web
    from .views import api, ask, explain, live, quiz, teach
    web.init_extensions(app)
    app.register_blueprint(explain.bp)
    app.register_blueprint(quiz.bp)
    app.register_blueprint(ask.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(teach.bp)
    app.register_blueprint(live.bp)  # issue 19: live class mode
    web.csrf.exempt(ask.api)  # JSON only (checked), so a cross-site form cannot post to it
    web.csrf.exempt(api.bp)  # read-only GETs
    web.init_pages(app)
    return app


def load_content(app: Flask) -> Loaded:
    """The content store, the question bank and the bot; raises ContentError (the app does not start)
    on any problem in the content or the questions."""
    texts = app.config.get("SOURCE_TEXTS")
    store = load_store(app.config["CONTENT_DIR"], Path(texts) if texts else None)
    questions = app.config.get("QUESTIONS_DIR") or Path(app.config["CONTENT_DIR"]).parent / "questions"
    bank = load_bank(questions, store, seed=int(app.config["QUESTION_SEED"]))
    bot = Bot(store, search=lambda *a, **k: db.bot_search(db.get_db(), *a, **k))
    return Loaded(store=store, bank=bank, bot=bot)
