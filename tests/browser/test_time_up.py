"""WALK-8 in a real browser, JavaScript on and off: when the time of an assignment runs out with nothing
answered, the "Time is up" page lists each question as not answered with its right answer (the assignment
shows them at the end), says how many attempts are left, and its button starts the next one."""
import re
import time

from playwright.sync_api import expect

from .conftest import screenshot
from .test_giveaways import set_of


def test_time_up_lists_the_questions_and_starts_the_next_attempt(page, live_server):
    from webapp import db
    mode = "js" if page.js else "nojs"
    qids = [q.id for q in live_server.app.extensions["sourced"].bank.authored if q.type == "single"][:3]
    set_url = set_of(page, live_server, f"timeup-{mode}@school.org", "Timed", qids)
    token = page.locator('input[name="csrf_token"]').first.get_attribute("value")
    r = page.context.request.post(set_url + "/publish", max_redirects=0, form={
        "title": f"Timed {mode}", "attempts": "3", "time_limit": "1", "feedback": "end", "csrf_token": token})
    assert r.status == 303
    database = db.connect(live_server.app.config["DATABASE"])
    aid = int(r.headers["location"].rsplit("/", 1)[1])
    code = db.get_assignment(database, aid).code
    page.goto(f"/join/{code}")
    page.get_by_label("Your name").fill("Kai")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_text("Question 1 of 3")).to_be_visible()
    first = re.search(r"/quiz/a/([^/?#]+)", page.url).group(1)
    database.execute("UPDATE attempts SET deadline = ? WHERE id = ?", [time.time() - 1, first])
    database.conn.commit()
    for _ in range(2):  # as it comes, and the same after a reload
        page.goto(f"/quiz/a/{first}")
        expect(page.get_by_role("heading", name="Time is up")).to_be_visible()
        for n in (1, 2, 3):
            expect(page.get_by_role("heading", name=f"Question {n}: – not answered")).to_be_visible()
        expect(page.locator(".review-list dt", has_text="The right answer")).to_have_count(3)
        expect(page.locator(".again")).to_contain_text("You have 2 attempts left at this assignment.")
    screenshot(page, "time-up")
    page.get_by_role("button", name="Start your next attempt as Kai").click()
    expect(page.get_by_text("Question 1 of 3")).to_be_visible()
    assert first not in page.url
    database.conn.close()
