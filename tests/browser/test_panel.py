"""The chat panel (issue 13): asked from a module page it answers there (JS on) and lands on /ask
with the answer (JS off); a link near the top of the page reaches it; its suggestions ask."""
import re

from playwright.sync_api import expect

from .conftest import screenshot

QUESTION = "How many Russians surrender each week?"


def test_the_panel_answers_on_the_module_page(page, live_server):
    store = live_server.app.extensions["sourced"].store
    module = next(iter(store.modules.values()))
    url = f"/modules/{module.id}"
    page.goto(url)
    page.get_by_role("link", name="Ask the bot about this").click()  # near the top of a long page
    box = page.get_by_label("Your question about the articles")
    expect(box).to_be_visible()  # following the link opened the panel
    box.fill(QUESTION)
    page.locator("#panel-form").get_by_role("button", name="Ask").click()
    if page.js:
        reply = page.locator("#panel-log .exchange").last
        expect(reply).to_contain_text(QUESTION)
        expect(reply.locator("a[href='/facts/weekly-surrender-average']")).to_be_visible()
        expect(page).to_have_url(re.compile(re.escape(url) + r"(#.*)?$"))  # still on the module page
        expect(page.get_by_role("heading", level=1)).to_have_text(module.title)
        expect(page.get_by_label("Your question about the articles")).to_have_value("")  # a fresh form
        screenshot(page, "panel-answer")
    else:
        expect(page).to_have_url(re.compile(r"/ask\?back=(/|%2F)modules(/|%2F)[a-z0-9-]+(#.*)?$"))
        expect(page.get_by_role("link", name="← Back to the page you were reading")).to_have_attribute("href", url)
        expect(page.locator("#chat-log")).to_contain_text(QUESTION)
        expect(page.locator("#chat-log a[href='/facts/weekly-surrender-average']")).to_be_visible()


def test_a_suggestion_after_a_refusal_is_a_button_that_asks_it(page, live_server):
    page.goto("/modules")
    page.get_by_role("link", name="Ask the bot about the articles").click()
    page.get_by_label("Your question about the articles").fill("how many generals were captured")
    page.locator("#panel-form").get_by_role("button", name="Ask").click()
    log = page.locator("#panel-log" if page.js else "#chat-log")
    expect(log.locator(".exchange").last).to_contain_text("do not cover")
    buttons = log.locator(".exchange").last.locator(".suggestions button")
    expect(buttons.first).to_be_visible()
    asked = buttons.first.inner_text()
    buttons.first.click()
    log = page.locator("#panel-log" if page.js else "#chat-log")
    expect(log.locator(".exchange").last).to_contain_text(asked)
    expect(log.locator(".exchange").last.locator(".bot-reply")).to_have_class(re.compile("answered"))
    if page.js:
        expect(page).to_have_url(re.compile(r"/modules(#.*)?$"))
        expect(log.locator(".exchange").last.locator(".you")).to_be_in_viewport()
        screenshot(page, "panel-suggestion")


def test_each_new_answer_in_the_panel_is_shown_and_the_form_is_ready_again(js_page):
    """On a phone the panel's log is a box of its own: the third answer used to arrive out of sight,
    with focus lost, and the visitor saw 'nothing happen'."""
    page = js_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/modules")
    page.get_by_role("link", name="Ask the bot about the articles").click()
    box = page.get_by_label("Your question about the articles")
    questions = ["How many Russians surrender each week?", "and in 2025?", "What share of the prisoners were officers?"]
    for n, question in enumerate(questions, 1):
        box = page.get_by_label("Your question about the articles")
        box.fill(question)
        page.locator("#panel-form").get_by_role("button", name="Ask").click()
        expect(page.locator("#panel-log .exchange")).to_have_count(n)
        newest = page.locator("#panel-log .exchange").last
        expect(newest.locator(".you")).to_contain_text(question)
        expect(newest.locator(".you")).to_be_in_viewport()  # where it was asked, not hidden in the box
        expect(page.get_by_label("Your question about the articles")).to_be_focused()  # ready to type
    screenshot(page, "panel-third-answer")
    for size in ({"width": 390, "height": 844}, {"width": 844, "height": 390}):  # upright, then turned on its side
        page.set_viewport_size(size)
        # one scroll: the log is part of the page, not a box scrolled inside it (where a turn left the newest reply hidden)
        assert page.locator("#panel-log").evaluate("log => log.scrollHeight <= log.clientHeight + 1"), size


def test_a_new_conversation_empties_the_panel_where_it_is(js_page, live_server):
    """A change of subject in the panel: "Start a new conversation" (offered once there is an answer) empties the log
    on the page, keeps what the page is about, and leaves the cursor in the question box."""
    page = js_page
    module = next(iter(live_server.app.extensions["sourced"].store.modules.values()))
    url = f"/modules/{module.id}"
    page.goto(url)
    page.get_by_role("link", name="Ask the bot about this").click()
    new = page.locator("#chat-panel").get_by_role("button", name="Start a new conversation")
    expect(new).to_have_count(0)  # nothing to forget yet
    page.get_by_label("Your question about the articles").fill(QUESTION)
    page.locator("#panel-form").get_by_role("button", name="Ask").click()
    expect(page.locator("#panel-log .exchange")).to_have_count(1)
    new.click()
    expect(page.locator("#panel-log .exchange")).to_have_count(0)
    expect(new).to_have_count(0)
    expect(page).to_have_url(re.compile(re.escape(url) + r"(#.*)?$"))
    expect(page.get_by_label("Your question about the articles")).to_be_focused()
    expect(page.locator("#panel-about")).to_have_value(f"module:{module.id}")
    screenshot(page, "panel-new-conversation")


def test_without_javascript_a_phone_lands_on_the_new_answer(browser, live_server):
    """Asked without JavaScript, the panel posts to /ask, which used to land on its form: on a phone the new
    answer sat above the fold and a parent reading along saw only the empty box again (WALK-17)."""
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url,
                                  viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.js = False
    page.goto("/modules")
    page.get_by_role("link", name="Ask the bot about the articles").click()
    for question in ("How many Russians surrender each week?", "And who says so?"):
        form = page.locator("#panel-form, #ask-form")  # the module's panel first, then /ask's own form
        form.locator("textarea").fill(question)
        form.get_by_role("button", name="Ask").click()
        expect(page).to_have_url(re.compile(r"/ask\?back=.*#latest$"))
        newest = page.locator("#chat-log .exchange").last
        expect(newest.locator(".you")).to_contain_text(question)
        expect(newest.locator(".you")).to_be_in_viewport()
    screenshot(page, "ask-nojs-phone-latest")
    context.close()


def test_on_a_wide_screen_the_question_box_lines_up_with_the_answers_above_it(browser, live_server):
    """The box to type the next question in was narrower than the answers it sits under, so the page looked
    unfinished on a laptop (WALK-17); it now spans the same width, and the Ask button stays button-sized."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto("/ask")
    page.locator("#ask-form textarea").fill("What share of the prisoners were officers?")
    page.locator("#ask-form").get_by_role("button", name="Ask").click()
    reply = page.locator("#chat-log .bot-reply").last
    expect(reply).to_be_visible()
    box, answer = page.locator("#ask-form textarea").bounding_box(), reply.bounding_box()
    assert abs(box["x"] - answer["x"]) < 8 and abs(box["width"] - answer["width"]) < 24, (box, answer)
    button = page.locator("#ask-form").get_by_role("button", name="Ask").bounding_box()
    assert button["width"] < box["width"] / 2
    context.close()
