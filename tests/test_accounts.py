"""Teachers' accounts: hashing, sign-in, rate limits, and the pages behind sign-in."""
import pytest

from webapp import db
from webapp.accounts import AccountError, authenticate, create_teacher
from webapp.cli import teachers_cli

from .conftest import make_app


@pytest.fixture
def database(tmp_path):
    d = db.connect(tmp_path / "a.sqlite3")
    db.migrate(d)
    return d


def test_passwords_are_stored_only_as_scrypt_hashes(database):
    create_teacher(database, "T@School.org", "correct horse battery")
    row = db.teacher_by_email(database, "t@school.org")
    assert row["password_hash"].startswith("scrypt:") and "correct horse" not in row["password_hash"]
    assert authenticate(database, "t@school.org ", "correct horse battery")["email"] == "t@school.org"
    assert authenticate(database, "t@school.org", "wrong password!!") is None
    assert authenticate(database, "nobody@school.org", "correct horse battery") is None


@pytest.mark.parametrize("email, password, message", [
    ("not-an-email", "correct horse battery", "Enter an email address"),
    ("t@school.org", "short", "at least 10 characters"),
    ("t@school.org", "x" * 201, "at most 200"),
])
def test_bad_accounts_are_refused(database, email, password, message):
    with pytest.raises(AccountError, match=message):
        create_teacher(database, email, password)


def test_the_same_email_cannot_be_used_twice(database):
    create_teacher(database, "t@school.org", "correct horse battery")
    with pytest.raises(AccountError, match="already exists"):
        create_teacher(database, "T@SCHOOL.ORG", "another long password")


def test_teachers_create_command_asks_for_the_password(app):
    runner = app.test_cli_runner()
    result = runner.invoke(teachers_cli, ["create", "new@school.org"], input="a long password\na long password\n")
    assert result.exit_code == 0, result.output
    assert "Created teacher new@school.org" in result.output
    again = runner.invoke(teachers_cli, ["create", "new@school.org"], input="a long password\na long password\n")
    assert again.exit_code == 1 and "already exists" in again.output


def test_teacher_pages_redirect_to_sign_in(client):
    resp = client.get("/teach/")
    assert resp.status_code == 303 and "/teach/sign-in?next=/teach/" in resp.headers["Location"]


def test_sign_in_and_out(client, auth):
    resp = auth.sign_in()
    assert resp.status_code == 303 and resp.headers["Location"] == "/teach/"
    assert "Teacher: teacher@school.org" in client.get("/teach/").get_data(as_text=True)
    auth.sign_out()
    assert client.get("/teach/").status_code == 303


def test_wrong_password_gets_a_clear_message(client, auth):
    resp = auth.sign_in(password="not the password")
    assert resp.status_code == 400
    assert "do not match an account" in resp.get_data(as_text=True)


def test_sign_in_follows_only_local_teacher_paths(client, auth):
    for target, expected in [("/teach/", "/teach/"), ("https://evil.example/", "/teach/"),
                             ("//evil.example/teach/", "/teach/"), ("/teach/\\evil", "/teach/")]:
        auth.sign_out()
        resp = client.post("/teach/sign-in", data={"email": "teacher@school.org",
                                                   "password": "correct horse battery", "next": target})
        assert resp.headers["Location"] == expected


def test_sign_in_attempts_are_rate_limited(tmp_path, seeds, teachers):
    app = make_app(tmp_path, RATELIMIT_ENABLED=True)
    client = app.test_client()
    codes = [client.post("/teach/sign-in", data={"email": "x@y.org", "password": "wrong password"}).status_code
             for _ in range(12)]
    assert codes[:10] == [400] * 10
    assert codes[10] == 429
    assert "Too many sign-in attempts" in client.post("/teach/sign-in", data={"email": "x@y.org"}).get_data(as_text=True)


def test_sign_in_form_needs_its_csrf_token(tmp_path, seeds):
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    resp = app.test_client().post("/teach/sign-in", data={"email": "t@school.org", "password": "x" * 12})
    assert resp.status_code == 400 and "nothing was saved" in resp.get_data(as_text=True)


def test_signing_in_as_a_teacher_keeps_the_quiz_this_browser_was_taking(client, auth):
    """A teacher who tried a quiz as a student, then signs in on the same browser, can still resume it."""
    r = client.post("/quiz/", data={"scope": "mixed", "length": "5"})
    attempt = r.headers["Location"]
    assert client.get(attempt).status_code == 200
    assert auth.sign_in().status_code == 303
    assert client.get(attempt).status_code == 200
    client.post("/teach/sign-out")  # signing out leaves nothing behind on a shared computer
    assert client.get(attempt).status_code == 404
