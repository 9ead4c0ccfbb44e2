"""What a visitor sees: home, modules, facts with the live filter, fact pages, sources."""
import html as htmllib
import re

from .conftest import HTMX, make_app


def test_home_shows_the_three_faces_and_the_modules(client, store):
    html = client.get("/").get_data(as_text=True)
    assert "Read the explainers" in html and "Take a quiz" in html and "Ask the explainer bot" in html
    for m in store.modules.values():
        assert f'/modules/{m.id}"' in html


def test_every_module_renders_with_cited_figures(client, store):
    for m in store.modules.values():
        resp = client.get(f"/modules/{m.id}")
        assert resp.status_code == 200
        html = resp.get_data(as_text=True)
        linked = re.findall(r'<a class="fig[^"]*" href="/facts/([a-z0-9-]+)">([^<]*)</a>', html)
        figures = [fact_id for fact_id, _ in linked]
        assert figures, f"module {m.id} shows no cited figure"
        for fact_id in figures:
            assert fact_id in store.facts
        assert len(linked) == len(set(linked)), f"{m.id}: each figure links once per page"
        body = html.split('id="notes-h"')[0]
        cited = set(re.findall(r'href="/facts/([a-z0-9-]+)"', body))
        notes = re.findall(r'<li id="note-\d+">\s*<a href="/facts/([a-z0-9-]+)"', html)
        assert cited <= set(notes), "every fact the module links has a numbered source note"
        referenced = {int(n) for n in re.findall(r'href="#note-(\d+)"', body)}
        assert referenced == set(range(1, len(notes) + 1)), "every note is cited from the text"


def test_numbers_on_module_pages_all_come_from_facts(client, store):
    """Strip the markup that carries cited figures; no other digit may remain in the article body."""
    for m in store.modules.values():
        html = client.get(f"/modules/{m.id}").get_data(as_text=True)
        body = html.split('<article class="module"')[1].split('<section class="notes"')[0]
        body = re.sub(r'<a class="fig[^"]*"[^>]*>.*?</a>', "", body)
        body = re.sub(r'<span class="fig[^"]*">.*?</span>', "", body)
        body = re.sub(r'<sup class="note-ref">.*?</sup>', "", body)
        body = re.sub(r"<svg.*?</svg>", "", body, flags=re.S)
        body = re.sub(r"<table[^>]*>.*?</table>", "", body, flags=re.S)
        body = re.sub(r'<span class="chart-source">.*?</span>', "", body, flags=re.S)
        text = htmllib.unescape(re.sub(r"<[^>]+>", " ", body))
        stray = re.search(r".{0,30}\d.{0,30}", text)
        assert stray is None, f"{m.id}: {stray.group(0)}"


def test_composition_chart_is_accessible_svg_with_a_table(client, store):
    charted = [m for m in store.modules.values() if any(s.chart for s in m.sections)]
    assert charted, "the composition module carries a chart"
    html = client.get(f"/modules/{charted[0].id}").get_data(as_text=True)
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert "<table>" in html and 'scope="row"' in html


def test_fact_page_names_claimant_article_and_paragraph(client, store):
    f = next(f for f in store.facts.values() if f.kind == "figure")
    html = client.get(f"/facts/{f.id}").get_data(as_text=True)
    assert f.claimant in htmllib.unescape(html)
    src = store.sources[f.citations[0].source_id]
    assert src.title in html and f"paragraph {f.citations[0].paragraph}" in html
    assert "<blockquote" in html  # the cited paragraph, as a marked quotation


def test_unknown_fact_is_a_404_page(client):
    resp = client.get("/facts/no-such-fact")
    assert resp.status_code == 404 and "Not found" in resp.get_data(as_text=True)


def test_facts_filter_by_topic_without_javascript(client, store):
    topic = store.topics[0]
    html = client.get(f"/facts?topic={topic}").get_data(as_text=True)
    expected = [f for f in store.facts.values() if topic in f.topics]
    assert f"{len(expected)} fact" in html
    assert "<html" in html  # a full page


def test_facts_live_filter_returns_only_the_results_partial(client):
    resp = client.get("/facts?q=mercenaries", headers={**HTMX, "HX-Target": "fact-results"})
    html = resp.get_data(as_text=True)
    assert "<html" not in html and 'class="fact-list"' in html
    assert "matching “mercenaries”" in html


def test_search_with_odd_characters_is_not_an_error(client):
    for q in ['"', "AND OR NOT", "*", "(((", "naïve – ✓", "x" * 500]:
        assert client.get("/facts", query_string={"q": q}).status_code == 200


def test_unknown_topic_is_explained_not_an_error(client):
    html = client.get("/facts?topic=nonsense").get_data(as_text=True)
    assert "There is no topic called" in html


def test_sources_page_lists_hash_kind_status_and_citing_facts(client, store):
    html = client.get("/sources").get_data(as_text=True)
    for s in store.sources.values():
        assert s.sha256 in html and s.title in html
    assert "Every figure checked against this file" in html
    assert "opinion" in html and "news" in html


def test_pages_have_landmarks_and_a_skip_link(client, store):
    for url in ["/", "/modules", "/facts", "/sources", f"/facts/{next(iter(store.facts))}"]:
        html = client.get(url).get_data(as_text=True)
        assert 'href="#main"' in html and '<main id="main"' in html and "<nav" in html
        assert html.count("<h1") == 1


def test_htmx_is_served_locally_and_no_page_loads_anything_from_elsewhere(client, store):
    with client.get("/vendor/htmx.min.js") as js:
        assert js.status_code == 200 and b"htmx" in js.data[:2000]
    for url in ["/", "/facts", "/sources", f"/modules/{next(iter(store.modules))}"]:
        html = client.get(url).get_data(as_text=True)
        assert not re.search(r'(src|href)="(https?:)?//', html), url


def test_security_headers(client):
    resp = client.get("/")
    assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in resp.headers["Content-Security-Policy"]
    assert resp.headers["X-Content-Type-Options"] == "nosniff"


def test_a_fact_cited_in_two_paragraphs_of_one_article_names_the_article_once(tmp_path, mini_content):
    """The article's title and outlet were repeated for each paragraph: a wall of text on a phone. (No fact of the
    real content cites two paragraphs of one article since session 13: the made-up subject is given one.)"""
    facts = mini_content / "content" / "facts" / "boats.yaml"
    one = "citations: [{source_id: harbour-news, paragraph: 2}]"
    facts.write_text(facts.read_text().replace(one, one[:-1] + ", {source_id: harbour-news, paragraph: 3}]", 1))
    app = make_app(tmp_path, CONTENT_DIR=str(mini_content / "content"), SOURCE_TEXTS=str(mini_content / "texts"))
    store, client = app.extensions["sourced"].store, app.test_client()
    fact = store.facts["boats-registered"]
    source = store.sources[fact.citations[0].source_id]
    paras = sorted({c.paragraph for c in fact.citations if c.source_id == source.id})
    page = htmllib.unescape(client.get("/facts").get_data(as_text=True))  # every fact, attributed
    after = page[page.index(f'href="/facts/{fact.id}"'):]
    attribution = re.search(r'<span class="attribution">(.*?)</span>', after, re.S).group(1)
    assert attribution.count(source.title) == 1
    assert f"paragraphs {paras[0]} and {paras[1]}" in " ".join(attribution.split())


def test_a_figure_sourced_computed_reads_as_computed_not_claimed(client, store):
    derived = [f for f in store.facts.values() if f.claimant.startswith("computed by")]
    page = " ".join(htmllib.unescape(client.get("/facts").get_data(as_text=True)).split())
    assert derived and "Claimed by computed" not in page
    assert all(f"Computed by {f.claimant[len('computed by '):]};" in page for f in derived)
