"""The student's "Time is up" page (WALK-8): every question is listed, unanswered ones with their right
answer and why when the assignment shows answers at the end, and the way to the next attempt."""
from __future__ import annotations

import html as htmllib
import re
import time

from tests.test_teach import join, published, signed_in  # noqa: F401
from webapp import db


def _time_runs_out(app, url):
    database = db.connect(app.config["DATABASE"])
    database.execute("UPDATE attempts SET deadline = ? WHERE id = ?", [time.time() - 1, url.rsplit("/", 1)[1]])


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_time_up_with_nothing_answered_lists_each_question_with_its_answer_and_the_next_attempt(
        client, signed_in, app):
    _, aid, code = published(client, app, 3, time_limit="1", attempts="3", feedback="end")
    s, url = join(app, code, "Kai")
    _time_runs_out(app, url)
    end = s.get(url)
    assert end.status_code == 303 and end.location.endswith("/results")
    html = s.get(end.location).get_data(as_text=True)
    page = _text(html)
    assert "Time is up" in page
    asg = db.get_assignment(db.connect(app.config["DATABASE"]), aid)
    for n, q in enumerate(asg.questions.values(), 1):
        assert f"Question {n}: – not answered" in page
        assert q.prompt[:60] in htmllib.unescape(html)
    assert page.count("Your answer Not answered.") == 3
    assert page.count("The right answer") == 3 and page.count("Why") >= 3
    assert "You have 2 attempts left at this assignment." in page
    assert f'action="/join/{code}"' in html and "Start your next attempt as Kai" in page
    # the button starts attempt 2 (same name, same browser), and the page reads the same after a reload
    assert _text(s.get(end.location).get_data(as_text=True)) == page
    nxt = s.post(f"/join/{code}", data={"name": "Kai"})
    assert nxt.status_code == 303 and "/quiz/a/" in nxt.location and nxt.location != url
    _time_runs_out(app, nxt.location)
    second = _text(s.get(nxt.location + "/results").get_data(as_text=True))
    assert "You have 1 attempt left at this assignment." in second


def test_no_attempts_left_says_so_and_offers_no_button(client, signed_in, app):
    _, _, code = published(client, app, 2, time_limit="1", attempts="1", feedback="end")
    s, url = join(app, code, "Lea")
    _time_runs_out(app, url)
    page = _text(s.get(url + "/results").get_data(as_text=True))
    assert "You have no attempts left at this assignment." in page and "Start your next attempt" not in page
    assert "The right answer" in page  # answers shown at the end: also for the questions not answered


def test_answers_after_the_close_date_stay_hidden_but_the_attempts_left_are_shown(client, signed_in, app):
    _, _, code = published(client, app, 2, time_limit="1", attempts="2", feedback="due",
                           closes_at="2099-01-01T10:00")
    s, url = join(app, code, "Mo")
    _time_runs_out(app, url)
    page = _text(s.get(url + "/results").get_data(as_text=True))
    assert "Time is up" in page and "The right answer" not in page
    assert "You have 1 attempt left at this assignment." in page


def test_with_a_class_list_the_next_attempt_starts_from_the_personal_code_box(client, signed_in, app):
    _, aid, code = published(client, app, 2, time_limit="1", attempts="2", feedback="end")
    client.post(f"/teach/assignments/{aid}/roster", data={"names": "Ana Lima"})
    page = client.get(f"/teach/assignments/{aid}").get_data(as_text=True)
    personal = re.search(r'<strong class="join-code">([A-Z0-9]{5})</strong>', page).group(1)
    s, url = join(app, code, personal)
    _time_runs_out(app, url)
    html = s.get(url + "/results").get_data(as_text=True)
    assert "You have 1 attempt left at this assignment." in _text(html)
    assert f'<a class="button" href="/join/{code}">Start your next attempt</a>' in html
    assert personal not in html  # the personal code is never put in the page
