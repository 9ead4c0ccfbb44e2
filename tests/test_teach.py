"""The teachers' face end to end through the test client: sets, own questions, publishing, joining,
taking an assignment under its options, results with item analysis, CSV, exchange, isolation."""
from __future__ import annotations

import csv
import io
import re
import time

import pytest

from tests.conftest import HTMX
from webapp import db

NUMERIC = {  # a teacher's question tied to a fact, with the fact's figure as its answer
    "type": "numeric", "fact_ids": "record-week-august-2024",
    "prompt": "In the busiest week on record, how many Russian soldiers surrendered?",
    "answer": "350", "unit": "soldiers",
    "explanation": "The record week saw {{record-week-august-2024}}, as the news report says.",
    "difficulty": "2",
}


@pytest.fixture
def signed_in(auth):
    assert auth.sign_in().status_code == 303
    return auth


def new_set(client, title="Week 3 check") -> int:
    r = client.post("/teach/sets", data={"title": title})
    assert r.status_code == 303
    return int(re.search(r"/teach/sets/(\d+)", r.headers["Location"]).group(1))


def add(client, set_id, qid, htmx=False):
    return client.post(f"/teach/sets/{set_id}/change", data={"action": "add", "question_id": qid},
                       headers=HTMX if htmx else {})


def publish(client, set_id, **opts):
    form = {"title": "Surrender figures", "attempts": "1", "shuffle_questions": "on", "shuffle_options": "on",
            "feedback": "each", **opts}
    r = client.post(f"/teach/sets/{set_id}/publish", data=form)
    assert r.status_code == 303, r.get_data(as_text=True)
    aid = int(r.headers["Location"].rsplit("/", 1)[1])
    code = re.search(r'class="join-code">([A-Z0-9]{6})<', client.get(f"/teach/assignments/{aid}").get_data(as_text=True)).group(1)
    return aid, code


def published(client, app, n=1, kind="single", **opts):
    """A new set of `n` bank questions of one type, published with `opts`: (set id, assignment id, code)."""
    set_id = new_set(client)
    for q in bank_ids(app, n, kind):
        add(client, set_id, q)
    aid, code = publish(client, set_id, **opts)
    return set_id, aid, code


def join(app, code, name):
    """A new student browser joined to an assignment: (its client, its attempt's URL)."""
    s = app.test_client()
    r = s.post("/quiz/join", data={"code": code, "name": name})
    assert r.status_code == 303, r.get_data(as_text=True)[:300]
    return s, r.headers["Location"]


def bank_ids(app, n=3, kind=None):
    qs = [q for q in app.extensions["sourced"].bank.authored if kind is None or q.type == kind]
    return [q.id for q in qs[:n]]


def answer_all(student, attempt_url, right: bool = True):
    """Answer every question of an attempt through the plain forms (first choice / a typed number)."""
    while True:
        page = student.get(attempt_url)
        if page.status_code == 303:
            return page.headers["Location"]
        html = page.get_data(as_text=True)
        pos = re.search(r'name="position" value="(\d+)"', html).group(1)
        data = {"position": pos}
        if 'name="answer" inputmode' in html:
            data["answer"] = "350" if right else "1"
        elif 'name="rank-' in html or 'name="match-' in html:
            for k, key in enumerate(re.findall(r'name="((?:rank|match)-\d+)"', html)):
                data[key] = str(k + 1) if key.startswith("rank") else str(k)
        else:
            data["answer"] = re.search(r'name="answer" value="([^"]+)"', html).group(1)
        r = student.post(attempt_url + "/answer", data=data)
        assert r.status_code == 303, r.get_data(as_text=True)[:500]


# --- sign-in guards every page --------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/teach/", "/teach/questions", "/teach/questions/new", "/teach/import",
                                  "/teach/unanswered", "/teach/bank.json", "/teach/sets/1",
                                  "/teach/assignments/1", "/teach/assignments/1/answers.csv"])
def test_every_teacher_page_sends_strangers_to_sign_in(client, path):
    r = client.get(path)
    assert r.status_code == 303 and "/teach/sign-in" in r.headers["Location"]


def test_posts_without_sign_in_change_nothing(client, teachers, app):
    r = client.post("/teach/sets", data={"title": "sneaky"})
    assert r.status_code == 303 and "/teach/sign-in" in r.headers["Location"]
    assert db.connect(app.config["DATABASE"])["question_sets"].count == 0


# --- sets -------------------------------------------------------------------------------------------

def test_build_a_set_without_javascript(client, signed_in, app):
    set_id = new_set(client)
    page = client.get(f"/teach/sets/{set_id}?q=week&type=numeric").get_data(as_text=True)
    assert "busiest week" in page.lower() or "record" in page.lower()
    found = re.findall(r'name="question_id" value="([a-z0-9-]+)"', page)
    assert found, "the filtered bank lists questions with Add buttons"
    a, b = bank_ids(app, 2)
    assert add(client, set_id, a).status_code == 303
    assert add(client, set_id, b).status_code == 303
    assert db.get_set(db.connect(app.config["DATABASE"]), 1, set_id)["questions"] == [a, b]
    client.post(f"/teach/sets/{set_id}/change", data={"action": "down", "question_id": a})
    assert db.get_set(db.connect(app.config["DATABASE"]), 1, set_id)["questions"] == [b, a]
    r = add(client, set_id, a)
    assert r.status_code == 409 and "already in the set" in r.get_data(as_text=True)
    client.post(f"/teach/sets/{set_id}/change", data={"action": "remove", "question_id": b})
    assert db.get_set(db.connect(app.config["DATABASE"]), 1, set_id)["questions"] == [a]


def test_live_filter_and_add_with_htmx_swap_only_their_parts(client, signed_in, app):
    set_id = new_set(client)
    r = client.get(f"/teach/sets/{set_id}?type=truefalse", headers={**HTMX, "HX-Target": "bank-results"})
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and "<html" not in html and "match" in html
    assert "true / false" in html and "one answer ·" not in html
    qid = bank_ids(app, 1)[0]
    r = add(client, set_id, qid, htmx=True)
    assert r.status_code == 200 and r.headers["HX-Trigger"] == "set-changed"
    assert "<html" not in r.get_data(as_text=True) and "In this set (1)" in r.get_data(as_text=True)


def test_filter_by_difficulty_origin_topic_and_module(client, signed_in, app):
    set_id = new_set(client)
    bank = app.extensions["sourced"].bank
    gen = client.get(f"/teach/sets/{set_id}?origin=generated&difficulty=1",
                     headers={**HTMX, "HX-Target": "bank-results"}).get_data(as_text=True)
    n = int(re.search(r"(\d+) questions? match", gen).group(1))
    assert n == sum(1 for q in bank.generated if q.difficulty == 1)
    topic = bank.topics[0]
    html = client.get(f"/teach/sets/{set_id}?topic={topic}", headers={**HTMX, "HX-Target": "bank-results"}).get_data(as_text=True)
    assert int(re.search(r"(\d+) questions? match", html).group(1)) == len(bank.for_topic(topic))
    nothing = client.get(f"/teach/sets/{set_id}?q=zzzqqqxx").get_data(as_text=True)
    assert "0 questions match" in nothing


def test_preview_shows_answer_and_citation(client, signed_in, app):
    set_id = new_set(client)
    html = client.get(f"/teach/sets/{set_id}?q=busiest+week").get_data(as_text=True)
    assert "Right answer" in html and "paragraph" in html and "/facts/" in html
    # each explanation's note markers [n] lead to its own numbered sources, never to another's
    markers = re.findall(r'href="#(q-[^"]+-note-\d+)"', html)
    assert markers and all(f'<li id="{m}">' in html for m in markers)


# --- teachers' own questions ------------------------------------------------------------------------

def test_live_validation_refuses_a_wrong_figure_then_passes(client, signed_in, app):
    bad = {**NUMERIC, "answer": "360"}
    r = client.post("/teach/questions/check", data=bad, headers=HTMX)
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and "Not saved yet" in html and "answer" in html
    r = client.post("/teach/questions/check", data=NUMERIC, headers=HTMX)
    assert "passes every check" in r.get_data(as_text=True)


def test_live_validation_uses_the_same_messages_as_questions_check(client, signed_in, app):
    from webapp.bank import check_question
    from webapp.schemas import Question
    store = app.extensions["sourced"].store
    q = Question(id="x-y", type="numeric", prompt="p?", fact_ids=["record-week-august-2024"], answer=360,
                 unit="soldiers", explanation="e {{record-week-august-2024}}", difficulty=2, topics=["pace"])
    expected = check_question(q, store)
    assert expected
    html = client.post("/teach/questions/check", data={**NUMERIC, "answer": "360"}, headers=HTMX).get_data(as_text=True)
    from markupsafe import escape
    for field, msg in expected:
        assert str(escape(msg)) in html


def test_an_invalid_question_is_never_saved(client, signed_in, app):
    # (a fact named in the explanation ties the question to it, so "no facts" means none named anywhere)
    for bad in ({**NUMERIC, "answer": "360"}, {**NUMERIC, "fact_ids": "", "explanation": "In August."},
                {**NUMERIC, "prompt": ""},
                {**NUMERIC, "type": "essay"}, {**NUMERIC, "answer": "1e999"}, {**NUMERIC, "answer": "9" * 5000}):
        r = client.post("/teach/questions/new", data=bad)
        assert r.status_code == 422
        assert "Not saved yet" in r.get_data(as_text=True)
    assert db.connect(app.config["DATABASE"])["teacher_questions"].count == 0


def test_a_valid_question_is_saved_and_can_join_a_set(client, signed_in, app):
    r = client.post("/teach/questions/new", data=NUMERIC)
    assert r.status_code == 303
    rows = db.teacher_questions(db.connect(app.config["DATABASE"]), 1)
    assert len(rows) == 1 and rows[0]["status"] == "ready" and rows[0]["body"]["answer"] == 350
    qid = rows[0]["id"]
    set_id = new_set(client)
    mine = client.get(f"/teach/sets/{set_id}?origin=mine").get_data(as_text=True)
    assert "busiest week on record" in mine
    assert add(client, set_id, qid).status_code == 303
    exported = client.get("/teach/questions/export.json").get_json()
    assert exported["questions"][0]["id"] == qid and exported["questions"][0]["answer"] == 350


def test_a_single_choice_question_with_options(client, signed_in, app):
    form = {"type": "single", "fact_ids": "weekly-surrender-average", "difficulty": "1",
            "prompt": "How many Russian soldiers surrender in an average week, by the project's figures?",
            "option-0-text": "60 to 90", "option-1-text": "5 to 10", "option-2-text": "900 to 1,000",
            "correct": "0", "explanation": "The project counts {{weekly-surrender-average}} a week."}
    r = client.post("/teach/questions/new", data=form)
    assert r.status_code == 303, r.get_data(as_text=True)
    r = client.post("/teach/questions/new", data={**form, "correct": ["0", "1"]})
    assert r.status_code == 422 and "exactly one right option" in r.get_data(as_text=True)


def test_a_wrong_option_that_the_figures_bound_makes_true_is_refused(client, signed_in, app):
    """WALK-9, 3: the article says over 6,000, so "Over 2,000" is a true statement, not a wrong answer."""
    form = {"type": "single", "fact_ids": "pows-returned-in-exchanges", "difficulty": "1",
            "prompt": "How many Russian prisoners of war have gone back in exchanges, as the news report relays it?",
            "option-0-text": "Over 6,000", "option-1-text": "Over 2,000", "option-2-text": "Over 25,000",
            "correct": "0", "explanation": "The figure is {{pows-returned-in-exchanges}}."}
    r = client.post("/teach/questions/new", data=form)
    assert r.status_code == 422
    assert "is true too: the article&#39;s figure is over 6,000, a lower bound" in r.get_data(as_text=True)
    r = client.post("/teach/questions/new", data={**form, "option-1-text": "Over 15,000"})
    assert r.status_code == 303, r.get_data(as_text=True)


# --- publishing, joining, taking ---------------------------------------------------------------------

def test_publish_join_take_and_read_results(client, signed_in, app):
    set_id = new_set(client)
    ids = bank_ids(app, 3, "single") + bank_ids(app, 1, "truefalse")
    for q in ids:
        add(client, set_id, q)
    aid, code = publish(client, set_id)
    assert all(c in "ABCDEFGHJKMNPQRTUVWXY346789" for c in code)

    for name in ("Ana", "Ben", "Caro"):
        student = app.test_client()
        page = student.get(f"/quiz/join/{code}")
        assert code in page.get_data(as_text=True)
        r = student.post("/quiz/join", data={"code": code.lower()[:3] + " " + code.lower()[3:], "name": name})
        assert r.status_code == 303
        end = answer_all(student, r.headers["Location"])
        assert "/results" in end
        assert "Your results" in student.get(end).get_data(as_text=True)

    html = client.get(f"/teach/assignments/{aid}").get_data(as_text=True)
    for name in ("Ana", "Ben", "Caro"):
        assert re.search(rf'<td[^>]*><a href="/teach/assignments/{aid}/attempts/[^"]+">{name}<', html)
    assert 'role="img"' in html and "<summary>The same distribution as a table</summary>" in html
    assert "Item analysis" in html and "Facility" in html and "Cronbach" in html

    attempts = list(csv.reader(io.StringIO(client.get(f"/teach/assignments/{aid}/attempts.csv").get_data(as_text=True))))
    assert attempts[0][:2] == ["attempt", "display_name"] and len(attempts) == 4
    assert [row[0] for row in attempts[1:]] == ["1", "2", "3"]  # row numbers, not the attempts' ids
    answers = list(csv.reader(io.StringIO(client.get(f"/teach/assignments/{aid}/answers.csv").get_data(as_text=True))))
    assert answers[0][0] == "attempt" and len(answers) == 1 + 3 * len(ids)


def test_attempt_limit_per_name(client, signed_in, app):
    _, _, code = published(client, app, attempts="1")
    s, url = join(app, code, "Dana")
    answer_all(s, url)
    again = s.post("/quiz/join", data={"code": code, "name": "dana "})  # the same browser
    assert again.status_code == 409 and "You have already used the 1 attempt" in again.get_data(as_text=True)
    other = app.test_client().post("/quiz/join", data={"code": code, "name": "dana "})  # another browser
    page = other.get_data(as_text=True)
    assert other.status_code == 409 and "start with that name" in page
    assert "already used" not in page and "Dana" not in page  # nothing says who joined


def test_unfinished_attempt_resumes_on_rejoin(client, signed_in, app):
    _, _, code = published(client, app, 2, attempts="1")
    s, first = join(app, code, "Eli")
    again = s.post("/quiz/join", data={"code": code, "name": "Eli"})
    assert again.status_code == 303 and again.headers["Location"] == first


@pytest.mark.parametrize("code,status,text", [("ZZZZZZ", 404, "no assignment with that code"),
                                              ("", 404, "no assignment"), ("O0I1L5", 404, "no assignment")])
def test_bad_codes_are_refused_clearly(client, code, status, text):
    r = client.post("/quiz/join", data={"code": code, "name": "Fay"})
    assert r.status_code == status and text in r.get_data(as_text=True)


def test_closed_and_not_yet_open_assignments_say_so(client, signed_in, app):
    set_id = new_set(client)
    add(client, set_id, bank_ids(app, 1)[0])
    _, past = publish(client, set_id, opens_at="2020-01-01T09:00", closes_at="2020-01-02T09:00")
    _, future = publish(client, set_id, opens_at="2099-01-01T09:00")
    r = client.post("/quiz/join", data={"code": past, "name": "Gus"})
    assert r.status_code == 410 and "closed on 2 January 2020" in r.get_data(as_text=True)
    r = client.post("/quiz/join", data={"code": future, "name": "Gus"})
    assert r.status_code == 409 and "opens on 1 January 2099" in r.get_data(as_text=True)


def test_display_name_is_required_and_bounded(client, signed_in, app):
    set_id = new_set(client)
    add(client, set_id, bank_ids(app, 1)[0])
    _, code = publish(client, set_id)
    for name in ("", "   ", "x" * 41, "bad\x00name"):
        r = client.post("/quiz/join", data={"code": code, "name": name})
        assert r.status_code == 400 and "Give the name" in r.get_data(as_text=True)


def test_time_limit_ends_the_attempt(client, signed_in, app):
    _, _, code = published(client, app, 2, time_limit="5")
    s, url = join(app, code, "Hal")
    assert "Answers are taken until" in s.get(url).get_data(as_text=True)
    database = db.connect(app.config["DATABASE"])
    attempt_id = url.rsplit("/", 1)[1]
    a = db.get_attempt(database, attempt_id)
    assert 299 <= a.deadline - a.created_at <= 301
    database.execute("UPDATE attempts SET deadline = ? WHERE id = ?", [time.time() - 1, attempt_id])
    r = s.post(url + "/answer", data={"position": "0", "answer": "0"})
    assert r.status_code == 409 and "Time is up" in r.get_data(as_text=True)
    assert db.get_attempt(database, attempt_id).answers == []
    assert s.get(url).status_code == 303  # the attempt is over: the question page sends to the results
    assert db.get_attempt(database, attempt_id).finished_at is not None


def test_feedback_at_the_end_hides_answers_until_finished(client, signed_in, app):
    _, _, code = published(client, app, 2, feedback="end", shuffle_options="")
    s, url = join(app, code, "Ivy")
    r = s.post(url + "/answer", data={"position": "0", "answer": "0"})
    assert r.status_code == 303 and r.headers["Location"].endswith("?saved=1")
    html = s.get(r.headers["Location"]).get_data(as_text=True)
    assert "Your last answer is saved" in html and "The right answer" not in html
    assert s.get(url + "/feedback/0").status_code == 303  # no per-question feedback
    r = s.post(url + "/answer", data={"position": "1", "answer": "0"}, headers={**HTMX, "HX-Target": "quiz-panel"})
    assert r.status_code == 204 and r.headers["HX-Redirect"].endswith("/results")
    assert "The right answer" in s.get(url + "/results").get_data(as_text=True)


def test_feedback_after_due_date_waits_for_the_close(client, signed_in, app):
    _, aid, code = published(client, app, feedback="due", closes_at="2099-01-01T09:00")
    s, url = join(app, code, "Jo")
    r = s.post(url + "/answer", data={"position": "0", "answer": "0"})
    results = s.get(r.headers["Location"]).get_data(as_text=True)
    assert "Your answers are saved" in results and "The right answer" not in results and "You scored" not in results
    # once the close date has passed, the review is there
    database = db.connect(app.config["DATABASE"])
    a = db.get_assignment(database, aid)
    opts = {**a.options.model_dump(mode="json"), "closes_at": "2020-01-01T09:00:00"}
    import json
    database.execute("UPDATE assignments SET options = ? WHERE id = ?", [json.dumps(opts), aid])
    assert "The right answer" in s.get(url + "/results").get_data(as_text=True)


def test_due_feedback_needs_a_close_date(client, signed_in, app):
    set_id = new_set(client)
    add(client, set_id, bank_ids(app, 1)[0])
    r = client.post(f"/teach/sets/{set_id}/publish", data={"title": "t", "feedback": "due"})
    assert r.status_code == 400 and "needs a close date" in r.get_data(as_text=True)
    r = client.post(f"/teach/sets/{set_id}/publish", data={"title": "t", "time_limit": "abc"})
    assert r.status_code == 400 and "whole number" in r.get_data(as_text=True)
    assert db.connect(app.config["DATABASE"])["assignments"].count == 0


def test_an_empty_set_cannot_be_published(client, signed_in, app):
    set_id = new_set(client)
    r = client.post(f"/teach/sets/{set_id}/publish", data={"title": "t"})
    assert r.status_code == 400 and "no questions yet" in r.get_data(as_text=True)


def test_editing_the_set_later_leaves_the_assignment_alone(client, signed_in, app):
    set_id = new_set(client)
    a, b = bank_ids(app, 2)
    add(client, set_id, a)
    aid, _ = publish(client, set_id)
    add(client, set_id, b)
    assert list(db.get_assignment(db.connect(app.config["DATABASE"]), aid).questions) == [a]


# --- isolation ----------------------------------------------------------------------------------------

def test_another_teachers_ids_are_404(client, auth, app):
    auth.sign_in()
    set_id = new_set(client)
    add(client, set_id, bank_ids(app, 1)[0])
    aid, _ = publish(client, set_id)
    client.post("/teach/questions/new", data=NUMERIC)
    qid = db.teacher_questions(db.connect(app.config["DATABASE"]), 1)[0]["id"]
    auth.sign_out()
    auth.sign_in("other@school.org")
    for path in (f"/teach/sets/{set_id}", f"/teach/sets/{set_id}/publish", f"/teach/sets/{set_id}/export.xml",
                 f"/teach/assignments/{aid}", f"/teach/assignments/{aid}/attempts.csv",
                 f"/teach/questions/{qid}/edit"):
        assert client.get(path).status_code == 404, path
    for path, data in ((f"/teach/sets/{set_id}/change", {"action": "remove", "question_id": "x"}),
                       (f"/teach/sets/{set_id}/delete", {}), (f"/teach/questions/{qid}/delete", {}),
                       (f"/teach/questions/{qid}/edit", NUMERIC)):
        assert client.post(path, data=data).status_code == 404, path
    home = client.get("/teach/").get_data(as_text=True)
    assert "Week 3 check" not in home and "Surrender figures" not in home
    assert client.get("/teach/questions/export.json").get_json() == {"questions": []}
    # the other teacher cannot add the first teacher's question to their own set
    mine = new_set(client, "Other's set")
    assert add(client, mine, qid).status_code == 404


# --- exchange -----------------------------------------------------------------------------------------

def test_set_exports_parse_back(client, signed_in, app):
    from lxml import etree
    from webapp.exchange import import_gift
    set_id = new_set(client)
    ids = bank_ids(app, 2, "single") + bank_ids(app, 1, "numeric")
    for q in ids:
        add(client, set_id, q)
    xml = client.get(f"/teach/sets/{set_id}/export.xml")
    root = etree.fromstring(xml.data)
    assert root.tag == "quiz" and len(root.findall("question[@type='multichoice']")) == 2
    assert len(root.findall("question[@type='numerical']")) == 1
    gift = client.get(f"/teach/sets/{set_id}/export.gift").get_data(as_text=True)
    assert len(import_gift(gift)) == 3


def test_import_lands_as_drafts_then_a_tied_draft_is_ready(client, signed_in, app):
    gift = ("::Record week::How many Russian soldiers surrendered in the record week? {#350}\n\n"
            "::Capital::Which is true of the record week? {=It was in August 2024 ~It was in 2022}\n")
    r = client.post("/teach/import", data={"file": (io.BytesIO(gift.encode()), "class.gift")},
                    content_type="multipart/form-data")
    assert r.status_code == 200 and "2 questions imported as drafts" in r.get_data(as_text=True)
    database = db.connect(app.config["DATABASE"])
    drafts = db.teacher_questions(database, 1, "draft")
    assert len(drafts) == 2
    # a draft cannot join a set
    set_id = new_set(client)
    assert add(client, set_id, drafts[0]["id"]).status_code == 404
    # tied to its fact (and given a unit and explanation), it passes and becomes ready
    numeric = next(d for d in drafts if d["body"]["type"] == "numeric")
    page = client.get(f"/teach/questions/{numeric['id']}/edit").get_data(as_text=True)
    assert "How many Russian soldiers surrendered in the record week?" in page
    r = client.post(f"/teach/questions/{numeric['id']}/edit", data=NUMERIC)
    assert r.status_code == 303
    assert db.teacher_question(database, 1, numeric["id"])["status"] == "ready"
    assert add(client, set_id, numeric["id"]).status_code == 303


def test_malformed_imports_name_the_problem_and_import_nothing(client, signed_in, app):
    bad_gift = "::Q1::Fine question? {=a ~b}\n\n::Q2::Broken question {=a ~b\n"
    r = client.post("/teach/import", data={"file": (io.BytesIO(bad_gift.encode()), "x.gift")},
                    content_type="multipart/form-data")
    assert r.status_code == 400 and "Nothing was imported" in r.get_data(as_text=True)
    assert "line" in r.get_data(as_text=True).lower()
    bomb = b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><quiz>&b;</quiz>'
    r = client.post("/teach/import", data={"file": (io.BytesIO(bomb), "x.xml")}, content_type="multipart/form-data")
    assert r.status_code == 400 and "Nothing was imported" in r.get_data(as_text=True)
    r = client.post("/teach/import", data={}, content_type="multipart/form-data")
    assert r.status_code == 400
    assert db.connect(app.config["DATABASE"])["teacher_questions"].count == 0


def test_unanswered_bot_questions_are_listed_for_administrators_only(client, signed_in, app, teachers):
    client.post("/ask", data={"question": "What is the capital of Peru?"})
    resp = client.get("/teach/unanswered")
    assert resp.status_code == 403 and "Peru" not in resp.get_data(as_text=True)
    assert "/teach/unanswered" not in client.get("/teach/").get_data(as_text=True)
    db.set_admin(db.connect(app.config["DATABASE"]), teachers["teacher@school.org"], True)
    html = client.get("/teach/unanswered").get_data(as_text=True)
    assert "What is the capital of Peru?" in html
    assert "/teach/unanswered" in client.get("/teach/").get_data(as_text=True)


def test_bank_export_is_behind_sign_in(client, signed_in, app):
    data = client.get("/teach/bank.json").get_json()
    assert len(data["questions"]) == len(app.extensions["sourced"].bank.questions)


def test_csv_cells_cannot_run_as_spreadsheet_formulas(client, signed_in, app):
    _, aid, code = published(client, app)
    s, url = join(app, code, "=HYPERLINK(1)")
    answer_all(s, url)
    rows = list(csv.reader(io.StringIO(client.get(f"/teach/assignments/{aid}/attempts.csv").get_data(as_text=True))))
    assert rows[1][1] == "'=HYPERLINK(1)"


def test_rename_a_set(client, signed_in, app):
    set_id = new_set(client)
    r = client.post(f"/teach/sets/{set_id}/change", data={"action": "rename", "title": "Week 4"})
    assert r.status_code == 303
    assert "<h1>Week 4</h1>" in client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    r = client.post(f"/teach/sets/{set_id}/change", data={"action": "rename", "title": "  "})
    assert r.status_code == 400 and "title of 1 to 120" in r.get_data(as_text=True)
    assert db.get_set(db.connect(app.config["DATABASE"]), 1, set_id)["title"] == "Week 4"


@pytest.mark.parametrize("kind", ["ordering", "matching"])
def test_an_imported_ordering_or_matching_is_tied_row_by_row(client, signed_in, app, kind):
    """Export a bank question to Moodle XML, import it back (a draft: no figures), tie each row to
    its figure in the form, and it passes the bank's checks and can join a set."""
    from webapp.exchange import export_moodle_xml
    original = next(q for q in app.extensions["sourced"].bank.authored if q.type == kind)
    xml, skipped = export_moodle_xml([original])
    assert not skipped
    r = client.post("/teach/import", data={"file": (io.BytesIO(xml.encode()), "one.xml")},
                    content_type="multipart/form-data")
    assert r.status_code == 200, r.get_data(as_text=True)
    database = db.connect(app.config["DATABASE"])
    draft = db.teacher_questions(database, 1, "draft")[0]
    page = client.get(f"/teach/questions/{draft['id']}/edit").get_data(as_text=True)
    assert "tie each to its figure" in page
    body = draft["body"]
    form = {"type": kind, "prompt": body["prompt"], "fact_ids": list(original.fact_ids),
            "explanation": original.explanation, "difficulty": str(original.difficulty)}
    if kind == "ordering":
        figure_of = {i.text: i.figure for i in original.items}
        rows = [(i["id"], {"text": i["text"]}, figure_of[i["text"]]) for i in body["items"]]
        form["order"] = ",".join(body["answer"])
    else:
        figure_of = {(p.left, p.right): p.figure for p in original.pairs}
        rows = [(p["id"], {"left": p["left"], "right": p["right"]}, figure_of[(p["left"], p["right"])]) for p in body["pairs"]]
    for k, (rid, texts, _) in enumerate(rows):
        form[f"row-{k}-id"] = rid
        form.update({f"row-{k}-{name}": v for name, v in texts.items()})
    r = client.post(f"/teach/questions/{draft['id']}/edit", data=form)  # no figures yet: refused
    assert r.status_code == 422 and "Tie row" in r.get_data(as_text=True)
    wrong = {**form, **{f"row-{k}-figure": rows[0][2] for k in range(len(rows))}}  # every row the same figure
    assert client.post(f"/teach/questions/{draft['id']}/edit", data=wrong).status_code == 422
    form.update({f"row-{k}-figure": fig for k, (_, _, fig) in enumerate(rows)})
    r = client.post(f"/teach/questions/{draft['id']}/edit", data=form)
    assert r.status_code == 303, r.get_data(as_text=True)[-3000:]
    assert db.teacher_question(database, 1, draft["id"])["status"] == "ready"
    set_id = new_set(client)
    assert add(client, set_id, draft["id"]).status_code == 303
