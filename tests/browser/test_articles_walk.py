"""Issue 20's walk: a teacher adds a short article written for the tests, reviews its drafted facts
(live validation refuses a copied statement, then accepts her own words), publishes it; a visitor
reads its fact sheet, takes a generated quiz on it and asks its bot. JavaScript on and off;
screenshots at 390 and 1280 px."""
import re
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .conftest import screenshot
from .test_accessibility import AXE_OPTIONS
from .test_teacher import answer_until_done, make_teacher, sign_in

ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "harbour-ferries.txt"
COPIED = "Ridership on the Kestrel Bay ferries rose by 38% in the twelve months to March 2026, it says"
OWN = ("The Kestrel Bay Transit Authority says ferry trips went up 38% in the year to March 2026, with "
       "about 2.4 million crossings counted.")


def wcag_failures(page, failures: dict, label: str) -> None:
    size = page.viewport_size
    page.set_viewport_size({"width": 390, "height": 844})  # a phone: nothing may scroll sideways
    if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
        failures[label + " (390 px)"] = "the page scrolls sideways at 390 px"
    page.set_viewport_size(size)
    if page.js:  # axe-core runs inside the page
        result = Axe().run(page, options=AXE_OPTIONS)
        if result.violations_count:
            failures[label] = result.generate_report()


def test_teacher_brings_an_article_and_a_visitor_learns_from_it(page, browser, live_server):
    failures: dict = {}
    mode = "js" if page.js else "nojs"
    email = f"article-{mode}@school.org"
    make_teacher(live_server, email)
    sign_in(page, email)
    page.get_by_role("link", name=re.compile("Your articles")).click()
    page.get_by_role("link", name="Add an article").click()
    page.get_by_label("Title").fill(f"Harbour ferries ({mode})")
    page.get_by_label("Outlet").fill("Kestrel Bay Courier")
    page.get_by_label("The article's text").fill(ARTICLE.read_text(encoding="utf-8"))
    screenshot(page, "article-add")
    wcag_failures(page, failures, "add")
    page.get_by_role("button", name="Add the article and draft its facts").click()
    expect(page.get_by_role("heading", name=f"Harbour ferries ({mode})")).to_be_visible()

    first = page.locator("section.draft").first
    expect(first).to_contain_text("“38%”")
    first.get_by_label("Statement, in your own words").fill(COPIED)
    first.get_by_label("Topics").fill("ridership")
    if page.js:  # live: the check appears while typing, before anything is saved
        expect(first.locator("[id^=check-]")).to_contain_text("copies the article word for word")
    else:
        first.get_by_role("button", name="Confirm this fact").click()
        first = page.locator("section.draft").first
        expect(first).to_contain_text("copies the article word for word")
    first.get_by_label("Statement, in your own words").fill(OWN)
    if page.js:
        expect(first.locator("[id^=check-]")).to_contain_text("passes every check")
    first.get_by_role("button", name="Confirm this fact").click()
    expect(page.locator("section.draft").first.locator(".status")).to_have_text("confirmed")
    screenshot(page, "article-review")
    wcag_failures(page, failures, "review")
    while page.locator("section.draft .status", has_text="to review").count():
        page.locator("section.draft", has=page.locator(".status", has_text="to review")).first \
            .get_by_role("button", name=re.compile("^Skip")).click()
    page.get_by_role("button", name="Publish this subject").click()
    expect(page.get_by_role("heading", name=f"Harbour ferries ({mode})")).to_be_visible()
    expect(page.locator("blockquote").first).to_contain_text("Ridership on the Kestrel Bay ferries rose by 38%")

    # a visitor (signed out): the fact sheet, the bot, then a quiz
    page.context.clear_cookies()
    page.goto("/subjects/")
    page.get_by_role("link", name=f"Harbour ferries ({mode})").click()
    expect(page.get_by_text(OWN)).to_be_visible()
    page.locator("#subject-question").fill("How much did ferry ridership rise?")
    page.locator("main form.ask-form").get_by_role("button", name="Ask").click()
    expect(page.locator("#answers")).to_contain_text("38%")
    expect(page.locator("#answers")).to_contain_text("Kestrel Bay Transit Authority")
    screenshot(page, "article-sheet")
    wcag_failures(page, failures, "sheet")
    if "/ask" in page.url:
        page.go_back()
    page.get_by_role("button", name=re.compile("Take a quiz on this article")).click()
    expect(page.get_by_text(f"Article: Harbour ferries ({mode})")).to_be_visible()
    answer_until_done(page)
    expect(page.get_by_role("heading", name=re.compile("result", re.I))).to_be_visible()
    screenshot(page, "article-quiz-results")
    wcag_failures(page, failures, "results")
    assert failures == {}, "\n".join(failures.values())
