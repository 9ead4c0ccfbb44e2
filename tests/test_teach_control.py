"""Issue 15: a teacher in control after publishing (close, reopen, extend, rename, archive, delete, new
code, one attempt deleted or granted, all logged), live results, item analysis with the answers chosen,
one attempt's answers, and the projector view. Another teacher's ids are 404 everywhere."""
from __future__ import annotations

import re

import pytest

from tests.conftest import HTMX
from tests.test_teach import answer_all, bank_ids, join, new_set, publish, published  # noqa: F401
from webapp import db


@pytest.fixture
def signed_in(auth):
    assert auth.sign_in().status_code == 303
    return auth


def control(client, aid, action, **form):
    return client.post(f"/teach/assignments/{aid}/control", data={"action": action, **form})


def page(client, aid) -> str:
    return client.get(f"/teach/assignments/{aid}").get_data(as_text=True)


def refused_join(app, code, name="Late Lou"):
    r = app.test_client().post("/quiz/join", data={"code": code, "name": name})
    return r.status_code != 303, r.get_data(as_text=True)


def attempt_ids(app, aid):
    database = db.connect(app.config["DATABASE"])
    try:
        return [x.id for x in db.assignment_attempts(database, aid)]
    finally:
        database.conn.close()


def test_close_now_refuses_a_late_student_and_is_logged(client, signed_in, app):
    _, aid, code = published(client, app, 2)
    student, url = join(app, code, "Ana")
    r = control(client, aid, "close")
    assert r.status_code == 303 and "done=close" in r.headers["Location"]
    refused, html = refused_join(app, code)
    assert refused and "closed" in html and "no longer takes answers" in html
    # the student already in the assignment can't answer any more either
    pos_html = student.get(url).get_data(as_text=True)
    pos = re.search(r'name="position" value="(\d+)"', pos_html)
    if pos:
        r = student.post(url + "/answer", data={"position": pos.group(1), "answer": "o0"})
        assert r.status_code in (303, 409, 410)
        assert len(db.get_attempt(db.connect(app.config["DATABASE"]), url.rsplit("/", 1)[1]).answers) == 0
    html = page(client, aid)
    assert "teacher@school.org: Closed the assignment early" in html
    assert "Reopen" in html and 'hx-trigger="every' not in html  # closed: no polling
    assert "already closed" in control(client, aid, "close").get_data(as_text=True)


def test_reopen_lets_students_join_again(client, signed_in, app):
    _, aid, code = published(client, app, 1)
    control(client, aid, "close")
    r = control(client, aid, "reopen", closes_at="2001-01-01T09:00")
    assert r.status_code == 400 and "must be in the future" in r.get_data(as_text=True)
    assert control(client, aid, "reopen").status_code == 303
    join(app, code, "Ben")
    assert "Reopened the assignment with no close date" in page(client, aid)
    r = control(client, aid, "reopen")
    assert r.status_code == 400 and "not closed" in r.get_data(as_text=True)


def test_reopen_of_a_due_feedback_assignment_needs_a_date(client, signed_in, app):
    _, aid, _ = published(client, app, 1, feedback="due", closes_at="2099-01-01T09:00")
    control(client, aid, "close")
    r = control(client, aid, "reopen")
    assert r.status_code == 400 and "needs a new close date" in r.get_data(as_text=True)


def test_extend_moves_the_close_date_and_says_what_is_wrong(client, signed_in, app):
    _, aid, _ = published(client, app, 1, closes_at="2099-01-01T09:00")
    for value, message in [("", "Give the new close date"), ("soon", "like 2026-12-01 09:00"),
                           ("2098-01-01T09:00", "must come after the present one"),
                           ("2000-01-01T09:00", "must be in the future")]:
        r = control(client, aid, "extend", closes_at=value)
        assert r.status_code == 400 and message in r.get_data(as_text=True), value
        assert 'id="err-extend"' in r.get_data(as_text=True)  # the message sits next to its control
    assert control(client, aid, "extend", closes_at="2099-06-01T10:30").status_code == 303
    html = page(client, aid)
    assert "2099-06-01 10:30" in html and "Moved the close date from 1 January 2099 at 09:00 (UTC)" in html


def test_rename_and_two_assignments_with_one_title_are_told_apart(client, signed_in, app):
    _, aid1, code1 = published(client, app, 1)
    _, aid2, code2 = published(client, app, 1)
    home = client.get("/teach/").get_data(as_text=True)
    assert home.count(">Surrender figures<") == 2 and code1 in home and code2 in home
    assert "Published (UTC)" in home
    assert f"Code {code1} · published" in page(client, aid1)
    assert control(client, aid1, "rename", title="   ").status_code == 400
    assert control(client, aid1, "rename", title="Week 4 quiz").status_code == 303
    assert "<h1>Week 4 quiz</h1>" in page(client, aid1) and "Renamed it from “Surrender figures” to “Week 4 quiz”" in page(client, aid1)
    student_page = app.test_client().get(f"/quiz/join/{code1}").get_data(as_text=True)
    assert "Week 4 quiz" in student_page or code1 in student_page


def test_a_new_join_code_retires_the_old_one(client, signed_in, app):
    _, aid, old = published(client, app, 1)
    assert control(client, aid, "code").status_code == 303
    new = re.search(r'class="join-code">([A-Z0-9]{6})<', page(client, aid)).group(1)
    assert new != old
    assert refused_join(app, old)[0]
    join(app, new, "Caro")
    assert f"Changed the join code from {old} to {new}; {old} no longer works." in page(client, aid)


def test_archive_closes_hides_and_keeps_results(client, signed_in, app):
    _, aid, code = published(client, app, 1)
    student, url = join(app, code, "Dan")
    answer_all(student, url)
    assert control(client, aid, "archive").status_code == 303
    home = client.get("/teach/").get_data(as_text=True)
    assert "Archived (1)" in home and "Every assignment is archived." in home
    assert refused_join(app, code)[0]
    assert "Dan" in page(client, aid) and "Archived it: closed, out of the main list, results kept." in page(client, aid)
    assert control(client, aid, "unarchive").status_code == 303
    assert "Archived (" not in client.get("/teach/").get_data(as_text=True)


def test_delete_asks_for_the_code_says_what_is_kept_and_keeps_the_set(client, signed_in, app):
    set_id, aid, code = published(client, app, 1)
    join(app, code, "Eve")
    confirm = client.get(f"/teach/assignments/{aid}/delete").get_data(as_text=True)
    assert "Kept:" in confirm and "the set it was published from" in confirm and "1 attempt " in confirm
    r = client.post(f"/teach/assignments/{aid}/delete", data={"code": "WRONG1"})
    assert r.status_code == 400 and f"Type the join code {code}" in r.get_data(as_text=True)
    assert client.get(f"/teach/assignments/{aid}").status_code == 200
    r = client.post(f"/teach/assignments/{aid}/delete", data={"code": code.lower()})
    assert r.status_code == 303
    assert client.get(f"/teach/assignments/{aid}").status_code == 404
    assert client.get(f"/teach/sets/{set_id}").status_code == 200
    assert attempt_ids(app, aid) == [] and refused_join(app, code)[0]
    database = db.connect(app.config["DATABASE"])
    assert [e["action"] for e in db.assignment_events(database, aid)] == ["delete"]  # the record outlives it


def test_delete_a_fake_attempt_gives_the_name_back(client, signed_in, app):
    _, aid, code = published(client, app, 1)
    fake, url = join(app, code, "Fake Name")
    attempt_id = url.rsplit("/", 1)[1]
    assert refused_join(app, code, "Fake Name")[0]  # one attempt per name
    r = client.post(f"/teach/assignments/{aid}/attempts/{attempt_id}/delete")
    assert r.status_code == 303
    assert attempt_ids(app, aid) == []
    html = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "The attempt is deleted." in html and "Deleted an attempt by Fake Name" in html
    assert client.get(f"/teach/assignments/{aid}/attempts/{attempt_id}").status_code == 404


def test_grant_one_student_another_attempt(client, signed_in, app):
    _, aid, code = published(client, app, 1)
    s, url = join(app, code, "Fay")
    answer_all(s, url)
    assert refused_join(app, code, "fay")[0]
    html = page(client, aid)
    assert '<option>Fay</option>' in html
    r = control(client, aid, "grant", name="Nobody")
    assert r.status_code == 400 and "No one called Nobody" in r.get_data(as_text=True)
    assert control(client, aid, "grant", name="Fay").status_code == 303
    join(app, code, "Fay")
    assert refused_join(app, code, "Fay")[0]  # one more, not unlimited
    assert "Gave Fay another attempt (1 beyond the limit in all)." in page(client, aid)


def _grant_form(html: str) -> str:
    return html.split("<h3>Another attempt</h3>")[1].split("</form>")[0]


def test_another_attempt_lists_only_students_whose_attempts_have_ended(client, signed_in, app):
    _, aid, code = published(client, app, 2, time_limit="5")
    eve, eve_url = join(app, code, "Eve Stone")  # still answering
    form = _grant_form(page(client, aid))
    assert "<select" not in form and "No student has used up their attempts yet" in form
    fay, fay_url = join(app, code, "Fay")
    answer_all(fay, fay_url)
    hal, hal_url = join(app, code, "Hal")  # out of time with questions left
    import time
    db.connect(app.config["DATABASE"]).execute("UPDATE attempts SET deadline = ? WHERE id = ?",
                                               [time.time() - 1, hal_url.rsplit("/", 1)[1]])
    form = _grant_form(page(client, aid))
    assert re.findall(r"<option>([^<]+)</option>", form) == ["Fay", "Hal"]  # not Eve, who is in progress
    assert "Eve Stone" in page(client, aid)  # she is on the page, in the attempts table
    r = control(client, aid, "grant", name="Eve Stone")
    html = r.get_data(as_text=True)
    assert r.status_code == 400 and "Eve Stone is still taking the assignment and can carry on" in html
    assert 'id="err-grant"' in html
    assert control(client, aid, "grant", name="Hal").status_code == 303


def test_another_attempt_waits_until_every_attempt_is_used(client, signed_in, app):
    _, aid, code = published(client, app, 1, attempts="2")
    s, url = join(app, code, "Ivy")
    answer_all(s, url)
    assert "<select" not in _grant_form(page(client, aid))
    r = control(client, aid, "grant", name="ivy")
    assert r.status_code == 400 and "ivy has not used up their attempts yet (1 of 2 used)." in r.get_data(as_text=True)


def test_one_attempts_answers_for_the_teacher(client, signed_in, app):
    _, aid, code = published(client, app, 2)
    s, url = join(app, code, "Gus")
    answer_all(s, url)
    html = page(client, aid)
    link = re.search(rf'href="(/teach/assignments/{aid}/attempts/[^"]+)">Gus<', html).group(1)
    one = client.get(link).get_data(as_text=True)
    assert "Gus's attempt" in one and one.count("Right answer") == 2 and "2 of 2 answered" in one


def test_live_fragment_counts_students_in_progress(client, signed_in, app):
    _, aid, code = published(client, app, 2)
    html = page(client, aid)
    assert f'hx-get="/teach/assignments/{aid}/live"' in html and 'hx-trigger="load, every 4s"' in html
    # the page as served (all a browser without JavaScript gets) offers Refresh and claims nothing more
    assert ">Refresh</a> to see who has joined or finished since." in html
    assert "updates by itself" not in html
    join(app, code, "Hal")
    s, url = join(app, code, "Ida")
    answer_all(s, url)
    live = client.get(f"/teach/assignments/{aid}/live", headers=HTMX).get_data(as_text=True)
    assert "<html" not in live
    assert "2 students joined · <strong>1 in progress</strong> · 1 finished." in live
    assert "This list updates by itself while the assignment is open." in live  # htmx fetched it: it's true
    control(client, aid, "close")
    r = client.get(f"/teach/assignments/{aid}/live", headers=HTMX)
    assert r.status_code == 286 and "0 in progress" in r.get_data(as_text=True)  # 286: htmx stops polling
    assert "updates by itself" not in r.get_data(as_text=True) and "updates by itself" not in page(client, aid)


def test_item_analysis_shows_answers_chosen_and_too_few_attempts(client, signed_in, app):
    set_id = new_set(client)
    qid = bank_ids(app, 1, "single")[0]
    client.post(f"/teach/sets/{set_id}/change", data={"action": "add", "question_id": qid})
    aid, code = publish(client, set_id, shuffle_options="")
    q = app.extensions["sourced"].bank.questions[qid]
    for name in ("A1", "A2", "A3"):
        s, url = join(app, code, name)
        answer_all(s, url)  # picks the first option shown: with no shuffling, the first of keys.fixed_order
    html = page(client, aid)
    from webapp.keys import fixed_order
    first = next(o for o in q.options if o.id == fixed_order(q)[0])
    import html as htmllib
    counts = {htmllib.unescape(re.sub(r"<[^>]+>", "", label)).replace("✓ (right) ", ""): n for label, n in
              re.findall(r'<td>([^<]*(?:<span[^>]*>[^<]*</span>[^<]*)?)</td>\s*<td class="count">(.*?)</td>', html)}
    # each answer once, its count written out with the share (WALK-7 S14: no chart repeating the table)
    assert counts == {str(o.text): "3 (100%)" if o is first else "0 (0%)" for o in q.options}
    assert "choice-chart" not in html and html.count('class="choice-table"') == 1
    assert "too few attempts (3; at least 10 needed)" in html
    assert 'class="flags"' not in html and "tag-flag" not in html
    # a statistic that can't be computed is one dash, never two in a row before the note
    stats_line = re.search(r'<p class="stats">(.*?)</p>', html, re.S).group(1)
    assert "— —" not in " ".join(re.sub(r"<[^>]+>", " ", stats_line).split())
    assert "Not to act on yet: too few attempts (3; at least 10 needed)." in stats_line


def test_item_analysis_flags_in_sentence_case_with_the_sample_size(client, signed_in, app):
    _, aid, code = published(client, app, 2, kind="truefalse")
    for k in range(10):
        s, url = join(app, code, f"S{k}")
        answer_all(s, url)
    html = page(client, aid)
    assert "too few attempts" not in html
    flags = re.findall(r'<ul class="flags"><li>([^<]+)</li>', html)
    assert flags and all(f[0].isupper() and not f.isupper() and "(from 10 attempts)" in f for f in flags)


def test_full_question_text_on_demand(client, signed_in, app):
    bank = app.extensions["sourced"].bank
    long_q = next(q for q in bank.authored if len(q.prompt) > 90 and q.type == "single")
    set_id = new_set(client)
    client.post(f"/teach/sets/{set_id}/change", data={"action": "add", "question_id": long_q.id})
    aid, code = publish(client, set_id)
    s, url = join(app, code, "Jo")
    answer_all(s, url)
    html = page(client, aid)
    assert "<summary>Full question</summary>" in html
    assert long_q.prompt.replace("'", "&#39;").replace('"', "&#34;") in html


def test_projector_view_has_code_address_qr_and_count(client, signed_in, app):
    _, aid, code = published(client, app, 1)
    join(app, code, "Kim")
    html = client.get(f"/teach/assignments/{aid}/projector").get_data(as_text=True)
    assert f'class="projector-code" aria-label="Join code {" ".join(code)}">{code}<' in html
    assert "<p class=\"projector-address\">localhost/join</p>" in html  # the short address (WALK-7 S8)
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert 'class="qr"' in svg and "<path" in svg and "QR code: the join link" in svg
    assert "1 student joined" in html
    frag = client.get(f"/teach/assignments/{aid}/projector", headers=HTMX).get_data(as_text=True)
    assert "<svg" not in frag and "1 student joined" in frag


def test_qr_code_encodes_the_join_link(app):
    """The drawn symbol is segno's for exactly that link (no decoder here: compare the modules)."""
    segno = pytest.importorskip("segno")
    from webapp.views.teach.control import qr_svg
    link = "http://localhost/quiz/join/ABCDEF"
    matrix = [list(row) for row in segno.make(link, error="m").matrix]
    other = [list(row) for row in segno.make(link.replace("ABCDEF", "GHJKMN"), error="m").matrix]
    assert matrix != other
    svg = str(qr_svg(link, "t"))
    size = (len(matrix) + 8) * 10  # four modules of quiet zone each side, ten pixels a module
    assert f'viewBox="0 0 {size} {size}"' in svg

    def dark(text):
        return re.findall(r'stroke="#000"[^>]*d="([^"]+)"', text)
    assert dark(svg) and dark(svg) != dark(str(qr_svg(link.replace("ABCDEF", "GHJKMN"), "t")))
    assert dark(svg) == dark(str(qr_svg(link, "another title")))


def test_another_teachers_ids_are_404_for_every_control(client, auth, app):
    auth.sign_in()
    _, aid, code = published(client, app, 1)
    s, url = join(app, code, "Lee")
    attempt_id = url.rsplit("/", 1)[1]
    auth.sign_out()
    auth.sign_in("other@school.org")
    gets = [f"/teach/assignments/{aid}/live", f"/teach/assignments/{aid}/projector",
            f"/teach/assignments/{aid}/delete", f"/teach/assignments/{aid}/attempts/{attempt_id}"]
    for path in gets:
        assert client.get(path).status_code == 404, path
    for action in ("close", "reopen", "extend", "rename", "code", "archive", "unarchive", "grant"):
        assert control(client, aid, action, title="x", name="Lee", closes_at="2099-01-01T09:00").status_code == 404, action
    assert client.post(f"/teach/assignments/{aid}/delete", data={"code": code}).status_code == 404
    assert client.post(f"/teach/assignments/{aid}/attempts/{attempt_id}/delete").status_code == 404
    auth.sign_out()
    auth.sign_in()
    assert attempt_ids(app, aid) == [attempt_id]
    assert "None yet: every change here" in page(client, aid)


def test_an_attempt_of_another_assignment_is_404_under_mine(client, signed_in, app):
    _, aid1, _ = published(client, app, 1)
    _, _, code2 = published(client, app, 1)
    _, url = join(app, code2, "Max")
    assert client.get(f"/teach/assignments/{aid1}/attempts/{url.rsplit('/', 1)[1]}").status_code == 404
    assert client.post(f"/teach/assignments/{aid1}/attempts/{url.rsplit('/', 1)[1]}/delete").status_code == 404


def test_unknown_control_is_404(client, signed_in, app):
    _, aid, _ = published(client, app, 1)
    assert control(client, aid, "explode").status_code == 404


# --- the set builder keeps the search -----------------------------------------------------------------

def test_add_and_remove_from_the_bank_keep_the_filter_and_the_place(client, signed_in, app):
    set_id = new_set(client)
    html = client.get(f"/teach/sets/{set_id}?q=tuberculosis").get_data(as_text=True)
    ids = re.findall(r'name="question_id" value="([^"]+)"', html.split('id="bank-results"')[1])
    assert len(ids) >= 2
    r = client.post(f"/teach/sets/{set_id}/change", data={"action": "add", "question_id": ids[1], "q": "tuberculosis",
                                                        "back": "r-2"})
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/teach/sets/{set_id}?q=tuberculosis#r-2")
    html = client.get(r.headers["Location"]).get_data(as_text=True)
    bank = html.split('id="bank-results"')[1]
    assert 'id="bank-q" type="search" name="q" value="tuberculosis"' in html
    item = bank.split('id="r-2"')[1].split("</form>")[0]
    assert "✓ in set" in item and 'value="remove"' in item
    r = client.post(f"/teach/sets/{set_id}/change", data={"action": "remove", "question_id": ids[1],
                                                        "q": "tuberculosis", "back": "r-2"})
    assert r.headers["Location"].endswith("?q=tuberculosis#r-2")
    r = client.post(f"/teach/sets/{set_id}/change", data={"action": "add", "question_id": ids[0], "back": "javascript:x"})
    assert r.headers["Location"].endswith("#bank")  # only a result's own anchor is followed


def test_with_htmx_the_bank_asks_again_with_its_current_filters(client, signed_in, app):
    set_id = new_set(client)
    html = client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    form = html.split('class="filter"')[1].split("</form>")[0]
    refresh = re.search(r'<span hidden [^>]*hx-trigger="set-changed from:body"[^>]*>', form).group(0)
    assert 'hx-include="closest form"' in refresh  # re-runs the search form's filters, with what it holds now
    assert 'hx-push-url="false"' in refresh  # and leaves the address as it is
    results = html.split('id="bank-results"')[1].split(">")[0]
    assert "hx-get" not in results  # no stale copy of the first filter to go back to
    assert 'class="set-layout"' in html


# --- the results' figures read as what they are --------------------------------------------------------

def _alpha(html: str) -> str:
    return re.search(r"internal consistency \(Cronbach's alpha\) ([^<]*?)\.</figcaption>", html).group(1)


def test_cronbachs_alpha_is_a_coefficient_and_few_attempts_say_so(client, signed_in, app, monkeypatch):
    _, aid, code = published(client, app, 3)
    for name, right in (("Ana", True), ("Ben", False), ("Caro", True)):
        s, url = join(app, code, name)
        answer_all(s, url, right)
    html = page(client, aid)
    assert _alpha(html) == "not meaningful yet (3 finished attempts; at least 10 needed)"
    assert "too few attempts (3; at least 10 needed)" in html  # the same threshold as the item statistics
    monkeypatch.setattr("webapp.views.teach.assignments.STATS_MIN_ATTEMPTS", 3)
    alpha = _alpha(page(client, aid))
    assert re.fullmatch(r"-?\d\.\d\d|not computed \([^)]+\)", alpha), alpha  # a coefficient, never "75%"
    assert alpha != "-0.00" and ">-0%" not in html and " -0%" not in html
