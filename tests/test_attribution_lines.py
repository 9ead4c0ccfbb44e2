"""How an attribution line opens wherever a fact is shown: who claims it, or, for a figure Sourced worked out, that
Sourced computed it — never "Claimed by computed by Sourced…" (a visitor's walk found that in four bot replies)."""
from __future__ import annotations

from flask import render_template

from webapp.phrases import claimed_by


def test_a_claimant_is_claimed_and_a_computation_says_what_it_is():
    assert claimed_by("Ukraine's General Staff") == "Claimed by Ukraine's General Staff"
    assert claimed_by("computed by Sourced from the blog post's figures") == "Computed by Sourced from the blog post's figures"


def test_the_bots_statements_say_computed_by_sourced(app, store):
    computed = store.facts["rank-breakdown-sum"]
    assert computed.claimant.startswith("computed by Sourced")
    with app.test_request_context():
        html = render_template("ask/_statements.html", statements=[{
            "url": "/facts/rank-breakdown-sum", "text": computed.statement, "claimant": computed.claimant,
            "citations": [{"title": "A report", "paragraph": 7}]}])
    assert "Computed by Sourced from" in html and "Claimed by computed" not in html


def test_pages_listing_a_computed_fact_say_computed_by_sourced(client):
    for page in ("/facts", "/modules/who-surrenders"):
        html = client.get(page).get_data(as_text=True)
        assert "Claimed by computed" not in html, page
    assert "Computed by Sourced from" in client.get("/facts").get_data(as_text=True)
