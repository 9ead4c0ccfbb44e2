"""Issue 17: teachers' sessions that end, sign-in throttles that an attacker cannot turn against the
teacher, constant-time sign-in, the password policy, no 500 from odd URLs, CSV cells, dates with
offsets, file modes, caching headers, administrators and retention.

The limits across real gunicorn workers and the reverse proxy are tested in test_proxy.py."""
from __future__ import annotations

import csv
import io
import logging
import os
import re
import stat
import statistics
import time

import pytest

from webapp import db, throttle
from webapp.accounts import AccountError, authenticate, create_teacher
from webapp.binding import bind_addresses, exposed_binds
from webapp.cli import purge, teachers_cli
from webapp.assignments import AssignmentOptions
from webapp.results import csv_text

from .conftest import make_app
from .test_teach import join, published

PASSWORD = "correct horse battery"


@pytest.fixture
def signed_in(auth):
    assert auth.sign_in().status_code == 303
    return auth


def session_cookie(client) -> str:
    return client.get_cookie("session").value


def replay(app, cookie: str):
    """A new browser that sends a copied session cookie."""
    thief = app.test_client()
    thief.set_cookie("session", cookie)
    return thief


# --- sessions ------------------------------------------------------------------------------------

def test_a_copied_cookie_is_refused_after_sign_out(app, client, signed_in):
    stolen = session_cookie(client)
    assert replay(app, stolen).get("/teach/").status_code == 200  # the copy works while signed in
    signed_in.sign_out()
    resp = replay(app, stolen).get("/teach/")
    assert resp.status_code == 303 and "/teach/sign-in" in resp.headers["Location"]


@pytest.mark.parametrize("command", [["revoke", "teacher@school.org"],
                                     ["set-password", "teacher@school.org"]])
def test_revoke_and_a_new_password_end_every_session(app, client, signed_in, command):
    stolen = session_cookie(client)
    result = app.test_cli_runner().invoke(teachers_cli, command, input="a brand new passphrase\n" * 2)
    assert result.exit_code == 0, result.output
    assert client.get("/teach/").status_code == 303
    assert replay(app, stolen).get("/teach/").status_code == 303
    if command[0] == "set-password":
        assert signed_in.sign_in().status_code == 400
        assert signed_in.sign_in(password="a brand new passphrase").status_code == 303


def test_a_session_ends_after_its_idle_time_and_its_lifetime(tmp_path, seeds, teachers):
    for setting in ({"SESSION_IDLE_MINUTES": 0.5 / 60}, {"SESSION_MAX_HOURS": 0.5 / 3600}):
        app = make_app(tmp_path, **setting)
        client = app.test_client()
        assert client.post("/teach/sign-in", data={"email": "teacher@school.org", "password": PASSWORD}).status_code == 303
        assert client.get("/teach/").status_code == 200
        time.sleep(0.6)
        assert client.get("/teach/").status_code == 303, setting


def test_a_teacher_changes_her_password_and_every_other_session_ends(app, client, signed_in):
    stolen = session_cookie(client)
    form = {"current": PASSWORD, "new": "a brand new passphrase", "again": "a brand new passphrase"}
    for bad, message in [({"current": "not my password"}, "current password is not right"),
                         ({"again": "something else entirely"}, "two new passwords differ"),
                         ({"new": "password12", "again": "password12"}, "most common")]:
        resp = client.post("/teach/password", data={**form, **bad})
        assert resp.status_code == 400 and message in resp.get_data(as_text=True)
        assert "Nothing was changed" in resp.get_data(as_text=True)
    resp = client.post("/teach/password", data=form)
    assert resp.status_code == 303
    assert "Your password was changed" in client.get(resp.headers["Location"]).get_data(as_text=True)
    assert replay(app, stolen).get("/teach/").status_code == 303  # the copy is dead, this browser is not
    signed_in.sign_out()
    assert signed_in.sign_in(password="a brand new passphrase").status_code == 303


def test_teachers_list_and_admin_commands(app, teachers):
    runner = app.test_cli_runner()
    assert runner.invoke(teachers_cli, ["admin", "other@school.org"]).exit_code == 0
    listed = runner.invoke(teachers_cli, ["list"]).output
    assert re.search(r"other@school\.org\tadmin", listed) and re.search(r"teacher@school\.org\tteacher", listed)
    assert runner.invoke(teachers_cli, ["admin", "other@school.org", "--remove"]).exit_code == 0
    assert "other@school.org\tteacher" in runner.invoke(teachers_cli, ["list"]).output
    missing = runner.invoke(teachers_cli, ["revoke", "nobody@school.org"])
    assert missing.exit_code == 1 and "no teacher with the email nobody@school.org" in missing.output
    made = runner.invoke(teachers_cli, ["create", "head@school.org", "--admin"], input="a long passphrase here\n" * 2)
    assert made.exit_code == 0 and "Created administrator" in made.output


# --- sign-in throttling ----------------------------------------------------------------------------

def test_backoff_doubles_per_account_and_place_and_a_success_clears_it(tmp_path):
    database = db.connect(tmp_path / "t.sqlite3")
    db.migrate(database)
    now = 1000.0
    for _ in range(throttle.FREE_PER_PLACE):
        assert throttle.wait_seconds(database, "t@s.org", "ip:1", False, now) == 0
        throttle.record(database, "t@s.org", "ip:1", False, now)
    waits = []
    for _ in range(4):
        waits.append(throttle.wait_seconds(database, "t@s.org", "ip:1", False, now))
        throttle.record(database, "t@s.org", "ip:1", False, now)
    assert waits == [2, 3, 5, 9]  # 1, 2, 4, 8 seconds (rounded up)
    assert throttle.wait_seconds(database, "t@s.org", "ip:2", False, now) == 0  # another place: not slowed
    assert throttle.wait_seconds(database, "t@s.org", "ip:1", False, now + 20) == 0  # waited long enough
    throttle.record(database, "t@s.org", "ip:1", True, now + 20)
    assert db.sign_in_failures(database, list(throttle.keys("t@s.org", "ip:1"))) == {}
    for _ in range(throttle.FREE_PER_ACCOUNT + 3):  # spread over addresses: the account slows down
        throttle.record(database, "t@s.org", f"ip:{_}", False, now)
    assert throttle.wait_seconds(database, "t@s.org", "ip:new", False, now) > 0
    assert throttle.wait_seconds(database, "t@s.org", "device:mine", True, now) == 0  # not the teacher's own browser


def test_guessing_from_the_teachers_shared_address_does_not_lock_the_teacher_out(tmp_path, seeds, teachers):
    app = make_app(tmp_path, RATELIMIT_ENABLED=True)
    teacher, attacker, colleague = app.test_client(), app.test_client(), app.test_client()
    creds = {"email": "teacher@school.org", "password": PASSWORD}
    assert teacher.post("/teach/sign-in", data=creds).status_code == 303  # her browser is now known
    teacher.post("/teach/sign-out")
    codes = [attacker.post("/teach/sign-in", data={**creds, "password": f"guess number {i}"}).status_code
             for i in range(14)]
    assert codes[:9] == [400] * 9 and set(codes[9:]) == {429}  # 10 a minute from one address, hers included
    # The right password from the same address, in a browser never used before: refused for now ...
    blocked = colleague.post("/teach/sign-in", data=creds)
    assert blocked.status_code == 429 and "wait" in blocked.get_data(as_text=True).lower()
    # ... but the teacher's own browser signs in.
    assert teacher.post("/teach/sign-in", data=creds).status_code == 303


# --- constant time ---------------------------------------------------------------------------------

def test_sign_in_takes_as_long_for_unknown_emails_and_odd_passwords(tmp_path):
    database = db.connect(tmp_path / "t.sqlite3")
    db.migrate(database)
    create_teacher(database, "known@school.org", PASSWORD)
    cases = {"known, wrong": ("known@school.org", "not the password"),
             "known, empty": ("known@school.org", ""),
             "known, too long": ("known@school.org", "x" * 300),
             "unknown, empty": ("nobody@school.org", ""),
             "unknown, too long": ("nobody@school.org", "x" * 300),
             "not an email": ("nobody", "not the password")}
    times: dict[str, list[float]] = {k: [] for k in cases}
    for _ in range(11):  # interleaved, so a burst of load on the machine hits every case alike
        for name, (email, password) in cases.items():
            t0 = time.perf_counter()
            assert authenticate(database, email, password) is None
            times[name].append(time.perf_counter() - t0)
    medians = {k: statistics.median(v) for k, v in times.items()}
    base = medians["known, wrong"]
    # Before the fix an empty password took 4 ms for a known email against 97 ms for an unknown one
    # (a ratio of 24); every path now runs one scrypt check. The bound is loose for a busy CI machine.
    for name, m in medians.items():
        assert 0.5 < m / base < 2.0, f"{name}: {m * 1000:.1f} ms vs {base * 1000:.1f} ms"


# --- passwords -------------------------------------------------------------------------------------

@pytest.mark.parametrize("password, message", [
    ("1234567890", "one of the most common"),
    ("password12", "one of the most common"),
    (" " * 10, "only spaces or invisible characters"),
    ("\u200b" * 10, "only spaces or invisible characters"),
    ("abc\u200b\u200b\u200b\u200b\u200b\u200b\u200bd", "spaces and invisible characters not counted"),
    ("qwertyuiop1", "too easy to guess"),
])
def test_weak_passwords_are_refused_with_a_clear_message(tmp_path, password, message):
    database = db.connect(tmp_path / "t.sqlite3")
    db.migrate(database)
    with pytest.raises(AccountError, match=message):
        create_teacher(database, "t@school.org", password)


def test_passwords_are_compared_in_nfkc(tmp_path):
    database = db.connect(tmp_path / "t.sqlite3")
    db.migrate(database)
    create_teacher(database, "t@school.org", "ｃｏｒｒｅｃｔ horse battery")  # full-width letters
    assert authenticate(database, "t@school.org", PASSWORD) is not None


# --- no 500 from a URL or header -------------------------------------------------------------------

def test_a_25_digit_id_in_any_route_is_a_404(app, client, signed_in):
    huge = "9" * 25
    urls = []
    for rule in app.url_map.iter_rules():
        if "<int:" in rule.rule:
            url = re.sub(r"<int:\w+>", huge, rule.rule)
            url = re.sub(r"<(?:\w+:)?\w+>", "csv", url)
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                urls.append((method, url))
    assert len(urls) >= 8
    for method, url in urls:
        resp = client.open(url, method=method)
        assert resp.status_code == 404, (method, url, resp.status_code)


@pytest.mark.parametrize("target", ["/teach/\r\nSet-Cookie: x=1", "/teach/%0d%0aSet-Cookie:x=1", "/teach/\x00"])
def test_next_with_control_characters_goes_home(client, teachers, target):
    from urllib.parse import unquote
    resp = client.post("/teach/sign-in", data={"email": "teacher@school.org", "password": PASSWORD,
                                                "next": unquote(target)})
    assert resp.status_code == 303 and resp.headers["Location"] == "/teach/"
    again = client.get("/teach/sign-in", query_string={"next": unquote(target)})  # signed in: straight on
    assert again.status_code == 303 and again.headers["Location"] == "/teach/"


def test_csv_cells_are_neutralised_after_any_separator(app, client, signed_in):
    _, aid, code = published(client, app)
    join(app, code, "x;=1+1;")
    text = client.get(f"/teach/assignments/{aid}/attempts.csv").get_data(as_text=True)
    for delimiter in (",", ";", "\t", "|"):
        for row in csv.reader(io.StringIO(text), delimiter=delimiter):
            for cell in row:
                assert cell.strip(' "')[:1] not in ("=", "+", "-", "@"), (delimiter, cell)
    assert "x;'=1+1;" in text  # the name is still readable
    assert csv_text(["n"], [["-3"], ["a|@SUM(A1)"], ["b\t+1"]]).splitlines()[1:] == ["-3", "a|'@SUM(A1)", "b\t'+1"]


def test_a_close_date_with_an_offset_is_converted_to_utc():
    opts, problems = AssignmentOptions.from_form({"title": "T", "closes_at": "2026-12-01T09:00+14:00",
                                                  "opens_at": "2026-11-01T00:00:00-05:00"})
    assert problems == []
    assert opts.closes_at.isoformat() == "2026-11-30T19:00:00"
    assert opts.opens_at.isoformat() == "2026-11-01T05:00:00"
    _, problems = AssignmentOptions.from_form({"title": "T", "closes_at": "0001-01-01T00:00+14:00"})
    assert problems and "like 2026-12-01 09:00" in problems[0][1]


# --- files, headers, privacy ----------------------------------------------------------------------

def test_the_database_and_its_wal_files_are_private(app, client):
    client.post("/ask", data={"question": "how many prisoners"})
    path = app.config["DATABASE"]
    for name in (path, path + "-wal", path + "-shm"):
        assert os.path.exists(name), name
        assert stat.S_IMODE(os.stat(name).st_mode) & 0o077 == 0, f"{name}: {oct(os.stat(name).st_mode)}"


def test_teachers_pages_and_downloads_are_never_cached(app, client, signed_in):
    _, aid, _ = published(client, app)
    for url in ("/teach/", f"/teach/assignments/{aid}", f"/teach/assignments/{aid}/answers.csv", "/teach/bank.json",
                "/teach/sign-in"):
        assert client.get(url).headers.get("Cache-Control") == "no-store", url
    assert "Strict-Transport-Security" not in client.get("/").headers


def test_hsts_when_cookies_are_secure(tmp_path, seeds):
    resp = make_app(tmp_path, SESSION_COOKIE_SECURE=True).test_client().get("/")
    assert resp.headers["Strict-Transport-Security"] == "max-age=31536000"


def test_the_ask_page_says_questions_are_kept(client):
    html = client.get("/ask").get_data(as_text=True)
    assert "Your questions are kept on this site" in html and "for\n    30 days" in html


def test_purge_deletes_only_what_is_older_than_the_retention(app, client):
    client.post("/ask", data={"question": "What is the capital of Peru?"})
    database = db.connect(app.config["DATABASE"])
    old = time.time() - 400 * 86400
    database.execute("INSERT INTO bot_refusals (question, asked_at) VALUES ('old one', ?)", [old])
    database.execute("INSERT INTO bot_conversations (id, context, exchanges, updated_at) VALUES ('c-old', '{}', '[]', ?)",
                     [old])
    database.execute("INSERT INTO attempts (id, scope, length, seed, layout, created_at) VALUES ('a-old', 'x', 1, 1, '[]', ?)",
                     [old])
    database.execute("INSERT INTO answers (attempt_id, position, question_id, response, correct, score, answered_at)"
                     " VALUES ('a-old', 0, 'q', '{}', 1, 1.0, ?)", [old])
    result = app.test_cli_runner().invoke(purge)
    assert result.exit_code == 0, result.output
    assert "refusals: deleted 1 older than 90 days" in result.output
    assert "attempts: deleted 1 older than 365 days" in result.output
    left = [r[0] for r in database.execute("SELECT question FROM bot_refusals").fetchall()]
    assert left == ["What is the capital of Peru?"]
    assert database.execute("SELECT count(*) FROM answers WHERE attempt_id = 'a-old'").fetchone()[0] == 0
    assert database.execute("SELECT count(*) FROM bot_conversations").fetchone()[0] == 1


# --- SOURCED_PROXIES and where the app listens ------------------------------------------------------

def test_where_gunicorn_listens_is_read_from_its_command_line():
    assert bind_addresses(None, ["/venv/bin/gunicorn", "-w", "2", "-b", "0.0.0.0:8000", "webapp:create_app()"]) == \
        ["0.0.0.0:8000"]
    assert bind_addresses(None, ["gunicorn", "--bind=unix:/run/sourced.sock"]) == ["unix:/run/sourced.sock"]
    assert bind_addresses(None, ["gunicorn"], {"GUNICORN_CMD_ARGS": "--bind 10.0.0.5:80"}) == ["10.0.0.5:80"]
    assert bind_addresses(None, ["gunicorn"], {}) == ["127.0.0.1:8000"]  # gunicorn's default
    assert bind_addresses(None, ["flask"], {}) == []
    assert exposed_binds("127.0.0.1:8000,[::1]:8000,localhost:5000,unix:/s") == []
    assert exposed_binds("0.0.0.0:8000,192.168.1.2:80") == ["0.0.0.0:8000", "192.168.1.2:80"]


def test_trusting_proxies_on_a_reachable_address_is_warned_about(tmp_path, seeds, caplog):
    with caplog.at_level(logging.WARNING):
        make_app(tmp_path, PROXIES=1, BIND="0.0.0.0:8000")
    assert "0.0.0.0:8000" in caplog.text and "bind it to 127.0.0.1" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        make_app(tmp_path, PROXIES=1, BIND="127.0.0.1:8000")
    assert "X-Forwarded-For" not in caplog.text


NASTY = ["", " ", "x" * 5000, "ünïcødé, 💥", "1.2.3.4, , ,", "[::1]:99999", "a@b", "%00%0d%0a", "\t", "😀" * 100,
         "999999999999999999999999", "-1", "null", "<script>"]


@pytest.mark.parametrize("value", NASTY)
def test_no_header_value_makes_a_500(tmp_path, seeds, teachers, value):
    app = make_app(tmp_path, PROXIES=1, RATELIMIT_ENABLED=True)
    client = app.test_client()
    cookies = f"session={value[:3000]}; sourced_device={value[:3000]}"
    headers = {"Cookie": cookies, "X-Forwarded-For": value, "X-Forwarded-Host": value, "X-Forwarded-Proto": value,
               "HX-Request": value, "HX-Target": value, "Accept-Language": value, "Referer": value}
    for method, url, data in [("GET", "/", None), ("GET", "/teach/", None), ("GET", "/teach/sign-in", None),
                              ("POST", "/teach/sign-in", {"email": "teacher@school.org", "password": value}),
                              ("POST", "/quiz/join", {"code": value, "name": value}),
                              ("POST", "/ask", {"question": "how many prisoners"})]:
        resp = client.open(url, method=method, data=data, headers=headers)
        assert resp.status_code < 500, (method, url, value, resp.status_code)


def test_a_host_no_url_can_be_built_for_is_a_400(app, client):
    for host in ("x" * 100, "a." + "b" * 64 + ".org", "h" * 400):
        resp = client.get("/", headers={"Host": host})
        assert resp.status_code == 400 and b"Host header" in resp.data, host
    assert client.get("/", headers={"Host": "[::1]:5000"}).status_code == 200
    assert client.get("/", headers={"Host": "sourced.example.org"}).status_code == 200
