"""Issue 15's walk, with JavaScript on and off: build a set from three searches without retyping a
filter, write a question from a typed figure, publish, show the projector view, watch the results
update as three students answer, close early (a late student is refused), delete a fake attempt and
read the per-option counts. Every page is screenshotted at 1280 and 390 px and must not scroll sideways."""
import os
import re
from pathlib import Path

from playwright.sync_api import expect

from .test_teacher import answer_until_done, make_teacher, sign_in

SHOTS = Path(os.environ.get("SOURCED_SHOTS", "/tmp/shots-teachers"))


def look(page, name: str, widths=(1280, 390)) -> None:
    """Full-page screenshots for a person to look at, and no sideways scroll at either width."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in widths:
        page.set_viewport_size({"width": width, "height": 900})
        page.wait_for_timeout(100)
        page.screenshot(path=str(SHOTS / f"{name}-{width}{'' if page.js else '-nojs'}.png"), full_page=True)
        extra = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert extra <= 0, f"{name} scrolls sideways by {extra}px at {width}px"
    page.set_viewport_size({"width": 1280, "height": 900})


def search(page, text):
    page.get_by_label("Search text").fill(text)
    if not page.js:
        page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url(re.compile(rf"q={text}"))  # the new results are in (htmx pushes the search's address)
    page.wait_for_load_state("networkidle")
    expect(page.locator("#bank-results")).to_contain_text(re.compile(r"\d+ questions? match"))


def add_first_not_in_set(page, text):
    search(page, text)
    results = page.locator("#bank-results")
    before = results.locator("p").first.inner_text()
    item = results.locator("li:not(.in-set)").first
    prompt = item.locator(".q-text").inner_text()
    item.scroll_into_view_if_needed()
    y0 = page.evaluate("scrollY")
    item.get_by_role("button", name=re.compile("^Add")).click()
    # the bank keeps the search and the filter: same count, the question now marked as in the set
    expect(results.locator("li.in-set", has_text=prompt)).to_contain_text("✓ in set")
    expect(results.locator("p").first).to_have_text(before)
    expect(page.get_by_label("Search text")).to_have_value(text)
    expect(page.get_by_label("Type")).to_have_value("single")
    # and the page stays where it was: in place with htmx, back at the clicked result without
    page.wait_for_load_state("networkidle")
    if page.js:
        assert abs(page.evaluate("scrollY") - y0) < 40, "the bank jumped after Add"
    else:
        assert page.evaluate("location.hash").startswith("#r-")
        box = results.locator("li.in-set", has_text=prompt).bounding_box()
        assert box and -5 <= box["y"] < page.viewport_size["height"], "the clicked result is out of view"


def test_issue_15_walk(page, browser, live_server):
    js = page.js
    email = f"control-{'js' if js else 'nojs'}@school.org"
    make_teacher(live_server, email)
    sign_in(page, email)

    # a set from three searches; the type filter is chosen once
    page.get_by_label("New set's title").fill("Prisoners: who and how many")
    page.get_by_role("button", name="Create set").click()
    page.get_by_label("Type").select_option(label="one answer")
    if not js:
        page.get_by_role("button", name="Search", exact=True).click()
    for text in ("tuberculosis", "officers", "week"):
        add_first_not_in_set(page, text)
    expect(page.locator("#set-items")).to_contain_text("In this set (3)")
    look(page, "set-builder")

    # a question from a typed figure: "13%" becomes the fact's figure and a reference
    page.goto("/teach/questions/new")
    look(page, "question-type")
    page.get_by_role("radio", name=re.compile("A number")).check()
    page.get_by_role("button", name="Next: write it").click()
    page.get_by_label("Question", exact=True).fill("What share of the prisoners in the news report's breakdown were NCOs?")
    page.get_by_label("Right answer").fill("13%")
    page.get_by_label("Explanation shown after answering").fill("The news report's breakdown puts NCOs at 13% of the prisoners.")
    page.get_by_role("button", name="Save question").click()
    expect(page.get_by_role("status")).to_contain_text("Question saved")

    page.goto("/teach/questions/new?type=single")
    page.get_by_label("Option 1", exact=True).fill("oops")
    page.get_by_role("button", name="Save question").click()
    expect(page.locator("#check")).to_contain_text("Not saved yet")
    look(page, "question-form-problems")

    # into the set, then publish
    page.goto("/teach/")
    page.get_by_role("link", name="Prisoners: who and how many").first.click()
    page.get_by_label("Type").select_option("")
    page.get_by_label("Origin").select_option("mine")
    if not js:
        page.get_by_role("button", name="Search", exact=True).click()
    expect(page.locator("#bank-results")).to_contain_text("NCOs")
    page.locator("#bank-results").get_by_role("button", name=re.compile("^Add")).first.click()
    expect(page.locator("#set-items")).to_contain_text("In this set (4)")
    page.get_by_role("link", name="Publish as an assignment").click()
    page.get_by_label("Shuffle the order of questions").uncheck()
    page.get_by_role("button", name="Publish").click()
    code = page.locator(".join-code").inner_text()
    assignment_url = page.url

    # the projector view: code, address, QR code, count; fits 1920×1080
    page.get_by_role("link", name=re.compile("projector view")).click()
    expect(page.locator(".projector-code")).to_have_text(code)
    expect(page.locator("svg.qr")).to_be_visible()
    page.set_viewport_size({"width": 1920, "height": 1080})
    fits = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
    assert fits[0] <= 1920 and fits[1] <= 1080, f"projector view is {fits} at 1920×1080"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"projector-1920{'' if js else '-nojs'}.png"))
    look(page, "projector")

    # three students answer while the teacher watches; a fake name joins too. The page says the list
    # updates by itself only where it does (with JavaScript); without, it offers Refresh
    page.goto(assignment_url)
    if js:
        expect(page.locator("#live")).to_contain_text("This list updates by itself while the assignment is open.")
    else:
        expect(page.locator("#live")).to_contain_text("Refresh to see who has joined or finished since.")
        expect(page.locator("#live")).not_to_contain_text("updates by itself")
    for k, name in enumerate(("Ana", "Ben", "Caro"), 1):
        student = browser.new_context(java_script_enabled=js, base_url=live_server.url).new_page()
        student.goto(f"/quiz/join/{code}")
        student.get_by_label("Your name").fill(name)
        student.get_by_role("button", name="Start").click()
        answer_until_done(student)
        student.context.close()
        page.bring_to_front()  # the teacher's screen (a hidden tab's timers may be frozen)
        if not js:
            page.get_by_role("link", name="Refresh").click()
        expect(page.locator("#live")).to_contain_text(f"{k} finished", timeout=10000)  # JS: no reload
    fake = browser.new_context(java_script_enabled=js, base_url=live_server.url).new_page()
    fake.goto(f"/quiz/join/{code}")
    fake.get_by_label("Your name").fill("Mickey Fake")
    fake.get_by_role("button", name="Start").click()
    fake.context.close()
    page.bring_to_front()
    if not js:
        page.get_by_role("link", name="Refresh").click()
    expect(page.locator("#live")).to_contain_text("1 in progress", timeout=10000)

    # close early: a late student is refused
    page.get_by_role("button", name="Close now").click()
    expect(page.get_by_role("status").first).to_contain_text("Closed")
    late = browser.new_context(java_script_enabled=js, base_url=live_server.url).new_page()
    late.goto(f"/quiz/join/{code}")
    # the title card says so, and offers no way to start
    expect(late.locator("body")).to_contain_text("no longer takes answers")
    expect(late.get_by_role("button", name="Start")).to_have_count(0)
    late.context.close()

    # delete the fake attempt
    page.get_by_role("link", name=re.compile("^Mickey Fake")).click()
    page.get_by_text("Delete this attempt…").click()
    look(page, "attempt")
    page.get_by_role("button", name="Delete Mickey Fake's attempt").click()
    expect(page.locator("#live")).not_to_contain_text("Mickey Fake")
    expect(page.locator(".event-log")).to_contain_text("Deleted an attempt by Mickey Fake")
    expect(page.locator(".event-log")).to_contain_text("Closed the assignment early")

    # per-option counts: one table per question, the right answer marked, three answers each
    tables = page.locator("table.choice-table")
    expect(tables).to_have_count(4)
    expect(tables.first).to_contain_text("Answers chosen by the 3 students who answered")
    expect(page.locator(".too-few").first).to_contain_text("too few attempts (3; at least 10 needed)")
    # each question is headed "Question N": the list adds no second number ("1. Question 1:")
    expect(page.locator("#item-1 h3")).to_contain_text("Question 1:")
    assert page.locator("ol.items").evaluate("e => getComputedStyle(e).listStyleType") == "none"
    look(page, "assignment")
    # on a phone the attempts table stacks: each student's score is in view, nothing scrolls sideways
    page.set_viewport_size({"width": 390, "height": 900})
    score = page.locator("table.attempts tbody tr").first.locator('td[data-label="Score"]')
    expect(score).to_be_visible()
    box = score.bounding_box()
    assert box and box["x"] + box["width"] <= 390, f"the score sits off the phone's edge: {box}"
    assert page.locator(".table-scroll").evaluate("e => e.scrollWidth - e.clientWidth") <= 0
    page.goto("/teach/")  # the teacher home's assignments table likewise keeps its Attempts in view
    count = page.locator('td[data-label="Attempts"]').first
    expect(count).to_be_visible()
    box = count.bounding_box()
    assert box and box["x"] + box["width"] <= 390, f"the attempts count sits off the phone's edge: {box}"
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(assignment_url + "/delete")
    look(page, "delete-confirm")
