"""A student takes a quiz to the end, reloading mid-way; a visitor asks the bot and follows a
citation. Each walk runs with JavaScript on and off."""
import re

from playwright.sync_api import expect

from .conftest import screenshot


def answer_current(page, bank, attempt):
    """Answer the question on screen correctly, the way a student would with the form."""
    pos = int(page.locator('input[name="position"]').get_attribute("value"))
    entry = attempt.layout[pos]
    q = bank.questions[entry["q"]]
    form = page.locator("#quiz-panel form")
    if q.type == "single":
        form.locator(f'input[name="answer"][value="{entry["order"].index(q.answer)}"]').check()
    elif q.type == "multiple":
        for a in q.answer:
            form.locator(f'input[name="answer"][value="{entry["order"].index(a)}"]').check()
    elif q.type == "truefalse":
        form.get_by_label("True" if q.answer else "False", exact=True).check()
    elif q.type == "numeric":
        form.get_by_label(re.compile("Your answer")).fill(f"{q.answer:g}")
    elif q.type == "shortanswer":
        form.get_by_label(re.compile("Your answer")).fill(next(a.text for a in q.accepted if a.grade >= 1).strip("*"))
    elif q.type == "ordering":
        for k, iid in enumerate(entry["order"]):
            form.locator(f"#rank-{k}").select_option(str(q.answer.index(iid) + 1))
    else:
        for k, pid in enumerate(entry["order"]):
            form.locator(f"#match-{k}").select_option(str(entry["right"].index(pid)))
    form.get_by_role("button", name="Submit answer").click()
    return pos


def test_student_takes_a_quiz_to_the_end_and_resumes_after_a_reload(page, live_server):
    from webapp import db
    app = live_server.app
    bank = app.extensions["sourced"].bank
    page.goto("/quiz/")
    page.get_by_label("What to practise").select_option(label="Mixed: questions from every module")
    page.get_by_label("5").check()
    page.get_by_role("button", name="Start the quiz").click()
    expect(page).to_have_url(re.compile(r"/quiz/a/[\w-]+$"))
    attempt_id = page.url.rsplit("/", 1)[1]
    attempt = db.get_attempt(db.connect(app.config["DATABASE"]), attempt_id)
    screenshot(page, "quiz-question")
    for n in range(5):
        expect(page.locator("#quiz-panel")).to_contain_text(f"Question {n + 1} of 5")
        answer_current(page, bank, attempt)
        expect(page.locator(".verdict")).to_have_text("Right")
        expect(page.locator("#quiz-panel .citations a").first).to_have_attribute("href", re.compile(r"^/facts/"))
        if n == 0:
            screenshot(page, "quiz-feedback")
        if n == 1:  # a reload mid-quiz resumes at the next question
            page.goto(f"/quiz/a/{attempt_id}")
            expect(page.locator("#quiz-panel")).to_contain_text("Question 3 of 5")
            continue
        if n < 4:
            page.get_by_role("link", name="Next question").click()
    page.get_by_role("link", name="See your results").click()
    expect(page.locator(".score")).to_contain_text("5 of 5 marks")
    first = page.locator("#q-1")
    expect(first.locator(".summary-prompt")).to_be_visible()  # folded: the question, shortened
    first.locator("summary").click()
    expect(first.locator(".summary-prompt")).to_be_hidden()  # open: the question once, in full below
    first.locator("summary").click()
    screenshot(page, "quiz-results")
    stored = db.get_attempt(db.connect(app.config["DATABASE"]), attempt_id)
    assert len(stored.answers) == 5 and stored.finished_at


def test_visitor_asks_the_bot_and_follows_a_citation(page, live_server):
    page.goto("/ask")
    page.get_by_label("Your question", exact=True).fill("What share of the prisoners were officers?")
    page.get_by_role("button", name="Ask", exact=True).click()
    reply = page.locator("#chat-log .exchange").last
    expect(reply).to_contain_text("officers")
    if page.js:  # appended in place, and the form is ready for the next question
        expect(page.get_by_label("Your question", exact=True)).to_have_value("")
    expect(page.get_by_text("No questions yet")).to_be_hidden()  # there is one now
    expect(page.get_by_role("button", name="Start a new conversation")).to_be_visible()
    screenshot(page, "ask")
    page.get_by_label("Your question", exact=True).fill("and NCOs?")
    page.get_by_role("button", name="Ask", exact=True).click()
    expect(page.locator("#chat-log .exchange")).to_have_count(2)
    if page.js:  # the new exchange is brought into view, and the form is ready for the next question
        expect(page.locator("#chat-log .exchange").last.locator(".you")).to_be_in_viewport()
        expect(page.get_by_label("Your question", exact=True)).to_be_focused()
    expect(page.locator("#chat-log .exchange").last).to_contain_text("non-commissioned")
    page.locator("#chat-log .exchange").last.locator(".statements a").first.click()
    expect(page).to_have_url(re.compile(r"/facts/nco-share-news$"))
    expect(page.locator("#citations")).to_contain_text("paragraph")


def tab_to(page, locator, limit=60):
    """Press Tab until `locator` has the focus, as a keyboard user would; fail if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"never reached {locator} by Tab")


def test_the_quiz_and_the_chat_by_keyboard_alone(js_page, live_server):
    page = js_page
    page.goto("/quiz/")
    tab_to(page, page.get_by_role("button", name="Start the quiz"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/quiz/a/[\w-]+$"))
    first = page.locator("#quiz-panel input:not([type=hidden]), #quiz-panel select").first
    tab_to(page, first)
    # the numeric answer is an <input> without a type attribute: a text field, not a select
    kind = first.get_attribute("type") or ("select" if first.evaluate("e => e.tagName") == "SELECT" else "text")
    if kind in ("radio", "checkbox"):
        page.keyboard.press("Space")
    elif kind == "select":
        for k in range(page.locator("#quiz-panel select").count()):
            if k:
                page.keyboard.press("Tab")
            page.keyboard.press("ArrowDown")
            for _ in range(k):
                page.keyboard.press("ArrowDown")
    else:
        page.keyboard.type("1")
    tab_to(page, page.get_by_role("button", name="Submit answer"))
    page.keyboard.press("Enter")
    expect(page.locator(".verdict")).to_be_visible()
    # the chat, from its page
    page.goto("/ask")
    tab_to(page, page.get_by_label("Your question", exact=True))
    page.keyboard.type("How many Russians surrender each week?")
    tab_to(page, page.get_by_role("button", name="Ask", exact=True))
    page.keyboard.press("Enter")
    expect(page.locator("#chat-log .exchange")).to_have_count(1)


# what a student types for each short-answer question of the geography topic, and what they read after
TYPED = {"geo-most-captured-typed": (" donetsk region ", "Right", "the news report names Donetsk"),
         "geo-hotspot-typed": ("Zaporozhye", "Partly right", "The blog post spells the place Zaporizhzhia.")}


def test_student_types_a_short_answer_and_reads_its_feedback(page, live_server):
    """Issue 16: a short answer is typed in a text box, marked as Moodle marks it (no case, trimmed,
    `Donetsk*` taking "donetsk region"), with the matched answer's feedback after it."""
    from webapp import db
    app = live_server.app
    bank = app.extensions["sourced"].bank
    page.goto("/quiz/")
    page.get_by_label("What to practise").select_option(label="Geography")
    page.get_by_label("10").check()
    page.get_by_role("button", name="Start the quiz").click()
    attempt = db.get_attempt(db.connect(app.config["DATABASE"]), page.url.split("?")[0].rsplit("/", 1)[1])
    for _ in range(attempt.length):
        pos = int(page.locator('input[name="position"]').get_attribute("value"))
        qid = attempt.layout[pos]["q"]
        if qid in TYPED:
            break
        answer_current(page, bank, attempt)
        page.get_by_role("link", name="Next question").click()
    typed, verdict, feedback = TYPED[qid]
    box = page.get_by_label("Your answer")
    expect(box).to_have_attribute("maxlength", "200")
    screenshot(page, "quiz-shortanswer")
    page.get_by_role("button", name="Submit answer").click()  # empty: refused in words, nothing stored
    expect(page.locator(".form-error")).to_have_text("Type your answer before you submit.")
    page.get_by_label("Your answer").fill(typed)
    page.get_by_role("button", name="Submit answer").click()
    expect(page.locator(".verdict")).to_have_text(verdict)
    expect(page.locator(".answer-feedback")).to_contain_text(feedback)
    expect(page.locator(".review")).to_contain_text(typed.strip())
    screenshot(page, "quiz-shortanswer-feedback")
