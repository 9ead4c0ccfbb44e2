"""What makes the app cheap to serve keeps it correct: cached module pages carry each visitor's own
CSRF token, and a worker thread's kept SQLite connection never carries a failed request's transaction over."""
import re
from pathlib import Path

from tests.conftest import make_app


def token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_a_cached_module_page_carries_each_visitors_own_working_token(tmp_path, seeds):
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    module_id = next(iter(app.extensions["sourced"].store.modules))
    a, b = app.test_client(), app.test_client()
    page_a = a.get(f"/modules/{module_id}").get_data(as_text=True)
    page_b = b.get(f"/modules/{module_id}").get_data(as_text=True)
    assert module_id in app.extensions["module_pages"]  # rendered once, served twice
    assert token(page_a) != token(page_b) and "\x00" not in page_a
    assert page_a.replace(token(page_a), "T") == page_b.replace(token(page_b), "T")
    assert a.post("/ask", data={"question": "how many prisoners", "csrf_token": token(page_a)}).status_code in (200, 303)
    assert b.post("/ask", data={"question": "how many prisoners", "csrf_token": token(page_a)}).status_code == 400


def test_each_thread_keeps_its_connection_and_a_failed_request_leaves_no_transaction(tmp_path, seeds):
    from flask import g
    from webapp import db
    app = make_app(tmp_path, SQLITE_KEEP_OPEN=True)

    @app.get("/_test/fail-mid-transaction")
    def fail():
        database = db.get_db()
        database.execute("BEGIN")
        database.execute("INSERT INTO bot_refusals (question, asked_at) VALUES ('half-written', 0)")
        g.seen = database
        raise RuntimeError("boom")

    client = app.test_client()
    client.post("/ask", data={"question": "how many prisoners"})
    first = app.extensions["sqlite_kept"].db
    client.post("/ask", data={"question": "how many mercenaries"})
    assert app.extensions["sqlite_kept"].db is first  # the same connection served both requests
    assert Path(app.config["DATABASE"] + "-wal").exists()  # and the WAL stayed in place
    assert client.get("/_test/fail-mid-transaction").status_code == 500
    assert not first.conn.in_transaction
    other = db.connect(app.config["DATABASE"])
    assert other.execute("SELECT count(*) FROM bot_refusals WHERE question = 'half-written'").fetchone()[0] == 0


def test_without_keeping_the_last_close_removes_the_wal(tmp_path, seeds):
    app = make_app(tmp_path, SQLITE_KEEP_OPEN=False)
    app.test_client().post("/ask", data={"question": "how many prisoners"})
    assert "sqlite_kept" not in app.extensions
    assert not Path(app.config["DATABASE"] + "-wal").exists()


def test_behind_a_proxy_rate_limits_count_visitors_not_the_proxy(tmp_path, seeds):
    app = make_app(tmp_path, PROXIES=1, RATELIMIT_ENABLED=True)
    try:
        client = app.test_client()
        for _ in range(20):  # the bot's per-minute limit, used up by one visitor
            client.post("/api/ask", json={"question": "how many prisoners"},
                        headers={"X-Forwarded-For": "203.0.113.7"})
        blocked = client.post("/api/ask", json={"question": "how many prisoners"},
                              headers={"X-Forwarded-For": "203.0.113.7"})
        other = client.post("/api/ask", json={"question": "how many prisoners"},
                            headers={"X-Forwarded-For": "198.51.100.9"})
        assert blocked.status_code == 429 and other.status_code == 200
    finally:
        (tmp_path / "reset").mkdir()
        make_app(tmp_path / "reset", RATELIMIT_ENABLED=False)  # the limiter is one per process
