"""Taking a quiz, as a student does: with plain form posts and with htmx, through restarts,
double clicks and bad input. Runs on the made-up harbour subject (its bank has every type)."""
from __future__ import annotations

import random
import re

import pytest

from webapp import quiz as quizmod
from webapp.bank import load_bank
from webapp.facts import load_store
from webapp.quiz import AnswerError, QuizScope, draw, read_answer, score, shown

from .conftest import HTMX, MINI, make_app

QUIZ_PANEL = {**HTMX, "HX-Target": "quiz-panel"}


def mini_app(tmp_path, **config):
    return make_app(tmp_path, CONTENT_DIR=str(MINI / "content"), SOURCE_TEXTS=str(MINI / "texts"), **config)


@pytest.fixture
def app(tmp_path):
    return mini_app(tmp_path)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="module")
def mini():
    store = load_store(MINI / "content", MINI / "texts")
    return store, load_bank(MINI / "questions", store)


def start(client, scope="mixed", length="5", **extra):
    r = client.post("/quiz/", data={"scope": scope, "length": length, **extra})
    assert r.status_code == 303, r.get_data(as_text=True)
    return r.location.split("?")[0]  # ?asked=N: the quiz has fewer questions than asked for


def attempt_of(app, location):
    from webapp import db
    aid = location.split("?")[0].rsplit("/", 1)[-1]
    return db.get_attempt(db.connect(app.config["DATABASE"]), aid)


def right_form(bank, entry) -> dict:
    """The form a student who knows the answer would post, built from this attempt's layout."""
    q = bank.questions[entry["q"]]
    if q.type == "single":
        return {"answer": str(entry["order"].index(q.answer))}
    if q.type == "multiple":
        return {"answer": [str(entry["order"].index(a)) for a in q.answer]}
    if q.type == "truefalse":
        return {"answer": "true" if q.answer else "false"}
    if q.type == "numeric":
        return {"answer": f"{q.answer:,.0f}" if float(q.answer).is_integer() else str(q.answer)}
    if q.type == "ordering":
        return {f"rank-{k}": str(q.answer.index(iid) + 1) for k, iid in enumerate(entry["order"])}
    if q.type == "shortanswer":
        return {"answer": next(a.text for a in q.accepted if a.grade >= 1)}
    return {f"match-{k}": str(entry["right"].index(pid)) for k, pid in enumerate(entry["order"])}


def wrong_form(bank, entry) -> dict:
    """A readable answer that is not the right one, for any question type."""
    q = bank.questions[entry["q"]]
    if q.type == "truefalse":
        return {"answer": "false" if q.answer else "true"}
    if q.type == "numeric":
        return {"answer": "1"}
    if q.type == "shortanswer":
        return {"answer": "not any accepted answer"}
    if q.type == "single":
        return {"answer": str(next(k for k, o in enumerate(entry["order"]) if o != q.answer))}
    if q.type == "multiple":
        return {"answer": [str(next(k for k, o in enumerate(entry["order"]) if o not in q.answer))]}
    if q.type == "ordering":
        n = len(entry["order"])
        return {f"rank-{k}": str(n - q.answer.index(iid)) for k, iid in enumerate(entry["order"])}
    n = len(entry["order"])
    return {f"match-{k}": str((entry["right"].index(pid) + 1) % n) for k, pid in enumerate(entry["order"])}


def test_start_page_offers_modules_topics_and_lengths(client):
    html = client.get("/quiz/").get_data(as_text=True)
    assert "The harbour in numbers" in html
    for n in ("5", "10", "20"):
        assert f'name="length" value="{n}"' in html
    assert 'value="topic:boats"' in html


def test_a_whole_quiz_without_javascript(app, client):
    bank = app.extensions["sourced"].bank
    loc = start(client)
    a = attempt_of(app, loc)
    for pos, entry in enumerate(a.layout):
        page = client.get(loc)
        assert page.status_code == 200
        assert f"Question {pos + 1} of 5" in page.get_data(as_text=True)
        r = client.post(f"{loc}/answer", data={"position": str(pos), **right_form(bank, entry)})
        assert r.status_code == 303 and r.location.endswith(f"/feedback/{pos}")
        fb = client.get(r.location).get_data(as_text=True)
        assert "Right" in fb
        # the citation: which article, which paragraph, who claims it, with a link to the fact page
        q = bank.questions[entry["q"]]
        assert "Harbour town counts its boats" in fb and "paragraph" in fb
        assert f'href="/facts/{q.fact_ids[0]}"' in fb
    assert client.get(loc).location.endswith("/results")
    results = client.get(f"{loc}/results").get_data(as_text=True)
    assert "<strong>100%</strong> — 5 of 5 marks" in results
    assert results.count("✓") >= 5 and 'href="#q-5"' in results  # the strip links to each question


def test_the_same_flow_with_htmx_swaps_only_the_panel(app, client):
    bank = app.extensions["sourced"].bank
    loc = start(client, length="5")
    a = attempt_of(app, loc)
    entry = a.layout[0]
    part = client.get(loc, headers=QUIZ_PANEL).get_data(as_text=True)
    assert "<html" not in part and 'name="position" value="0"' in part
    fb = client.post(f"{loc}/answer", data={"position": "0", **right_form(bank, entry)}, headers=QUIZ_PANEL)
    assert fb.status_code == 200
    html = fb.get_data(as_text=True)
    assert "<html" not in html and "Right" in html and "Next question" in html
    # the address bar follows, so reloading the feedback shows it again rather than the next question
    assert fb.headers["HX-Push-Url"] == f"{loc}/feedback/0"
    again = client.get(fb.headers["HX-Push-Url"]).get_data(as_text=True)
    assert "Right" in again and 'name="position" value="1"' not in again
    assert f'href="{loc}"' in html and 'hx-push-url="true">Next question' in html


def test_wrong_answers_show_the_right_one_and_the_results_point_to_modules(app, client):
    loc = start(client, length="5")
    a = attempt_of(app, loc)
    bank = app.extensions["sourced"].bank
    for pos, entry in enumerate(a.layout):
        form = wrong_form(bank, entry)
        r = client.post(f"{loc}/answer", data={"position": str(pos), **form}, follow_redirects=True)
        assert "The right answer" in r.get_data(as_text=True)
    results = client.get(f"{loc}/results").get_data(as_text=True)
    assert "Worth revisiting" in results and "/modules/harbour-basics" in results
    # the topics read as words, not as the bank's tags
    listed = re.search(r"\(topics: ([^)]*)\)", results).group(1).split(", ")
    assert listed and set(listed) <= {"Boats", "Events"}, listed


def test_a_topic_named_like_a_module_reads_as_its_title(mini):
    store, _ = mini
    assert quizmod.topic_title("harbour-basics", store) == store.modules["harbour-basics"].title
    assert quizmod.topic_title("cost-of-war", store) == "Cost of war"
    assert QuizScope("topic", "boats").describe(store) == "Topic: Boats"


@pytest.mark.parametrize("typed", ["412", "412 boats", " 412 ", "four hundred and twelve"])
def test_numeric_answers_accept_what_people_type(mini, typed):
    store, bank = mini
    question = bank.questions["harbour-boat-count"]
    response = read_answer(question, {"q": question.id}, {"answer": typed})
    assert score(question, response).correct


@pytest.mark.parametrize("typed", ["10,000", "10 000", "ten thousand", "10000"])
def test_thousands_in_every_spelling(typed):
    from webapp.numbers import parse_answer
    assert parse_answer(typed) == 10000


@pytest.mark.parametrize("typed", ["83%", "83 percent"])
def test_percentages_in_every_spelling(typed):
    from webapp.numbers import parse_answer
    assert parse_answer(typed) == 83


def test_a_malformed_answer_is_explained_and_may_be_retried(app, client):
    loc = start(client, length="20")  # the whole small bank, numeric questions included
    a = attempt_of(app, loc)
    bank = app.extensions["sourced"].bank
    pos = next(i for i, e in enumerate(a.layout) if bank.questions[e["q"]].type == "numeric")
    # answer the earlier ones first
    for p in range(pos):
        client.post(f"{loc}/answer", data={"position": str(p), **right_form(bank, a.layout[p])})
    r = client.post(f"{loc}/answer", data={"position": str(pos), "answer": "lots"})
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert 'role="alert"' in html and "is not a number I can read" in html
    assert 'value="lots"' in html  # what they typed stays in the box
    assert len(attempt_of(app, loc).answers) == pos  # nothing was scored
    ok = client.post(f"{loc}/answer", data={"position": str(pos), **right_form(bank, a.layout[pos])})
    assert ok.status_code == 303


def test_no_choice_made_is_a_message_not_a_wrong_answer(app, client):
    loc = start(client)
    r = client.post(f"{loc}/answer", data={"position": "0"})
    assert r.status_code == 422
    assert attempt_of(app, loc).answers == []


def test_double_submit_is_idempotent(app, client):
    bank = app.extensions["sourced"].bank
    loc = start(client)
    entry = attempt_of(app, loc).layout[0]
    form = {"position": "0", **right_form(bank, entry)}
    first = client.post(f"{loc}/answer", data=form)
    second = client.post(f"{loc}/answer", data=form)
    assert first.status_code == second.status_code == 303
    assert first.location == second.location
    assert len(attempt_of(app, loc).answers) == 1


def test_a_different_second_answer_is_refused_and_the_first_stands(app, client):
    bank = app.extensions["sourced"].bank
    loc = start(client)
    entry = attempt_of(app, loc).layout[0]
    client.post(f"{loc}/answer", data={"position": "0", **right_form(bank, entry)})
    other = wrong_form(bank, entry)
    r = client.post(f"{loc}/answer", data={"position": "0", **other})
    assert r.status_code == 409 and "first answer stands" in r.get_data(as_text=True)
    assert attempt_of(app, loc).answers[0].correct is True


def test_answering_out_of_order_or_after_the_end_is_refused(app, client):
    bank = app.extensions["sourced"].bank
    loc = start(client)
    a = attempt_of(app, loc)
    r = client.post(f"{loc}/answer", data={"position": "2", **right_form(bank, a.layout[2])})
    assert r.status_code == 409 and "not the question you are on" in r.get_data(as_text=True)
    for pos, entry in enumerate(a.layout):
        client.post(f"{loc}/answer", data={"position": str(pos), **right_form(bank, entry)})
    r = client.post(f"{loc}/answer", data={"position": "5", "answer": "x"})
    assert r.status_code == 400
    assert len(attempt_of(app, loc).answers) == 5


def test_bad_posts_get_400_pages_not_500(app, client):
    loc = start(client)
    assert client.post(f"{loc}/answer", data={}).status_code == 400
    assert client.post(f"{loc}/answer", data={"position": "-1"}).status_code == 400
    assert client.post(f"{loc}/answer", data={"position": "zero"}).status_code == 400
    assert client.post("/quiz/a/nope/answer", data={"position": "0"}).status_code == 404
    assert client.post("/quiz/", data={"scope": "module:nope", "length": "5"}).status_code == 400
    assert client.post("/quiz/", data={"scope": "mixed", "length": "7"}).status_code == 400
    assert client.post("/quiz/", data={"scope": "mixed", "length": "5", "seed": "abc"}).status_code == 400
    # huge numbers in every field (Python refuses int() of 4,300+ digits: must not become a 500)
    huge = "9" * 5000
    assert client.post(f"{loc}/answer", data={"position": "0", "answer": huge}).status_code == 422
    assert client.post(f"{loc}/answer", data={"position": huge}).status_code == 400
    fields = {"position": "0", "answer": huge, **{f"rank-{k}": huge for k in range(5)},
              **{f"match-{k}": huge for k in range(5)}}
    assert client.post(f"{loc}/answer", data=fields).status_code == 422
    assert client.post("/quiz/", data={"scope": "mixed", "length": huge}).status_code == 400
    assert client.post("/quiz/", data={"scope": "mixed", "length": "5", "seed": huge}).status_code == 400


def test_a_missing_csrf_token_is_a_clear_400(tmp_path):
    app = mini_app(tmp_path, WTF_CSRF_ENABLED=True)
    r = app.test_client().post("/quiz/", data={"scope": "mixed", "length": "5"})
    assert r.status_code == 400 and "nothing was saved" in r.get_data(as_text=True)


def test_resume_after_an_app_restart(tmp_path):
    app = mini_app(tmp_path)
    bank = app.extensions["sourced"].bank
    client = app.test_client()
    loc = start(client)
    a = attempt_of(app, loc)
    client.post(f"{loc}/answer", data={"position": "0", **right_form(bank, a.layout[0])})
    client.post(f"{loc}/answer", data={"position": "1", **right_form(bank, a.layout[1])})
    # a new process on the same database: the same browser carries on
    restarted = mini_app(tmp_path)
    same_browser = restarted.test_client()
    same_browser.set_cookie("session", client.get_cookie("session").value)
    assert "Question 3 of 5" in same_browser.get(loc).get_data(as_text=True)
    # a browser that has only the link gets nothing: the link is not the key (issue 14)
    assert restarted.test_client().get(loc).status_code == 404
    # the session cookie lists it for resuming on the start page
    assert "2 of 5 answered" in client.get("/quiz/").get_data(as_text=True)


def test_the_same_seed_redraws_the_same_quiz(app, client):
    a = attempt_of(app, start(client, seed="1234"))
    b = attempt_of(app, start(client, seed="1234"))
    assert a.layout == b.layout and a.id != b.id


def test_the_answer_key_never_reaches_the_browser_before_answering(app, client, mini):
    """Draw every question of the bank and look at what the browser gets: no option ids, no fact
    ids, no explanation, no right answer text where it would give the answer away."""
    store, bank = mini
    for seed in range(6):
        loc = start(client, length="20", seed=str(seed))
        a = attempt_of(app, loc)
        for pos, entry in enumerate(a.layout):
            q = bank.questions[entry["q"]]
            html = client.get(loc).get_data(as_text=True)
            part = client.get(loc, headers=QUIZ_PANEL).get_data(as_text=True)
            for page in (html, part):
                body = page.split('id="quiz-panel"', 1)[-1]
                assert q.explanation not in body
                for fid in q.fact_ids:
                    assert f"/facts/{fid}" not in body and fid not in body
                if q.type in ("single", "multiple"):
                    for o in q.options:
                        assert f'value="{o.id}"' not in body or o.id.isdigit()
                if q.type in ("ordering", "matching"):
                    assert "data-answer" not in body
            client.post(f"{loc}/answer", data={"position": str(pos), **right_form(bank, entry)})


def test_draw_uses_the_scope(mini):
    store, bank = mini
    events = draw(bank, store, QuizScope("topic", "events"), 20, seed=1)
    assert events and all("events" in bank.questions[e["q"]].topics for e in events)
    module = draw(bank, store, QuizScope("module", "harbour-basics"), 5, seed=1)
    assert len(module) == 5


def test_the_shown_view_carries_no_key(mini):
    store, bank = mini
    q = bank.questions["harbour-order"]
    entry = quizmod.layout(q, random.Random(3))
    view = shown(q, entry)
    assert entry["order"] != q.answer  # never shown already in order
    assert "x" not in [k for k, _ in view.rows]


def test_reading_an_ordering_refuses_duplicate_positions(mini):
    store, bank = mini
    q = bank.questions["harbour-order"]
    entry = {"q": q.id, "order": ["z", "y", "x"]}
    with pytest.raises(AnswerError, match="different position"):
        read_answer(q, entry, {"rank-0": "1", "rank-1": "1", "rank-2": "2"})
    r = read_answer(q, entry, {"rank-0": "3", "rank-1": "2", "rank-2": "1"})
    assert score(q, r).correct


def test_partial_credit_for_multiple_answers(mini):
    store, bank = mini
    q = bank.questions["harbour-multiple"]
    assert score(q, {"options": ["a"]}).score == 0.5
    assert score(q, {"options": ["a", "c"]}).score == 0.0
    assert score(q, {"options": ["a", "b"]}).correct


def test_every_shown_page_is_escaped(app, client):
    # prompts are plain text: nothing in them becomes markup
    html = client.get(start(client)).get_data(as_text=True)
    assert not re.search(r"<script(?! src=\"/(vendor/htmx.min.js|static/quiz.js)\")", html)


def test_a_reviewed_answer_is_rendered_once_and_reads_the_same_for_everyone_who_gave_it(app):
    from webapp.views import quiz as views
    bank = app.extensions["sourced"].bank
    panels = []
    for form_of in (right_form, right_form, wrong_form):  # two students answer alike, a third does not
        client = app.test_client()
        loc = start(client, length="5", seed="7")
        entry = attempt_of(app, loc).layout[0]
        r = client.post(f"{loc}/answer", data={"position": "0", **form_of(bank, entry)}, headers=QUIZ_PANEL)
        assert r.status_code == 200
        panels.append(r.get_data(as_text=True).replace(loc, "LOC"))
    assert panels[0] == panels[1] != panels[2] and "The right answer" in panels[2]
    assert len(views._reviews) == 2  # one per answer given, whoever gave it
    assert panels[2].count("Your answer") == 1 and "Not right" in panels[2]


def dangling_anchors(html: str) -> list[str]:
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    return [h for h in re.findall(r'href="#([^"]+)"', html) if h not in ids]


def test_every_note_marker_in_the_feedback_and_results_leads_to_its_numbered_source(app, client):
    """A student clicked [1] under 'Why' and nothing happened: the markers pointed at ids no element had."""
    bank = app.extensions["sourced"].bank
    loc = start(client)
    a = attempt_of(app, loc)
    marked = 0
    for pos, entry in enumerate(a.layout):
        r = client.post(f"{loc}/answer", data={"position": str(pos), **right_form(bank, entry)})
        fb = client.get(r.location).get_data(as_text=True)
        assert not dangling_anchors(fb)
        markers = re.findall(r'href="#(q-[^"]+-note-)(\d+)"', fb)
        marked += len(markers)
        for anchor, n in markers:  # marker n is the n-th item of the numbered sources list
            listed = re.findall(rf'<li id="{re.escape(anchor)}(\d+)">', fb)
            assert listed == [str(i) for i in range(1, len(listed) + 1)] and n in listed
    assert marked, "no explanation in this quiz cites a fact: the test would prove nothing"
    results = client.get(f"{loc}/results").get_data(as_text=True)
    assert not dangling_anchors(results)
