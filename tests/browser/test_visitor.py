"""A visitor reads a module, follows a cited figure to its fact, checks the source; with and
without JavaScript."""
import re

from playwright.sync_api import expect

from .conftest import screenshot


def test_visitor_reads_a_module_and_follows_a_cited_figure(page, live_server):
    store = live_server.app.extensions["sourced"].store
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    screenshot(page, "home")
    page.get_by_role("link", name="Read the explainers").click()
    first = next(iter(store.modules.values()))
    page.get_by_role("link", name=first.title, exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(first.title)
    screenshot(page, "module")
    fig = page.locator("a.fig").first
    shown = fig.inner_text()
    fig.click()
    expect(page).to_have_url(re.compile(r"/facts/[a-z0-9-]+$"))
    fact_id = page.url.rsplit("/", 1)[1]
    fact = store.facts[fact_id]
    expect(page.locator("h1")).to_contain_text(fact.statement[:40])
    expect(page.locator("#citations")).to_contain_text(f"paragraph {fact.citations[0].paragraph}")
    expect(page.locator("main")).to_contain_text(fact.claimant)
    assert shown  # the figure the visitor clicked is shown on the fact page's figure table
    expect(page.locator("table.figures")).to_contain_text(shown)
    screenshot(page, "fact")


def test_visitor_filters_the_facts(page, live_server):
    page.goto("/facts")
    page.get_by_label("Search facts").fill("mercenaries")
    if page.js:
        expect(page.locator("#fact-results .count")).to_contain_text("matching “mercenaries”")
    else:
        page.get_by_role("button", name="Filter").click()
        expect(page.locator(".count")).to_contain_text("matching “mercenaries”")
    expect(page).to_have_url(re.compile(r"q=mercenaries"))
    screenshot(page, "facts")


def test_sources_page_shows_verification(page):
    page.goto("/sources")
    expect(page.locator("main")).to_contain_text("Every figure checked against this file")
    screenshot(page, "sources")
