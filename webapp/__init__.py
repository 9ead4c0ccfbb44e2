"""Sourced: teach from news articles without saying more than the sources say.

`create_app` wires config, extensions and blueprints, and refuses to start on broken content.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from . import db
from .config import defaults, load_or_create_secret_key
from .bank import Bank, load_bank
from .bot import Bot
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
        app.config.from_prefixed_env("SOURCED")
    else:
        app.config.from_mapping(test_config)
    if int(app.config.get("PROXIES") or 0) > 0:
        # Behind N reverse proxies: take the client's address and scheme from their X-Forwarded-*
        # headers, so that rate limits count visitors, not the proxy.
        n = int(app.config["PROXIES"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = load_or_create_secret_key(app.instance_path)

    # Content first: on any problem this raises ContentError and the app does not start.
    texts = app.config.get("SOURCE_TEXTS")
    store = load_store(app.config["CONTENT_DIR"], Path(texts) if texts else None)
    questions = app.config.get("QUESTIONS_DIR") or Path(app.config["CONTENT_DIR"]).parent / "questions"
    bank = load_bank(questions, store, seed=int(app.config["QUESTION_SEED"]))
    bot = Bot(store, search=lambda *a, **k: db.bot_search(db.get_db(), *a, **k))
    loaded = Loaded(store=store, bank=bank, bot=bot)
    from .live import LiveLoaded  # issue 20: teachers' published subjects join the served content
    app.extensions["sourced"] = LiveLoaded(loaded, seed=int(app.config["QUESTION_SEED"]))

    database = db.connect(app.config["DATABASE"])
    try:
        db.migrate(database)
        db.load_content(database, store, extra_terms=bot.index_terms)
    finally:
        database.conn.close()

    from .web import init_web
    init_web(app)
    db.init_app(app)
    return app
