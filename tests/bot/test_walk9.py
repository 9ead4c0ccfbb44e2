"""A first-time visitor's browser walk (2026-12-03), each reply as the visitor sees it: what the bot is when asked
whether to trust it, a person the articles' records name, a refusal that offers what the articles do say (pay in
words, the war's length) with one lead-in and every statement attributed, suggestions that share the question's
subject and never repeat what the reply shows, and a greeting that is not labelled a refusal."""
from __future__ import annotations

import re

import pytest

from tests.conftest import HTMX

from . import reply_to as ask


def page_of(client, question, conversation=None):
    data = {"question": question, **({"conversation": conversation} if conversation else {})}
    return " ".join(client.post("/ask", data=data, headers=HTMX).get_data(as_text=True).split())


@pytest.mark.parametrize("question", ["can I trust you?", "should I believe you?", "are you reliable?", "do you make things up?"])
def test_asked_whether_to_trust_the_bot_it_says_what_it_is_and_where_its_statements_come_from(bot, question):
    reply = ask(bot, question)
    assert reply.answered and "explainer bot" in reply.message and "can't check whether a claim is true" in reply.message
    assert "who makes the claim" in reply.message
    # and, as for "are the numbers trustworthy?", what is known about each article
    assert {s.fact_id for s in reply.statements} == {f"source:{i}" for i in bot.store.sources}
    assert not re.search(r"\d", reply.message)


@pytest.mark.parametrize("question", ["who is Michael Drucker?", "who is Drucker"])
def test_a_person_a_record_names_is_answered_from_the_record(bot, question):
    reply = ask(bot, question)
    assert reply.answered and reply.statements[0].fact_id == "source:blog-mass-surrenders"
    assert "Michael H. Drucker" in reply.statements[0].text


def test_is_he_a_journalist_after_the_author_is_refused_with_that_articles_record(bot):
    reply = ask(bot, "is he a journalist?", after="Who wrote the blog post?")
    assert not reply.answered and "nothing about their authors" in reply.message
    assert [s.fact_id for s in reply.related] == ["source:blog-mass-surrenders"]


def test_which_article_to_trust_more_covers_both_even_after_one(bot):
    reply = ask(bot, "Which article should I trust more?", after="Who wrote the blog post?")
    assert reply.answered and {s.fact_id for s in reply.statements} == {f"source:{i}" for i in bot.store.sources}
    assert "about the articles and where their figures come from" in reply.message


def test_a_sum_of_pay_is_refused_but_the_pay_the_articles_describe_is_offered(bot):
    reply = ask(bot, "how much does a contract soldier get paid?")
    assert not reply.answered and "do not give a figure" in reply.message
    assert [s.fact_id for s in reply.related][:1] == ["recruitment-incentives"]


@pytest.mark.parametrize("question, word", [
    ("Do Russian commanders shoot deserters?", re.compile(r"officer|commander", re.I)),
    ("are north korean soldiers surrendering too?", re.compile(r"surrender|POW|prisoner|captive", re.I)),
])
def test_a_refusals_suggestions_share_the_questions_subject(bot, question, word):
    reply = ask(bot, question)
    assert not reply.answered
    assert reply.suggestions and all(word.search(s) for s in reply.suggestions[:2]), reply.suggestions


def test_who_won_has_one_lead_in_attributed_statements_and_suggests_nothing_it_shows(client, bot):
    reply = ask(bot, "who won the war?")
    shown = {q for s in reply.related for q in bot.store.asks.get(s.fact_id, [])}
    assert reply.related and not shown & set(reply.suggestions)
    page = page_of(client, "who won the war?")
    assert "Here is what they say about how long it has lasted:" in page
    assert "Related facts you might want" not in page
    related = page[page.index('class="related"'):]
    assert related.count('class="attribution">Claimed by') == len(reply.related)


def test_a_greeting_is_not_labelled_a_refusal(client):
    page = page_of(client, "hi")
    assert "Hello!" in page and "no answer in the articles" not in page
    assert "no answer in the articles" in page_of(client, "how many tanks did Russia lose?")


@pytest.mark.parametrize("question", ["what's the difference between the two articles?", "how do the articles differ?",
                                      "What is the difference between the two articles? One is a blog, I gather.",
                                      # WALK-9 (a careful reader): these got one unrelated fact, or nothing to look up
                                      "Do the two articles disagree about anything?", "where do the articles disagree?",
                                      "do the articles contradict each other?"])
def test_the_difference_between_the_articles_is_their_kinds_then_a_point_where_their_facts_differ(bot, question):
    reply = ask(bot, question)
    ids = [s.fact_id for s in reply.statements]
    assert reply.answered and ids[:2] == ["source:blog-mass-surrenders", "source:news-record-surrenders"]
    assert "opinion piece by Michael H. Drucker" in reply.statements[0].text and "a news report" in reply.statements[1].text
    differ = [bot.store.facts[i] for i in ids[2:]]
    assert len(differ) == 2 and differ[1].id in {c.fact for c in differ[0].conflicts_with}
    assert {c.source_id for f in differ for c in f.citations} == set(bot.store.sources)  # one from each article
    assert "different kinds of writing" in reply.message and "where their facts differ" in reply.message


def test_a_difference_on_one_point_is_still_that_points_facts(bot):
    reply = ask(bot, "do the articles differ on the number of officers?")
    assert reply.answered and reply.statements[0].fact_id.startswith("officers-share")


@pytest.mark.parametrize("question, expected", [
    ("What happens to prisoners after they surrender?", "geneva-treatment-guarantee"),  # not how to surrender
    ("what happens to them after they surrender", "geneva-treatment-guarantee"),
    ("what happens to wounded prisoners?", "exchange-priorities"),  # wounded men sent back, not what surrenders cost Russia
])
def test_what_happens_to_prisoners_is_what_is_done_to_them_afterwards(bot, question, expected):
    reply = ask(bot, question)
    assert reply.answered and reply.statements[0].fact_id == expected


def test_a_trend_in_one_year_is_answered_by_the_facts_comparing_years_not_that_years_record_week(bot):
    reply = ask(bot, "did surrenders go up in 2024?")
    assert reply.answered and reply.statements[0].fact_id in ("record-year-2025", "surrenders-2025-exceed-2022-2023")
    assert "record-week-august-2024" not in [s.fact_id for s in reply.statements]


def test_the_panel_on_a_module_page_asks_about_that_module(client):
    page = client.get("/modules/i-want-to-live").get_data(as_text=True)
    assert '<input type="hidden" id="panel-about" name="about" value="module:i-want-to-live">' in page
    data = {"question": "how does it work?", "about": "module:i-want-to-live"}
    r = client.post("/ask", data=data, headers={**HTMX, "HX-Target": "panel-log"})
    html = r.get_data(as_text=True)
    assert "anything to look up" not in html and 'href="/facts/iwtl-' in html
    assert '<input type="hidden" id="panel-about" name="about" value="module:i-want-to-live">' in html  # the fresh form keeps it
    again = client.post("/ask", data={"question": "what is this page about?", "about": "module:i-want-to-live"},
                        headers={**HTMX, "HX-Target": "panel-log"}).get_data(as_text=True)
    assert "do not cover" not in again and 'href="/facts/iwtl-' in again
    # without the page, the same words have nothing to look up
    assert "anything to look up" in page_of(client.application.test_client(), "how does it work?")


def test_the_panel_on_a_fact_page_asks_about_that_fact(client, bot):
    page = client.get("/facts/weekly-surrender-average").get_data(as_text=True)
    assert '<input type="hidden" id="panel-about" name="about" value="fact:weekly-surrender-average">' in page
    for question in ("who says so?", "what is this page about?"):
        reply, _ = bot.answer(question, bot.page_context("fact:weekly-surrender-average"))
        assert reply.answered and reply.statements[0].fact_id == "weekly-surrender-average"
    assert bot.page_context("module:no-such-module") is None and bot.page_context("nonsense") is None


def test_a_contact_detail_is_refused_with_the_ways_of_getting_in_touch(bot):
    for question in ("what's the hotline number?", "what number do soldiers call to surrender?"):
        reply = ask(bot, question)
        assert not reply.answered and "no phone number" in reply.message
        assert [s.fact_id for s in reply.related][:1] == ["iwtl-channels"]


@pytest.fixture
def subject_bot():
    """A teacher's subject's bot, over the made-up harbour article (one source, its own units)."""
    from webapp.facts import load_store
    from webapp.served import _bot_for

    from ..conftest import MINI
    return _bot_for(load_store(MINI / "content"), "harbour", "Harbour town counts its boats")


def test_a_subjects_bot_counts_the_things_its_article_counts(subject_bot):
    reply, _ = subject_bot.answer("how many visitors at the regatta?")  # unit "visitors", no lexicon word for it
    assert reply.answered and reply.statements[0].fact_id == "regatta-visitors"
    reply, _ = subject_bot.answer("How many fishing boats?")
    assert reply.answered and reply.statements[0].fact_id == "boats-registered"


def test_a_subjects_bot_speaks_of_its_one_article_not_of_the_prisoners(subject_bot):
    for question in ("and who said that?", "hi", "how many tanks did the army lose?"):
        reply, _ = subject_bot.answer(question)
        words = " ".join([reply.message, *reply.suggestions])
        assert "prisoner" not in words.lower() and "Russian" not in words and "the articles" not in words.lower(), words
    assert "The article here does not cover" in subject_bot.answer("how many tanks did the army lose?")[0].message
    assert "Harbour town counts its boats" in subject_bot.answer("hi")[0].message


@pytest.mark.parametrize("question", ["How many Russian soldiers surrendered in 2025?", "how many russians were captured in 2025"])
def test_a_count_within_one_year_is_not_answered_by_a_running_total_to_its_end(bot, question):
    # WALK-9, 2: "more than 10,000 by the end of 2025" counts the whole war; a student wrote it down as 2025's
    reply = ask(bot, question)
    assert not reply.answered
    related = [s.fact_id for s in reply.related]
    assert "captured-by-end-2025" in related and "record-year-2025" in related
    still = ask(bot, "How many Russians had been captured by the end of 2025?")
    assert still.answered and still.statements[0].fact_id == "captured-by-end-2025"
