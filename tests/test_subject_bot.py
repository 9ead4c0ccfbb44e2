"""The teachers' subjects' bot, as a visitor meets it (WALK-7 S10, S11, S12): with no subject published it
says so and sends the visitor to the bot that answers; its replies read like the explainer bot's (the
same attribution line, the same framing, grammatical for one article); an article's page offers one
bot, not two; and the bot's framing says what the statements below it are."""
from __future__ import annotations

import re

from tests.conftest import HTMX
from tests.test_articles import added, published  # noqa: F401  (fixtures)
from webapp.bot.reply import framing

ATTRIBUTION = re.compile(r'<span class="attribution">Claimed by ([^<]+?);\s*reported in “([^”]+)”, paragraphs? \d+')


def test_asking_across_no_subjects_says_there_are_none_and_links_the_explainer_bot(client):
    page = client.get("/subjects/ask").get_data(as_text=True)
    assert "No teacher has published a subject yet" in page
    assert 'href="/ask"' in page
    assert "Ask across teachers' subjects" not in page and 'name="question" maxlength' not in page
    # a question sent anyway (an old form, a bookmark) is not refused as if the articles lacked it
    for headers in ({}, HTMX):
        r = client.post("/subjects/ask", data={"question": "How many Russian soldiers surrendered?"}, headers=headers)
        text = r.get_data(as_text=True)
        assert r.status_code == 200
        assert "No article here covers that question" not in text
        assert "No teacher has published a subject yet" in text and 'href="/ask"' in text


def test_a_question_no_subject_covers_points_to_the_explainer_bot(client, published):  # noqa: F811
    text = client.post("/subjects/ask", data={"question": "How many Russian soldiers surrendered?"}).get_data(as_text=True)
    assert "None of the teachers' articles covers that question" in text and 'href="/ask"' in text


def test_the_subject_bot_attributes_a_statement_as_the_explainer_bot_does(client, published):  # noqa: F811
    mine = client.post(f"/subjects/{published}/ask", data={"question": "How much did ferry ridership rise?"}).get_data(as_text=True)
    main = client.post("/ask", data={"question": "How many Russian soldiers have surrendered?"},
                       follow_redirects=True).get_data(as_text=True)
    assert ATTRIBUTION.search(main), "the explainer bot's attribution line changed"
    found = ATTRIBUTION.search(mine)
    assert found and found.groups() == ("the Kestrel Bay Transit Authority", "Harbour ferry use climbs")
    assert "¶" not in mine and "— the Kestrel Bay" not in mine
    # one article: its reply speaks of that article, not of "the articles"
    assert "Here is what the news report says:" in mine and "the articles report" not in mine
    # its statement links to the fact on the article's page
    assert f'href="/subjects/{published}#{published}-1"' in mine


def test_an_articles_page_offers_its_own_bot_only(client, published):  # noqa: F811
    for url in (f"/subjects/{published}", f"/subjects/{published}/ask"):
        page = client.get(url).get_data(as_text=True)
        assert 'id="subject-question"' in page
        assert 'id="chat-panel"' not in page and 'href="#panel-question"' not in page  # no second bot
        assert '<a class="ask-jump" href="#subject-question">Ask about this article</a>' in page


def test_the_framing_names_the_one_article_it_quotes(store):
    news = next(f for f in store.facts.values() if f.citations[0].source_id.startswith("news") and f.kind != "opinion"
                and len({c.source_id for c in f.citations}) == 1)
    blog = next(f for f in store.facts.values() if f.citations[0].source_id.startswith("blog") and f.kind != "opinion"
                and len({c.source_id for c in f.citations}) == 1)
    assert framing(store, [news], False) == "Here is what the news report says:"
    assert framing(store, [blog], False) == "Here is what the blog post says:"
    assert framing(store, [news, blog], False) == "The articles report:"


def test_side_by_side_heads_only_the_two_versions(store):
    """'Both articles report this; here they are side by side' headed three statements, two of them from
    one article: the third is a related fact, and the framing says so."""
    f = next(f for f in store.facts.values() if f.conflicts_with
             and store.facts[f.conflicts_with[0].fact].citations[0].source_id != f.citations[0].source_id)
    other = store.facts[f.conflicts_with[0].fact]
    third = next(g for g in store.facts.values() if g.id not in (f.id, other.id) and g.kind != "opinion")
    assert framing(store, [f, other], True) == "Both articles report this; here they are side by side:"
    said = framing(store, [f, other, third], True)
    assert "side by side" not in said
    assert said == "Both articles report this; here are both versions, then a related fact:"


def test_an_article_cited_in_two_paragraphs_is_named_once(app):
    from flask import render_template
    st = {"url": "/facts/x", "text": "A statement.", "claimant": "the project",
          "citations": [{"title": "News", "paragraph": 7}, {"title": "News", "paragraph": 6}, {"title": "Blog", "paragraph": 2}]}
    with app.test_request_context():
        html = " ".join(render_template("ask/_statements.html", statements=[st]).split())
    assert "reported in “News”, paragraphs 6 and 7" in html and "reported in “Blog”, paragraph 2" in html
    assert html.count("“News”") == 1


def test_the_subject_bot_answers_who_wrote_its_article_from_the_record_its_page_shows(client, published):  # noqa: F811
    """WALK-8: it refused 'Who wrote this article?' and 'When was it published?' while the page showed both."""
    for question in ("Who wrote this article?", "When was it published?"):
        text = client.post(f"/subjects/{published}/ask", data={"question": question}).get_data(as_text=True)
        assert "“Harbour ferry use climbs”, is a news report by J. Marsh; published on 2 April 2026" in text
        assert "From Sourced&#39;s record of the article." in text and f'href="/subjects/{published}"' in text
