"""WALK-7 S14 and S16 on a teacher's results: the attempts come first and the empty class-list form
folds away below them; rows say passed / not passed against the pass mark; an attempt whose time ran out
is counted; the attempt page numbers questions as the item analysis does."""
from __future__ import annotations

import re
import time

from tests.test_teach import join, new_set, add, publish, signed_in  # noqa: F401  (a fixture)
from webapp import db


def text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def singles(app, n):
    return [q.id for q in app.extensions["sourced"].bank.authored if q.type == "single"][:n]


def answer(app, student, url, right: bool, how_many: int | None = None):
    """Answer a single-choice attempt's questions right (or wrong) through the plain form."""
    bank = app.extensions["sourced"].bank
    attempt_id = url.rsplit("/", 1)[1]
    database = db.connect(app.config["DATABASE"])
    a = db.get_attempt(database, attempt_id)
    for pos, entry in enumerate(a.layout[:how_many]):
        q = bank.questions[entry["q"]]
        idx = next(k for k, o in enumerate(entry["order"]) if (o == q.answer) == right)
        r = student.post(url + "/answer", data={"position": str(pos), "answer": str(idx)})
        assert r.status_code == 303, r.get_data(as_text=True)[:300]
    database.conn.close()


def assignment(client, app, n=4, **opts):
    set_id = new_set(client)
    for q in singles(app, n):
        add(client, set_id, q)
    return publish(client, set_id, **opts)


def test_attempts_come_before_the_folded_class_list(client, signed_in, app):
    aid, _ = assignment(client, app)
    html = client.get(f"/teach/assignments/{aid}").get_data(as_text=True)
    assert html.index('id="attempts-title"') < html.index('id="roster-title"')
    # empty, the form is folded behind one line; the join card points to it
    assert re.search(r'<details class="roster-add"><summary>Add a class list…</summary>\s*<form', html)
    assert 'href="#roster-title"' in html
    # with names, the codes are shown open (no fold)
    client.post(f"/teach/assignments/{aid}/roster", data={"names": "Ana Lopez\nBen Ode"})
    html = client.get(f"/teach/assignments/{aid}").get_data(as_text=True)
    assert "roster-add" not in html and "Ana Lopez" in html


def test_rows_say_passed_or_not_against_the_pass_mark(client, signed_in, app):
    aid, code = assignment(client, app, pass_mark="60")
    for name, right in (("Ana Lopez", True), ("Ben Ode", False)):
        s, url = join(app, code, name)
        answer(app, s, url, right)
    join(app, code, "Cy Pax")  # still in progress
    html = client.get(f"/teach/assignments/{aid}").get_data(as_text=True)
    rows = {text(m.group(1)).split(":")[0].strip(): text(m.group(2))
            for m in re.finditer(r'<tr><td class="who">(.*?)</td>(.*?)</tr>', html, re.S)}
    assert rows["Ana Lopez"].startswith("4 (100%) 4 of 4 passed")
    assert rows["Ben Ode"].startswith("0 (0%) 4 of 4 not passed")
    assert rows["Cy Pax"].startswith("0 (0%) 0 of 4 not yet in progress")
    assert '<th scope="col">Pass mark 60%</th>' in html and 'data-label="Pass mark 60%"' in html
    # without a pass mark, no such column
    aid, _ = assignment(client, app)
    assert "Pass mark" not in client.get(f"/teach/assignments/{aid}").get_data(as_text=True)


def test_an_attempt_whose_time_ran_out_is_counted(client, signed_in, app):
    aid, code = assignment(client, app, time_limit="5")
    s, url = join(app, code, "Mia")
    answer(app, s, url, True, how_many=1)
    s2, url2 = join(app, code, "Eve Stone")
    answer(app, s2, url2, True)
    join(app, code, "Gus Hale")
    database = db.connect(app.config["DATABASE"])
    database.execute("UPDATE attempts SET deadline = ? WHERE id = ?", [time.time() - 1, url.rsplit("/", 1)[1]])
    database.conn.commit()
    html = client.get(f"/teach/assignments/{aid}").get_data(as_text=True)
    assert "3 students joined · 1 in progress · 1 finished · 1 ran out of time." in text(html)
    mia = re.search(r'<tr><td class="who"><a[^>]*>Mia<.*?</tr>', html, re.S).group(0)
    assert "time up" in text(mia) and "1 of 4" in text(mia)
    # the attempt is ended, so its marks join the statistics at once
    assert db.get_attempt(database, url.rsplit("/", 1)[1]).finished_at is not None
    assert "Over 2 finished attempts (1 of them ran out of time)" in text(html)  # WALK-8: it counted Mia silently
    assert "Time limit 5 minutes" in text(html)
    projector = client.get(f"/teach/assignments/{aid}/projector").get_data(as_text=True)
    assert "3 students joined · 1 finished · 1 ran out of time" in text(projector)  # it said "2 finished"


def test_the_attempt_page_numbers_questions_as_the_item_analysis_does(client, signed_in, app):
    aid, code = assignment(client, app, n=5)
    s, url = join(app, code, "Ana Lopez")
    answer(app, s, url, True, how_many=3)
    a = db.get_attempt(db.connect(app.config["DATABASE"]), url.rsplit("/", 1)[1])
    asg = db.get_assignment(db.connect(app.config["DATABASE"]), aid)
    order = list(asg.questions)
    assert [e["q"] for e in a.layout] != order  # shuffled (a fixed seed would not change this)
    html = client.get(f"/teach/assignments/{aid}/attempts/{a.id}").get_data(as_text=True)
    page = text(html)
    assert "Numbered as in the item analysis; Ana Lopez met them in another order" in page
    items = re.findall(r'<li id="q-(\d+)">\s*<h3>(.*?)</h3>\s*<p class="q-text">(.*?)</p>', html, re.S)
    assert [int(n) for n, _, _ in items] == [1, 2, 3, 4, 5]  # listed by number, all five given
    for n, head, prompt in items:
        qid = order[int(n) - 1]
        assert text(prompt) == text(asg.questions[qid].prompt.replace("'", "&#39;").replace('"', "&#34;"))
        asked = [e["q"] for e in a.layout].index(qid) + 1
        assert text(head) == f"Question {n} (asked as question {asked} of 5)"
    assert page.count("not answered") == 2


def test_a_pooled_attempt_without_shuffling_says_drawn_not_shuffled(client, signed_in, app):
    aid, code = assignment(client, app, n=5, pool="3", shuffle_questions="")
    asg = db.get_assignment(db.connect(app.config["DATABASE"]), aid)
    for k in range(8):  # a student whose draw is not simply questions 1-3 (each draw is random)
        s, url = join(app, code, f"Student {k}")
        a = db.get_attempt(db.connect(app.config["DATABASE"]), url.rsplit("/", 1)[1])
        numbers = [list(asg.questions).index(e["q"]) + 1 for e in a.layout]
        if numbers != [1, 2, 3]:
            break
    assert numbers == sorted(numbers) and numbers != [1, 2, 3]  # not shuffled: the set's order, some left out
    answer(app, s, url, True)
    page = text(client.get(f"/teach/assignments/{aid}/attempts/{a.id}").get_data(as_text=True))
    # met in the set's relative order: not "in another order" (WALK-8), only drawn
    assert "another order" not in page and "shuffled" not in page
    assert ("Numbered as in the item analysis; 3 of 5 drawn at random, met in the set's order "
            "(the place Student " in page)
    for asked, n in enumerate(numbers, 1):
        assert f"Question {n} (asked as question {asked} of 3)" in page


def test_a_pooled_and_shuffled_attempt_met_in_another_order_says_so(client, signed_in, app):
    aid, code = assignment(client, app, n=5, pool="3", shuffle_questions="on")
    asg = db.get_assignment(db.connect(app.config["DATABASE"]), aid)
    for k in range(12):  # a student whose three questions came in another relative order
        s, url = join(app, code, f"Student {k}")
        a = db.get_attempt(db.connect(app.config["DATABASE"]), url.rsplit("/", 1)[1])
        numbers = [list(asg.questions).index(e["q"]) + 1 for e in a.layout]
        if numbers != sorted(numbers):
            break
    assert numbers != sorted(numbers)
    answer(app, s, url, True)
    page = text(client.get(f"/teach/assignments/{aid}/attempts/{a.id}").get_data(as_text=True))
    assert f"Student {k} met them in another order (shuffled, 3 of 5 drawn at random), shown beside each" in page
