"""WALK-7 S15: the publish form reports every problem in one round, and refuses a random pool larger
than the set instead of quietly giving everyone the whole set."""
from __future__ import annotations

import html as htmllib
import re

from tests.test_teach import add, bank_ids, new_set, publish, signed_in  # noqa: F401  (a fixture)
from webapp import db


def errors(html: str) -> list[str]:
    box = re.search(r'id="publish-errors">(.*?)</div>', html, re.S)
    return [htmllib.unescape(" ".join(re.sub(r"<[^>]+>", "", li).split())) for li in re.findall(r"<li>(.*?)</li>", box.group(1), re.S)] if box else []


def six_question_set(client, app) -> int:
    set_id = new_set(client)
    for q in bank_ids(app, 6):
        add(client, set_id, q)
    return set_id


def assignments(app) -> int:
    with app.app_context():
        return db.get_db().execute("select count(*) from assignments").fetchone()[0]


def test_every_problem_is_reported_in_one_round(client, signed_in, app):
    set_id = six_question_set(client, app)
    r = client.post(f"/teach/sets/{set_id}/publish", data={
        "title": "t", "time_limit": "0", "attempts": "abc", "pass_mark": "150", "pool": "9",
        "opens_at": "2099-01-02T09:00", "closes_at": "2099-01-01T09:00", "feedback": "each"})
    assert r.status_code == 400
    found = errors(r.get_data(as_text=True))
    # the number errors, the pool and close-before-open together, in the form's order
    assert found == [
        "The time limit (minutes) is a whole number from 1 to 600, or empty.",
        "The number of attempts is a whole number from 1 to 50, or empty.",
        "Questions each student gets: 9 is more than the set's 6 questions. Give a number from 1 to 6, or leave it empty for all 6.",
        "The pass mark (%) is a whole number from 1 to 100, or empty.",
        "The close date must come after the open date.",
    ]
    assert "5 things to fix" in r.get_data(as_text=True)
    assert 'id="a-pool" name="pool" inputmode="numeric" maxlength="3" value="9" aria-invalid="true"' in r.get_data(as_text=True)
    assert assignments(app) == 0


def test_a_pool_larger_than_the_set_is_refused_alone(client, signed_in, app):
    set_id = six_question_set(client, app)
    r = client.post(f"/teach/sets/{set_id}/publish", data={"title": "t", "attempts": "1", "pool": "9"})
    assert r.status_code == 400
    assert errors(r.get_data(as_text=True)) == [
        "Questions each student gets: 9 is more than the set's 6 questions. Give a number from 1 to 6, or leave it empty for all 6."]
    assert assignments(app) == 0
    # the whole set (6 of 6) and a real pool (4 of 6) are fine
    aid, _ = publish(client, set_id, pool="6")
    aid, _ = publish(client, set_id, pool="4")
    page = client.get(f"/teach/assignments/{aid}").get_data(as_text=True)
    assert "each student gets 4 drawn at random" in page


def test_due_feedback_without_a_close_date_comes_with_the_other_problems(client, signed_in, app):
    set_id = six_question_set(client, app)
    r = client.post(f"/teach/sets/{set_id}/publish", data={"title": "t", "time_limit": "x", "feedback": "due"})
    assert errors(r.get_data(as_text=True)) == [
        "The time limit (minutes) is a whole number from 1 to 600, or empty.",
        "Feedback after the close date needs a close date."]
    # an unreadable close date is reported as such, not also as a missing one
    r = client.post(f"/teach/sets/{set_id}/publish", data={"title": "t", "closes_at": "soon", "feedback": "due"})
    assert errors(r.get_data(as_text=True)) == ["Give a date and time like 2026-12-01 09:00."]
