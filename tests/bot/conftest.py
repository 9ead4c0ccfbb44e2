"""The bot's fixture: the app's bot, searching the app's database through a connection of its own
(the app's get_db needs a request; these tests call the bot directly)."""
from __future__ import annotations

import pytest

from webapp import db


@pytest.fixture
def bot(app):
    b = app.extensions["sourced"].bot
    conn = db.connect(app.config["DATABASE"])
    b.search = lambda *a, **k: db.bot_search(conn, *a, **k)
    yield b
    conn.conn.close()
