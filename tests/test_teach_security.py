"""Security of the teachers' face and of joining: what teachers and students type comes back escaped
(stored and reflected), every form survives arbitrary input without a 500, CSRF guards the forms."""
from __future__ import annotations

import io
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import HTMX, make_app
from webapp import db

PAYLOADS = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "javascript:alert(1)",
            "{{7*7}}", "<svg/onload=alert(1)>", "\u202e<b>rtl</b>"]
RAW = ("<script>", "<img src=x", "<svg/onload", "<b>rtl")


def assert_escaped(html: str):
    for raw in RAW:
        assert raw not in html, raw
    assert "onerror=alert(1)>" not in html.replace("&gt;", "")  # never an attribute in a real tag
    assert ">49<" not in html and " 49 " not in html  # {{7*7}} is text, never evaluated


@pytest.fixture
def teacher(client, auth):
    auth.sign_in()
    return client


def test_teacher_question_text_and_options_come_back_escaped(teacher, app):
    for p in PAYLOADS:
        form = {"type": "single", "fact_ids": "weekly-surrender-average", "prompt": f"Which? {p}",
                "option-0-text": p, "option-1-text": "60 to 90", "correct": "1", "explanation": p}
        for url in ("/teach/questions/new", "/teach/questions/check"):
            r = teacher.post(url, data=form, headers=HTMX if url.endswith("check") else {})
            assert r.status_code in (200, 422)
            assert_escaped(r.get_data(as_text=True))


def test_set_title_and_assignment_title_are_escaped(teacher, app):
    p = PAYLOADS[1]
    r = teacher.post("/teach/sets", data={"title": p})
    set_id = int(r.headers["Location"].rsplit("/", 1)[1])
    assert_escaped(teacher.get(f"/teach/sets/{set_id}").get_data(as_text=True))
    assert_escaped(teacher.get("/teach/").get_data(as_text=True))
    qid = next(iter(app.extensions["sourced"].bank.questions))
    teacher.post(f"/teach/sets/{set_id}/change", data={"action": "add", "question_id": qid})
    r = teacher.post(f"/teach/sets/{set_id}/publish", data={"title": PAYLOADS[0], "attempts": "3"})
    aid = r.headers["Location"].rsplit("/", 1)[1]
    assert_escaped(teacher.get(f"/teach/assignments/{aid}").get_data(as_text=True))
    gift = teacher.get(f"/teach/sets/{set_id}/export.gift").get_data(as_text=True)
    assert "<script>" not in gift.split("\n", 3)[-1] or "\\<" in gift or "&lt;" in gift


def test_display_names_are_escaped_for_the_teacher_and_the_student(teacher, app):
    r = teacher.post("/teach/sets", data={"title": "s"})
    set_id = int(r.headers["Location"].rsplit("/", 1)[1])
    qid = next(q.id for q in app.extensions["sourced"].bank.authored if q.type == "single")
    teacher.post(f"/teach/sets/{set_id}/change", data={"action": "add", "question_id": qid})
    aid = teacher.post(f"/teach/sets/{set_id}/publish", data={"title": "t", "attempts": ""}).headers["Location"].rsplit("/", 1)[1]
    code = re.search(r'join-code">(\w+)<', teacher.get(f"/teach/assignments/{aid}").get_data(as_text=True)).group(1)
    for p in PAYLOADS:
        s = app.test_client()
        r = s.post("/quiz/join", data={"code": code, "name": p[:40]})
        assert r.status_code in (303, 400)
        assert_escaped(r.get_data(as_text=True))
    assert_escaped(teacher.get(f"/teach/assignments/{aid}").get_data(as_text=True))
    # a reflected code
    r = app.test_client().post("/quiz/join", data={"code": PAYLOADS[1], "name": "x"})
    assert r.status_code == 404
    assert_escaped(r.get_data(as_text=True))


def test_imported_text_stays_text(teacher, app):
    gift = "".join(f"::Q{k}::Is it so {p.replace('{', '').replace('}', '').replace('=', '')} {{T}}\n\n"
                   for k, p in enumerate(PAYLOADS))
    r = teacher.post("/teach/import", data={"file": (io.BytesIO(gift.encode()), "x.gift")},
                     content_type="multipart/form-data")
    assert r.status_code == 200, r.get_data(as_text=True)
    assert_escaped(teacher.get("/teach/questions").get_data(as_text=True))
    xml = ('<?xml version="1.0"?><quiz><question type="truefalse"><name><text>n</text></name>'
           '<questiontext format="html"><text><![CDATA[<p>Is it? <script>alert(1)</script><img src=x onerror=alert(1)></p>]]>'
           '</text></questiontext><answer fraction="100"><text>true</text></answer>'
           '<answer fraction="0"><text>false</text></answer></question></quiz>')
    r = teacher.post("/teach/import", data={"file": (io.BytesIO(xml.encode()), "x.xml")},
                     content_type="multipart/form-data")
    assert r.status_code == 200, r.get_data(as_text=True)
    html = teacher.get("/teach/questions").get_data(as_text=True)
    assert_escaped(html)
    for row in db.teacher_questions(db.connect(app.config["DATABASE"]), 1, "draft"):
        edit = teacher.get(f"/teach/questions/{row['id']}/edit")
        assert edit.status_code == 200
        assert_escaped(edit.get_data(as_text=True))


def test_teacher_forms_need_a_csrf_token(tmp_path, seeds):
    app = make_app(tmp_path, WTF_CSRF_ENABLED=True)
    from webapp.accounts import create_teacher
    create_teacher(db.connect(app.config["DATABASE"]), "t@school.org", "correct horse battery")
    c = app.test_client()
    page = c.get("/teach/sign-in").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert c.post("/teach/sign-in", data={"email": "t@school.org", "password": "correct horse battery",
                                          "csrf_token": token}).status_code == 303
    for url, data in (("/teach/sets", {"title": "x"}), ("/teach/questions/new", {"prompt": "x"}),
                      ("/teach/questions/check", {"prompt": "x"}), ("/quiz/join", {"code": "AAAAAA", "name": "x"})):
        r = c.post(url, data=data)
        assert r.status_code == 400 and "expired" in r.get_data(as_text=True), url
    assert db.connect(app.config["DATABASE"])["question_sets"].count == 0


# --- fuzz: no form of the teachers' face (or the join form) gives a 500 ----------------------------

text = st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | st.sampled_from(
    ["", " ", "0", "-1", "9" * 5000, "1e999", "nan", "2026-13-45T99:99", "x" * 5000, "\x00", *PAYLOADS])
FORMS = {
    "/teach/sets": ["title"],
    "/teach/questions/new": ["type", "prompt", "fact_ids", "explanation", "difficulty", "topics", "answer",
                             "tolerance", "unit", "truth", "contradicts", "option-0-text", "option-0-fact",
                             "option-1-text", "correct"],
    "/teach/questions/check": ["type", "prompt", "fact_ids", "answer", "unit", "correct", "option-0-text"],
    "/quiz/join": ["code", "name"],
    "SET/change": ["action", "question_id", "title", "q", "topic"],
    "SET/publish": ["title", "time_limit", "attempts", "feedback", "opens_at", "closes_at", "shuffle_questions"],
}


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory):
    from tests.conftest import SEEDS
    if not SEEDS.is_dir():
        pytest.skip("source texts not available")
    app = make_app(tmp_path_factory.mktemp("fuzz"))
    from webapp.accounts import create_teacher
    create_teacher(db.connect(app.config["DATABASE"]), "fuzz@school.org", "correct horse battery")
    c = app.test_client()
    c.post("/teach/sign-in", data={"email": "fuzz@school.org", "password": "correct horse battery"})
    set_id = int(c.post("/teach/sets", data={"title": "fuzz"}).headers["Location"].rsplit("/", 1)[1])
    c.post(f"/teach/sets/{set_id}/change", data={"action": "add", "question_id": next(iter(app.extensions["sourced"].bank.questions))})
    return app, c, set_id


@pytest.mark.parametrize("url", list(FORMS))
def test_teacher_forms_never_500(fuzz_app, url):
    app, c, set_id = fuzz_app
    fields = FORMS[url]
    path = url.replace("SET", f"/teach/sets/{set_id}")

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.dictionaries(st.sampled_from(fields), text | st.lists(text, max_size=3), max_size=len(fields)),
           st.booleans())
    def run(data, htmx):
        r = c.post(path, data=data, headers=HTMX if htmx else {})
        assert r.status_code < 500, (path, data, r.get_data(as_text=True)[:300])
    run()


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200), st.text(max_size=40))
def test_teacher_get_pages_never_500(fuzz_app, segment, arg):
    app, c, set_id = fuzz_app
    from urllib.parse import quote
    for path in (f"/teach/sets/{quote(segment, safe='')}", f"/teach/questions/{quote(segment, safe='')}/edit",
                 f"/teach/assignments/{quote(segment, safe='')}", f"/teach/sets/{set_id}?q={quote(segment)}&type={quote(arg)}&difficulty={quote(arg)}",
                 f"/quiz/join/{quote(segment, safe='')}"):
        assert c.get(path).status_code < 500, path


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["x.gift", "x.xml", "x.txt", ""]))
def test_any_upload_is_refused_cleanly_or_imported_whole(fuzz_app, data, name):
    app, c, _ = fuzz_app
    database = db.connect(app.config["DATABASE"])
    before = database["teacher_questions"].count
    r = c.post("/teach/import", data={"file": (io.BytesIO(data), name)}, content_type="multipart/form-data")
    assert r.status_code in (200, 400), r.get_data(as_text=True)[:300]
    if r.status_code == 400:
        assert database["teacher_questions"].count == before
