"""A module page as a reader meets it (issue 12): key figures at the top, charts that are data,
a comparison table, one sources panel, and a quiz on the module one click away."""
import html as htmllib
import re

from webapp.charts import all_bars, claimant_and_place, where_cited
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
                assert b.phrase == figure_phrase(fig, "long")  # the number drawn is the fact's, as it reads
                assert b.shown == b.phrase + (" (computed by Sourced)" if fig.derived else "")
                if fig.derived:  # who computed it, from which article's paragraph
                    assert claimant_and_place(fact, store) in source
                else:
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


def test_a_computed_figure_in_a_chart_is_marked_and_credited_to_sourced_not_the_article(client, store):
    """WALK-9, finding 1: the blog gives no share for conscripts; the 5% beside its bar is Sourced's sum."""
    html = page(client, "who-surrenders")
    fig = next(f for f in re.findall(r'<figure class="chart-figure".*?</figure>', html, re.S)
               if "how they joined" in f)
    svg = htmllib.unescape(re.search(r"<svg.*?</svg>", fig, re.S).group(0))
    assert ">about 5% (computed by Sourced)</text>" in svg
    assert "Blog post about 5% (computed by Sourced)" in svg  # the chart's description, for screen readers
    table = htmllib.unescape(re.search(r'<details class="chart-data">.*?</details>', fig, re.S).group(0))
    conscripts = re.search(r'<th scope="row">Conscripts</th>(.*?)</tr>', table, re.S).group(1)
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", conscripts, re.S)]
    assert cells[1] == "about 5% (computed by Sourced) computed by Sourced from the blog post's figures, paragraph 7"
    assert "the blog post, paragraph 7" not in cells[1].replace("blog post's figures, paragraph 7", "")
    source = htmllib.unescape(re.search(r'class="chart-source">([^<]*)<', fig).group(1))
    assert "computed by Sourced from the blog post's figures, paragraph 7" in source
    # the reported figures beside it carry no such mark
    assert cells[0].startswith("5% the news report, paragraph")
    # the projector's short source line (live/_cited.html, claimed_where) is the same line
    assert claimant_and_place(store.facts["conscripts-rest-blog"], store) == \
        "computed by Sourced from the blog post's figures, paragraph 7"


def test_every_computed_figure_a_chart_draws_is_marked_from_the_facts_data(store):
    from webapp.charts import bar_chart_svg
    from webapp.schemas import Chart
    chart = Chart.model_validate({"kind": "bars", "unit": "percent", "title": "Probe", "description": "Probe.",
                                  "bars": [{"label": "Ranks in the breakdown, together", "figure": "rank-breakdown-sum"},
                                           {"label": "Rank-and-file", "figure": "rank-and-file-share-news"}]})
    computed, reported = all_bars(chart, store)
    assert computed.computed and computed.shown == "99% (computed by Sourced)"
    assert computed.who == "computed by Sourced from the \"I Want to Live\" project's figures, in the news report, paragraph 6"
    assert not reported.computed and reported.shown == "83%"
    assert reported.who == f"{store.facts['rank-and-file-share-news'].claimant}; {where_cited(store.facts['rank-and-file-share-news'], store)}"
    svg = htmllib.unescape(bar_chart_svg(chart, store, "probe"))
    assert "99% (computed" in svg and "83% (computed" not in svg
