"""axe-core on every page type: zero WCAG 2.1 A/AA violations."""
import pytest
from axe_playwright_python.sync_playwright import Axe

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def page_urls(store):
    return ["/", "/modules", f"/modules/{next(iter(store.modules))}", "/facts", "/facts?q=prisoners",
            f"/facts/{next(iter(store.facts))}", "/sources", "/teach/sign-in", "/no-such-page", "/quiz/", "/ask"]


@pytest.fixture(scope="module")
def axe():
    return Axe()


def test_no_wcag_violations(js_page, live_server, axe):
    """axe runs inside the page, so it needs JavaScript; the markup is the same without it."""
    page = js_page
    store = live_server.app.extensions["sourced"].store
    failures = {}
    # a quiz question, and the ask page with a conversation in it
    page.goto("/quiz/")
    page.get_by_role("button", name="Start the quiz").click()
    urls = page_urls(store) + [page.url.replace(live_server.url, "")]
    page.goto("/ask")
    page.get_by_label("Your question", exact=True).fill("how many mercenaries")
    page.get_by_role("button", name="Ask", exact=True).click()
    page.locator("#chat-log .exchange").first.wait_for()
    for url in urls:
        page.goto(url)
        result = axe.run(page, options=AXE_OPTIONS)
        if result.violations_count:
            failures[url] = result.generate_report()
    assert failures == {}, "\n\n".join(f"{u}:\n{r}" for u, r in failures.items())
