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
