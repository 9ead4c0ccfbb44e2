"""A class in a real browser (issue 14): three students join from the home page with the teacher's
code, take a timed assignment with a matching and an ordering question, and read their results;
JavaScript on and off, at 1280 and 390 px. And a countdown that reaches zero."""
from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import ARTIFACTS, screenshot
from .test_student import answer_current

SHOTS = Path("/tmp/shots-students")


def publish(app, **options) -> str:
    """An assignment of five bank questions (one of each kind that lays out widest), straight in the db."""
    from webapp import db
    from webapp.accounts import create_teacher
    from webapp.assignments import AssignmentOptions, new_join_code
    database = db.connect(app.config["DATABASE"])
    try:
        tid = db.teacher_by_email(database, "class@school.org")
        tid = tid["id"] if tid else create_teacher(database, "class@school.org", "correct horse battery")
        bank = app.extensions["sourced"].bank.authored
        picked = [next(q for q in bank if q.type == t) for t in ("matching", "ordering", "single", "numeric",
                                                                   "truefalse")]
        opts = AssignmentOptions(title="Week 3: who surrenders", **options)
        a = db.create_assignment(database, tid, None, opts.model_dump(mode="json"),
                                 [q.model_dump(mode="json") for q in picked], new_join_code)
        return a.code
    finally:
        database.conn.close()


def no_sideways_scroll(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{page.url} scrolls sideways: {width}px"


def attempt_of(app, page):
    from webapp import db
    aid = page.url.split("?")[0].split("/quiz/a/")[1].split("/")[0]
    return db.get_attempt(db.connect(app.config["DATABASE"]), aid)


def shoot(page, name):
    screenshot(page, name)
    SHOTS.mkdir(exist_ok=True)
    for f in ARTIFACTS.glob(f"{name}-*.png"):
        shutil.copy(f, SHOTS / f.name)


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_three_students_join_from_the_home_page_by_code(browser, live_server, js):
    app = live_server.app
    code = publish(app, time_limit=20, attempts=1, pass_mark=60)
    bank = app.extensions["sourced"].bank
    students = [("Ana Lima", 1280), ("Ben Okafor", 390), ("Cara Diaz", 390)]
    for n, (name, width) in enumerate(students):
        context = browser.new_context(java_script_enabled=js, base_url=live_server.url,
                                      viewport={"width": width, "height": 860})
        page = context.new_page()
        page.js = js
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto("/")
        no_sideways_scroll(page)
        if n == 0:
            shoot(page, "class-home")
        page.get_by_label("Class code").first.fill(code.lower())
        page.get_by_role("button", name="Join").first.click()
        expect(page).to_have_url(re.compile(f"/join/{code}$"))
        expect(page.locator(".title-card")).to_contain_text("Week 3: who surrenders")
        expect(page.locator(".title-card")).to_contain_text("20 minutes")
        no_sideways_scroll(page)
        if n == 0:
            shoot(page, "class-title-card")
        page.get_by_label("Your name").fill(name)
        page.get_by_role("button", name="Start").click()
        expect(page).to_have_url(re.compile(r"/quiz/a/[\w-]+$"))
        attempt = attempt_of(app, page)
        for pos in range(5):
            expect(page.locator("#quiz-panel")).to_contain_text(f"Question {pos + 1} of 5")
            expect(page.locator(".clock")).to_contain_text("Time left")
            no_sideways_scroll(page)
            if n == 1 and bank.questions[attempt.layout[pos]["q"]].type == "matching":
                shoot(page, "class-matching")
            answer_current(page, bank, attempt)
            expect(page.locator(".verdict")).to_have_text("Right")
            if js:  # focus went to the verdict and the tab's title says what happened
                expect(page.locator(".verdict")).to_be_focused()
                expect(page).to_have_title(re.compile(rf"^Question {pos + 1} of 5: Right"))
            no_sideways_scroll(page)
            if pos < 4:
                page.get_by_role("link", name="Next question").click()
        page.get_by_role("link", name="See your results").click()
        expect(page.locator(".score")).to_contain_text("5 of 5 marks")
        expect(page.locator(".strip a")).to_have_count(5)
        expect(page.get_by_text("Pass mark 60%")).to_be_visible()
        no_sideways_scroll(page)
        if n == 1:
            shoot(page, "class-results")
        assert errors == []
        context.close()


def test_a_countdown_reaching_zero_shows_time_is_up(browser, live_server):
    from webapp import db
    app = live_server.app
    code = publish(app, time_limit=5)
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 860})
    page = context.new_page()
    page.js = True
    page.goto(f"/join/{code}")
    page.get_by_label("Your name").fill("Hal")
    page.get_by_role("button", name="Start").click()
    expect(page.locator(".clock")).to_contain_text("(your time)")  # the deadline in the student's own time
    aid = page.url.rsplit("/", 1)[1]
    database = db.connect(app.config["DATABASE"])
    database.execute("UPDATE attempts SET deadline = ? WHERE id = ?", [time.time() + 3, aid])
    page.reload()
    expect(page.locator(".clock-left")).to_have_text(re.compile(r"^0 min 0[0-3] s$"))
    shoot(page, "class-countdown")
    expect(page.get_by_role("heading", name="Time is up")).to_be_visible(timeout=8000)
    expect(page).to_have_url(re.compile(r"/results$"))
    shoot(page, "class-time-up")
    context.close()


def test_no_student_page_scrolls_sideways_on_a_phone(browser, live_server):
    code = publish(live_server.app, time_limit=20)
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 860})
    page = context.new_page()
    for path in ("/", "/join", f"/join/{code}", "/quiz/", "/modules", "/facts", "/sources", "/ask"):
        page.goto(path)
        no_sideways_scroll(page)
    page.goto("/join?code=ZZZZZZ")
    expect(page.get_by_role("alert")).to_contain_text("no assignment with that code")
    no_sideways_scroll(page)
    context.close()
