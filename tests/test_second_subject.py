"""A second subject is data only: a made-up source, its facts and a module, loaded from a
temporary directory into the real app with no code change."""
import pytest

from .conftest import HTMX, make_app


@pytest.fixture
def mini_app(tmp_path, mini_content):
    return make_app(tmp_path, CONTENT_DIR=str(mini_content / "content"), SOURCE_TEXTS=str(mini_content / "texts"))


def test_module_renders_cited_figures_and_chart(mini_app):
    html = mini_app.test_client().get("/modules/harbour-basics").get_data(as_text=True)
    assert "The harbour in numbers" in html
    assert '<a class="fig" href="/facts/boats-registered">412</a>' in html
    assert '<a class="fig" href="/facts/boats-registered">about 30%</a>' in html
    assert 'href="#note-1"' in html and 'id="note-1"' in html
    assert "Claimed by the harbour master" in html and "paragraph 2" in html
    assert "<svg" in html and 'role="img"' in html and "<table>" in html


def test_api_serves_the_new_subject(mini_app):
    client = mini_app.test_client()
    assert [s["id"] for s in client.get("/api/sources").json["sources"]] == ["harbour-news"]
    facts = client.get("/api/facts?topic=events").json["facts"]
    assert [f["id"] for f in facts] == ["regatta-visitors"]
    assert facts[0]["figures"][0] == {"value": 1200.0, "unit": "visitors", "qualifier": "roughly",
                                      "text": "roughly 1,200", "derived": False, "approximate": False}


def test_fact_search_finds_the_new_subject(mini_app):
    client = mini_app.test_client()
    html = client.get("/facts?q=regatta", headers={**HTMX, "HX-Target": "fact-results"}).get_data(as_text=True)
    assert "1 fact matching" in html and "regatta" in html and "<html" not in html
