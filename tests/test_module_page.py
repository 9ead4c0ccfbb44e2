"""A module page as a reader meets it (issue 12): key figures at the top, charts that are data,
a comparison table, one sources panel, and a quiz on the module one click away."""
import html as htmllib
import re

from webapp.charts import all_bars, where_cited
from webapp.phrases import figure_phrase
from webapp.schemas import FigureRef


def page(client, module_id):
    return client.get(f"/modules/{module_id}").get_data(as_text=True)


def test_every_module_opens_with_a_key_figures_box(client, store):
    for m in store.modules.values():
        assert m.key_figures, f"{m.id} has no key figures"
        html = page(client, m.id)
        box = htmllib.unescape(html.split('class="key-figures"')[1].split("</aside>")[0])
        for k in m.key_figures:
            fact, fig = store.figure(FigureRef.parse(k.figure))
            assert k.label in box and fact.claimant in box
            assert figure_phrase(fig, "short") in box
        assert html.index('class="key-figures"') < html.index('id="section-1"')


def test_six_modules_carry_at_least_six_svg_charts_each_accessible_with_a_source_and_table(client, store):
    total = 0
    for m in store.modules.values():
        html = page(client, m.id)
        for svg in re.findall(r"<svg.*?</svg>", html, re.S):
            total += 1
            assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
            assert 'class="axis-label"' in svg and re.search(r'class="axis-label"[^>]*>[^<]+<', svg)
            assert 'viewBox="0 0 360 ' in svg  # drawn for a phone's width, scaled up, never down
        assert html.count("<svg") == html.count('class="chart-source"') == html.count('class="chart-data"')
    assert len(store.modules) >= 6 and total >= 6


def test_a_chart_draws_only_facts_figures_and_its_source_names_claimant_article_and_paragraph(client, store):
    for m in store.modules.values():
        html = page(client, m.id)
        for s in m.sections:
            if not s.chart or s.chart.kind == "table":
                continue
            source = htmllib.unescape(" ".join(re.findall(r'class="chart-source">([^<]*)<', html)))
            for ref, b in zip(s.chart.figure_refs(), all_bars(s.chart, store)):
                fact, fig = store.figure(FigureRef.parse(ref))
                assert b.shown == figure_phrase(fig, "long")  # the number drawn is the fact's, as it reads
                assert where_cited(fact, store) in source
                assert fact.claimant.split(" (")[0] in source
            svg_text = htmllib.unescape(" ".join(re.findall(r">([^<>]+)</text>", "".join(re.findall(r"<svg.*?</svg>", html, re.S)))))
            numbers = re.findall(r"\d[\d,.]*", svg_text)
            shown = " ".join(b.shown for s2 in m.sections if s2.chart and s2.chart.kind != "table"
                             for b in all_bars(s2.chart, store))
            for n in numbers:
                assert n.rstrip(".,") in shown, f"{m.id}: the chart shows {n}, which no fact's figure gives"


def test_where_the_articles_differ_is_a_table_of_news_against_blog(client, store):
    html = page(client, "reading-critically")
    table = re.search(r'<table class="compare">.*?</table>', html, re.S).group(0)
    assert '<th scope="col">News report</th>' in table and '<th scope="col">Blog post</th>' in table
    rows = re.findall(r"<tr><th scope=\"row\">", table)
    assert len(rows) >= 6
    assert "more than 40 countries" in table and "40 countries" in table


def test_notes_name_the_article_once_in_a_sources_panel(client, store):
    html = page(client, "exchanges-and-cost")
    notes = html.split('id="notes-h"')[1]
    news = store.sources["news-record-surrenders"]
    assert notes.count(htmllib.escape(news.title, quote=False)) == 1
    assert notes.count("Unnamed outlet") == 1
    assert "the news report, paragraph 9" in notes


def test_test_yourself_starts_a_quiz_on_this_module(client, store):
    html = page(client, "who-surrenders")
    form = re.search(r'<form class="self-test".*?</form>', html, re.S).group(0)
    assert 'value="module:who-surrenders"' in form and "Test yourself on this module" in form
    r = client.post("/quiz/", data={"scope": "module:who-surrenders", "length": "5"})
    assert r.status_code in (302, 303)
    follow = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "Who the prisoners are" in follow
