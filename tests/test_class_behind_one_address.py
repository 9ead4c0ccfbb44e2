"""A class behind one school address (NAT): every student's browser reaches the app from the same IP.
With the rate limits on, a whole class of 40 joins an assignment and a live session in one minute;
what bounds joins is the per-code limit (and wrong codes per address), not the address alone."""
from __future__ import annotations

import pytest

from tests.conftest import make_app
from tests.test_live import start
from tests.test_teach import join, published

CLASS = 40


@pytest.fixture
def app(tmp_path, seeds):
    return make_app(tmp_path, RATELIMIT_ENABLED=True)


@pytest.fixture
def teacher(auth, client):
    assert auth.sign_in().status_code == 303
    return client


def test_forty_students_behind_one_address_join_an_assignment_in_one_minute(app, teacher):
    _, _, code = published(teacher, app, n=1, attempts="1")
    for i in range(CLASS):
        join(app, code, f"Student {i}")  # asserts the 303 into the quiz


def test_forty_students_behind_one_address_join_a_live_session_in_one_minute(app, teacher):
    _, code = start(teacher, app, kinds=("single",))
    codes = [app.test_client().post("/live/join", data={"code": code, "name": f"Student {i}"}).status_code
             for i in range(CLASS)]
    assert codes == [303] * CLASS


def test_one_code_still_takes_at_most_120_joins_a_minute(app, teacher):
    _, _, code = published(teacher, app, n=1, attempts="1")
    codes = [app.test_client().post(f"/join/{code}", data={"name": f"Student {i}"}).status_code for i in range(121)]
    assert codes[:120] == [303] * 120 and codes[120] == 429


def test_one_browser_is_still_held_to_its_own_limit(app):
    browser = app.test_client()
    codes = [browser.post("/quiz/", data={"scope": "mixed", "length": "5"}).status_code for _ in range(31)]
    assert codes[:30] == [303] * 30 and codes[30] == 429
    assert app.test_client().post("/quiz/", data={"scope": "mixed", "length": "5"}).status_code == 303  # a classmate


def test_a_class_behind_one_address_asks_the_bot_together(app):
    """Thirty students' browsers, one school address, three questions each in the same minute: all answered. The
    bot's limit of 20 a minute is one browser's, so the 21st question from one browser is still refused."""
    browsers = [app.test_client() for _ in range(30)]
    codes = [b.post("/ask", data={"question": q}).status_code for q in ("How many prisoners?", "Why?", "Who says so?")
             for b in browsers]
    assert codes == [303] * 90  # each answered, then shown on /ask
    one = browsers[0]
    codes = [one.post("/ask", data={"question": "How many prisoners?"}).status_code for _ in range(18)]
    assert codes[:17] == [303] * 17 and codes[17] == 429
