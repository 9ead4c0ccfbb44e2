"""The facts index: search that forgives how numbers and questions are typed, ranks, labels an
opinion once, and points to the bot when nothing matches (issue 12)."""
import re

import pytest

from .conftest import HTMX


def result_ids(client, q):
    html = client.get("/facts", query_string={"q": q}).get_data(as_text=True)
    return re.findall(r'<li>\s*<a href="/facts/([a-z0-9-]+)"', html.split('class="fact-list"')[1]), html


@pytest.mark.parametrize("q", ["10000", "10,000", "10 000", "ten thousand"])
def test_a_number_is_found_however_it_is_typed(client, q):
    ids, _ = result_ids(client, q)
    assert ids[:1] == ["captured-by-end-2025"]


def test_a_question_finds_the_facts_about_it_with_figures_first(client, store):
    ids, html = result_ids(client, "how many surrendered")
    assert ids and store.facts[ids[0]].kind == "figure"
    assert {"weekly-surrender-average", "record-week-august-2024"} <= set(ids[:3])
    assert "best match first" in html


def test_the_fact_that_says_the_word_ranks_above_its_synonyms(client):
    ids, _ = result_ids(client, "mercenaries")
    assert ids[0] == "mercenaries-news"


def test_a_word_finds_the_facts_about_it_not_every_fact_sharing_a_word_with_a_synonym_phrase(client, store):
    """'mercenaries' matched 51 of 66 facts: its synonyms include the phrase 'not Russian', and every fact
    saying 'Russian' counted. Each hit must be about foreign fighters (its words or its topic)."""
    ids, html = result_ids(client, "mercenaries")
    about = re.compile(r"mercenar|foreign|abroad|other countries", re.I)
    assert 1 <= len(ids) <= 8, ids
    assert all(about.search(store.facts[i].statement) or "foreign-fighters" in store.facts[i].topics for i in ids)


def test_an_empty_result_suggests_asking_the_bot(client):
    ids, html = result_ids(client, "submarines in the arctic")
    assert ids == []
    assert 'href="/ask?q=submarines+in+the+arctic"' in html
    page = client.get("/ask?q=submarines+in+the+arctic").get_data(as_text=True)
    assert ">submarines in the arctic</textarea>" in page


def test_an_opinion_is_labelled_once_in_the_list(client, store):
    html = client.get("/facts?kind=opinion").get_data(as_text=True)
    items = html.split('class="fact-list"')[1].split("</ul>")[0].split("<li>")[1:]
    assert items
    for item in items:
        assert len(re.findall(r"(?i)>\s*opinion\s*<", item)) == 1, item


def test_the_live_filter_uses_the_same_search(client):
    html = client.get("/facts?q=10000", headers={**HTMX, "HX-Target": "fact-results"}).get_data(as_text=True)
    assert "<html" not in html and "/facts/captured-by-end-2025" in html
