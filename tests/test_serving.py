"""What makes the app cheap to serve keeps it correct: cached module pages carry each visitor's own
CSRF token, a worker thread's kept SQLite connection never carries a failed request's transaction over,
an unchanged session is not re-signed (but still slides), rate-limit headers and limits hold with the
counts read back from each hit, and a remembered bot reply still stores every exchange."""
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
    statements = []
    with app.app_context():
        from webapp import db
        db.get_db().conn.set_trace_callback(statements.append)  # this thread's kept connection
    assert a.get(f"/modules/{module_id}").status_code == 200
    assert statements == []  # a page of the site's own module, once rendered: no database asked
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


# --- work skipped per request (issue 18) must change nothing a visitor or a limit relies on ----------

def test_an_unchanged_session_is_not_sent_again_until_it_gets_old(tmp_path, seeds, monkeypatch):
    from webapp import web
    app = make_app(tmp_path)
    client = app.test_client()
    first = client.post("/quiz/", data={"scope": "mixed", "length": "5"})
    assert first.status_code == 303 and "session=" in first.headers.get("Set-Cookie", "")  # the browser's token
    attempt = first.headers["location"]
    client.get(attempt)  # the first page with a form puts a CSRF secret in the session: changed, sent
    again = client.get(attempt)
    assert again.status_code == 200 and "Set-Cookie" not in again.headers  # nothing changed, nothing re-signed
    # a cookie older than its refresh age (here: any age at all) is signed again, so its expiry slides
    monkeypatch.setattr(web.QuietSessionInterface, "REFRESH_SHARE", 10**9)
    refreshed = client.get(attempt)
    assert "session=" in refreshed.headers.get("Set-Cookie", "") and "Expires=" in refreshed.headers["Set-Cookie"]
    monkeypatch.undo()
    assert client.get(attempt).status_code == 200  # the refreshed cookie still opens the same attempt


def test_rate_limit_headers_count_down_and_the_limit_still_holds(tmp_path, seeds):
    app = make_app(tmp_path, RATELIMIT_ENABLED=True)
    client = app.test_client()
    seen = []
    for _ in range(21):  # the bot allows 20 a minute per address
        r = client.post("/api/ask", json={"question": "How many Russian soldiers have been taken prisoner?"})
        seen.append((r.status_code, r.headers.get("X-RateLimit-Remaining")))
    assert [s for s, _ in seen] == [200] * 20 + [429]
    assert [int(left) for _, left in seen[:20]] == list(range(19, -1, -1))  # read back from each request's own hit


def test_a_views_limits_count_in_one_statement_and_a_refused_request_counts_only_up_to_its_limit(tmp_path, seeds):
    from webapp import db
    app = make_app(tmp_path, RATELIMIT_ENABLED=True)
    client = app.test_client()
    statements = []
    storage = app.extensions["ratelimit"].storage
    with app.app_context():
        storage._db.conn.set_trace_callback(statements.append)
    ok = client.post("/api/ask", json={"question": "How many Russian soldiers have been taken prisoner?"})
    assert ok.status_code == 200 and ok.headers["X-RateLimit-Limit"] == "20"  # the per-minute limit, nearer its end
    assert 0 < int(ok.headers["Retry-After"]) <= 61 and int(ok.headers["X-RateLimit-Reset"]) > 0
    assert len([s for s in statements if "rate_limits" in s]) == 1  # 20/minute and 300/hour in one upsert
    for _ in range(21):
        last = client.post("/api/ask", json={"question": "How many Russian soldiers have been taken prisoner?"})
    assert last.status_code == 429 and last.headers["X-RateLimit-Remaining"] == "0"
    with app.app_context():
        counts = {key.rsplit("/", 3)[-1]: n for key, n in
                  db.get_db().execute("SELECT key, count FROM rate_limits").fetchall()}
    # the minute window counted every request (it refused two); the hour window only the 20 served,
    # as Flask-Limiter counted: a limit after a used-up one is not charged
    assert counts == {"minute": 22, "hour": 20}


def test_a_repeated_question_gets_the_same_reply_and_each_exchange_is_kept(tmp_path, seeds):
    from webapp import db
    app = make_app(tmp_path)
    client = app.test_client()
    q = {"question": "How many Russian soldiers have been taken prisoner?"}
    one = client.post("/api/ask", json=q).get_json()
    two = client.post("/api/ask", json={**q, "conversation": one["conversation"]}).get_json()
    other = client.post("/api/ask", json=q).get_json()
    assert one["answered"] and one["conversation"] == two["conversation"] != other["conversation"]
    assert {**one, "conversation": ""} == {**other, "conversation": ""}  # the reply itself, worked out once
    with app.app_context():
        conv = db.get_conversation(db.get_db(), one["conversation"])
    assert [x["question"] for x in conv["exchanges"]] == [q["question"]] * 2
    assert conv["exchanges"][1]["reply"] == two


def test_a_conversation_keeps_its_last_exchanges_appended_in_sql(tmp_path):
    from webapp import db
    database = db.connect(tmp_path / "c.sqlite3")
    db.migrate(database)
    for i in range(db.MAX_EXCHANGES + 5):
        db.save_exchange(database, "c1", {"n": i}, {"question": f"q{i}"},
                         refused_question=f"q{i}" if i % 10 == 0 else None)
    conv = db.get_conversation(database, "c1")
    assert conv["context"] == {"n": db.MAX_EXCHANGES + 4}
    assert [x["question"] for x in conv["exchanges"]] == [f"q{i}" for i in range(5, db.MAX_EXCHANGES + 5)]
    assert [r["question"] for r in db.list_refusals(database)] == ["q30", "q20", "q10", "q0"]


def test_a_verified_csrf_token_is_remembered_only_for_its_own_session_secret(tmp_path, seeds):
    from webapp import web
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    a, b = app.test_client(), app.test_client()
    tok = token(a.get("/ask").get_data(as_text=True))
    token(b.get("/ask").get_data(as_text=True))  # b has a session secret of its own
    for _ in range(2):  # checked once, then remembered
        assert a.post("/ask", data={"question": "how many prisoners", "csrf_token": tok}).status_code in (200, 303)
    assert any(k[2] == tok for k in web._verified_tokens)
    assert b.post("/ask", data={"question": "how many prisoners", "csrf_token": tok}).status_code == 400
    assert a.post("/ask", data={"question": "how many prisoners", "csrf_token": tok[:-2] + "xx"}).status_code == 400
    assert a.post("/ask", data={"question": "how many prisoners"}).status_code == 400


def test_another_limits_storage_counts_one_statement_per_limit_with_the_same_limits_and_headers(tmp_path, seeds):
    app = make_app(tmp_path, RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI="memory://")  # as redis:// would
    client = app.test_client()
    seen = [client.post("/api/ask", json={"question": "how many prisoners"}) for _ in range(21)]
    assert [r.status_code for r in seen] == [200] * 20 + [429]
    assert [r.headers["X-RateLimit-Remaining"] for r in seen] == [str(n) for n in range(19, -1, -1)] + ["0"]
    assert all(0 < int(r.headers["Retry-After"]) <= 61 for r in seen)
    storage = app.extensions["ratelimit"].storage
    assert storage.get("LIMITER/127.0.0.1/ask.api/300/1/hour") == 20  # the refused request was not charged here
