"""WALK-7 finding 4 in a real browser, JavaScript on and off: the set builder names the questions that
give away each other's answers, and its "Remove question N" button clears the warning in place."""
import re

from playwright.sync_api import expect

from .conftest import screenshot
from .test_teacher import make_teacher, sign_in

WALK = ["comp-rank-and-file-news", "comp-officers-news", "comp-nco-news", "comp-rank-and-file-blog", "comp-nco-typed"]


def set_of(page, live_server, email, title, question_ids) -> str:
    """A new teacher, signed in, with a set of these questions (added as the page's forms would): its URL."""
    make_teacher(live_server, email)
    sign_in(page, email)
    page.get_by_label("New set's title").fill(title)
    page.get_by_role("button", name="Create set").click()
    set_url = re.sub(r"[?#].*", "", page.url)
    token = page.locator('input[name="csrf_token"]').first.get_attribute("value")
    for qid in question_ids:
        r = page.context.request.post(set_url + "/change", form={"action": "add", "question_id": qid,
                                                                 "csrf_token": token}, max_redirects=0)
        assert r.status == 303
    return set_url


def test_the_warning_names_the_questions_and_removing_one_clears_it(page, live_server):
    # the walk's set: the bank's first five composition questions
    set_url = set_of(page, live_server, f"giveaways-{'js' if page.js else 'nojs'}@school.org", "Who the prisoners are", WALK)
    page.goto(set_url + "?")
    warning = page.locator("#giveaways")
    expect(warning).to_contain_text("Questions 1 and 4 rest on facts that state the same figure, 83%")
    expect(warning).to_contain_text("Questions 3 and 5 both rest on one fact")
    expect(page.locator("#set-items")).to_contain_text("⚠ Shares its answer with question 5")
    screenshot(page, "set-giveaways")
    warning.get_by_role("button", name="Remove question 5").click()
    expect(page.locator("#set-items h2")).to_have_text("In this set (4)")
    expect(page.locator("#set-items [role=status]")).to_contain_text("Question 5 removed")  # WALK-8: JS off said nothing
    expect(warning).not_to_contain_text("Questions 3 and 5")
    warning.get_by_role("button", name="Remove question 4").click()
    expect(page.locator("#set-items h2")).to_have_text("In this set (3)")
    expect(page.locator("#giveaways")).to_have_count(0)


def test_removing_from_the_list_on_a_phone_keeps_the_teacher_at_the_list(js_page, live_server):
    """WALK-8: at 390 px, 'Remove' on the 6th of 8 questions threw the page ~900-2,800 px down into the
    search results (the browser's scroll anchoring lost its anchor in the swapped list) and put the
    search form's empty filters in the address bar."""
    page = js_page
    page.set_viewport_size({"width": 390, "height": 844})
    eight = [q.id for q in list(live_server.app.extensions["sourced"].bank.authored)[:8]]
    set_url = set_of(page, live_server, "giveaways-scroll@school.org", "Eight questions", eight)
    page.goto(set_url)
    remove = page.locator(".set-items > li").nth(5).get_by_role("button", name="Remove")
    remove.scroll_into_view_if_needed()
    before = page.evaluate("scrollY")
    remove.click()
    expect(page.locator("#set-items h2")).to_have_text("In this set (7)")
    page.wait_for_timeout(300)  # the results below refresh after the list
    assert abs(page.evaluate("scrollY") - before) < 400
    assert page.url == set_url
