"""While a student answers a teacher's assignment, the explainer bot is out of reach: it would answer the
quiz's own questions with their figures (a first-time user's walk asked it for the officers' share on a
timed, marked test and got 3%). Practice quizzes keep it; it comes back with the results."""
from __future__ import annotations

from tests.test_teach import answer_all, join, published, signed_in  # noqa: F401

BOT = ('id="chat-panel"', 'class="ask-jump"')


def has_bot(html: str) -> bool:
    return all(marker in html for marker in BOT)


def test_no_bot_on_an_assignments_questions_and_feedback_until_the_results(client, signed_in, app):
    _, _, code = published(client, app, 2, feedback="each")
    student, url = join(app, code, "Dana Wu")
    assert has_bot(student.get("/modules").get_data(as_text=True))  # the rest of the site keeps it
    question = student.get(url).get_data(as_text=True)
    assert 'name="position"' in question and not any(m in question for m in BOT)
    r = student.post(f"{url}/answer", data={"position": "0", "answer": "0"})
    assert r.status_code == 303 and "/feedback/0" in r.location
    feedback = student.get(r.location).get_data(as_text=True)
    assert "Next question" in feedback and not any(m in feedback for m in BOT)
    results = answer_all(student, url)
    assert has_bot(student.get(results).get_data(as_text=True))


def test_a_practice_quiz_keeps_the_bot(client):
    r = client.post("/quiz/", data={"scope": "mixed", "length": "5"})
    assert r.status_code == 303
    assert has_bot(client.get(r.location).get_data(as_text=True))


def test_the_bot_stays_out_of_reach_by_address_while_the_assignment_runs(client, signed_in, app):
    """The walk typed /ask (the header's Ask link) mid-test and got question 8's figure; now the link is
    gone on the quiz's pages and /ask, its form and the JSON API say the bot is off until the quiz ends."""
    _, _, code = published(client, app, 2, feedback="each")
    student, url = join(app, code, "Ola Berg")
    question = student.get(url).get_data(as_text=True)
    assert 'href="/ask"' not in question  # no Ask in the header's menu either
    page = student.get("/ask").get_data(as_text=True)
    assert "The bot is off in this browser while you are taking your teacher" in page
    assert f'href="{url}"' in page and "Back to your quiz" in page
    r = student.post("/ask", data={"question": "What share of the prisoners were officers?"})
    assert r.status_code == 403 and "3%" not in r.get_data(as_text=True)
    r = student.post("/ask", data={"question": "What share of the prisoners were officers?"}, headers={"HX-Request": "true"})
    assert r.status_code == 403 and "The bot is off" in r.get_data(as_text=True)
    r = student.post("/api/ask", json={"question": "What share of the prisoners were officers?"})
    assert r.status_code == 403 and "The bot is off" in r.get_json()["error"]
    assert app.test_client().post("/api/ask", json={"question": "What share of the prisoners were officers?"}
                                  ).get_json()["answered"]  # another browser is not affected
    answer_all(student, url)
    assert student.post("/api/ask", json={"question": "What share of the prisoners were officers?"}).get_json()["answered"]


def test_the_bot_stays_out_of_reach_during_a_live_class(app, auth, client):
    from tests.test_live import start, student, step
    assert auth.sign_in().status_code == 303
    sid, code = start(client, app, kinds=("single",))
    phone = student(app, code, "Pia")
    assert 'href="/ask"' not in phone.get(f"/live/{code}").get_data(as_text=True)
    r = phone.post("/api/ask", json={"question": "What share of the prisoners were officers?"})
    assert r.status_code == 403
    assert "live class" in phone.get("/ask").get_data(as_text=True)
    assert step(client, sid, "finish").status_code in (200, 303)
    assert phone.post("/api/ask", json={"question": "What share of the prisoners were officers?"}).status_code == 200
