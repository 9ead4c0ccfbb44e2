"""Live class mode (issue 19) through the test client: a teacher starts a session from a set, students
join with the code (on the usual join page too), the teacher paces show → reveal → next → end, and the
answers land in the same assignment results and CSVs; plus the rules of the state machine."""
from __future__ import annotations

import re

import pytest

from tests.conftest import HTMX
from webapp import db, live
from webapp.live import LiveRefused

TYPES = ("single", "truefalse", "numeric", "ordering", "matching")


@pytest.fixture
def teacher(auth, client):
    assert auth.sign_in().status_code == 303
    return client


def bank_of(app, kind):
    return next(q for q in app.extensions["sourced"].bank.authored if q.type == kind)


def make_set(client, app, kinds=TYPES) -> int:
    r = client.post("/teach/sets", data={"title": "Live check"})
    set_id = int(re.search(r"/teach/sets/(\d+)", r.headers["Location"]).group(1))
    for k in kinds:
        client.post(f"/teach/sets/{set_id}/change", data={"action": "add", "question_id": bank_of(app, k).id})
    return set_id


def start(client, app, kinds=TYPES, **form) -> tuple[int, str]:
    set_id = make_set(client, app, kinds)
    r = client.post("/live/new", data={"set_id": str(set_id), **form})
    assert r.status_code == 303, r.get_data(as_text=True)[:400]
    sid = int(r.headers["Location"].rsplit("/", 1)[1])
    html = client.get(f"/live/s/{sid}").get_data(as_text=True)
    code = re.search(r'class="join-code">([A-Z0-9]{6})<', html).group(1)
    return sid, code


def student(app, code, name, via="/live/join"):
    s = app.test_client()
    r = s.post(via, data={"code": code, "name": name}, follow_redirects=False)
    if via == "/quiz/join":
        assert r.status_code == 307 and r.headers["Location"].endswith("/live/join")
        r = s.post("/live/join", data={"code": code, "name": name})
    assert r.status_code == 303, r.get_data(as_text=True)[:400]
    assert r.headers["Location"].endswith(f"/live/{code}")
    return s


def step(client, sid, action):
    html = client.get(f"/live/s/{sid}").get_data(as_text=True)
    v = re.search(r'name="v" value="(\d+)"', html).group(1)
    return client.post(f"/live/s/{sid}/step", data={"action": action, "v": v})


def session_of(app, sid):
    database = db.connect(app.config["DATABASE"])
    try:
        return db.get_live_session(database, sid)
    finally:
        database.conn.close()


def right_form(app, sid) -> dict:
    """The form a student sends to answer the question on screen correctly."""
    s = session_of(app, sid)
    q, entry = s.question, s.entry
    if q.type == "single":
        return {"answer": str(entry["order"].index(q.answer))}
    if q.type == "truefalse":
        return {"answer": "true" if q.answer else "false"}
    if q.type == "numeric":
        return {"answer": str(q.answer)}
    if q.type == "ordering":
        return {f"rank-{k}": str(q.answer.index(iid) + 1) for k, iid in enumerate(entry["order"])}
    return {f"match-{k}": str(entry["right"].index(pid)) for k, pid in enumerate(entry["order"])}


def wrong_form(app, sid) -> dict:
    s = session_of(app, sid)
    q, entry = s.question, s.entry
    if q.type == "single":
        return {"answer": str(next(k for k, o in enumerate(entry["order"]) if o != q.answer))}
    if q.type == "truefalse":
        return {"answer": "false" if q.answer else "true"}
    if q.type == "numeric":
        return {"answer": str(float(q.answer) * 3 + 7)}
    if q.type == "ordering":
        return {f"rank-{k}": str(len(q.answer) - q.answer.index(iid)) for k, iid in enumerate(entry["order"])}
    n = len(entry["order"])
    return {f"match-{k}": str((entry["right"].index(pid) + 1) % n) for k, pid in enumerate(entry["order"])}


def answer(s, code, position, form, htmx=False):
    return s.post(f"/live/{code}/answer", data={"position": str(position), **form}, headers=HTMX if htmx else {})


def test_a_whole_live_session_from_lobby_to_results(app, teacher):
    sid, code = start(teacher, app)
    lobby = teacher.get(f"/live/s/{sid}").get_data(as_text=True)
    assert f"/join/{code}" in lobby and "<svg" in lobby and "QR code" in lobby and code in lobby
    ana = student(app, code, "Ana", via="/quiz/join")  # the usual join page sends live codes here
    ben = student(app, code, "Ben")
    assert "Ana" in teacher.get(f"/live/s/{sid}").get_data(as_text=True)
    assert "You are in, Ben" in ben.get(f"/live/{code}").get_data(as_text=True)
    for k, kind in enumerate(TYPES):
        assert step(teacher, sid, "show").status_code == 303
        page = ana.get(f"/live/{code}").get_data(as_text=True)
        assert f"question {k + 1} of 5" in page and 'class="live-answer"' in page
        assert answer(ana, code, k, right_form(app, sid)).status_code == 303
        assert answer(ben, code, k, wrong_form(app, sid), htmx=True).status_code == 200
        assert "2 of 2 answered" in teacher.get(f"/live/s/{sid}").get_data(as_text=True)
        assert "Your answer is in" in ana.get(f"/live/{code}").get_data(as_text=True)
        step(teacher, sid, "reveal")
        pj = teacher.get(f"/live/s/{sid}").get_data(as_text=True)
        assert "Right answer:" in pj and 'class="live-chart"' in pj
        # each fact's claimant and place, in one short line (as under a chart)
        assert re.search(r"Source: [^<]*(, in the [a-z ]+|\(no source given\)|paragraphs? \d)", pj)
        assert ">Right<" in ana.get(f"/live/{code}").get_data(as_text=True).replace("\n", "").replace("  ", "")
        ben_page = ben.get(f"/live/{code}").get_data(as_text=True)
        assert "Not right" in ben_page or (kind in ("ordering", "matching") and "Partly right" in ben_page)
    step(teacher, sid, "finish")
    end = teacher.get(f"/live/s/{sid}").get_data(as_text=True)
    assert "Class results" in end and "2 students" in end and "Top of the class" not in end  # off by default
    assert "You got 5 of 5 right" in ana.get(f"/live/{code}").get_data(as_text=True)
    # the session is an assignment: same results page, item analysis and CSV
    s = session_of(app, sid)
    results = teacher.get(f"/teach/assignments/{s.assignment_id}").get_data(as_text=True)
    assert "Ana" in results and "Ben" in results
    csv_text = teacher.get(f"/teach/assignments/{s.assignment_id}/answers.csv").get_data(as_text=True)
    assert csv_text.count("\nAna") == 0 and csv_text.count(",Ana,") == 5 and csv_text.count(",Ben,") == 5


def test_students_see_the_question_shown_on_the_projector_in_the_same_order(app, teacher):
    sid, code = start(teacher, app, kinds=("single",))
    a, b = student(app, code, "Ana"), student(app, code, "Ben")
    step(teacher, sid, "show")
    options = lambda html: re.findall(r'class="tap tap-\d"><span class="tap-letter" aria-hidden="true">.</span> ([^<]+)<', html)  # noqa: E731
    pa, pb = options(a.get(f"/live/{code}").get_data(as_text=True)), options(b.get(f"/live/{code}").get_data(as_text=True))
    pj = re.findall(r'<li class="tap-\d"><span class="tap-letter" aria-hidden="true">.</span> ([^<]+)</li>',
                    teacher.get(f"/live/s/{sid}").get_data(as_text=True))
    assert pa == pb == pj and len(pa) >= 2


def test_polling_answers_204_until_the_session_moves(app, teacher):
    sid, code = start(teacher, app, kinds=("truefalse",))
    s = student(app, code, "Ana")
    page = s.get(f"/live/{code}").get_data(as_text=True)
    poll = re.search(r'hx-get="([^"]+/poll\?v=[^"]+)"', page).group(1).replace("&amp;", "&")
    assert s.get(poll, headers=HTMX).status_code == 204
    step(teacher, sid, "show")
    moved = s.get(poll, headers=HTMX)
    assert moved.status_code == 200 and 'id="live-panel"' in moved.get_data(as_text=True)
    assert "<html" not in moved.get_data(as_text=True)  # the panel alone
    kp = re.search(r'hx-get="([^"]+/poll\?k=[^"]+)"', teacher.get(f"/live/s/{sid}").get_data(as_text=True)).group(1)
    assert teacher.get(kp.replace("&amp;", "&"), headers=HTMX).status_code == 204
    answer(s, code, 0, right_form(app, sid))
    assert teacher.get(kp.replace("&amp;", "&"), headers=HTMX).status_code == 200  # the count moved


def test_pages_without_javascript_reload_themselves_but_never_wipe_a_question(app, teacher):
    sid, code = start(teacher, app, kinds=("numeric",))
    s = student(app, code, "Ana")
    refresh = '<noscript><meta http-equiv="refresh" content="2"></noscript>'
    assert refresh in s.get(f"/live/{code}").get_data(as_text=True)
    step(teacher, sid, "show")
    assert refresh not in s.get(f"/live/{code}").get_data(as_text=True)
    answer(s, code, 0, {"answer": "12"})
    assert refresh in s.get(f"/live/{code}").get_data(as_text=True)
    assert "Content-Security-Policy" in s.get(f"/live/{code}").headers


def test_answers_are_stored_once_and_only_while_the_question_is_open(app, teacher):
    sid, code = start(teacher, app, kinds=("single", "truefalse"))
    s = student(app, code, "Ana")
    step(teacher, sid, "show")
    right = right_form(app, sid)
    assert answer(s, code, 0, right).status_code == 303
    assert answer(s, code, 0, right).status_code == 303  # a resend changes nothing
    r = answer(s, code, 0, wrong_form(app, sid))
    assert r.status_code == 409 and "first answer stands" in r.get_data(as_text=True)
    r = answer(s, code, 0, {})  # an empty form after answering: said so, the first answer still shown as in
    assert r.status_code == 422 and "Your answer is in" in r.get_data(as_text=True)
    step(teacher, sid, "reveal")
    late = student(app, code, "Ben")
    r = answer(late, code, 0, right)
    assert r.status_code == 409 and "closed" in r.get_data(as_text=True)
    step(teacher, sid, "show")
    r = answer(late, code, 1, {})
    assert r.status_code == 422 and "Choose True or False" in r.get_data(as_text=True)
    assert answer(late, code, 0, right).status_code == 409  # not the question on screen
    database = db.connect(app.config["DATABASE"])
    rows = database.execute("SELECT count(*) FROM answers").fetchone()[0]
    database.conn.close()
    assert rows == 1


def test_a_reload_or_a_late_join_picks_up_at_the_current_question(app, teacher):
    sid, code = start(teacher, app, kinds=("single", "truefalse", "numeric"))
    a = student(app, code, "Ana")
    step(teacher, sid, "show")
    step(teacher, sid, "reveal")
    step(teacher, sid, "show")
    late = student(app, code, "Cleo")
    assert "question 2 of 3" in late.get(f"/live/{code}").get_data(as_text=True)
    # the same browser joining again keeps its place (and its name)
    again = a.post("/live/join", data={"code": code, "name": "Someone else"})
    assert again.status_code == 303
    assert "Ana · " in a.get(f"/live/{code}").get_data(as_text=True)


def test_join_refusals_say_what_to_fix(app, teacher):
    sid, code = start(teacher, app, kinds=("single",))
    student(app, code, "Ana")
    s = app.test_client()
    r = s.post("/live/join", data={"code": "QQQQQQ", "name": "Ben"})
    assert r.status_code == 404 and "no live session with that code" in r.get_data(as_text=True)
    r = s.post("/live/join", data={"code": code, "name": "ana"})
    assert r.status_code == 409 and "already uses that name" in r.get_data(as_text=True)
    r = s.post("/live/join", data={"code": code, "name": "   "})
    assert r.status_code == 400
    step(teacher, sid, "finish")
    r = s.post("/live/join", data={"code": code, "name": "Ben"})
    assert r.status_code == 410 and "has ended" in r.get_data(as_text=True)


def test_the_teacher_can_remove_a_name(app, teacher):
    sid, code = start(teacher, app, kinds=("single",))
    rude = student(app, code, "Rude name")
    s = session_of(app, sid)
    database = db.connect(app.config["DATABASE"])
    attempt = db.live_participants(database, s.id)[0].attempt_id
    database.conn.close()
    assert teacher.post(f"/live/s/{sid}/remove", data={"attempt": attempt}).status_code == 303
    assert "Rude name" not in teacher.get(f"/live/s/{sid}").get_data(as_text=True)
    page = rude.get(f"/live/{code}").get_data(as_text=True)
    assert "removed you" in page and 'name="name"' in page
    assert rude.post("/live/join", data={"code": code, "name": "Sam"}).status_code == 303


def test_leaderboard_shows_the_top_five_names_only_when_turned_on(app, teacher):
    sid, code = start(teacher, app, kinds=("truefalse",), leaderboard="on")
    people = {f"P{n}": student(app, code, f"P{n}") for n in range(7)}
    step(teacher, sid, "show")
    for n, (name, s) in enumerate(people.items()):
        answer(s, code, 0, right_form(app, sid) if n < 6 else wrong_form(app, sid))
    step(teacher, sid, "reveal")
    step(teacher, sid, "finish")
    pj = teacher.get(f"/live/s/{sid}").get_data(as_text=True)
    board = re.search(r'<ol class="leaderboard">(.*?)</ol>', pj, re.S).group(1)
    assert re.findall(r"<li>(P\d)</li>", board) == ["P0", "P1", "P2", "P3", "P4"]


def test_only_the_teacher_who_started_it_sees_the_projector(app, teacher, auth):
    sid, code = start(teacher, app, kinds=("single",))
    auth.sign_out()
    assert teacher.get(f"/live/s/{sid}").status_code == 303
    auth.sign_in("other@school.org")
    assert teacher.get(f"/live/s/{sid}").status_code == 404
    assert teacher.post(f"/live/s/{sid}/step", data={"action": "show", "v": "1"}).status_code == 404


def test_starting_needs_a_set_with_questions(app, teacher):
    r = teacher.post("/teach/sets", data={"title": "Empty"})
    set_id = int(re.search(r"/teach/sets/(\d+)", r.headers["Location"]).group(1))
    r = teacher.post("/live/new", data={"set_id": str(set_id)})
    assert r.status_code == 400 and "no questions yet" in r.get_data(as_text=True)
    assert teacher.post("/live/new", data={"set_id": "999"}).status_code == 400


# --- the state machine and the tallies, without the web ----------------------------------------------

def test_each_button_applies_once_and_only_where_it_belongs(app, teacher):
    sid, _ = start(teacher, app, kinds=("single", "truefalse"))
    s = session_of(app, sid)
    with pytest.raises(LiveRefused):
        live.next_stage(s, "reveal")  # nothing shown yet
    database = db.connect(app.config["DATABASE"])
    s2 = live.step(database, s, "show", s.version)
    with pytest.raises(LiveRefused):
        live.step(database, s, "show", s.version)  # a second click with the old page: ignored
    s3 = live.step(database, s2, "reveal", s2.version)
    s4 = live.step(database, s3, "show", s3.version)
    assert (s4.stage, s4.position) == ("question", 1)
    s5 = live.step(database, live.step(database, s4, "reveal", s4.version), "finish", s4.version + 1)
    assert s5.stage == "finished"
    with pytest.raises(LiveRefused):
        live.next_stage(s5, "show")
    database.conn.close()


def test_a_timer_closes_answers(app, teacher):
    sid, code = start(teacher, app, kinds=("truefalse",), timer="10")
    ana = student(app, code, "Ana")
    database = db.connect(app.config["DATABASE"])
    s = session_of(app, sid)
    s = live.step(database, s, "show", s.version, now=1000.0)
    assert s.closes_at == 1010.0 and s.seconds_left(1004.2) == 6
    # closes_at is long past by the real clock: the student's page says so instead of showing the form
    page = ana.get(f"/live/{code}").get_data(as_text=True)
    assert "Time is up for this question" in page and 'class="live-answer"' not in page
    p = db.live_participants(database, s.id)[0]
    with pytest.raises(LiveRefused, match="closed"):
        live.answer(database, s, p, {"answer": "true"}, now=1010.0 + live.GRACE + 0.1)
    assert live.answer(database, s, p, {"answer": "true"}, now=1009.0) is (s.question.answer is True)
    database.conn.close()



def test_tallies_count_each_choice_and_mark_the_right_one(app):
    q = bank_of(app, "single")
    bars = live.tally(q, [{"option": q.answer}, {"option": q.answer}, {"option": q.options[-1].id}])
    right = [b for b in bars if b.right]
    assert len(right) == 1 and right[0].count == 2 + (q.options[-1].id == q.answer)
    assert sum(b.count for b in bars) == 3
    n = bank_of(app, "numeric")
    bars = live.numeric_tally(n, [{"value": float(n.answer)}, {"value": 1.0}, {"value": 1.0}])
    assert [(b.count, b.right) for b in bars if b.right] == [(1, True)]
    svg = live.tally_svg(bars, "The class's answers: 3 in all")
    assert svg.startswith("<svg") and "(right answer)" in svg and "<script" not in svg


def test_the_reveal_shows_both_articles_where_they_differ(app):
    store = app.extensions["sourced"].store
    f = next(f for f in store.facts.values() if f.conflicts_with)
    q = next((q for q in app.extensions["sourced"].bank.questions.values() if f.id in q.fact_ids), None)
    if q is None:
        pytest.skip("no question cites a fact with a conflict")
    cited = live.cited_facts(q, store.facts)
    mine = next(c for c in cited if c.fact.id == f.id)
    assert mine.others and mine.others[0][0].id == f.conflicts_with[0].fact and mine.others[0][1]


def test_the_reveal_shows_no_difference_the_content_does_not_state_and_no_fact_twice(app):
    """The reveal paired the 13% NCO share with the blog's 83% rank and file as 'the other article on the
    same point': a related fact is no difference between the articles."""
    store, bank = app.extensions["sourced"].store, app.extensions["sourced"].bank
    plain = [q for q in bank.questions.values()
             if any(fid in store.facts and not store.facts[fid].conflicts_with for fid in q.fact_ids)]
    assert plain
    for q in bank.questions.values():
        cited = live.cited_facts(q, store.facts)
        for c in cited:
            assert [o.id for o, _ in c.others] == [x.fact for x in c.fact.conflicts_with
                                                   if x.fact in store.facts and x.fact not in q.fact_ids]
        shown = [c.fact.id for c in cited] + [o.id for c in cited for o, _ in c.others]
        assert len(shown) == len(set(shown)), q.id


def test_a_short_answer_in_live_mode_is_typed_and_tallied_as_marked(app, teacher):
    """Issue 16: a short answer is a text box on the phone, a hint on the projector, and its reveal
    counts the typed answers as they are marked."""
    sid, code = start(teacher, app, kinds=("shortanswer",))
    ana, ben = student(app, code, "Ana"), student(app, code, "Ben")
    step(teacher, sid, "show")
    q = session_of(app, sid).question
    page = ana.get(f"/live/{code}").get_data(as_text=True)
    assert re.search(r'<input id="answer" name="answer"', page) and "Send my answer" in page
    assert "Type your answer on your phone." in teacher.get(f"/live/s/{sid}").get_data(as_text=True)
    right = next(a.text for a in q.accepted if a.grade >= 1).strip("*")
    empty = answer(ana, code, 0, {"answer": " "})
    assert empty.status_code == 422 and "Type your answer before you submit." in empty.get_data(as_text=True)
    assert answer(ana, code, 0, {"answer": right.upper()}).status_code == 303
    assert answer(ben, code, 0, {"answer": "not it"}).status_code == 303
    step(teacher, sid, "reveal")
    pj = teacher.get(f"/live/s/{sid}").get_data(as_text=True)
    assert f"{right.lower()} (right answer)" in pj and "not it" in pj and "in place" not in pj
    assert ">Right<" in ana.get(f"/live/{code}").get_data(as_text=True).replace("\n", "").replace("  ", "")
    assert q.id == "comp-nco-typed"  # its first answer, 13%, has feedback: shown to Ana after the reveal
    assert "Feedback on your answer:</strong></p><p>Yes: that is the share" in ana.get(f"/live/{code}").get_data(as_text=True)


def test_the_projectors_short_source_line_reads_as_english_for_every_fact(app):
    """'Source: the blog post, paragraph 7's author' was shown under an opinion on the projector."""
    from webapp.charts import claimant_and_place
    store = app.extensions["sourced"].store
    lines = {f.id: claimant_and_place(f, store) for f in store.facts.values()}
    assert not [line for line in lines.values() if re.search(r"paragraphs? [\d, and]+'s", line)]
    opinion = next(f for f in store.facts.values() if f.claimant == "the blog post's author")
    assert re.fullmatch(r"the blog post's author, paragraphs? [\d, and]+", lines[opinion.id])
