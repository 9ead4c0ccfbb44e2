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
from .binding import exposed_binds, refuse_unusable_hosts
from .limits_sqlite import default_uri
from .bank import Bank, load_bank
from .bot import Bot
from .config import defaults, load_or_create_secret_key
from .facts import Store, load_store
from .served import LiveLoaded


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
    serve_behind_proxies(app)
    if not app.config.get("RATELIMIT_STORAGE_URI"):  # shared by every worker: counted in the database
        app.config["RATELIMIT_STORAGE_URI"] = default_uri(app.config["DATABASE"])
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = load_or_create_secret_key(app.instance_path)

    loaded = load_content(app)
    # Teachers' published articles join the served content inside each request (served.py).
    app.extensions["sourced"] = LiveLoaded(loaded, seed=int(app.config["QUESTION_SEED"]))
    database = db.connect(app.config["DATABASE"])
    try:
        db.migrate(database)
        db.load_content(database, loaded.store, extra_terms=loaded.bot.index_terms)
    finally:
        database.conn.close()
    db.init_app(app)

    from . import web
    from .views import api, articles, ask, explain, join, live, quiz, teach
    web.init_extensions(app)
    app.register_blueprint(explain.bp)
    app.register_blueprint(quiz.bp)
    app.register_blueprint(join.bp)  # /join and /join/CODE: the short addresses students type
    app.register_blueprint(ask.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(teach.bp)
    app.register_blueprint(articles.bp)
    app.register_blueprint(live.bp)  # issue 19: live class mode
    web.csrf.exempt(ask.api)  # JSON only (checked), so a cross-site form cannot post to it
    web.csrf.exempt(api.bp)  # read-only GETs
    web.init_pages(app)
    return app


def serve_behind_proxies(app: Flask) -> None:
    """Refuse Host headers no URL can be built for; behind N reverse proxies, take the client's
    address and scheme from their X-Forwarded-* headers (so rate limits count visitors, not the
    proxy), and warn when the app also listens where others could reach it directly."""
    app.wsgi_app = refuse_unusable_hosts(app.wsgi_app)  # inside ProxyFix: checks the forwarded host too
    n = int(app.config.get("PROXIES") or 0)
    if n <= 0:
        return
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)
    if exposed := exposed_binds(app.config.get("BIND")):
        app.logger.warning("SOURCED_PROXIES=%s trusts X-Forwarded-For, but the app listens on %s, which other "
                           "machines may reach directly and so choose their own address: bind it to 127.0.0.1 "
                           "or a Unix socket behind the proxy (docs/serving.md).", n, ", ".join(exposed))


def load_content(app: Flask) -> Loaded:
    """The content store, the question bank and the bot; raises ContentError (the app does not start)
    on any problem in the content or the questions."""
    texts = app.config.get("SOURCE_TEXTS")
    store = load_store(app.config["CONTENT_DIR"], Path(texts) if texts else None)
    questions = app.config.get("QUESTIONS_DIR") or Path(app.config["CONTENT_DIR"]).parent / "questions"
    bank = load_bank(questions, store, seed=int(app.config["QUESTION_SEED"]))
    bot = Bot(store, search=lambda *a, **k: db.bot_search(db.get_db(), *a, **k))
    return Loaded(store=store, bank=bank, bot=bot)
