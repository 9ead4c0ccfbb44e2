"""Small words a first-time visitor reads (WALK-7 S12): the header's bot link says "about this" only on a
page that is about something; the teacher's home is named for what it lists; /sources says what the fact
pages really show of the articles; the quiz start page offers each module and topic once, by its title."""
from __future__ import annotations

import re

JUMP = re.compile(r'<a class="ask-jump" id="ask-jump" href="#panel-question">([^<]+)</a>')


def jump(html: str) -> str | None:
    found = JUMP.search(html)
    return found.group(1) if found else None


def test_the_bot_link_says_about_this_only_on_a_page_about_something(client, auth, store):
    module = next(iter(store.modules))
    fact = next(iter(store.facts))
    assert jump(client.get(f"/modules/{module}").get_data(as_text=True)) == "Ask the bot about this"
    assert jump(client.get(f"/facts/{fact}").get_data(as_text=True)) == "Ask the bot about this"
    for url in ("/", "/modules", "/sources", "/quiz/"):
        assert jump(client.get(url).get_data(as_text=True)) == "Ask the bot about the articles", url
    auth.sign_in()
    assert jump(client.get("/teach/").get_data(as_text=True)) == "Ask the bot about the articles"


def test_the_teachers_home_is_named_for_what_it_lists(client, auth):
    auth.sign_in()
    html = client.get("/teach/").get_data(as_text=True)
    assert "<h1>Your questions, sets and assignments</h1>" in html and "Your classes" not in html
    assert ">Teaching home</a>" in client.get("/teach/questions").get_data(as_text=True)


def test_sources_page_says_the_fact_pages_quote_the_cited_paragraph(client, store):
    sources = client.get("/sources").get_data(as_text=True)
    assert "not copied here" not in sources
    assert "each fact's page quotes only the paragraph it cites" in " ".join(sources.split())
    fact = next(f for f in store.facts.values() if f.kind == "figure")
    assert "<blockquote" in client.get(f"/facts/{fact.id}").get_data(as_text=True)  # and it does


def test_sources_page_without_the_texts_says_they_are_not_here(tmp_path):
    from tests.conftest import make_app
    html = make_app(tmp_path, SOURCE_TEXTS=None).test_client().get("/sources").get_data(as_text=True)
    assert "Their texts are not copied here." in html and "quotes only the paragraph" not in html


def test_what_to_practise_offers_each_module_and_topic_once_by_its_title(client, store):
    html = client.get("/quiz/").get_data(as_text=True)
    select = html[html.index('<select id="scope"'):html.index("</select>")]
    options = re.findall(r'<option value="([^"]+)"[^>]*>([^<]+)</option>', select)
    labels = [label.strip() for _, label in options]
    assert len(labels) == len(set(label.lower() for label in labels))
    values = [v for v, _ in options]
    assert not [v for v in values if v.startswith("topic:") and v[6:] in store.modules]  # "I want to live" twice
    topics = [(v, label) for v, label in options if v.startswith("topic:")]
    assert len(topics) >= 10
    for _, label in topics:
        assert label[0].isupper() and "-" not in label, label
    assert [label for _, label in topics] == sorted((label for _, label in topics), key=str.lower)


def test_in_a_practice_quiz_the_bot_is_about_the_question_only_once_it_is_answered(app, client):
    """On a practice question the link promises nothing about the question (asked about it, the bot would answer it
    first); on its feedback the panel is about the fact it rests on, so "who says so?" means that fact."""
    from tests.test_quiz import attempt_of, right_form, start
    bank = app.extensions["sourced"].bank
    loc = start(client)
    entry = attempt_of(app, loc).layout[0]
    question = client.get(loc).get_data(as_text=True)
    assert jump(question) == "Ask the bot about the articles" and 'name="about" value=""' in question
    r = client.post(f"{loc}/answer", data={"position": "0", **right_form(bank, entry)})
    feedback = client.get(r.location).get_data(as_text=True)
    fact = bank.questions[entry["q"]].fact_ids[0]
    assert jump(feedback) == "Ask the bot about this"
    assert f'name="about" value="fact:{fact}"' in feedback
    # with htmx only the quiz panel is swapped: it carries the footer panel's new subject and the link's words
    r = client.post(f"{loc}/answer", data={"position": "1", **right_form(bank, attempt_of(app, loc).layout[1])},
                    headers={"HX-Request": "true", "HX-Target": "quiz-panel"})
    part = r.get_data(as_text=True)
    fact = bank.questions[attempt_of(app, loc).layout[1]["q"]].fact_ids[0]
    assert f'id="panel-about" name="about" value="fact:{fact}" hx-swap-oob="true"' in part
    assert 'id="ask-jump" href="#panel-question" hx-swap-oob="true">Ask the bot about this</a>' in part
    nxt = client.get(loc, headers={"HX-Request": "true", "HX-Target": "quiz-panel"}).get_data(as_text=True)
    assert 'name="about" value="" hx-swap-oob="true"' in nxt and ">Ask the bot about the articles</a>" in nxt
